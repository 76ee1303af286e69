import { produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import type { SafetyHouseRecord } from "./ChildVoiceRecord";

/**
 * Sets or clears the path position of a draft Safety House record.
 *
 * @param draft - A draft of a Safety House record.
 * @param position - A whole number from 0 to 10, or `undefined` to clear it.
 * @throws {@link KinsafeError} with code `invalid-argument` when the position is out of range or the record is not a Safety House.
 *
 * @example
 * {@includeCode ../../tests/child-voice/setSafetyHousePathPosition.test.ts#recipe}
 *
 * @internal Shared by {@link setSafetyHousePathPosition} and audited changes.
 */
export function setSafetyHousePathPositionRecipe(draft: Draft<SafetyHouseRecord>, position: number | undefined): void {
  if (draft.tool !== "safety-house") throw new KinsafeError("invalid-argument", `A ${String(draft.tool)} record has no path position.`);
  if (position === undefined) {
    delete draft.pathPosition;
    return;
  }
  if (!Number.isInteger(position) || position < 0 || position > 10) {
    throw new KinsafeError("invalid-argument", `A path position is a whole number from 0 to 10; got ${String(position)}.`);
  }
  draft.pathPosition = position;
}

/**
 * Records where the child placed themself on the path to their Safety House.
 *
 * The path is the child's own scaling of their safety (domain specification 4.3 and 1.10;
 * Sonja Parker's Safety House): 0 is far from the house, not safe at all; 10 is inside the
 * house, completely safe. Pass `undefined` to clear a position recorded by mistake. Use
 * {@link safetyHouseJudgement} to put the position on the assessment map's scale.
 *
 * @param record - A Safety House record.
 * @param position - A whole number from 0 to 10, or `undefined` to clear it.
 * @returns A new record with the position, or `record` itself when it is unchanged.
 * @throws {@link KinsafeError} with code `invalid-argument` when `position` is not a whole number from 0 to 10, or the record is not a Safety House.
 *
 * @example
 * {@includeCode ../../tests/child-voice/setSafetyHousePathPosition.test.ts#docs-example}
 *
 * @category Child voice
 */
export function setSafetyHousePathPosition(record: SafetyHouseRecord, position: number | undefined): SafetyHouseRecord {
  return produce(record, (draft) => {
    setSafetyHousePathPositionRecipe(draft, position);
  });
}
