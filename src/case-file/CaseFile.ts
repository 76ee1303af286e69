import * as z from "zod";
import { AssessmentMapSchema } from "../assessment";
import { BottomLineSchema } from "../bottom-lines";
import { ChildVoiceRecordSchema } from "../child-voice";
import { ExtensionsSchema, idSchema, PersonIdSchema, PatchSchema, ChangeMetaSchema, type DeepReadonly, MAX_HISTORY_LENGTH, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { PersonSchema, SafetyNetworkSchema } from "../network";
import { MonitoringEventSchema, SafetyPlanSchema } from "../safety-plan";

/** @category Case file */
export const CaseFileIdSchema = idSchema<"CaseFileId">();
/** @category Case file */
export type CaseFileId = z.output<typeof CaseFileIdSchema>;

/**
 * The version of the case-file document this release writes. `migrateCaseFile` brings older
 * documents forward.
 *
 * - Version 1: the first case file.
 * - Version 2: documents and items may carry `extensions` (the host system's own data), and
 *   audit entries record a whole added map, plan or child-voice record by reference. A version-1
 *   document is a valid version-2 document; the version changed so that a release that reads
 *   only version 1 refuses a version-2 document ("written by a newer release") instead of
 *   dropping its `extensions` unseen.
 *
 * @category Case file
 */
export const CASE_FILE_SCHEMA_VERSION = 2;

/**
 * One stored audit entry of the case file (see the audit trail guide). The command is kept as
 * JSON, as `applyCaseFileChange` recorded it; `CaseFileAuditEntrySchema` parses the entry with
 * its command checked strictly. A command that added a whole document (a map version, a plan
 * version, a child-voice record) is recorded as a reference to it (`RecordedCaseFileCommandSchema`);
 * entries recorded before that hold the whole document, and still read.
 *
 * @category Case file
 */
export const CaseFileHistoryEntrySchema = ChangeMetaSchema.extend({
  /** Why, as recorded: an entry recorded before reasons had to say something still reads. */
  reason: z.string().max(MAX_TEXT_LENGTH),
  /** The command as recorded; any `type`, so that a history stays readable across versions. */
  command: z.looseObject({ type: z.string().max(MAX_TEXT_LENGTH).min(1) }),
  patches: z.array(PatchSchema).max(MAX_LIST_LENGTH),
  inversePatches: z.array(PatchSchema).max(MAX_LIST_LENGTH),
});
/** @category Case file */
export type CaseFileHistoryEntry = DeepReadonly<z.output<typeof CaseFileHistoryEntrySchema>>;

/**
 * The practice record of one family: the children and the people around them, every version of
 * the assessment map, the children's own voice, the safety network, every version of the safety
 * plan with its monitoring, the bottom lines Children's Services set, and the audit history.
 *
 * Bounds: every free-text field holds at most 10,000 characters, every list at most 10,000
 * items and `history` at most 100,000 entries; ids follow the id rule (1–200 characters, no
 * control characters, no white space at either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Case file
 */
export const CaseFileSchema = z.strictObject({
  /** The document version; this release writes {@link CASE_FILE_SCHEMA_VERSION}. */
  schemaVersion: z.literal(CASE_FILE_SCHEMA_VERSION),
  id: CaseFileIdSchema,
  /** The children of the case (each also in `people`). */
  childIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).min(1),
  /** Everyone in the case: children, family, friends, professionals. */
  people: z.array(PersonSchema).max(MAX_LIST_LENGTH),
  /** The assessment map, every version, oldest first. The current map is the highest version. */
  maps: z.array(AssessmentMapSchema).max(MAX_LIST_LENGTH),
  /** Three Houses, Wizards and Fairies, Safety House and Words and Pictures records. */
  childVoice: z.array(ChildVoiceRecordSchema).max(MAX_LIST_LENGTH),
  /** The safety network, once the family has begun to identify it. */
  network: SafetyNetworkSchema.optional(),
  /** The safety plan, every version, oldest first. */
  plans: z.array(SafetyPlanSchema).max(MAX_LIST_LENGTH),
  /** Monitoring of the plan by Children's Services and the network. */
  monitoring: z.array(MonitoringEventSchema).max(MAX_LIST_LENGTH),
  /** The bottom lines Children's Services set for this case. */
  bottomLines: z.array(BottomLineSchema).max(MAX_LIST_LENGTH),
  /** Audited changes, oldest first. */
  history: z.array(CaseFileHistoryEntrySchema).max(MAX_HISTORY_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Case file */
export type CaseFile = DeepReadonly<z.output<typeof CaseFileSchema>>;
