import { compareIsoDates, daysBetween, IsoDateSchema, KinsafeError, type Finding, type IsoDate, type PersonId, type Severity } from "../core";
import type { AssessmentMap, DangerStatement, HarmStatement, ParticipantRole } from "./AssessmentMap";
import { findTerms, hasRegularPastTense, hasTerm } from "../language";
import { ASSESSMENT_FINDING_TABLE, ASSESSMENT_QUALITY_RULES, type AssessmentFindingCode, type AssessmentQualityRule } from "./findingCodes";
import { checkAnalysis } from "./checkAnalysis";
import { checkParticipation } from "./checkParticipation";
import { checkAnchorPolarity, DEFAULT_DANGER_ANCHOR_TERMS, DEFAULT_SAFETY_ANCHOR_TERMS } from "./checkScaleAnchors";
import { checkChildVoiceOnMap } from "./checkChildVoiceOnMap";
import type { ChildVoiceChild, ChildVoicePolicy, ChildVoiceRecord } from "../child-voice";
import { goalAbsenceFraming, harmOnlyRisk, WORDING_RULES, type WordingContext } from "./checkMapWording";
import { DEFAULT_JARGON_TERMS, type JargonTerm } from "../language";
import { DEFAULT_DISPUTE_MARKERS, DEFAULT_SAFE_PERSON_CLAIMS, DEFAULT_THREAT_PATTERNS, DEFAULT_TIME_PATTERNS } from "../language";
import type { FindingParamsArg } from "./checkEmit";

/**
 * Labels and professional shorthand that hide what actually happened (rule Q1). Each is matched
 * as whole words in any case, so "risk" matches "high-risk" but not "brisk".
 *
 * A starting list drawn from the plain-language guidance (LA how-to guide on danger statements
 * and safety goals; York glossary; Manchester principles). Local authorities are expected to
 * extend or trim it: pass the list they want as `options.jargon`.
 *
 * @deprecated The plain word list of earlier versions, kept for `options.jargon`. The checks now
 * read {@link DEFAULT_JARGON_TERMS}: every label with its word forms, acronyms and plain
 * alternative; pass your own as `options.jargonTerms`.
 *
 * @category Assessment map
 */
export const DEFAULT_JARGON: readonly string[] = [
  "domestic violence",
  "domestic abuse",
  "neglect",
  "neglectful",
  "non-engagement",
  "non-engaging",
  "non-compliance",
  "non-compliant",
  "mental health",
  "substance misuse",
  "substance abuse",
  "risk",
  "risks",
  "concern",
  "concerns",
  "inappropriate",
  "toxic trio",
  "disguised compliance",
  "chaotic",
  "lack of insight",
  "volatile",
  "poor parenting",
  "poor home conditions",
  "failure to engage",
  "emotional abuse",
];

/**
 * Words that show a danger statement looks ahead, to what could happen if nothing changes
 * (rule Q5). A danger statement whose text and impact contain none of them is flagged.
 * The same list is used to spot harm statements written only in future or conditional terms.
 *
 * Source: York glossary ("if nothing changes"); Queensland guidance on harm and danger statements.
 *
 * @category Assessment map
 */
export const DEFAULT_FUTURE_MARKERS: readonly string[] = ["if nothing changes", "will", "could", "may", "might", "would", "likely"];

/**
 * Irregular past tenses and time words that show a harm statement describes what has already
 * happened (rule Q5). Regular past tenses (words ending in "-ed", such as "shouted") are
 * recognised without being listed.
 *
 * @category Assessment map
 */
export const DEFAULT_PAST_MARKERS: readonly string[] = [
  "was", "were", "had", "did", "didn't", "has been", "have been", "hit", "said", "told", "saw", "took", "went", "left",
  "came", "got", "made", "found", "threw", "fell", "broke", "ran", "kept", "held", "felt", "heard", "bit", "shook",
  "burnt", "hurt", "ago", "last", "yesterday",
];

/**
 * Phrases that frame a safety goal as the absence of harm rather than the presence of
 * protective behaviour (rule Q8): "Dad will not drink" rather than "Dad will stay sober and
 * calm when he looks after Amy".
 *
 * Bare "not" (and "is not", "are not") is deliberately left out: it appears in protective
 * sentences too ("Mum will ring Gran if she is not sure"), so only negated actions are listed.
 *
 * Source: LA how-to guide on danger statements and safety goals.
 *
 * @category Assessment map
 */
