import * as z from "zod";
import type { DeepReadonly, IdFactory } from "../core";
import {
  ComplicatingFactorSchema,
  DangerStatementSchema,
  ExistingSafetySchema,
  GreyAreaSchema,
  HarmStatementSchema,
  NextStepSchema,
  type ParticipantSchema,
  SafetyGoalSchema,
  SafetyScaleSchema,
  type ScaleJudgementSchema,
  StrengthSchema,
} from "./AssessmentMap";

// The lists of the assessment map that hold items with ids, as a table: each list's key in the
// map and the schema of its items. The generic add/update/remove recipes (mapItems.ts) and the
// command schema read this table, so adding a list to the map means adding one row here.

/**
 * The schema of the items of each list of the assessment map, keyed by the list's field name.
 *
 * @category Assessment map
 */
export const MAP_ITEM_SCHEMAS = {
  harm: HarmStatementSchema,
  dangers: DangerStatementSchema,
  complicatingFactors: ComplicatingFactorSchema,
  greyAreas: GreyAreaSchema,
  strengths: StrengthSchema,
  existingSafety: ExistingSafetySchema,
  goals: SafetyGoalSchema,
  nextSteps: NextStepSchema,
  scales: SafetyScaleSchema,
} as const;

/**
 * The name of a list of the assessment map that holds items with ids: `harm`, `dangers`,
 * `complicatingFactors`, `greyAreas`, `strengths`, `existingSafety`, `goals`, `nextSteps` or
 * `scales` (the map's own field names).
 *
 * @category Assessment map
 */
export const AssessmentMapColumnSchema = z.enum(["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps", "scales"]);
/** @category Assessment map */
export type AssessmentMapColumn = z.output<typeof AssessmentMapColumnSchema>;

/** The JSON shape of an item of a map list, id included. */
/**
 * The input shape of an item of a column of the assessment map, as its schema takes it.
 *
 * @category Assessment map
 */
export type MapItemShape<C extends AssessmentMapColumn> = DeepReadonly<z.input<(typeof MAP_ITEM_SCHEMAS)[C]>>;

/**
 * An item of a map list as an `add*` updater accepts it: the JSON shape of the item's schema,
 * with plain strings for ids and dates. Its `id` (and a safety scale's judgements' ids) may be
 * left out when the updater is given `options.ids` (see {@link AddMapItemOptions}). Updaters
 * parse it before use.
 *
 * @typeParam C - The list.
 *
 * @category Assessment map
 */
export type MapItemInput<C extends AssessmentMapColumn> = Omit<MapItemShape<C>, "id" | "judgements"> & {
  readonly id?: string | undefined;
} & (C extends "scales" ? { readonly judgements: readonly ScaleJudgementInput[] } : unknown);

/**
 * A change to an item of a map list: any of its fields except `id`. A field set to `undefined`
 * is removed from the item (only optional fields can be removed).
 *
 * @typeParam C - The list.
 *
 * @category Assessment map
 */
export type MapItemPatch<C extends AssessmentMapColumn> = {
  readonly [K in Exclude<keyof MapItemShape<C>, "id">]?: MapItemShape<C>[K] | undefined;
};

/** A harm statement as the updaters accept it (see {@link MapItemInput}). @category Assessment map */
export type HarmStatementInput = MapItemInput<"harm">;
/** A danger statement as the updaters accept it. @category Assessment map */
export type DangerStatementInput = MapItemInput<"dangers">;
/** A complicating factor as the updaters accept it. @category Assessment map */
export type ComplicatingFactorInput = MapItemInput<"complicatingFactors">;
/** A grey area as the updaters accept it. @category Assessment map */
export type GreyAreaInput = MapItemInput<"greyAreas">;
/** An existing strength as the updaters accept it. @category Assessment map */
export type StrengthInput = MapItemInput<"strengths">;
/** An existing safety item as the updaters accept it. @category Assessment map */
export type ExistingSafetyInput = MapItemInput<"existingSafety">;
/** A safety goal as the updaters accept it. @category Assessment map */
export type SafetyGoalInput = MapItemInput<"goals">;
/** A next step as the updaters accept it. @category Assessment map */
export type NextStepInput = MapItemInput<"nextSteps">;
/** A safety scale as the updaters accept it. @category Assessment map */
export type SafetyScaleInput = MapItemInput<"scales">;
/**
 * A scale judgement as the updaters accept it; its `id` may be left out when the updater is given
 * `options.ids`. @category Assessment map
 */
export type ScaleJudgementInput = DeepReadonly<Omit<z.input<typeof ScaleJudgementSchema>, "id">> & { readonly id?: string | undefined };
/** A participant as the updaters accept it. @category Assessment map */
export type ParticipantInput = DeepReadonly<z.input<typeof ParticipantSchema>>;

/** A change to a harm statement (see {@link MapItemPatch}). @category Assessment map */
export type HarmStatementPatch = MapItemPatch<"harm">;
/** A change to a danger statement. @category Assessment map */
export type DangerStatementPatch = MapItemPatch<"dangers">;
/** A change to a complicating factor. @category Assessment map */
export type ComplicatingFactorPatch = MapItemPatch<"complicatingFactors">;
/** A change to a grey area. @category Assessment map */
export type GreyAreaPatch = MapItemPatch<"greyAreas">;
/** A change to an existing strength. @category Assessment map */
export type StrengthPatch = MapItemPatch<"strengths">;
/** A change to an existing safety item. @category Assessment map */
export type ExistingSafetyPatch = MapItemPatch<"existingSafety">;
/** A change to a safety goal. @category Assessment map */
export type SafetyGoalPatch = MapItemPatch<"goals">;
/** A change to a next step. @category Assessment map */
export type NextStepPatch = MapItemPatch<"nextSteps">;
/** A change to a safety scale. @category Assessment map */
export type SafetyScalePatch = MapItemPatch<"scales">;

/**
 * Options of the `add*` updaters of the assessment map's lists (and of `addScaleJudgement`).
 *
 * @example
 * {@includeCode ../../tests/assessment/mapItemInput.test.ts#map-ids}
 *
 * @category Assessment map
 */
export interface AddMapItemOptions {
  /**
   * Makes the id of an item given without one (and, for a safety scale, of each judgement given
   * without one); an id the map already uses is skipped and the factory asked again. Without it,
   * an item without an id is refused (`required` at the item's `id` path).
   */
  readonly ids?: IdFactory;
}

/**
 * Options of the `remove*` updaters of danger statements.
 *
 * @category Assessment map
 */
export interface RemoveItemOptions {
  /**
   * When `true`, removing a danger statement also removes the goals and scales about it, takes
   * it out of existing safety items' `dangerIds`, and takes the removed goals out of next steps'
   * `goalIds`. When `false` (the default), removing a danger statement that something still
   * points at throws.
   */
  readonly cascade?: boolean;
}
