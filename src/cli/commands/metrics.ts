// kinsafe metrics FILES... : the core data set from statutory returns and kinsafe records.
import { availableParallelism } from "node:os";
import { createCoreDataSetAccumulator, type CoreDataSetAccumulator, type CoreDataSetOptions, type CoreDataSetResult, type DataCoverage, type WorkforceInput } from "../../metrics";
import type { Comparator } from "../../interop/comparators";
import { choiceOption, integerOption, listOption, parsePeriodArgument, stringOption, type ParsedValues, type PeriodArgument } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { comparatorsForPeriods, readComparatorsFile } from "../comparators";
import { coverageOf, filesMeetPeriod } from "../coverage";
import { summariseFindings } from "../findings";
import { formatMetricsCsv, formatMetricsTable, formatMetricsWideCsv, periodLabel } from "../formatMetrics";
import { identifyReturns, readReturns, RETURN_KIND_NAMES, type ReturnFile, type ReturnFinding } from "../../interop/returns";
import { collectionYearOfDate, readColumnParts } from "../../interop/returns/internal";
import { accumulateColumns } from "../../metrics/internal";
import { INPUT_LIMITS } from "../inputLimits";
import { createProgress, progressEvents } from "../progress";
import { renderHtmlReport } from "../report";
import { assertNotAnInput, escapeJsonForTerminal, escapeTerminal, escapeTerminalText, resolveInputIdentities } from "../safeOutput";
import { writeOutput } from "./output";

/** The options of `kinsafe metrics` after checking. */
export interface MetricsSettings {
  readonly periods: readonly PeriodArgument[];
  readonly population?: { readonly children0to17: number; readonly vintage: string };
  /** The engine's threshold: `--suppress N` suppresses counts from 1 to N, so the threshold is N + 1. */
  readonly suppressThreshold?: number;
  readonly format: "table" | "json" | "csv" | "csv-wide" | "html" | "xlsx";
  readonly out?: string;
  readonly matchBy: "child-id" | "upn";
  readonly maxFindings: number;
  /** Threads that read CIN census returns (`--threads`); without it, see {@link defaultThreads}. */
  readonly threads?: number;
  /** The report's title (`--title`). */
  readonly title?: string;
  /** The local authority (`--authority`, `--authority-code`). */
  readonly authority?: { readonly name?: string; readonly code?: string };
  /** The user's comparators files (`--comparators`, repeatable), in the order given. */
  readonly comparators: readonly string[];
  /** Whether England's shipped figures are added for the periods they cover (`--no-england` turns it off). */
  readonly england: boolean;
}

/**
 * Checks the options of `kinsafe metrics`.
 *
 * @param values - The parsed options.
 * @returns The settings (periods may be empty: they then come from the files).
 * @throws {@link CliError} (exit code 2) for a bad value, or `--population` without its vintage.
 *
 * @example
 * {@includeCode ../../../tests/cli/args.test.ts#metrics-settings}
 */
export function metricsSettings(values: ParsedValues): MetricsSettings {
  const periods = listOption(values, "period").map(parsePeriodArgument);
  const population = integerOption(values, "population", { min: 1, max: 100_000_000 });
  const vintage = stringOption(values, "population-vintage");
  if (population !== undefined && (vintage === undefined || vintage.trim() === "")) {
    usageError(`--population needs --population-vintage (e.g. "ONS mid-2024"): rates change when ONS revises its estimates, so the estimate used is part of the result.`);
  }
  if (population === undefined && vintage !== undefined) usageError("--population-vintage is given without --population.");
  const suppress = integerOption(values, "suppress", { min: 1, max: 1000 });
  const threads = integerOption(values, "threads", { min: 1, max: 64 });
  const out = stringOption(values, "out");
  const format = choiceOption(values, "format", ["table", "json", "csv", "csv-wide", "html", "xlsx"] as const, "table");
  if (format === "xlsx" && out === undefined) usageError("--format xlsx needs --out FILE: a workbook is a binary file, not text for a terminal.");
  const title = labelOption(values, "title");
  const name = labelOption(values, "authority");
  const code = stringOption(values, "authority-code");
  if (code !== undefined && !/^\d{3}$/.test(code)) usageError(`--authority-code must be the authority's three-digit DfE code (e.g. 999); received "${code.slice(0, 20)}".`);
  return {
    periods,
    ...(population === undefined || vintage === undefined ? {} : { population: { children0to17: population, vintage: vintage.trim() } }),
    ...(suppress === undefined ? {} : { suppressThreshold: suppress + 1 }),
    format,
    ...(out === undefined ? {} : { out }),
    matchBy: choiceOption(values, "match-by", ["child-id", "upn"] as const, "child-id"),
    maxFindings: integerOption(values, "max-findings", { min: 0, max: 1_000_000 }) ?? 20,
    ...(threads === undefined ? {} : { threads }),
    ...(title === undefined ? {} : { title }),
    ...(name === undefined && code === undefined ? {} : { authority: { ...(name === undefined ? {} : { name }), ...(code === undefined ? {} : { code }) } }),
    comparators: listOption(values, "comparators"),
    england: values["no-england"] !== true,
  };
}

