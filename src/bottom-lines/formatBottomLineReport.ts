import { formatFindingWith, formatTextWith, type FormatFindingOptions } from "../messages";
import type { BottomLineEvidence, BottomLineReport, EvidenceValue } from "./BottomLineReport";
import { enBottomLines, type BottomLineTextKey } from "./messages.en";

/**
 * The evidence keys of the built-in evaluators that hold ids the name resolver knows, and the
 * kind of each. Other ids (the network's, a map's, a plan's, monitoring records') are shown as
 * they are.
 */
const EVIDENCE_ID_KINDS: Readonly<Partial<Record<string, "person" | "rule" | "danger">>> = {
  members: "person",
  outsideHousehold: "person",
  inHousehold: "person",
  householdUnknown: "person",
  notProfessional: "person",
  informed: "person",
  notInformed: "person",
  informedOfOldVersion: "person",
  foundByFamily: "person",
  personId: "person",
  networkMonitorIds: "person",
  safeAdultIds: "person",
  childId: "person",
  byId: "person",
  ruleIds: "rule",
  withoutResponsible: "rule",
  withoutNetworkMonitor: "rule",
  dangerId: "danger",
};

/**
 * Options of {@link formatBottomLineReport}: the catalogues and names of {@link FormatFindingOptions},
 * and whether to list the evidence.
 *
 * @category Bottom lines
 */
export interface FormatBottomLineReportOptions extends FormatFindingOptions {
  /** Whether to list the evidence of each bottom line (default true). */
  readonly evidence?: boolean;
}

/**
 * Writes a bottom-line report as plain text a worker, a manager or a conference chair can read:
 * the overall answer, then each bottom line with its verdict and why (what is missing or not
 * met, in words, and the evidence used). The overall answer says so when no bottom lines are
 * set or no safety plan is recorded, rather than that the plan meets them. Every sentence comes
 * from the catalogue (keys `bottom-lines/report.…` and `bottom-lines/verdict.…`), and with
 * `names` the findings and the evidence name people, rules and statements rather than ids. The
 * evidence's keys are shown by their labels (`bottom-lines/evidence.…`: "Rules", "Safe adults"),
 * yes and no by `bottom-lines/evidence.yes` and `.no`; a key without a label (a custom
 * predicate's own evidence) is shown as it is. A met bottom line
 * without findings reads "Met on the evidence below." only when the evidence is listed.
 *
 * @param report - A report from {@link evaluateBottomLines}.
 * @param options - `catalogue` and `names` as for `formatFinding`; `evidence`, whether to list the evidence.
 * @returns The report as lines of text separated by `\n`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/formatBottomLineReport.test.ts#docs-example}
 *
 * @category Bottom lines
 */
export function formatBottomLineReport(report: BottomLineReport, options: FormatBottomLineReportOptions = {}): string {
  const text = (key: BottomLineTextKey, params: Readonly<Record<string, string | number>> = {}): string => formatTextWith(key, params, enBottomLines, options);
  const none = text("bottom-lines/report.none");
  // A word from the catalogue, or `fallback` when no catalogue has the key.
  const word = (key: string, fallback: string): string => {
    const found = formatTextWith(key, {}, enBottomLines, options);
    return found === key ? fallback : found;
  };
  const label = (key: string): string => word(`bottom-lines/evidence.${key}`, key);
  const names = options.names;
  const idOf = (key: string, id: string): string => {
    const kind = EVIDENCE_ID_KINDS[key];
    return names === undefined || kind === undefined ? id : names[kind](id);
  };
  // `key` is the evidence key the value is under (a list's items are under their list's key).
  const show = (value: EvidenceValue, key: string): string => {
    if (value === null) return none;
    if (typeof value === "boolean") return text(value ? "bottom-lines/evidence.yes" : "bottom-lines/evidence.no");
    if (Array.isArray(value)) return value.length === 0 ? none : (value as readonly EvidenceValue[]).map((v) => show(v, key)).join(", ");
    if (typeof value === "object") {
      const entries = Object.entries(value as Readonly<Record<string, EvidenceValue>>);
      return `(${entries.map(([k, v]) => `${label(k)}: ${show(v, k)}`).join("; ")})`;
    }
    if (typeof value === "string") {
      if (key === "status") return word(`bottom-lines/report.plan-status.${value}`, value);
      if (key === "verdict") return word(`bottom-lines/verdict.${value}`, value);
      if (key === "reported") return word(`bottom-lines/evidence.reported.${value}`, value);
      return idOf(key, value);
    }
    return String(value);
  };
  const showEvidence = (evidence: BottomLineEvidence): string => Object.entries(evidence).map(([k, v]) => `${label(k)}: ${show(v, k)}`).join("; ");

  const { met, unmet } = report.counts;
  const cannotTell = report.counts["cannot-tell"];
  // Reports made before `covered-by-rule` existed have no count for it.
  const covered = (report.counts as Partial<Record<string, number>>)["covered-by-rule"] ?? 0;
  const counts = { asOf: report.asOf, met, unmet, cannotTell, covered };
  const lines: string[] = [text(covered > 0 ? "bottom-lines/report.summary-with-covered" : "bottom-lines/report.summary", counts)];
  const noneSet = report.results.length === 0;
  const noPlan = report.plan === undefined;
  // The overall answer: it never says the plan meets its bottom lines when none are set or there is no plan.
  lines.push(
    text(
      noneSet && noPlan
        ? "bottom-lines/report.headline-none-set-no-plan"
        : noneSet
          ? "bottom-lines/report.headline-none-set"
          : noPlan
            ? "bottom-lines/report.headline-no-plan"
            : report.meetsAll
              ? "bottom-lines/report.headline-meets-all"
              : "bottom-lines/report.headline-not-all-met",
    ),
  );
  const planStatus = (status: string): string => word(`bottom-lines/report.plan-status.${status}`, status);
  if (report.map !== undefined && report.plan !== undefined)
    lines.push(text("bottom-lines/report.read-from-map-and-plan", { mapVersion: report.map.version, planVersion: report.plan.version, planStatus: planStatus(report.plan.status) }));
  else if (report.map !== undefined) lines.push(text("bottom-lines/report.read-from-map", { mapVersion: report.map.version }));
  else if (report.plan !== undefined) lines.push(text("bottom-lines/report.read-from-plan", { planVersion: report.plan.version, planStatus: planStatus(report.plan.status) }));
  for (const f of report.findings) lines.push(text("bottom-lines/report.note", { message: formatFindingWith(f, enBottomLines, options) }));
  report.results.forEach((result, i) => {
    const verdict = formatTextWith(`bottom-lines/verdict.${result.verdict}`, {}, enBottomLines, options);
    lines.push("", text("bottom-lines/report.result", { number: i + 1, verdict, statement: result.statement, kind: result.kind }));
    for (const f of result.findings) lines.push(`   - ${formatFindingWith(f, enBottomLines, options)}`);
    const listEvidence = options.evidence !== false && Object.keys(result.evidence).length > 0;
    if (result.verdict === "met" && result.findings.length === 0) lines.push(`   - ${text(listEvidence ? "bottom-lines/report.met-on-evidence-below" : "bottom-lines/report.met")}`);
    if (listEvidence) lines.push(`   ${text("bottom-lines/report.evidence", { evidence: showEvidence(result.evidence) })}`);
  });
  return lines.join("\n");
}
