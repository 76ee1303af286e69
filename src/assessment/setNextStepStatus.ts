import { parseWith } from "../core";
import { NextStepStatusSchema, type AssessmentMap, type NextStepStatus } from "./AssessmentMap";
import { indexOrThrow, produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link setNextStepStatus} and {@link applyAssessmentMapChange}. */
export function setNextStepStatusRecipe(draft: MapDraft, nextStepId: string, status: NextStepStatus): void {
  const step = draft.nextSteps[indexOrThrow(draft, "nextSteps", nextStepId)];
  const checked = parseWith(NextStepStatusSchema, status, "next step status");
  if (step !== undefined) step.status = checked;
}

/**
 * Sets the status of a next step: planned, in progress, done, not done or cancelled.
 *
 * At each review ask where everyone is and whether the steps happened; a step that did not
 * happen is recorded as `not-done` rather than removed. Setting the status a step already has
 * returns the same map.
 *
 * @param map - The map.
 * @param nextStepId - The next step.
 * @param status - Its new status.
 * @returns A new map with the status set, or `map` itself when it was already set.
 * @throws {@link KinsafeError} with code `not-found` when the map has no next step with that id, or `invalid-input` when `status` is not a status.
 *
 * @example
 * {@includeCode ../../tests/assessment/setNextStepStatus.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function setNextStepStatus(map: AssessmentMap, nextStepId: string, status: NextStepStatus): AssessmentMap {
  return produceMap(map, (draft) => {
    setNextStepStatusRecipe(draft, nextStepId, status);
  });
}
