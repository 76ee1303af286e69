import { describe, expect, it } from "vitest";
import { ENGLAND_COMPARATORS, comparatorMetricUnit, englandComparators, parseComparatorsCsv, formatComparatorsCsv } from "../../src/interop/comparators";
import { METRIC_CATALOGUE } from "../../src/metrics";

// The ids the catalogue's section "Looked after, care leavers and plan starts" names, with their
// units there (core data set, docs/reference): figures may be shipped for them before the engine
// computes them.
const PLANNED = { "lac.started": "count", "lac.ceased": "count", "lac.uasc": "count", "lac.placement-stability-short": "percent" } as const;

describe("England's shipped figures", () => {
  it("shows the documented example", () => {
    // #region england-lookup
    const figures = englandComparators(["2024-25"]);
    const cin = figures.find((c) => c.metricId === "plans.open");
    cin?.value; // 402400: children in need at 31 March 2025
    cin?.area; // "England"
    cin?.source; // 'DfE, Children in need, reporting year 2025, "Number and rate …"'
    // #endregion england-lookup
    expect(cin).toMatchObject({ value: 402_400, area: "England", areaCode: "E92000001" });
    expect(cin?.source).toContain("Children in need, reporting year 2025");
    expect(figures.every((c) => c.period === "2024-25")).toBe(true);
    expect(englandComparators(["2019-20"])).toEqual([]);
  });

  it("covers five consecutive collection years, each figure cited, England's, once", () => {
    const periods = [...new Set(ENGLAND_COMPARATORS.map((c) => c.period))].sort();
    expect(periods).toEqual(["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]);
    for (const [i, p] of periods.entries()) expect(Number(p.slice(0, 4))).toBe(2020 + i);
    const keys = new Set<string>();
    for (const c of ENGLAND_COMPARATORS) {
      expect(c.source.trim().length, `${c.metricId} ${c.period}`).toBeGreaterThan(20);
      expect(c.source).toMatch(/^DfE, .*https:\/\/explore-education-statistics\.service\.gov\.uk\//);
      expect(c).toMatchObject({ area: "England", areaCode: "E92000001" });
      expect(typeof c.value === "number" && Number.isFinite(c.value) && c.value >= 0).toBe(true);
      const key = `${c.metricId} ${c.period}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
    expect(Object.isFrozen(ENGLAND_COMPARATORS)).toBe(true);
  });

  it("names only the catalogue's metrics (or the planned looked-after ones), in their units", () => {
    const headline = new Map<string, string>(METRIC_CATALOGUE.map((m) => [m.id, m.unit]));
    for (const c of ENGLAND_COMPARATORS) {
      const head = c.metricId.split("/")[0] ?? "";
      expect(headline.has(head) || head in PLANNED, c.metricId).toBe(true);
      const unit = comparatorMetricUnit(c.metricId);
      // Independent of comparatorMetricUnit's tables: the catalogue's unit for a headline, per10k for
      // a rate path, count for the plan-type and children paths.
      const expected = c.metricId.endsWith("/per10k") ? "per10k" : c.metricId.includes("/") ? "count" : (headline.get(head) ?? PLANNED[head as keyof typeof PLANNED]);
      expect(unit, c.metricId).toBe(expected);
      if (unit === "percent") expect(c.value ?? 0).toBeLessThanOrEqual(100);
      // A count is whole; DfE rounds England's counts to the nearest 10.
      if (unit === "count") expect((c.value ?? 0) % 10, c.metricId).toBe(0);
    }
  });

  it("reads back unchanged through the comparators CSV format", () => {
    const read = parseComparatorsCsv(formatComparatorsCsv(ENGLAND_COMPARATORS), { file: "england.csv" });
    expect(read.findings).toEqual([]);
    expect(read.comparators).toEqual(ENGLAND_COMPARATORS);
  });
});

// Each figure checked against the release's own words, quoted verbatim (found with the release
// on explore-education-statistics.service.gov.uk): the numbers are read out of the quotation here,
// not copied from the shipped data.
const thousands = (s: string): number => Number(s.replace(/,/g, ""));
const england = (metricId: string, period: string): number | null | undefined => ENGLAND_COMPARATORS.find((c) => c.metricId === metricId && c.period === period)?.value;

describe("England's figures against the published text", () => {
  it("children in need at 31 March, 2021 to 2025", () => {
    // https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need/2025
    const quoted = [
      "| Number | 389,260 | 388,490 | 404,310 | 403,090 | 399,460 | 402,400 |",
      "| Rate | 330.1 | 329.6 | 343.7 | 338.7 | 331.2 | 330.3 |",
    ];
    const cells = (row: string): number[] => row.split("|").map((s) => s.trim()).filter((s) => /^[\d,.]+$/.test(s)).map(thousands);
    // The table runs 2020 to 2025: its first column is the year before the five shipped.
    const [numbers, rates] = quoted.map((row) => cells(row).slice(1));
    const years = ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"];
    expect(years.map((y) => england("plans.open", y))).toEqual(numbers);
    expect(years.map((y) => england("plans.open/per10k", y))).toEqual(rates);
  });

  it("children looked after at 31 March, 2021 to 2025", () => {
    // https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2025
    const quoted = "In 2025, the number of children looked after (CLA) by local authorities in England was 81,770, down 2% (down 1,760 children) on last year, and down from a recent peak of 83,750 in 2023. This is a rate of 67 CLA per 10,000 children, down from 69 last year.";
    const m = /England was ([\d,]+),.* peak of ([\d,]+) in 2023\. This is a rate of (\d+) CLA per 10,000 children, down from (\d+) last year/.exec(quoted);
    expect(m).not.toBeNull();
    expect(england("plans.open/lac", "2024-25")).toBe(thousands(m?.[1] ?? ""));
    expect(england("plans.open/lac", "2022-23")).toBe(thousands(m?.[2] ?? ""));
    expect(england("plans.open/lac/per10k", "2024-25")).toBe(Number(m?.[3]));
    expect(england("plans.open/lac/per10k", "2023-24")).toBe(Number(m?.[4]));
  });

  it("referrals in 2024", () => {
    // https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need-a-focus-on-re-referrals
    const quoted = "There were 621,880 referrals in (the year ending 31 March) 2024, of which 139,080 (22%) were re-referrals within 1 year of a previous r";
    const m = /There were ([\d,]+) referrals in \(the year ending 31 March\) 2024/.exec(quoted);
    expect(england("activity.referrals", "2023-24")).toBe(thousands(m?.[1] ?? ""));
    // Only the rounded 22% is in that text: the 2024 re-referral rate is not shipped.
    expect(england("activity.re-referral-rate", "2023-24")).toBeUndefined();
  });
});
