import { safeParseWith, type SafeParseResult } from "../core";
import { MonitoringEventSchema, type MonitoringEvent } from "./SafetyPlan";

/**
 * Parses a monitoring event without throwing: returns the monitoring event, or the error that
 * {@link parseMonitoringEvent} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the monitoring event, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/parseSafetyPlan.test.ts#safe-parse-monitoring-event}
 *
 * @category Safety plan
 */
export function safeParseMonitoringEvent(input: unknown): SafeParseResult<MonitoringEvent> {
  return safeParseWith(MonitoringEventSchema, input, "monitoring event");
}
