import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { applyToolAdjustments, AuditRecordSchema, AuditToolSchema, MAPPING_AUDIT_TOOL, ToolAdjustmentSchema } from "../../src/audit";
import { adjustments, deepFreeze } from "./fixtures";

describe("applyToolAdjustments", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const used = applyToolAdjustments(MAPPING_AUDIT_TOOL, adjustments);
    used.sections[0]?.criteria.map((c) => c.id); // ["map-1", "map-culture"]
    used.sections.flatMap((s) => s.criteria).length; // 10: one added, one removed
    // #endregion docs-example
    expect(used.sections[0]?.criteria.map((c) => c.id)).toEqual(["map-1", "map-culture"]);
    expect(used.sections.flatMap((s) => s.criteria.map((c) => c.id))).toEqual(["map-1", "map-culture", "map-2", "map-3", "map-4", "map-5", "map-6", "map-7", "map-8", "map-9"]);
    expect(used.sections[1]?.criteria[1]?.text).toMatch(/family's words/);
    expect({ id: used.id, version: used.version }).toEqual({ id: "mapping-audit", version: 1 });
  });

  it("round-trips: the built-in tool plus the adjustments stored with a record give the tool used", () => {
    const used = applyToolAdjustments(MAPPING_AUDIT_TOOL, adjustments);
    const record = AuditRecordSchema.parse({
      id: "audit-1", toolId: "mapping-audit", toolVersion: 1, caseFileId: "case-amy-ben", date: "2025-06-02", auditorIds: ["tm-jane"],
      mode: { kind: "collaborative", with: ["worker", "family"] }, answers: [{ criterionId: "map-culture", value: "yes" }], adjustments,
    });
    const stored = AuditRecordSchema.parse(JSON.parse(JSON.stringify(record)));
    expect(stored).toEqual(record);
    const rebuilt = applyToolAdjustments(MAPPING_AUDIT_TOOL, stored.adjustments);
    expect(rebuilt).toEqual(used);
    expect(AuditToolSchema.parse(JSON.parse(JSON.stringify(rebuilt)))).toEqual(used);
  });

  it("returns the same tool when there is nothing to apply, and does not mutate its inputs", () => {
    expect(applyToolAdjustments(MAPPING_AUDIT_TOOL, [])).toBe(MAPPING_AUDIT_TOOL);
    const frozen = deepFreeze(structuredClone(MAPPING_AUDIT_TOOL));
    const before = JSON.stringify(frozen);
    applyToolAdjustments(frozen, adjustments);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it("adds and removes sections", () => {
    const used = applyToolAdjustments(MAPPING_AUDIT_TOOL, [
      ToolAdjustmentSchema.parse({ type: "add-section", index: 0, section: { id: "timeliness", title: "Timeliness", criteria: [] } }),
      ToolAdjustmentSchema.parse({ type: "remove-section", sectionId: "working-well" }),
    ]);
    expect(used.sections.map((s) => s.id)).toEqual(["timeliness", "map-record", "worries", "needs-to-happen"]);
  });

  it("throws not-found and duplicate-id for adjustments that do not fit the tool", () => {
    const codeOf = (a: unknown): unknown => {
      try {
        applyToolAdjustments(MAPPING_AUDIT_TOOL, [ToolAdjustmentSchema.parse(a)]);
      } catch (e) {
        return (e as { code: string }).code;
      }
      return "no error";
    };
    expect(codeOf({ type: "remove-criterion", criterionId: "nope" })).toBe("not-found");
    expect(codeOf({ type: "remove-section", sectionId: "nope" })).toBe("not-found");
    expect(codeOf({ type: "add-criterion", sectionId: "nope", criterion: { id: "x", text: "x", guidance: "x", scale: { kind: "presence" } } })).toBe("not-found");
    expect(codeOf({ type: "add-criterion", sectionId: "worries", criterion: { id: "map-1", text: "x", guidance: "x", scale: { kind: "presence" } } })).toBe("duplicate-id");
    expect(codeOf({ type: "replace-criterion", criterion: { id: "nope", text: "x", guidance: "x", scale: { kind: "presence" } } })).toBe("not-found");
    expect(codeOf({ type: "add-section", section: { id: "worries", title: "x", criteria: [] } })).toBe("duplicate-id");
  });

  describe("properties", () => {
    const ids = MAPPING_AUDIT_TOOL.sections.flatMap((s) => s.criteria.map((c) => c.id as string));
    test.prop([fc.subarray(ids)])("removing criteria leaves the others in order", (removed) => {
      const used = applyToolAdjustments(MAPPING_AUDIT_TOOL, removed.map((criterionId) => ToolAdjustmentSchema.parse({ type: "remove-criterion", criterionId })));
      expect(used.sections.flatMap((s) => s.criteria.map((c) => c.id as string))).toEqual(ids.filter((id) => !removed.includes(id)));
    });
  });
});
