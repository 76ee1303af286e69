// kinsafe pseudonymise FILES... --key-file PATH --out DIR
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringOption, type ParsedValues } from "../args";
import { EXIT, inputError, resolvePath, usageError, type CliIo } from "../CliIo";
import { fileChunks, identifyInputs, type InputFile } from "../inputs";
import { createProgress, type Progress } from "../progress";
import { createCsvPseudonymiser, createPseudonymiser, createXmlPseudonymiser, pseudonymiseRecord, type Pseudonymiser } from "../pseudonymise";
import { outputDirectory } from "./output";

/** The smallest key accepted, in bytes. */
export const MIN_KEY_BYTES = 32;

/**
 * Reads the key file: its bytes, without the line break an editor or `echo` adds at the end.
 *
 * @param io - The surroundings.
 * @param name - The key file as given.
 * @returns The key.
 * @throws {@link CliError} (exit code 3) when it cannot be read or is shorter than {@link MIN_KEY_BYTES}.
 */
export async function readKey(io: CliIo, name: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolvePath(io, name));
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    inputError(`${name}: cannot read the key file: ${code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error)}.`);
  }
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  const key = bytes.subarray(0, end);
  if (key.length < MIN_KEY_BYTES) inputError(`${name}: the key is ${String(key.length)} bytes; use at least ${String(MIN_KEY_BYTES)} (e.g. openssl rand -hex 32 > ${name}).`);
  return key;
}

async function* transformed(file: InputFile, p: Pseudonymiser, progress: Progress, notRecords: { count: number }): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  if (file.kind === "kinsafe-json") {
    let text = "";
    for await (const chunk of fileChunks(file.path, progress)) text += decoder.decode(chunk, { stream: true });
    text += decoder.decode();
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      inputError(`${file.name}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const one = (v: unknown): unknown => {
      const r = pseudonymiseRecord(v, p);
      if (!r.changed) notRecords.count++;
      return r.value;
    };
    let out: unknown;
    if (Array.isArray(value)) out = value.map(one);
    else if (typeof value === "object" && value !== null && "records" in value && Array.isArray(value.records)) out = { ...value, records: value.records.map(one) };
    else out = one(value);
    yield `${JSON.stringify(out, null, 2)}\n`;
    return;
  }
  if (file.kind === "kinsafe-jsonl") {
    let rest = "";
    const line = (l: string): string => {
      if (l.trim() === "") return `${l}\n`;
      try {
        const r = pseudonymiseRecord(JSON.parse(l), p);
        if (!r.changed) notRecords.count++;
        return `${JSON.stringify(r.value)}\n`;
      } catch {
        inputError(`${file.name}: a line is not JSON: ${l.slice(0, 60)}`);
      }
    };
    for await (const chunk of fileChunks(file.path, progress)) {
      const lines = (rest + decoder.decode(chunk, { stream: true })).split("\n");
      rest = lines.pop() ?? "";
      yield lines.map((l) => line(l.replace(/\r$/, ""))).join("");
    }
    rest += decoder.decode();
    if (rest !== "") yield line(rest);
    return;
  }
  const t = file.kind === "ssda903-csv" ? createCsvPseudonymiser(p) : createXmlPseudonymiser(p);
  for await (const chunk of fileChunks(file.path, progress)) yield t.write(decoder.decode(chunk, { stream: true }));
  yield t.write(decoder.decode());
  yield t.end();
}

/**
 * Runs `kinsafe pseudonymise`.
 *
 * @param files - The files as given.
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runPseudonymise(files: readonly string[], values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const keyFile = stringOption(values, "key-file");
  if (keyFile === undefined) usageError("pseudonymise needs --key-file PATH: a secret key of at least 32 characters (e.g. openssl rand -hex 32 > project.key).");
  const out = stringOption(values, "out");
  if (out === undefined) usageError("pseudonymise needs --out DIR: the directory to write the pseudonymised files to.");
  const inputs = await identifyInputs(files, (n) => resolvePath(io, n));
  const dir = resolvePath(io, out);
  const seen = new Map<string, string>();
  for (const f of inputs) {
    const target = join(dir, basename(f.path));
    if (target === f.path) usageError(`${f.name}: would be overwritten: --out must be another directory than the inputs'.`);
    const other = seen.get(target);
    if (other !== undefined) usageError(`${other} and ${f.name} have the same name: pseudonymise them into different directories.`);
    seen.set(target, f.name);
  }
  const key = await readKey(io, keyFile);
  await outputDirectory(io, out);
  const p = createPseudonymiser(key);
  const progress = createProgress(io, inputs.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const notRecords = { count: 0 };
  for (const f of inputs) {
    progress.label(f.name);
    await pipeline(Readable.from(transformed(f, p, progress, notRecords)), createWriteStream(join(dir, basename(f.path))));
  }
  progress.done();
  if (!quiet) {
    const c = p.counts;
    io.stderr(`Pseudonymised ${String(inputs.length)} file${inputs.length === 1 ? "" : "s"} into ${dir}: ${String(c.ids)} identifiers, ${String(c.upns)} UPNs, ${String(c.dates)} dates of birth replaced.\n`);
    if (c.unreadableDates > 0) io.stderr(`${String(c.unreadableDates)} date(s) of birth could not be read as dates and were left empty.\n`);
    if (notRecords.count > 0) io.stderr(`${String(notRecords.count)} JSON value(s) were not child records and were copied unchanged.\n`);
  }
  return EXIT.ok;
}
