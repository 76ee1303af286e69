import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { figureAvailability, findMetric, flattenMetrics, formatMetricsCsv, formatMetricsTable, formatMetricsWideCsv, formatNumber, formatValue, METRICS_CSV_COLUMNS, missingSymbol } from "../../src/cli/formatMetrics";
import { parseCsv } from "../../src/cli/csv";
import { computeCoreDataSet, type CoreDataSetResult } from "../../src/metrics";
import { ASSESSMENT_FACTOR_CODES } from "../../src/records";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { coreDataSet, figure, partialReturnsSeries, type FigureKind } from "./metricResults";

const records = generateSyntheticAuthority({ seed: 3, children0to17: 4000, years: 2 });
const population = { children0to17: 4000, vintage: "synthetic" };
const r2024 = computeCoreDataSet(records, { period: { year: 2024 }, population, suppress: { threshold: 6 } });
const r2025 = computeCoreDataSet(records, { period: { year: 2025 }, population, suppress: { threshold: 6 } });
const bare = computeCoreDataSet(records, { period: { year: 2025 } });

describe("flattenMetrics", () => {
  it("lists the assessment factors in the codes' order, though an object puts 20 and 21 first", () => {
    const factors = r2025.metrics["activity.assessments"]?.breakdown?.["assessment-factors"];
    expect(Object.keys(factors?.breakdown ?? {}).slice(0, 2)).toEqual(["20", "21"]);
    const listed = flattenMetrics(r2025)
      .map((e) => e.result.id)
      .filter((id) => id.startsWith("activity.assessments/assessment-factors/"))
      .map((id) => id.slice("activity.assessments/assessment-factors/".length));
    // the guide's order (1A ... 19C, 20, 21, 22A ... 24A), then "not recorded"
    expect(listed).toEqual([...ASSESSMENT_FACTOR_CODES, "not-recorded"]);
    // keys that are all whole numbers (the referral source groups) keep their order
    const groups = flattenMetrics(r2025).filter((e) => /^activity\.referral-source\/[^/]+$/.test(e.result.id)).map((e) => e.result.id.split("/")[1]);
    expect(groups).toEqual(Object.keys(r2025.metrics["activity.referral-source"]?.breakdown ?? {}));
  });
});

describe("formatMetricsTable", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const text = formatMetricsTable([r2024, r2025]);
    // Core data set, 2 periods, population 4,000 (synthetic), counts 1 to 5 suppressed (c)
    //
    // Metric                          2023-24  2024-25
    // ...
    // #endregion docs-example
    expect(text.split("\n")[0]).toBe("Core data set, 2 periods, population 4,000 (synthetic), counts 1 to 5 suppressed (c)");
    expect(text).toMatch(/^Metric +2023-24 +2024-25$/m);
    // each family under its title, as in the report and the workbook (not its id)
    expect(text.split("\n").filter((l) => /^[A-Z]/.test(l) && !l.startsWith("Core") && !l.startsWith("Metric") && !l.startsWith("Notes") && !l.startsWith("Not shown"))).toEqual(["Activity", "Timeliness", "Plans", "Looked after", "Outcomes", "Workforce"]);
    // the rows below two levels are counted, and all of them shown when asked
    expect(text).toMatch(/^Not shown: \d+ rows more than 2 levels down /m);
    const all = formatMetricsTable([r2024, r2025], { maxDepth: Infinity });
    expect(all).not.toContain("Not shown");
    expect(all).toContain("Neglect (NEG)");
  });

  it("shows one value per period, numerator and denominator for one period, and the symbols", () => {
    const one = formatMetricsTable([bare]);
    expect(one).toMatch(/^Metric +2024-25 +Numerator +Denominator$/m);
    const referrals = bare.metrics["activity.referrals"]?.value ?? 0;
    expect(one).toMatch(new RegExp(`^  Referrals +${referrals.toLocaleString("en-GB")}`, "m"));
    expect(one).toMatch(/^ {2}Referrals per 10,000 children +x/m);
    expect(one).toMatch(/^ {2}Referrals by source +z/m);
    expect(formatMetricsTable([r2025])).toMatch(/ c( |$)/m);
    expect(formatMetricsTable([])).toBe("");
  });
});

