import { safeParseWith, type SafeParseResult } from "../core";
import { ServiceEventSchema, type ServiceEvent } from "./ServiceEvent";

/**
 * Parses a service event without throwing: returns the service event, or the error that
 * {@link parseServiceEvent} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the service event, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceEvent.test.ts#safe-parse-service-event}
 *
 * @category Continuum
 */
export function safeParseServiceEvent(input: unknown): SafeParseResult<ServiceEvent> {
  return safeParseWith(ServiceEventSchema, input, "service event");
}