export const DEFAULT_ABSENCE_MARKERS: readonly string[] = [
  "will not", "won't", "would not", "wouldn't", "does not", "doesn't", "do not", "don't", "must not", "mustn't",
  "cannot", "can't", "never", "no longer", "no more", "stop", "stops", "stopped", "avoid", "avoids",
];

/**
 * Words that describe harm happening to someone (rule Q10). A complicating factor that
 * contains one probably records harm, which belongs in the harm column.
 *
 * Source: Queensland guidance ("harm = what happened to the child; a complicating factor is what
 * makes it harder to fix").
 *
 * @category Assessment map
 */
export const DEFAULT_HARM_EVENT_TERMS: readonly string[] = [
  "hit", "punched", "kicked", "slapped", "smacked", "pushed", "strangled", "choked", "shook", "shaken", "beat",
  "beaten", "bitten", "injured", "injury", "injuries", "bruise", "bruised", "bruises", "bruising", "assaulted",
  "burnt", "burned", "scalded", "fracture", "fractured", "sexually abused",
];

/**
 * Words that show a harm statement speaks of possible harm rather than harm that happened
 * (rule Q10). A harm statement whose impact uses one of them and that records no occurrence
 * (no date, period or pattern) probably belongs in the danger column: when only risk of harm is
 * substantiated, the harm box stays empty.
 *
 * Source: Queensland guidance on harm statements.
 *
 * @category Assessment map
 */
export const DEFAULT_RISK_MARKERS: readonly string[] = ["could", "might", "may", "at risk of", "likely to", "potential", "potentially"];

/**
 * The most danger statements a map should have before the check warns (rule Q7): "try to keep
 * to no more than three" (LA how-to guide).
 *
 * @category Assessment map
 */
export const DEFAULT_MAX_DANGER_STATEMENTS = 3;

/**
 * How many days existing safety must have been seen before the map date (rule Q11).
 *
 * This is a derived default, not a number from the guidance: the guidance says safety is
 * "demonstrated over time" without saying how long. Four weeks was chosen as the shortest span
 * over which a pattern, rather than a single event, can be seen. Set your own with
 * `options.minimumSafetyDemonstratedDays`.
 *
 * @category Assessment map
 */
export const DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS = 28;

/**
 * The roles whose judgement every scale should record (rule Q13): the worker and a parent.
 * For children in care you may want `["worker", "carer"]`; to add the child, `["worker",
 * "parent", "child"]`.
 *
 * @category Assessment map
 */
export const DEFAULT_REQUIRED_RATER_ROLES: readonly ParticipantRole[] = ["worker", "parent"];

/**
 * The little that rule Q14 needs to know about a child-voice record: its id and whose voice it
 * holds. Child-voice records (Three Houses, Wizards and Fairies, Safety House, Words and
 * Pictures) fit this shape.
 *
 * @category Assessment map
 */
export interface ChildVoiceRecordRef {
  /** The record's id, as listed in the map's `childVoiceIds`. */
  readonly id: string;
  /** The child whose voice it records. */
  readonly childId: string;
}

/**
 * Options of {@link checkAssessmentMap}. Every option is plain JSON data, so a local authority
 * can keep its policy in a settings file. Leave an option out to use its default.
 *
 * @category Assessment map
 */
