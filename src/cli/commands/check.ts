// kinsafe check CASEFILE : every finding of the practice checks and the bottom-line report.
import * as z from "zod";
import { checkAssessmentMap, type AssessmentMap } from "../../assessment";
import { BottomLinePolicySchema, BottomLineSchema, bottomLinesForCase, evaluateBottomLines, formatBottomLineReport, type BottomLine, type BottomLineReport } from "../../bottom-lines";
import { migrateCaseFile, safeParseCaseFile, type CaseFile } from "../../case-file";
import { checkChildVoice } from "../../child-voice";
import { isKinsafeError, type Finding, type IsoDate } from "../../core";
import { formatFinding } from "../../findings";
import { createNameResolver, type NameResolver } from "../../messages";
import { checkNetwork } from "../../network";
import { checkSafetyPlan, type SafetyPlan } from "../../safety-plan";
import { choiceOption, parseDateArgument, stringOption, type ParsedValues } from "../args";
import { CliError, EXIT, resolvePath, type CliIo } from "../CliIo";
import { readJsonFile } from "../../interop/returns/internal";
import { escapeJsonForTerminal, escapeTerminal, escapeTerminalText } from "../safeOutput";

/** The findings of a case file, by what was checked. */
export interface CaseFileCheck {
  readonly caseFileId: string;
  readonly asOf: string;
  /** The current assessment map's findings (`checkAssessmentMap`). */
  readonly assessmentMap: readonly Finding[];
  /** Each child-voice record's findings (`checkChildVoice`), with the record id in `params.recordId`. */
  readonly childVoice: readonly Finding[];
  /** The safety network's findings (`checkNetwork`, against the current map and plan). */
  readonly network: readonly Finding[];
  /** The current safety plan's findings (`checkSafetyPlan`). */
  readonly safetyPlan: readonly Finding[];
  readonly bottomLines: BottomLineReport;
}

function currentMap(maps: readonly AssessmentMap[]): AssessmentMap | undefined {
  let best: AssessmentMap | undefined;
  for (const m of maps) if (best === undefined || m.version >= best.version) best = m;
  return best;
}

function currentPlan(plans: readonly SafetyPlan[]): SafetyPlan | undefined {
  let open: SafetyPlan | undefined;
  let any: SafetyPlan | undefined;
  for (const p of plans) {
    if (any === undefined || p.version >= any.version) any = p;
    if (p.status !== "ended" && (open === undefined || p.version >= open.version)) open = p;
  }
  return open ?? any;
}

/**
 * Runs every practice check on a case file and evaluates its bottom lines: the current
 * assessment map (`checkAssessmentMap`, with the case's child-voice records), each child-voice
 * record (`checkChildVoice`), the safety network (`checkNetwork`) and the current safety plan
 * (`checkSafetyPlan`), then `evaluateBottomLines`.
 *
 * @param caseFile - The case file.
 * @param bottomLines - The bottom lines to evaluate (the case file's own, or a policy's).
 * @param asOf - The day to check as of.
 * @returns Every finding and the bottom-line report.
 *
 * @example
 * {@includeCode ../../../tests/cli/commands.test.ts#check-case-file}
 */
export function checkCaseFile(caseFile: CaseFile, bottomLines: readonly BottomLine[], asOf: IsoDate): CaseFileCheck {
  const map = currentMap(caseFile.maps);
  const plan = currentPlan(caseFile.plans);
  // Whole records and the children's birth dates, so that Q14 counts only records in which the
  // child took part, only current ones, and expects what the child's age allows.
  const children = map === undefined ? [] : map.childIds.map((childId) => {
    const birthDate = caseFile.people.find((p) => p.id === childId)?.birthDate;
    return birthDate === undefined ? { childId } : { childId, birthDate };
  });
  const assessmentMap = map === undefined ? [] : checkAssessmentMap(map, { asOf, childVoiceRecords: caseFile.childVoice, children });
  const childVoice = caseFile.childVoice.flatMap((record) => checkChildVoice(record).map((f) => ({ ...f, params: { ...f.params, recordId: record.id } })));
  const network = map === undefined ? [] : checkNetwork(caseFile.network, map, { people: caseFile.people, asOf, ...(plan === undefined ? {} : { plan }) });
  const safetyPlan = plan === undefined ? [] : checkSafetyPlan(plan);
  return { caseFileId: caseFile.id, asOf, assessmentMap, childVoice, network, safetyPlan, bottomLines: evaluateBottomLines(caseFile, bottomLines, { asOf }) };
}

/**
 * Whether `kinsafe check` fails (exit code 1): a bottom line is not met. Findings of the checks,
 * whatever their severity, are reported but do not change the exit status.
 *
 * @param check - The result of {@link checkCaseFile}.
 * @returns `true` when the command should exit with 1.
 */
export function checkFails(check: CaseFileCheck): boolean {
  return check.bottomLines.counts.unmet > 0;
}

