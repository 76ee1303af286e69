// kinsafe pseudonymise FILES... --key-file PATH --out DIR
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { basename, join } from "node:path";
import { LimitError, resolveLimits, textChunks } from "../../interop/internal";
import { stringOption, type ParsedValues } from "../args";
import { CliError, EXIT, inputError, resolvePath, usageError, type CliIo } from "../CliIo";
import { identifyReturns, type ReturnFile } from "../../interop/returns";
import { fileChunks, ioErrorReason } from "../../interop/returns/internal";
import { INPUT_LIMITS } from "../inputLimits";
import { createProgress, type Progress } from "../progress";
import { checkKey, createPseudonymiser, emptyCounts, MAX_KEY_BYTES, RefusedInput, type Pseudonymiser, type ReplacedCounts } from "../pseudonymise";
import { createCsvPseudonymiser } from "../pseudonymiseCsv";
import { pseudonymiseJsonFile, pseudonymiseJsonLines } from "../pseudonymiseJson";
import { createXmlPseudonymiser } from "../pseudonymiseXml";
import { assertNotAnInput, escapeTerminal, resolveInputIdentities, withOutputBatch } from "../safeOutput";

/** A key read from its file. */
export interface KeyFile {
  /** The key: the file's bytes without the final line break. */
  readonly key: Uint8Array;
  /** Whether people other than its owner (its group, others) can read the file. */
  readonly readableByOthers: boolean;
}

/**
 * Reads the key file: its bytes, without the line break an editor or `echo` adds at the end. It
 * must be a regular file (not a FIFO, a device such as `/dev/zero`, or a directory) of at most
 * {@link MAX_KEY_BYTES} bytes, and the key must pass {@link checkKey}. The file is opened without
 * waiting (a FIFO with no writer does not block) and read at most {@link MAX_KEY_BYTES} + 1 bytes.
 *
 * @param io - The surroundings.
 * @param name - The key file as given.
 * @returns The key, and whether the file can be read by others.
 * @throws {@link CliError} (exit code 3) when it cannot be read, is not a regular file, is too
 *   large, or the key is too short or too easy to guess.
 *
 * @example
 * {@includeCode ../../../tests/cli/pseudonymiseKey.test.ts#read-key}
 */
export async function readKey(io: CliIo, name: string): Promise<KeyFile> {
  const refuse = (why: string): never => inputError(`${name}: ${why}; make a key with: openssl rand -hex 32 > ${name} && chmod 600 ${name}`);
  let handle;
  try {
    handle = await open(resolvePath(io, name), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return inputError(`${name}: cannot read the key file: ${ioErrorReason(error) ?? (error instanceof Error ? error.message : String(error))}.`);
  }
  let bytes: Buffer;
  let mode: number;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(`the key file is not a regular file (${info.isDirectory() ? "a directory" : info.isFIFO() ? "a FIFO" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : "not a file"})`);
    if (info.size > MAX_KEY_BYTES) return refuse(`the key file is ${String(info.size)} bytes; a key file holds at most ${String(MAX_KEY_BYTES)}`);
    mode = info.mode;
    const buffer = Buffer.alloc(MAX_KEY_BYTES + 1);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      if (read > MAX_KEY_BYTES) return refuse(`the key file is larger than ${String(MAX_KEY_BYTES)} bytes`);
    }
    bytes = buffer.subarray(0, read);
  } catch (error) {
    if (error instanceof CliError) throw error;
    return inputError(`${name}: cannot read the key file: ${ioErrorReason(error) ?? (error instanceof Error ? error.message : String(error))}.`);
  } finally {
    await handle.close();
  }
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  const key = bytes.subarray(0, end);
  const problem = checkKey(key);
  if (problem !== undefined) refuse(problem);
  return { key, readableByOthers: process.platform !== "win32" && (mode & 0o044) !== 0 };
}

