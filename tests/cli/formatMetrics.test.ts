import { describe, expect, it } from "vitest";
import { findMetric, formatMetricsCsv, formatMetricsTable, formatValue, missingSymbol } from "../../src/cli/formatMetrics";
import { parseCsv } from "../../src/cli/csv";
import { computeCoreDataSet, type CoreDataSetResult } from "../../src/metrics";
import { generateSyntheticAuthority } from "../../src/synthetic";

const records = generateSyntheticAuthority({ seed: 3, children0to17: 4000, years: 2 });
const population = { children0to17: 4000, vintage: "synthetic" };
const r2024 = computeCoreDataSet(records, { period: { year: 2024 }, population, suppress: { threshold: 6 } });
const r2025 = computeCoreDataSet(records, { period: { year: 2025 }, population, suppress: { threshold: 6 } });
const bare = computeCoreDataSet(records, { period: { year: 2025 } });

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
    expect(header).toEqual(["period_start", "period_end", "snapshot", "metric_id", "family", "label", "unit", "value", "numerator", "denominator", "counting_unit", "suppressed", "notes"]);
    const reReferral = body.find((r) => r[0] === "2024-04-01" && r[3] === "activity.re-referral-rate");
    expect(Number(reReferral?.[7])).toBe(r2025.metrics["activity.re-referral-rate"]?.value);
    expect(body.some((r) => r[7] === "c" && r[11] === "true")).toBe(true);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(["2023-04-01", "2024-04-01"]));
  });
});
