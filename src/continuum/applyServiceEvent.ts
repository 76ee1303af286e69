import { castDraft, produce } from "immer";
import type * as z from "zod";
import { accept, checkInputSize, describeReceived, guardInput, issuesError, prefixIssues, refuse, toInputIssues, type Checked, type DeepReadonly, type Finding, type InputIssue } from "../core";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy } from "./ContinuumPolicy";
import { addEvent, deriveCase, levelOf, openPeriodOfCare, openPreProceedings } from "./deriveCase";
import type { ContinuumFindingCode } from "./findingCodes";
import { mapVariantForLevel } from "./mapVariantForLevel";
import { evaluate, preconditionFinding } from "./preconditions";
import { eventReferenceIssues } from "./eventReferences";
import { ServiceEventSchema, type ServiceEvent } from "./ServiceEvent";
import { SERVICE_EVENT_RULES, type ServiceEventRule } from "./ServiceEventRules";
import type { ServiceTimeline } from "./ServiceTimeline";

/**
 * A service event as plain JSON: the shape of {@link ServiceEventSchema}, with plain strings for
 * ids and dates. {@link applyServiceEvent} checks it.
 *
 * @category Continuum
 */
export type ServiceEventInput = DeepReadonly<z.input<typeof ServiceEventSchema>>;

/**
 * Checks an event as it would stand at the end of the timeline: its shape, that its id is
 * new, and that the events it names are on the timeline. Every problem has its path in the
 * timeline (`["events", n, ...]`, n the number of events so far).
 *
 * @param timeline - The timeline the event is to join.
 * @param input - The event as received.
 * @returns The parsed event.
 */
function parseEvent(timeline: ServiceTimeline, input: unknown): ServiceEvent {
  const at = ["events", timeline.events.length];
  const refused = checkInputSize(input, "service event", ServiceEventSchema);
  if (refused !== undefined) throw refused;
  const type: unknown = typeof input === "object" && input !== null ? (input as Record<string, unknown>)["type"] : undefined;
  if (typeof type !== "string" || !Object.hasOwn(SERVICE_EVENT_RULES, type)) {
    const message = `${describeReceived(type)} is not a type of service event (see SERVICE_EVENT_TYPES).`;
    throw issuesError("service event", [{ path: [...at, "type"], rule: "invalid_value", message, received: describeReceived(type) }]);
  }
  const parsed = ServiceEventSchema.safeParse(input, { reportInput: true });
  const issues: InputIssue[] = parsed.success ? [] : prefixIssues(toInputIssues(parsed.error.issues, ServiceEventSchema, input), at);
  const ids = new Set<unknown>(timeline.events.map((e) => e.id));
  const id: unknown = (input as Record<string, unknown>)["id"];
  const duplicate = typeof id === "string" && ids.has(id);
  if (duplicate) {
    issues.push({ path: [...at, "id"], rule: "reference/duplicate-id", message: `The timeline already has an event with id ${id}.`, received: describeReceived(id) });
  }
  issues.push(...eventReferenceIssues(input, ids, at));
  if (issues.length > 0) throw issuesError("service event", issues, duplicate && issues.length === 1 ? "duplicate-id" : "invalid-input");
  if (!parsed.success) throw issuesError("service event", issues);
  return parsed.data;
}

/**
 * Records an event on a child's service timeline if the transition rules allow it.
 *
 * The event must be dated on or after the last event, and allowed by
 * {@link SERVICE_EVENT_RULES}: at the child's current level, with every precondition met. For
 * example, a child protection plan starts only after a conference decided on one (Working
 * Together 2023); a section 47 enquiry only from a strategy discussion that found reasonable
 * cause to suspect significant harm (Children Act 1989 s47); closure as RC8 or RC9 only after an
 * assessment, with no CIN plan, section 47 enquiry or CP plan in the episode (CIN census).
 *
 * The event is plain JSON, checked completely before any rule is applied: its shape (an
 * impossible date, a code not in the returns' lists, a missing field), that its id is new on the
 * timeline, and that an event it names (`strategyDiscussionId`, `conferenceId`,
 * `policeProtectionId`) is on the timeline. Every problem is reported in one
 * {@link KinsafeError}, each with its path in the timeline: the event goes at
 * `["events", n]`, n the number of events so far, so a wrong date reads
 * `["events", 3, "date"]`. An event the timeline has that does not allow the step (a strategy
 * discussion that decided against an enquiry) is a practice refusal, with findings.
 *
 * A refusal lists a finding for every rule the event breaks. An accepted event may carry
 * warnings: an assessment map variant that does not match the new level, or care proceedings
 * issued without pre-proceedings. The timeline is not changed; the new one is returned (and is
 * frozen, together with the event).
 *
 * @param timeline - The child's timeline.
 * @param input - The event, as plain JSON (or already parsed with `ServiceEventSchema`).
 * @param policy - The authority's policy; England defaults when omitted.
 * @returns `{ ok: true, value, findings }` with the new timeline, or `{ ok: false, findings }` saying why the event is not allowed.
 * @throws {@link KinsafeError} with code `invalid-input` when the event is not valid or names an event the timeline does not have (`issues` lists every problem with its path in the timeline), `duplicate-id` when reusing an id is its only problem, or `too-large` when it is beyond the parse limits.
 *
 * @example
 * {@includeCode ../../tests/continuum/applyServiceEvent.test.ts#docs-example}
 *
 * @category Continuum
 */
export function applyServiceEvent(
  timeline: ServiceTimeline,
  input: ServiceEventInput,
  policy: ContinuumPolicy = DEFAULT_CONTINUUM_POLICY,
): Checked<ServiceTimeline, ContinuumFindingCode> {
  const event = guardInput("service event", () => parseEvent(timeline, input));
  const c = deriveCase(timeline.events);
  const errors: Finding<ContinuumFindingCode>[] = [];
  if (c.lastDate !== undefined && event.date < c.lastDate) {
    errors.push({ code: "continuum/event-out-of-order", severity: "error", path: ["date"], params: { type: event.type, date: event.date, last: c.lastDate } });
  }
  const level = levelOf(c);
  const rule: ServiceEventRule = SERVICE_EVENT_RULES[event.type];
  if (!rule.levels.includes(level)) {
    errors.push({ code: "continuum/event-not-allowed-at-level", severity: "error", path: ["type"], params: { type: event.type, level } });
  }
  for (const name of rule.requires) {
    const outcome = evaluate(name, c, event, policy);
    if (outcome !== true) errors.push(preconditionFinding(name, outcome, event));
  }
  const [first, ...rest] = errors;
  if (first !== undefined) return refuse(first, ...rest);

  const warnings: Finding<ContinuumFindingCode>[] = [];
  if (event.type === "care-proceedings-issued" && openPreProceedings(c) === undefined) {
    warnings.push({ code: "continuum/proceedings-without-pre-proceedings", severity: "info", path: [], params: { type: event.type } });
  }
  addEvent(c, event);
  const variant = event.practice?.variant;
  if (variant !== undefined) {
    const after = levelOf(c);
    const expected = mapVariantForLevel(after, openPeriodOfCare(c)?.episodes.at(-1)?.place);
    if (variant !== expected) {
      warnings.push({ code: "continuum/map-variant-mismatch", severity: "warning", path: ["practice", "variant"], params: { variant, expected, level: after } });
    }
  }
  const next = produce(timeline, (draft) => {
    draft.events.push(castDraft(event));
  });
  return accept(next, warnings);
}
