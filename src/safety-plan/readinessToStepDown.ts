import { normaliseScore, type AssessmentMap, type SafetyScale, type ScaleJudgement, type ScalePolarity } from "../assessment";
import { addCalendarDays, addCalendarMonths, daysBetween, type IsoDate } from "../core";
import { currentMembers, type SafetyNetwork } from "../network";
import { assertDate, eventsOf, inUseSince, isUnresolvedBreach } from "./internal";
import { resolvePolicy, type PlanPolicy } from "./PlanPolicy";
import type { MonitoringEvent, SafetyPlan } from "./SafetyPlan";

/**
 * Options of {@link readinessToStepDown}.
 *
 * @category Safety plan
 */
export interface ReadinessToStepDownOptions {
  /** The day to look at; events, judgements and status changes after it are ignored. */
  readonly asOf: IsoDate;
  /** Local policy; missing values take {@link DEFAULT_PLAN_POLICY}'s. */
  readonly policy?: Partial<PlanPolicy>;
  /** The safety network, for its commitment beyond closure. Without it, that reason is unmet. */
  readonly network?: SafetyNetwork;
}

/**
 * The kinds of reason {@link readinessToStepDown} gives:
 *
 * - `goal-sustained`: one per safety goal of the map: its `sustainFor` has run since the plan was
 *   first in use;
 * - `score-at-threshold`: one per scale (overall, then each danger statement) and rater group:
 *   the group's latest score is at least the policy's threshold;
 * - `no-unresolved-breaches`: no breach of the plan is unresolved;
 * - `network-beyond-closure`: at least one current, willing member will stay after
 *   Children's Services close the case.
 *
 * @category Safety plan
 */
export type StepDownReasonKind = "goal-sustained" | "score-at-threshold" | "no-unresolved-breaches" | "network-beyond-closure";

/**
 * One reason for or against stepping down, with the evidence used. Evidence values are plain
 * data (ids, dates, numbers) for a product to present; `note` says why evidence is missing:
 * `plan-not-in-use`, `no-duration`, `no-safety-goals`, `no-scale`, `no-judgement`, `no-network`.
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
  /** `true` when every reason is met. */
  readonly ready: boolean;
  /** Every reason, met or not, in the order of {@link StepDownReasonKind}. */
  readonly reasons: readonly StepDownReason[];
}

/** A judgement with the polarity of the scale it was given on. */
interface Scored {
  readonly judgement: ScaleJudgement;
  readonly polarity: ScalePolarity;
  readonly source: "map" | "review";
}

function latestOf(scored: readonly Scored[]): Scored | undefined {
  let latest: Scored | undefined;
  // Ties on the day go to the later entry (reviews come after the map).
  for (const s of scored) if (latest === undefined || s.judgement.on >= latest.judgement.on) latest = s;
  return latest;
}

