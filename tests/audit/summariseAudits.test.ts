import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { AUDIT_PARTICIPANTS, AuditRecordSchema, BUILT_IN_AUDIT_TOOLS, MAPPING_AUDIT_TOOL, summariseAudits, type AuditRecord, type CriterionSummary } from "../../src/audit";
import { adjustments, deepFreeze } from "./fixtures";

const record = (json: Record<string, unknown>): AuditRecord =>
  AuditRecordSchema.parse({ caseFileId: "case-amy-ben", date: "2025-06-02", auditorIds: ["tm-jane"], adjustments: [], ...json });

/** Four audits of a trial: two with each tool; one mapping audit with the adjusted tool. */
const audits: readonly AuditRecord[] = deepFreeze([
  record({
    id: "a-1", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "collaborative", with: ["worker", "family"] }, adjustments,
    answers: [{ criterionId: "map-1", value: "yes" }, { criterionId: "map-2", value: 6, comment: "Dates missing" }, { criterionId: "map-culture", value: "partly" }],
  }),
  record({ id: "a-2", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "file" }, answers: [{ criterionId: "map-1", value: "partly" }, { criterionId: "map-2", value: 8 }, { criterionId: "map-10", value: "not-applicable" }] }),
  record({ id: "a-3", toolId: "safety-planning-audit", toolVersion: 1, mode: { kind: "collaborative", with: ["manager", "partner", "worker"] }, answers: [{ criterionId: "plan-2", value: 9 }] }),
  record({ id: "a-4", toolId: "safety-planning-audit", toolVersion: 1, mode: { kind: "file" }, answers: [{ criterionId: "plan-2", value: 5 }, { criterionId: "plan-1", value: "no" }] }),
]);

