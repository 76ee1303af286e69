import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { comparatorMetricUnit, COMPARATOR_FINDING_CODES, enComparators, formatComparatorsCsv, parseComparatorsCsv, type Comparator } from "../../src/interop/comparators";
import { formatFinding } from "../../src/findings";
import { KinsafeError } from "../../src/core";

const HEADER = "metric_id,period,area,area_code,value,symbol,source\n";

describe("parseComparatorsCsv", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const text = [
      "metric_id,period,area,area_code,value,symbol,source",
      "activity.referral-rate,2024-25,Statistical neighbours,,512.3,,Our statistical neighbours' average (LAIT 2025)",
      "plans.open/cp/per10k,2024-25,North West,E12000002,,c,\"DfE, Children in need 2025\"",
    ].join("\n");
    const { comparators, findings } = parseComparatorsCsv(text, { file: "neighbours.csv" });
    comparators[0]?.value; // 512.3
    comparators[1]?.symbol; // "c": suppressed by the publisher
    findings; // []
    // #endregion docs-example
    expect(findings).toEqual([]);
    expect(comparators).toEqual([
      { metricId: "activity.referral-rate", period: "2024-25", area: "Statistical neighbours", value: 512.3, source: "Our statistical neighbours' average (LAIT 2025)" },
      { metricId: "plans.open/cp/per10k", period: "2024-25", area: "North West", areaCode: "E12000002", value: null, symbol: "c", source: "DfE, Children in need 2025" },
    ]);
  });

  it("gives a finding naming file, line and column for each kind of bad row, and keeps the good ones", () => {
    const text =
      HEADER +
      [
        "no.such-metric,2024-25,X,,1,,s", // 2 unknown metric (column 1)
        "activity.referrals,2024,X,,1,,s", // 3 period (column 2)
        "activity.referrals,2024-26,X,,1,,s", // 4 period: not consecutive years
        "activity.referrals,2024-25,X,,1 234,,s", // 5 value (column 5)
        "activity.referrals,2024-25,X,,12%,,s", // 6 value
        "activity.referrals,2024-25,X,,,n/a,s", // 7 symbol (column 6)
        "activity.re-referral-rate,2024-25,X,,100.1,,s", // 8 percentage over 100
        "activity.referrals,2024-25,X,,-4,,s", // 9 negative
        "activity.referrals,2024-25,X,,,,s", // 10 neither value nor symbol
        "activity.referrals,2024-25,,,1,,s", // 11 no area (column 3)
        "activity.referrals,2024-25,X,,1,,", // 12 no source (column 7)
        "activity.referrals,2024-25,X,1,,s", // 13 a cell short
        "activity.re-referral-rate,2024-25,X,,100,,s", // 14 good: exactly 100
        "activity.re-referral-rate,2024-25,X,,99,,s", // 15 duplicate of 14
        "activity.referrals,2024-25,X,,7,c,s", // 16 value and symbol: kept, warning
      ].join("\n");
    const { comparators, findings } = parseComparatorsCsv(text, { file: "sn.csv" });
    const where = findings.map((f) => [f.code, f.severity, f.params?.["line"], f.params?.["column"], f.params?.["file"]]);
    expect(where).toEqual([
      ["comparators/unknown-metric", "warning", 2, 1, "sn.csv"],
      ["comparators/invalid-period", "error", 3, 2, "sn.csv"],
      ["comparators/invalid-period", "error", 4, 2, "sn.csv"],
      ["comparators/invalid-value", "error", 5, 5, "sn.csv"],
      ["comparators/invalid-value", "error", 6, 5, "sn.csv"],
      ["comparators/invalid-symbol", "error", 7, 6, "sn.csv"],
      ["comparators/out-of-range", "error", 8, 5, "sn.csv"],
      ["comparators/out-of-range", "error", 9, 5, "sn.csv"],
      ["comparators/missing-value", "error", 10, 5, "sn.csv"],
      ["comparators/missing-value", "error", 11, 3, "sn.csv"],
      ["comparators/missing-value", "error", 12, 7, "sn.csv"],
      ["comparators/wrong-cell-count", "error", 13, undefined, "sn.csv"],
      ["comparators/duplicate-row", "warning", 15, 1, "sn.csv"],
      ["comparators/value-and-symbol", "warning", 16, 6, "sn.csv"],
    ]);
    expect(comparators.map((c) => [c.metricId, c.value])).toEqual([
      ["activity.re-referral-rate", 100],
      ["activity.referrals", 7],
    ]);
    // Every code is documented and has an English message that names the line.
    for (const f of findings) expect(COMPARATOR_FINDING_CODES).toContain(f.code);
    for (const code of COMPARATOR_FINDING_CODES) expect(enComparators.messages[code]).toBeTruthy();
  });

  it("gives its messages in English", () => {
    // #region messages
    const { findings } = parseComparatorsCsv(`${HEADER}activity.referrals,2024-25,X,,lots,,s\n`, { file: "sn.csv" });
    const text = findings.map((f) => formatFinding(f, { catalogue: enComparators }));
    // ['Line 2: value "lots" is not a number (digits and a decimal point, no separators or %); the row was left out.']
    // #endregion messages
    expect(text).toEqual(['Line 2: value "lots" is not a number (digits and a decimal point, no separators or %); the row was left out.']);
  });

  it("needs the header, reads columns in any order, and reports broken CSV without throwing", () => {
    expect(parseComparatorsCsv("").findings.map((f) => f.code)).toEqual(["comparators/missing-header"]);
    const noHeader = parseComparatorsCsv("activity.referrals,2024-25,X,,1,,s\n");
    expect(noHeader.findings.map((f) => f.code)).toEqual(["comparators/missing-header"]);
    expect(noHeader.comparators).toEqual([]);
    const twice = parseComparatorsCsv("metric_id,period,area,value,value,source\n");
    expect(twice.findings.map((f) => f.code)).toContain("comparators/duplicate-column");
    const reordered = parseComparatorsCsv("\uFEFFsource,value,area,period,metric_id,notes\r\nDfE,5.5,England,2024-25,plans.duration,ignored\r\n");
    expect(reordered.comparators).toEqual([{ metricId: "plans.duration", period: "2024-25", area: "England", value: 5.5, source: "DfE" }]);
    expect(reordered.findings.map((f) => [f.code, f.severity, f.params?.["field"]])).toEqual([["comparators/unknown-column", "info", "notes"]]);
    const broken = parseComparatorsCsv(`${HEADER}activity.referrals,2024-25,X,,1,,"never closed\n`);
    expect(broken.findings.map((f) => [f.code, f.params?.["line"]])).toEqual([["comparators/malformed-csv", 2]]);
    expect(() => parseComparatorsCsv(42 as unknown as string)).toThrow(KinsafeError);
  });

  it("knows kinsafe's metrics and their units", () => {
    // #region unit
    comparatorMetricUnit("activity.re-referral-rate"); // "percent"
    comparatorMetricUnit("plans.open/cp/per10k"); // "per10k"
    comparatorMetricUnit("activity.referral-source/6"); // null: a breakdown entry, unit not known here
    comparatorMetricUnit("no.such-metric"); // undefined
    // #endregion unit
    expect([comparatorMetricUnit("activity.re-referral-rate"), comparatorMetricUnit("plans.open/cp/per10k"), comparatorMetricUnit("activity.referral-source/6"), comparatorMetricUnit("no.such-metric"), comparatorMetricUnit("activity.referrals/")]).toEqual([
      "percent",
      "per10k",
      null,
      undefined,
      undefined,
    ]);
  });

  it("reads back what formatComparatorsCsv writes (round trip)", () => {
    // #region round-trip
    const rows: Comparator[] = [
      { metricId: "plans.repeat", period: "2023-24", area: "Statistical neighbours, 10", value: 21.4, source: 'Our "SN" average' },
      { metricId: "plans.open/cp", period: "2023-24", area: "Anytown", areaCode: "E06000099", value: null, symbol: "x", source: "Anytown, published 2024" },
    ];
    const again = parseComparatorsCsv(formatComparatorsCsv(rows)).comparators;
    // again equals rows
    // #endregion round-trip
    expect(again).toEqual(rows);
  });

  property.prop([
    fc.array(
      fc.record({
        metricId: fc.constantFrom("activity.referrals", "plans.open/cp/per10k", "plans.repeat", "workforce.vacancy-rate"),
        year: fc.integer({ min: 2000, max: 2098 }),
        area: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== "" && !/[\r\n]/.test(s)),
        value: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        source: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== "" && !/[\r\n]/.test(s)),
      }),
      { maxLength: 8 },
    ),
  ])("round-trips any rows it accepts", (drafts) => {
    const seen = new Set<string>();
    const rows: Comparator[] = [];
    for (const d of drafts) {
      const period = `${String(d.year)}-${String((d.year + 1) % 100).padStart(2, "0")}`;
      const key = `${d.metricId}|${period}|${d.area}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ metricId: d.metricId, period, area: d.area, value: d.value, ...(d.value === null ? { symbol: "x" } : {}), source: d.source });
    }
    const read = parseComparatorsCsv(formatComparatorsCsv(rows));
    expect(read.findings).toEqual([]);
    expect(read.comparators).toEqual(rows);
  });
});
