import type { CaseFile } from "../case-file";
import { KinsafeError, type Finding, type IsoDate } from "../core";
import type { AuditAnswerValue } from "./AuditRecord";
import type { AuditCriterion, AuditCriterionId, AuditTool, AuditToolId, CaseFact, EvidenceHint } from "./AuditTool";
import { caseEvidence, type CaseEvidenceOptions, type SourcedFinding } from "./caseEvidence";

/**
 * How findings weigh against a 0–10 criterion (docs/quality-assurance.md, "Weights"). These are
 * this library's calibrated starting points, not rules of the practice framework: an authority
 * may set its own.
 *
 * @example
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#per-occurrence}
 *
 * @category Quality assurance
 */
export interface AuditSuggestionPolicy {
  /** Points off for each occurrence of a listed finding, by severity. Default error 2, warning 1, info 0.5. */
  readonly perOccurrence: Readonly<Record<"error" | "warning" | "info", number>>;
  /** The most that one kind of problem (one finding code) can take off, by its severity. Default error 8, warning 5, info 1. */
  readonly capPerProblem: Readonly<Record<"error" | "warning" | "info", number>>;
  /** Points off for each `shortfall` fact that does not hold. Default 2. */
  readonly perShortfallFact: number;
}

/**
 * The default {@link AuditSuggestionPolicy}, calibrated on the maps of
 * `tests/audit/calibration/` (docs/quality-assurance.md, "Calibration").
 *
 * @example
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#per-occurrence}
 *
 * @category Quality assurance
 */
export const DEFAULT_AUDIT_SUGGESTION_POLICY: AuditSuggestionPolicy = Object.freeze({
  perOccurrence: Object.freeze({ error: 2, warning: 1, info: 0.5 }),
  capPerProblem: Object.freeze({ error: 8, warning: 5, info: 1 }),
  perShortfallFact: 2,
});

/**
 * Options of {@link suggestAuditAnswers}: `caseEvidence`'s, and the weights.
 *
 * @category Quality assurance
 */
export interface SuggestAuditAnswersOptions extends CaseEvidenceOptions {
  /** The weights; any part left out takes its default ({@link DEFAULT_AUDIT_SUGGESTION_POLICY}). */
  readonly policy?: Partial<AuditSuggestionPolicy>;
}

/**
 * Why a suggestion is what it is:
 *
 * - `no-hint`: the criterion has no evidence hint; the auditor answers it alone;
 * - `absent`: a fact the criterion needs does not hold (suggests 0 or no);
 * - `not-applicable`: a fact that makes the criterion apply does not hold;
 * - `met`: every fact holds and no listed finding was found (suggests 10 or yes);
 * - `shortfalls`: something counts against it (suggests a score below 10, or partly);
 * - `cannot-tell`: a fact marked `cannot-tell` does not hold: what kinsafe can read does not
 *   reach the criterion, so nothing is suggested and the auditor answers it.
 *
 * @category Quality assurance
 */
export type SuggestionBasis = "no-hint" | "absent" | "not-applicable" | "met" | "shortfalls" | "cannot-tell";

/**
 * The suggested answer to one criterion, with the evidence for it.
 *
 * @category Quality assurance
 */
export interface AuditSuggestion {
  readonly criterionId: AuditCriterionId;
  /** The suggested answer; absent when the criterion has no evidence hint or kinsafe cannot tell. */
  readonly value?: AuditAnswerValue;
  readonly basis: SuggestionBasis;
  /** Each fact the hint asks for, and whether it holds. */
  readonly facts: readonly { readonly fact: CaseFact; readonly holds: boolean }[];
  /** The findings that count against the criterion, with their source. */
  readonly findings: readonly SourcedFinding[];
  /** With a score: the points each kind of problem took off, after its cap (a problem reported by two checks counts once). */
  readonly deductions?: readonly { readonly problem: string; readonly severity: "error" | "warning" | "info"; readonly occurrences: number; readonly points: number }[];
  /** With a score held down by a fact that does not hold (`capAt`): that fact and the cap. */
  readonly cappedBy?: { readonly fact: CaseFact; readonly capAt: number };
}

