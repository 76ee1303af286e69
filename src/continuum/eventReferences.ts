import type { InputIssue } from "../core";

// The references one event of a service timeline makes to earlier events: a section 47 enquiry
// to its strategy discussion, a CP plan to its conference, an emergency protection order to the
// police protection before it. An id that names no event of the timeline is a wrong input
// (reported with the document's path); an id that names an event that does not allow the step
// (a discussion that decided against an enquiry) is a practice refusal, reported as a finding.

/** The fields of events that hold the id of an earlier event. */
export const EVENT_REFERENCE_FIELDS = ["strategyDiscussionId", "conferenceId", "policeProtectionId"] as const;

/**
 * The problems with the references `event` makes to the events `known` (the ids of the events
 * before it), with paths under `path`. Reads the event defensively: it may not have parsed.
 *
 * @internal
 */
export function eventReferenceIssues(event: unknown, known: ReadonlySet<unknown>, path: readonly (string | number)[]): InputIssue[] {
  if (typeof event !== "object" || event === null) return [];
  const issues: InputIssue[] = [];
  for (const field of EVENT_REFERENCE_FIELDS) {
    const id = (event as Readonly<Record<string, unknown>>)[field];
    if (typeof id === "string" && !known.has(id)) {
      const message = `No earlier event of the timeline has the id ${JSON.stringify(id)}.`;
      issues.push({ path: [...path, field], rule: "reference/unknown-event", message, received: JSON.stringify(id) });
    }
  }
  return issues;
}