export interface CheckAssessmentMapOptions {
  /**
   * Labels to flag as plain words or phrases (Q1), as in earlier versions. When given (and
   * `jargonTerms` is not), these words are used instead of {@link DEFAULT_JARGON_TERMS}, each as a
   * term of its own without other forms.
   */
  readonly jargon?: readonly string[];
  /**
   * Labels and professional shorthand, as data: each term with its word forms, acronyms, plain
   * alternative, reason and kind (Q1, and the label, category, judgement and compliance checks of
   * Q1, Q2, Q3 and Q8). Default {@link DEFAULT_JARGON_TERMS}.
   */
  readonly jargonTerms?: readonly JargonTerm[];
  /** Words that show a statement's text records a dispute (Q12). Default {@link DEFAULT_DISPUTE_MARKERS}. */
  readonly disputeMarkers?: readonly string[];
  /** Regular expressions (source text, matched in any case) of a warning recorded as safety (Q11). Default {@link DEFAULT_THREAT_PATTERNS}. */
  readonly threatPatterns?: readonly string[];
  /** Regular expressions (source text, matched in any case) of a time or frequency in harm text (Q5). Default {@link DEFAULT_TIME_PATTERNS}. */
  readonly timePatterns?: readonly string[];
  /** Words by which a strength calls a person safe or protective (Q11). Default {@link DEFAULT_SAFE_PERSON_CLAIMS}. */
  readonly safePersonClaims?: readonly string[];
  /** Words that show a danger statement looks ahead (Q5). Default {@link DEFAULT_FUTURE_MARKERS}. */
  readonly futureMarkers?: readonly string[];
  /** Words that show a harm statement looks back (Q5). Default {@link DEFAULT_PAST_MARKERS}. */
  readonly pastMarkers?: readonly string[];
  /** Phrases that frame a goal as absence of harm (Q8). Default {@link DEFAULT_ABSENCE_MARKERS}. */
  readonly absenceMarkers?: readonly string[];
  /** Words that describe harm happening (Q10). Default {@link DEFAULT_HARM_EVENT_TERMS}. */
  readonly harmEventTerms?: readonly string[];
  /** Words that describe possible harm (Q10). Default {@link DEFAULT_RISK_MARKERS}. */
  readonly riskMarkers?: readonly string[];
  /** Most danger statements before a warning (Q7). Default {@link DEFAULT_MAX_DANGER_STATEMENTS} (3). */
  readonly maxDangerStatements?: number;
  /** Days existing safety must have been seen before the map date (Q11). Default {@link DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS} (28). */
  readonly minimumSafetyDemonstratedDays?: number;
  /** Roles whose judgement every scale needs (Q13). Default {@link DEFAULT_REQUIRED_RATER_ROLES} (worker, parent). */
  readonly requiredRaterRoles?: readonly ParticipantRole[];
  /** Words that put a scale anchor at the dangerous end (Q13, anchors against polarity). Default {@link DEFAULT_DANGER_ANCHOR_TERMS}. */
  readonly dangerAnchorTerms?: readonly string[];
  /** Words that put a scale anchor at the safe end (Q13, anchors against polarity). Default {@link DEFAULT_SAFETY_ANCHOR_TERMS}. */
  readonly safetyAnchorTerms?: readonly string[];
  /**
   * The child-voice records the map links to (Q14). When given, a link counts only for the child
   * its record is about, and a link to a record not in this list is a finding of its own. When
   * left out, any link counts for every child of the map.
   */
  readonly childVoiceRecords?: readonly (ChildVoiceRecordRef | ChildVoiceRecord)[];
  /** Children whose voice cannot be recorded directly (Q14). Default none. For babies and unborn children, prefer `children`. */
  readonly childVoiceNotRequiredFor?: readonly PersonId[];
  /**
   * The children's dates of birth, whether a child is unborn, and how they communicate (Q14): a
   * baby or pre-verbal child is asked for an observation, an unborn child for a pre-birth record,
   * and a child old enough scales. Default none (every child is asked for their own words).
   */
  readonly children?: readonly ChildVoiceChild[];
  /** The first day of the current episode (Q14): linked child-voice records from before it are not current. */
  readonly episodeStart?: IsoDate;
  /** The child-voice policy (Q14): months a record stays current, ages for words and for scaling. Default {@link DEFAULT_CHILD_VOICE_POLICY}. */
  readonly childVoicePolicy?: Partial<ChildVoicePolicy>;
  /** Today's date, for overdue next steps (Q15). Without it, nothing is reported as overdue. */
  readonly asOf?: IsoDate;
  /** Rules not to check, e.g. `["Q7"]`. Default none. */
  readonly skipRules?: readonly AssessmentQualityRule[];
  /** Severities to use instead of the defaults in {@link ASSESSMENT_FINDINGS}, e.g. `{ "assessment/child-voice-missing": "error" }`. */
  readonly severities?: Readonly<Partial<Record<AssessmentFindingCode, Severity>>>;
}

type Path = readonly (string | number)[];
type ParamsArg<C extends AssessmentFindingCode> = FindingParamsArg<C>;

