import { daysBetween, type Finding, type IsoDate, type PersonId } from "../core";
import type { SafetyPlanFindingCode } from "./findingCodes";
import { assertDate, emitter, eventsOf, inUseOn, inUseSince, isBreach, isUnresolvedBreach } from "./internal";
import { resolvePolicy, type PlanPolicy } from "./PlanPolicy";
import type { MonitoringEvent, PlanRecordId, PlanRuleId, SafetyPlan } from "./SafetyPlan";

/**
 * Options of {@link monitoringGaps}.
 *
 * @category Safety plan
 */
export interface MonitoringGapsOptions {
  /** The day to look at; events dated after it are ignored (passed in: kinsafe never reads the clock). */
  readonly asOf: IsoDate;
  /** Local policy; missing values take {@link DEFAULT_PLAN_POLICY}'s. */
  readonly policy?: Partial<PlanPolicy>;
}

/**
 * How recently one side (the network or the professionals) has checked a rule.
 *
 * @category Safety plan
 */
export interface MonitoringSide {
  /** The day of the latest check (any outcome but `unknown`); absent when there has been none. */
  readonly lastCheck?: IsoDate;
  /** Who made it. */
  readonly lastCheckById?: PersonId;
  /**
   * Days from the latest check to `asOf` or, with no check, from the day the plan was first in
   * use; absent when the plan has not been in use by `asOf`.
   */
  readonly daysSince?: number;
  /** The interval the policy allows. */
  readonly intervalDays: number;
  /** `true` when the plan is in use on `asOf` and `daysSince` is more than `intervalDays`. */
  readonly overdue: boolean;
}

/**
 * Monitoring of one rule.
 *
 * @category Safety plan
 */
export interface RuleMonitoring {
  readonly ruleId: PlanRuleId;
  /** Checks by the network (events with role `network`). */
  readonly network: MonitoringSide;
  /** Checks by professionals (events with role `professional`). */
  readonly professional: MonitoringSide;
  /** Breaches of this rule not resolved by `asOf`. */
  readonly unresolvedBreachIds: readonly PlanRecordId[];
}

/**
 * What {@link monitoringGaps} found.
 *
 * @category Safety plan
 */
export interface MonitoringGaps {
  /** The first day the plan was in use (trial, active or sustaining); absent when it has not been by `asOf`. */
  readonly inUseSince?: IsoDate;
  /** Whether the plan is in use on `asOf`; gaps are only reported when it is. */
  readonly inUse: boolean;
  /** One entry per rule of the plan, in the plan's order. */
  readonly rules: readonly RuleMonitoring[];
  /** Every breach of the plan not resolved by `asOf`, including breaches of the plan as a whole. */
  readonly unresolvedBreachIds: readonly PlanRecordId[];
  /** Overdue monitoring and breach findings; paths point into `events` for breaches and into the plan's `rules` for gaps. */
  readonly findings: readonly Finding<SafetyPlanFindingCode>[];
}

const HOUR_MS = 3_600_000;

function side(checks: readonly MonitoringEvent[], since: IsoDate | undefined, asOf: IsoDate, intervalDays: number, inUse: boolean): MonitoringSide {
  let last: MonitoringEvent | undefined;
  for (const e of checks) if (last === undefined || e.date >= last.date) last = e;
  const from = last?.date ?? since;
  const daysSince = from === undefined ? undefined : daysBetween(from, asOf);
  return {
    ...(last === undefined ? {} : { lastCheck: last.date, lastCheckById: last.byId }),
    ...(daysSince === undefined ? {} : { daysSince }),
    intervalDays,
    overdue: inUse && daysSince !== undefined && daysSince > intervalDays,
  };
}

