// kinsafe tables FILES... --out DIR : the records as tidy CSV tables.
import { join } from "node:path";
import { choiceOption, integerOption, stringOption, type ParsedValues } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { csvRow } from "../csv";
import { summariseFindings } from "../findings";
import { identifyReturns, readReturns } from "../../interop/returns";
import { INPUT_LIMITS } from "../inputLimits";
import { createProgress, progressEvents } from "../progress";
import { assertNotAnInput, escapeTerminal, resolveInputIdentities, withOutputBatch, type OutputWriter } from "../safeOutput";
import { TABLE_COLUMNS, tableCsv, tableRows, type TableName } from "../tables";

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
  const names = Object.keys(TABLE_COLUMNS) as TableName[];
  const outputs = new Map<TableName, string>(names.map((t) => [t, join(out, `${t}.csv`)]));
  const identities = await resolveInputIdentities(io, files);
  for (const name of outputs.values()) await assertNotAnInput(io, identities, name);
  const inputs = await identifyReturns(files.map((n) => ({ path: resolvePath(io, n), name: n })), { limits: INPUT_LIMITS });
  const progress = createProgress(io, inputs.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const rows = new Map<TableName, number>(names.map((t) => [t, 0]));
  const { findings } = await withOutputBatch(io, identities, async (batch) => {
    const writers = new Map<TableName, OutputWriter>();
    for (const [t, name] of outputs) writers.set(t, await batch.open(name));
    const read = await readReturns(inputs, { matchBy, onProgress: progressEvents(progress), limits: INPUT_LIMITS });
    for (const t of names) await (writers.get(t) as OutputWriter).write(csvRow(TABLE_COLUMNS[t]));
    for await (const record of read.records) {
      const parts = tableRows(record);
      for (const t of names) {
        const list = parts[t];
        if (list.length === 0) continue;
        rows.set(t, (rows.get(t) ?? 0) + list.length);
        await (writers.get(t) as OutputWriter).write(tableCsv(list));
      }
    }
    for (const w of writers.values()) await w.close();
    return read;
  });
  if (!quiet) {
    io.stderr(summariseFindings(findings, maxFindings));
    io.stderr(`Wrote to ${escapeTerminal(resolvePath(io, out))}:\n${names.map((t) => `  ${t}.csv  ${String(rows.get(t) ?? 0)} rows\n`).join("")}`);
  }
  return EXIT.ok;
}
