import { parseWith } from "../core";
import { ServiceTimelineSchema, type ServiceTimeline } from "./ServiceTimeline";

/**
 * Parses a service timeline read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, unknown codes,
 * duplicate event ids, events out of date order. Parsing checks the shape only; the transition
 * rules are applied as events are added with `applyServiceEvent`. Use
 * {@link safeParseServiceTimeline} to get the problems as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The timeline, typed and branded.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid timeline; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceTimeline.test.ts#docs-example}
 *
 * @category Continuum
 */
export function parseServiceTimeline(input: unknown): ServiceTimeline {
  return parseWith(ServiceTimelineSchema, input, "service timeline");
}
