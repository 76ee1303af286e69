import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { AuditRecordSchema, BUILT_IN_AUDIT_TOOLS, type AuditRecord } from "../../src/audit";
import { auditActivity, bottomLinesMet, caseFlags, computePracticeMetrics, networkInformed } from "../../src/practice";
import { adjustments } from "../audit/fixtures";
import { asOf, cases, closed, onPlan } from "./fixtures";

const audit = (id: string, date: string, toolId: string, json: Record<string, unknown> = {}): AuditRecord =>
  AuditRecordSchema.parse({ id, toolId, toolVersion: 1, caseFileId: "case-amy-ben", date, auditorIds: ["tm-jane"], mode: { kind: "file" }, answers: [], adjustments: [], ...json });

const audits: readonly AuditRecord[] = [
  audit("a-1", "2025-05-02", "mapping-audit", { mode: { kind: "collaborative", with: ["worker", "family"] }, answers: [{ criterionId: "map-2", value: 6 }], adjustments }),
  audit("a-2", "2025-05-20", "mapping-audit", { answers: [{ criterionId: "map-2", value: 9 }, { criterionId: "map-1", value: "partly" }] }),
  audit("a-3", "2025-05-21", "safety-planning-audit", { mode: { kind: "collaborative", with: ["manager"] } }),
  audit("a-4", "2025-07-01", "safety-planning-audit"),
];
const period = { start: "2025-04-01", end: "2025-06-30" } as { start: typeof asOf; end: typeof asOf };

describe("practice metrics", () => {
  it("practice.case-flags: % of open cases with each dashboard flag", () => {
    // #region case-flags
    const flags = caseFlags(cases, { snapshot: asOf });
    flags.value; // 60: 3 of 5 open cases have all five flags
    flags.breakdown?.["safety-plan"]?.value; // 60
    // #endregion case-flags
    expect(flags).toMatchObject({ id: "practice.case-flags", unit: "percent", countingUnit: "cases", value: 60, numerator: 3, denominator: 5, suppressed: false });
    expect(Object.fromEntries(Object.entries(flags.breakdown ?? {}).map(([k, v]) => [k, v.numerator]))).toEqual({ map: 4, "danger-statements": 4, "child-voice": 4, network: 4, "safety-plan": 3 });
    const withTimelines = caseFlags([{ caseFile: cases[0]!, timelines: [onPlan] }, { caseFile: cases[4]!, timelines: [closed] }], { snapshot: asOf });
    expect(withTimelines).toMatchObject({ value: 100, numerator: 1, denominator: 1, notes: ["1 case(s) not open at 2025-06-01 excluded."] });
  });

  it("practice.network-informed: % of open cases with a network whose members were all told", () => {
    // #region network-informed
    const informed = networkInformed(cases, { snapshot: asOf });
    informed.value; // 75: 3 of the 4 cases with a network
    // #endregion network-informed
    expect(informed).toMatchObject({ value: 75, numerator: 3, denominator: 4, notes: ["1 open case(s) without a current map or network members excluded."] });
  });

  it("practice.bottom-lines-met: % of open cases with a plan that meets every bottom line", () => {
    // #region bottom-lines-met
    const met = bottomLinesMet(cases, { snapshot: asOf });
    met.value; // 33.3…: 1 of 3 cases with a plan
    met.breakdown?.["unmet"]?.numerator; // 2
    // #endregion bottom-lines-met
    expect(met).toMatchObject({ numerator: 1, denominator: 3 });
    expect(met.value).toBeCloseTo(100 / 3, 12);
    expect(met.breakdown?.["unmet"]).toMatchObject({ numerator: 2, denominator: 3 });
    expect(met.breakdown?.["cannot-tell"]).toMatchObject({ numerator: 0 });
  });

  it("practice.audits: audits in the period by tool, collaborative share, means and adjusted tools", () => {
    // #region audits
    const activity = auditActivity(audits, BUILT_IN_AUDIT_TOOLS, { period });
    activity.value; // 3: a-4 is after the period
    activity.breakdown?.["mapping-audit"]?.breakdown?.["criterion/map-2"]?.value; // 7.5
    activity.breakdown?.["mapping-audit"]?.breakdown?.["adjusted"]?.value; // 1
    // #endregion audits
    expect(activity).toMatchObject({ id: "practice.audits", unit: "count", countingUnit: "audits", value: 3, notes: ["1 audit(s) dated outside the period excluded."] });
    expect(activity.breakdown?.["collaborative"]).toMatchObject({ numerator: 2, denominator: 3 });
    const mapping = activity.breakdown?.["mapping-audit"];
    expect(mapping).toMatchObject({ id: "practice.audits/mapping-audit", value: 2 });
    expect(mapping?.breakdown?.["criterion/map-2"]).toMatchObject({ unit: "ratio", value: 7.5, numerator: 15, denominator: 2 });
    expect(mapping?.breakdown?.["criterion/map-1"]).toMatchObject({ value: 5, numerator: 5, denominator: 1 });
    expect(mapping?.breakdown?.["criterion/map-culture"]).toMatchObject({ value: null, denominator: 0 });
    expect(activity.breakdown?.["safety-planning-audit"]?.breakdown?.["collaborative"]).toMatchObject({ value: 100 });
    expect(() => auditActivity(audits, BUILT_IN_AUDIT_TOOLS, { period: { start: period.end, end: period.start } })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  it("computes the family together, with disclosure control", () => {
    // #region compute
    const metrics = computePracticeMetrics(cases, { snapshot: asOf, suppress: { threshold: 6 }, audits: { records: audits, tools: BUILT_IN_AUDIT_TOOLS, period } });
    metrics["practice.case-flags"]?.value; // null: 3 of 5 are small counts
    metrics["practice.case-flags"]?.suppressed; // true
    // #endregion compute
    expect(Object.keys(metrics)).toEqual(["practice.case-flags", "practice.network-informed", "practice.bottom-lines-met", "practice.audits"]);
    for (const m of Object.values(metrics)) expect(m.value).toBeNull();
    expect(metrics["practice.audits"]?.suppressed).toBe(true);
    expect(Object.keys(computePracticeMetrics(cases, { snapshot: asOf }))).toHaveLength(3);
  });

  describe("properties", () => {
    test.prop([fc.subarray([...cases.keys()])], { numRuns: 15 })("each flag's share is between the all-flags share and 100", (picked) => {
      const flags = caseFlags(picked.map((i) => cases[i]!), { snapshot: asOf });
      expect(flags.denominator).toBe(picked.length);
      for (const b of Object.values(flags.breakdown ?? {})) expect((b.numerator ?? 0) >= (flags.numerator ?? 0) && (b.numerator ?? 0) <= picked.length).toBe(true);
    });
  });
});
