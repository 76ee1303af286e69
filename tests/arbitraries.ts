// fast-check arbitraries of valid kinsafe domain values, shared by every test folder.
// Export names are stable: other tests import them.
import fc from "fast-check";
import { addCalendarDays, type IsoDate, type IsoDateTime, IsoDateTimeSchema, IsoDateSchema, type PersonId, PersonIdSchema } from "../src/core";
import {
  type AssessmentMap,
  AssessmentMapSchema,
  type ComplicatingFactor,
  ComplicatingFactorSchema,
  type DangerStatement,
  DangerStatementSchema,
  type ExistingSafety,
  ExistingSafetySchema,
  type GreyArea,
  GreyAreaSchema,
  type HarmStatement,
  HarmStatementSchema,
  type MapAnalysis,
  MapAnalysisSchema,
  type NextStep,
  NextStepSchema,
  type OtherChild,
  OtherChildSchema,
  type ParentOrCarer,
  ParentOrCarerSchema,
  type Participant,
  ParticipantSchema,
  type SafetyGoal,
  SafetyGoalSchema,
  type SafetyScale,
  SafetyScaleSchema,
  type ScaleJudgement,
  ScaleJudgementSchema,
  type Strength,
  StrengthSchema,
  type UnknownActor,
  UnknownActorSchema,
} from "../src/assessment";

const BASE_DATE = IsoDateSchema.parse("2000-01-01");
const BASE_MS = Date.UTC(2020, 0, 1);

const WORDS = ["Mum", "Dad", "Gran", "Amy", "school", "drinks", "shouts", "walks", "safe", "calm", "night", "home", "visits", "every", "week", "the", "with"] as const;

// Built once: building arbitraries (stringMatching especially) is costly inside `chain`.
const SHORT = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const TEXT = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

/** Short ids: letters and digits, never with surrounding white space. */
export function arbId(prefix = ""): fc.Arbitrary<string> {
  return SHORT.map((s) => `${prefix}${s}`);
}

/** A person id such as `p-ab1`. */
export function arbPersonId(): fc.Arbitrary<PersonId> {
  return arbId("p-").map((s) => PersonIdSchema.parse(s));
}

/** Non-empty trimmed text of one to six words. */
export function arbText(): fc.Arbitrary<string> {
  return TEXT;
}

/** A calendar date generated from a whole number of days after 2000-01-01 (up to about 55 years). */
export function arbIsoDate(): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: 0, max: 20_000 }).map((days) => addCalendarDays(BASE_DATE, days));
}

/** A UTC instant generated from a whole number of seconds after 2020-01-01T00:00:00Z. */
export function arbIsoDateTime(): fc.Arbitrary<IsoDateTime> {
  return fc.integer({ min: 0, max: 400_000_000 }).map((s) => IsoDateTimeSchema.parse(new Date(BASE_MS + s * 1000).toISOString()));
}

const persons = (): fc.Arbitrary<string[]> => fc.uniqueArray(arbId("p-"), { maxLength: 3 });
const texts = (): fc.Arbitrary<string[]> => fc.array(arbText(), { maxLength: 3 });
const position = fc.record({ heldBy: arbText(), personId: arbId("p-"), view: arbText() }, { requiredKeys: ["heldBy", "view"] });

/** Options of the item arbitraries: the id to use (default: `x-` and a short string). */
export interface ArbItemOptions {
  readonly id?: fc.Arbitrary<string>;
}

/** Options of the arbitraries of items that point at danger statements. */
export interface ArbDangerRefOptions extends ArbItemOptions {
  /** Danger statement ids the item may point at (default none). */
  readonly dangerIds?: readonly string[];
}

const idOf = (options: ArbItemOptions): fc.Arbitrary<string> => options.id ?? arbId("x-");
const subsetOf = (ids: readonly string[] = []): fc.Arbitrary<string[]> =>
  ids.length === 0 ? fc.constant([]) : fc.subarray([...new Set(ids)]);
