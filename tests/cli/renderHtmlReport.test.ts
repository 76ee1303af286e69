import { describe, expect, it } from "vitest";
import { barChart, lineChart, renderHtmlReport } from "../../src/cli/report";
import { computeCoreDataSet } from "../../src/metrics";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { coreDataSet, figure, partialReturnsSeries } from "./metricResults";

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
    for (const family of ["activity", "timeliness", "plans", "outcomes", "workforce"]) expect(html).toContain(`<section id="${family}" class="family"`);
    // The trend charts are in their families' sections.
    const activity = html.slice(html.indexOf('<section id="activity"'), html.indexOf('<section id="timeliness"'));
    expect(activity).toContain('<h3>Trend, 2023-24 to 2024-25</h3>');
    expect(activity).toContain('class="chart trend"');
    expect(html).toContain("Section 47 enquiries started in the period.");
    expect(html).toContain('class="chart rates"');
    expect(html).toContain('class="chart histogram"');
    expect(html).toContain('class="chart durations"');
    expect(html).toContain('class="chart trend"');
    // Oldest first whatever the order given.
    expect(html.indexOf("2023-24")).toBeLessThan(html.indexOf("2024-25"));
    expect(renderHtmlReport(r2025)).not.toContain('class="chart trend"');
  });

  it("shows every level of the breakdowns in its tables by default (the categories of abuse are four levels down)", () => {
    const html = renderHtmlReport(r2025);
    expect(html).toContain('<tr class="d4" data-metric="plans.open/cp/cp-category/initial/NEG">');
    expect(html).toContain('data-metric="plans.open/cp/age/unborn"');
    const shallow = renderHtmlReport(r2025, { maxDepth: 2 });
    expect(shallow).not.toContain('data-metric="plans.open/cp/cp-category/initial/NEG"');
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

// Figures built by hand, of each status (see ./metricResults): the report must show x with the
// reason in words, c, the history mark, what was left out, and plot no point for a gap.
describe("renderHtmlReport: figures not available, suppressed, with incomplete history", () => {
  const series = partialReturnsSeries();
  // #region availability-report
  const html = renderHtmlReport(series, { title: "Partial returns" });
  // Referrals 2022-23: x, "no CIN census" under it, and no point in the trend chart;
  // re-referrals 2023-24: 15.0%†, "0 of 12 months' history", a hollow point.
  // #endregion availability-report

  function row(id: string): string {
    const start = html.indexOf(`data-metric="${id}"`);
    return start < 0 ? "" : html.slice(start, html.indexOf("</tr>", start));
  }
  function cells(id: string): string[] {
    return [...row(id).matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => m[1] ?? "");
  }
  function chart(title: string): string {
    const start = html.indexOf(`aria-label="${title}"`);
    const figure = html.lastIndexOf("<figure>", start);
    return start < 0 ? "" : html.slice(figure, html.indexOf("</figure>", start));
  }

  it("shows x with the reason in words under it (text, not only a tooltip), and the full reason in the metric's notes", () => {
    const [first] = cells("activity.referrals");
    expect(first).toContain('<span class="sym" title="not available">x</span>');
    expect(first).toContain('<span class="why">no CIN census</span>');
    expect(row("activity.referrals")).toMatch(/<ul class="notes"><li><span class="sym">x<\/span> 2022-23: No input holds CIN census episodes/);
    expect(cells("plans.seen-per-plan").every((c) => c.includes(">x<") && c.includes("no visit records"))).toBe(true);
    expect(cells("workforce.vacancy-rate")[0]).toContain("no workforce census");
    // A breakdown entry's reason is in its metric's notes, naming the entry and the periods.
    expect(row("plans.open")).toContain("Looked after (2023-24, 2024-25): The input holding SSDA903 episodes (children looked after) cannot be used. The SSDA903 episodes file has no DEC column.");
    // Never 0 or a percentage in the place of a missing figure.
    for (const id of ["activity.referrals", "plans.seen-per-plan", "workforce.vacancy-rate"]) expect(cells(id)[0]).not.toMatch(/\d/);
  });

  it("shows c for a suppressed figure, with the word for screen readers", () => {
    expect(cells("activity.s47-enquiries")[1]).toBe('<span class="sym" title="suppressed">c</span><span class="vh"> (suppressed)</span>');
  });

  it("marks a figure with incomplete history, saying how much history it had", () => {
    const [, second] = cells("activity.re-referral-rate");
    expect(second).toBe(`15.0%<span class="mark" aria-hidden="true">†</span><span class="why">0 of 12 months&#39; history</span>`);
    expect(row("activity.re-referral-rate")).toContain("<li><span class=\"mark\">†</span> 2023-24: Computed with none of the 12 months of history it needs, so it may be understated.</li>");
  });

  it("says how many events were left out of a figure, and why", () => {
    expect(cells("plans.open")[2]).toContain('952<span class="why">3 left out</span>');
    expect(row("plans.open")).toContain("2024-25: Left out: 3 (assessment authorised before its referral).");
  });

  it("plots no point for an unavailable or suppressed figure: the line breaks, the symbol stands on the axis, the caption says why", () => {
    const referrals = chart("Referrals");
    expect(referrals.match(/<circle /g)).toHaveLength(2);
    expect(referrals).not.toMatch(/<circle[^>]*><title>2022-23/);
    expect(referrals).toMatch(/<text class="value symbol gap-mark"[^>]*><title>2022-23: x \(no CIN census\)<\/title>x<\/text>/);
    expect(referrals).toContain('<figcaption><p><span class="sym">x</span> 2022-23: not available (no CIN census); no point plotted.</p>');
    // The path starts at the second period: nothing is drawn at 2022-23 (not a 0).
    const [path] = /<path class="line" d="([^"]*)"/.exec(referrals)?.slice(1) ?? [];
    expect(path?.match(/[ML]/g)).toEqual(["M", "L"]);
    const s47 = chart("Section 47 enquiries");
    expect(s47.match(/<circle /g)).toHaveLength(2);
    expect(s47).not.toContain("<path"); // two points with a gap between them: no line joins them
    expect(s47).toContain("<p><span class=\"sym\">c</span> 2023-24: suppressed (disclosure control); no point plotted.</p>");
  });

  it("draws no chart for a measure with no figure in any period: a sentence says so, and why", () => {
    expect(chart("Social worker vacancy rate")).toBe("");
    expect(html).not.toContain('aria-label="Social worker vacancy rate"');
    const sentence = /<p class="no-chart" data-no-chart="workforce.vacancy-rate">(.*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(sentence.replace(/<[^>]*>/g, "")).toBe("Social worker vacancy rate: not available in any period (2022-23, 2023-24, 2024-25: no workforce census), so no chart is drawn.");
  });

  it("draws a point computed with incomplete history hollow, with a key", () => {
    const reReferral = chart("Re-referrals within 12 months");
    expect(reReferral).toMatch(/<circle class="dot hollow"[^>]*><title>2023-24: 15\.0%†<\/title>/);
    expect(reReferral.match(/<circle class="dot"/g)).toHaveLength(1);
    expect(reReferral).toContain("2023-24: Computed with none of the 12 months of history it needs");
    expect(html).toContain("A hollow point (");
  });

  it("counts the figures of each kind in the summary, and explains the marks in the footer", () => {
    // Children in need 2023-24: the headline and the child protection entry are shown, the looked-after entry is x.
    expect(html).toContain("2023-24: 6 metrics, 1 available, 1 with some figures available, 2 not available (x), 1 suppressed (c), 1 computed with less history than needed (†)");
    expect(html).toMatch(/<footer id="symbols">.*<span class="mark">†<\/span> computed with less history/s);
  });
});

describe("the summary of the figures", () => {
  it("counts a metric whose headline is x but whose looked-after entries are shown as having some figures, not as unavailable", () => {
    const lookedAfterOnly = figure("plans.open", "unavailable", {
      needs: ["cin-episodes"],
      breakdown: {
        cin: figure("plans.open", "unavailable", { key: "cin", label: "Child in need plan", needs: ["cin-episodes"] }),
        lac: figure("plans.open", "available", { key: "lac", label: "Looked after", value: 466 }),
      },
    });
    const html = renderHtmlReport(coreDataSet(2022, { "plans.open": lookedAfterOnly, "activity.referrals": figure("activity.referrals", "unavailable") }));
    expect(html).toContain("2021-22: 2 metrics, 0 available, 1 with some figures available, 1 not available (x)");
  });
});

describe("charts of figures that are not there", () => {
  it("a bar chart writes the symbol and why in place of a bar, and draws a figure with incomplete history as an outline", () => {
    const svg = barChart("Counts", [
      { label: "Referrals", value: 10, text: "10" },
      { label: "Looked after", value: null, symbol: "x", text: "x", note: "SSDA903 episodes unusable" },
      { label: "Repeat plans", value: 4, text: "4†", hollow: true },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('<tspan class="symbol">x</tspan><tspan class="why" dx="6">SSDA903 episodes unusable</tspan>');
    expect(svg).toMatch(/<rect class="bar hollow"[^>]*><title>Repeat plans: 4†<\/title>/);
  });

  it("counts the findings in words that agree with their numbers", () => {
    const html = (findings: { error: number; warning: number; info: number }): string => /<dt>Findings<\/dt><dd>([^<]*)<\/dd>/.exec(renderHtmlReport(coreDataSet(2025, {}), { findings }))?.[1] ?? "";
    expect(html({ error: 3, warning: 0, info: 3 })).toBe("3 errors, 0 warnings, 3 info (listed by the command)");
    expect(html({ error: 1, warning: 1, info: 0 })).toBe("1 error, 1 warning, 0 info (listed by the command)");
  });

  it("a bar chart whose values are all 0 writes each 0 as a value, not as a symbol", () => {
    const svg = barChart("Counts", [
      { label: "Referrals", value: 0, text: "0" },
      { label: "Looked after", value: null, symbol: "x", text: "x", note: "no SSDA903 episodes" },
    ]);
    expect(svg).not.toMatch(/<rect /);
    expect(svg).toMatch(/<text class="value" x="[\d.]+" y="\d+">0<\/text>/);
    expect(svg.match(/class="symbol"/g)).toHaveLength(1);
    expect(svg).toContain('<tspan class="symbol">x</tspan>');
    // Its axis: 0 to 1 in whole numbers, even for a percentage.
    const pct = barChart("Shares", [{ label: "Same day", value: 0, text: "0.0%" }], { axis: { title: "% of assessments", ceiling: 100 } });
    expect([...pct.matchAll(/<text class="tick x-tick"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(["0", "1"]);
  });

  it("a line chart joins only consecutive values: a value alone between gaps is a point without a line", () => {
    const svg = lineChart("Trend", ["a", "b", "c", "d", "e"], { name: "t", values: [1, null, 2, 3, null], texts: ["1", "x", "2", "3", "c"], gapNotes: [undefined, "no CIN census", undefined, undefined, "suppressed"] });
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(/<path class="line" d="([^"]*)"/.exec(svg)?.[1]).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(svg).toContain("<title>b: x (no CIN census)</title>x</text>");
    expect(svg).toContain("<title>e: c (suppressed)</title>c</text>");
  });

  it("escapes the reasons and notes it shows", () => {
    const odd = coreDataSet(2025, { "plans.open": figure("plans.open", "available", { value: 3, excluded: [{ count: 2, reason: "<b>bad</b> & \"date\"" }] }), "plans.seen-per-plan": figure("plans.seen-per-plan", "unavailable", { reason: "unusable-input", needs: ["visits"], notes: ["<img src=x>"] }) });
    const html = renderHtmlReport(odd);
    expect(html).toContain("Left out: 2 (&lt;b&gt;bad&lt;/b&gt; &amp; &quot;date&quot;).");
    expect(html).toContain("&lt;img src=x&gt;");
    expect(html).not.toContain("<img");
  });
});
