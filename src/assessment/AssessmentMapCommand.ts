import * as z from "zod";
import { auditEntrySchema, PersonIdSchema, type AuditEntry, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import {
  ChildVoiceRecordIdSchema,
  ComplicatingFactorSchema,
  DangerStatementSchema,
  ExistingSafetySchema,
  GreyAreaSchema,
  HarmStatementSchema,
  MapVariantSchema,
  NextStepSchema,
  NextStepStatusSchema,
  ParticipantSchema,
  SafetyGoalSchema,
  SafetyScaleIdSchema,
  SafetyScaleSchema,
  ScaleJudgementSchema,
  StrengthSchema,
} from "./AssessmentMap";
import { AssessmentMapColumnSchema, MAP_ITEM_SCHEMAS, type AssessmentMapColumn } from "./mapColumns";

// Commands: the audited changes of an assessment map, as data. The item-bearing commands are
// discriminated on `column` too, so each column's item is parsed with its own schema.

const addItem = <C extends AssessmentMapColumn>(column: C) =>
  z.strictObject({ type: z.literal("add-item"), column: z.literal(column), item: MAP_ITEM_SCHEMAS[column] });

const updateItem = <C extends AssessmentMapColumn, P extends z.ZodType>(column: C, patch: P) =>
  z.strictObject({
    type: z.literal("update-item"),
    column: z.literal(column),
    id: z.string().max(MAX_TEXT_LENGTH).min(1),
    /** The fields to change. */
    patch,
    /** Optional fields to remove (JSON cannot carry `undefined`). */
    unset: z.array(z.string().max(MAX_TEXT_LENGTH)).max(MAX_LIST_LENGTH).optional(),
  });

const reclassifyTo = <C extends "harm" | "dangers" | "complicatingFactors" | "strengths" | "existingSafety">(column: C) =>
  z.strictObject({ column: z.literal(column), item: MAP_ITEM_SCHEMAS[column] });

/**
 * The schema of the commands that {@link applyAssessmentMapChange} applies; a discriminated union
 * on `type`:
 *
 * - `add-item` `{ column, item }`, `update-item` `{ column, id, patch, unset? }`,
 *   `remove-item` `{ column, id, cascade? }`: the lists of the map (see {@link AssessmentMapColumn});
 * - `reclassify-grey-area` `{ greyAreaId, to: { column, item } }`;
 * - `add-judgement` `{ scaleId, judgement }`, `remove-judgement` `{ scaleId, judgementId }`;
 * - `set-next-step-status` `{ nextStepId, status }`;
 * - `link-child-voice` / `unlink-child-voice` `{ childVoiceId }`;
 * - `add-participant` `{ participant }`, `remove-participant` `{ personId }`;
 * - `set-variant` `{ variant }`.
 *
 * @category Assessment map
 */
export const AssessmentMapCommandSchema = z.discriminatedUnion("type", [
  z.discriminatedUnion("column", [
    addItem("harm"),
    addItem("dangers"),
    addItem("complicatingFactors"),
    addItem("greyAreas"),
    addItem("strengths"),
    addItem("existingSafety"),
    addItem("goals"),
    addItem("nextSteps"),
    addItem("scales"),
  ]),
  z.discriminatedUnion("column", [
    updateItem("harm", HarmStatementSchema.omit({ id: true }).partial()),
    updateItem("dangers", DangerStatementSchema.omit({ id: true }).partial()),
    updateItem("complicatingFactors", ComplicatingFactorSchema.omit({ id: true }).partial()),
    updateItem("greyAreas", GreyAreaSchema.omit({ id: true }).partial()),
    updateItem("strengths", StrengthSchema.omit({ id: true }).partial()),
    updateItem("existingSafety", ExistingSafetySchema.omit({ id: true }).partial()),
    updateItem("goals", SafetyGoalSchema.omit({ id: true }).partial()),
    updateItem("nextSteps", NextStepSchema.omit({ id: true }).partial()),
    updateItem("scales", SafetyScaleSchema.omit({ id: true }).partial()),
  ]),
  z.strictObject({ type: z.literal("remove-item"), column: AssessmentMapColumnSchema, id: z.string().max(MAX_TEXT_LENGTH).min(1), cascade: z.boolean().optional() }),
  z.strictObject({
    type: z.literal("reclassify-grey-area"),
    greyAreaId: z.string().max(MAX_TEXT_LENGTH).min(1),
    to: z.discriminatedUnion("column", [reclassifyTo("harm"), reclassifyTo("dangers"), reclassifyTo("complicatingFactors"), reclassifyTo("strengths"), reclassifyTo("existingSafety")]),
  }),
  z.strictObject({ type: z.literal("add-judgement"), scaleId: SafetyScaleIdSchema, judgement: ScaleJudgementSchema }),
  z.strictObject({ type: z.literal("remove-judgement"), scaleId: SafetyScaleIdSchema, judgementId: z.string().max(MAX_TEXT_LENGTH).min(1) }),
  z.strictObject({ type: z.literal("set-next-step-status"), nextStepId: z.string().max(MAX_TEXT_LENGTH).min(1), status: NextStepStatusSchema }),
  z.strictObject({ type: z.literal("link-child-voice"), childVoiceId: ChildVoiceRecordIdSchema }),
  z.strictObject({ type: z.literal("unlink-child-voice"), childVoiceId: ChildVoiceRecordIdSchema }),
  z.strictObject({ type: z.literal("add-participant"), participant: ParticipantSchema }),
  z.strictObject({ type: z.literal("remove-participant"), personId: PersonIdSchema }),
  z.strictObject({ type: z.literal("set-variant"), variant: MapVariantSchema }),
]);

/**
 * An audited change of an assessment map, as data (see {@link AssessmentMapCommandSchema}).
 * Ids and dates are plain strings; {@link applyAssessmentMapChange} parses the command.
 *
 * @category Assessment map
 */
export type AssessmentMapCommand = DeepReadonly<z.input<typeof AssessmentMapCommandSchema>>;

/**
 * The schema of a stored audit entry of an assessment map, to parse a history back.
 *
 * @category Assessment map
 */
export const AssessmentMapAuditEntrySchema = auditEntrySchema(AssessmentMapCommandSchema);

/**
 * One audited change of an assessment map: who, when, why, the command, and its patches.
 *
 * @category Assessment map
 */
export type AssessmentMapAuditEntry = AuditEntry<AssessmentMapCommand>;
