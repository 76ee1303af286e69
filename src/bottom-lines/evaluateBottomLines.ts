import { describeReceived, KinsafeError, type Finding } from "../core";
import type { BottomLine, BottomLineOf } from "./BottomLine";
import type {
  BottomLineCase,
  BottomLineEvidence,
  BottomLineReport,
  BottomLineResult,
  BottomLineVerdict,
  EvaluateBottomLinesOptions,
} from "./BottomLineReport";
import { currentMapOf, currentPlanOf } from "./caseView";
import { contextFor, EVALUATORS, type Evaluator } from "./evaluators";
import { BOTTOM_LINE_FINDING_TABLE, type BottomLineFindingCode } from "./findingCodes";

const VERDICTS = new Set<string>(["met", "unmet", "cannot-tell"]);

/** The verdicts from the strongest: one finding of a stronger verdict decides. */
const STRENGTH: Readonly<Record<BottomLineVerdict, number>> = { unmet: 3, "cannot-tell": 2, "covered-by-rule": 1, met: 0 };

/** The verdict that a built-in evaluator's findings lead to: unmet, else cannot tell, else covered by a rule, else met. */
function verdictOf(findings: readonly Finding[]): BottomLineVerdict {
  let verdict: BottomLineVerdict = "met";
  for (const f of findings) {
    const info = (BOTTOM_LINE_FINDING_TABLE as Partial<Record<string, { readonly verdict: BottomLineVerdict | null }>>)[f.code];
    if (info?.verdict != null && STRENGTH[info.verdict] > STRENGTH[verdict]) verdict = info.verdict;
  }
  return verdict;
}

function finding(code: BottomLineFindingCode, path: readonly (string | number)[], params: Readonly<Record<string, string | number>>): Finding {
  return { code, severity: BOTTOM_LINE_FINDING_TABLE[code].severity, path, params };
}

