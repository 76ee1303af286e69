import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, type DeepReadonly } from "../core";

const text = z.string().regex(/\S/, "Must not be blank.");

/** Id of a survey (questionnaire). @category Research */
export const SurveyIdSchema = idSchema<"SurveyId">();
/** @category Research */
export type SurveyId = z.output<typeof SurveyIdSchema>;
/** Id of a survey item, unique within the survey. @category Research */
export const SurveyItemIdSchema = idSchema<"SurveyItemId">();
/** @category Research */
export type SurveyItemId = z.output<typeof SurveyItemIdSchema>;

/**
 * Who answers a survey: `parents` (and carers), `staff`, `children` (the Innovations Project
 * evaluation surveyed parents and staff at two points in time; Lincolnshire and Bexley also ask
 * children).
 *
 * @category Research
 */
export const RESPONDENT_GROUPS = ["parents", "staff", "children"] as const;
/** @category Research */
export const RespondentGroupSchema = z.enum(RESPONDENT_GROUPS);
/** @category Research */
export type RespondentGroup = z.output<typeof RespondentGroupSchema>;

/**
 * One item of a survey: a `likert` item answered with a whole number from 1 to `points`
 * (1 = the `low` anchor, `points` = the `high` anchor), or a `free-text` item.
 *
 * @category Research
 */
export const SurveyItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: SurveyItemIdSchema,
    kind: z.literal("likert"),
    text,
    /** How many points, from 2 to 11 (5 for a classic Likert item). */
    points: z.number().int().min(2).max(11),
    /** What 1 means, e.g. "strongly disagree". */
    low: text,
    /** What `points` means, e.g. "strongly agree". */
    high: text,
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  }),
  z.strictObject({ id: SurveyItemIdSchema, kind: z.literal("free-text"), text, extensions: ExtensionsSchema.optional() }),
]);
/** @category Research */
export type SurveyItem = DeepReadonly<z.output<typeof SurveyItemSchema>>;

/**
 * A questionnaire as data: its items and the groups it is for.
 *
 * @category Research
 */
export const SurveySchema = z
  .strictObject({
    id: SurveyIdSchema,
    version: z.number().int().min(1),
    title: text,
    groups: z.array(RespondentGroupSchema).min(1),
    items: z.array(SurveyItemSchema).min(1),
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine((survey, ctx) => {
    const seen = new Set<string>();
    survey.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `The item id ${item.id} is used twice.`, params: { rule: "reference/duplicate-id" } });
      seen.add(item.id);
    });
  });
/** @category Research */
export type Survey = DeepReadonly<z.output<typeof SurveySchema>>;

/**
 * One person's answers to a survey at one time point. `respondentId` is a stable pseudonym that
 * pairs a respondent's answers across time points.
 *
 * @category Research
 */
export const SurveyResponseSchema = z.strictObject({
  id: idSchema<"SurveyResponseId">(),
  surveyId: SurveyIdSchema,
  /** A pseudonym, the same at every time point. */
  respondentId: z.string().min(1),
  group: RespondentGroupSchema,
  /** The time point, e.g. `baseline` or `follow-up`. */
  timePoint: z.string().min(1),
  date: IsoDateSchema,
  answers: z.array(z.strictObject({ itemId: SurveyItemIdSchema, value: z.union([z.number().int(), text]) })),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Research */
export type SurveyResponse = DeepReadonly<z.output<typeof SurveyResponseSchema>>;