const oneOf = (ids: readonly string[] = []): fc.Arbitrary<string | undefined> =>
  ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined });
/** Drops keys whose value is `undefined`, as exactOptionalPropertyTypes and the schemas expect. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A participant. */
export function arbParticipant(): fc.Arbitrary<Participant> {
  return fc
    .record(
      { personId: arbId("p-"), name: arbText(), role: fc.constantFrom("worker", "manager", "chair", "parent", "carer", "child", "network", "professional", "other"), agency: arbText() },
      { requiredKeys: ["personId", "role"] },
    )
    .map((p) => ParticipantSchema.parse(p));
}

/** Who had care of the child, when nobody knows whose act or omission caused the harm. */
export function arbUnknownActor(): fc.Arbitrary<UnknownActor> {
  return fc
    .record({ inCareOfIds: persons(), inCareOfNames: texts(), note: arbText() }, { requiredKeys: ["inCareOfIds"] })
    .map((u) => UnknownActorSchema.parse(u));
}

/** A child a harm statement concerns who is not one of the map's children; person ids start `oc-`, never `p-`. */
export function arbOtherChild(): fc.Arbitrary<OtherChild> {
  return fc
    .record({ personId: arbId("oc-"), name: arbText(), relation: fc.constantFrom("earlier-child", "sibling", "other") }, { requiredKeys: ["name", "relation"] })
    .map((o) => OtherChildSchema.parse(o));
}

/** A parent or carer whose view the map should hold. */
export function arbParentOrCarer(): fc.Arbitrary<ParentOrCarer> {
  return fc
    .record(
      {
        personId: arbId("p-"),
        name: arbText(),
        relation: fc.constantFrom("mother", "father", "step-mother", "step-father", "partner", "kinship-carer", "foster-carer", "other"),
        absenceReason: arbText(),
        view: arbText(),
        viewNotRecordedReason: arbText(),
      },
      { requiredKeys: ["personId", "relation"] },
    )
    .map((p) => ParentOrCarerSchema.parse(p));
}

/** The analysis of a map: a judgement statement weighing some of `options.dangerIds`, and the family's view. */
export function arbMapAnalysis(options: Omit<ArbDangerRefOptions, "id"> = {}): fc.Arbitrary<MapAnalysis> {
  const worker = fc.record(
    {
      text: arbText(),
      danger: arbText(),
      dangerIds: subsetOf(options.dangerIds),
      safety: arbText(),
      decision: arbText(),
      authorId: arbId("p-"),
      on: arbIsoDate(),
    },
    { requiredKeys: ["text"] },
  );
  return fc
    .record({ worker, family: fc.array(position, { maxLength: 2 }), familyViewNotRecordedReason: arbText() }, { requiredKeys: ["family"] })
    .map((a) => MapAnalysisSchema.parse(a));
}

/** A harm statement. */
export function arbHarmStatement(options: ArbItemOptions = {}): fc.Arbitrary<HarmStatement> {
  return fc
    .record(
      {
        id: idOf(options),
        text: arbText(),
        actorIds: persons(),
        actorNotKnown: arbUnknownActor(),
        behaviour: arbText(),
        childIds: persons(),
        otherChildren: fc.array(arbOtherChild(), { maxLength: 2 }),
        when: fc.record({ on: arbIsoDate(), from: arbIsoDate(), to: arbIsoDate(), pattern: arbText() }, { requiredKeys: [] }),
        context: arbText(),
        impact: arbText(),
        severity: fc.constantFrom("minor", "moderate", "serious", "severe"),
        status: fc.constantFrom("alleged", "substantiated", "disputed"),
        source: arbText(),
        positions: fc.array(position, { maxLength: 2 }),
      },
      { requiredKeys: ["id", "text", "actorIds", "childIds", "status", "positions"] },
    )
    .map((h) => HarmStatementSchema.parse(h));
}

