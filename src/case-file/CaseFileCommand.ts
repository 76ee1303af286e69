import * as z from "zod";
import { AssessmentMapCommandSchema, AssessmentMapIdSchema, AssessmentMapSchema } from "../assessment";
import { BottomLineSchema } from "../bottom-lines";
import { ChildVoiceRecordIdSchema, ChildVoiceRecordSchema } from "../child-voice";
import { auditEntrySchema, IsoDateSchema, PersonIdSchema, type AuditEntry, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { InformingRecordSchema, NetworkMeetingSchema, NetworkMemberSchema, PersonSchema, SafetyNetworkIdSchema } from "../network";
import {
  MonitoringEventSchema,
  PlanRecordIdSchema,
  PlanReviewSchema,
  PlanRuleIdSchema,
  PlanRuleSchema,
  PlanStatusSchema,
  SafetyPlanIdSchema,
  SafetyPlanSchema,
} from "../safety-plan";

// Commands: the audited changes of a case file, as data. Commands that change one part of the
// case (a map version, the network, a plan version) carry that part's own change.

/** Optional fields to remove (JSON cannot carry `undefined`). */
const unset = z.array(z.string().max(MAX_TEXT_LENGTH).min(1)).max(MAX_LIST_LENGTH).optional();

/**
 * A change to the safety network of a case file (the `change` of an `update-network` command):
 * `create` `{ id }` (an empty network), `add-member` `{ member }`, `update-member`
 * `{ personId, patch, unset? }`, `end-member` `{ personId, on }`, `record-informing` `{ record }`,
 * `add-meeting` `{ meeting }`.
 *
 * @category Case file
 */
export const NetworkChangeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("create"), id: SafetyNetworkIdSchema }),
  z.strictObject({ type: z.literal("add-member"), member: NetworkMemberSchema }),
  z.strictObject({ type: z.literal("update-member"), personId: PersonIdSchema, patch: NetworkMemberSchema.omit({ personId: true }).partial(), unset }),
  z.strictObject({ type: z.literal("end-member"), personId: PersonIdSchema, on: IsoDateSchema }),
  z.strictObject({ type: z.literal("record-informing"), record: InformingRecordSchema }),
  z.strictObject({ type: z.literal("add-meeting"), meeting: NetworkMeetingSchema }),
]);

/**
 * A change to one version of the safety plan (the `change` of a `plan-change` command):
 * `add-rule` `{ rule }`, `update-rule` `{ ruleId, patch, unset? }`, `remove-rule` `{ ruleId }`,
 * `set-status` `{ status, on }`, `add-review` `{ review }`.
 *
 * @category Case file
 */
export const PlanChangeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("add-rule"), rule: PlanRuleSchema }),
  z.strictObject({ type: z.literal("update-rule"), ruleId: PlanRuleIdSchema, patch: PlanRuleSchema.omit({ id: true }).partial(), unset }),
  z.strictObject({ type: z.literal("remove-rule"), ruleId: PlanRuleIdSchema }),
  z.strictObject({ type: z.literal("set-status"), status: PlanStatusSchema, on: IsoDateSchema }),
  z.strictObject({ type: z.literal("add-review"), review: PlanReviewSchema }),
]);

/**
 * The schema of the commands that {@link applyCaseFileChange} applies; a discriminated union
 * on `type`:
 *
 * - `add-person` `{ person }`, `update-person` `{ personId, patch, unset? }`;
 * - `add-map-version` `{ map }`; `map-change` `{ mapId, version?, command }` applies an
 *   assessment-map command (see `AssessmentMapCommandSchema`) to that map (by default its
 *   highest version);
 * - `add-child-voice` `{ record }`;
 * - `update-network` `{ change }` (see {@link NetworkChangeSchema});
 * - `add-plan-version` `{ plan }`; `plan-change` `{ planId, change }` (see {@link PlanChangeSchema});
 * - `add-monitoring` `{ event }`, `update-monitoring` `{ eventId, patch, unset? }` (for example
 *   to record a breach's escalation or resolution);
 * - `set-bottom-lines` `{ bottomLines }`.
 *
 * @category Case file
 */