interface Context {
  readonly map: AssessmentMap;
  readonly jargon: readonly string[];
  readonly futureMarkers: readonly string[];
  readonly pastMarkers: readonly string[];
  readonly absenceMarkers: readonly string[];
  readonly harmEventTerms: readonly string[];
  readonly riskMarkers: readonly string[];
  readonly maxDangerStatements: number;
  readonly minimumSafetyDemonstratedDays: number;
  readonly requiredRaterRoles: readonly ParticipantRole[];
  readonly anchorTerms: { readonly danger: readonly string[]; readonly safety: readonly string[] };
  readonly childVoiceRecords: readonly (ChildVoiceRecordRef | ChildVoiceRecord)[] | undefined;
  readonly childVoiceNotRequiredFor: readonly string[];
  readonly childVoiceOptions: Pick<CheckAssessmentMapOptions, "children" | "episodeStart" | "childVoicePolicy">;
  readonly asOf: IsoDate | undefined;
  readonly emit: <C extends AssessmentFindingCode>(code: C, path: Path, ...params: ParamsArg<C>) => void;
}

/** A harm or danger statement with where it is; the two share actors, children and positions. */
type Statement =
  | { readonly section: "harm"; readonly index: number; readonly item: HarmStatement }
  | { readonly section: "dangers"; readonly index: number; readonly item: DangerStatement };

function statements(map: AssessmentMap): Statement[] {
  return [
    ...map.harm.map((item, index) => ({ section: "harm" as const, index, item })),
    ...map.dangers.map((item, index) => ({ section: "dangers" as const, index, item })),
  ];
}

const isBlank = (value: string): boolean => value.trim().length === 0;

// Q1: plain language. The labels are data (language/jargon.ts) and are read in every column by
// the wording rules of checkMapWording.ts, which run after this one.
function checkPlainLanguage(): void {
  // Nothing structural to check.
}

// Q2: behaviourally specific.
function checkBehaviourallySpecific(ctx: Context): void {
  for (const { section, index, item } of statements(ctx.map)) {
    const unknown = item.actorNotKnown;
    if (item.actorIds.length === 0 && unknown === undefined) ctx.emit("assessment/statement-without-actor", [section, index, "actorIds"]);
    if (unknown !== undefined && unknown.inCareOfIds.length === 0 && (unknown.inCareOfNames ?? []).length === 0) {
      ctx.emit("assessment/unknown-actor-without-carer", [section, index, "actorNotKnown", "inCareOfIds"]);
    }
    if (item.behaviour === undefined) ctx.emit("assessment/statement-without-behaviour", [section, index, "behaviour"]);
  }
  ctx.map.goals.forEach((g, i) => {
    if (g.who.length === 0) ctx.emit("assessment/goal-without-who", ["goals", i, "who"]);
    if (g.protectiveBehaviours.length === 0) ctx.emit("assessment/goal-without-protective-behaviour", ["goals", i, "protectiveBehaviours"]);
  });
}

// Q3: the impact on the child.
function checkChildImpact(ctx: Context): void {
  for (const s of statements(ctx.map)) {
    const otherChildren = s.section === "harm" ? (s.item.otherChildren ?? []).length : 0;
    if (s.item.childIds.length === 0 && otherChildren === 0) ctx.emit("assessment/statement-without-child", [s.section, s.index, "childIds"]);
    if (s.section === "harm" && s.item.impact === undefined) ctx.emit("assessment/harm-without-impact", ["harm", s.index, "impact"]);
    if (s.section === "dangers" && s.item.impactIfNothingChanges === undefined) {
      ctx.emit("assessment/danger-without-impact", ["dangers", s.index, "impactIfNothingChanges"]);
    }
  }
}

// Q4: who is worried.
function checkWhoIsWorried(ctx: Context): void {
  ctx.map.dangers.forEach((d, i) => {
    if (d.worriedParties.length === 0) ctx.emit("assessment/danger-without-worried-party", ["dangers", i, "worriedParties"]);
  });
}

