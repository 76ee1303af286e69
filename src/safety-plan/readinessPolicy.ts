import { KinsafeError } from "../core";

/**
 * The local policy of {@link readinessToStepDown} beyond the scores ({@link PlanPolicy} keeps
 * the score threshold and rater groups). Every number is a local setting, not a rule of the
 * practice framework, and the reasons that rest on one name it in their evidence.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/readinessToStepDown.test.ts#readiness-policy}
 *
 * @category Safety plan
 */
export interface ReadinessPolicy {
  /** Whether a case with no bottom lines set is not ready (default `true`). */
  readonly requireBottomLines: boolean;
  /** Whether the child's own latest scale counts when the child has scaled: a map judgement by the child, or the path of their Safety House (default `true`). */
  readonly childScales: boolean;
  /** Whether someone in the "not safe with" part of a child's latest Safety House stops step-down (default `true`). */
  readonly childNotSafeWith: boolean;
  /** Days within which the network must have monitored the plan (default 14). */
  readonly networkMonitoringWithinDays: number;
  /** Hours within which a breach must be reported to Children's Services when its rule sets none (default 24). */
  readonly reportWithinHours: number;
  /** Whether goal durations are counted again from the last breach (default `true`). */
  readonly breachRestartsGoals: boolean;
  /** How many willing family members or friends (not professionals) must stay after closure (default 1). */
  readonly minFamilyOrFriendsBeyondClosure: number;
}

/**
 * The defaults of {@link ReadinessPolicy}, each chosen to fail safe; see the readiness section
 * of `docs/safety-networks-and-plans.md` for the practice source or reasoning of each:
 *
 * - `requireBottomLines: true`: the plan is built within Children's Services' bottom lines, so
 *   with none set nothing says it is good enough;
 * - `childScales: true`: the child is one of the people who scale; the Safety House path is
 *   the child's own scaling;
 * - `childNotSafeWith: true`: a child who still puts someone outside the house is not yet safe
 *   in their own view;
 * - `networkMonitoringWithinDays: 14`: twice the weekly network check of {@link DEFAULT_PLAN_POLICY};
 * - `reportWithinHours: 24`: the usual "tell Children's Services within a day";
 * - `breachRestartsGoals: true`: a goal is sustained when it has held for its whole duration;
 * - `minFamilyOrFriendsBeyondClosure: 1`: at least one person of the family's own network stays.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/readinessToStepDown.test.ts#readiness-policy}
 *
 * @category Safety plan
 */
export const DEFAULT_READINESS_POLICY: ReadinessPolicy = {
  requireBottomLines: true,
  childScales: true,
  childNotSafeWith: true,
  networkMonitoringWithinDays: 14,
  reportWithinHours: 24,
  breachRestartsGoals: true,
  minFamilyOrFriendsBeyondClosure: 1,
};

/**
 * The readiness policy with defaults filled in; throws `invalid-argument` for out-of-range values.
 *
 * @internal
 */
export function resolveReadinessPolicy(policy: Partial<ReadinessPolicy> | undefined): ReadinessPolicy {
  const resolved: ReadinessPolicy = { ...DEFAULT_READINESS_POLICY, ...policy };
  const positive = (key: "networkMonitoringWithinDays" | "reportWithinHours"): void => {
    const v = resolved[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new KinsafeError("invalid-argument", `readiness.${key} must be a number above 0; received ${String(v)}.`);
  };
  positive("networkMonitoringWithinDays");
  positive("reportWithinHours");
  const m = resolved.minFamilyOrFriendsBeyondClosure;
  if (typeof m !== "number" || !Number.isInteger(m) || m < 0) throw new KinsafeError("invalid-argument", `readiness.minFamilyOrFriendsBeyondClosure must be a whole number from 0; received ${String(m)}.`);
  return resolved;
}
