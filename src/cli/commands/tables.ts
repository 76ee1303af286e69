// kinsafe tables FILES... --out DIR : the records as tidy CSV tables.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { choiceOption, integerOption, stringOption, type ParsedValues } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { csvRow } from "../csv";
import { summariseFindings } from "../findings";
import { identifyInputs, readInputs } from "../inputs";
import { createProgress } from "../progress";
import { TABLE_COLUMNS, tableCsv, tableRows, type TableName } from "../tables";
import { outputDirectory } from "./output";

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

/**
 * Runs `kinsafe tables`: reads the files as `kinsafe metrics` does and writes one CSV per table.
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
  const inputs = await identifyInputs(files, (n) => resolvePath(io, n));
  const dir = await outputDirectory(io, out);
  const progress = createProgress(io, inputs.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const read = await readInputs(inputs, { matchBy, progress });
  const names = Object.keys(TABLE_COLUMNS) as TableName[];
  const streams = new Map<TableName, WriteStream>(names.map((t) => [t, createWriteStream(join(dir, `${t}.csv`))]));
  const rows = new Map<TableName, number>(names.map((t) => [t, 0]));
  for (const t of names) await write(streams.get(t) as WriteStream, csvRow(TABLE_COLUMNS[t]));
  for await (const record of read.records) {
    const parts = tableRows(record);
    for (const t of names) {
      const list = parts[t];
      if (list.length === 0) continue;
      rows.set(t, (rows.get(t) ?? 0) + list.length);
      await write(streams.get(t) as WriteStream, tableCsv(list));
    }
  }
  await Promise.all([...streams.values()].map(async (s) => new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve())))));
  if (!quiet) {
    io.stderr(summariseFindings(read.findings, maxFindings));
    io.stderr(`Wrote to ${dir}:\n${names.map((t) => `  ${t}.csv  ${String(rows.get(t) ?? 0)} rows\n`).join("")}`);
  }
  return EXIT.ok;
}