// Q5: danger looks ahead, harm looks back.
function checkTimeOrientation(ctx: Context): void {
  ctx.map.dangers.forEach((d, i) => {
    if (!hasTerm(`${d.text}\n${d.impactIfNothingChanges ?? ""}`, ctx.futureMarkers)) ctx.emit("assessment/danger-not-future", ["dangers", i, "text"]);
  });
  ctx.map.harm.forEach((h, i) => {
    for (const key of ["on", "from", "to"] as const) {
      const date = h.when?.[key];
      if (date !== undefined && compareIsoDates(date, ctx.map.date) > 0) {
        ctx.emit("assessment/harm-dated-after-map", ["harm", i, "when", key], { date, mapDate: ctx.map.date });
      }
    }
    const future = findTerms(h.text, ctx.futureMarkers);
    const past = hasTerm(h.text, ctx.pastMarkers) || hasRegularPastTense(h.text);
    const [term] = future;
    if (term !== undefined && !past) ctx.emit("assessment/harm-not-past", ["harm", i, "text"], { term });
  });
}

// Q6: every danger statement has one goal per owner and one scale; no orphan goals.
function checkPairing(ctx: Context): void {
  const { map } = ctx;
  map.dangers.forEach((d, i) => {
    const goals = map.goals.filter((g) => g.dangerId === d.id);
    if (goals.length === 0) ctx.emit("assessment/danger-without-goal", ["dangers", i], { dangerId: d.id });
    for (const owner of ["agency", "family"] as const) {
      const count = goals.filter((g) => g.owner === owner).length;
      if (count > 1) ctx.emit("assessment/danger-with-several-goals", ["dangers", i], { dangerId: d.id, owner, count });
    }
    const scales = map.scales.filter((s) => s.subject.kind === "danger" && s.subject.dangerId === d.id).length;
    if (scales === 0) ctx.emit("assessment/danger-without-scale", ["dangers", i], { dangerId: d.id });
    if (scales > 1) ctx.emit("assessment/danger-with-several-scales", ["dangers", i], { dangerId: d.id, count: scales });
  });
  map.goals.forEach((g, i) => {
    if (g.dangerId === undefined) ctx.emit("assessment/orphan-goal", ["goals", i, "dangerId"], { goalId: g.id });
  });
}

// Q7: no more than a few danger statements.
function checkDangerCount(ctx: Context): void {
  const count = ctx.map.dangers.length;
  if (count > ctx.maxDangerStatements) ctx.emit("assessment/too-many-dangers", ["dangers"], { count, max: ctx.maxDangerStatements });
}

// Q8: goals describe protective behaviour that is present, not only harm that is absent.
function checkPositiveFraming(ctx: Context): void {
  // Negation inside a clause of condition, time or purpose is fine ("so Lee does not drive them").
  for (const { index, field, term } of goalAbsenceFraming(ctx.map, ctx.absenceMarkers)) {
    ctx.emit("assessment/goal-framed-as-absence", ["goals", index, field], { term, field });
  }
}

// Q9: goals say how long the change must be seen working.
function checkDuration(ctx: Context): void {
  ctx.map.goals.forEach((g, i) => {
    if (g.sustainFor === undefined) ctx.emit("assessment/goal-without-duration", ["goals", i, "sustainFor"]);
  });
}

// Q10: harm, danger and complicating factors kept apart.
function checkSeparation(ctx: Context): void {
  ctx.map.complicatingFactors.forEach((c, i) => {
    for (const term of findTerms(c.text, ctx.harmEventTerms)) {
      ctx.emit("assessment/harm-event-in-complicating-factor", ["complicatingFactors", i, "text"], { term });
    }
  });
  // Reads the harm's impact and its text ("at risk of emotional harm" in the text counts too).
  for (const { index, field, term } of harmOnlyRisk(ctx.map, ctx.riskMarkers)) ctx.emit("assessment/harm-only-risk", ["harm", index, field], { term });
}

// Q11: existing safety relates to a danger and has been seen over time.
function checkExistingSafety(ctx: Context): void {
  ctx.map.existingSafety.forEach((e, i) => {
    if (e.dangerIds.length === 0) ctx.emit("assessment/safety-without-danger", ["existingSafety", i, "dangerIds"]);
    if (e.demonstratedSince === undefined) {
      ctx.emit("assessment/safety-without-start-date", ["existingSafety", i, "demonstratedSince"]);
      return;
    }
    const days = daysBetween(e.demonstratedSince, ctx.map.date);
    if (days < ctx.minimumSafetyDemonstratedDays) {
      ctx.emit("assessment/safety-too-recent", ["existingSafety", i, "demonstratedSince"], {
        since: e.demonstratedSince,
        days,
        minimumDays: ctx.minimumSafetyDemonstratedDays,
      });
    }
  });
}

