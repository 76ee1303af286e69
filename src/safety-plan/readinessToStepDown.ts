import { normaliseScore, type AssessmentMap, type ScaleJudgement, type ScalePolarity } from "../assessment";
import type { ReadinessBottomLines as BottomLineReport } from "./readinessBottomLines";
import type { ChildVoiceRecord } from "../child-voice";
import { addCalendarDays, addCalendarMonths, daysBetween, KinsafeError, type IsoDate, type PersonId } from "../core";
import { currentMembers, type Person, type SafetyNetwork } from "../network";
import { assertDate, eventsOf, isBreach, isUnresolvedBreach } from "./internal";
import { resolvePolicy, type PlanPolicy } from "./PlanPolicy";
import { readChildVoiceForReadiness } from "./readinessChildVoice";
import { resolveReadinessPolicy, type ReadinessPolicy } from "./readinessPolicy";
import type { MonitoringEvent, SafetyPlan } from "./SafetyPlan";

/**
 * Options of {@link readinessToStepDown}.
 *
 * @category Safety plan
 */
export interface ReadinessToStepDownOptions {
  /** The day to look at; events, judgements and status changes after it are ignored. */
  readonly asOf: IsoDate;
  /** Local policy of scores and monitoring; missing values take {@link DEFAULT_PLAN_POLICY}'s. */
  readonly policy?: Partial<PlanPolicy>;
  /** Local policy of readiness; missing values take {@link DEFAULT_READINESS_POLICY}'s. */
  readonly readiness?: Partial<ReadinessPolicy>;
  /** The safety network, for its monitoring, its members' certainty and its commitment beyond closure. Without it, those reasons are unmet. */
  readonly network?: SafetyNetwork;
  /** The people of the case, to tell family and friends from professionals. Without them, nobody counts as family or friends. */
  readonly people?: readonly Person[];
  /**
   * The bottom lines evaluated on the same day ({@link evaluateBottomLines}). Without a report,
   * the plan is not ready: nothing says it meets its bottom lines.
   */
  readonly bottomLines?: BottomLineReport;
  /** The child-voice records of the case: the child's Safety House path and who is outside the house. */
  readonly childVoice?: readonly ChildVoiceRecord[];
  /** The children of the case; child-voice records of other children are ignored. Default: every record. */
  readonly childIds?: readonly PersonId[];
}

/**
 * The kinds of reason {@link readinessToStepDown} gives, in the order they are listed:
 *
 * - `bottom-lines-met`: one per bottom line of the report: it is met;
 * - `goal-sustained`: one per safety goal: its `sustainFor` has run since the plan was first in
 *   use, or since the last breach when that is later;
 * - `score-at-threshold`: one per scale (overall, then each danger statement), rater group and
 *   rater: each rater's own latest score reaches the policy's threshold;
 * - `child-safety-house`: nobody is in the "not safe with" part of a child's latest Safety House;
 * - `no-unresolved-breaches`: no breach of the plan is unresolved;
 * - `breach-reported-in-time`: one per breach: Children's Services were told within the rule's
 *   hours (or the policy's);
 * - `network-monitoring-recent`: the network monitored the plan within the policy's days;
 * - `members-sure-of-rules`: every network member who does or checks a rule is willing, not
 *   unsure;
 * - `network-beyond-closure`: enough willing family members or friends, not professionals, will
 *   stay after Children's Services close the case.
 *
 * @category Safety plan
 */
export type StepDownReasonKind =
  | "bottom-lines-met"
  | "goal-sustained"
  | "score-at-threshold"
  | "child-safety-house"
  | "no-unresolved-breaches"
  | "breach-reported-in-time"
  | "network-monitoring-recent"
  | "members-sure-of-rules"
  | "network-beyond-closure";

const KIND_ORDER: readonly StepDownReasonKind[] = [
  "bottom-lines-met",
  "goal-sustained",
  "score-at-threshold",
  "child-safety-house",
  "no-unresolved-breaches",
  "breach-reported-in-time",
  "network-monitoring-recent",
  "members-sure-of-rules",
  "network-beyond-closure",
];

/**
 * One reason for or against stepping down, with the evidence used. Evidence values are plain
 * data (ids, dates, numbers; lists of ids joined with ", ") for a product to present; `note`
 * says why evidence is missing: `plan-not-in-use`, `no-duration`, `no-safety-goals`,
 * `no-scale`, `no-judgement`, `no-network`, `no-bottom-lines-report`, `no-bottom-lines-set`,
 * `report-of-another-day`, `no-network-monitoring`, `no-people`. A number that is a local
 * setting is named in the evidence (`threshold`, `days`, `hours`, `min`) with `policy: true`.
 *
 * @category Safety plan
 */
