import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { AuditRecordSchema, BUILT_IN_AUDIT_TOOLS } from "../../src/audit";
import type { IsoDate } from "../../src/core";
import type { MetricResult } from "../../src/metrics";
import { SECONDARY_NOTE } from "../../src/metrics/disclosureControl";
import { applyDisclosureControl, auditActivity, type PracticeMetricResult } from "../../src/practice";
import { PRACTICE_ADDITIVITY } from "../../src/practice/applyDisclosureControl";
import { imbalances, recoverable } from "../metrics/disclosureCheck";

const base = { label: "x", notes: [], suppressed: false } as const;

describe("applyDisclosureControl", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const r: PracticeMetricResult = { ...base, id: "practice.network-informed", unit: "percent", value: 75, numerator: 3, denominator: 4, countingUnit: "cases" };
    applyDisclosureControl(r, 6).value; // null: 3 and 4 are below 6
    applyDisclosureControl(r, 3).value; // 75
    // #endregion docs-example
    expect(applyDisclosureControl(r, 6)).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true });
    expect(applyDisclosureControl(r, 3)).toBe(r);
  });

  it("keeps zero, checks only the denominator of a mean, and never suppresses minutes", () => {
    const zero: PracticeMetricResult = { ...base, id: "a", unit: "count", value: 0, numerator: null, denominator: null, countingUnit: "audits" };
    expect(applyDisclosureControl(zero, 6)).toBe(zero);
    const mean: PracticeMetricResult = { ...base, id: "m", unit: "ratio", value: 0.5, numerator: 4, denominator: 8, countingUnit: "audits" };
    expect(applyDisclosureControl(mean, 6)).toBe(mean);
    const minutes: PracticeMetricResult = { ...base, id: "t", unit: "percent", value: 50, numerator: 2, denominator: 4, countingUnit: "minutes" };
    expect(applyDisclosureControl(minutes, 6)).toBe(minutes);
    const nested: PracticeMetricResult = { ...zero, value: 10, breakdown: { small: { ...zero, id: "a/small", value: 2 } } };
    expect(applyDisclosureControl(nested, 6).breakdown?.["small"]).toMatchObject({ value: null, suppressed: true });
    expect(() => applyDisclosureControl(zero, 0)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  test.prop([fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 10 })])("a shown percentage never rests on a small count", (num, den, threshold) => {
    const r = applyDisclosureControl({ ...base, id: "p", unit: "percent", value: den === 0 ? null : (num * 100) / den, numerator: num, denominator: den, countingUnit: "cases" }, threshold);
    if (r.value !== null) expect((num === 0 || num >= threshold) && den >= threshold).toBe(true);
  });
});

describe("applyDisclosureControl: secondary suppression", () => {
  const pct = (id: string, num: number, den: number): PracticeMetricResult => ({ ...base, id, unit: "percent", value: den === 0 ? null : (num * 100) / den, numerator: num, denominator: den, countingUnit: "cases" });

  it("hides a second outcome of practice.bottom-lines-met so that the small one cannot be worked out", () => {
    // met 10 + unmet 3 + cannot tell 8 = 21 cases: without a second suppression, 21 - 10 - 8 = 3
    const r: PracticeMetricResult = { ...pct("practice.bottom-lines-met", 10, 21), breakdown: { unmet: pct("practice.bottom-lines-met/unmet", 3, 21), "cannot-tell": pct("practice.bottom-lines-met/cannot-tell", 8, 21) } };
    const out = applyDisclosureControl(r, 6);
    expect(out.breakdown?.["unmet"]).toMatchObject({ value: null, numerator: null, suppressed: true });
    expect(out.breakdown?.["cannot-tell"]).toMatchObject({ value: null, numerator: null, denominator: 21, suppressed: true, notes: [SECONDARY_NOTE] });
    expect(out).toMatchObject({ value: 10 * 100 / 21, numerator: 10, suppressed: false });
    expect(recoverable(PRACTICE_ADDITIVITY["practice.bottom-lines-met"]!(r), [r], [out])).toEqual([]);
  });

  it("applies the core data set's relations to a core result too, with its status", () => {
    const share = (code: string, n: number): MetricResult => ({ ...base, id: `activity.referral-source/3/${code}`, unit: "percent", value: (n * 100) / 100, numerator: n, denominator: 100, countingUnit: "referrals", status: "available" });
    const health: MetricResult = { ...share("x", 22), id: "activity.referral-source/3", breakdown: { "3A": share("3A", 12), "3B": share("3B", 9), "3C": share("3C", 1) } };
    const r: MetricResult = { ...base, id: "activity.referral-source", unit: "percent", value: null, numerator: null, denominator: 100, countingUnit: "referrals", status: "available", breakdown: { "3": health, "6": { ...share("x", 78), id: "activity.referral-source/6" } } };
    const out = applyDisclosureControl(r, 6);
    expect(out.breakdown?.["3"]?.breakdown?.["3B"]).toMatchObject({ numerator: null, suppressed: true, status: "unavailable", unavailable: { reason: "suppressed" } });
    expect(out.breakdown?.["3"]?.breakdown?.["3A"]).toMatchObject({ numerator: 12, status: "available" });
  });

  const TOOLS = BUILT_IN_AUDIT_TOOLS.map((t) => t.id);
  const arbAudits = fc.array(fc.record({ tool: fc.constantFrom(...TOOLS), collaborative: fc.boolean() }), { maxLength: 40 }).map((xs) =>
    xs.map((x, i) =>
      AuditRecordSchema.parse({
        id: `a-${String(i)}`,
        toolId: x.tool,
        toolVersion: BUILT_IN_AUDIT_TOOLS.find((t) => t.id === x.tool)?.version ?? 1,
        caseFileId: "case-1",
        date: "2025-05-02",
        auditorIds: ["tm-1"],
        mode: x.collaborative ? { kind: "collaborative", with: ["worker"] } : { kind: "file" },
        answers: [],
        adjustments: [],
      }),
    ),
  );

  test.prop([arbAudits, fc.integer({ min: 2, max: 8 })], { numRuns: 60 })("no hidden count of practice.audits (tools by mode, with margins) can be worked out", (audits, threshold) => {
    const period = { start: "2025-04-01", end: "2025-06-30" } as { start: IsoDate; end: IsoDate };
    const before = auditActivity(audits, BUILT_IN_AUDIT_TOOLS, { period });
    const after = auditActivity(audits, BUILT_IN_AUDIT_TOOLS, { period, suppress: { threshold } });
    const relations = PRACTICE_ADDITIVITY["practice.audits"]!(before);
    expect(imbalances(relations, [before])).toEqual([]);
    expect(recoverable(relations, [before], [after])).toEqual([]);
  });
});
