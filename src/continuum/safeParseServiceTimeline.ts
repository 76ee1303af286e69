import { safeParseWith, type SafeParseResult } from "../core";
import { ServiceTimelineSchema, type ServiceTimeline } from "./ServiceTimeline";

/**
 * Parses a service timeline without throwing: returns the timeline, or the error that
 * {@link parseServiceTimeline} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the timeline, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceTimeline.test.ts#safe-parse}
 *
 * @category Continuum
 */
export function safeParseServiceTimeline(input: unknown): SafeParseResult<ServiceTimeline> {
  return safeParseWith(ServiceTimelineSchema, input, "service timeline");
}