// Q12: a disputed statement records whose view is whose.
function checkDisputes(ctx: Context): void {
  for (const s of statements(ctx.map)) {
    const disputed = s.section === "harm" ? s.item.status === "disputed" : s.item.disputedBy.length > 0;
    const count = s.item.positions.length;
    if (disputed && count < 2) ctx.emit("assessment/dispute-not-recorded", [s.section, s.index, "positions"], { count });
  }
}

// Q13: scales have anchors, scores say who gave them and why.
function checkScales(ctx: Context): void {
  if (ctx.map.scales.length === 0) ctx.emit("assessment/map-without-scale", ["scales"]);
  ctx.map.scales.forEach((s, i) => {
    if (s.anchors === undefined) ctx.emit("assessment/scale-without-anchors", ["scales", i, "anchors"]);
    else {
      if (isBlank(s.anchors.zero)) ctx.emit("assessment/scale-anchor-blank", ["scales", i, "anchors", "zero"], { anchor: 0 });
      if (isBlank(s.anchors.ten)) ctx.emit("assessment/scale-anchor-blank", ["scales", i, "anchors", "ten"], { anchor: 10 });
      checkAnchorPolarity(s, i, ctx.emit, ctx.anchorTerms);
    }
    if (s.judgements.length === 0) ctx.emit("assessment/scale-without-judgements", ["scales", i, "judgements"]);
    else {
      const roles = new Set(s.judgements.map((j) => j.raterRole));
      for (const role of ctx.requiredRaterRoles) {
        if (!roles.has(role)) ctx.emit("assessment/scale-missing-rater-role", ["scales", i, "judgements"], { role });
      }
    }
    s.judgements.forEach((j, k) => {
      if (j.raterRole === undefined) ctx.emit("assessment/judgement-without-role", ["scales", i, "judgements", k, "raterRole"]);
      if (j.reason === undefined) ctx.emit("assessment/judgement-without-reason", ["scales", i, "judgements", k, "reason"]);
    });
  });
}

// Q14: the voice of every child is captured (src/assessment/checkChildVoiceOnMap.ts).
function checkChildVoice(ctx: Context): void {
  checkChildVoiceOnMap({
    map: ctx.map,
    records: ctx.childVoiceRecords,
    notRequiredFor: ctx.childVoiceNotRequiredFor,
    children: ctx.childVoiceOptions.children ?? [],
    episodeStart: ctx.childVoiceOptions.episodeStart,
    policy: ctx.childVoiceOptions.childVoicePolicy ?? {},
    emit: ctx.emit,
  });
}

// Q15: next steps say who will do what by when.
function checkNextSteps(ctx: Context): void {
  const { asOf } = ctx;
  ctx.map.nextSteps.forEach((n, i) => {
    if (n.status === "done" || n.status === "cancelled") return;
    if (n.ownerId === undefined && n.ownerName === undefined) ctx.emit("assessment/next-step-without-owner", ["nextSteps", i, "ownerId"]);
    if (n.due === undefined) ctx.emit("assessment/next-step-without-due-date", ["nextSteps", i, "due"]);
    else if (asOf !== undefined && compareIsoDates(n.due, asOf) < 0) {
      ctx.emit("assessment/next-step-overdue", ["nextSteps", i, "due"], { due: n.due, asOf, days: daysBetween(n.due, asOf) });
    }
  });
}

/** A regular expression from a policy's source text; a pattern that does not compile is a programmer error. */
function policyPattern(source: string, option: string): RegExp {
  try {
    return new RegExp(source, "iu");
  } catch {
    throw new KinsafeError("invalid-argument", `options.${option} holds a pattern that is not a regular expression: ${JSON.stringify(source)}.`);
  }
}