function describe(c: ReplacedCounts): string {
  const parts = [
    [c.childIds, "child id", "child ids"],
    [c.workerIds, "social worker id", "social worker ids"],
    [c.upns, "UPN", "UPNs"],
    [c.datesOfBirth, "date of birth", "dates of birth"],
    [c.recordIds, "record id", "record ids"],
  ] as const;
  const replaced = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${String(n)} ${n === 1 ? one : many}`);
  return replaced.length === 0 ? "nothing to replace" : replaced.join(", ");
}

/** The pseudonymised text of one file, as it is made; a refusal is an input error naming the file. */
async function* pseudonymised(file: ReturnFile, p: Pseudonymiser, counts: ReplacedCounts, progress: Progress): AsyncGenerator<string, void, undefined> {
  const limits = resolveLimits(undefined);
  const text = textChunks(fileChunks(file.path, progress), limits);
  try {
    // Tidy tables hold ids, UPNs, dates of birth and postcodes in columns pseudonymise does not
    // know: refused, never copied as they are.
    if (file.kind === "kinsafe-table") throw new RefusedInput("kinsafe tidy tables cannot be pseudonymised: pseudonymise the returns or records they were written from, then run kinsafe tables on the pseudonymised files");
    if (file.kind === "kinsafe-json") yield* pseudonymiseJsonFile(text, p, counts);
    else if (file.kind === "kinsafe-jsonl") yield* pseudonymiseJsonLines(text, p, counts);
    else {
      const t = file.kind === "ssda903-csv" ? createCsvPseudonymiser(p, counts, limits) : createXmlPseudonymiser(file.kind, p, counts, limits);
      for await (const chunk of text) {
        const out = t.write(chunk);
        if (out !== "") yield out;
      }
      yield t.end();
    }
    if (counts.records > 0 && counts.childIds + counts.workerIds + counts.upns === 0) {
      const what = file.kind === "workforce" ? "workers" : "children";
      throw new RefusedInput(`the file holds ${String(counts.records)} ${what} but no identifier was found to replace: it is not laid out as pseudonymise expects`);
    }
  } catch (error) {
    if (error instanceof RefusedInput) {
      const at = error.line === undefined ? "" : error.column === undefined ? `:${String(error.line)}` : `:${String(error.line)}:${String(error.column)}`;
      inputError(`${file.name}${at}: refused: ${error.message}. Nothing was written.`);
    }
    if (error instanceof LimitError) inputError(`${file.name}: refused: ${error.message} Nothing was written.`);
    const reason = ioErrorReason(error);
    if (reason !== undefined) inputError(`${file.name}: cannot be read: ${reason}. Nothing was written.`);
    throw error;
  }
}

/**
 * Runs `kinsafe pseudonymise`. Before anything is read, every output is checked against every
 * input and the key file (exit code 2 when one would be replaced). Every file is then
 * pseudonymised to a temporary file; the files are renamed into place only when all of them
 * succeeded, and a refusal leaves nothing behind (exit code 3).
 *
 * @param files - The files as given.
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runPseudonymise(files: readonly string[], values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const keyFile = stringOption(values, "key-file");
  if (keyFile === undefined) usageError("pseudonymise needs --key-file PATH: a secret key of at least 32 bytes (e.g. openssl rand -hex 32 > project.key).");
  const out = stringOption(values, "out");
  if (out === undefined) usageError("pseudonymise needs --out DIR: the directory to write the pseudonymised files to.");
  // The outputs, checked before anything is read.
  const identities = await resolveInputIdentities(io, [...files, keyFile]);
  const targets = files.map((f) => join(out, basename(f)));
  const seen = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    const target = targets[i] as string;
    const other = seen.get(basename(f));
    if (other !== undefined) usageError(`${other} and ${f} have the same name: pseudonymise them into different directories.`);
    seen.set(basename(f), f);
    await assertNotAnInput(io, identities, target);
  }
  const { key, readableByOthers } = await readKey(io, keyFile);
  if (readableByOthers) io.stderr(`Warning: ${escapeTerminal(keyFile)} can be read by other users (its group or everyone): anyone who has the key can link the pseudonyms back to the identifiers they guess. Restrict it with: chmod 600 ${escapeTerminal(keyFile)}\n`);
  const inputs = await identifyReturns(files.map((n) => ({ path: resolvePath(io, n), name: n })), { limits: INPUT_LIMITS });
  const p = createPseudonymiser(key);
  const progress = createProgress(io, inputs.reduce((n, f) => n + f.size, 0), io.stderrIsTty && !quiet);
  const done: { file: ReturnFile; counts: ReplacedCounts }[] = [];
  await withOutputBatch(io, identities, async (batch) => {
    for (const [i, file] of inputs.entries()) {
      progress.label(file.name);
      const counts = emptyCounts();
      await batch.write(targets[i] as string, pseudonymised(file, p, counts, progress));
      done.push({ file, counts });
    }
  });
  progress.done();
  if (!quiet) {
    io.stderr(`Pseudonymised ${String(inputs.length)} file${inputs.length === 1 ? "" : "s"} into ${escapeTerminal(resolvePath(io, out))}:\n`);
    for (const { file, counts } of done) {
      const [one, many] = file.kind === "workforce" ? ["worker", "workers"] : ["child", "children"];
      io.stderr(`  ${escapeTerminal(basename(file.path))}: ${String(counts.records)} ${counts.records === 1 ? one : many}; ${describe(counts)} replaced\n`);
    }
  }
  return EXIT.ok;
}
