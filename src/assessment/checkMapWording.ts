// The wording rules of checkAssessmentMap that read every column as carefully as the behaviours:
// labels in any word form or acronym (Q1), judgements in strengths (Q1), a label as the behaviour
// (Q2), a category as the impact (Q3), harm without when or how often (Q5), compliance goals and
// negation inside a clause (Q8), risk words in harm text (Q10), threats recorded as safety and
// strengths that contradict a danger (Q11), disputes written in text (Q12). The family's own
// quoted words are exempt. Reasons and sources: docs/assessment-map.md, "Language".
import type { AssessmentMap } from "./AssessmentMap";
import type { AssessmentFindingCode, AssessmentQualityRule } from "./findingCodes";
import type { JargonKind, JargonTerm } from "../language";
import { absenceFraming, findJargon, hasPhrase, type JargonHit, onlyLabels, withoutQuotes } from "../language";
import type { FindingParamsArg } from "./checkEmit";

type Path = readonly (string | number)[];
type ParamsArg<C extends AssessmentFindingCode> = FindingParamsArg<C>;

/** The policy the wording rules read; every list has a documented default. @internal */
export interface WordingPolicy {
  readonly jargonTerms: readonly JargonTerm[];
  readonly absenceMarkers: readonly string[];
  readonly riskMarkers: readonly string[];
  readonly disputeMarkers: readonly string[];
  readonly threatPatterns: readonly RegExp[];
  readonly timePatterns: readonly RegExp[];
  readonly safePersonClaims: readonly string[];
}

/** What the wording rules need from checkAssessmentMap. @internal */
export interface WordingContext {
  readonly map: AssessmentMap;
  readonly policy: WordingPolicy;
  /** Rules the caller left out, so that a finding is not moved to a rule that will not run. */
  readonly skipped: ReadonlySet<string>;
  readonly emit: <C extends AssessmentFindingCode>(code: C, path: Path, ...params: ParamsArg<C>) => void;
}

interface Field {
  readonly path: Path;
  readonly field: string;
  readonly value: string;
  /** Which column it is in, for the kinds of label that have a finding of their own there. */
  readonly place: "behaviour" | "impact" | "strength" | "goal" | "other";
}

function text(path: Path, field: string, value: string | undefined, place: Field["place"] = "other"): Field[] {
  return value === undefined ? [] : [{ path: [...path, field], field, value, place }];
}

/** Every worded field of the map that the language rules read, in map order. */
function wordingFields(map: AssessmentMap): Field[] {
  return [
    ...map.harm.flatMap((h, i) => [
      ...text(["harm", i], "text", h.text),
      ...text(["harm", i], "behaviour", h.behaviour, "behaviour"),
      ...text(["harm", i], "context", h.context),
      ...text(["harm", i], "impact", h.impact, "impact"),
    ]),
    ...map.dangers.flatMap((d, i) => [
      ...text(["dangers", i], "text", d.text),
      ...text(["dangers", i], "behaviour", d.behaviour, "behaviour"),
      ...text(["dangers", i], "context", d.context),
      ...text(["dangers", i], "impactIfNothingChanges", d.impactIfNothingChanges, "impact"),
    ]),
    ...map.complicatingFactors.flatMap((c, i) => text(["complicatingFactors", i], "text", c.text)),
    ...map.greyAreas.flatMap((g, i) => text(["greyAreas", i], "text", g.text)),
    ...map.strengths.flatMap((s, i) => text(["strengths", i], "text", s.text, "strength")),
    ...map.existingSafety.flatMap((e, i) => text(["existingSafety", i], "text", e.text, "strength")),
    ...map.goals.flatMap((g, i) => [
      ...text(["goals", i], "text", g.text, "goal"),
      ...g.protectiveBehaviours.map((value, j): Field => ({ path: ["goals", i, "protectiveBehaviours", j], field: "protectiveBehaviours", value, place: "goal" })),
      ...text(["goals", i], "childExperience", g.childExperience),
      ...text(["goals", i], "professionalObservation", g.professionalObservation),
    ]),
  ];
}

function params(hit: JargonHit): { term: string; found: string; plain: string } {
  return { term: hit.term.term, found: hit.found, plain: hit.term.plain };
}

