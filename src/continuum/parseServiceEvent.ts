import { parseWith } from "../core";
import { ServiceEventSchema, type ServiceEvent } from "./ServiceEvent";

/**
 * Parses a service event read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: an unknown `type`, impossible dates, unknown codes (agencies, closure reasons, …), wrong types. Parsing checks one event's shape; whether it may follow the timeline's events is checked by `applyServiceEvent`. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseServiceEvent} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The service event, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid service event; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceEvent.test.ts#parse-service-event}
 *
 * @category Continuum
 */
export function parseServiceEvent(input: unknown): ServiceEvent {
  return parseWith(ServiceEventSchema, input, "service event");
}