/**
 * Tells whether a safety plan is ready for Children's Services to step down or close, and why,
 * reason by reason.
 *
 * The last stage of building a safety plan is to sustain it for the goal durations and then
 * step down or close, when the network commits to continue after Children's Services close
 * (domain specification 2.2, stage 9; 2.5 `readyToStepDown`: goal durations met, latest scores
 * at or above a configured threshold, no open rule breaches). Measured as follows:
 *
 * - each safety goal's `sustainFor` is counted from the first day the plan was in use (trial,
 *   active or sustaining; from its `statusHistory`), so a new plan version starts a new count;
 *   a goal without a duration cannot be sustained (note `no-duration`);
 * - scores are normalised so that 10 is safe ({@link normaliseScore}); for each scale (the
 *   map's overall scale, then one per danger statement) and each rater group of the policy
 *   (default: the worker, and the family as parent or carer), the latest judgement by a rater of
 *   the group must reach the threshold (default 7). A plan review's judgements are read as
 *   judgements on the overall scale;
 * - no breach of the plan is unresolved on `asOf` (see {@link monitoringGaps});
 * - at least one current member of the network is willing and will stay after closure
 *   (`staysAfterClosure: "yes"`): the plan must rest on people who will still be there after
 *   services withdraw (domain specification 3.1).
 *
 * @param plan - The safety plan.
 * @param map - The current assessment map: its safety goals and scales.
 * @param events - Monitoring events; those of other plans are ignored.
 * @param options - The day, the local policy and the network.
 * @returns `{ ready, reasons }`, every reason with `met` and its evidence.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date or the policy is out of range.
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
  const reasons: StepDownReason[] = [];

  // Goal durations, from the first day the plan was in use.
  const since = inUseSince(plan, asOf);
  if (map.goals.length === 0) reasons.push({ kind: "goal-sustained", met: false, evidence: { note: "no-safety-goals" } });
  for (const goal of map.goals) {
    const base = { goalId: goal.id, ...(goal.dangerId === undefined ? {} : { dangerId: goal.dangerId }) };
    if (goal.sustainFor === undefined) {
      reasons.push({ kind: "goal-sustained", met: false, evidence: { ...base, note: "no-duration" } });
      continue;
    }
    const { amount, unit } = goal.sustainFor;
    const sustainFor = `${String(amount)} ${unit}`;
    if (since === undefined) {
      reasons.push({ kind: "goal-sustained", met: false, evidence: { ...base, sustainFor, note: "plan-not-in-use" } });
      continue;
    }
    const until = unit === "months" ? addCalendarMonths(since, amount) : addCalendarDays(since, unit === "weeks" ? amount * 7 : amount);
    reasons.push({
      kind: "goal-sustained",
      met: until <= asOf,
      evidence: { ...base, sustainFor, since, sustainedUntil: until, daysInUse: daysBetween(since, asOf) },
    });
  }

  // Latest scores per scale and rater group.
  const overall = map.scales.find((s) => s.subject.kind === "overall");
  const reviewScores: Scored[] = plan.reviews.flatMap((r) =>
    r.judgements.map((judgement) => ({ judgement, polarity: overall?.polarity ?? "safety-high", source: "review" as const })),
  );
  const subjects: { readonly scale: string; readonly found: SafetyScale | undefined; readonly extra: readonly Scored[] }[] = [
    { scale: "overall", found: overall, extra: reviewScores },
    ...map.dangers.map((d) => ({
      scale: d.id,
      found: map.scales.find((s) => s.subject.kind === "danger" && s.subject.dangerId === d.id),
      extra: [] as Scored[],
    })),
  ];
  const threshold = policy.scoreThreshold;
  for (const { scale, found, extra } of subjects) {
    const scored: Scored[] = [...(found?.judgements.map((judgement) => ({ judgement, polarity: found.polarity, source: "map" as const })) ?? []), ...extra];
    for (const [group, roles] of Object.entries(policy.raterGroups)) {
      const base = { scale, ...(found === undefined ? {} : { scaleId: found.id }), group, threshold };
      if (scored.length === 0) {
        reasons.push({ kind: "score-at-threshold", met: false, evidence: { ...base, note: found === undefined ? "no-scale" : "no-judgement" } });
        continue;
      }
      const latest = latestOf(scored.filter((s) => s.judgement.on <= asOf && s.judgement.raterRole !== undefined && roles.includes(s.judgement.raterRole)));
      if (latest === undefined) {
        reasons.push({ kind: "score-at-threshold", met: false, evidence: { ...base, note: "no-judgement" } });
        continue;
      }
      const score = normaliseScore(latest.judgement.value, latest.polarity);
      reasons.push({
        kind: "score-at-threshold",
        met: score >= threshold,
        evidence: { ...base, score, on: latest.judgement.on, judgementId: latest.judgement.id, source: latest.source, raterRole: latest.judgement.raterRole ?? "unknown" },
      });
    }
  }

  // Breaches.
  const unresolved = eventsOf(plan, events, asOf).filter(({ event }) => isUnresolvedBreach(event, asOf)).map(({ event }) => event.id);
  reasons.push({ kind: "no-unresolved-breaches", met: unresolved.length === 0, evidence: { count: unresolved.length, eventIds: unresolved.join(", ") } });

  // Commitment beyond closure.
  if (options.network === undefined) {
    reasons.push({ kind: "network-beyond-closure", met: false, evidence: { note: "no-network" } });
  } else {
    const staying = currentMembers(options.network, asOf).filter((m) => m.willingness === "willing" && m.staysAfterClosure === "yes");
    reasons.push({ kind: "network-beyond-closure", met: staying.length > 0, evidence: { count: staying.length, personIds: staying.map((m) => m.personId).join(", ") } });
  }
  return { ready: reasons.every((r) => r.met), reasons };
}
