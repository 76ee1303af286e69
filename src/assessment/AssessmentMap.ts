import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, IsoDateTimeSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { ChildVoiceRecordIdSchema } from "../child-voice";

// Schemas and types of the assessment map; no logic beyond the reference checks of the whole map.
// Vocabulary and structure: the three-column assessment and planning map (harm, danger
// statements, complicating factors, existing strengths, existing safety, grey areas, safety
// goals, next steps, safety scales), as described in the domain specification section 1.

/** @category Assessment map */
export const AssessmentMapIdSchema = idSchema<"AssessmentMapId">();
/** @category Assessment map */
export type AssessmentMapId = z.output<typeof AssessmentMapIdSchema>;
/** @category Assessment map */
export const HarmStatementIdSchema = idSchema<"HarmStatementId">();
/** @category Assessment map */
export type HarmStatementId = z.output<typeof HarmStatementIdSchema>;
/** @category Assessment map */
export const DangerStatementIdSchema = idSchema<"DangerStatementId">();
/** @category Assessment map */
export type DangerStatementId = z.output<typeof DangerStatementIdSchema>;
/** @category Assessment map */
export const SafetyGoalIdSchema = idSchema<"SafetyGoalId">();
/** @category Assessment map */
export type SafetyGoalId = z.output<typeof SafetyGoalIdSchema>;
/** @category Assessment map */
export const SafetyScaleIdSchema = idSchema<"SafetyScaleId">();
/** @category Assessment map */
export type SafetyScaleId = z.output<typeof SafetyScaleIdSchema>;
/** Id of any other map item: complicating factor, strength, existing safety, grey area, next step, judgement. @category Assessment map */
export const MapItemIdSchema = idSchema<"MapItemId">();
/** @category Assessment map */
export type MapItemId = z.output<typeof MapItemIdSchema>;
// The id of a child-voice record belongs to src/child-voice, which sits under the map.
export { ChildVoiceRecordIdSchema, type ChildVoiceRecordId } from "../child-voice";

/**
 * The variant of the framework, which sets the labels the map is shown with:
 * `safety` (child in need and child protection), `wellbeing` (early help), `success`
 * (children in care), `belonging` (reunification, kinship and alternative care).
 * The content is the same in every variant.
 *
 * @category Assessment map
 */
export const MapVariantSchema = z.enum(["safety", "wellbeing", "success", "belonging"]);
/** @category Assessment map */
export type MapVariant = z.output<typeof MapVariantSchema>;

/**
 * The role a person takes in mapping or scaling.
 *
 * @category Assessment map
 */
export const ParticipantRoleSchema = z.enum(["worker", "manager", "chair", "parent", "carer", "child", "network", "professional", "other"]);
/** @category Assessment map */
export type ParticipantRole = z.output<typeof ParticipantRoleSchema>;

// Text must have something in it, but is stored exactly as given: no trimming transform, so
// what is parsed is what was sent.
const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

/**
 * Someone who took part in the mapping.
 *
 * @category Assessment map
 */
export const ParticipantSchema = z.strictObject({
  personId: PersonIdSchema,
  /** The name to show, as the family uses it ("Gran", "Mr Jones"). */
  name: text.optional(),
  role: ParticipantRoleSchema,
  /** For professionals: the agency, e.g. "Greenfield Primary School". */
  agency: text.optional(),
});
/** @category Assessment map */
export type Participant = DeepReadonly<z.output<typeof ParticipantSchema>>;

/**
 * One party's view of a statement, recorded when the account is disputed so that the map says
 * whose view is whose (quality rule Q12).
 *
 * @category Assessment map
 */
export const PositionSchema = z.strictObject({
  /** Who holds this view: a name, a role or an agency. */
  heldBy: text,
  /** The person, when they are in the case record. */
  personId: PersonIdSchema.optional(),
  /** Their view in their own words. */
  view: text,
});
/** @category Assessment map */
export type Position = DeepReadonly<z.output<typeof PositionSchema>>;

/**
 * When harm happened: a day, a period, and/or a pattern ("first, worst, most recent").
 *
 * @category Assessment map
 */