/** The most characters of a title or an authority's name. */
const MAX_LABEL_LENGTH = 200;

// A short line of text for the report (a title, a name): trimmed, without control characters,
// at most MAX_LABEL_LENGTH characters; an empty one is refused.
function labelOption(values: ParsedValues, name: string): string | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === "" || text.length > MAX_LABEL_LENGTH || /[\p{Cc}\u2028\u2029]/u.test(text)) {
    usageError(`--${name} must be one line of 1 to ${String(MAX_LABEL_LENGTH)} characters with no control characters.`);
  }
  return text;
}

/**
 * The line under the report's title that names the authority: "Anytown (999)", "Anytown", or
 * "Local authority 999"; `undefined` without either.
 *
 * @param authority - The authority's name and code.
 * @returns The line, or `undefined`.
 */
export function authorityLine(authority: MetricsSettings["authority"]): string | undefined {
  if (authority === undefined) return undefined;
  const { name, code } = authority;
  if (name !== undefined) return code === undefined ? name : `${name} (${code})`;
  return code === undefined ? undefined : `Local authority ${code}`;
}

/**
 * CIN census returns under this many bytes in all are read in the command's own thread unless
 * `--threads` says otherwise: below it, worker threads cost more than they give (starting them,
 * and the cores they take from the garbage collector). Measured on two cores (bench/README.md,
 * 7 December 2026): 163 MB took 1.9 s and 165 MB in one thread against 2.1 s and 250 MB in two;
 * 420 MB took 5.2 s in one against 4.3 s in two.
 */
const THREADS_FROM_BYTES = 256 * 1024 * 1024;

/**
 * The threads that read CIN census returns when `--threads` is not given: one for returns under
 * 256 MB in all, else the processors, at most 4.
 *
 * @param cinBytes - The size of the CIN census returns read, in bytes.
 * @param processors - The processors available.
 * @returns The number of threads.
 */
export function defaultThreads(cinBytes: number, processors: number): number {
  return cinBytes < THREADS_FROM_BYTES ? 1 : Math.max(1, Math.min(4, processors));
}

/**
 * The periods to compute: those given, or else each collection year the files state or hold,
 * oldest first: a return's year (read from its content, else its name; an SSDA903 table's
 * `YEAR` column of several years, each); for kinsafe child
 * records, every collection year in which they hold a dated fact (a referral, an episode's
 * start or end, a visit…); a workforce census's year only when no other file is given.
 *
 * @param given - The periods given with `--period`.
 * @param files - The identified inputs.
 * @returns The periods.
 * @throws {@link CliError} (exit code 2) when none is given and no file states or holds a year.
 */