describe("summariseAudits", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const summary = summariseAudits(audits, BUILT_IN_AUDIT_TOOLS);
    summary.audits; // 4
    const mapping = summary.byTool[0];
    mapping?.collaborative; // 1, with the worker and the family
    mapping?.criteria.find((c) => c.criterionId === "map-2")?.mean; // 7: (6 + 8) / 2
    mapping?.adjustments.map((a) => `${a.type} ${a.target} x${String(a.count)}`); // ["add-criterion map-culture x1", "remove-criterion map-10 x1", "replace-criterion map-3 x1"]
    // #endregion docs-example
    expect(summary).toMatchObject({ audits: 4, collaborative: 2, file: 2 });
    expect(mapping).toMatchObject({ toolId: "mapping-audit", versions: [1], audits: 2, collaborative: 1, file: 1, with: { worker: 1, family: 1, manager: 0, partner: 0 }, adjustedAudits: 1 });
    expect(mapping?.adjustments.map((a) => `${a.type} ${a.target} x${String(a.count)}`)).toEqual(["add-criterion map-culture x1", "remove-criterion map-10 x1", "replace-criterion map-3 x1"]);
    const byId = (id: string): CriterionSummary | undefined => mapping?.criteria.find((c) => c.criterionId === id);
    expect(byId("map-1")).toMatchObject({ audits: 2, answered: 2, mean: 7.5, distribution: { yes: 1, partly: 1 }, added: false });
    expect(byId("map-2")).toMatchObject({ audits: 2, answered: 2, mean: 7, distribution: { "6": 1, "8": 1 } });
    expect(byId("map-10")).toMatchObject({ audits: 1, answered: 0, notApplicable: 1, unanswered: 0, mean: null });
    expect(byId("map-culture")).toMatchObject({ audits: 1, answered: 1, mean: 5, added: true });
    expect(byId("map-5")).toMatchObject({ audits: 2, answered: 0, unanswered: 2, mean: null, distribution: {} });
    expect(mapping?.criteria.map((c) => c.criterionId).at(-1)).toBe("map-culture");
    const planning = summary.byTool[1];
    expect(planning).toMatchObject({ audits: 2, collaborative: 1, file: 1, with: { worker: 1, family: 0, manager: 1, partner: 1 }, adjustedAudits: 0, adjustments: [] });
    expect(planning?.criteria.find((c) => c.criterionId === "plan-2")?.mean).toBe(7);
    expect(planning?.criteria.find((c) => c.criterionId === "plan-1")?.mean).toBe(0);
  });

  it("keeps each audit's summary, word for word, oldest first", () => {
    // #region summaries
    const feedback = "Kerry said the audit helped her see what the network still needs to know; Lee wants the story to use the children's words.";
    const withSummaries = [
      record({ id: "a-6", date: "2025-07-01", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "file" }, answers: [], summary: "Harm dates missing; worker to add." }),
      record({ id: "a-5", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "collaborative", with: ["family", "worker"] }, answers: [], summary: feedback }),
      record({ id: "a-7", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "file" }, answers: [] }),
    ];
    const notes = summariseAudits(withSummaries, BUILT_IN_AUDIT_TOOLS).byTool[0]?.summaries;
    // [{ auditId: "a-5", date: "2025-06-02", mode: "collaborative", with: ["family", "worker"], summary: feedback, … }, { auditId: "a-6", … }]
    // #endregion summaries
    expect(notes).toEqual([
      { auditId: "a-5", caseFileId: "case-amy-ben", date: "2025-06-02", mode: "collaborative", with: ["family", "worker"], summary: feedback },
      { auditId: "a-6", caseFileId: "case-amy-ben", date: "2025-07-01", mode: "file", with: [], summary: "Harm dates missing; worker to add." },
    ]);
    expect(summariseAudits(audits, BUILT_IN_AUDIT_TOOLS).byTool.map((t) => t.summaries)).toEqual([[], []]);
  });

  it("lists only the tools audited, in the order given", () => {
    expect(summariseAudits(audits.slice(2), BUILT_IN_AUDIT_TOOLS).byTool.map((t) => t.toolId)).toEqual(["safety-planning-audit"]);
    expect(summariseAudits([], BUILT_IN_AUDIT_TOOLS)).toEqual({ audits: 0, collaborative: 0, file: 0, byTool: [] });
  });

  it("throws for an unknown tool, an answer to a criterion the tool used does not have, or a value off its scale", () => {
    expect(() => summariseAudits(audits, [MAPPING_AUDIT_TOOL])).toThrow(expect.objectContaining({ code: "not-found" }) as Error);
    const removed = record({ id: "x", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "file" }, adjustments, answers: [{ criterionId: "map-10", value: "yes" }] });
    expect(() => summariseAudits([removed], BUILT_IN_AUDIT_TOOLS)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    const offScale = record({ id: "y", toolId: "mapping-audit", toolVersion: 1, mode: { kind: "file" }, answers: [{ criterionId: "map-1", value: 7 }] });
    expect(() => summariseAudits([offScale], BUILT_IN_AUDIT_TOOLS)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  describe("properties", () => {
    const criteria = MAPPING_AUDIT_TOOL.sections.flatMap((s) => s.criteria);
    const answer = (c: (typeof criteria)[number]): fc.Arbitrary<{ criterionId: string; value: number | string }> =>
      (c.scale.kind === "presence" ? fc.constantFrom("yes", "partly", "no", "not-applicable") : fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant("not-applicable"))).map((value) => ({ criterionId: c.id, value }));
    const arbAudit = fc.record({
      mode: fc.oneof(fc.constant({ kind: "file" }), fc.subarray([...AUDIT_PARTICIPANTS], { minLength: 1 }).map((w) => ({ kind: "collaborative", with: w }))),
      answers: fc.subarray(criteria).chain((cs): fc.Arbitrary<{ criterionId: string; value: number | string }[]> => (cs.length === 0 ? fc.constant([]) : fc.tuple(...cs.map(answer)))),
    });
    test.prop([fc.array(arbAudit, { maxLength: 12 })])("counts add up: collaborative + file = total; each criterion's answers add up", (generated) => {
      const records = generated.map((g, i) => record({ id: `a-${String(i)}`, toolId: "mapping-audit", toolVersion: 1, ...g }));
      const summary = summariseAudits(records, BUILT_IN_AUDIT_TOOLS);
      expect(summary.collaborative + summary.file).toBe(summary.audits);
      expect(summary.byTool.reduce((n, t) => n + t.audits, 0)).toBe(records.length);
      for (const t of summary.byTool) {
        expect(t.collaborative + t.file).toBe(t.audits);
        for (const p of AUDIT_PARTICIPANTS) expect(t.with[p]).toBeLessThanOrEqual(t.collaborative);
        for (const c of t.criteria) {
          expect(c.answered + c.notApplicable + c.unanswered).toBe(c.audits);
          expect(Object.values(c.distribution).reduce((a, b) => a + b, 0)).toBe(c.answered + c.notApplicable);
          if (c.mean !== null) expect(c.mean >= 0 && c.mean <= 10).toBe(true);
        }
      }
    });
  });
});
