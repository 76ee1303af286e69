import { produce, type Draft } from "immer";
import { KinsafeError, type IdFactory, type IsoDate } from "../core";
import { assertDate } from "./internal";
import { PlanStatusSchema, SafetyPlanIdSchema, type PlanStatus, type SafetyPlan, type SafetyPlanId } from "./SafetyPlan";

/**
 * Options of {@link newPlanVersion}.
 *
 * @category Safety plan
 */
export interface NewPlanVersionOptions {
  /** The id of the new version; must differ from the plan's. Made with `ids` when left out. */
  readonly id?: string;
  /** The day the new version is made, `YYYY-MM-DD`. */
  readonly on: string;
  /** The status the new version starts in. Default `draft`: the network agrees the revision first. */
  readonly status?: PlanStatus;
  /** Makes the new version's id when `id` is left out (see {@link IdFactory}). */
  readonly ids?: IdFactory;
}

/**
 * Turns a draft plan into its next version, without checking the options.
 *
 * @param draft - A draft of the plan.
 * @param id - The new version's id.
 * @param on - The day.
 * @param status - The starting status.
 *
 * @internal Shared by {@link newPlanVersion} (after its checks) and audited changes.
 */
export function newPlanVersionRecipe(draft: Draft<SafetyPlan>, id: SafetyPlanId, on: IsoDate, status: PlanStatus): void {
  draft.previousVersionId = draft.id;
  draft.id = id;
  draft.version += 1;
  draft.status = status;
  draft.statusHistory = [{ status, on }];
  draft.reviews = [];
}

/**
 * Makes a new version of a safety plan, for the network to revise: same map and rules, the next
 * version number, a pointer to the plan it replaces, a fresh status history and no reviews.
 *
 * "A plan is just a plan until we see it working": when a rule is broken or does not work, the
 * network reconvenes and improves the plan, and many of the strongest plans come from such
 * revisions (England Innovations Project; domain specification 2.1 and stage 8 of 2.2). The old
 * version is not changed and stays in the case file as history. The new version's time in use is
 * measured from its own status history.
 *
 * @param plan - The plan to revise.
 * @param options - The new version's id, the day, and its starting status.
 * @returns The new version.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.id` is not a valid id or is the plan's own id, there is neither `id` nor `ids`, `options.on` is not a calendar date, or `options.status` is not a plan status.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/newPlanVersion.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function newPlanVersion(plan: SafetyPlan, options: NewPlanVersionOptions): SafetyPlan {
  const { on } = options;
  const status = options.status ?? "draft";
  const id = options.id ?? options.ids?.("safety-plan");
  if (id === undefined) throw new KinsafeError("invalid-argument", "A new version needs an id: give options.id or options.ids.");
  if (!SafetyPlanIdSchema.safeParse(id).success) throw new KinsafeError("invalid-argument", `${JSON.stringify(id)} is not a valid id.`);
  assertDate(on, "options.on");
  if (id === plan.id) throw new KinsafeError("invalid-argument", `A new version needs a new id; ${JSON.stringify(id)} is the plan's own.`);
  if (!PlanStatusSchema.safeParse(status).success) throw new KinsafeError("invalid-argument", `Unknown plan status ${JSON.stringify(status)}.`);
  return produce(plan, (draft) => {
    newPlanVersionRecipe(draft, id as SafetyPlanId, on, status);
  });
}