/**
 * Answers suggested for one case with one tool.
 *
 * @category Quality assurance
 */
export interface AuditSuggestions {
  readonly toolId: AuditToolId;
  readonly toolVersion: number;
  readonly caseFileId: string;
  readonly asOf: IsoDate;
  /** One suggestion per criterion, in the tool's order. */
  readonly suggestions: readonly AuditSuggestion[];
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[] | undefined): boolean {
  return prefix === undefined || prefix.every((p, i) => path[i] === p);
}

function matching(hint: EvidenceHint, findings: readonly SourcedFinding[]): SourcedFinding[] {
  return findings.filter((s) => hint.findings.some((h) => h.code === s.finding.code && startsWith(s.finding.path, h.pathStartsWith)));
}

// The params that say what a finding is about. A bottom line's id says what a finding is about only
// when nothing else does: a bottom-line finding about a person is about that person.
const ID_PARAMS = ["personId", "childId", "ruleId", "dangerId", "goalId", "eventId", "recordId"];
const RANK = { info: 0, warning: 1, error: 2 } as const;

function policyOf(given: Partial<AuditSuggestionPolicy> | undefined): AuditSuggestionPolicy {
  const policy = { ...DEFAULT_AUDIT_SUGGESTION_POLICY, ...given };
  const numbers = [policy.perShortfallFact, ...Object.values(policy.perOccurrence), ...Object.values(policy.capPerProblem)];
  if (numbers.length !== 7 || !numbers.every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 10)) {
    throw new KinsafeError("invalid-argument", "options.policy: every weight and cap must be a number from 0 to 10, for error, warning and info.");
  }
  return policy;
}

/**
 * The points each kind of problem takes off: every occurrence counts (three jargon words are three
 * problems to fix, not one), up to the cap of its kind, so that one repeated problem cannot sink a
 * criterion alone. The same problem reported by two checks (the network check and the bottom lines
 * both report a member not told, with the same person) counts once.
 */
function deductionsOf(findings: readonly SourcedFinding[], policy: AuditSuggestionPolicy): NonNullable<AuditSuggestion["deductions"]> {
  // Each kind of problem (the code without its module), with the distinct things it is about: a
  // finding that names a person, rule, statement or record is about those ids, whichever check
  // reported it; any other finding is about its own place (its check, path and params).
  const problems = new Map<string, { severity: Finding["severity"]; subjects: Set<string> }>();
  for (const { source, finding } of findings) {
    const problem = finding.code.slice(finding.code.indexOf("/") + 1);
    const own = ID_PARAMS.map((k) => finding.params?.[k]).filter((v) => v !== undefined);
    const ids = own.length === 0 && finding.params?.["bottomLineId"] !== undefined ? [finding.params["bottomLineId"]] : own;
    const subject = ids.length === 0 ? `${source} ${JSON.stringify(finding.path)} ${JSON.stringify(finding.params ?? {})}` : JSON.stringify(ids);
    const entry = problems.get(problem) ?? { severity: finding.severity, subjects: new Set<string>() };
    if (RANK[finding.severity] > RANK[entry.severity]) entry.severity = finding.severity;
    entry.subjects.add(subject);
    problems.set(problem, entry);
  }
  return [...problems].map(([problem, { severity, subjects }]) => ({
    problem,
    severity,
    occurrences: subjects.size,
    points: Math.min(policy.capPerProblem[severity], subjects.size * policy.perOccurrence[severity]),
  }));
}

