import type * as z from "zod";
import { parseWith, type DeepReadonly } from "../core";
import type { ChildDetailsSchema } from "../records";
import { ServiceTimelineSchema, type ServiceTimeline } from "./ServiceTimeline";

/**
 * The child of a new service timeline as plain JSON: the shape of `ChildDetailsSchema`, with
 * plain strings for ids and dates.
 *
 * @category Continuum
 */
export type ChildDetailsInput = DeepReadonly<z.input<typeof ChildDetailsSchema>>;

/**
 * Starts an empty service timeline for a child. Add events with `applyServiceEvent`.
 *
 * Takes plain JSON and checks it as {@link parseServiceTimeline} checks a stored timeline: a
 * bad id, a sex or ethnicity code that is not in the returns' lists, or an impossible date
 * (`dob: "2016-02-30"`) is refused with its path in the timeline (`["child", "dob"]`), every
 * problem in one error.
 *
 * @param id - The timeline's id, a plain string.
 * @param child - The child's identity and characteristics, as plain JSON.
 * @returns A timeline with no events (the child is at the universal level), typed and branded.
 * @throws {@link KinsafeError} with code `invalid-input` when the id or the child is not valid; `issues` lists every problem with its path.
 *
 * @example
 * {@includeCode ../../tests/continuum/entryValidation.test.ts#plain-json}
 *
 * @category Continuum
 */
export function createServiceTimeline(id: string, child: ChildDetailsInput): ServiceTimeline {
  return parseWith(ServiceTimelineSchema, { id, child, events: [] }, "service timeline");
}