function evaluateCustom(caseFile: BottomLineCase, line: BottomLineOf<"custom">, options: EvaluateBottomLinesOptions): Omit<BottomLineResult, "bottomLineId" | "kind" | "statement"> {
  const predicate = Object.hasOwn(options.customPredicates ?? {}, line.predicate) ? options.customPredicates?.[line.predicate] : undefined;
  const cannotTell = (f: Finding): Omit<BottomLineResult, "bottomLineId" | "kind" | "statement"> => ({ verdict: "cannot-tell", evidence: { predicate: line.predicate }, findings: [f] });
  if (typeof predicate !== "function") {
    return cannotTell(finding("bottom-lines/unknown-predicate", [], { bottomLineId: line.id, predicate: line.predicate }));
  }
  const map = currentMapOf(caseFile.maps)?.value;
  const plan = currentPlanOf(caseFile.plans)?.value;
  try {
    const result = predicate(caseFile, { bottomLine: line, asOf: options.asOf, ...(map === undefined ? {} : { currentMap: map }), ...(plan === undefined ? {} : { currentPlan: plan }) });
    if (typeof result !== "object" || (result as unknown) === null || !VERDICTS.has(result.verdict)) {
      return cannotTell(finding("bottom-lines/predicate-failed", [], { bottomLineId: line.id, predicate: line.predicate, message: "it did not return a verdict of met, unmet or cannot-tell" }));
    }
    return {
      verdict: result.verdict,
      evidence: { predicate: line.predicate, ...result.evidence },
      findings: (result.findings ?? []).map((f) => ({ ...f, params: { ...f.params, bottomLineId: line.id } })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return cannotTell(finding("bottom-lines/predicate-failed", [], { bottomLineId: line.id, predicate: line.predicate, message }));
  }
}

/**
 * Evaluates the bottom lines Children's Services set for a case against the case file, and says
 * for each whether it is met, unmet, or cannot be told because the evidence is not recorded.
 *
 * The England Innovations Project named four linked elements of safety planning: family-owned
 * safety planning within Children's Services' bottom-line requirements, including a network
 * found by the family; the network informed about the danger and the safety goals; the plan
 * formed with the network; and the plan monitored by both Children's Services and the network
 * (EIP newsletter #7, December 2015; domain specification 2.1 and 3.3). Bottom lines make these
 * checkable: each kind reads its evidence from the case file (see {@link BottomLineSchema} and
 * the bottom-lines guide for what each kind reads and when it is met).
 *
 * The current map is the highest version; the current plan is the highest version that has not
 * ended (or else the latest). Evidence dated after `asOf` (informing, monitoring, judgements,
 * child-voice work) is not read. Every result lists the evidence used (ids, dates, counts) and
 * findings (`bottom-lines/...` codes, see {@link BOTTOM_LINE_FINDING_CODES}) saying what is
 * missing or not met, with their path in the case file. `meetsAll` is true only if at least one
 * bottom line is set, a plan is recorded, and every bottom line is met: the plan meets its
 * bottom lines only then. A bottom line in words (`free-text`) is met only by a worker's
 * judgement with evidence; a rule that names it gives the verdict `covered-by-rule`.
 *
 * This is a practice rule: it never throws for a valid case file. A custom predicate that is not
 * supplied, throws, or returns something that is not a verdict gives `cannot-tell` with a finding.
 *
 * @param caseFile - The case file (or any object with the same fields: see {@link BottomLineCase}).
 * @param bottomLines - The bottom lines to evaluate, usually `caseFile.bottomLines`.
 * @param options - `asOf`, the day of the evaluation; `customPredicates`, the predicates of `custom` bottom lines by name.
 * @returns One result per bottom line in the order given, the counts of each verdict, and `meetsAll`.
 * @throws {@link KinsafeError} with code `invalid-input` when a bottom line's `kind` is not a kind
 * of {@link BottomLineSchema} (bottom lines that were not parsed); the issue's path is `[index, "kind"]`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/evaluateBottomLines.test.ts#docs-example}
 *
 * @category Bottom lines
 */
export function evaluateBottomLines(caseFile: BottomLineCase, bottomLines: readonly BottomLine[], options: EvaluateBottomLinesOptions): BottomLineReport {
  const { asOf } = options;
  bottomLines.forEach((line, i) => {
    const kind: unknown = line.kind;
    if (kind !== "custom" && (typeof kind !== "string" || !Object.hasOwn(EVALUATORS, kind))) {
      const message = `${describeReceived(kind)} is not a kind of bottom line; parse bottom lines with BottomLineSchema first.`;
      throw new KinsafeError("invalid-input", message, [{ path: [i, "kind"], rule: "invalid_value", message, received: describeReceived(kind) }]);
    }
  });
  const results: BottomLineResult[] = bottomLines.map((line) => {
    const head = { bottomLineId: line.id, kind: line.kind, statement: line.statement };
    if (line.kind === "custom") return { ...head, ...evaluateCustom(caseFile, line, options) };
    const findings: Finding[] = [];
    const ctx = contextFor(caseFile, asOf, line, findings);
    const evaluate = EVALUATORS[line.kind] as Evaluator<typeof line.kind>;
    const evidence: BottomLineEvidence = evaluate(ctx, line);
    return { ...head, verdict: verdictOf(findings), evidence, findings };
  });
  const listFindings: Finding[] = [];
  if (bottomLines.length === 0) listFindings.push(finding("bottom-lines/none-set", [], {}));
  const seen = new Set<string>();
  bottomLines.forEach((line, i) => {
    if (seen.has(line.id)) listFindings.push(finding("bottom-lines/duplicate-id", [i, "id"], { bottomLineId: line.id }));
    seen.add(line.id);
  });
  const counts = { met: 0, unmet: 0, "cannot-tell": 0, "covered-by-rule": 0 };
  for (const r of results) counts[r.verdict] += 1;
  const map = currentMapOf(caseFile.maps)?.value;
  const plan = currentPlanOf(caseFile.plans)?.value;
  if (plan === undefined) listFindings.push(finding("bottom-lines/no-plan-recorded", ["plans"], {}));
  return {
    asOf,
    // Fails safe: with no bottom lines set, or no plan, nothing says the plan meets them.
    meetsAll: bottomLines.length > 0 && plan !== undefined && results.every((r) => r.verdict === "met"),
    counts,
    ...(map === undefined ? {} : { map: { id: map.id, version: map.version } }),
    ...(plan === undefined ? {} : { plan: { id: plan.id, version: plan.version, status: plan.status } }),
    results,
    findings: listFindings,
  };
}