export function periodsFor(given: readonly PeriodArgument[], files: readonly ReturnFile[]): readonly PeriodArgument[] {
  if (given.length > 0) return given;
  // Tidy tables: every collection year a span of their coverage.csv covers (the other tables say
  // none): a return's year, or the years of kinsafe records the tables were written from.
  const coveredYears = (f: ReturnFile): number[] =>
    (f.coverage ?? []).flatMap((row) => {
      if (row.start === undefined || row.end === undefined) return [];
      const years: number[] = [];
      for (let y = collectionYearOfDate(row.start); y <= collectionYearOfDate(row.end); y++) years.push(y);
      return years;
    });
  const yearsOf = (list: readonly ReturnFile[]): number[] =>
    [...new Set(list.flatMap((f) => (f.kind === "kinsafe-table" ? coveredYears(f) : f.facts === undefined ? (f.year === undefined ? (f.yearColumn ?? []) : [f.year]) : f.facts.years)))].sort((a, b) => a - b);
  // The returns' years; when only workforce censuses are given, theirs (the census of
  // 30 September 2022 is in the year ending 31 March 2023).
  const returns = files.filter((f) => f.kind !== "workforce");
  const years = returns.length === 0 ? yearsOf(files) : yearsOf(returns);
  if (years.length === 0) {
    usageError("no file states its collection year or holds a dated fact (SSDA903 files without a year in their name or episode dates, kinsafe records without dates): give the period, e.g. --period 2024-04-01/2025-03-31 or --period 2025.");
  }
  return years.map((y) => parsePeriodArgument(String(y)));
}

/** What `kinsafe metrics` computed, before it is written out. */
export interface MetricsRun {
  readonly files: readonly ReturnFile[];
  readonly results: readonly CoreDataSetResult[];
  readonly findings: readonly ReturnFinding[];
  readonly counts: ReadonlyMap<string, number>;
  readonly unusedWorkforce: readonly string[];
  /** What the files cover, as given to the engine. */
  readonly coverage?: DataCoverage;
}

// The command's own read worker, bundled like the command (dist/cliReadWorker.js beside it, see
// tsup.cli.config.ts), when the command is built; from the sources, readReturns finds its worker.
const READ_WORKER = import.meta.url.endsWith(".ts") ? undefined : new URL("./cliReadWorker.js", import.meta.url);

/**
 * Reads the files and computes one core data set per period, in one pass over the records.
 *
 * @param io - The surroundings.
 * @param names - The files as given.
 * @param settings - The checked options.
 * @param quiet - Whether to hide the progress bar.
 * @returns The results and what was read.
 */
export async function computeMetricsFromFiles(io: CliIo, names: readonly string[], settings: MetricsSettings, quiet: boolean): Promise<MetricsRun> {
  const files = await identifyReturns(names.map((n) => ({ path: resolvePath(io, n), name: n })), { limits: INPUT_LIMITS });
  const periods = periodsFor(settings.periods, files);
  const first = await readAndCompute(io, files, periods, settings, quiet);
  // kinsafe records of which not one was read (every record rejected) cover nothing: what their
  // dates said is not read. They are read again without it (only then: a file wholly rejected).
  const unread = new Set(files.filter((f) => (f.kind === "kinsafe-json" || f.kind === "kinsafe-jsonl") && f.facts !== undefined && first.counts.get(f.name) === 0).map((f) => f.name));
  if (unread.size === 0) return first;
  const without = files.map((f): ReturnFile => {
    if (!unread.has(f.name)) return f;
    const { facts: _facts, span: _span, ...rest } = f;
    return rest;
  });
  return readAndCompute(io, without, periods, settings, quiet);
}