export const OccurrenceSchema = z.strictObject({
  /** The day it happened, when it was a single event. */
  on: IsoDateSchema.optional(),
  /** Start of the period over which it happened. */
  from: IsoDateSchema.optional(),
  /** End of the period. */
  to: IsoDateSchema.optional(),
  /** The pattern in words: how often, over what period, first, worst and most recent episodes. */
  pattern: text.optional(),
});
/** @category Assessment map */
export type Occurrence = DeepReadonly<z.output<typeof OccurrenceSchema>>;

/**
 * Harm severity as the worker judges it.
 *
 * @category Assessment map
 */
export const HarmSeveritySchema = z.enum(["minor", "moderate", "serious", "severe"]);
/** @category Assessment map */
export type HarmSeverity = z.output<typeof HarmSeveritySchema>;

/**
 * The status of the information in a harm statement.
 *
 * @category Assessment map
 */
export const HarmStatusSchema = z.enum(["alleged", "substantiated", "disputed"]);
/** @category Assessment map */
export type HarmStatus = z.output<typeof HarmStatusSchema>;

/**
 * Records that nobody knows whose act or omission caused the harm: an unexplained injury, or an
 * account every adult disputes. The map then says who had care of the child at the time, which
 * is what the worry can be built on, without naming anyone as the cause (rule Q2).
 *
 * @example
 * {@includeCode ../../tests/assessment/mapModel.test.ts#unknown-actor}
 *
 * @category Assessment map
 */
export const UnknownActorSchema = z.strictObject({
  /** Who had care of the child at the time, when they are in the case record. */
  inCareOfIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Who had care of the child at the time, by name or role, when they are not ("a babysitter"). */
  inCareOfNames: z.array(text).max(MAX_LIST_LENGTH).optional(),
  /** What is and is not known, in plain words ("Leo's injury has no explanation that fits the medical evidence"). */
  note: text.optional(),
});
/** @category Assessment map */
export type UnknownActor = DeepReadonly<z.output<typeof UnknownActorSchema>>;

/**
 * How a child named in a harm statement, but not one of the map's children, is related to them:
 * `earlier-child` (a parent's earlier child, as in a pre-birth assessment), `sibling` (a brother
 * or sister the map is not about, for example one who lives elsewhere) or `other`.
 *
 * @category Assessment map
 */
export const OtherChildRelationSchema = z.enum(["earlier-child", "sibling", "other"]);
/** @category Assessment map */
export type OtherChildRelation = z.output<typeof OtherChildRelationSchema>;

/**
 * A child a harm statement concerns who is not one of the map's children: in a pre-birth map,
 * the harm that happened to a parent's earlier child is what the worry for the unborn baby
 * rests on.
 *
 * @example
 * {@includeCode ../../tests/assessment/mapModel.test.ts#earlier-child}
 *
 * @category Assessment map
 */
export const OtherChildSchema = z.strictObject({
  /** The child, when they are in the case record; never one of the map's own `childIds`. */
  personId: PersonIdSchema.optional(),
  /** The child's name as the family uses it ("Kayden, Mum's first son"). */
  name: text,
  relation: OtherChildRelationSchema,
});
/** @category Assessment map */
export type OtherChild = DeepReadonly<z.output<typeof OtherChildSchema>>;

/**
 * A harm statement: what has already happened to a child and its impact. Recommended wording:
 * "It was reported that [caregiver] did/did not [behaviour] and as a result [child] was
 * [impact]" (Children's Research Center format; domain specification 1.2).
 *
 * @category Assessment map
 */
