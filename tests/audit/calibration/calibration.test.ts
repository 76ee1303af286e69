import { describe, expect, it } from "vitest";
import { MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL, suggestAuditAnswers, type AuditAnswerValue } from "../../../src/audit";
import { asOf, caseWith } from "../fixtures";
import { CALIBRATION_MAPS } from "./maps";

const suggested = (criterionId: string, change: Parameters<typeof caseWith>[0]): AuditAnswerValue | undefined => {
  const tool = criterionId.startsWith("map-") ? MAPPING_AUDIT_TOOL : SAFETY_PLANNING_AUDIT_TOOL;
  return suggestAuditAnswers(tool, caseWith(change), { asOf }).suggestions.find((s) => s.criterionId === criterionId)?.value;
};

describe("calibration of the audit suggestions (docs/quality-assurance.md)", () => {
  for (const map of CALIBRATION_MAPS) {
    for (const [criterionId, band] of Object.entries(map.expected)) {
      it(`${map.name}: ${criterionId} is in the practice lead's band`, () => {
        const value = suggested(criterionId, map.change);
        if (typeof band[0] === "number") {
          expect(typeof value, `${map.name} ${criterionId}`).toBe("number");
          expect(value as number).toBeGreaterThanOrEqual(band[0]);
          expect(value as number).toBeLessThanOrEqual(band[1] as number);
        } else expect(band).toContain(value);
      });
    }
  }
});
