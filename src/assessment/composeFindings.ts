import type { Finding } from "../core";
import { DEFAULT_ABSENCE_MARKERS, DEFAULT_RISK_MARKERS } from "./checkAssessmentMap";
import { ASSESSMENT_FINDING_TABLE } from "./findingCodes";
import { DEFAULT_JARGON_TERMS, type JargonTerm } from "../language";
import { absenceFraming, findJargon, hasPhrase, type JargonHit, onlyLabels, withoutQuotes } from "../language";

/**
 * The finding codes the `draft…` composers return with their sentence. They are codes of the
 * map check ({@link checkAssessmentMap}), found by the same word matching, so that a product
 * shows the same message whether a worker is writing a statement or the map is being checked.
 *
 * @category Assessment map
 */
export type ComposeFindingCode =
  | "assessment/jargon"
  | "assessment/behaviour-is-label"
  | "assessment/impact-is-category"
  | "assessment/goal-framed-as-absence"
  | "assessment/goal-is-compliance"
  | "assessment/harm-only-risk";

/**
 * A composed sentence with what a practice lead would say about its words.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeSafetyGoal.test.ts#draft-example}
 *
 * @category Assessment map
 */
export interface StatementDraft {
  /** The sentence, exactly as the matching `compose…` function returns it. */
  readonly text: string;
  /**
   * Labels (Q1), a goal framed as the absence of harm (Q8) and a harm impact that only speaks of
   * risk (Q10), each with the part it was found in as its `path` (e.g. `["behaviour"]`) and
   * `params.field`. Empty when the words read well.
   */
  readonly findings: readonly Finding<ComposeFindingCode>[];
}

/**
 * The word lists the `draft…` composers read. Each is policy data, like the options of
 * {@link checkAssessmentMap}; pass the same lists to both so that they agree.
 *
 * @category Assessment map
 */
export interface ComposeLanguageOptions {
  /** Labels to flag (Q1), with their forms, acronyms and plain alternatives. Default {@link DEFAULT_JARGON_TERMS}. */
  readonly jargonTerms?: readonly JargonTerm[];
  /** Phrases that frame a goal as the absence of harm (Q8). Default {@link DEFAULT_ABSENCE_MARKERS}. */
  readonly absenceMarkers?: readonly string[];
  /** Words of possible harm, flagged in a harm impact that has no `when` (Q10). Default {@link DEFAULT_RISK_MARKERS}. */
  readonly riskMarkers?: readonly string[];
}

/**
 * One part of a statement, as the worker wrote it (tidied), with its name and what it says:
 * `behaviour` (what a person does or did), `impact` (what happens to the child), `goal` (what
 * people will be doing, held to Q8), `outcome` (what the child will experience, held to Q8's
 * absence framing), `harm-impact` (an impact of harm with no `when`, held to Q10) or `other`.
 *
 * @internal
 */
export interface WordedPart {
  readonly field: string;
  readonly value: string;
  readonly place: "behaviour" | "impact" | "harm-impact" | "goal" | "outcome" | "other";
}

function hitParams(hit: JargonHit): { term: string; found: string; plain: string } {
  return { term: hit.term.term, found: hit.found, plain: hit.term.plain };
}

function make(code: ComposeFindingCode, field: string, params: Readonly<Record<string, string>>): Finding<ComposeFindingCode> {
  const info = ASSESSMENT_FINDING_TABLE[code];
  const declared: readonly string[] = info.params;
  const kept = Object.fromEntries(Object.entries({ ...params, field }).filter(([k]) => declared.includes(k)));
  return { code, severity: info.severity, path: [field], params: { rule: info.rule, ...kept } };
}

/**
 * The language findings on the parts of a statement, as the map check reads the same columns:
 * every label in every part (Q1); a behaviour that is only a label (Q2) and an impact that is
 * only a category of harm (Q3) under their own codes; in a goal's behaviour, compliance with
 * services (Q8) and, in a goal's behaviour and the child's experience, absence framing unless
 * some main clause states an action (Q8); in the impact of a harm statement that gives no time,
 * words of possible harm (Q10). The family's own words in double quotation marks are exempt.
 *
 * @param parts - The parts, tidied.
 * @param options - The word lists.
 * @returns The findings, in the order of the parts.
 *
 * @internal
 */
export function reviewParts(parts: readonly WordedPart[], options: ComposeLanguageOptions): Finding<ComposeFindingCode>[] {
  const terms = options.jargonTerms ?? DEFAULT_JARGON_TERMS;
  const absence = options.absenceMarkers ?? DEFAULT_ABSENCE_MARKERS;
  const risk = options.riskMarkers ?? DEFAULT_RISK_MARKERS;
  const findings: Finding<ComposeFindingCode>[] = [];
  for (const { field, value, place } of parts) {
    const hits = findJargon(value, terms);
    const labelsOnly = hits.length > 0 && onlyLabels(value, hits.map((h) => h.term));
    const behaviourLabel = place === "behaviour" && labelsOnly ? hits.find((h) => h.term.kind === "label" || h.term.kind === "vague") : undefined;
    const impactCategory = (place === "impact" || place === "harm-impact") && labelsOnly ? hits.find((h) => h.term.kind === "category" || h.term.kind === "label") : undefined;
    if (behaviourLabel !== undefined) findings.push(make("assessment/behaviour-is-label", field, hitParams(behaviourLabel)));
    if (impactCategory !== undefined) findings.push(make("assessment/impact-is-category", field, hitParams(impactCategory)));
    for (const hit of hits) {
      if (hit === behaviourLabel || hit === impactCategory) continue;
      if (place === "goal" && hit.term.kind === "compliance") findings.push(make("assessment/goal-is-compliance", field, hitParams(hit)));
      else findings.push(make("assessment/jargon", field, hitParams(hit)));
    }
    if (place === "goal" || place === "outcome") {
      const term = absenceFraming(value, absence);
      if (term !== undefined) findings.push(make("assessment/goal-framed-as-absence", field, { term }));
    }
    if (place === "harm-impact") {
      const term = hasPhrase(withoutQuotes(value), risk);
      if (term !== undefined) findings.push(make("assessment/harm-only-risk", field, { term }));
    }
  }
  return findings;
}
