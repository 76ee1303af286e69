import { type Finding, type IsoDate, type Severity } from "../core";
export { sameJson, applyChanges, assertDate } from "../core";
import { SAFETY_PLAN_FINDING_TABLE, type SafetyPlanFindingCode } from "./findingCodes";
import type { MonitoringEvent, PlanStatus, SafetyPlan } from "./SafetyPlan";

// Helpers shared by the safety-plan updaters and checks. Internal: not exported from the index.

/** Statuses in which the plan is in use and monitoring is expected. */
const IN_USE: ReadonlySet<PlanStatus> = new Set(["trial", "active", "sustaining"]);

/**
 * The plan's status on a day, from its history (the last change on or before the day);
 * `undefined` before the first entry.
 *
 * @internal
 */
export function statusOn(plan: SafetyPlan, asOf: IsoDate): PlanStatus | undefined {
  let status: PlanStatus | undefined;
  for (const entry of plan.statusHistory) if (entry.on <= asOf) status = entry.status;
  return status;
}

/**
 * The first day the plan was in use (trial, active or sustaining) on or before `asOf`.
 *
 * @internal
 */
export function inUseSince(plan: SafetyPlan, asOf: IsoDate): IsoDate | undefined {
  return plan.statusHistory.find((entry) => IN_USE.has(entry.status) && entry.on <= asOf)?.on;
}

/**
 * Whether the plan is in use on the day.
 *
 * @internal
 */
export function inUseOn(plan: SafetyPlan, asOf: IsoDate): boolean {
  const status = statusOn(plan, asOf);
  return status !== undefined && IN_USE.has(status);
}

/**
 * Whether an event is a breach: the rule was not followed, or a trigger was seen.
 *
 * @internal
 */
export function isBreach(event: MonitoringEvent): boolean {
  return event.outcome === "not-followed" || event.outcome === "trigger-observed";
}

/**
 * Whether a breach is still unresolved on the day.
 *
 * @internal
 */
export function isUnresolvedBreach(event: MonitoringEvent, asOf: IsoDate): boolean {
  return isBreach(event) && (event.resolvedOn === undefined || event.resolvedOn > asOf);
}

/**
 * The events of this plan known on the day, with their index in the input.
 *
 * @internal
 */
export function eventsOf(plan: SafetyPlan, events: readonly MonitoringEvent[], asOf: IsoDate): { readonly event: MonitoringEvent; readonly index: number }[] {
  const out: { event: MonitoringEvent; index: number }[] = [];
  events.forEach((event, index) => {
    if (event.planId === plan.id && event.date <= asOf) out.push({ event, index });
  });
  return out;
}

type ParamsOf<C extends SafetyPlanFindingCode> = { readonly [K in (typeof SAFETY_PLAN_FINDING_TABLE)[C]["params"][number]]: string | number };
type ParamsArg<C extends SafetyPlanFindingCode> = [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>];

/**
 * A findings accumulator: `emit` adds a finding with the table's severity (or the override) and
 * exactly the params the code declares.
 *
 * @internal
 */
export interface Emitter {
  readonly findings: Finding<SafetyPlanFindingCode>[];
  readonly emit: <C extends SafetyPlanFindingCode>(code: C, path: readonly (string | number)[], ...params: ParamsArg<C>) => void;
}

/**
 * Makes a findings accumulator.
 *
 * @internal
 */
export function emitter(severities: Readonly<Partial<Record<SafetyPlanFindingCode, Severity>>> = {}): Emitter {
  const findings: Finding<SafetyPlanFindingCode>[] = [];
  return {
    findings,
    emit: (code, path, ...params) => {
      const severity = severities[code] ?? SAFETY_PLAN_FINDING_TABLE[code].severity;
      const p = params[0];
      findings.push(p === undefined ? { code, severity, path: [...path] } : { code, severity, path: [...path], params: p });
    },
  };
}

// What src/safety-plan offers the other folders of src/ and not the package: the immer recipes
// of the updaters, which the audited case-file commands share.
export * from "./recipes";