async function readAndCompute(io: CliIo, files: readonly ReturnFile[], periods: readonly PeriodArgument[], settings: MetricsSettings, quiet: boolean): Promise<MetricsRun> {
  const coverage = coverageOf(files, settings.periods);
  const progress = createProgress(io, files.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const cinBytes = files.reduce((n, f) => n + (f.kind === "cin-census" ? f.size : 0), 0);
  const threads = settings.threads ?? defaultThreads(cinBytes, availableParallelism());
  const read = await readReturns(files, { matchBy: settings.matchBy, onProgress: progressEvents(progress), order: "any", threads, limits: INPUT_LIMITS, ...(READ_WORKER === undefined ? {} : { readWorkerUrl: READ_WORKER }) });
  const findings: ReturnFinding[] = [];
  const used = new Set<string>();
  const accumulators: CoreDataSetAccumulator[] = periods.map((period) => {
    const candidates = read.workforce.filter((w) => w.referenceDate >= period.start && w.referenceDate <= period.end).sort((a, b) => (a.referenceDate < b.referenceDate ? -1 : 1));
    const workforce: { readonly file: string; readonly input: WorkforceInput } | undefined = candidates.at(-1);
    if (workforce !== undefined) used.add(workforce.file);
    const options: CoreDataSetOptions = {
      period,
      validate: "skip",
      ...(settings.population === undefined ? {} : { population: settings.population }),
      ...(settings.suppressThreshold === undefined ? {} : { suppress: { threshold: settings.suppressThreshold } }),
      ...(workforce === undefined ? {} : { workforce: workforce.input }),
      coverage,
    };
    // A period that no file covers (`--period 1999` with the 2025 returns) would give zeros
    // that mean nothing: say so.
    if (!filesMeetPeriod(files, period) && workforce === undefined) {
      findings.push({
        file: "(periods)",
        finding: { code: "cli/empty-period", severity: "warning", path: [], params: { start: period.start, end: period.end, reason: `no file holds records of ${period.start} to ${period.end}; its figures say nothing about it` } },
      });
    }
    return createCoreDataSetAccumulator(options);
  });
  // The children as columns (built by the read threads when there are several), each part
  // added to every period's figures: the same figures as adding the records one by one.
  for await (const part of readColumnParts(read)) for (const acc of accumulators) accumulateColumns(acc, part);
  return {
    files,
    results: accumulators.map((a) => a.result()),
    // The years of the files first (as read gives them), then the periods, then the rest.
    findings: [...read.findings.filter(isYearFinding), ...findings, ...read.findings.filter((f) => !isYearFinding(f))],
    counts: read.counts,
    unusedWorkforce: read.workforce.filter((w) => !used.has(w.file)).map((w) => `${w.file} (reference date ${w.referenceDate})`),
    coverage,
  };
}

function isYearFinding(f: ReturnFinding): boolean {
  return f.finding.code === "returns/year-mismatch";
}

function severityCounts(findings: readonly ReturnFinding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { finding } of findings) counts[finding.severity]++;
  return counts;
}

/**
 * Renders a metrics run in the chosen format. JSON has no character a terminal acts on (DEL, C1
 * and bidirectional controls are written as `\u` escapes: the same value).
 *
 * @param run - What was computed.
 * @param format - table, json, csv, csv-wide or html (xlsx: {@link renderMetricsXlsx}).
 * @param report - The report's title and the authority (HTML header; JSON `title`, `authority`),
 *   and the comparators to set beside the figures (table, CSV and HTML; JSON `comparators`).
 * @returns The text to write.
 */
export function renderMetrics(run: MetricsRun, format: Exclude<MetricsSettings["format"], "xlsx">, report: Pick<MetricsSettings, "title" | "authority"> & { readonly comparators?: readonly Comparator[] } = {}): string {
  const comparators = report.comparators ?? [];
  const inputs = inputsOf(run);
  switch (format) {
    case "table":
      return formatMetricsTable(run.results, { comparators });
    case "csv":
      return formatMetricsCsv(run.results, comparators);
    case "csv-wide":
      return formatMetricsWideCsv(run.results, comparators);
    case "html":
    {
      const subtitle = authorityLine(report.authority);
      return renderHtmlReport(run.results, {
        inputs,
        findings: severityCounts(run.findings),
        ...(comparators.length === 0 ? {} : { comparators }),
        ...(report.title === undefined ? {} : { title: report.title }),
        ...(subtitle === undefined ? {} : { subtitle }),
      });
    }
    case "json":
      return `${escapeJsonForTerminal(JSON.stringify(
        {
          generator: "kinsafe",
          ...(report.title === undefined ? {} : { title: report.title }),
          ...(report.authority === undefined ? {} : { authority: report.authority }),
          inputs: run.files.map((f) => ({
            file: f.name,
            kind: f.kind,
            ...(f.year === undefined ? {} : { year: f.year }),
            ...(f.yearFrom === undefined ? {} : { yearFrom: f.yearFrom }),
            read: run.counts.get(f.name) ?? 0,
          })),
          ...(run.coverage === undefined ? {} : { coverage: run.coverage }),
          findings: run.findings.map(({ file, finding }) => ({ file, ...finding })),
          results: run.results,
          ...(comparators.length === 0 ? {} : { comparators }),
        },
        null,
        2,
      ))}\n`;
  }
}