/** The word lists of the wording rules, from the options or their defaults. */
function wordingPolicy(options: CheckAssessmentMapOptions): WordingContext["policy"] {
  const plain = "say what the person did or did not do, and what it meant for the child";
  const legacy = options.jargon?.map((term): JargonTerm => ({ term, forms: [term], plain, why: "A label of the local list.", kind: "vague" }));
  return {
    jargonTerms: options.jargonTerms ?? legacy ?? DEFAULT_JARGON_TERMS,
    absenceMarkers: options.absenceMarkers ?? DEFAULT_ABSENCE_MARKERS,
    riskMarkers: options.riskMarkers ?? DEFAULT_RISK_MARKERS,
    disputeMarkers: options.disputeMarkers ?? DEFAULT_DISPUTE_MARKERS,
    threatPatterns: (options.threatPatterns ?? DEFAULT_THREAT_PATTERNS).map((p) => policyPattern(p, "threatPatterns")),
    timePatterns: (options.timePatterns ?? DEFAULT_TIME_PATTERNS).map((p) => policyPattern(p, "timePatterns")),
    safePersonClaims: options.safePersonClaims ?? DEFAULT_SAFE_PERSON_CLAIMS,
  };
}

const RULES: Readonly<Record<AssessmentQualityRule, (ctx: Context) => void>> = {
  Q1: checkPlainLanguage,
  Q2: checkBehaviourallySpecific,
  Q3: checkChildImpact,
  Q4: checkWhoIsWorried,
  Q5: checkTimeOrientation,
  Q6: checkPairing,
  Q7: checkDangerCount,
  Q8: checkPositiveFraming,
  Q9: checkDuration,
  Q10: checkSeparation,
  Q11: checkExistingSafety,
  Q12: checkDisputes,
  Q13: checkScales,
  Q14: checkChildVoice,
  Q15: checkNextSteps,
  Q16: (ctx) => {
    checkParticipation(ctx.map, ctx.emit);
  },
  Q17: (ctx) => {
    checkAnalysis(ctx.map, ctx.emit);
  },
};

/**
 * Checks the content of an assessment map against the quality rules of mapping
 * (Q1 to Q17) and returns every finding. It never changes the map and never stops at the first
 * problem.
 *
 * The rules, and the guidance each comes from (domain specification 1.12):
 *
 * - **Q1 plain language**: harm, danger statements and goals use no professional labels such
 *   as "neglect" or "mental health"; describe the behaviour instead (LA how-to guide; York
 *   glossary; Manchester principles).
 * - **Q2 behaviourally specific**: a statement names whose behaviour it is about and what they
 *   did or did not do; a goal names who will act and how (NYSCP; Children's Research Center
 *   format).
 * - **Q3 child impact**: a statement names the child and says what happened, or could
 *   happen, to them (NYSCP; Queensland).
 * - **Q4 who is worried**: every danger statement says who is worried (NYSCP; LA guide).
 * - **Q5 time**: danger statements look ahead ("if nothing changes"); harm statements describe
 *   what has already happened and are not dated after the map (York glossary; Queensland).
 * - **Q6 pairing**: every danger statement has a safety goal and exactly one scale; there is no
 *   goal without a danger statement (York glossary). An agency goal and a family goal for the
 *   same danger count as one pair (the guidance allows both), so at most one goal per owner.
 * - **Q7 count**: no more than three danger statements (LA guide).
 * - **Q8 positive framing**: goals describe protective behaviour that will be present, not
 *   only harm that will be absent (LA guide).
 * - **Q9 duration**: goals say how long the change must be seen working (LA guide).
 * - **Q10 separation**: complicating factors contain no harm events, and the harm box holds
 *   harm that happened, not only risk (Queensland).
 * - **Q11 strength is not safety**: existing safety relates to a danger and has been
 *   demonstrated over time (safety definition of Boffa and Podesta, Turnell and Essex).
 * - **Q12 dispute recorded**: a disputed statement records each side's view (York glossary;
 *   safetyplanning.site).
 * - **Q13 scales**: every scale has its anchors, every score its rater's role and reason, and
 *   the worker and a parent have scored (Sonja Parker; council scaling guide).
 * - **Q14 child's voice**: each child's voice is captured before the plan (WA CPM 2.2.17;
 *   Missouri manual ch. 7), is the child's own (a Words and Pictures story written for the child
 *   tells the child, it does not hear them) and current (this episode, within the policy's months);
 *   a baby's is an observation, an unborn child's a pre-birth record, and a child old enough
 *   scales (docs/child-voice.md, "Rule Q14 on the map").
 * - **Q15 next steps**: each open next step has an owner and a due date, and is not overdue
 *   (short-introduction deck).
 * - **Q16 participation**: the family took part, not professionals alone; each parent and carer
 *   in `parentsAndCarers` was there or the reason is recorded, and so is their view; the view of
 *   every person whose behaviour is the worry is recorded (mapping audit criterion 1; the
 *   reported neglect of fathers and other significant males).
 * - **Q17 analysis**: a map with a plan holds the worker's judgement statement, naming the danger
 *   and the safety it weighs, and the family's view of it (mapping audit criterion 8).
 *
 * Wording rules (Q1, Q5, Q8, Q10) match whole words in any case against lists you can change
 * in `options`; they are aids to a practitioner's judgement, so they give warnings. Missing
 * structure that only a field can hold (Q3, Q4, Q6, scale anchors) gives errors. Every finding
 * carries its rule in `params.rule`; {@link ASSESSMENT_FINDINGS} lists each code's rule,
 * severity and params. Findings come in rule order (Q1 first), then in the order of the map.
 *
 * @param map - A parsed assessment map.
 * @param options - The local policy: word lists, limits, roles, child-voice records, today's
 *   date; each is optional and has a documented default.
 * @returns Every finding, or an empty array when the map meets all the rules.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar
 *   date (a programmer error: the map itself never causes an exception).
 *
 * @example
 * {@includeCode ../../tests/assessment/checkAssessmentMap.test.ts#docs-example}
 *
 * @see Domain specification 1.12, "Quality rules for map content".
 *
 * @category Assessment map
 */
