import { type Draft } from "immer";
import { KinsafeError } from "../core";
export { sameJson, applyChanges, assertDate } from "../core";

// Helpers shared by the network updaters and checks. Internal: not exported from the index.

/**
 * Throws `duplicate-id` when an informing record or a meeting of the network already uses `id`
 * (the two share one id space).
 *
 * @internal
 */
export function assertRecordIdFree(draft: Draft<{ informing: { id: string }[]; meetings: { id: string }[] }>, id: string): void {
  if (draft.informing.some((r) => r.id === id) || draft.meetings.some((m) => m.id === id)) {
    throw new KinsafeError("duplicate-id", `The network already has an informing record or a meeting with the id ${JSON.stringify(id)}.`);
  }
}

// What src/network offers the other folders of src/ and not the package: the immer recipes of
// the updaters, which the audited case-file commands share.
export * from "./recipes";
