import type { AssessmentMap } from "../assessment";
import type { IsoDate, PersonId } from "../core";
import type { NetworkMember, Person } from "../network";
import type { MonitoringEvent, PlanStatus, SafetyPlan } from "../safety-plan";
import type { BottomLineCase } from "./BottomLineReport";

// Internal helpers of the bottom-line evaluation: which map and plan are current, who is in the
// network on the day, and small date and time helpers. Not exported from the index.

/** A value with its index in the list it came from, for finding paths. */
export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

/**
 * The current map: the highest version (the later in the list on a tie).
 *
 * @internal
 */
export function currentMapOf(maps: readonly AssessmentMap[]): Indexed<AssessmentMap> | undefined {
  let best: Indexed<AssessmentMap> | undefined;
  maps.forEach((value, index) => {
    if (best === undefined || value.version >= best.value.version) best = { value, index };
  });
  return best;
}

/**
 * The current plan: the highest version that has not ended, or else the highest version.
 *
 * @internal
 */
export function currentPlanOf(plans: readonly SafetyPlan[]): Indexed<SafetyPlan> | undefined {
  let open: Indexed<SafetyPlan> | undefined;
  let any: Indexed<SafetyPlan> | undefined;
  plans.forEach((value, index) => {
    if (any === undefined || value.version >= any.value.version) any = { value, index };
    if (value.status !== "ended" && (open === undefined || value.version >= open.value.version)) open = { value, index };
  });
  return open ?? any;
}

/**
 * Statuses in which a plan is being followed and monitored.
 *
 * @internal
 */
export function isInPlace(status: PlanStatus): boolean {
  return status === "trial" || status === "active" || status === "sustaining";
}

/**
 * Members of the network on the day: joined on or before it and not left by it.
 *
 * @internal
 */
export function membersOn(caseFile: BottomLineCase, asOf: IsoDate): readonly Indexed<NetworkMember>[] {
  const members = caseFile.network?.members ?? [];
  return members.flatMap((value, index) => (value.joinedOn <= asOf && (value.leftOn === undefined || value.leftOn > asOf) ? [{ value, index }] : []));
}

/**
 * @internal
 */
export function personOf(caseFile: BottomLineCase, id: PersonId | string): Person | undefined {
  return caseFile.people.find((p) => p.id === id);
}

/**
 * The name to show for a person: their name in the case, or their id.
 *
 * @internal
 */
export function nameOf(caseFile: BottomLineCase, id: PersonId | string): string {
  return personOf(caseFile, id)?.name ?? id;
}

/**
 * A breach: a rule not followed, or a trigger seen.
 *
 * @internal
 */
export function isBreach(event: MonitoringEvent): boolean {
  return event.outcome === "not-followed" || event.outcome === "trigger-observed";
}

/**
 * Monitoring events dated on or before the day, with their index in the case file.
 *
 * @internal
 */
export function monitoringOn(caseFile: BottomLineCase, asOf: IsoDate): readonly Indexed<MonitoringEvent>[] {
  return caseFile.monitoring.flatMap((value, index) => (value.date <= asOf ? [{ value, index }] : []));
}

/**
 * A breach that is not resolved on the day.
 *
 * @internal
 */
export function isUnresolved(event: MonitoringEvent, asOf: IsoDate): boolean {
  return event.resolvedOn === undefined || event.resolvedOn > asOf;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Milliseconds since the epoch of the start of a day, read as UTC.
 *
 * @internal
 */
export function startOfDayMs(date: IsoDate | string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * @internal
 */
export function endOfDayMs(date: IsoDate | string): number {
  return startOfDayMs(date) + DAY_MS;
}

/**
 * @internal
 */
export function instantMs(at: string): number {
  return Date.parse(at);
}

/**
 * Hours, rounded to one decimal place.
 *
 * @internal
 */
export function hoursOf(ms: number): number {
  return Math.round((ms / HOUR_MS) * 10) / 10;
}

/**
 * @internal
 */
export const HOUR = HOUR_MS;
