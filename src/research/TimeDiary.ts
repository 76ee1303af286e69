import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly } from "../core";

/**
 * The activities of a worker's time diary (the Innovations Project evaluation's value-for-money
 * measure): `direct-work` (direct work with children and families, face to face or by phone),
 * `travel`, `recording`, `meetings` (professional meetings without the family), `supervision`,
 * `other`.
 *
 * @category Research
 */
export const TIME_DIARY_ACTIVITIES = ["direct-work", "travel", "recording", "meetings", "supervision", "other"] as const;
/** @category Research */
export const TimeDiaryActivitySchema = z.enum(TIME_DIARY_ACTIVITIES);
/** @category Research */
export type TimeDiaryActivity = z.output<typeof TimeDiaryActivitySchema>;

/** Id of a time diary entry. @category Research */
export const TimeDiaryEntryIdSchema = idSchema<"TimeDiaryEntryId">();
/** @category Research */
export type TimeDiaryEntryId = z.output<typeof TimeDiaryEntryIdSchema>;

/**
 * One entry of a worker's daily time diary: who, which day, what activity, for how many minutes.
 *
 * @category Research
 */
export const TimeDiaryEntrySchema = z.strictObject({
  id: TimeDiaryEntryIdSchema,
  /** The worker. */
  workerId: PersonIdSchema,
  date: IsoDateSchema,
  activity: TimeDiaryActivitySchema,
  /** Whole minutes, above 0. */
  minutes: z.number().int().positive(),
  /** The case the time was for, when it was for one. */
  caseFileId: z.string().min(1).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Research */
export type TimeDiaryEntry = DeepReadonly<z.output<typeof TimeDiaryEntrySchema>>;
