import type * as z from "zod";
import {
  addIssue,
  checkReference,
  checkReferences,
  fieldOf,
  idsOf,
  listOf,
  type DeepReadonly,
  type DocPath,
  type IdFactory,
  type InputIssue,
} from "../core";
import type { PlanReviewSchema, PlanRuleSchema, PlanStatus, SafetyPlanSchema } from "./SafetyPlan";

// Input types, options and reference checks of the safety-plan updaters (one contract with
// every updater: see "Updating documents" in docs/for-vendors.md).

/**
 * A plan rule as an updater takes it: plain JSON (plain string ids and dates). The `id` may be
 * left out when `options.ids` is given.
 *
 * @category Safety plan
 */
export type PlanRuleInput = DeepReadonly<Omit<z.input<typeof PlanRuleSchema>, "id">> & { readonly id?: string | undefined };

/**
 * A plan review as an updater takes it: plain JSON; the `id` may be left out when `options.ids`
 * is given.
 *
 * @category Safety plan
 */
export type PlanReviewInput = DeepReadonly<Omit<z.input<typeof PlanReviewSchema>, "id">> & { readonly id?: string | undefined };

/**
 * What {@link createSafetyPlan} takes: a new plan as plain JSON. It starts in `status` (default
 * `draft`) on the day `on`, which is the first entry of its status history.
 *
 * @category Safety plan
 */
export type SafetyPlanInit = DeepReadonly<Omit<z.input<typeof SafetyPlanSchema>, "id" | "version" | "status" | "statusHistory" | "rules" | "reviews">> & {
  /** The plan's id; made with `options.ids` when left out. */
  readonly id?: string;
  /** The version, from 1 (default 1). */
  readonly version?: number;
  /** The status it starts in (default `draft`). */
  readonly status?: PlanStatus;
  /** The day it was drafted, `YYYY-MM-DD`: the first entry of its status history. */
  readonly on: string;
  /** The rules (default none). */
  readonly rules?: readonly PlanRuleInput[];
  /** The reviews (default none). */
  readonly reviews?: readonly PlanReviewInput[];
};

/**
 * The options of every safety-plan updater: what the references are checked against, and how
 * new ids are made. See "Updating documents" in `docs/for-vendors.md`.
 *
 * @category Safety plan
 */
export interface SafetyPlanInputOptions {
  /**
   * The people of the case. When given, every person a rule or a review names (subjects,
   * responsible people, monitors, who tells Children's Services, who agreed, raters) must be one
   * of them. Whether a monitor is a member of the network is a practice check
   * (`network/rule-owner-not-in-network` in `checkNetwork`), not an input rule.
   */
  readonly people?: readonly { readonly id: string }[];
  /** The assessment map the plan answers: the plan's `mapId` must be its id, and every danger a rule addresses one of its danger statements. */
  readonly map?: { readonly id: string; readonly dangers: readonly { readonly id: string }[] };
  /** The bottom lines of the case: every bottom line a rule meets must be one of them. */
  readonly bottomLines?: readonly { readonly id: string }[];
  /** Makes the ids of the plan, its rules and its reviews given without one (see {@link IdFactory}). */
  readonly ids?: IdFactory;
}

/** The known ids the references of plan input are checked against. @internal */
export interface PlanRefs {
  readonly people: ReadonlySet<string> | undefined;
  readonly dangers: ReadonlySet<string> | undefined;
  readonly bottomLines: ReadonlySet<string> | undefined;
  readonly mapId: string | undefined;
}

/** @internal */
export function planRefs(options: SafetyPlanInputOptions): PlanRefs {
  return { people: idsOf(options.people), dangers: idsOf(options.map?.dangers), bottomLines: idsOf(options.bottomLines), mapId: options.map?.id };
}

const unknownPerson = (id: string): string => `No person in the case has the id ${JSON.stringify(id)}.`;
const unknownDanger = (id: string): string => `No danger statement of the map has the id ${JSON.stringify(id)}.`;
const unknownBottomLine = (id: string): string => `No bottom line of the case has the id ${JSON.stringify(id)}.`;

/**
 * The references of a rule: its danger statements, bottom lines and people.
 *
 * @internal
 */
export function ruleIssues(issues: InputIssue[], rule: unknown, at: DocPath, refs: PlanRefs): void {
  checkReferences(issues, fieldOf(rule, "dangerIds"), [...at, "dangerIds"], refs.dangers, "reference/unknown-danger-statement", unknownDanger);
  checkReferences(issues, fieldOf(rule, "bottomLineIds"), [...at, "bottomLineIds"], refs.bottomLines, "reference/unknown-bottom-line", unknownBottomLine);
  for (const key of ["subjectIds", "responsibleIds"]) checkReferences(issues, fieldOf(rule, key), [...at, key], refs.people, "reference/unknown-person", unknownPerson);
  listOf(rule, "monitors").forEach((m, i) => {
    checkReference(issues, fieldOf(m, "personId"), [...at, "monitors", i, "personId"], refs.people, "reference/unknown-person", unknownPerson);
  });
  const ifBroken = fieldOf(rule, "ifBroken");
  checkReferences(issues, fieldOf(ifBroken, "whoTellsIds"), [...at, "ifBroken", "whoTellsIds"], refs.people, "reference/unknown-person", unknownPerson);
  listOf(rule, "agreedBy").forEach((a, i) => {
    checkReference(issues, fieldOf(a, "personId"), [...at, "agreedBy", i, "personId"], refs.people, "reference/unknown-person", unknownPerson);
  });
}

/**
 * The references of a review: the raters of its judgements.
 *
 * @internal
 */
export function reviewIssues(issues: InputIssue[], review: unknown, at: DocPath, refs: PlanRefs): void {
  listOf(review, "judgements").forEach((j, i) => {
    checkReference(issues, fieldOf(j, "raterId"), [...at, "judgements", i, "raterId"], refs.people, "reference/unknown-person", unknownPerson);
  });
}

/**
 * Reports an id that `used` says is taken, at the entry's `id`.
 *
 * @internal
 */
export function idTakenIssue(issues: InputIssue[], entry: unknown, at: DocPath, used: (id: string) => boolean, what: string): void {
  const id = fieldOf(entry, "id");
  if (typeof id === "string" && used(id)) addIssue(issues, [...at, "id"], "reference/duplicate-id", `The plan already has ${what} with the id ${JSON.stringify(id)}.`, id);
}
