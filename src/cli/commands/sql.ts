// kinsafe sql --dialect D : the core data set's definitions as a SQL script over the tidy tables.
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { integerOption, listOption, parsePeriodArgument, stringOption, type ParsedValues, type PeriodArgument } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { identifyReturns, TIDY_TABLE_COLUMNS } from "../../interop/returns";
import { INPUT_LIMITS } from "../inputLimits";
import { escapeTerminal, escapeTerminalText, resolveInputIdentities } from "../safeOutput";
import { renderSql, SQL_DIALECTS, SQL_TABLES, type SqlDialect } from "../sql";
import { periodsFor } from "./metrics";
import { writeOutput } from "./output";

/** The options of `kinsafe sql` after checking. */
export interface SqlSettings {
  readonly dialect: SqlDialect;
  /** The periods given (none: from the tables' coverage.csv). */
  readonly periods: readonly PeriodArgument[];
  /** The directory of the tidy tables (`--tables`), as given. */
  readonly tables?: string;
  /** Children aged 0 to 17 and the estimate used (`--population`, `--population-vintage`), for the rates per 10,000. */
  readonly population?: { readonly children0to17: number; readonly vintage: string };
  /** Where the database reads the tables from (`--load-from`), when not `--tables` DIR itself. */
  readonly loadFrom?: string;
  readonly out?: string;
}

/**
 * Checks the options of `kinsafe sql`.
 *
 * @param values - The parsed options.
 * @returns The settings.
 * @throws {@link CliError} (exit code 2) without `--dialect` or with an unknown one, a bad `--period`, or neither `--period` nor `--tables`.
 *
 * @example
 * {@includeCode ../../../tests/cli/sqlCommand.test.ts#settings}
 */
export function sqlSettings(values: ParsedValues): SqlSettings {
  const dialect = stringOption(values, "dialect");
  if (dialect === undefined) usageError(`sql needs --dialect: one of ${SQL_DIALECTS.join(", ")}.`);
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) usageError(`--dialect must be one of ${SQL_DIALECTS.join(", ")}; received "${dialect.slice(0, 40)}".`);
  const periods = listOption(values, "period").map(parsePeriodArgument);
  const tables = stringOption(values, "tables");
  if (tables?.trim() === "") usageError("--tables must name the directory kinsafe tables wrote to.");
  if (periods.length === 0 && tables === undefined) usageError("sql needs --period (e.g. --period 2025 or --period 2024-04-01/2025-03-31), or --tables DIR whose coverage.csv says which years the tables cover.");
  const loadFrom = stringOption(values, "load-from");
  if (loadFrom !== undefined && (loadFrom.trim() === "" || /[\p{Cc}]/u.test(loadFrom))) usageError("--load-from must be the path of the tables' directory as the database sees it, on one line.");
  const population = integerOption(values, "population", { min: 1, max: 100_000_000 });
  const vintage = stringOption(values, "population-vintage")?.trim();
  if (population !== undefined && (vintage === undefined || vintage === "")) usageError(`--population needs --population-vintage (e.g. "ONS mid-2024"): the estimate used is part of the result.`);
  if (population === undefined && vintage !== undefined) usageError("--population-vintage is given without --population.");
  if (vintage !== undefined && (vintage.length > 200 || /[\p{Cc}\u2028\u2029]/u.test(vintage))) usageError("--population-vintage must be one line of at most 200 characters with no control characters.");
  const out = stringOption(values, "out");
  return { dialect: dialect as SqlDialect, periods, ...(tables === undefined ? {} : { tables }), ...(population === undefined || vintage === undefined ? {} : { population: { children0to17: population, vintage } }), ...(loadFrom === undefined ? {} : { loadFrom }), ...(out === undefined ? {} : { out }) };
}

/**
 * Runs `kinsafe sql`: writes the script to `--out` (owner-only, all-or-nothing, never over one
 * of the tables) or stdout. With `--tables DIR`, the script reads `DIR/<table>.csv` (or the same
 * files under `--load-from`, the directory as the database sees it); without `--period`, the
 * periods are the collection years `DIR/coverage.csv` covers, as `kinsafe metrics` takes them.
 *
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runSql(values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const settings = sqlSettings(values);
  const dir = settings.tables === undefined ? undefined : resolvePath(io, settings.tables);
  if (dir !== undefined && !(await isDirectory(dir))) usageError(`--tables ${settings.tables ?? ""}: not a directory (give the directory kinsafe tables wrote to).`);
  // every table in the directory is an input: --out may replace none of them
  const given = settings.tables;
  const identities = await resolveInputIdentities(io, given === undefined ? [] : [...Object.keys(TIDY_TABLE_COLUMNS), "coverage"].map((t) => join(given, `${t}.csv`)));
  let periods = settings.periods;
  if (periods.length === 0 && dir !== undefined) {
    const coverage = join(dir, "coverage.csv");
    if (!existsSync(coverage)) usageError(`--tables ${settings.tables ?? ""} has no coverage.csv to take the periods from: give --period.`);
    const files = await identifyReturns([{ path: coverage, name: join(settings.tables ?? "", "coverage.csv") }], { limits: INPUT_LIMITS });
    periods = periodsFor([], files);
  }
  const from = settings.loadFrom ?? dir;
  const pop = settings.population;
  const text = renderSql({ dialect: settings.dialect, periods, ...(from === undefined ? {} : { tables: from }), ...(pop === undefined ? {} : { population: pop.children0to17, populationVintage: pop.vintage }) });
  const written = await writeOutput(io, identities, settings.out, settings.out === undefined ? escapeTerminalText(text) : text);
  if (!quiet) {
    const missing = dir === undefined ? [] : [...SQL_TABLES, "coverage"].filter((t) => !existsSync(join(dir, `${t}.csv`)));
    if (missing.length > 0) io.stderr(`The script reads ${missing.map((t) => `${t}.csv`).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in ${escapeTerminal(settings.tables ?? "")}: write the tables with kinsafe tables.\n`);
    io.stderr(`Periods: ${periods.map((p) => `${p.start} to ${p.end}`).join(", ")}.\n`);
    if (written !== undefined) io.stderr(`Wrote ${escapeTerminal(written)}\n`);
  }
  return EXIT.ok;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
