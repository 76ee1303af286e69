import * as z from "zod";
import { AssessmentMapIdSchema, DangerStatementIdSchema, ScaleJudgementSchema } from "../assessment";
import { ChildVoiceRecordIdSchema } from "../child-voice";
import { ExtensionsSchema, idSchema, IsoDateSchema, IsoDateTimeSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

// Schemas and types of family-owned safety plans and their monitoring (domain specification
// sections 2.1-2.5). No logic here.

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

/** @category Safety plan */
export const SafetyPlanIdSchema = idSchema<"SafetyPlanId">();
/** @category Safety plan */
export type SafetyPlanId = z.output<typeof SafetyPlanIdSchema>;
/** @category Safety plan */
export const PlanRuleIdSchema = idSchema<"PlanRuleId">();
/** @category Safety plan */
export type PlanRuleId = z.output<typeof PlanRuleIdSchema>;
/** Id of a bottom line (set by Children's Services for the case). @category Bottom lines */
export const BottomLineIdSchema = idSchema<"BottomLineId">();
/** @category Bottom lines */
export type BottomLineId = z.output<typeof BottomLineIdSchema>;
/** Id of a monitoring event or a plan review. @category Safety plan */
export const PlanRecordIdSchema = idSchema<"PlanRecordId">();
/** @category Safety plan */
export type PlanRecordId = z.output<typeof PlanRecordIdSchema>;

/**
 * Where a safety plan is in its life: drafted with the network, on trial, active, sustaining
 * (the safety goals' durations are running down), or ended (domain specification 2.2 stages 6–9).
 *
 * @category Safety plan
 */
export const PlanStatusSchema = z.enum(["draft", "trial", "active", "sustaining", "ended"]);
/** @category Safety plan */
export type PlanStatus = z.output<typeof PlanStatusSchema>;

/**
 * What kind of arrangement a rule is, so that bottom lines can find the rules they need:
 * `supervised-contact` (a named person sees the child only when supervised), `safe-adult` (an
 * agreed adult the child can go to at any time), `checking-in` (visits or calls), `routine`
 * (bedtime, school run, mealtimes), `other`.
 *
 * @category Safety plan
 */
export const PlanRuleKindSchema = z.enum(["supervised-contact", "safe-adult", "checking-in", "routine", "other"]);
/** @category Safety plan */
export type PlanRuleKind = z.output<typeof PlanRuleKindSchema>;

/**
 * Someone who checks that a rule is followed: a network member or a professional.
 *
 * @category Safety plan
 */
export const RuleMonitorSchema = z.strictObject({
  personId: PersonIdSchema,
  /** Whether they monitor as a member of the family's network or as a professional. */
  as: z.enum(["network", "professional"]),
  /** How they check ("calls Mum every evening", "home visit"). */
  how: text.optional(),
});
/** @category Safety plan */
export type RuleMonitor = DeepReadonly<z.output<typeof RuleMonitorSchema>>;

/**
 * One rule of a safety plan: what must happen in everyday life, who does it, who checks it, the
 * signs that the danger is returning, and what happens if it is broken (domain specification 2.3).
 *
 * @category Safety plan
 */
export const PlanRuleSchema = z.strictObject({
  id: PlanRuleIdSchema,
  kind: PlanRuleKindSchema,
  /** What must happen, written positively and in everyday words. */
  text,
  /** The danger statements it addresses. */
  dangerIds: z.array(DangerStatementIdSchema).max(MAX_LIST_LENGTH),
  /** The bottom lines it meets. */
  bottomLineIds: z.array(BottomLineIdSchema).max(MAX_LIST_LENGTH),
  /** The people the rule is about: whose contact is supervised, or who the safe adult is. */
  subjectIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Who is responsible for doing it. */
  responsibleIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** When or how often. */
  when: text.optional(),
  /** Where. */
  where: text.optional(),
  /** Who checks it is happening. */
  monitors: z.array(RuleMonitorSchema).max(MAX_LIST_LENGTH),
  /** Signs that the danger is coming back (red flags). */
  triggers: z.array(text).max(MAX_LIST_LENGTH),
  /** What happens if the rule is broken or a trigger is seen. */
  ifBroken: z
    .strictObject({
      /** What the network and family will do. */
      action: text,
      /** Who tells Children's Services. */
      whoTellsIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
      /** Within how many hours Children's Services must be told. */
      tellWithinHours: z.number().positive().optional(),
      /** What the child will do. */
      childAction: text.optional(),
    })
    .optional(),
  /** The rule as explained to the child. */
  childVersion: text.optional(),
  /** The Words and Pictures or Safety House record that explains it to the child. */
  childVoiceRecordId: ChildVoiceRecordIdSchema.optional(),
  /** Who agreed the rule, and when. */
  agreedBy: z.array(z.strictObject({ personId: PersonIdSchema, on: IsoDateSchema })).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Safety plan */
export type PlanRule = DeepReadonly<z.output<typeof PlanRuleSchema>>;

/**
 * A review of the plan: the scaling judgements at the review and what was decided.
 *
 * @category Safety plan
 */
export const PlanReviewSchema = z.strictObject({
  id: PlanRecordIdSchema,
  date: IsoDateSchema,
  /** Scaling judgements given at the review (same shape as the map's). */
  judgements: z.array(ScaleJudgementSchema).max(MAX_LIST_LENGTH),
  decisions: z.array(text).max(MAX_LIST_LENGTH),
  /** The plan's status after the review. */
  statusAfter: PlanStatusSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Safety plan */
export type PlanReview = DeepReadonly<z.output<typeof PlanReviewSchema>>;

/**
 * A family-owned safety plan: rules built with the safety network that show how the child will
 * be kept safe from each danger, within Children's Services' bottom lines, monitored by both
 * Children's Services and the network (England Innovations Project; domain specification 2.1).
 * A new version is made when the network revises the plan.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Safety plan
 */
export const SafetyPlanSchema = z.strictObject({
  id: SafetyPlanIdSchema,
  /** Version of the plan, from 1. */
  version: z.number().int().min(1),
  /** The plan this version replaces. */
  previousVersionId: SafetyPlanIdSchema.optional(),
  /** The assessment map whose danger statements the plan answers. */
  mapId: AssessmentMapIdSchema,
  status: PlanStatusSchema,
  /** Every change of status, oldest first; the first entry is when the plan was drafted. */
  statusHistory: z.array(z.strictObject({ status: PlanStatusSchema, on: IsoDateSchema })).max(MAX_LIST_LENGTH).min(1),
  rules: z.array(PlanRuleSchema).max(MAX_LIST_LENGTH),
  reviews: z.array(PlanReviewSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Safety plan */
export type SafetyPlan = DeepReadonly<z.output<typeof SafetyPlanSchema>>;

/**
 * What a monitoring check found: the rule was followed, not followed (a breach), a trigger was
 * seen, or it could not be told.
 *
 * @category Safety plan
 */
export const MonitoringOutcomeSchema = z.enum(["followed", "not-followed", "trigger-observed", "unknown"]);
/** @category Safety plan */
export type MonitoringOutcome = z.output<typeof MonitoringOutcomeSchema>;

/**
 * One monitoring check of a plan, by a network member, a professional, a parent or the child
 * (domain specification 2.4). A breach (`not-followed` or `trigger-observed`) records its
 * escalation and, later, its resolution: a broken rule is a signal to reconvene the network
 * and improve the plan, not a plan failure.
 *
 * @category Safety plan
 */
export const MonitoringEventSchema = z.strictObject({
  id: PlanRecordIdSchema,
  planId: SafetyPlanIdSchema,
  /** The rule checked; absent for a check of the plan as a whole. */
  ruleId: PlanRuleIdSchema.optional(),
  date: IsoDateSchema,
  /** When what was seen happened, if known more precisely than the day (for escalation timing). */
  occurredAt: IsoDateTimeSchema.optional(),
  byId: PersonIdSchema,
  role: z.enum(["network", "professional", "parent", "child"]),
  outcome: MonitoringOutcomeSchema,
  note: text.optional(),
  /** For a breach: when and by whom Children's Services were told, and what was done. */
  escalation: z
    .strictObject({
      toldChildrensServicesAt: IsoDateTimeSchema,
      byId: PersonIdSchema.optional(),
      action: text.optional(),
    })
    .optional(),
  /** For a breach: the day it was resolved (the network reconvened, the plan was revised). */
  resolvedOn: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Safety plan */
export type MonitoringEvent = DeepReadonly<z.output<typeof MonitoringEventSchema>>;