/** Whether a hit in this field is reported by a more specific rule that will run. */
function reportedElsewhere(ctx: WordingContext, f: Field, hit: JargonHit, labelsOnly: boolean): boolean {
  const kind: JargonKind = hit.term.kind;
  if (f.place === "behaviour" && (kind === "label" || kind === "vague") && labelsOnly) return !ctx.skipped.has("Q2");
  if (f.place === "impact" && kind !== "judgement" && kind !== "compliance" && labelsOnly) return !ctx.skipped.has("Q3");
  if (f.place === "goal" && kind === "compliance") return !ctx.skipped.has("Q8");
  return false;
}

// Q1: labels in every word form and acronym, in every column; judgements in strengths.
function checkLabels(ctx: WordingContext): void {
  const terms = ctx.policy.jargonTerms;
  for (const f of wordingFields(ctx.map)) {
    const hits = findJargon(f.value, terms);
    if (hits.length === 0) continue;
    const labelsOnly = onlyLabels(f.value, hits.map((h) => h.term));
    for (const hit of hits) {
      if (reportedElsewhere(ctx, f, hit, labelsOnly)) continue;
      if (f.place === "strength" && (hit.term.kind === "judgement" || hit.term.kind === "compliance")) {
        ctx.emit("assessment/strength-is-judgement", f.path, { ...params(hit), field: f.field });
      } else ctx.emit("assessment/jargon", f.path, { ...params(hit), field: f.field });
    }
  }
}

// Q2: a behaviour that is only a label.
function checkBehaviourLabels(ctx: WordingContext): void {
  for (const f of wordingFields(ctx.map)) {
    if (f.place !== "behaviour") continue;
    const hits = findJargon(f.value, ctx.policy.jargonTerms, ["label", "vague"]);
    const [first] = hits;
    if (first !== undefined && onlyLabels(f.value, findJargon(f.value, ctx.policy.jargonTerms).map((h) => h.term))) {
      ctx.emit("assessment/behaviour-is-label", f.path, params(first));
    }
  }
}

// Q3: an impact that is only a category of harm.
function checkImpactCategories(ctx: WordingContext): void {
  for (const f of wordingFields(ctx.map)) {
    if (f.place !== "impact") continue;
    const [first] = findJargon(f.value, ctx.policy.jargonTerms, ["category", "label", "vague"]);
    if (first !== undefined && onlyLabels(f.value, findJargon(f.value, ctx.policy.jargonTerms).map((h) => h.term))) {
      ctx.emit("assessment/impact-is-category", f.path, { ...params(first), field: f.field });
    }
  }
}

// Q5: harm says when it happened or how often.
function checkHarmOccurrence(ctx: WordingContext): void {
  ctx.map.harm.forEach((h, i) => {
    const w = h.when;
    if (w !== undefined && (w.on !== undefined || w.from !== undefined || w.to !== undefined || w.pattern !== undefined)) return;
    const words = [h.text, h.context ?? "", h.behaviour ?? ""].join("\n");
    if (ctx.policy.timePatterns.some((p) => p.test(words))) return;
    ctx.emit("assessment/harm-without-occurrence", ["harm", i, "when"]);
  });
}

// Q8: goals that ask for compliance with services.
function checkComplianceGoals(ctx: WordingContext): void {
  ctx.map.goals.forEach((g, i) => {
    const phrases: [string, Path, string][] = [
      [g.text, ["goals", i, "text"], "text"],
      ...g.protectiveBehaviours.map((p, j): [string, Path, string] => [p, ["goals", i, "protectiveBehaviours", j], "protectiveBehaviours"]),
    ];
    for (const [value, path, field] of phrases) {
      const [hit] = findJargon(value, ctx.policy.jargonTerms, ["compliance"]);
      if (hit !== undefined) {
        ctx.emit("assessment/goal-is-compliance", path, { term: hit.term.term, found: hit.found, field });
        return;
      }
    }
  });
}

/**
 * Q8 absence framing, with negation inside a clause of condition, time or purpose allowed:
 * flagged when every phrase of a goal (its protective behaviours, or its text when none are
 * listed) states only what will not happen.
 *
 * @param map - The map.
 * @param markers - The absence markers.
 * @returns One entry per goal framed as absence.
 *
 * @example
 * {@includeCode ../../tests/assessment/languageMatch.test.ts#goal-absence}
 *
 * @internal
 */
export function goalAbsenceFraming(map: AssessmentMap, markers: readonly string[]): { index: number; field: string; term: string }[] {
  const out: { index: number; field: string; term: string }[] = [];
  map.goals.forEach((g, index) => {
    const field = g.protectiveBehaviours.length > 0 ? "protectiveBehaviours" : "text";
    const phrases = field === "text" ? [g.text] : g.protectiveBehaviours;
    const terms = phrases.map((p) => absenceFraming(p, markers));
    const [term] = terms;
    if (term !== undefined && terms.every((t) => t !== undefined)) out.push({ index, field, term });
  });
  return out;
}

