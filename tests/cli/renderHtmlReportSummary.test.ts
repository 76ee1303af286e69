// The report a director is given: the one-page summary first (the headline figures, their trend
// in a sparkline and in words, the comparators), the contents, a section per family; no chart
// for a measure with no figure; every text given escaped.
import { describe, expect, it } from "vitest";
import { comparatorValue, comparisonWords, HEADLINE_FIGURES, renderHtmlReport, sparkline, type Comparator } from "../../src/cli/report";
import { findMetric } from "../../src/cli/formatMetrics";
import { coreDataSet, figure, partialReturnsSeries } from "./metricResults";
import { directorSeries, HAND_COMPARATORS } from "./reportFixtures";

function summaryRow(html: string, id: string): string {
  const start = html.indexOf(`<tr data-headline="${id}">`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</tr>", start));
}
function summaryOf(html: string): string {
  const start = html.indexOf('<section id="summary"');
  return html.slice(start, html.indexOf("</section>", start));
}
/** Text of HTML without tags, entities decoded as far as the tests need. */
function text(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

describe("the summary of a report of the synthetic authority", () => {
  const series = directorSeries();
  const latest = series.at(-1);
  // #region director-report
  const html = renderHtmlReport(series, { title: "Northshire: core data set", subtitle: "Northshire (999)", comparators: HAND_COMPARATORS });
  // The summary first: referrals, their rate, the trend and England's rate beside it.
  // #endregion director-report

  it("comes first, then the contents, the families and what the figures were made from", () => {
    const order = ['<section id="summary"', '<nav class="contents"', '<section id="activity"', '<section id="timeliness"', '<section id="plans"', '<section id="outcomes"', '<section id="workforce"', '<section id="about"', '<footer id="symbols"'].map((s) => html.indexOf(s));
    expect(order.every((n) => n > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.indexOf("<header>")).toBeLessThan(order[0] ?? 0);
  });

  it("has a row for each headline figure, in the order of HEADLINE_FIGURES, and each exists in the engine's results", () => {
    const rows = [...summaryOf(html).matchAll(/<tr data-headline="([^"]*)">/g)].map((m) => m[1]);
    expect(rows).toEqual(HEADLINE_FIGURES.map((h) => h.id));
    for (const h of HEADLINE_FIGURES) {
      expect(latest && findMetric(latest, h.id), h.id).toBeDefined();
      if (h.rateId !== undefined) expect(latest && findMetric(latest, h.rateId), h.rateId).toBeDefined();
    }
  });

  it("writes the latest figure and its rate as the tables do", () => {
    const referrals = latest?.metrics["activity.referrals"]?.value ?? NaN;
    const rate = latest?.metrics["activity.referral-rate"]?.value ?? NaN;
    const row = text(summaryRow(html, "activity.referrals"));
    expect(row).toContain(`${referrals.toLocaleString("en-GB")}`);
    // One decimal place, always: DfE's rule for rates.
    expect(row).toContain(`${rate.toFixed(1)} per 10,000 children`);
  });

  it("shows x with the reason for a figure the inputs cannot give, never a number, and no sparkline", () => {
    const row = summaryRow(html, "workforce.vacancy-rate");
    expect(row).toContain('<span class="sym" title="not available">x</span><span class="why">no workforce census</span>');
    // No number at all but the period's name.
    expect(text(row).replace(/\d{4}-\d{2}/g, "")).not.toMatch(/\d/);
    expect(row).not.toContain("<svg");
    expect(text(row)).toContain("No figure for 2024-25 (no workforce census).");
  });

  it("puts the comparators of the same measure and period beside it, England first, with the difference in words", () => {
    const row = summaryRow(html, "activity.re-referral-rate");
    const areas = [...row.matchAll(/<span class="area">([^<]*)<\/span>/g)].map((m) => m[1]);
    // North West is listed first in HAND_COMPARATORS; England comes first all the same; 2023-24's England is not the latest period's.
    expect(areas).toEqual(["England", "North West", "Statistical neighbours"]);
    expect(row).not.toContain("21.2%");
    // The difference, from the authority's own value rounded as written (one decimal place).
    const own = Math.round((latest?.metrics["activity.re-referral-rate"]?.value ?? NaN) * 10) / 10;
    const words = (theirs: number): string => {
      const d = Math.round((own - theirs) * 10) / 10;
      return d === 0 ? "the same as here" : `${Math.abs(d).toFixed(1)} percentage points ${d > 0 ? "higher" : "lower"} here`;
    };
    expect(text(row)).toContain(`England: 22.4% (${words(22.4)})`);
    expect(text(row)).toContain(`North West: 20.3% (${words(20.3)})`);
    // 19.85 is written 19.9%, and compared as written.
    expect(text(row)).toContain(`Statistical neighbours: 19.9% (${words(19.9)})`);
  });

  it("writes a comparator the publisher suppressed as its symbol with words, never 0, and a rate's comparator as a rate", () => {
    const row = text(summaryRow(html, "plans.open/cp"));
    expect(row).toContain("Statistical neighbours: c (suppressed)");
    expect(row).toMatch(/England: 40\.8 per 10,000 \(\d+\.\d (higher|lower) here\)|England: 40\.8 per 10,000 \(the same as here\)/);
    expect(text(summaryRow(html, "activity.s47-enquiries"))).toContain("none given");
  });

  it("names the comparators' sources, and accounts for every comparator given", () => {
    expect(text(summaryOf(html))).toContain("Comparators' sources: England: Made up for the tests, table A1, Made up for the tests, table C3, Made up for the tests, table D1; North West: Made up for the tests, table 1; Statistical neighbours: Made up for the tests, neighbours.");
    // 2019-20 is not a period of this report: counted as not shown.
    expect(html).toContain("<dt>Comparators</dt><dd>9 given (North West, England, Statistical neighbours); 1 not shown: for a measure or period this report does not have</dd>");
  });

  it("adds a row per area under the figure in its family's table, with a cell per period", () => {
    const start = html.indexOf('data-metric="activity.re-referral-rate"');
    const rows = html.slice(start, html.indexOf('data-metric="activity.re-referral-rate/children"')).split('<tr class="cmp">').slice(1);
    const cells = (row: string): string[] => [...row.matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => text(m[1] ?? ""));
    expect(rows.map((r) => text(/<span class="area">([^<]*)</.exec(r)?.[1] ?? ""))).toEqual(["England", "North West", "Statistical neighbours"]);
    expect(cells(rows[0] ?? "")).toEqual(["", "21.2%", "22.4%"]);
    expect(cells(rows[1] ?? "")).toEqual(["", "", "20.3%"]);
    expect(rows[0]).toContain("Made up for the tests, table A1");
  });

  it("draws the trend of a count from 0, and of a percentage on its own scale, with the gap of the year the CIN census does not cover", () => {
    const chart = (title: string): string => {
      const start = html.indexOf(`aria-label="${title}"`);
      return start < 0 ? "" : html.slice(start, html.indexOf("</svg>", start));
    };
    const ticks = (svg: string): number[] => [...svg.matchAll(/<text class="tick y-tick"[^>]*>([^<]*)</g)].map((m) => Number((m[1] ?? "").replace(/,/g, "")));
    expect(ticks(chart("Referrals"))[0]).toBe(0);
    const reReferrals = ticks(chart("Re-referrals within 12 months"));
    expect(reReferrals[0]).toBeGreaterThan(0);
    expect(chart("Re-referrals within 12 months")).toContain('<text class="axis-title" x="0" y="34">% of referrals</text>');
    // 2022-23: the CIN census does not cover it: no point, the x on the axis.
    expect(chart("Referrals")).toContain("<title>2022-23: x (period not covered)</title>x</text>");
    expect(chart("Referrals").match(/<circle /g)).toHaveLength(2);
  });
});

describe("the summary's trend in words", () => {
  const series = partialReturnsSeries();
  const html = renderHtmlReport(series);

  it("says up or down from the period before's figure, and why there is nothing to compare with", () => {
    // Referrals: 900 + 40 i, i = 1 (2023-24) and 2 (2024-25).
    expect(text(summaryRow(html, "activity.referrals"))).toContain("Up from 940 in 2023-24.");
    expect(summaryRow(html, "activity.referrals")).toContain('<span class="arrow" aria-hidden="true">▲</span>');
    // Section 47 enquiries: suppressed in 2023-24.
    expect(text(summaryRow(html, "activity.s47-enquiries"))).toContain("No figure for 2023-24 to compare with (suppressed).");
    // Re-referrals: 15.0% with the history mark in 2023-24.
    expect(text(summaryRow(html, "activity.re-referral-rate"))).toContain("Up from 15.0%† in 2023-24.");
    // Looked after: 200 in 2022-23, x since.
    expect(text(summaryRow(html, "plans.open/lac"))).toContain("No figure for 2024-25 (SSDA903 episodes unusable).");
  });

  it("draws a sparkline with no point for a missing figure, its values in its name", () => {
    const row = summaryRow(html, "activity.referrals");
    expect(row).toContain('aria-label="Referrals, 2022-23 to 2024-25: 2022-23 x, 2023-24 940, 2024-25 980"');
    expect(row.match(/<circle /g)).toHaveLength(2);
  });

  it("calls two figures written alike the same, and a fall a fall", () => {
    const rate = (year: number, value: number) => coreDataSet(year, { "activity.re-referral-rate": figure("activity.re-referral-rate", "available", { value }), "activity.referrals": figure("activity.referrals", "available", { value: 2026 - year + 100 }) });
    const same = renderHtmlReport([rate(2024, 21.96), rate(2025, 22.04)]);
    expect(text(summaryRow(same, "activity.re-referral-rate"))).toContain("The same as in 2023-24 (22.0%).");
    // Referrals 102 in 2023-24, 101 in 2024-25.
    expect(text(summaryRow(same, "activity.referrals"))).toContain("Down from 102 in 2023-24.");
    expect(summaryRow(same, "activity.referrals")).toContain("▼");
  });

  it("says there is no trend with one period, and has no comparators column without comparators", () => {
    const one = renderHtmlReport(series.at(-1) ?? series[0]!);
    expect(text(summaryRow(one, "activity.referrals"))).toContain("One period only: no trend.");
    expect(summaryOf(one)).not.toContain("Compared with");
    expect(summaryOf(one)).toContain("No comparators were given.");
  });
});

describe("no chart for figures that are not there", () => {
  it("writes a sentence instead of a bar chart none of whose bars has a value", () => {
    const band = (key: string, label: string) => figure("timeliness.assessment-duration", "suppressed", { key: `bands/${key}`, label });
    const bands = figure("timeliness.assessment-duration", "available", { key: "bands", label: "Duration bands", breakdown: { "0": band("0", "Same day"), "1-10": band("1-10", "1 to 10 working days") } });
    const html = renderHtmlReport(coreDataSet(2025, { "timeliness.assessment-duration": figure("timeliness.assessment-duration", "available", { value: 30, breakdown: { bands } }) }));
    expect(html).not.toContain('class="chart histogram"');
    expect(html).toContain("<strong>Assessments by working days taken, 2024-25</strong>: no figure is available (c: suppressed), so no chart is drawn.");
  });

  it("draws a bar chart with a value axis from 0: ticks, gridlines and the axis title", () => {
    const html = renderHtmlReport(coreDataSet(2025, { "activity.referrals": figure("activity.referrals", "available", { value: 980 }), "activity.s47-enquiries": figure("activity.s47-enquiries", "available", { value: 122 }) }));
    const start = html.indexOf('class="chart rates"');
    const svg = html.slice(start, html.indexOf("</svg>", start));
    const ticks = [...svg.matchAll(/<text class="tick x-tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    // 980 over about four steps is 245, whose round step above is 250: 0 to 1,000.
    expect(ticks).toEqual(["0", "250", "500", "750", "1,000"]);
    expect(svg.match(/<line class="grid"/g)).toHaveLength(5);
    expect(svg).toContain(">Number</text>");
    expect(svg).toContain("<desc>Number, scale 0 to 1,000. Referrals: 980;");
  });
});

describe("text given to the report stays text", () => {
  it("escapes the title, the authority and the comparators' areas and sources", () => {
    const evil: Comparator = { metricId: "activity.referrals", period: "2024-25", area: "<script>alert(1)</script>", value: 5, source: "<img src=x onerror=alert(1)>" };
    const html = renderHtmlReport(partialReturnsSeries(), { title: "<script>alert('t')</script>", subtitle: "<script>", comparators: [evil] });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>");
    expect(html).toContain('<p class="sub">&lt;script&gt;</p>');
    expect(html).toContain('<span class="area">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("comparators and sparklines, alone", () => {
  it("compares as written, in the measure's unit, and writes a symbol for a figure not published", () => {
    // #region comparator
    const england: Comparator = { metricId: "activity.re-referral-rate", period: "2024-25", area: "England", areaCode: "E92000001", value: 22.4, source: "DfE, Children in need, 2025, table C1" };
    comparisonWords(22.04, england, "percent"); // "0.4 percentage points lower here" (22.0% beside 22.4%)
    comparatorValue({ ...england, value: null, symbol: "c" }, "percent"); // { text: "c", symbol: "c", words: "suppressed" }
    // #endregion comparator
    expect(comparisonWords(22.04, england, "percent")).toBe("0.4 percentage points lower here");
    expect(comparisonWords(22.44, england, "percent")).toBe("the same as here");
    expect(comparisonWords(540.26, { ...england, value: 518.3 }, "per10k")).toBe("22.0 higher here");
    expect(comparisonWords(1613, { ...england, value: 600_000 }, "count")).toBeUndefined();
    expect(comparisonWords(null, england, "percent")).toBeUndefined();
    expect(comparatorValue({ ...england, value: null, symbol: "c" }, "percent")).toEqual({ text: "c", symbol: "c", words: "suppressed" });
    // No symbol given: x, never 0.
    expect(comparatorValue({ ...england, value: null }, "percent").text).toBe("x");
    expect(comparatorValue(england, "percent").text).toBe("22.4%");
  });

  it("draws a sparkline of the values there are, named with every value", () => {
    // #region sparkline
    const svg = sparkline("Referrals", ["2022-23", "2023-24", "2024-25"], { values: [null, 940, 980], texts: ["x", "940", "980"] });
    // role="img" aria-label="Referrals: 2022-23 x, 2023-24 940, 2024-25 980"; two dots, one line
    // #endregion sparkline
    expect(svg).toContain('role="img" aria-label="Referrals: 2022-23 x, 2023-24 940, 2024-25 980"');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<path /g)).toHaveLength(1);
  });
});