/** A danger statement. */
export function arbDangerStatement(options: ArbItemOptions = {}): fc.Arbitrary<DangerStatement> {
  return fc
    .record(
      {
        id: idOf(options),
        text: arbText(),
        worriedParties: texts(),
        actorIds: persons(),
        actorNotKnown: arbUnknownActor(),
        behaviour: arbText(),
        context: arbText(),
        childIds: persons(),
        impactIfNothingChanges: arbText(),
        disputedBy: texts(),
        positions: fc.array(position, { maxLength: 2 }),
      },
      { requiredKeys: ["id", "text", "worriedParties", "actorIds", "childIds", "disputedBy", "positions"] },
    )
    .map((d) => DangerStatementSchema.parse(d));
}

/** A complicating factor. */
export function arbComplicatingFactor(options: ArbItemOptions = {}): fc.Arbitrary<ComplicatingFactor> {
  return fc.record({ id: idOf(options), text: arbText(), personIds: persons() }).map((c) => ComplicatingFactorSchema.parse(c));
}

/** An existing strength. */
export function arbStrength(options: ArbItemOptions = {}): fc.Arbitrary<Strength> {
  return fc.record({ id: idOf(options), text: arbText(), personIds: persons(), observedBy: texts() }).map((s) => StrengthSchema.parse(s));
}

/** An existing safety item, pointing at some of `options.dangerIds`. */
export function arbExistingSafety(options: ArbDangerRefOptions = {}): fc.Arbitrary<ExistingSafety> {
  return fc
    .record(
      { id: idOf(options), text: arbText(), actorIds: persons(), dangerIds: subsetOf(options.dangerIds), demonstratedSince: arbIsoDate(), observedBy: texts() },
      { requiredKeys: ["id", "text", "actorIds", "dangerIds", "observedBy"] },
    )
    .map((e) => ExistingSafetySchema.parse(e));
}

/** A grey area. */
export function arbGreyArea(options: ArbItemOptions = {}): fc.Arbitrary<GreyArea> {
  return fc
    .record({ id: idOf(options), text: arbText(), raisedBy: arbText(), toFindOut: arbText() }, { requiredKeys: ["id", "text"] })
    .map((g) => GreyAreaSchema.parse(g));
}

/** A safety goal, answering one of `options.dangerIds` or none. */
export function arbSafetyGoal(options: ArbDangerRefOptions = {}): fc.Arbitrary<SafetyGoal> {
  return fc
    .record(
      {
        id: idOf(options),
        dangerId: oneOf(options.dangerIds),
        owner: fc.constantFrom("agency", "family"),
        text: arbText(),
        who: texts(),
        protectiveBehaviours: texts(),
        childExperience: arbText(),
        professionalObservation: arbText(),
        sustainFor: fc.record({ amount: fc.integer({ min: 1, max: 52 }), unit: fc.constantFrom("days", "weeks", "months") }),
        monitoredBy: texts(),
      },
      { requiredKeys: ["id", "dangerId", "owner", "text", "who", "protectiveBehaviours", "monitoredBy"] },
    )
    .map((g) => SafetyGoalSchema.parse(defined(g)));
}

/** Options of {@link arbNextStep}. */
export interface ArbNextStepOptions extends ArbItemOptions {
  /** Safety goal ids the step may move towards (default none). */
  readonly goalIds?: readonly string[];
}

/** A next step, moving towards some of `options.goalIds`. */
export function arbNextStep(options: ArbNextStepOptions = {}): fc.Arbitrary<NextStep> {
  return fc
    .record(
      {
        id: idOf(options),
        text: arbText(),
        ownerId: arbId("p-"),
        ownerName: arbText(),
        due: arbIsoDate(),
        status: fc.constantFrom("planned", "in-progress", "done", "not-done", "cancelled"),
        goalIds: subsetOf(options.goalIds),
      },
      { requiredKeys: ["id", "text", "status", "goalIds"] },
    )
    .map((n) => NextStepSchema.parse(n));
}

