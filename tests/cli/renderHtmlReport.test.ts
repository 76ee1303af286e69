import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/cli/report";
import { computeCoreDataSet } from "../../src/metrics";
import { generateSyntheticAuthority } from "../../src/synthetic";

const records = generateSyntheticAuthority({ seed: 9, children0to17: 4000, years: 2 });
const options = { population: { children0to17: 4000, vintage: "synthetic" }, suppress: { threshold: 6 } } as const;
const r2024 = computeCoreDataSet(records, { period: { year: 2024 }, ...options });
const r2025 = computeCoreDataSet(records, { period: { year: 2025 }, ...options });

describe("renderHtmlReport", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const html = renderHtmlReport([r2024, r2025], { title: "Northshire: core data set", generatedAt: "2025-06-01" });
    html.startsWith("<!doctype html>"); // true: one self-contained page, charts as inline SVG
    // #endregion docs-example
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<title>Northshire: core data set</title>");
  });

  it("makes no request: no script, no external resource, and a CSP that forbids loading", () => {
    const html = renderHtmlReport([r2024, r2025]);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    for (const url of html.match(/https?:\/\/[^"\s<]*/g) ?? []) expect(url).toBe("http://www.w3.org/2000/svg");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("has a table per family with definitions, the charts, and the trend for several periods", () => {
    const html = renderHtmlReport([r2025, r2024]);
    for (const family of ["activity", "timeliness", "plans", "outcomes", "workforce"]) expect(html).toContain(`<section id="${family}">`);
    expect(html).toContain('<section id="trend">');
    expect(html).toContain("Section 47 enquiries started in the period.");
    expect(html).toContain('class="chart rates"');
    expect(html).toContain('class="chart histogram"');
    expect(html).toContain('class="chart durations"');
    expect(html).toContain('class="chart trend"');
    // Oldest first whatever the order given.
    expect(html.indexOf("2023-24")).toBeLessThan(html.indexOf("2024-25"));
    expect(renderHtmlReport(r2025)).not.toContain('<section id="trend">');
  });

  it("shows suppressed values as c, and unavailable ones as x", () => {
    const html = renderHtmlReport(r2025);
    expect(html).toContain('<span class="sym" title="suppressed">c</span>');
    expect(html).toContain('<span class="sym" title="not available">x</span>');
  });

  it("escapes text and is pure", () => {
    const html = renderHtmlReport(r2025, { title: "<b>&</b>", subtitle: "\"quoted\"" });
    expect(html).toContain("<title>&lt;b&gt;&amp;&lt;/b&gt;</title>");
    expect(html).toContain("&quot;quoted&quot;");
    expect(renderHtmlReport(r2025)).toBe(renderHtmlReport(r2025));
  });
});
