import type { CaseFile } from "../case-file";
import type { Finding, IsoDate } from "../core";
import type { AuditAnswerValue } from "./AuditRecord";
import type { AuditCriterion, AuditCriterionId, AuditTool, AuditToolId, CaseFact, EvidenceHint } from "./AuditTool";
import { caseEvidence, type CaseEvidenceOptions, type SourcedFinding } from "./caseEvidence";

/**
 * Options of {@link suggestAuditAnswers}: the same as `caseEvidence`'s.
 *
 * @category Quality assurance
 */
export type SuggestAuditAnswersOptions = CaseEvidenceOptions;

/**
 * Why a suggestion is what it is:
 *
 * - `no-hint`: the criterion has no evidence hint; the auditor answers it alone;
 * - `absent`: a fact the criterion needs does not hold (suggests 0 or no);
 * - `not-applicable`: a fact that makes the criterion apply does not hold;
 * - `met`: every fact holds and no listed finding was found (suggests 10 or yes);
 * - `shortfalls`: something counts against it (suggests a score below 10, or partly).
 *
 * @category Quality assurance
 */
export type SuggestionBasis = "no-hint" | "absent" | "not-applicable" | "met" | "shortfalls";

/**
 * The suggested answer to one criterion, with the evidence for it.
 *
 * @category Quality assurance
 */
export interface AuditSuggestion {
  readonly criterionId: AuditCriterionId;
  /** The suggested answer; absent when the criterion has no evidence hint. */
  readonly value?: AuditAnswerValue;
  readonly basis: SuggestionBasis;
  /** Each fact the hint asks for, and whether it holds. */
  readonly facts: readonly { readonly fact: CaseFact; readonly holds: boolean }[];
  /** The findings that count against the criterion, with their source. */
  readonly findings: readonly SourcedFinding[];
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

function severityKey(f: Finding): string {
  return `${f.severity === "error" ? "error" : "other"} ${f.code}`;
}

/**
 * The score of a 0–10 criterion with shortfalls: 10, less 2 for each distinct error code (or
 * unmet shortfall fact) and 1 for each distinct warning or info code, never below 1 (0 means
 * absent).
 */
function scoreOf(shortfallFacts: number, findings: readonly SourcedFinding[]): number {
  const distinct = new Set(findings.map((s) => severityKey(s.finding)));
  let errors = shortfallFacts;
  let others = 0;
  for (const key of distinct) if (key.startsWith("error ")) errors += 1;
  else others += 1;
  return Math.max(1, 10 - 2 * errors - others);
}

function suggest(criterion: AuditCriterion, facts: Readonly<Record<CaseFact, boolean>>, findings: readonly SourcedFinding[]): AuditSuggestion {
  const hint = criterion.evidence;
  if (hint === undefined) return { criterionId: criterion.id, basis: "no-hint", facts: [], findings: [] };
  const checked = hint.facts.map((f) => ({ fact: f.fact, holds: facts[f.fact] }));
  const found = matching(hint, findings);
  const base = { criterionId: criterion.id, facts: checked, findings: found };
  const presence = criterion.scale.kind === "presence";
  const failing = hint.facts.filter((f) => !facts[f.fact]);
  if (failing.some((f) => f.ifNot === "absent")) return { ...base, value: presence ? "no" : 0, basis: "absent" };
  if (failing.some((f) => f.ifNot === "not-applicable")) return { ...base, value: "not-applicable", basis: "not-applicable" };
  const shortfallFacts = failing.length;
  if (shortfallFacts === 0 && found.length === 0) return { ...base, value: presence ? "yes" : 10, basis: "met" };
  return { ...base, value: presence ? "partly" : scoreOf(shortfallFacts, found), basis: "shortfalls" };
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
 * 3. else with no unmet `shortfall` fact and no listed finding: suggest `10` or `yes`;
 * 4. else suggest `partly`, or on a 0–10 scale 10 less 2 for each unmet shortfall fact and each
 *    distinct error code and 1 for each distinct warning or info code, at least 1.
 *
 * The weights are a starting point, not a rule of the practice framework.
 *
 * @param tool - The tool used (after adjustments, if any).
 * @param caseFile - The case file audited. It is not changed.
 * @param options - `asOf`, the day of the audit, and the predicates of `custom` bottom lines.
 * @returns One suggestion per criterion, in the tool's order.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/audit/suggestAuditAnswers.test.ts#docs-example}
 *
 * @category Quality assurance
 */
export function suggestAuditAnswers(tool: AuditTool, caseFile: CaseFile, options: SuggestAuditAnswersOptions): AuditSuggestions {
  const evidence = caseEvidence(caseFile, options);
  return {
    toolId: tool.id,
    toolVersion: tool.version,
    caseFileId: caseFile.id,
    asOf: evidence.asOf,
    suggestions: tool.sections.flatMap((s) => s.criteria.map((c) => suggest(c, evidence.facts, evidence.findings))),
  };
}