export interface StepDownReason {
  readonly kind: StepDownReasonKind;
  /** Whether this condition is met. */
  readonly met: boolean;
  /** What was looked at. */
  readonly evidence: Readonly<Record<string, string | number | boolean>>;
}

/**
 * What {@link readinessToStepDown} found.
 *
 * @category Safety plan
 */
export interface StepDownReadiness {
  /** `true` when every reason is met (and there is at least one). */
  readonly ready: boolean;
  /**
   * Every reason, met or not, in the order of {@link StepDownReasonKind}, then sorted by their
   * evidence, so that the result does not depend on the order of any list in the input.
   */
  readonly reasons: readonly StepDownReason[];
}

/** A judgement with the polarity of the scale it was given on. */
interface Scored {
  readonly judgement: ScaleJudgement;
  readonly polarity: ScalePolarity;
  readonly scaleId: string | undefined;
  readonly source: "map" | "review" | "safety-house";
}

type Evidence = Record<string, string | number | boolean>;

/** Whose judgement this is: the rater's id, else their name, else their role. */
function raterOf(j: ScaleJudgement): string {
  if (j.raterId !== undefined) return j.raterId;
  if (j.raterName !== undefined) return `name: ${j.raterName}`;
  return `role: ${j.raterRole ?? "unknown"}`;
}

/** The latest of a rater's judgements; on a tie of days, the lowest score (fails safe), then the smallest id. */
function latestOf(scored: readonly Scored[]): (Scored & { readonly score: number }) | undefined {
  let latest: (Scored & { readonly score: number }) | undefined;
  for (const s of scored) {
    const score = normaliseScore(s.judgement.value, s.polarity);
    if (
      latest === undefined ||
      s.judgement.on > latest.judgement.on ||
      (s.judgement.on === latest.judgement.on && (score < latest.score || (score === latest.score && `${s.source}:${s.judgement.id}` < `${latest.source}:${latest.judgement.id}`)))
    )
      latest = { ...s, score };
  }
  return latest;
}