/** A scale judgement. */
export function arbScaleJudgement(options: ArbItemOptions = {}): fc.Arbitrary<ScaleJudgement> {
  return fc
    .record(
      {
        id: idOf(options),
        raterId: arbId("p-"),
        raterName: arbText(),
        raterRole: fc.constantFrom("worker", "parent", "child", "network", "professional"),
        value: fc.integer({ min: 0, max: 10 }),
        reason: arbText(),
        on: arbIsoDate(),
      },
      { requiredKeys: ["id", "value", "on"] },
    )
    .map((j) => ScaleJudgementSchema.parse(j));
}

/** Options of {@link arbSafetyScale}. */
export interface ArbSafetyScaleOptions extends ArbDangerRefOptions {
  /** Prefix of the judgement ids, which must be unique in the whole map (default: the scale id and `-j`). */
  readonly judgementIdPrefix?: string;
}

/** A safety scale about the whole situation or one of `options.dangerIds`, with up to three judgements. */
export function arbSafetyScale(options: ArbSafetyScaleOptions = {}): fc.Arbitrary<SafetyScale> {
  const dangerIds = options.dangerIds ?? [];
  const subject = dangerIds.length === 0
    ? fc.constant({ kind: "overall" as const })
    : fc.oneof(fc.constant({ kind: "overall" as const }), fc.constantFrom(...dangerIds).map((dangerId) => ({ kind: "danger" as const, dangerId })));
  return fc
    .record(
      {
        id: idOf(options),
        subject,
        question: arbText(),
        anchors: fc.record({ zero: arbText(), ten: arbText() }),
        polarity: fc.constantFrom("safety-high", "risk-high"),
        judgements: fc.array(arbScaleJudgement({ id: fc.constant("j") }), { maxLength: 3 }),
      },
      { requiredKeys: ["id", "subject", "polarity", "judgements"] },
    )
    .map((s) => {
      const prefix = options.judgementIdPrefix ?? `${s.id}-j`;
      return SafetyScaleSchema.parse({ ...s, judgements: s.judgements.map((j, i) => ({ ...j, id: `${prefix}${String(i)}` })) });
    });
}

/** Options of {@link arbAssessmentMap}. */
export interface ArbAssessmentMapOptions {
  /** Most items in each list (default 4). */
  readonly maxItems?: number;
}

const withIds = <T extends { readonly id: string }>(items: readonly T[], prefix: string): T[] => items.map((item, i) => ({ ...item, id: `${prefix}${String(i)}` }));
const pick = (ids: readonly string[], refs: readonly number[]): string[] => [...new Set(refs.flatMap((r) => (ids.length === 0 ? [] : [ids[r % ids.length] as string])))];

const withDangers = (analysis: MapAnalysis, dangerIds: string[]): MapAnalysis =>
  analysis.worker === undefined ? analysis : MapAnalysisSchema.parse({ ...analysis, worker: { ...analysis.worker, dangerIds } });

/**
 * A valid assessment map with consistent references: goals, scales and existing safety point at
 * existing danger statements, next steps at existing goals, and every id in the map is unique.
 * Maps sometimes hold `parentsAndCarers` and an `analysis` (for now with empty `dangerIds`), and
 * statements sometimes `actorNotKnown` and `otherChildren`.
 * Ids are `h0`, `d0`, `c0`, `g0`, `s0`, `e0`, `a0`, `n0`, `sc0`, `sc0-j0`, ... so items from the
 * item arbitraries (ids starting `x-`) never collide with them.
 */
