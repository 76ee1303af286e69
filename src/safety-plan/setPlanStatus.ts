import { produce, type Draft } from "immer";
import { accept, KinsafeError, refuse, type Checked, type IsoDate } from "../core";
import { SAFETY_PLAN_FINDING_TABLE, type SafetyPlanFindingCode } from "./findingCodes";
import { assertDate } from "./internal";
import { PLAN_STATUS_TRANSITIONS } from "./planStatusTransitions";
import { PlanStatusSchema, type PlanStatus, type SafetyPlan } from "./SafetyPlan";

/**
 * Moves a draft plan to a new status and records the move, without checking it.
 *
 * @param draft - A draft of the plan.
 * @param status - The new status.
 * @param on - The day of the move.
 *
 * @internal Shared by {@link setPlanStatus} (after its checks) and audited changes.
 */
export function setPlanStatusRecipe(draft: Draft<SafetyPlan>, status: PlanStatus, on: IsoDate): void {
  draft.status = status;
  draft.statusHistory.push({ status, on });
}

/**
 * Moves a safety plan to a new status, following the lifecycle draft → trial → active →
 * sustaining → ended in {@link PLAN_STATUS_TRANSITIONS}.
 *
 * A move not in the table (including to the same status, or out of `ended`) is refused with
 * `safety-plan/status-change-not-allowed`; a move dated before the plan's last move is refused
 * with `safety-plan/status-change-before-last`. A refusal is data, not an exception: the plan is
 * left as it is. An accepted move appends `{ status, on }` to `statusHistory`, from which
 * {@link readinessToStepDown} measures how long the plan has been in use.
 *
 * @param plan - The plan.
 * @param status - The new status.
 * @param on - The day of the move.
 * @returns `{ ok: true, value }` with the moved plan, or `{ ok: false, findings }` saying why the move was refused.
 * @throws {@link KinsafeError} with code `invalid-argument` when `status` is not a plan status or `on` is not a calendar date (programmer errors).
 *
 * @example
 * {@includeCode ../../tests/safety-plan/setPlanStatus.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function setPlanStatus(plan: SafetyPlan, status: PlanStatus, on: string): Checked<SafetyPlan, SafetyPlanFindingCode> {
  if (!PlanStatusSchema.safeParse(status).success) {
    throw new KinsafeError("invalid-argument", `Unknown plan status ${JSON.stringify(status)}; expected one of ${PlanStatusSchema.options.join(", ")}.`);
  }
  assertDate(on, "on");
  const allowed: readonly PlanStatus[] = PLAN_STATUS_TRANSITIONS[plan.status];
  if (!allowed.includes(status)) {
    const code = "safety-plan/status-change-not-allowed";
    return refuse({ code, severity: SAFETY_PLAN_FINDING_TABLE[code].severity, path: ["status"], params: { from: plan.status, to: status } });
  }
  const last = plan.statusHistory[plan.statusHistory.length - 1];
  if (last !== undefined && on < last.on) {
    const code = "safety-plan/status-change-before-last";
    return refuse({ code, severity: SAFETY_PLAN_FINDING_TABLE[code].severity, path: ["statusHistory"], params: { on, lastOn: last.on } });
  }
  return accept(
    produce(plan, (draft) => {
      setPlanStatusRecipe(draft, status, on);
    }),
  );
}