export const CaseFileCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("add-person"), person: PersonSchema }),
  z.strictObject({ type: z.literal("update-person"), personId: PersonIdSchema, patch: PersonSchema.omit({ id: true }).partial(), unset }),
  z.strictObject({ type: z.literal("add-map-version"), map: AssessmentMapSchema }),
  z.strictObject({ type: z.literal("map-change"), mapId: AssessmentMapIdSchema, version: z.number().int().min(1).optional(), command: AssessmentMapCommandSchema }),
  z.strictObject({ type: z.literal("add-child-voice"), record: ChildVoiceRecordSchema }),
  z.strictObject({ type: z.literal("update-network"), change: NetworkChangeSchema }),
  z.strictObject({ type: z.literal("add-plan-version"), plan: SafetyPlanSchema }),
  z.strictObject({ type: z.literal("plan-change"), planId: SafetyPlanIdSchema, change: PlanChangeSchema }),
  z.strictObject({ type: z.literal("add-monitoring"), event: MonitoringEventSchema }),
  z.strictObject({ type: z.literal("update-monitoring"), eventId: PlanRecordIdSchema, patch: MonitoringEventSchema.omit({ id: true }).partial(), unset }),
  z.strictObject({ type: z.literal("set-bottom-lines"), bottomLines: z.array(BottomLineSchema).max(MAX_LIST_LENGTH) }),
]);

/**
 * An audited change of a case file, as data (see {@link CaseFileCommandSchema}). Ids and dates
 * are plain strings; {@link applyCaseFileChange} parses the command.
 *
 * @category Case file
 */
export type CaseFileCommand = DeepReadonly<z.input<typeof CaseFileCommandSchema>>;

// What an audit entry records of a command. A command whose payload is a whole document with an
// id of its own (an assessment map version, a safety plan version, a child-voice record) is
// recorded as a reference to it: the document is in the entry's patches, which replay and
// `toJsonPatch` use, and undo needs only the inverse patches. Every other command is recorded
// as it was given.
const [addPerson, updatePerson, addMapVersion, mapChange, addChildVoice, updateNetwork, addPlanVersion, planChange, addMonitoring, updateMonitoring, setBottomLines] =
  CaseFileCommandSchema.options;

/**
 * The schema of a command as a case file's audit entry records it: like
 * {@link CaseFileCommandSchema}, but a command that adds a whole document names it instead of
 * holding it, because the entry's patches hold it already:
 *
 * - `add-map-version` `{ mapId, version }` (the map added);
 * - `add-plan-version` `{ planId, version }` (the plan added);
 * - `add-child-voice` `{ recordId }` (the record added).
 *
 * Every other command is recorded as it was given.
 *
 * @example
 * {@includeCode ../../tests/case-file/applyCaseFileChange.test.ts#recorded-command}
 *
 * @category Case file
 */
export const RecordedCaseFileCommandSchema = z.discriminatedUnion("type", [
  addPerson,
  updatePerson,
  z.strictObject({ type: z.literal("add-map-version"), mapId: AssessmentMapIdSchema, version: z.number().int().min(1) }),
  mapChange,
  z.strictObject({ type: z.literal("add-child-voice"), recordId: ChildVoiceRecordIdSchema }),
  updateNetwork,
  z.strictObject({ type: z.literal("add-plan-version"), planId: SafetyPlanIdSchema, version: z.number().int().min(1) }),
  planChange,
  addMonitoring,
  updateMonitoring,
  setBottomLines,
]);

/**
 * A command as a case file's audit entry records it (see {@link RecordedCaseFileCommandSchema}):
 * what {@link applyCaseFileChange} returns in `entry.command` and appends to the history.
 *
 * @example
 * {@includeCode ../../tests/case-file/applyCaseFileChange.test.ts#recorded-command}
 *
 * @category Case file
 */
export type RecordedCaseFileCommand = DeepReadonly<z.input<typeof RecordedCaseFileCommandSchema>>;

/**
 * The schema of a case file's audit entry with its command parsed strictly (the case file
 * itself stores commands loosely, so that a history stays readable across versions). The
 * command is a {@link RecordedCaseFileCommandSchema}; an entry recorded before documents were
 * recorded by reference, whose `add-map-version`, `add-plan-version` or `add-child-voice`
 * command holds the whole document, still parses.
 *
 * @category Case file
 */
export const CaseFileAuditEntrySchema = auditEntrySchema(z.union([RecordedCaseFileCommandSchema, z.discriminatedUnion("type", [addMapVersion, addChildVoice, addPlanVersion])]));

/**
 * One audited change of a case file: who, when, why, the command as recorded (a whole document
 * it added is named, not repeated), and its patches (which describe the case file without its
 * history).
 *
 * @category Case file
 */
export type CaseFileAuditEntry = AuditEntry<RecordedCaseFileCommand>;