export function checkAssessmentMap(map: AssessmentMap, options: CheckAssessmentMapOptions = {}): readonly Finding<AssessmentFindingCode>[] {
  if (options.asOf !== undefined && !IsoDateSchema.safeParse(options.asOf).success) {
    throw new KinsafeError("invalid-argument", `options.asOf must be a calendar date YYYY-MM-DD; received ${JSON.stringify(options.asOf)}.`);
  }
  const findings: Finding<AssessmentFindingCode>[] = [];
  const severities = options.severities ?? {};
  const ctx: Context = {
    map,
    jargon: options.jargon ?? DEFAULT_JARGON,
    futureMarkers: options.futureMarkers ?? DEFAULT_FUTURE_MARKERS,
    pastMarkers: options.pastMarkers ?? DEFAULT_PAST_MARKERS,
    absenceMarkers: options.absenceMarkers ?? DEFAULT_ABSENCE_MARKERS,
    harmEventTerms: options.harmEventTerms ?? DEFAULT_HARM_EVENT_TERMS,
    riskMarkers: options.riskMarkers ?? DEFAULT_RISK_MARKERS,
    maxDangerStatements: options.maxDangerStatements ?? DEFAULT_MAX_DANGER_STATEMENTS,
    minimumSafetyDemonstratedDays: options.minimumSafetyDemonstratedDays ?? DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS,
    requiredRaterRoles: options.requiredRaterRoles ?? DEFAULT_REQUIRED_RATER_ROLES,
    anchorTerms: { danger: options.dangerAnchorTerms ?? DEFAULT_DANGER_ANCHOR_TERMS, safety: options.safetyAnchorTerms ?? DEFAULT_SAFETY_ANCHOR_TERMS },
    childVoiceRecords: options.childVoiceRecords,
    childVoiceNotRequiredFor: options.childVoiceNotRequiredFor ?? [],
    childVoiceOptions: options,
    asOf: options.asOf,
    emit: (code, path, ...params) => {
      const info = ASSESSMENT_FINDING_TABLE[code];
      findings.push({ code, severity: severities[code] ?? info.severity, path: [...path], params: { rule: info.rule, ...params[0] } });
    },
  };
  const skip = new Set<string>(options.skipRules ?? []);
  const wording: WordingContext = { map, policy: wordingPolicy(options), skipped: skip, emit: ctx.emit };
  for (const rule of ASSESSMENT_QUALITY_RULES) {
    if (skip.has(rule)) continue;
    RULES[rule](ctx);
    WORDING_RULES[rule]?.(wording);
  }
  return findings;
}