describe("values", () => {
  it("writes every rate and percentage to one decimal place, as DfE does, and counts whole", () => {
    expect([formatNumber(9, "percent"), formatNumber(9.1, "percent"), formatNumber(9.04, "percent"), formatNumber(100, "percent")]).toEqual(["9.0%", "9.1%", "9.0%", "100.0%"]);
    expect([formatNumber(330, "per10k"), formatNumber(330.27, "per10k"), formatNumber(1234.5, "per10k")]).toEqual(["330.0", "330.3", "1,234.5"]);
    expect([formatNumber(1033, "count"), formatNumber(33, "workingDays"), formatNumber(16.25, "days"), formatNumber(2, "ratio")]).toEqual(["1,033", "33", "16.3", "2"]);
  });

  it("writes DfE's symbols: c suppressed, x not available, z a distribution", () => {
    const suppressed = Object.values(r2025.metrics["activity.referral-source"]?.breakdown ?? {}).flatMap((b) => [b, ...Object.values(b.breakdown ?? {})]).find((b) => b.suppressed);
    expect(suppressed === undefined ? "c" : missingSymbol(suppressed)).toBe("c");
    expect(missingSymbol(bare.metrics["activity.referral-rate"] as NonNullable<(typeof bare.metrics)["activity.referral-rate"]>)).toBe("x");
    expect(missingSymbol(bare.metrics["activity.referral-source"] as NonNullable<(typeof bare.metrics)["activity.referral-source"]>)).toBe("z");
    expect(missingSymbol(bare.metrics["workforce.vacancy-rate"] as NonNullable<(typeof bare.metrics)["workforce.vacancy-rate"]>)).toBe("x");
    const rate = r2025.metrics["activity.re-referral-rate"];
    expect(rate === undefined ? "" : formatValue(rate)).toMatch(/^\d+(\.\d)?%$/);
  });

  it("finds breakdown entries by id", () => {
    expect(findMetric(r2025, "plans.open/cp/per10k")?.unit).toBe("per10k");
    expect(findMetric(r2025, "timeliness.icpc/bands/0-10")?.id).toBe("timeliness.icpc/bands/0-10");
    expect(findMetric(r2025, "nope")).toBeUndefined();
  });
});

describe("formatMetricsCsv", () => {
  it("writes one tidy row per period and metric, with exact values", () => {
    const rows = parseCsv(formatMetricsCsv([r2024, r2025] as readonly CoreDataSetResult[]));
    const [header, ...body] = rows;
    expect(header).toEqual(["period_start", "period_end", "snapshot", "metric_id", "family", "label", "unit", "value", "numerator", "denominator", "counting_unit", "suppressed", "notes", "status", "reason", "needs", "history_months_needed", "history_months_covered", "excluded", "excluded_reasons"]);
    const reReferral = body.find((r) => r[0] === "2024-04-01" && r[3] === "activity.re-referral-rate");
    expect(Number(reReferral?.[7])).toBe(r2025.metrics["activity.re-referral-rate"]?.value);
    expect(body.some((r) => r[7] === "c" && r[11] === "true")).toBe(true);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(["2023-04-01", "2024-04-01"]));
  });
});

// Figures built by hand, of each status (the engine's availability is tested in tests/metrics).
const series = partialReturnsSeries();
const y2024 = series[1] as CoreDataSetResult;

function line(text: string, label: string): string {
  return text.split("\n").find((l) => l.startsWith(`  ${label} `) || l.startsWith(`    ${label} `)) ?? "";
}