/**
 * Tells, rule by rule, when the network and a professional last checked a safety plan, whether
 * either is overdue under the local policy, and which breaches are unresolved.
 *
 * The plan is monitored by both Children's Services and the network (England Innovations
 * Project; domain specification 2.4). A check is a monitoring event of this plan, dated on or
 * before `asOf`, with any outcome but `unknown`; a check of the plan as a whole (no `ruleId`)
 * counts for every rule. Only events with role `network` count for the network and only those
 * with role `professional` for the professionals (parents' and children's own reports are
 * valuable but are not monitoring). Gaps are measured from the latest check, or from the day the
 * plan was first in use when there has been none, and are reported only while the plan is in
 * use (trial, active or sustaining). The intervals are local policy ({@link DEFAULT_PLAN_POLICY}:
 * network every 7 days, professional every 14 days).
 *
 * A breach is an event with outcome `not-followed` or `trigger-observed`. It is unresolved until
 * its `resolvedOn` day; a breach should record when Children's Services were told
 * (`safety-plan/breach-not-escalated`), and within the rule's `tellWithinHours` when both the
 * time of the breach (`occurredAt`) and of the telling are known (`safety-plan/breach-escalated-late`).
 * A broken rule is a signal to reconvene the network and improve the plan, not a plan failure
 * (domain specification 2.1).
 *
 * @param plan - The safety plan.
 * @param events - Monitoring events; those of other plans are ignored.
 * @param options - The day and the local policy.
 * @returns Monitoring per rule, unresolved breaches, and findings.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date or the policy's intervals are not positive numbers.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/monitoringGaps.test.ts#docs-example}
 *
 * @see Domain specification 2.4 "Monitoring" and 2.5 (`monitoringGaps`).
 *
 * @category Safety plan
 */
export function monitoringGaps(plan: SafetyPlan, events: readonly MonitoringEvent[], options: MonitoringGapsOptions): MonitoringGaps {
  const { asOf } = options;
  assertDate(asOf, "options.asOf");
  const policy = resolvePolicy(options.policy);
  const { findings, emit } = emitter();
  const known = eventsOf(plan, events, asOf);
  const since = inUseSince(plan, asOf);
  const inUse = inUseOn(plan, asOf);

  const rules: RuleMonitoring[] = plan.rules.map((rule, i) => {
    const about = known.filter(({ event }) => event.ruleId === undefined || event.ruleId === rule.id).map(({ event }) => event);
    const checks = about.filter((e) => e.outcome !== "unknown");
    const network = side(checks.filter((e) => e.role === "network"), since, asOf, policy.networkEveryDays, inUse);
    const professional = side(checks.filter((e) => e.role === "professional"), since, asOf, policy.professionalEveryDays, inUse);
    const from = (s: MonitoringSide): IsoDate => s.lastCheck ?? since ?? asOf;
    if (network.overdue) {
      emit("safety-plan/network-monitoring-overdue", ["rules", i, "monitors"], { ruleId: rule.id, days: network.daysSince ?? 0, intervalDays: network.intervalDays, since: from(network) });
    }
    if (professional.overdue) {
      emit("safety-plan/professional-monitoring-overdue", ["rules", i, "monitors"], {
        ruleId: rule.id,
        days: professional.daysSince ?? 0,
        intervalDays: professional.intervalDays,
        since: from(professional),
      });
    }
    const unresolvedBreachIds = about.filter((e) => e.ruleId === rule.id && isUnresolvedBreach(e, asOf)).map((e) => e.id);
    return { ruleId: rule.id, network, professional, unresolvedBreachIds };
  });

  const unresolvedBreachIds: PlanRecordId[] = [];
  for (const { event, index } of known) {
    if (!isBreach(event)) continue;
    if (isUnresolvedBreach(event, asOf)) {
      unresolvedBreachIds.push(event.id);
      emit("safety-plan/unresolved-breach", ["events", index], { eventId: event.id, date: event.date, outcome: event.outcome });
    }
    if (event.escalation === undefined) {
      emit("safety-plan/breach-not-escalated", ["events", index, "escalation"], { eventId: event.id, date: event.date });
      continue;
    }
    const withinHours = plan.rules.find((r) => r.id === event.ruleId)?.ifBroken?.tellWithinHours;
    if (withinHours === undefined || event.occurredAt === undefined) continue;
    const hours = (Date.parse(event.escalation.toldChildrensServicesAt) - Date.parse(event.occurredAt)) / HOUR_MS;
    if (hours > withinHours) {
      emit("safety-plan/breach-escalated-late", ["events", index, "escalation", "toldChildrensServicesAt"], {
        eventId: event.id,
        hours: Math.round(hours * 10) / 10,
        withinHours,
      });
    }
  }
  return { ...(since === undefined ? {} : { inUseSince: since }), inUse, rules, unresolvedBreachIds, findings };
}