export const HarmStatementSchema = z.strictObject({
  id: HarmStatementIdSchema,
  /** The statement as written and shared with the family. */
  text,
  /** Whose behaviour caused the harm. */
  actorIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Set when nobody knows whose act or omission caused the harm (an unexplained injury): who had care of the child at the time. */
  actorNotKnown: UnknownActorSchema.optional(),
  /** What they did or did not do: the specific, observable act or omission. */
  behaviour: text.optional(),
  /** Which of the map's children were harmed. */
  childIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Children harmed who are not the map's children: an earlier child in a pre-birth map, a sibling living elsewhere. */
  otherChildren: z.array(OtherChildSchema).max(MAX_LIST_LENGTH).optional(),
  /** When it happened. */
  when: OccurrenceSchema.optional(),
  /** Where or in what circumstances. */
  context: text.optional(),
  /** The impact on the child, stated concretely (injuries, treatment, effect on development). */
  impact: text.optional(),
  severity: HarmSeveritySchema.optional(),
  /** Alleged (not yet tested), substantiated, or disputed by the family. */
  status: HarmStatusSchema,
  /** Where the information came from ("reported by the school", "police log"). */
  source: text.optional(),
  /** Each party's view, when the account is disputed. */
  positions: z.array(PositionSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type HarmStatement = DeepReadonly<z.output<typeof HarmStatementSchema>>;

/**
 * A danger statement: what the people who are worried believe is likely to happen to the
 * child if nothing in the family changes (domain specification 1.3). Every danger statement is
 * paired with a safety goal and a safety scale.
 *
 * @category Assessment map
 */
export const DangerStatementSchema = z.strictObject({
  id: DangerStatementIdSchema,
  /** The statement as written and shared with the family. */
  text,
  /** Who is worried: agencies and people (Children's Services, the school, Gran). */
  worriedParties: z.array(text).max(MAX_LIST_LENGTH),
  /** Whose behaviour the worry is about. */
  actorIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Set when nobody knows whose behaviour the worry is about (an unexplained injury): who had care of the child at the time. */
  actorNotKnown: UnknownActorSchema.optional(),
  /** The specific caregiver behaviour, grounded in what has happened. */
  behaviour: text.optional(),
  /** When or in what circumstances ("when Dad has been drinking"). */
  context: text.optional(),
  /** Which children the worry is for. */
  childIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** What could happen to the child if nothing changes, short and long term. */
  impactIfNothingChanges: text.optional(),
  /** Who disagrees with the statement (names or roles). */
  disputedBy: z.array(text).max(MAX_LIST_LENGTH),
  /** Each party's view, when the statement is disputed. */
  positions: z.array(PositionSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type DangerStatement = DeepReadonly<z.output<typeof DangerStatementSchema>>;

/**
 * A complicating factor: something in or around the family, or in how professionals work,
 * that makes the worries harder to address. Not harm and not danger (domain specification 1.4).
 *
 * @category Assessment map
 */
export const ComplicatingFactorSchema = z.strictObject({
  id: MapItemIdSchema,
  text,
  /** The people it concerns. */
  personIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type ComplicatingFactor = DeepReadonly<z.output<typeof ComplicatingFactorSchema>>;

/**
 * An existing strength: a positive in the family or network not (yet) shown to protect the
 * child from a specific danger (domain specification 1.5).
 *
 * @category Assessment map
 */
export const StrengthSchema = z.strictObject({
  id: MapItemIdSchema,
  text,
  /** The people it concerns. */
  personIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Who has seen it. */
  observedBy: z.array(text).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type Strength = DeepReadonly<z.output<typeof StrengthSchema>>;

/**
 * Existing safety: what people around the child have done to keep the child safe when the
 * danger was present, specific to a danger and demonstrated over time (domain specification 1.5).
 *
 * @category Assessment map
 */
export const ExistingSafetySchema = z.strictObject({
  id: MapItemIdSchema,
  text,
  /** Who acted protectively. */
  actorIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** The danger statements it protects against. */
  dangerIds: z.array(DangerStatementIdSchema).max(MAX_LIST_LENGTH),
  /** Since when it has been demonstrated. */
  demonstratedSince: IsoDateSchema.optional(),
  /** Who has seen it happen. */
  observedBy: z.array(text).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type ExistingSafety = DeepReadonly<z.output<typeof ExistingSafetySchema>>;

/**
 * A grey area: information whose significance is not yet clear. It may later be re-classified
 * as harm, danger, a complicating factor, a strength or existing safety (domain specification 1.8).
 *
 * @category Assessment map
 */
export const GreyAreaSchema = z.strictObject({
  id: MapItemIdSchema,
  text,
  /** Who raised it. */
  raisedBy: text.optional(),
  /** What needs to be found out. */
  toFindOut: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type GreyArea = DeepReadonly<z.output<typeof GreyAreaSchema>>;

/**
 * A length of time, e.g. how long a safety goal must be seen working.
 *
 * @category Assessment map
 */
export const DurationSchema = z.strictObject({
  /** How many units, a whole number above 0. */
  amount: z.number().int().positive(),
  /** Days, weeks or calendar months. */
  unit: z.enum(["days", "weeks", "months"]),
});
/** @category Assessment map */
export type Duration = DeepReadonly<z.output<typeof DurationSchema>>;

/**
 * A safety goal (wellbeing goal in early help, success goal for children in care): what
 * Children's Services and the family need to see happening, and for how long, to be confident
 * the child is safe enough to close or step down (domain specification 1.6).
 *
 * @category Assessment map
 */
export const SafetyGoalSchema = z.strictObject({
  id: SafetyGoalIdSchema,
  /** The danger statement this goal answers. A goal without one is an orphan (rule Q6). */
  dangerId: DangerStatementIdSchema.optional(),
  /** Whose goal: Children's Services' (the agency) or the family's own. */
  owner: z.enum(["agency", "family"]),
  /** The goal as written and shared with the family. */
  text,
  /** Who will be acting protectively. */
  who: z.array(text).max(MAX_LIST_LENGTH),
  /** What they will be doing, as presence of positive behaviour. */
  protectiveBehaviours: z.array(text).max(MAX_LIST_LENGTH),
  /** What the child will be experiencing. */
  childExperience: text.optional(),
  /** What professionals will see that shows it is good enough. */
  professionalObservation: text.optional(),
  /** How long the change must be seen working. */
  sustainFor: DurationSchema.optional(),
  /** Who will watch that it is happening. */
  monitoredBy: z.array(text).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type SafetyGoal = DeepReadonly<z.output<typeof SafetyGoalSchema>>;

/**
 * The status of a next step.
 *
 * @category Assessment map
 */
export const NextStepStatusSchema = z.enum(["planned", "in-progress", "done", "not-done", "cancelled"]);
/** @category Assessment map */
export type NextStepStatus = z.output<typeof NextStepStatusSchema>;

/**
 * A next step: a small concrete action towards the safety goals, naming who will do what by when
 * (domain specification 1.7).
 *
 * @category Assessment map
 */
export const NextStepSchema = z.strictObject({
  id: MapItemIdSchema,
  /** What will be done. */
  text,
  /** Who will do it, when they are in the case record. */
  ownerId: PersonIdSchema.optional(),
  /** Who will do it, as a name or role, when they are not. */
  ownerName: text.optional(),
  /** By when. */
  due: IsoDateSchema.optional(),
  status: NextStepStatusSchema,
  /** The goals it moves towards. */
  goalIds: z.array(SafetyGoalIdSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type NextStep = DeepReadonly<z.output<typeof NextStepSchema>>;

/**
 * What a scale is about: the whole situation, or one danger statement and its paired goal.
 *
 * @category Assessment map
 */
export const ScaleSubjectSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    /** The whole situation: the map's generic scale. */
    kind: z.literal("overall"),
  }),
  z.strictObject({
    /** One danger statement and its paired safety goal. */
    kind: z.literal("danger"),
    /** The danger statement scaled. */
    dangerId: DangerStatementIdSchema,
  }),
]);
/** @category Assessment map */
export type ScaleSubject = DeepReadonly<z.output<typeof ScaleSubjectSchema>>;

/**
 * Which end of a scale is good: `safety-high` (10 = safe enough to close; the usual reading)
 * or `risk-high` (10 = highest risk; used by some conference guides).
 *
 * @category Assessment map
 */
export const ScalePolaritySchema = z.enum(["safety-high", "risk-high"]);
/** @category Assessment map */
export type ScalePolarity = z.output<typeof ScalePolaritySchema>;

/**
 * One person's judgement on a scale, with their reason.
 *
 * @category Assessment map
 */
export const ScaleJudgementSchema = z.strictObject({
  id: MapItemIdSchema,
  /** The rater, when they are in the case record. */
  raterId: PersonIdSchema.optional(),
  /** The rater's name, as shown. */
  raterName: text.optional(),
  /** The rater's role; needed to compare views (rule Q13). */
  raterRole: ParticipantRoleSchema.optional(),
  /** The score, a whole number from 0 to 10, read with the scale's polarity. */
  value: z.number().int().min(0).max(10),
  /** Why this number and not lower. */
  reason: text.optional(),
  /** The day the judgement was given. */
  on: IsoDateSchema,
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type ScaleJudgement = DeepReadonly<z.output<typeof ScaleJudgementSchema>>;

/**
 * A safety scale: a 0–10 judgement question with its anchors and every person's score
 * (domain specification 1.10). Anchors must be defined before asking.
 *
 * @category Assessment map
 */
export const SafetyScaleSchema = z.strictObject({
  id: SafetyScaleIdSchema,
  subject: ScaleSubjectSchema,
  /** The question asked, as worded to the family. */
  question: text.optional(),
  /** What 0 and 10 mean on this scale. */
  anchors: z
    .strictObject({
      /** What 0 means, e.g. "things are so bad the children cannot live at home". */
      zero: z.string().max(MAX_TEXT_LENGTH),
      /** What 10 means, e.g. "everyone knows the children are safe enough to close the case". */
      ten: z.string().max(MAX_TEXT_LENGTH),
    })
    .optional(),
  polarity: ScalePolaritySchema,
  judgements: z.array(ScaleJudgementSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Assessment map */
export type SafetyScale = DeepReadonly<z.output<typeof SafetyScaleSchema>>;

/**
 * How a parent or carer is related to the children: `mother`, `father`, `step-mother`,
 * `step-father`, `partner` (a parent's partner who is not a step-parent), `kinship-carer`,
 * `foster-carer` or `other`. Used to prompt for fathers and other men in the family, whom
 * practice too often leaves out.
 *
 * @category Assessment map
 */
export const ParentOrCarerRelationSchema = z.enum(["mother", "father", "step-mother", "step-father", "partner", "kinship-carer", "foster-carer", "other"]);
/** @category Assessment map */
export type ParentOrCarerRelation = z.output<typeof ParentOrCarerRelationSchema>;

/**
 * A parent or carer whose view the map should hold (rule Q16), whether or not they were at the
 * mapping: each mother, father and step-parent, a parent's partner, and the person whose
 * behaviour is the worry. Whether they took part is read from the map's `participants`.
 *
 * @example
 * {@includeCode ../../tests/assessment/mapModel.test.ts#parents-and-carers}
 *
 * @category Assessment map
 */
export const ParentOrCarerSchema = z.strictObject({
  personId: PersonIdSchema,
  /** The name to show, as the family uses it ("Paul (Dad)"). */
  name: text.optional(),
  relation: ParentOrCarerRelationSchema,
  /** Why they were not at the mapping, when they were not ("in prison; seen there on 3 March"). */
  absenceReason: text.optional(),
  /** Their view of the worries, what is working well and what needs to happen, in their own words. */
  view: text.optional(),
  /** Why their view is not recorded, when it is not ("declined to meet; letter sent 4 March"). */
  viewNotRecordedReason: text.optional(),
});
/** @category Assessment map */
export type ParentOrCarer = DeepReadonly<z.output<typeof ParentOrCarerSchema>>;

/**
 * The worker's analysis or judgement statement: weighing the danger against the safety, what
 * it means for the child, and the plan or decision it leads to (rule Q17).
 *
 * @category Assessment map
 */
export const JudgementStatementSchema = z.strictObject({
  /** The judgement as written and shared with the family. */
  text,
  /** The danger it weighs: what the people who are worried think will happen if nothing changes. */
  danger: text.optional(),
  /** The danger statements it weighs. */
  dangerIds: z.array(DangerStatementIdSchema).max(MAX_LIST_LENGTH).optional(),
  /** The safety it weighs: what is already keeping the child safe, or that nothing yet is. */
  safety: text.optional(),
  /** The plan or decision it leads to. */
  decision: text.optional(),
  /** Who wrote it, when they are in the case record. */
  authorId: PersonIdSchema.optional(),
  /** The day it was written. */
  on: IsoDateSchema.optional(),
});
/** @category Assessment map */
export type JudgementStatement = DeepReadonly<z.output<typeof JudgementStatementSchema>>;

/**
 * The analysis of the map (rule Q17): the worker's judgement statement and the family's own
 * view of it, in their own words.
 *
 * @example
 * {@includeCode ../../tests/assessment/mapModel.test.ts#analysis}
 *
 * @category Assessment map
 */
export const MapAnalysisSchema = z.strictObject({
  /** The worker's (the agency's) judgement statement. */
  worker: JudgementStatementSchema.optional(),
  /** Each family member's view of the judgement, in their own words. */
  family: z.array(PositionSchema).max(MAX_LIST_LENGTH),
  /** Why the family's view is not recorded, when it is not. */
  familyViewNotRecordedReason: text.optional(),
});
/** @category Assessment map */
export type MapAnalysis = DeepReadonly<z.output<typeof MapAnalysisSchema>>;

const mapShape = {
  id: AssessmentMapIdSchema,
  /** Version of this map, from 1; a new version is made at each review so that scores can be tracked. */
  version: z.number().int().min(1),
  /** The case (family) the map belongs to, in the host system's terms. */
  caseId: z.string().max(MAX_TEXT_LENGTH).min(1).optional(),
  /** The children the map is about. */
  childIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).min(1),
  variant: MapVariantSchema,
  /** The day of the mapping. */
  date: IsoDateSchema,
  /** When the map was recorded. */
  recordedAt: IsoDateTimeSchema.optional(),
  /** The practitioner who wrote it up. */
  authorId: PersonIdSchema,
  /** Who was at the mapping, each with their role. */
  participants: z.array(ParticipantSchema).max(MAX_LIST_LENGTH),
  /** The parents and carers whose view the map should hold, present or not (rule Q16). */
  parentsAndCarers: z.array(ParentOrCarerSchema).max(MAX_LIST_LENGTH).optional(),
  /** Column 1: past harm. */
  harm: z.array(HarmStatementSchema).max(MAX_LIST_LENGTH),
  /** Column 1: future danger. */
  dangers: z.array(DangerStatementSchema).max(MAX_LIST_LENGTH),
  /** Column 1: what makes it harder. */
  complicatingFactors: z.array(ComplicatingFactorSchema).max(MAX_LIST_LENGTH),
  /** Column 1 (or its own box): what is not yet clear. */
  greyAreas: z.array(GreyAreaSchema).max(MAX_LIST_LENGTH),
  /** Column 2: existing strengths. */
  strengths: z.array(StrengthSchema).max(MAX_LIST_LENGTH),
  /** Column 2: existing safety. */
  existingSafety: z.array(ExistingSafetySchema).max(MAX_LIST_LENGTH),
  /** Column 3: safety goals (agency and family). */
  goals: z.array(SafetyGoalSchema).max(MAX_LIST_LENGTH),
  /** Column 3: next steps. */
  nextSteps: z.array(NextStepSchema).max(MAX_LIST_LENGTH),
  /** The judgement: an overall scale and one per danger statement. */
  scales: z.array(SafetyScaleSchema).max(MAX_LIST_LENGTH),
  /** The child-voice records this map draws on (rule Q14). */
  childVoiceIds: z.array(ChildVoiceRecordIdSchema).max(MAX_LIST_LENGTH),
  /** The analysis: the worker's judgement statement and the family's view of it (rule Q17). */
  analysis: MapAnalysisSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
};

type Path = (string | number)[];

// The reference check runs even when other fields failed to parse (so that one error lists
// every problem), so it reads the input defensively rather than trusting the parsed types.
function list(value: unknown): readonly Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null) : [];
}
function field(value: Record<string, unknown>, key: string): unknown {
  return value[key];
}

/**
 * Checks that every id in the map is unique and every reference points at something that
 * exists; reports each problem with its path.
 */
function checkReferences(input: unknown, ctx: z.RefinementCtx): void {
  if (typeof input !== "object" || input === null) return;
  const map = input as Record<string, unknown>;
  const seen = new Map<string, string>();
  const idsOf = (key: string): Set<unknown> => new Set(list(map[key]).map((d) => d["id"]));
  const dangerIds = idsOf("dangers");
  const goalIds = idsOf("goals");
  const issue = (path: Path, message: string, rule: string, received: unknown): void => {
    ctx.addIssue({ code: "custom", path, message, input: received, params: { rule } });
  };
  const unique = (items: readonly Record<string, unknown>[], path: Path): void => {
    items.forEach((item, i) => {
      const id = item["id"];
      if (typeof id !== "string") return;
      const previous = seen.get(id);
      if (previous !== undefined) issue([...path, i, "id"], `The id ${JSON.stringify(id)} is already used at ${previous}.`, "reference/duplicate-id", id);
      else seen.set(id, `${path.join(".")}[${String(i)}]`);
    });
  };
  for (const key of ["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps", "scales"]) {
    unique(list(map[key]), [key]);
  }
  list(map["scales"]).forEach((s, i) => {
    unique(list(s["judgements"]), ["scales", i, "judgements"]);
  });
  const danger = (id: unknown, path: Path): void => {
    if (typeof id === "string" && !dangerIds.has(id)) {
      issue(path, `No danger statement has the id ${JSON.stringify(id)}.`, "reference/unknown-danger-statement", id);
    }
  };
  list(map["goals"]).forEach((g, i) => {
    danger(g["dangerId"], ["goals", i, "dangerId"]);
  });
  // A statement can only be about the children the map is about.
  const children = new Set(Array.isArray(map["childIds"]) ? (map["childIds"] as unknown[]) : []);
  for (const key of ["harm", "dangers"]) {
    list(map[key]).forEach((item, i) => {
      const ids = field(item, "childIds");
      if (Array.isArray(ids)) ids.forEach((c: unknown, j) => {
        if (typeof c === "string" && !children.has(c)) {
          issue([key, i, "childIds", j], `The child ${JSON.stringify(c)} is not one of the map's children (childIds).`, "reference/unknown-child", c);
        }
      });
    });
  }
  // A child the map is about goes in childIds, not among a harm statement's other children.
  list(map["harm"]).forEach((item, i) => {
    list(field(item, "otherChildren")).forEach((o, j) => {
      const c = o["personId"];
      if (typeof c === "string" && children.has(c)) {
        issue(["harm", i, "otherChildren", j, "personId"], `The child ${JSON.stringify(c)} is one of the map's children: list them in childIds.`, "reference/other-child-is-map-child", c);
      }
    });
  });
  const analysis = map["analysis"];
  if (typeof analysis === "object" && analysis !== null) {
    const worker = (analysis as Record<string, unknown>)["worker"];
    if (typeof worker === "object" && worker !== null) {
      const ids = (worker as Record<string, unknown>)["dangerIds"];
      if (Array.isArray(ids)) ids.forEach((d: unknown, j) => {
        danger(d, ["analysis", "worker", "dangerIds", j]);
      });
    }
  }
  list(map["scales"]).forEach((s, i) => {
    const subject = field(s, "subject");
    if (typeof subject === "object" && subject !== null && (subject as Record<string, unknown>)["kind"] === "danger") {
      danger((subject as Record<string, unknown>)["dangerId"], ["scales", i, "subject", "dangerId"]);
    }
  });
  list(map["existingSafety"]).forEach((e, i) => {
    const ids = field(e, "dangerIds");
    if (Array.isArray(ids)) ids.forEach((d: unknown, j) => {
      danger(d, ["existingSafety", i, "dangerIds", j]);
    });
  });
  list(map["nextSteps"]).forEach((n, i) => {
    const ids = field(n, "goalIds");
    if (Array.isArray(ids)) ids.forEach((g: unknown, j) => {
      if (typeof g === "string" && !goalIds.has(g)) {
        issue(["nextSteps", i, "goalIds", j], `No safety goal has the id ${JSON.stringify(g)}.`, "reference/unknown-safety-goal", g);
      }
    });
  });
}

/**
 * The assessment and planning map of one family at one point in time: the three columns
 * (what are we worried about, what's working well, what needs to happen) and the judgement
 * scales (domain specification section 1). Besides each field's shape, parsing checks that ids
 * are unique and that every reference (a goal's danger statement, a scale's subject, existing
 * safety's dangers, a next step's goals, a harm or danger statement's children, the danger
 * statements of the analysis) exists, and that a harm statement's `otherChildren` are not the
 * map's own children.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Assessment map
 */
export const AssessmentMapSchema = z.strictObject(mapShape).superRefine(checkReferences, { when: () => true });
/** @category Assessment map */
export type AssessmentMap = DeepReadonly<z.output<typeof AssessmentMapSchema>>;
/** The input shape of {@link AssessmentMapSchema}: the same JSON without brands. @category Assessment map */
export type AssessmentMapInput = z.input<typeof AssessmentMapSchema>;