export function arbAssessmentMap(options: ArbAssessmentMapOptions = {}): fc.Arbitrary<AssessmentMap> {
  const maxLength = options.maxItems ?? 4;
  const list = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(arb, { maxLength });
  const refs = fc.array(fc.nat(), { maxLength: 3 });
  return fc
    .record(
      {
        id: arbId("m-"),
        version: fc.integer({ min: 1, max: 20 }),
        caseId: arbId("case-"),
        childIds: fc.uniqueArray(arbId("p-"), { minLength: 1, maxLength: 3 }),
        variant: fc.constantFrom("safety", "wellbeing", "success", "belonging"),
        date: arbIsoDate(),
        recordedAt: arbIsoDateTime(),
        authorId: arbId("p-"),
        participants: fc.array(arbParticipant(), { maxLength: 4 }),
        parentsAndCarers: fc.array(arbParentOrCarer(), { maxLength: 3 }),
        harm: list(arbHarmStatement()),
        dangers: list(arbDangerStatement()),
        complicatingFactors: list(arbComplicatingFactor()),
        greyAreas: list(arbGreyArea()),
        strengths: list(arbStrength()),
        existingSafety: list(fc.tuple(arbExistingSafety(), refs)),
        goals: list(fc.tuple(arbSafetyGoal(), fc.option(fc.nat(), { nil: undefined }))),
        nextSteps: list(fc.tuple(arbNextStep(), refs)),
        scales: list(fc.tuple(arbSafetyScale({ judgementIdPrefix: "j" }), fc.option(fc.nat(), { nil: undefined }))),
        childVoiceIds: fc.uniqueArray(arbId("cv-"), { maxLength: 3 }),
        analysis: fc.tuple(arbMapAnalysis(), refs),
      },
      { requiredKeys: ["id", "version", "childIds", "variant", "date", "authorId", "participants", "harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps", "scales", "childVoiceIds"] },
    )
    .map((raw) => {
      const dangers = withIds(raw.dangers, "d");
      const dangerIds = dangers.map((d) => d.id);
      const goals = raw.goals.map(([goal, ref], i) => {
        const { dangerId: _ignored, ...rest } = goal;
        const dangerId = ref === undefined ? undefined : pick(dangerIds, [ref])[0];
        return dangerId === undefined ? { ...rest, id: `g${String(i)}` } : { ...rest, id: `g${String(i)}`, dangerId };
      });
      const goalIds = goals.map((g) => g.id);
      // Statements can only be about the map's own children.
      const ownChildren = <T extends { readonly childIds: readonly string[] }>(item: T): T => ({ ...item, childIds: pick(raw.childIds, item.childIds.map((c) => c.length)) });
      const { analysis: analysisAndRefs, ...fields } = raw;
      const analysis = analysisAndRefs === undefined ? {} : { analysis: withDangers(analysisAndRefs[0], pick(dangerIds, analysisAndRefs[1])) };
      return AssessmentMapSchema.parse({
        ...fields,
        ...analysis,
        harm: withIds(raw.harm, "h").map(ownChildren),
        dangers: dangers.map(ownChildren),
        complicatingFactors: withIds(raw.complicatingFactors, "c"),
        greyAreas: withIds(raw.greyAreas, "a"),
        strengths: withIds(raw.strengths, "s"),
        existingSafety: raw.existingSafety.map(([e, r], i) => ({ ...e, id: `e${String(i)}`, dangerIds: pick(dangerIds, r) })),
        goals,
        nextSteps: raw.nextSteps.map(([n, r], i) => ({ ...n, id: `n${String(i)}`, goalIds: pick(goalIds, r) })),
        scales: raw.scales.map(([s, ref], i) => {
          const dangerId = ref === undefined ? undefined : pick(dangerIds, [ref])[0];
          return {
            ...s,
            id: `sc${String(i)}`,
            subject: dangerId === undefined ? { kind: "overall" } : { kind: "danger", dangerId },
            judgements: s.judgements.map((j, k) => ({ ...j, id: `sc${String(i)}-j${String(k)}` })),
          };
        }),
      });
    });
}
