import { castDraft } from "immer";
import { IsoDateSchema, KinsafeError, type Finding, type IsoDate, type Severity } from "../core";
import { SAFETY_PLAN_FINDING_TABLE, type SafetyPlanFindingCode } from "./findingCodes";
import type { MonitoringEvent, PlanStatus, SafetyPlan } from "./SafetyPlan";

// Helpers shared by the safety-plan updaters and checks. Internal: not exported from the index.

/**
 * Structural equality of JSON values; a property set to `undefined` counts as absent.
 *
 * @internal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(ra[k], rb[k]));
}

/**
 * Writes `changes` into a draft entry: `undefined` removes a field, an equal value is not
 * assigned, and the keys in `locked` are never changed.
 *
 * @internal
 */
export function applyChanges(entry: object, changes: object, locked: readonly string[]): void {
  const target = entry as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (locked.includes(key)) continue;
    if (value === undefined) {
      if (key in target) Reflect.deleteProperty(target, key);
    } else if (!sameJson(target[key], value)) {
      target[key] = castDraft(value as unknown);
    }
  }
}

/**
 * Throws `invalid-argument` when `value` is not a calendar date; programmer errors only.
 *
 * @internal
 */
export function assertDate(value: unknown, name: string): asserts value is IsoDate {
  if (!IsoDateSchema.safeParse(value).success) {
    throw new KinsafeError("invalid-argument", `${name} must be a calendar date YYYY-MM-DD; received ${JSON.stringify(value)}.`);
  }
}

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
