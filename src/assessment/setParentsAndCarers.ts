import { castDraft } from "immer";
import * as z from "zod";
import { MAX_LIST_LENGTH, parseWith, type DeepReadonly } from "../core";
import { ParentOrCarerSchema, type AssessmentMap } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

const ParentsAndCarersSchema = z.array(ParentOrCarerSchema).max(MAX_LIST_LENGTH);

/** A parent or carer as {@link setParentsAndCarers} accepts it. @category Assessment map */
export type ParentOrCarerInput = DeepReadonly<z.input<typeof ParentOrCarerSchema>>;

/** @internal Mutates a draft; shared by {@link setParentsAndCarers} and the audited commands. */
export function setParentsAndCarersRecipe(draft: MapDraft, entries: readonly ParentOrCarerInput[]): void {
  draft.parentsAndCarers = castDraft(parseWith(ParentsAndCarersSchema, entries, "parents and carers"));
}

/**
 * Sets the parents and carers whose view the map should hold (rule Q16), present at the mapping
 * or not: each with their `relation`, and their `view`, `absenceReason` or
 * `viewNotRecordedReason`. The list replaces the one the map had.
 *
 * The list is parsed first, so bad input never reaches the map. Who was at the mapping stays in
 * `participants`.
 *
 * @param map - The map.
 * @param entries - The parents and carers, in the order to show them.
 * @returns A new map whose `parentsAndCarers` are `entries`.
 * @throws {@link KinsafeError} with code `invalid-input` when `entries` do not parse; each issue's path starts at the list (`[1, "relation"]`).
 *
 * @example
 * {@includeCode ../../tests/assessment/setParentsAndCarers.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function setParentsAndCarers(map: AssessmentMap, entries: readonly ParentOrCarerInput[]): AssessmentMap {
  return produceMap(map, (draft) => {
    setParentsAndCarersRecipe(draft, entries);
  });
}
