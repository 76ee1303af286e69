import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { METRIC_DEFINITIONS } from "../../src/cli/report/definitions";
import { computeCoreDataSet, METRIC_CATALOGUE, METRIC_IDS, type MetricId } from "../../src/metrics";
import { buildMetrics } from "../../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../../src/metrics/internal/engine";
import { addToHistogram } from "../../src/metrics/internal/Histogram";
import { C, H } from "../../src/metrics/internal/layout";
import { METRIC_TABLE } from "../../src/metrics/internal/table";
import { familyTable, renderMetricCatalogue } from "../../scripts/metricCatalogue";
import { child, cpPlan, episode } from "./fixtures";

// The metric table: one definition object per metric (id, label, definition with its DfE source,
// needs, builder), from which the catalogue, the results, the report's definitions and the
// catalogue tables of docs/metrics.md come.

const ROOT = resolve(import.meta.dirname, "../..");

describe("the metric table", () => {
  it("gives the public catalogue, with each metric's definition and its DfE source", () => {
    // #region catalogue
    const m = METRIC_CATALOGUE.find((d) => d.id === "activity.re-referral-rate");
    m?.label; // "Re-referrals within 12 months"
    m?.source; // 'C1 "re-referrals within 12 months".'
    m?.needs.historyMonths; // 12: the definition looks back a year before the period
    // #endregion catalogue
    expect(m?.label).toBe("Re-referrals within 12 months");
    expect(m?.source).toBe('C1 "re-referrals within 12 months".');
    expect(m?.needs.historyMonths).toBe(12);
    expect(m?.definition).toMatch(/counted forward from the previous one/);
  });

  it("holds every metric once, in catalogue order, with every text filled in", () => {
    expect(METRIC_TABLE.map((m) => m.id)).toEqual(METRIC_IDS);
    expect(new Set(METRIC_IDS).size).toBe(METRIC_IDS.length);
    expect(METRIC_CATALOGUE.map((m) => m.id)).toEqual(METRIC_IDS);
    for (const m of METRIC_CATALOGUE) {
      for (const text of [m.label, m.definition, m.rule, m.source, m.differences]) expect(text.trim().length, m.id).toBeGreaterThan(0);
      // the care leavers' measures are in the looked-after family, as DfE publishes them in its looked-after release
      expect(m.id.startsWith(`${m.family}.`) || (m.family === "lac" && m.id.startsWith("care-leavers.")), m.id).toBe(true);
      // the public catalogue carries no builder
      expect(Object.keys(m)).not.toContain("build");
    }
  });

  it("is where the report's definitions come from", () => {
    for (const m of METRIC_CATALOGUE) expect(METRIC_DEFINITIONS[m.id]).toBe(m.definition);
    expect(Object.keys(METRIC_DEFINITIONS)).toEqual(METRIC_IDS);
  });

  it("builds a figure from the counters alone (any kernel that fills the layout gives the same figures)", () => {
    const config = resolveConfig({ period: { year: 2025 }, metrics: ["activity.referrals", "timeliness.assessment-duration", "activity.nfa-rate"] });
    const c = new Float64Array(createEngineState(config).c.length);
    c[C.REF] = 7;
    c[C.REF_CH] = 5;
    c[C.NFA] = 2;
    const h = createEngineState(config).h;
    for (const d of [10, 20, 30]) addToHistogram(h[H.ASM]!, d);
    const out = buildMetrics({ config, c, h });
    expect(Object.keys(out)).toEqual(["activity.referrals", "activity.nfa-rate", "timeliness.assessment-duration"]);
    expect(out["activity.referrals"]).toMatchObject({ value: 7, breakdown: { children: { value: 5 } } });
    expect(out["activity.nfa-rate"]).toMatchObject({ value: (2 * 100) / 7, numerator: 2, denominator: 7 });
    expect(out["timeliness.assessment-duration"]).toMatchObject({ value: 20, denominator: 3 });
  });

  const records = [
    child("c-1", { cinEpisodes: [episode("e-1", "2024-06-03", { referralSource: "2A" }), episode("e-2", "2025-01-06", { referralNfa: true })] }),
    child("c-2", { cinEpisodes: [episode("e-1", "2024-09-02", { cpPlans: [cpPlan("p-1", "2024-09-20", "2025-02-01")] })] }),
    child("c-3", { cinEpisodes: [episode("e-1", "2023-05-02"), episode("e-2", "2024-05-01", { referralSource: "6" })] }),
  ];
  const options = { period: { year: 2025 }, population: { children0to17: 20_000, vintage: "ONS mid-2024" } } as const;
  const all = computeCoreDataSet(records, options);

  test.prop([fc.subarray([...METRIC_IDS], { minLength: 1 })], { numRuns: 40 })("law: a metric's figure does not depend on which other metrics are computed", (ids: MetricId[]) => {
    const some = computeCoreDataSet(records, { ...options, metrics: ids });
    expect(Object.keys(some.metrics)).toEqual(METRIC_IDS.filter((id) => ids.includes(id)));
    for (const id of ids) expect(some.metrics[id]).toEqual(all.metrics[id]);
  });
});

describe("the catalogue tables of docs/metrics.md", () => {
  const page = readFileSync(resolve(ROOT, "docs/metrics.md"), "utf8");

  it("are the tables the metric table gives (run `npm run docs:metrics` after changing an entry)", () => {
    expect(renderMetricCatalogue(page)).toBe(page);
  });

  it("hold every metric's rule, DfE measure and differences, and change when an entry does", () => {
    for (const m of METRIC_CATALOGUE) expect(page).toContain(`| \`${m.id}\` | ${m.rule} | ${m.source} | ${m.differences} |`);
    const stale = page.replace("| C1 NFA %. |", "| C1. |");
    expect(stale).not.toBe(page);
    expect(renderMetricCatalogue(stale)).toBe(page);
    expect(familyTable("activity").split("\n")).toHaveLength(2 + METRIC_CATALOGUE.filter((m) => m.family === "activity").length);
  });

  it("refuses a page without a family's block", () => {
    expect(() => renderMetricCatalogue(page.replace("<!-- catalogue:workforce -->", ""))).toThrow(/catalogue:workforce/);
  });
});
