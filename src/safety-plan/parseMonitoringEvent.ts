import { parseWith } from "../core";
import { MonitoringEventSchema, type MonitoringEvent } from "./SafetyPlan";

/**
 * Parses a monitoring event read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, unknown codes, impossible dates, instants that are not RFC 3339 (an instant with an offset is accepted and stored in UTC). A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseMonitoringEvent} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The monitoring event, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid monitoring event; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/parseSafetyPlan.test.ts#parse-monitoring-event}
 *
 * @category Safety plan
 */
export function parseMonitoringEvent(input: unknown): MonitoringEvent {
  return parseWith(MonitoringEventSchema, input, "monitoring event");
}
