import type { PlanStatus } from "./SafetyPlan";

/**
 * The moves a safety plan may make between statuses, as data that docs and tests read
 * ({@link setPlanStatus} refuses any other move).
 *
 * - `draft` → `trial` (the plan is tried with monitoring), `active` (adopted without a trial),
 *   `ended` (abandoned before use);
 * - `trial` → `active`, `draft` (back to the network to rework it), `ended`;
 * - `active` → `sustaining` (the goals' durations are running down), `trial` (tried again after
 *   a revision), `ended`;
 * - `sustaining` → `active` (confidence dropped, e.g. after a breach), `ended` (step down or close);
 * - `ended` → nothing: a new plan is a new version ({@link newPlanVersion}).
 *
 * The stages follow domain specification 2.2 (stages 6–9, derived from the England Innovations
 * Project elements and local guidance); a broken rule is a signal to reconvene the network and
 * improve the plan, not a plan failure, so a plan may move back as well as forward.
 *
 * @category Safety plan
 */
export const PLAN_STATUS_TRANSITIONS = {
  draft: ["trial", "active", "ended"],
  trial: ["draft", "active", "ended"],
  active: ["trial", "sustaining", "ended"],
  sustaining: ["active", "ended"],
  ended: [],
} as const satisfies Readonly<Record<PlanStatus, readonly PlanStatus[]>>;
