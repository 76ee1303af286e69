import { KinsafeError } from "../core";
import type { ParticipantRole } from "../assessment";

/**
 * The local policy that {@link monitoringGaps} and {@link readinessToStepDown} apply. Every
 * value is a local-policy choice, not a rule of the practice framework: the guidance says the
 * plan is monitored by both Children's Services and the network and that the scales are
 * re-asked at each meeting (domain specification 2.4), but sets no interval or threshold.
 *
 * @category Safety plan
 */
export interface PlanPolicy {
  /** Days allowed between two checks of a rule by the network. */
  readonly networkEveryDays: number;
  /** Days allowed between two checks of a rule by a professional. */
  readonly professionalEveryDays: number;
  /** The lowest latest score (0–10, normalised so that 10 is safe) that counts as ready to step down. */
  readonly scoreThreshold: number;
  /**
   * Whose scores must reach the threshold: each group's latest judgement on each scale, by the
   * rater roles in the group, e.g. `{ worker: ["worker"], family: ["parent", "carer"] }`.
   */
  readonly raterGroups: Readonly<Record<string, readonly ParticipantRole[]>>;
}

/**
 * The defaults of {@link PlanPolicy}, documented as local-policy defaults that an authority is
 * expected to set for itself:
 *
 * - `networkEveryDays: 7`: the network checks each rule at least weekly (network members "keep
 *   regular contact with the child, family and carers"; Queensland practice kit);
 * - `professionalEveryDays: 14`: a professional checks each rule at least fortnightly, in line
 *   with the usual fortnightly visiting of children on plans (a local-practice figure, not a
 *   statutory one);
 * - `scoreThreshold: 7`: the latest safety-scale scores are at least 7 out of 10 (a common
 *   local threshold for stepping down; the framework itself sets none);
 * - `raterGroups`: the worker (`worker`) and the family (`parent`, `carer`) must both reach it.
 *
 * @category Safety plan
 */
export const DEFAULT_PLAN_POLICY: PlanPolicy = {
  networkEveryDays: 7,
  professionalEveryDays: 14,
  scoreThreshold: 7,
  raterGroups: { worker: ["worker"], family: ["parent", "carer"] },
};

/**
 * The policy with defaults filled in; throws `invalid-argument` for out-of-range values.
 *
 * @internal
 */
export function resolvePolicy(policy: Partial<PlanPolicy> | undefined): PlanPolicy {
  const resolved: PlanPolicy = { ...DEFAULT_PLAN_POLICY, ...policy };
  for (const key of ["networkEveryDays", "professionalEveryDays"] as const) {
    const v = resolved[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new KinsafeError("invalid-argument", `policy.${key} must be a number of days above 0; received ${String(v)}.`);
    }
  }
  const t = resolved.scoreThreshold;
  if (typeof t !== "number" || !Number.isFinite(t) || t < 0 || t > 10) {
    throw new KinsafeError("invalid-argument", `policy.scoreThreshold must be a number from 0 to 10; received ${String(t)}.`);
  }
  return resolved;
}
