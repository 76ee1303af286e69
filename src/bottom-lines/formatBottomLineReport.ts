import { formatFinding, type MessageCatalogue } from "../messages";
import type { BottomLineEvidence, BottomLineReport, BottomLineVerdict, EvidenceValue } from "./BottomLineReport";

/**
 * Options of {@link formatBottomLineReport}.
 *
 * @category Bottom lines
 */
export interface FormatBottomLineReportOptions {
  /** The message catalogue for the findings; the English one by default. Codes it lacks fall back to English. */
  readonly catalogue?: Partial<Record<string, string>> | MessageCatalogue;
  /** Whether to list the evidence of each bottom line (default true). */
  readonly evidence?: boolean;
}

const LABELS: Readonly<Record<BottomLineVerdict, string>> = { met: "MET", unmet: "NOT MET", "cannot-tell": "CANNOT TELL", "covered-by-rule": "COVERED BY A RULE, NOT JUDGED" };

/** The overall answer: it never says the plan meets its bottom lines when none are set or there is no plan. */
function headline(report: BottomLineReport): string {
  const none = report.results.length === 0;
  const noPlan = report.plan === undefined;
  if (none && noPlan) return "No bottom lines are set and no safety plan is recorded.";
  if (none) return "No bottom lines are set for this case, so nothing says the plan meets them.";
  if (noPlan) return "No safety plan is recorded, so no plan meets these bottom lines yet.";
  return report.meetsAll ? "The plan meets all its bottom lines." : "The plan does not meet all its bottom lines yet.";
}

function show(value: EvidenceValue): string {
  if (value === null) return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : (value as readonly EvidenceValue[]).map(show).join(", ");
  if (typeof value === "object") {
    const entries = Object.entries(value as Readonly<Record<string, EvidenceValue>>);
    return `(${entries.map(([k, v]) => `${k} ${show(v)}`).join("; ")})`;
  }
  return String(value);
}

function showEvidence(evidence: BottomLineEvidence): string {
  return Object.entries(evidence).map(([k, v]) => `${k}: ${show(v)}`).join("; ");
}

/**
 * Writes a bottom-line report as plain text a worker, a manager or a conference chair can read:
 * the overall answer, then each bottom line with its verdict and why (what is missing or not
 * met, in words, and the evidence used). The overall answer says so when no bottom lines are
 * set or no safety plan is recorded, rather than that the plan meets them.
 *
 * @param report - A report from {@link evaluateBottomLines}.
 * @param options - `catalogue`, the message catalogue for findings; `evidence`, whether to list the evidence.
 * @returns The report as lines of text separated by `\n`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/formatBottomLineReport.test.ts#docs-example}
 *
 * @category Bottom lines
 */
export function formatBottomLineReport(report: BottomLineReport, options: FormatBottomLineReportOptions = {}): string {
  const formatOptions = options.catalogue === undefined ? {} : { catalogue: options.catalogue };
  const { met, unmet } = report.counts;
  const cannotTell = report.counts["cannot-tell"];
  // Reports made before `covered-by-rule` existed have no count for it.
  const covered = (report.counts as Partial<Record<BottomLineVerdict, number>>)["covered-by-rule"] ?? 0;
  const lines: string[] = [
    `Bottom lines as of ${report.asOf}: ${String(met)} met, ${String(unmet)} not met, ${String(cannotTell)} cannot tell${covered > 0 ? `, ${String(covered)} covered by a rule but not judged` : ""}.`,
    headline(report),
  ];
  const context: string[] = [];
  if (report.map !== undefined) context.push(`assessment map ${report.map.id} version ${String(report.map.version)}`);
  if (report.plan !== undefined) context.push(`safety plan ${report.plan.id} version ${String(report.plan.version)} (${report.plan.status})`);
  if (context.length > 0) lines.push(`Read from the ${context.join(" and the ")}.`);
  for (const f of report.findings) lines.push(`Note: ${formatFinding(f, formatOptions)}`);
  report.results.forEach((result, i) => {
    lines.push("", `${String(i + 1)}. ${LABELS[result.verdict]}: ${result.statement} [${result.kind}]`);
    for (const f of result.findings) lines.push(`   - ${formatFinding(f, formatOptions)}`);
    if (result.verdict === "met" && result.findings.length === 0) lines.push("   - Met on the evidence below.");
    if (options.evidence !== false && Object.keys(result.evidence).length > 0) lines.push(`   Evidence: ${showEvidence(result.evidence)}`);
  });
  return lines.join("\n");
}