describe("figures that are not available, suppressed or computed with incomplete history", () => {
  it("the table writes x with the number of a note saying why, c, and the history mark with a note", () => {
    // #region availability-table
    const text = formatMetricsTable(series);
    // Metric                                          2022-23    2023-24    2024-25
    //   Referrals                                       x [1]  940         980
    //   Re-referrals within 12 months                   x [1]  15.0% †[2]  22.1%
    //   Section 47 enquiries started                  120        c         122
    // ...
    // [1] x: No input holds CIN census episodes (referrals, assessments, ...).
    // [2] †: Computed with none of the 12 months of history it needs, so it may be understated.
    // #endregion availability-table
    expect(line(text, "Referrals")).toMatch(/^ {2}Referrals +x \[1\] +940 +980$/);
    expect(line(text, "Re-referrals within 12 months")).toMatch(/ x \[1\] +15\.0% †\[2\] +22\.1%$/);
    expect(line(text, "Section 47 enquiries started")).toMatch(/ 120 +c +122$/);
    expect(text).toContain("[1] x: No input holds CIN census episodes");
    expect(text).toContain("[2] †: Computed with none of the 12 months of history it needs, so it may be understated.");
    // The reason of an input that cannot be used carries the engine's own words.
    expect(line(text, "Looked after")).toMatch(/ 200 +x \[(\d)\] +x \[\1\]$/);
    expect(text).toMatch(/\[\d\] x: The input holding SSDA903 episodes \(children looked after\) cannot be used\. The SSDA903 episodes file has no DEC column\./);
    expect(line(text, "Children in need at the snapshot date")).toMatch(/ 950 +951 +952 \[\d\]$/);
    expect(text).toMatch(/\[\d\] Left out: 3 \(assessment authorised before its referral\)\./);
    expect(line(text, "Social worker vacancy rate (FTE)")).toMatch(/ x \[\d\] +x \[\d\] +x \[\d\]$/);
    expect(text).toContain("† = computed with less history than it needs");
  });

  it("the table shows a breakdown entry that only later periods have (rows came from the first period only)", () => {
    const text = formatMetricsTable(series);
    expect(line(text, "Children referred")).toMatch(/^ {4}Children referred +730 +760$/);
    // A metric only the last period has still gets its row, in catalogue order.
    const only = coreDataSet(2025, { "activity.referrals": figure("activity.referrals", "available", { value: 5 }), "activity.icpcs": figure("activity.icpcs", "available", { value: 2 }) });
    const earlier = coreDataSet(2024, { "activity.icpcs": figure("activity.icpcs", "available", { value: 1 }) });
    const both = formatMetricsTable([earlier, only]);
    expect(line(both, "Referrals")).toMatch(/ {2}5$/);
    expect(both.indexOf("  Referrals")).toBeLessThan(both.indexOf("  Initial child protection conferences held"));
  });

  it("one period: the history mark, and the numerator and denominator", () => {
    const text = formatMetricsTable([y2024]);
    expect(line(text, "Re-referrals within 12 months")).toMatch(/ 15\.0% †\[1\] +141 +940$/);
    expect(line(text, "Section 47 enquiries started")).toMatch(/ c +c +c$/);
  });

  it("the CSV has the status, the reason, what is needed, the history and what was left out", () => {
    // #region availability-csv
    const rows = parseCsv(formatMetricsCsv(series));
    // metric_id,value,status,reason,needs,history_months_needed,history_months_covered,excluded
    // activity.referrals,x,unavailable,no-input,cin-episodes,,,        (2022-23)
    // activity.re-referral-rate,15,incomplete-history,,,12,0,           (2023-24)
    // activity.s47-enquiries,c,unavailable,suppressed,,,,               (2023-24)
    // #endregion availability-csv
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(header).toEqual([...METRICS_CSV_COLUMNS]);
    const col = (name: (typeof METRICS_CSV_COLUMNS)[number]): number => METRICS_CSV_COLUMNS.indexOf(name);
    const row = (start: string, id: string): Record<string, string> => {
      const r = body.find((b) => b[0] === start && b[3] === id) ?? [];
      return Object.fromEntries(METRICS_CSV_COLUMNS.map((c, i) => [c, r[i] ?? ""]));
    };
    expect(row("2022-04-01", "activity.referrals")).toMatchObject({ value: "x", status: "unavailable", reason: "no-input", needs: "cin-episodes", suppressed: "false" });
    expect(row("2023-04-01", "activity.re-referral-rate")).toMatchObject({ value: "15", numerator: "141", denominator: "940", status: "incomplete-history", reason: "", history_months_needed: "12", history_months_covered: "0" });
    expect(row("2023-04-01", "activity.s47-enquiries")).toMatchObject({ value: "c", status: "unavailable", reason: "suppressed", suppressed: "true" });
    expect(row("2024-04-01", "plans.open")).toMatchObject({ value: "952", status: "available", excluded: "3", excluded_reasons: "3 assessment authorised before its referral" });
    expect(row("2024-04-01", "plans.open/lac")).toMatchObject({ value: "x", status: "unavailable", reason: "unusable-input", needs: "looked-after-episodes" });
    expect(row("2024-04-01", "workforce.vacancy-rate")).toMatchObject({ value: "x", status: "unavailable", reason: "no-workforce", needs: "" });
    // A script reads the figures whose status is not "unavailable" as numbers; the rest are symbols.
    for (const r of body) {
      const value = r[col("value")] ?? "";
      if (r[col("status")] === "unavailable") expect(["x", "c"]).toContain(value);
      else expect(value === "z" || Number.isFinite(Number(value))).toBe(true);
    }
  });

  it("never writes a number for a figure whose status is unavailable, even if it has a value", () => {
    const odd = { ...figure("activity.referrals", "available", { value: 0 }), status: "unavailable" as const, unavailable: { reason: "no-input" as const, needs: ["cin-episodes" as const] } };
    expect(missingSymbol(odd)).toBe("x");
    expect(formatValue(odd)).toBe("x");
    const rows = parseCsv(formatMetricsCsv([coreDataSet(2025, { "activity.referrals": odd })]));
    expect(rows[1]?.[7]).toBe("x");
    expect(line(formatMetricsTable([coreDataSet(2025, { "activity.referrals": odd })]), "Referrals")).toMatch(/ x \[1\]/);
  });

  const reasons = ["no-input", "unusable-input", "not-covered", "no-population", "no-workforce", "no-outcomes", "no-denominator", "suppressed"] as const;
  const anyFigure = fc.record({
    kind: fc.constantFrom<FigureKind[]>("available", "unavailable", "suppressed", "incomplete-history"),
    value: fc.double({ min: 0, max: 1e6, noNaN: true }),
    reason: fc.constantFrom(...reasons),
    needs: fc.subarray(["cin-episodes", "looked-after-episodes", "visits", "early-help", "care-proceedings"] as const),
    covered: fc.integer({ min: 0, max: 36 }),
    excluded: fc.array(fc.record({ count: fc.integer({ min: 0, max: 50 }), reason: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
  });

  test.prop([anyFigure])("a figure is written as a number exactly when it is available or has incomplete history; c exactly when suppressed", ({ kind, value, reason, needs, covered, excluded }) => {
    const m = figure("activity.re-referral-rate", kind, { value, reason, needs, history: { neededMonths: 12, coveredMonths: covered }, excluded });
    const r = coreDataSet(2025, { "activity.re-referral-rate": m });
    const shown = formatValue(m);
    const csv = parseCsv(formatMetricsCsv([r]))[1] ?? [];
    const status = csv[METRICS_CSV_COLUMNS.indexOf("status")];
    const table = line(formatMetricsTable([r]), "Re-referrals within 12 months");
    if (kind === "suppressed" || (kind === "unavailable" && reason === "suppressed")) {
      expect(shown).toBe("c");
      expect(csv[7]).toBe("c");
      expect(csv[METRICS_CSV_COLUMNS.indexOf("reason")]).toBe("suppressed");
    } else if (kind === "unavailable") {
      expect(shown).toBe("x");
      expect(csv[7]).toBe("x");
      expect(csv[METRICS_CSV_COLUMNS.indexOf("reason")]).toBe(reason);
      expect(table).toMatch(/ x \[1\]/);
    } else {
      expect(shown).toMatch(/^[\d,.]+%$/);
      expect(Number(csv[7])).toBe(value);
      expect(table.includes("†")).toBe(kind === "incomplete-history");
    }
    expect(status).toBe(figureAvailability(m).status);
    // Neither 0 nor a percentage stands where there is no figure.
    if (kind === "unavailable" || kind === "suppressed") expect(table.slice("  Re-referrals within 12 months".length).replace(/\[\d+\]/g, "")).not.toMatch(/\d/);
  });
});

describe("notes in the table", () => {
  it("escapes control characters in the reasons it prints", () => {
    const r = coreDataSet(2025, { "plans.open": figure("plans.open", "available", { value: 3, excluded: [{ count: 2, reason: "bad\u001b[31mdate" }] }) });
    const text = formatMetricsTable([r]);
    expect(text).not.toContain("\u001b");
    expect(text).toMatch(/\[1\] Left out: 2 \(bad.*date\)\./);
  });
});

describe("a figure unavailable for another reason whose numerator disclosure control hid", () => {
  it("is x with that reason (the figure does not exist), its numerator c", () => {
    // As the engine's disclosure control leaves it: suppressed, the first reason kept.
    const rate = { ...figure("activity.referral-rate", "unavailable", { reason: "no-population" }), suppressed: true };
    expect(figureAvailability(rate)).toEqual({ status: "unavailable", reason: "no-population" });
    const r = coreDataSet(2025, { "activity.referral-rate": rate });
    expect(line(formatMetricsTable([r]), "Referrals per 10,000 children")).toMatch(/ x \[1\] +c/);
    const csv = parseCsv(formatMetricsCsv([r]))[1] ?? [];
    expect([csv[7], csv[METRICS_CSV_COLUMNS.indexOf("reason")], csv[METRICS_CSV_COLUMNS.indexOf("suppressed")]]).toEqual(["x", "no-population", "true"]);
    // Suppressed and nothing else: c.
    expect(missingSymbol({ ...figure("activity.referrals", "unavailable", { reason: "suppressed" }), suppressed: true })).toBe("c");
  });
});

describe("formatMetricsWideCsv", () => {
  it("gives a row per figure and, per period, a column of numbers only and one of statuses", () => {
    // Periods oldest first whatever their order; a status only where a value is missing or qualified.
    const rows = parseCsv(formatMetricsWideCsv([r2025, r2024]));
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(header).toEqual(["metric_id", "family", "label", "unit", "counting_unit", "value_2023-24", "status_2023-24", "value_2024-25", "status_2024-25"]);
    expect(body.length).toBeGreaterThan(50);
    const statuses = new Set<string>();
    for (const row of body) {
      const id = row[0] as string;
      for (const [col, r] of [[5, r2024], [7, r2025]] as const) {
        const value = row[col] as string;
        const status = row[col + 1] as string;
        statuses.add(status);
        const m = findMetric(r, id);
        // A number exactly as the JSON has it, or empty with a status saying why.
        if (value === "") expect(["c", "x", "z"]).toContain(status);
        else {
          expect(Number(value)).toBe(m?.value);
          expect(["", "incomplete-history"]).toContain(status);
        }
        if (m !== undefined) expect(status === "" || status === "incomplete-history" ? undefined : status).toBe(missingSymbol(m));
      }
    }
    expect(statuses).toContain("c");
    expect(statuses).toContain("z");
    expect(statuses).toContain("");
    const referrals = body.find((b) => b[0] === "activity.referrals");
    expect([referrals?.[5], referrals?.[7]]).toEqual([String(r2024.metrics["activity.referrals"]?.value), String(r2025.metrics["activity.referrals"]?.value)]);
  });

  it("names a period that is not a collection year by its dates, and says x for a figure a period lacks", () => {
    const odd = computeCoreDataSet(records, { period: { start: "2024-10-01", end: "2025-09-30" }, snapshot: "2025-03-31" });
    const [header] = parseCsv(formatMetricsWideCsv([odd]));
    expect(header?.slice(5)).toEqual(["value_2024-10-01_2025-09-30", "status_2024-10-01_2025-09-30"]);
    const row = parseCsv(formatMetricsWideCsv([bare])).find((b) => b[0] === "activity.referral-rate");
    expect(row?.slice(5)).toEqual(["", "x"]);
  });
});

