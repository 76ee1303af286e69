// Findings of the readers on stderr, one line each with the file and position, as compilers do.
import type { Finding } from "../core";
import { formatFinding } from "../findings";
import { enComparators } from "../interop/comparators";
import { enCinCensus } from "../interop/cin-census";
import { enSsda903 } from "../interop/ssda903";
import { enReturns } from "../interop/returns";
import { enWorkforce } from "../interop/workforce";
import { CLI_MESSAGES } from "./messages";
import { escapeTerminal } from "./safeOutput";

/**
 * Writes a finding as `file:line:column: severity: message [code]`, on one line whatever the
 * file name and the values quoted: control characters in them are escaped (`\n`, `\x1b`), so a
 * value cannot start a line of its own or act on the terminal.
 *
 * @param file - The file it came from.
 * @param finding - The finding.
 * @returns One line (no line break).
 *
 * @example
 * {@includeCode ../../tests/cli/findings.test.ts#docs-example}
 */
export function formatFindingLine(file: string, finding: Finding): string {
  const p = finding.params ?? {};
  const line = p["line"];
  const column = p["column"];
  const where = line === undefined ? file : column === undefined ? `${file}:${String(line)}` : `${file}:${String(line)}:${String(column)}`;
  return escapeTerminal(`${where}: ${finding.severity}: ${formatFinding(finding, { catalogue: [{ locale: "en", messages: CLI_MESSAGES }, enReturns, enCinCensus, enSsda903, enWorkforce, enComparators] })} [${finding.code}]`);
}

/**
 * The findings for stderr: the first `max` lines (errors first, then warnings, then the rest,
 * each in file order) and a count by severity.
 *
 * @param findings - The findings with their files.
 * @param max - How many to list.
 * @returns The text, lines ending in `\n`, or `""` when there are none.
 */
export function summariseFindings(findings: readonly { readonly file: string; readonly finding: Finding }[], max: number): string {
  if (findings.length === 0) return "";
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => rank[a.f.finding.severity] - rank[b.f.finding.severity] || a.i - b.i);
  const lines = ordered.slice(0, max).map(({ f }) => formatFindingLine(f.file, f.finding));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity]++;
  const more = findings.length - lines.length;
  lines.push(
    `${String(findings.length)} finding${findings.length === 1 ? "" : "s"} (${String(counts.error)} error, ${String(counts.warning)} warning, ${String(counts.info)} info)${more > 0 ? `; ${String(more)} not shown (--max-findings, or --format json to see them all)` : ""}.`,
  );
  return `${lines.join("\n")}\n`;
}