function section(title: string, findings: readonly Finding[], names: NameResolver | undefined): string[] {
  const lines = [`${title}: ${findings.length === 0 ? "no findings." : `${String(findings.length)} finding${findings.length === 1 ? "" : "s"}.`}`];
  const options = names === undefined ? {} : { names };
  for (const f of findings) lines.push(`  ${escapeTerminal(`${f.severity}: ${formatFinding(f, options)}${f.path.length > 0 ? ` (at ${f.path.join(".")})` : ""} [${f.code}]`)}`);
  return lines;
}

/**
 * Writes the result of {@link checkCaseFile} as text for a worker or a manager. Each finding
 * is one line: control characters in the case file's values are escaped (`\n`, `\x1b`).
 *
 * @param check - The result.
 * @param names - Names of the people, rules and statements of the case file, so that findings name them as the family does (ids without it).
 * @returns The text, lines ending in `\n`.
 */
export function formatCaseFileCheck(check: CaseFileCheck, names?: NameResolver): string {
  const lines = [
    `Case file ${escapeTerminal(check.caseFileId)}, checked as of ${check.asOf}.`,
    "",
    ...section("Assessment map", check.assessmentMap, names),
    ...section("Child voice", check.childVoice, names),
    ...section("Safety network", check.network, names),
    ...section("Safety plan", check.safetyPlan, names),
    "",
    escapeTerminalText(formatBottomLineReport(check.bottomLines, names === undefined ? {} : { names })),
  ];
  return `${lines.join("\n")}\n`;
}

// The case file and the bottom lines are read within the command's input limits (docs/cli.md, "Limits").
function readJson(io: CliIo, name: string): Promise<unknown> {
  return readJsonFile(resolvePath(io, name), name);
}

function issueLines(issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]): string[] {
  return issues.slice(0, 20).map((i) => `at ${i.path.length === 0 ? "(top)" : i.path.join(".")}: ${i.message}`);
}

function invalid(message: string, issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]): never {
  throw new CliError(EXIT.input, message, issueLines(issues));
}

/**
 * Reads a case file: parsed as it is, or migrated when an older release wrote it.
 *
 * @param io - The surroundings.
 * @param name - The file.
 * @returns The case file.
 * @throws {@link CliError} (exit code 3) when it cannot be read or is not a valid case file.
 */
export async function loadCaseFile(io: CliIo, name: string): Promise<CaseFile> {
  const input = await readJson(io, name);
  const parsed = safeParseCaseFile(input);
  if (parsed.ok) return parsed.value;
  try {
    return migrateCaseFile(input);
  } catch {
    invalid(`${name}: not a valid case file:`, parsed.error.issues);
  }
}

/**
 * Reads `--bottom-lines`: a local authority's policy (all its bottom lines are set) or a JSON
 * array of bottom lines.
 *
 * @param io - The surroundings.
 * @param name - The file.
 * @returns The bottom lines.
 * @throws {@link CliError} (exit code 3) when it is neither.
 */
export async function loadBottomLines(io: CliIo, name: string): Promise<readonly BottomLine[]> {
  const input = await readJson(io, name);
  if (Array.isArray(input)) {
    const parsed = z.array(BottomLineSchema).safeParse(input);
    if (!parsed.success) invalid(`${name}: not a list of bottom lines:`, parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })));
    return parsed.data;
  }
  const policy = BottomLinePolicySchema.safeParse(input);
  if (!policy.success) invalid(`${name}: not a bottom-line policy:`, policy.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message })));
  try {
    return bottomLinesForCase(policy.data);
  } catch (error) {
    if (isKinsafeError(error)) invalid(`${name}: the policy's bottom lines cannot be set for a case as they are: ${error.message.replace(/^\[kinsafe\] /, "")}`, error.issues);
    throw error;
  }
}

function today(): string {
  const d = new Date();
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * Runs `kinsafe check`.
 *
 * @param file - The case file as given.
 * @param values - The parsed options.
 * @param io - The surroundings.
 * @returns 0, or 1 when a bottom line is not met.
 */
export async function runCheck(file: string, values: ParsedValues, io: CliIo): Promise<number> {
  const format = choiceOption(values, "format", ["text", "json"] as const, "text");
  const asOfText = stringOption(values, "as-of");
  const asOf = (asOfText === undefined ? today() : parseDateArgument(asOfText, "as-of")) as IsoDate;
  const caseFile = await loadCaseFile(io, file);
  const policyFile = stringOption(values, "bottom-lines");
  const bottomLines = policyFile === undefined ? caseFile.bottomLines : await loadBottomLines(io, policyFile);
  const check = checkCaseFile(caseFile, bottomLines, asOf);
  const fails = checkFails(check);
  io.stdout(format === "json" ? `${escapeJsonForTerminal(JSON.stringify({ ...check, fails }, null, 2))}\n` : formatCaseFileCheck(check, createNameResolver(caseFile)));
  return fails ? EXIT.failed : EXIT.ok;
}