const HOUR_MS = 3_600_000;
const startOfDay = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const hoursOf = (ms: number): number => Math.round((ms / HOUR_MS) * 10) / 10;
const sortedIds = (ids: readonly string[]): string => [...new Set(ids)].sort().join(", ");
const keyOf = (r: StepDownReason): string => JSON.stringify(Object.entries(r.evidence).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const VERDICTS = new Set(["met", "unmet", "cannot-tell", "covered-by-rule"]);

/**
 * Checks that `options.bottomLines` is a bottom-line report, not the case file's bottom lines
 * (an array, which the option's name invites) or anything else.
 */
function checkReport(report: unknown): void {
  const what = Array.isArray(report) ? "an array (the bottom lines themselves?)" : report === null ? "null" : typeof report;
  const fail = (detail: string): never => {
    throw new KinsafeError("invalid-argument", `options.bottomLines must be the bottom-line report of the day, from evaluateBottomLines ({ asOf, results }), not the bottom lines themselves; ${detail}.`);
  };
  if (typeof report !== "object" || report === null || Array.isArray(report)) fail(`received ${what}`);
  const r = report as { asOf?: unknown; results?: unknown };
  if (typeof r.asOf !== "string") fail("its asOf is missing");
  if (!Array.isArray(r.results)) fail("its results are missing");
  for (const result of r.results as unknown[]) {
    const x = result as { bottomLineId?: unknown; kind?: unknown; verdict?: unknown } | null;
    if (typeof x !== "object" || x === null || typeof x.bottomLineId !== "string" || typeof x.kind !== "string" || typeof x.verdict !== "string" || !VERDICTS.has(x.verdict)) fail("a result lacks its bottomLineId, kind or verdict");
  }
}

/**
 * Tells whether a safety plan is ready for Children's Services to step down or close, and why,
 * reason by reason. It fails safe: it is never ready while a bottom line is not met or cannot
 * be told, or while anything it needs is not recorded.
 *
 * The last stage of building a safety plan is to sustain it for the goal durations and then
 * step down or close, when the network commits to continue after Children's Services close
 * (domain specification 2.2, stage 9; 2.5 `readyToStepDown`). Measured as follows (each reason
 * of {@link StepDownReasonKind}, with its evidence; see the readiness section of
 * `docs/safety-networks-and-plans.md` for the source or reasoning of each):
 *
 * - every bottom line of `options.bottomLines` is met; without a report, or with none set, not ready;
 * - each safety goal's `sustainFor` is counted from the first day the plan was in use, or from
 *   the last breach of the plan when that is later (policy `breachRestartsGoals`);
 * - scores are normalised so that 10 is safe ({@link normaliseScore}); for each scale (overall,
 *   then each danger statement), each rater group of the policy and each rater in it (by
 *   `raterId`, else `raterName`, else role), the rater's own latest judgement must reach the
 *   threshold. The child counts when the child has scaled (policy `childScales`): a judgement
 *   by the child, or the path position of their Safety House, read as the overall scale;
 * - nobody is in "not safe with" in a child's latest Safety House (policy `childNotSafeWith`);
 * - no breach is unresolved, and each was reported within its rule's `tellWithinHours` (or the
 *   policy's `reportWithinHours`);
 * - the network monitored the plan within `networkMonitoringWithinDays`;
 * - every network member who does or checks a rule is willing (not unsure, not asked or not willing);
 * - at least `minFamilyOrFriendsBeyondClosure` willing members who are family or friends, not
 *   professionals, will stay after closure.
 *
 * @param plan - The safety plan.
 * @param map - The current assessment map: its safety goals and scales.
 * @param events - Monitoring events; those of other plans are ignored.
 * @param options - The day, the local policies, the network, the people, the bottom-line report and the child-voice records.
 * @returns `{ ready, reasons }`, every reason with `met` and its evidence, sorted.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date, a policy is out of range, or `options.bottomLines` is not a bottom-line report (the case file's bottom lines, an array, are not one).
 *
 * @example
 * {@includeCode ../../tests/safety-plan/readinessToStepDown.test.ts#docs-example}
 *
 * @see Domain specification 2.2 (stage 9), 2.5 and 3.1.
 *
 * @category Safety plan
 */
export function readinessToStepDown(plan: SafetyPlan, map: AssessmentMap, events: readonly MonitoringEvent[], options: ReadinessToStepDownOptions): StepDownReadiness {
  const { asOf } = options;
  assertDate(asOf, "options.asOf");
  const policy = resolvePolicy(options.policy);
  const readiness = resolveReadinessPolicy(options.readiness);
  const reasons: StepDownReason[] = [];
  const add = (kind: StepDownReasonKind, met: boolean, evidence: Evidence): void => {
    reasons.push({ kind, met, evidence });
  };

  // Bottom lines.
  const report = options.bottomLines;
  if (report !== undefined) checkReport(report);
  if (report === undefined) add("bottom-lines-met", false, { note: "no-bottom-lines-report" });
  else if (report.asOf !== asOf) add("bottom-lines-met", false, { note: "report-of-another-day", reportAsOf: report.asOf });
  else if (report.results.length === 0) add("bottom-lines-met", !readiness.requireBottomLines, { note: "no-bottom-lines-set", policy: true });
  else for (const r of report.results) add("bottom-lines-met", r.verdict === "met", { bottomLineId: r.bottomLineId, bottomLineKind: r.kind, verdict: r.verdict });

  // Breaches of this plan known on the day.
  const planEvents = eventsOf(plan, events, asOf).map((e) => e.event);
  const breaches = planEvents.filter(isBreach);
  const lastBreach = breaches.reduce<MonitoringEvent | undefined>((v, e) => (v === undefined || e.date > v.date || (e.date === v.date && e.id < v.id) ? e : v), undefined);

  // Goal durations, from the first day the plan was in use, or from the last breach.
  const inUse = plan.statusHistory.filter((s) => (s.status === "trial" || s.status === "active" || s.status === "sustaining") && s.on <= asOf).map((s) => s.on);
  const firstInUse = inUse.length === 0 ? undefined : inUse.reduce((a, b) => (b < a ? b : a));
  const restart = readiness.breachRestartsGoals && lastBreach !== undefined && firstInUse !== undefined && lastBreach.date > firstInUse ? lastBreach : undefined;
  const since = restart?.date ?? firstInUse;
  if (map.goals.length === 0) add("goal-sustained", false, { note: "no-safety-goals" });
  for (const goal of map.goals) {
    const base: Evidence = { goalId: goal.id, ...(goal.dangerId === undefined ? {} : { dangerId: goal.dangerId }) };
    if (goal.sustainFor === undefined) {
      add("goal-sustained", false, { ...base, note: "no-duration" });
      continue;
    }
    const { amount, unit } = goal.sustainFor;
    const sustainFor = `${String(amount)} ${unit}`;
    if (since === undefined) {
      add("goal-sustained", false, { ...base, sustainFor, note: "plan-not-in-use" });
      continue;
    }
    const until = unit === "months" ? addCalendarMonths(since, amount) : addCalendarDays(since, unit === "weeks" ? amount * 7 : amount);
    add("goal-sustained", until <= asOf, {
      ...base,
      sustainFor,
      since,
      sustainedUntil: until,
      daysSince: daysBetween(since, asOf),
      countedFrom: restart === undefined ? "plan-in-use" : "last-breach",
      ...(restart === undefined ? {} : { breachId: restart.id }),
    });
  }

  // Each rater's own latest score, per scale and rater group.
  const child = readChildVoiceForReadiness(options.childVoice ?? [], options.childIds, asOf);
  const overallScales = map.scales.filter((s) => s.subject.kind === "overall");
  const reviewPolarity = [...overallScales].sort((a, b) => (a.id < b.id ? -1 : 1))[0]?.polarity ?? "safety-high";
  const fromScales = (scales: typeof map.scales): Scored[] => scales.flatMap((s) => s.judgements.map((judgement) => ({ judgement, polarity: s.polarity, scaleId: s.id, source: "map" as const })));
  const overallExtra: Scored[] = [
    ...plan.reviews.flatMap((r) => r.judgements.map((judgement) => ({ judgement, polarity: reviewPolarity, scaleId: undefined, source: "review" as const }))),
    ...(readiness.childScales
      ? child.scores.map((s) => ({ judgement: { id: s.recordId, raterId: s.childId, raterRole: "child" as const, value: s.value, on: s.on } as ScaleJudgement, polarity: "safety-high" as const, scaleId: undefined, source: "safety-house" as const }))
      : []),
  ];
  const groups: [string, readonly string[], boolean][] = Object.entries(policy.raterGroups).map(([g, roles]) => [g, roles, true]);
  if (readiness.childScales && !groups.some(([, roles]) => roles.includes("child"))) groups.push(["child", ["child"], false]);
  const subjects = [
    { scale: "overall", scales: overallScales, extra: overallExtra },
    ...map.dangers.map((d) => ({ scale: d.id, scales: map.scales.filter((s) => s.subject.kind === "danger" && s.subject.dangerId === d.id), extra: [] as Scored[] })),
  ];
  const threshold = policy.scoreThreshold;
  for (const { scale, scales, extra } of subjects) {
    const scored = [...fromScales(scales), ...extra];
    for (const [group, roles, required] of groups) {
      const base: Evidence = { scale, group, threshold, policy: true };
      const own = scored.filter((s) => s.judgement.on <= asOf && s.judgement.raterRole !== undefined && roles.includes(s.judgement.raterRole));
      if (own.length === 0) {
        // The child's scale counts when the child has scaled; the other groups must have.
        if (required) add("score-at-threshold", false, { ...base, note: scales.length === 0 && extra.length === 0 ? "no-scale" : "no-judgement" });
        continue;
      }
      for (const rater of [...new Set(own.map((s) => raterOf(s.judgement)))]) {
        const latest = latestOf(own.filter((s) => raterOf(s.judgement) === rater));
        if (latest === undefined) continue;
        add("score-at-threshold", latest.score >= threshold, {
          ...base,
          rater,
          raterRole: latest.judgement.raterRole ?? "unknown",
          score: latest.score,
          on: latest.judgement.on,
          judgementId: latest.judgement.id,
          source: latest.source,
          ...(latest.scaleId === undefined ? {} : { scaleId: latest.scaleId }),
        });
      }
    }
  }

  // Who the child does not feel safe with.
  if (readiness.childNotSafeWith && options.childVoice !== undefined) {
    if (child.notSafeWith.length === 0) add("child-safety-house", true, { children: child.scores.length === 0 ? "" : sortedIds(child.scores.map((s) => s.childId)) });
    for (const n of child.notSafeWith) add("child-safety-house", false, { childId: n.childId, on: n.on, recordIds: n.recordIds.join(", "), itemIds: n.itemIds.join(", "), personIds: n.personIds.join(", ") });
  }

  // Breaches: unresolved, and reported in time.
  const unresolved = breaches.filter((e) => isUnresolvedBreach(e, asOf)).map((e) => e.id);
  add("no-unresolved-breaches", unresolved.length === 0, { count: unresolved.length, eventIds: sortedIds(unresolved) });
  const asOfEnd = startOfDay(asOf) + 24 * HOUR_MS;
  if (breaches.length === 0) add("breach-reported-in-time", true, { count: 0 });
  for (const e of breaches) {
    const ruleHours = plan.rules.filter((r) => r.id === e.ruleId).flatMap((r) => (r.ifBroken?.tellWithinHours === undefined ? [] : [r.ifBroken.tellWithinHours]));
    const hours = ruleHours.length > 0 ? Math.min(...ruleHours) : readiness.reportWithinHours;
    const base: Evidence = { eventId: e.id, date: e.date, hours, hoursFrom: ruleHours.length > 0 ? "rule" : "policy", ...(e.ruleId === undefined ? {} : { ruleId: e.ruleId }) };
    const earliest = e.occurredAt === undefined ? startOfDay(e.date) : Date.parse(e.occurredAt);
    const latest = e.occurredAt === undefined ? startOfDay(e.date) + 24 * HOUR_MS : earliest;
    const toldAt = e.escalation?.toldChildrensServicesAt;
    const told = toldAt === undefined ? undefined : Date.parse(toldAt);
    if (told === undefined || told > asOfEnd) {
      add("breach-reported-in-time", false, { ...base, reported: latest + hours * HOUR_MS <= asOfEnd ? "no" : "not-yet-due" });
    } else if (told - earliest <= hours * HOUR_MS) add("breach-reported-in-time", true, { ...base, reported: "in-time", toldAt: toldAt ?? "", hoursTaken: hoursOf(Math.max(0, told - earliest)) });
    else if (told - latest > hours * HOUR_MS) add("breach-reported-in-time", false, { ...base, reported: "late", toldAt: toldAt ?? "", hoursTaken: hoursOf(told - latest) });
    else add("breach-reported-in-time", false, { ...base, reported: "time-unknown", toldAt: toldAt ?? "" });
  }

  // Monitoring by the network in the recent window.
  const days = readiness.networkMonitoringWithinDays;
  const from = addCalendarDays(asOf, -(Math.ceil(days) - 1));
  const byNetwork = planEvents.filter((e) => e.role === "network");
  const recent = byNetwork.filter((e) => e.date >= from);
  const lastOn = byNetwork.reduce<string>((v, e) => (e.date > v ? e.date : v), "");
  add("network-monitoring-recent", recent.length > 0, {
    days,
    policy: true,
    since: from,
    count: recent.length,
    eventIds: sortedIds(recent.map((e) => e.id)),
    ...(lastOn === "" ? { note: "no-network-monitoring" } : { lastOn }),
  });

  // Members sure of the rules they do or check, and the network beyond closure.
  const network = options.network;
  if (network === undefined) {
    add("members-sure-of-rules", false, { note: "no-network" });
    add("network-beyond-closure", false, { note: "no-network" });
  } else {
    const members = currentMembers(network, asOf);
    let problems = 0;
    for (const rule of plan.rules) {
      const owners = [...rule.responsibleIds.map((id) => [id, "responsible"] as const), ...rule.monitors.filter((m) => m.as === "network").map((m) => [m.personId, "monitor"] as const)];
      for (const [personId, as] of owners) {
        for (const m of members.filter((x) => x.personId === personId && x.willingness !== "willing")) {
          problems += 1;
          add("members-sure-of-rules", false, { ruleId: rule.id, personId, as, willingness: m.willingness });
        }
      }
    }
    if (problems === 0) add("members-sure-of-rules", true, { rules: plan.rules.length });
    const staying = members.filter((m) => m.willingness === "willing" && m.staysAfterClosure === "yes").map((m) => m.personId);
    const personOf = (id: string): Person | undefined => options.people?.find((p) => p.id === id);
    const familyOrFriends = staying.filter((id) => personOf(id) !== undefined && personOf(id)?.professional === undefined);
    const professionals = staying.filter((id) => personOf(id)?.professional !== undefined);
    const unknown = staying.filter((id) => personOf(id) === undefined);
    const min = readiness.minFamilyOrFriendsBeyondClosure;
    add("network-beyond-closure", familyOrFriends.length >= min && staying.length > 0, {
      min,
      policy: true,
      count: new Set(familyOrFriends).size,
      personIds: sortedIds(familyOrFriends),
      professionalIds: sortedIds(professionals),
      ...(unknown.length === 0 ? {} : { unknownIds: sortedIds(unknown) }),
      ...(options.people === undefined ? { note: "no-people" } : {}),
    });
  }

  const order = (r: StepDownReason): number => KIND_ORDER.indexOf(r.kind);
  const sorted = reasons
    .map((r) => ({ r, key: keyOf(r) }))
    .sort((a, b) => order(a.r) - order(b.r) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.r);
  return { ready: sorted.length > 0 && sorted.every((r) => r.met), reasons: sorted };
}
