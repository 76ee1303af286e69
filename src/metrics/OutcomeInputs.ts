import * as z from "zod";
import { PersonIdSchema, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

/**
 * One pupil's attainment score, joined to child records by child id or, failing that, by UPN.
 *
 * @category Metrics
 */
export const AttainmentScoreSchema = z.strictObject({
  childId: PersonIdSchema.optional(),
  upn: z.string().max(MAX_TEXT_LENGTH).regex(/^[A-Za-z]\d{11}[A-Za-z0-9]$/).optional(),
  score: z.number(),
});
/** @category Metrics */
export type AttainmentScore = z.output<typeof AttainmentScoreSchema>;

/**
 * Outcome data from outside the social care returns (school results, police recorded crime,
 * hospital episode statistics), for the `outcomes.*` metrics.
 *
 * @category Metrics
 */
export const OutcomeInputsSchema = z.strictObject({
  attainment: z
    .strictObject({
      /** The score, e.g. "KS4 Attainment 8 2024". */
      measure: z.string().max(MAX_TEXT_LENGTH).min(1),
      scores: z.array(AttainmentScoreSchema).max(MAX_LIST_LENGTH),
    })
    .optional(),
  /** Recorded violent and sexual offences against children in the period. */
  offencesAgainstChildren: z.number().int().min(0).optional(),
  /** A&E presentations and hospital admissions of children for injury in the period. */
  injuryAdmissions: z.number().int().min(0).optional(),
});
/** @category Metrics */
export type OutcomeInputs = z.input<typeof OutcomeInputsSchema>;