function inputsOf(run: MetricsRun): { name: string; kind: string; records?: number; unit: "workers" | "records" }[] {
  return run.files.map((f) => ({ name: f.name, kind: RETURN_KIND_NAMES[f.kind], ...(run.counts.has(f.name) ? { records: run.counts.get(f.name) ?? 0 } : {}), unit: f.kind === "workforce" ? ("workers" as const) : ("records" as const) }));
}

/**
 * Renders a metrics run as an .xlsx workbook (see metricsWorkbook.ts): the workbook's modules and
 * its writer are loaded here, when asked for, so that no other run of the command loads them.
 *
 * @param run - What was computed.
 * @param report - The title and the authority (the About sheet), and the comparators (a Comparators sheet).
 * @param version - The kinsafe version (the About sheet).
 * @returns The bytes of the file.
 */
export async function renderMetricsXlsx(
  run: MetricsRun,
  report: Pick<MetricsSettings, "title" | "authority"> & { readonly comparators?: readonly Comparator[] } = {},
  version?: string,
): Promise<Uint8Array> {
  const [{ metricsWorkbook, comparatorsSheet }, { xlsxBytes }] = await Promise.all([import("../metricsWorkbook"), import("../writeXlsx")]);
  const authority = authorityLine(report.authority);
  const comparators = report.comparators ?? [];
  return xlsxBytes(
    metricsWorkbook(run.results, {
      ...(comparators.length === 0 ? {} : { additionalSheets: [comparatorsSheet(comparators, run.results)] }),
      ...(report.title === undefined ? {} : { title: report.title }),
      ...(authority === undefined ? {} : { authority }),
      ...(version === undefined ? {} : { version }),
      findings: severityCounts(run.findings),
      inputs: inputsOf(run).map(({ name, kind, records }) => ({ name, kind, ...(records === undefined ? {} : { records }) })),
    }),
  );
}

/**
 * Runs `kinsafe metrics`. `--out` is checked against the inputs before any of them is read, and
 * written owner-only and all-or-nothing.
 *
 * @param files - The files as given.
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @param version - The kinsafe version (written in an xlsx workbook).
 * @returns The exit code.
 */
export async function runMetrics(files: readonly string[], values: ParsedValues, quiet: boolean, io: CliIo, version?: string): Promise<number> {
  const settings = metricsSettings(values);
  const identities = await resolveInputIdentities(io, [...files, ...settings.comparators]);
  if (settings.out !== undefined) await assertNotAnInput(io, identities, settings.out);
  // The comparators files are read first: a missing one stops the command before the returns are read.
  const given: Awaited<ReturnType<typeof readComparatorsFile>>[] = [];
  for (const name of settings.comparators) given.push(await readComparatorsFile(io, name));
  const computed = await computeMetricsFromFiles(io, files, settings, quiet);
  const run: MetricsRun = { ...computed, findings: [...computed.findings, ...given.flatMap((g) => g.findings)] };
  const comparators = comparatorsForPeriods(run.results.map(periodLabel), given.flatMap((g) => g.comparators), settings.england);
  const content = settings.format === "xlsx" ? await renderMetricsXlsx(run, { ...settings, comparators }, version) : renderMetrics(run, settings.format, { ...settings, comparators });
  const written = await writeOutput(io, identities, settings.out, settings.out === undefined && typeof content === "string" ? escapeTerminalText(content) : content);
  if (!quiet) {
    io.stderr(summariseFindings(run.findings, settings.maxFindings));
    for (const w of run.unusedWorkforce) io.stderr(`${escapeTerminal(w)}: not used: its reference date is in none of the periods.\n`);
    const skipped = run.results.reduce((n, r) => Math.max(n, r.records.skipped), 0);
    if (skipped > 0) io.stderr(`${String(skipped)} record(s) skipped as invalid (see records.errors in --format json).\n`);
    if (written !== undefined) io.stderr(`Wrote ${escapeTerminal(written)}\n`);
  }
  return EXIT.ok;
}
