import { castDraft, produce } from "immer";
import { accept, describeReceived, KinsafeError, refuse, type Checked, type Finding } from "../core";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy } from "./ContinuumPolicy";
import { addEvent, deriveCase, levelOf, openPeriodOfCare, openPreProceedings } from "./deriveCase";
import type { ContinuumFindingCode } from "./findingCodes";
import { mapVariantForLevel } from "./mapVariantForLevel";
import { evaluate, preconditionFinding } from "./preconditions";
import type { ServiceEvent } from "./ServiceEvent";
import { SERVICE_EVENT_RULES, type ServiceEventRule } from "./ServiceEventRules";
import type { ServiceTimeline } from "./ServiceTimeline";

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
 * A refusal lists a finding for every rule the event breaks. An accepted event may carry
 * warnings: an assessment map variant that does not match the new level, or care proceedings
 * issued without pre-proceedings. The timeline is not changed; the new one is returned (and is
 * frozen, together with the event).
 *
 * @param timeline - The child's timeline.
 * @param event - The event, already parsed with `ServiceEventSchema`.
 * @param policy - The authority's policy; England defaults when omitted.
 * @returns `{ ok: true, value, findings }` with the new timeline, or `{ ok: false, findings }` saying why the event is not allowed.
 * @throws {@link KinsafeError} with code `duplicate-id` when the timeline already has an event with the event's id, or
 * `invalid-input` when the event's `type` is not one of {@link SERVICE_EVENT_RULES} (an event that was not parsed).
 *
 * @example
 * {@includeCode ../../tests/continuum/applyServiceEvent.test.ts#docs-example}
 *
 * @category Continuum
 */
export function applyServiceEvent(
  timeline: ServiceTimeline,
  event: ServiceEvent,
  policy: ContinuumPolicy = DEFAULT_CONTINUUM_POLICY,
): Checked<ServiceTimeline, ContinuumFindingCode> {
  const type: unknown = event.type;
  if (typeof type !== "string" || !Object.hasOwn(SERVICE_EVENT_RULES, type)) {
    const message = `${describeReceived(type)} is not a type of service event; parse events with ServiceEventSchema first.`;
    throw new KinsafeError("invalid-input", message, [{ path: ["type"], rule: "invalid_value", message, received: describeReceived(type) }]);
  }
  if (timeline.events.some((e) => e.id === event.id)) {
    throw new KinsafeError("duplicate-id", `The timeline already has an event with id ${event.id}.`);
  }
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
