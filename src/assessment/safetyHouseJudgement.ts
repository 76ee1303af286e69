import { accept, KinsafeError, refuse, type Checked } from "../core";
import type { MapItemId, ScaleJudgement, ScalePolarity } from "./AssessmentMap";
import type { ChildVoiceFindingCode, SafetyHouseRecord } from "../child-voice";

/**
 * Options of {@link safetyHouseJudgement}.
 *
 * @category Child voice
 */
export interface SafetyHouseJudgementOptions {
  /** The id of the new judgement on the map's scale. */
  readonly id: MapItemId;
  /**
   * The polarity of the scale the judgement goes on. The path reads `safety-high` (10 = safe);
   * on a `risk-high` scale the value is turned round (10 − position). Default `safety-high`.
   */
  readonly polarity?: ScalePolarity;
  /** The child's name as it should be shown with the score. */
  readonly raterName?: string;
  /** Why the child placed themself there, in the child's words. */
  readonly reason?: string;
}

/**
 * Turns the child's place on the path to their Safety House into the child's judgement on a
 * safety scale of the assessment map.
 *
 * Sonja Parker's Safety House uses the path as the child's own scaling of their current safety
 * (domain specification 4.3); the child is one of the people who scale (1.10). The judgement has
 * `raterRole: "child"`, `raterId` the child, `value` the path position and `on` the record's date,
 * so it can be added to the map's overall scale (or a danger statement's scale) beside the
 * adults' scores. The position is refused, not guessed, when it was not recorded.
 *
 * @param record - A Safety House record.
 * @param options - The judgement's id, the scale's polarity, and optional name and reason.
 * @returns The judgement, or a refusal with the finding `child-voice/safety-house-without-path-position` (severity `error`) when the path position is not recorded.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record is not a Safety House.
 *
 * @example
 * {@includeCode ../../tests/child-voice/safetyHouseJudgement.test.ts#docs-example}
 *
 * @category Child voice
 */
export function safetyHouseJudgement(record: SafetyHouseRecord, options: SafetyHouseJudgementOptions): Checked<ScaleJudgement, ChildVoiceFindingCode> {
  const tool: string = record.tool;
  if (tool !== "safety-house") throw new KinsafeError("invalid-argument", `A ${tool} record has no safety path.`);
  const position = record.pathPosition;
  if (position === undefined) {
    return refuse({ code: "child-voice/safety-house-without-path-position", severity: "error", path: ["pathPosition"] });
  }
  const judgement: ScaleJudgement = {
    id: options.id,
    raterId: record.childId,
    ...(options.raterName === undefined ? {} : { raterName: options.raterName }),
    raterRole: "child",
    value: options.polarity === "risk-high" ? 10 - position : position,
    ...(options.reason === undefined ? {} : { reason: options.reason }),
    on: record.date,
  };
  return accept(judgement);
}
