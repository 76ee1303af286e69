import { describe, expect, it } from "vitest";
import { AuditToolSchema, BUILT_IN_AUDIT_TOOLS, MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL } from "../../src/audit";
import { ASSESSMENT_FINDING_CODES } from "../../src/assessment";
import { BOTTOM_LINE_FINDING_CODES } from "../../src/bottom-lines";
import { CHILD_VOICE_FINDING_CODES } from "../../src/child-voice";
import { NETWORK_FINDING_CODES } from "../../src/network";
import { SAFETY_PLAN_FINDING_CODES } from "../../src/safety-plan";

describe("the built-in audit tools", () => {
  it("have the ten default criteria of section 5.3 each, as JSON that parses back the same", () => {
    expect(BUILT_IN_AUDIT_TOOLS.map((t) => t.id)).toEqual(["mapping-audit", "safety-planning-audit"]);
    for (const tool of BUILT_IN_AUDIT_TOOLS) {
      expect(AuditToolSchema.parse(JSON.parse(JSON.stringify(tool)))).toEqual(tool);
      expect(tool.sections.flatMap((s) => s.criteria)).toHaveLength(10);
    }
    expect(MAPPING_AUDIT_TOOL.sections.flatMap((s) => s.criteria.map((c) => c.id))).toEqual(["map-1", "map-2", "map-3", "map-4", "map-5", "map-6", "map-7", "map-8", "map-9", "map-10"]);
    expect(SAFETY_PLANNING_AUDIT_TOOL.sections.flatMap((s) => s.criteria.filter((c) => c.scale.kind === "presence").map((c) => c.id))).toEqual(["plan-1", "plan-6", "plan-10"]);
  });

  it("link every criterion to evidence, and only to finding codes kinsafe's checks return", () => {
    const known = new Set<string>([...ASSESSMENT_FINDING_CODES, ...NETWORK_FINDING_CODES, ...SAFETY_PLAN_FINDING_CODES, ...BOTTOM_LINE_FINDING_CODES, ...CHILD_VOICE_FINDING_CODES]);
    for (const tool of BUILT_IN_AUDIT_TOOLS) {
      for (const c of tool.sections.flatMap((s) => s.criteria)) {
        expect(c.evidence, c.id).toBeDefined();
        for (const f of c.evidence?.findings ?? []) expect(known.has(f.code), `${c.id}: ${f.code}`).toBe(true);
      }
    }
  });

  it("refuse a tool with a repeated criterion id or a 0-10 scale without both end anchors", () => {
    const json = JSON.parse(JSON.stringify(MAPPING_AUDIT_TOOL)) as { sections: { criteria: { id: string; scale: { anchors?: { value: number }[] } }[] }[] };
    json.sections[1]!.criteria[0]!.id = "map-1";
    json.sections[1]!.criteria[1]!.scale.anchors = [{ value: 0, meaning: "none" } as { value: number }, { value: 5, meaning: "some" } as { value: number }];
    const result = AuditToolSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["sections.1.criteria.0.id", "sections.1.criteria.1.scale.anchors"]);
  });
});
