import * as z from "zod";
import { CaseFileIdSchema } from "../case-file";
import { ExtensionsSchema, idSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { AuditCriterionIdSchema, AuditCriterionSchema, AuditSectionIdSchema, AuditSectionSchema, AuditToolIdSchema } from "./AuditTool";

// Audit records (domain specification 5.1-5.2): who audited which case with which tool, how
// (collaboratively, and with whom, or from the file), the answers, and the adjustments made to
// the tool for this audit as a difference from the tool it started from.

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

/** Id of an audit record. @category Quality assurance */
export const AuditRecordIdSchema = idSchema<"AuditRecordId">();
/** @category Quality assurance */
export type AuditRecordId = z.output<typeof AuditRecordIdSchema>;

/**
 * Who took part in a collaborative audit besides the auditors: the case's `worker`, the
 * `family`, a `manager`, or a `partner` agency.
 *
 * @category Quality assurance
 */
export const AUDIT_PARTICIPANTS = ["worker", "family", "manager", "partner"] as const;
/** @category Quality assurance */
export const AuditParticipantSchema = z.enum(AUDIT_PARTICIPANTS);
/** @category Quality assurance */
export type AuditParticipant = z.output<typeof AuditParticipantSchema>;

/**
 * How the audit was done: `collaborative` (with the people listed in `with`; the Innovations
 * Project's preferred way, as in Bexley's collaborative case audit) or `file` (from the record
 * alone).
 *
 * @category Quality assurance
 */
export const AuditModeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("collaborative"), with: z.array(AuditParticipantSchema).max(MAX_LIST_LENGTH).min(1) }),
  z.strictObject({ kind: z.literal("file") }),
]);
/** @category Quality assurance */
export type AuditMode = DeepReadonly<z.output<typeof AuditModeSchema>>;

/**
 * An answer's value: a score from 0 to 10 (0–10 criteria), `yes`, `partly` or `no` (presence
 * criteria), or `not-applicable` (either).
 *
 * @category Quality assurance
 */
export const AuditAnswerValueSchema = z.union([z.number().int().min(0).max(10), z.enum(["yes", "partly", "no", "not-applicable"])]);
/** @category Quality assurance */
export type AuditAnswerValue = z.output<typeof AuditAnswerValueSchema>;

/**
 * The answer to one criterion.
 *
 * @category Quality assurance
 */
export const AuditAnswerSchema = z.strictObject({
  criterionId: AuditCriterionIdSchema,
  value: AuditAnswerValueSchema,
  /** Why this answer: what the auditors saw. */
  comment: text.optional(),
  /** The answer kinsafe suggested, when one was, so that agreement with the suggestions can be studied. */
  suggested: AuditAnswerValueSchema.optional(),
});
/** @category Quality assurance */
export type AuditAnswer = DeepReadonly<z.output<typeof AuditAnswerSchema>>;

const reason = text.optional();

/**
 * One change made to a tool for an audit, recorded as a difference from the tool the audit
 * started from (see `applyToolAdjustments`):
 *
 * - `add-section`: a new section, with its criteria, at `index` (default: last);
 * - `remove-section`: drop a section and its criteria;
 * - `add-criterion`: a new criterion in a section, at `index` (default: last);
 * - `remove-criterion`: drop a criterion;
 * - `replace-criterion`: a criterion reworded or rescaled (same id).
 *
 * Each may give a `reason`.
 *
 * @category Quality assurance
 */
export const ToolAdjustmentSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("add-section"), section: AuditSectionSchema, index: z.number().int().min(0).optional(), reason }),
  z.strictObject({ type: z.literal("remove-section"), sectionId: AuditSectionIdSchema, reason }),
  z.strictObject({ type: z.literal("add-criterion"), sectionId: AuditSectionIdSchema, criterion: AuditCriterionSchema, index: z.number().int().min(0).optional(), reason }),
  z.strictObject({ type: z.literal("remove-criterion"), criterionId: AuditCriterionIdSchema, reason }),
  z.strictObject({ type: z.literal("replace-criterion"), criterion: AuditCriterionSchema, reason }),
]);
/** @category Quality assurance */
export type ToolAdjustment = DeepReadonly<z.output<typeof ToolAdjustmentSchema>>;

/**
 * The record of one case audit: the tool (id and version) it started from, the case, the day,
 * the auditors, how it was done, every answer, and the adjustments made to the tool for this
 * audit. The tool used is `applyToolAdjustments(tool, adjustments)`; answers refer to its
 * criteria. Answers are unique per criterion.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Quality assurance
 */
export const AuditRecordSchema = z
  .strictObject({
    id: AuditRecordIdSchema,
    toolId: AuditToolIdSchema,
    toolVersion: z.number().int().min(1),
    caseFileId: CaseFileIdSchema,
    /** The day of the audit. */
    date: IsoDateSchema,
    /** Who audited (a manager, a practice lead, a peer). */
    auditorIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).min(1),
    mode: AuditModeSchema,
    answers: z.array(AuditAnswerSchema).max(MAX_LIST_LENGTH),
    /** Changes made to the tool for this audit; empty when it was used as published. */
    adjustments: z.array(ToolAdjustmentSchema).max(MAX_LIST_LENGTH),
    /** What the audit found overall and what will be done about it. */
    summary: text.optional(),
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine((record, ctx) => {
    const seen = new Set<string>();
    record.answers.forEach((a, i) => {
      if (seen.has(a.criterionId)) {
        ctx.addIssue({ code: "custom", path: ["answers", i, "criterionId"], message: `The criterion ${a.criterionId} is answered twice.`, params: { rule: "reference/duplicate-id" } });
      }
      seen.add(a.criterionId);
    });
  });
/** @category Quality assurance */
export type AuditRecord = DeepReadonly<z.output<typeof AuditRecordSchema>>;
