// kinsafe tables FILES... --out DIR : the records as tidy CSV tables.
import { join } from "node:path";
import { choiceOption, integerOption, stringOption, type ParsedValues } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { summariseFindings } from "../findings";
import { identifyReturns, readReturns, type ReturnFinding } from "../../interop/returns";
import type { ChildRecord } from "../../records";
import { INPUT_LIMITS } from "../inputLimits";
import { createProgress, progressEvents } from "../progress";
import { assertNotAnInput, escapeTerminal, resolveInputIdentities, withOutputBatch, type OutputWriter } from "../safeOutput";
import { COVERAGE_COLUMNS, TIDY_TABLE_COLUMNS, type TidyTableName } from "../../interop/returns";
import { TIDY_TABLE_FACTS, tidyCsvRow, tidyTableRows } from "../../interop/returns/internal";
import { coverageOf } from "../coverage";

/**
 * Runs `kinsafe tables`: reads the files as `kinsafe metrics` does and writes one CSV per table.
 * Every table is checked against the inputs before any input is read, written owner-only to a
 * temporary file and renamed into place only when all are complete.
 *
 * @param files - The files as given.
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runTables(files: readonly string[], values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const out = stringOption(values, "out");
  if (out === undefined) usageError("tables needs --out DIR: the directory to write the CSV tables to.");
  const matchBy = choiceOption(values, "match-by", ["child-id", "upn"] as const, "child-id");
  const maxFindings = integerOption(values, "max-findings", { min: 0, max: 1_000_000 }) ?? 20;
  const names = Object.keys(TIDY_TABLE_COLUMNS) as TidyTableName[];
  const outputs = new Map<TidyTableName, string>(names.map((t) => [t, join(out, `${t}.csv`)]));
  const coverageOut = join(out, "coverage.csv");
  const identities = await resolveInputIdentities(io, files);
  for (const name of [...outputs.values(), coverageOut]) await assertNotAnInput(io, identities, name);
  const inputs = await identifyReturns(files.map((n) => ({ path: resolvePath(io, n), name: n })), { limits: INPUT_LIMITS });
  const coverage = coverageRows(inputs);
  const progress = createProgress(io, inputs.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const rows = new Map<TidyTableName, number>(names.map((t) => [t, 0]));
  const notInTables = leftOut();
  const { findings } = await withOutputBatch(io, identities, async (batch) => {
    const writers = new Map<TidyTableName, OutputWriter>();
    for (const [t, name] of outputs) writers.set(t, await batch.open(name));
    const coverageWriter = await batch.open(coverageOut);
    const read = await readReturns(inputs, { matchBy, onProgress: progressEvents(progress), limits: INPUT_LIMITS });
    for (const t of names) await (writers.get(t) as OutputWriter).write(tidyCsvRow(TIDY_TABLE_COLUMNS[t]));
    for await (const record of read.records) {
      notInTables.count(record);
      const parts = tidyTableRows(record);
      for (const t of names) {
        const list = parts[t];
        if (list.length === 0) continue;
        rows.set(t, (rows.get(t) ?? 0) + list.length);
        await (writers.get(t) as OutputWriter).write(list.map(tidyCsvRow).join(""));
      }
    }
    for (const w of writers.values()) await w.close();
    await coverageWriter.write([COVERAGE_COLUMNS, ...coverage].map(tidyCsvRow).join(""));
    await coverageWriter.close();
    const left = notInTables.finding();
    return left === undefined ? read : { findings: [...read.findings, left] };
  });
  if (!quiet) {
    io.stderr(summariseFindings(findings, maxFindings));
    io.stderr(`Wrote to ${escapeTerminal(resolvePath(io, out))}:\n${names.map((t) => `  ${t}.csv  ${String(rows.get(t) ?? 0)} rows\n`).join("")}  coverage.csv  ${String(coverage.length)} rows\n`);
  }
  return EXIT.ok;
}

/**
 * The rows of `coverage.csv`: what the inputs cover (as `kinsafe metrics` would take it), for the
 * kinds of fact the tables hold.
 */
function coverageRows(inputs: Parameters<typeof coverageOf>[0]): string[][] {
  const coverage = coverageOf(inputs);
  const rows: string[][] = [];
  for (const fact of TIDY_TABLE_FACTS) {
    for (const span of coverage.facts[fact] ?? []) rows.push([fact, span.start, span.end, span.source ?? "", ""]);
    const why = coverage.unusable?.[fact];
    if (why !== undefined) rows.push([fact, "", "", "", why]);
  }
  return rows;
}

/** Counts the records with host systems' extensions, which the tables have no place for, for one finding. */
function leftOut(): { count: (record: ChildRecord) => void; finding: () => ReturnFinding | undefined } {
  let extended = 0;
  const has = (items: readonly { readonly extensions?: unknown }[]): boolean => items.some((x) => x.extensions !== undefined);
  return {
    count(record): void {
      const e = record.cinEpisodes;
      if (
        record.extensions !== undefined ||
        has(e) ||
        e.some((x) => has(x.assessments) || has(x.cinPlans) || has(x.section47s) || has(x.cpPlans)) ||
        has(record.lookedAfterEpisodes) ||
        has(record.earlyHelpEpisodes) ||
        has(record.lookedAfterReviews) ||
        has(record.missing) ||
        has(record.visits) ||
        has(record.careProceedings) ||
        has(record.lookedAfterOutcomes ?? []) ||
        has(record.careLeaverOutcomes ?? []) ||
        has(record.adoptions ?? []) ||
        has(record.adoptionDecisions ?? [])
      ) {
        extended++;
      }
    },
    finding(): ReturnFinding | undefined {
      if (extended === 0) return undefined;
      return { file: "(tables)", finding: { code: "cli/not-in-tables", severity: "warning", path: [], params: { items: `the host system's extensions of ${String(extended)} record${extended === 1 ? "" : "s"}` } } };
    },
  };
}