function suggest(criterion: AuditCriterion, facts: Readonly<Record<CaseFact, boolean>>, findings: readonly SourcedFinding[], policy: AuditSuggestionPolicy): AuditSuggestion {
  const hint = criterion.evidence;
  if (hint === undefined) return { criterionId: criterion.id, basis: "no-hint", facts: [], findings: [] };
  const checked = hint.facts.map((f) => ({ fact: f.fact, holds: facts[f.fact] }));
  const found = matching(hint, findings);
  const base = { criterionId: criterion.id, facts: checked, findings: found };
  const presence = criterion.scale.kind === "presence";
  const failing = hint.facts.filter((f) => !facts[f.fact]);
  if (failing.some((f) => f.ifNot === "absent")) return { ...base, value: presence ? "no" : 0, basis: "absent" };
  if (failing.some((f) => f.ifNot === "not-applicable")) return { ...base, value: "not-applicable", basis: "not-applicable" };
  if (failing.some((f) => f.ifNot === "cannot-tell")) return { ...base, basis: "cannot-tell" };
  const shortfallFacts = failing.filter((f) => f.ifNot === "shortfall");
  if (shortfallFacts.length === 0 && found.length === 0) return { ...base, value: presence ? "yes" : 10, basis: "met" };
  let cappedBy: { fact: CaseFact; capAt: number } | undefined;
  for (const f of shortfallFacts) if (f.capAt !== undefined && (cappedBy === undefined || f.capAt < cappedBy.capAt)) cappedBy = { fact: f.fact, capAt: f.capAt };
  const capped = cappedBy === undefined ? {} : { cappedBy };
  if (presence) return { ...base, value: "partly", basis: "shortfalls", ...capped };
  const deductions = deductionsOf(found, policy);
  const off = shortfallFacts.length * policy.perShortfallFact + deductions.reduce((n, d) => n + d.points, 0);
  const score = Math.min(cappedBy?.capAt ?? 10, Math.max(1, 10 - Math.ceil(off - 1e-9)));
  return { ...base, value: score, basis: "shortfalls", deductions, ...capped };
}

/**
 * Suggests an answer to every criterion of an audit tool from what the case file shows, with
 * the evidence for each, for the auditor to confirm or change. The Innovations Project wanted a
 * quality assurance system that "builds the practice as well as reports on it": the suggestions
 * put the findings of kinsafe's practice checks in front of the people auditing, and the answer
 * stays theirs (record the suggestion in the answer's `suggested` to study agreement).
 *
 * For each criterion with an evidence hint (see {@link EvidenceHintSchema}), reading the case as
 * of `asOf` (see {@link caseEvidence}):
 *
 * 1. a fact marked `absent` does not hold: suggest `0` (0–10 scale) or `no` (presence);
 * 2. else a fact marked `not-applicable` does not hold: suggest `not-applicable`;
 * 3. else a fact marked `cannot-tell` does not hold: suggest nothing (basis `cannot-tell`);
 * 4. else with no unmet `shortfall` fact and no listed finding: suggest `10` or `yes`;
 * 5. else suggest `partly`, or on a 0–10 scale 10 less the points off (rounded up), at least 1
 *    and at most the lowest `capAt` of an unmet fact. Points off: `perShortfallFact` (2) for
 *    each unmet shortfall fact, and for each kind of problem found `perOccurrence` per occurrence
 *    (error 2, warning 1, info 0.5) up to `capPerProblem` (error 8, warning 5, info 1); the same
 *    problem about the same person or rule reported by two checks counts once.
 *
 * The weights are calibrated starting points (docs/quality-assurance.md), not rules of the
 * practice framework; pass `policy` to use your own.
 *
 * @param tool - The tool used (after adjustments, if any).
 * @param caseFile - The case file audited. It is not changed.
 * @param options - `asOf`, the day of the audit; the predicates of `custom` bottom lines; the episode start and child-voice policy; the weights.
 * @returns One suggestion per criterion, in the tool's order.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date, or a weight is not a number from 0 to 10.
 *
 * @example
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#docs-example}
 *
 * A fact without which the criterion cannot be well met caps the score:
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#cap}
 *
 * A review recorded as a new map version counts:
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#map-version-reviews}
 *
 * @category Quality assurance
 */
export function suggestAuditAnswers(tool: AuditTool, caseFile: CaseFile, options: SuggestAuditAnswersOptions): AuditSuggestions {
  const policy = policyOf(options.policy);
  const evidence = caseEvidence(caseFile, options);
  return {
    toolId: tool.id,
    toolVersion: tool.version,
    caseFileId: caseFile.id,
    asOf: evidence.asOf,
    suggestions: tool.sections.flatMap((s) => s.criteria.map((c) => suggest(c, evidence.facts, evidence.findings, policy))),
  };
}