/**
 * Q10: a harm statement whose text or impact speaks of possible harm and records no occurrence.
 * Reads the impact first, then the text; outside quotations.
 *
 * @param map - The map.
 * @param markers - The risk markers.
 * @returns One entry per harm statement that only speaks of risk.
 *
 * @example
 * {@includeCode ../../tests/assessment/languageMatch.test.ts#harm-only-risk}
 *
 * @internal
 */
export function harmOnlyRisk(map: AssessmentMap, markers: readonly string[]): { index: number; field: "impact" | "text"; term: string }[] {
  const out: { index: number; field: "impact" | "text"; term: string }[] = [];
  map.harm.forEach((h, index) => {
    const w = h.when;
    if (w !== undefined && (w.on !== undefined || w.from !== undefined || w.to !== undefined || w.pattern !== undefined)) return;
    for (const field of ["impact", "text"] as const) {
      const value = h[field];
      const term = value === undefined ? undefined : hasPhrase(withoutQuotes(value), markers);
      if (term !== undefined) {
        out.push({ index, field, term });
        return;
      }
    }
  });
  return out;
}

function nameOf(map: AssessmentMap, personId: string): string {
  return map.participants.find((p) => p.personId === personId)?.name ?? personId;
}

/** The people a strength is about: its `personIds`, or the participants it names. */
function peopleOf(map: AssessmentMap, personIds: readonly string[], value: string): string[] {
  if (personIds.length > 0) return [...personIds];
  return map.participants.filter((p) => p.name !== undefined && hasPhrase(value, [p.name.replace(/\s*\(.*\)\s*$/, "")]) !== undefined).map((p) => p.personId);
}

// Q11: safety that is a threat; a strength that calls the person who is the danger safe.
function checkSafetyAndStrengths(ctx: WordingContext): void {
  const { map, policy } = ctx;
  map.existingSafety.forEach((e, i) => {
    const plain = withoutQuotes(e.text);
    for (const pattern of policy.threatPatterns) {
      const m = pattern.exec(plain);
      if (m !== null) {
        ctx.emit("assessment/safety-is-threat", ["existingSafety", i, "text"], { found: m[0].replace(/\s+/g, " ").trim() });
        break;
      }
    }
  });
  map.strengths.forEach((s, i) => {
    const claim = hasPhrase(withoutQuotes(s.text), policy.safePersonClaims);
    if (claim === undefined) return;
    for (const personId of peopleOf(map, s.personIds, s.text)) {
      const danger = map.dangers.find((d) => d.actorIds.includes(personId as never));
      if (danger !== undefined) {
        ctx.emit("assessment/strength-contradicts-danger", ["strengths", i, "text"], { personId, name: nameOf(map, personId), claim, dangerId: danger.id });
        return;
      }
    }
  });
}

// Q12: a dispute written in a statement's text but not recorded as one.
function checkDisputesInText(ctx: WordingContext): void {
  const read = (section: "harm" | "dangers", index: number, item: { readonly text: string; readonly behaviour?: string | undefined }): void => {
    for (const field of ["text", "behaviour"] as const) {
      const value = item[field];
      const term = value === undefined ? undefined : hasPhrase(withoutQuotes(value), ctx.policy.disputeMarkers);
      if (term !== undefined) {
        ctx.emit("assessment/dispute-in-text", [section, index, field], { term, field });
        return;
      }
    }
  };
  ctx.map.harm.forEach((h, i) => {
    if (h.status !== "disputed") read("harm", i, h);
  });
  ctx.map.dangers.forEach((d, i) => {
    if (d.disputedBy.length === 0) read("dangers", i, d);
  });
}

/**
 * The wording rules, by the quality rule they belong to; checkAssessmentMap runs each after the
 * structural checks of the same rule. @internal
 */
export const WORDING_RULES: Readonly<Partial<Record<AssessmentQualityRule, (ctx: WordingContext) => void>>> = {
  Q1: checkLabels,
  Q2: checkBehaviourLabels,
  Q3: checkImpactCategories,
  Q5: checkHarmOccurrence,
  Q8: checkComplianceGoals,
  Q11: checkSafetyAndStrengths,
  Q12: checkDisputesInText,
};
