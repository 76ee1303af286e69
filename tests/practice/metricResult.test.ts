import { describe, expect, it } from "vitest";
import { AuditRecordSchema, BUILT_IN_AUDIT_TOOLS } from "../../src/audit";
import { computeCoreDataSet, type MetricResult } from "../../src/metrics";
import { auditActivity, caseFlags, computePracticeMetrics, networkInformed } from "../../src/practice";
import { scalingTrajectory, timeWithFamilies } from "../../src/research";
import { asOf, cases } from "./fixtures";

// One result type: the core data set, practice and research metrics all return a MetricResult,
// with its status.

/** Every figure of a result and its breakdown. */
function figures(r: MetricResult): MetricResult[] {
  return [r, ...Object.values(r.breakdown ?? {}).flatMap(figures)];
}

describe("MetricResult, shared by every metric", () => {
  it("is what the core data set, practice and research metrics return", () => {
    // #region one-result-type
    const shown = (r: MetricResult): string => `${r.label}: ${r.status === "available" ? String(r.value) : `unavailable (${r.unavailable?.reason ?? "?"})`}`;
    const core = computeCoreDataSet([], { period: { year: 2025 } }).metrics["activity.nfa-rate"];
    shown(core!); // "Referrals resulting in no further action: unavailable (no-denominator)"
    shown(caseFlags(cases, { snapshot: asOf })); // "Open cases with all five dashboard flags: 60"
    shown(timeWithFamilies([])); // "...: unavailable (no-denominator)": no minutes recorded
    // #endregion one-result-type
    expect(shown(core!)).toBe("Referrals resulting in no further action: unavailable (no-denominator)");
    expect(shown(caseFlags(cases, { snapshot: asOf }))).toBe("Open cases with all five dashboard flags: 60");
    expect(shown(timeWithFamilies([]))).toMatch(/: unavailable \(no-denominator\)$/);
  });

  it("gives every practice figure a status: unavailable with no denominator, available otherwise", () => {
    const none = networkInformed([], { snapshot: asOf });
    expect(none).toMatchObject({ value: null, denominator: 0, status: "unavailable", unavailable: { reason: "no-denominator" } });
    const flags = caseFlags(cases, { snapshot: asOf });
    for (const f of figures(flags)) expect(f.status, f.id).toBe(f.value === null ? "unavailable" : "available");
    const audit = AuditRecordSchema.parse({ id: "a-1", toolId: "mapping-audit", toolVersion: 1, caseFileId: "case-amy-ben", date: "2025-05-02", auditorIds: ["tm-jane"], mode: { kind: "file" }, answers: [], adjustments: [] });
    const audits = auditActivity([audit], BUILT_IN_AUDIT_TOOLS, { period: { start: "2025-04-01", end: "2025-06-30" } as never });
    const criteria = figures(audits).filter((f) => f.id.includes("/criterion/"));
    expect(criteria.length).toBeGreaterThan(0);
    for (const f of criteria) expect(f).toMatchObject({ value: null, denominator: 0, status: "unavailable", unavailable: { reason: "no-denominator" } });
  });

  it("marks a suppressed practice figure unavailable, as the core data set does", () => {
    const metrics = computePracticeMetrics(cases, { snapshot: asOf, suppress: { threshold: 6 } });
    expect(metrics["practice.case-flags"]).toMatchObject({ value: null, suppressed: true, status: "unavailable", unavailable: { reason: "suppressed" } });
  });

  it("gives research figures a status too", () => {
    expect(scalingTrajectory([])).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-denominator" } });
    expect(scalingTrajectory([]).breakdown?.["improved"]).toMatchObject({ value: 0, status: "available" });
  });
});
