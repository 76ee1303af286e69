// The limits on what `readReturns` reads (docs/statutory-returns.md, "Reading many returns"):
// the size of a file, of a JSON document read whole, of one line of JSON Lines or CSV, and the
// nesting of JSON. Each is checked as the bytes arrive, so that a file over a limit is refused
// (a KinsafeError `invalid-input` naming the file and line) after reading at most the limit,
// whatever it holds: a pipe, a device or a file that grows while it is read cannot make the
// reading hang or hold more than that.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { KinsafeError } from "../../core";

/**
 * The limits on what {@link readReturns} reads. Every field is a positive number.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#limits}
 *
 * @category Returns
 */
export interface ReturnLimits {
  /** Largest input file of any kind, in bytes. */
  readonly maxBytes: number;
  /** Largest kinsafe JSON document (read whole; JSON Lines is read line by line), in bytes. */
  readonly maxJsonBytes: number;
  /** Longest line of JSON Lines, or of a CSV file, in bytes (without the line break). */
  readonly maxLineBytes: number;
  /** Deepest nesting of arrays and objects in a JSON document or a JSON Lines line. */
  readonly maxDepth: number;
}

// Errors made here, which already name their file: passed through as they are.
const OWN = new WeakSet<object>();

/**
 * Refuses an input: a {@link KinsafeError} `invalid-input` whose message names the file (and
 * line), as `kinsafe` prints it.
 *
 * @internal
 */
export function inputError(message: string): never {
  throw refusal(message);
}

/**
 * The error {@link inputError} throws, to pass on (a read worker's refusal).
 *
 * @internal
 */
export function refusal(message: string): KinsafeError {
  const error = new KinsafeError("invalid-input", message);
  OWN.add(error);
  return error;
}

/**
 * Largest input file of any kind: 4 GiB, the limit of the statutory-return readers.
 *
 * @internal
 */
export const MAX_INPUT_BYTES = 4 * 1024 ** 3;

/**
 * Largest kinsafe JSON document: 256 MiB. A JSON document is parsed whole, and the JavaScript
 * engine holds at most about 512 million characters in one string; larger record sets belong in
 * JSON Lines, which is read a line at a time.
 * @internal
 */
export const MAX_JSON_BYTES = 256 * 1024 ** 2;

/**
 * Longest line of JSON Lines (one child's records) or of a CSV file: 16 MiB.
 *
 * @internal
 */
export const MAX_LINE_BYTES = 16 * 1024 ** 2;

/**
 * Deepest nesting of arrays and objects in JSON: 32, as for elements in XML (child records need fewer than 10).
 *
 * @internal
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The limits {@link readReturns} applies unless told otherwise: files up to 4 GiB, a JSON
 * document read whole up to 256 MiB, a line of JSON Lines or CSV up to 16 MiB, JSON nested up
 * to 32 deep.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#limits}
 *
 * @category Returns
 */
export const DEFAULT_RETURN_LIMITS: ReturnLimits = Object.freeze({
  maxBytes: MAX_INPUT_BYTES,
  maxJsonBytes: MAX_JSON_BYTES,
  maxLineBytes: MAX_LINE_BYTES,
  maxDepth: MAX_JSON_DEPTH,
});

/**
 * The limits with some replaced.
 *
 * @param limits - Limits to replace.
 * @returns The limits.
 * @throws {@link KinsafeError} `invalid-argument` when a limit is not a positive number.
 * @internal
 */
export function resolveReturnLimits(limits: Partial<ReturnLimits> | undefined): ReturnLimits {
  const resolved = { ...DEFAULT_RETURN_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!(typeof value === "number" && value > 0)) throw new KinsafeError("invalid-argument", `Input limit ${name} must be a positive number; received ${String(value)}.`);
  }
  return resolved;
}

/**
 * A size in bytes for messages: `16 MiB`, `4 GiB`, else the number of bytes.
 *
 * @internal
 */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${String(bytes / size)} ${unit}`;
  }
  return `${String(bytes)} bytes`;
}

function limitError(where: string, reason: string): never {
  inputError(`${where}: cannot be read (limit-exceeded): ${reason}.`);
}

/**
 * Checks an input before it is opened: it must exist and be a regular file (not a directory,
 * pipe or device, which have no size to check and, for a pipe, could keep the reading waiting),
 * not be empty, and be no larger than `maxBytes`.
 *
 * @param path - The file.
 * @param name - The file as the user named it (in messages).
 * @param maxBytes - The largest size accepted.
 * @returns The size of the file, in bytes.
 * @throws {@link KinsafeError} `invalid-input` when the file cannot be read or is refused.
 * @internal
 */
export async function checkInputFile(path: string, name: string, maxBytes: number): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);
    inputError(`${name}: cannot read the file: ${reason}.`);
  }
  if (info.isDirectory()) inputError(`${name}: is a directory; give the files in it (e.g. ${name}/*.xml).`);
  if (!info.isFile()) inputError(`${name}: not a regular file (a pipe, socket or device); save the data to a file and give that.`);
  if (info.size === 0) inputError(`${name}: the file is empty.`);
  if (info.size > maxBytes) limitError(name, `the file is ${formatBytes(info.size)}, larger than the limit of ${formatBytes(maxBytes)}`);
  return info.size;
}

/**
 * Passes chunks through, counting their bytes, and stops when there are more than `maxBytes`
 * (a file that grows while it is read).
 *
 * @param chunks - The chunks.
 * @param name - The file, for the message.
 * @param maxBytes - The most bytes accepted.
 * @returns The same chunks.
 * @throws {@link KinsafeError} `invalid-input` as soon as the count exceeds the limit.
 * @internal
 */
export async function* limitedChunks(chunks: AsyncIterable<Uint8Array>, name: string, maxBytes: number): AsyncGenerator<Uint8Array, void, undefined> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) limitError(name, `the file is larger than the limit of ${formatBytes(maxBytes)}`);
    yield chunk;
  }
}

/** One line of a JSON Lines file. */
export interface TextLine {
  /** The line number, from 1. */
  readonly line: number;
  /** The line, decoded as UTF-8, without its line break (LF or CRLF) and, on line 1, a byte order mark. */
  readonly text: string;
}

const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder();

/**
 * Splits byte chunks into lines (at LF, a CR before it dropped). The bytes of the line being
 * read are kept as a list of chunks and joined once, when its end is found, so time and memory
 * are linear in the size of the line; a line longer than `maxLineBytes` is refused as soon as
 * that many bytes are seen, without reading the rest of it.
 *
 * @param chunks - The file's bytes.
 * @param name - The file, for the message.
 * @param maxLineBytes - The longest line accepted, in bytes.
 * @returns The lines, blank ones included (so that the numbers count every line).
 * @throws {@link KinsafeError} `invalid-input` for a line over the limit.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/limits.test.ts#lines}
 * @internal
 */
export async function* textLines(chunks: AsyncIterable<Uint8Array>, name: string, maxLineBytes: number): AsyncGenerator<TextLine, void, undefined> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let line = 0;
  const tooLong = (): never => limitError(`${name}:${String(line + 1)}`, `the line is longer than the limit of ${formatBytes(maxLineBytes)}`);
  const finish = (last: Uint8Array): TextLine => {
    line++;
    let bytes = pending.length === 0 ? last : Buffer.concat([...pending, last], pendingBytes + last.byteLength);
    pending = [];
    pendingBytes = 0;
    if (bytes.byteLength > 0 && bytes[bytes.byteLength - 1] === 0x0d) bytes = bytes.subarray(0, bytes.byteLength - 1);
    let text = decoder.decode(bytes);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { line, text };
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let lf = buffer.indexOf(LF, start); lf !== -1; lf = buffer.indexOf(LF, start)) {
      // The limit is on the line without its line break (CR LF or LF).
      const cr = (lf > start ? buffer[lf - 1] : pending[pending.length - 1]?.at(-1)) === 0x0d ? 1 : 0;
      if (pendingBytes + lf - start - cr > maxLineBytes) tooLong();
      yield finish(buffer.subarray(start, lf));
      start = lf + 1;
    }
    if (start < buffer.byteLength) {
      const rest = buffer.subarray(start);
      pendingBytes += rest.byteLength;
      // One byte of grace for a CR whose LF is in the next chunk.
      if (pendingBytes > maxLineBytes + 1 || (pendingBytes === maxLineBytes + 1 && rest.at(-1) !== 0x0d)) tooLong();
      pending.push(rest);
    }
  }
  if (pendingBytes > maxLineBytes) tooLong();
  if (pendingBytes > 0) yield finish(new Uint8Array(0));
}

/**
 * Passes the chunks of a CSV file through, refusing a physical line (ended by LF, CR LF or CR
 * alone, as the CSV reader ends rows) longer than `maxLineBytes` and a NUL byte (a binary or
 * UTF-16 file, which no return is).
 *
 * @param chunks - The file's bytes.
 * @param name - The file, for the message.
 * @param maxLineBytes - The longest line accepted, in bytes, without its line break.
 * @returns The same chunks.
 * @throws {@link KinsafeError} `invalid-input` for a line over the limit or a NUL byte.
 * @internal
 */
export async function* checkedCsvChunks(chunks: AsyncIterable<Uint8Array>, name: string, maxLineBytes: number): AsyncGenerator<Uint8Array, void, undefined> {
  let line = 1;
  let length = 0;
  let afterCr = false;
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const n = buffer.byteLength;
    const nul = buffer.indexOf(0);
    let nextLf = buffer.indexOf(LF);
    let nextCr = buffer.indexOf(CR);
    let start = 0;
    for (;;) {
      if (nextLf !== -1 && nextLf < start) nextLf = buffer.indexOf(LF, start);
      if (nextCr !== -1 && nextCr < start) nextCr = buffer.indexOf(CR, start);
      const brk = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      const end = brk === -1 ? n : brk;
      if (nul !== -1 && nul >= start && nul < end) inputError(`${name}:${String(line)}: cannot be read: a NUL byte; a CSV file must be text (UTF-8), not binary or UTF-16.`);
      if (end > start) afterCr = false;
      length += end - start;
      if (length > maxLineBytes) limitError(`${name}:${String(line)}`, `the line is longer than the limit of ${formatBytes(maxLineBytes)}`);
      if (brk === -1) break;
      // The LF of a CR LF ends no further line.
      if (!(buffer[brk] === LF && afterCr)) line++;
      afterCr = buffer[brk] === CR;
      length = 0;
      start = brk + 1;
    }
    yield chunk;
  }
}

/**
 * Where JSON text nests arrays and objects deeper than `maxDepth`: the index of the bracket that
 * goes one level too deep, or -1. Strings are skipped (brackets in them do not count). Linear,
 * with no recursion, so that any nesting can be measured before it is parsed.
 *
 * @param text - JSON text.
 * @param maxDepth - The deepest nesting accepted.
 * @returns The index, or -1 when the nesting is within the limit.
 * @internal
 */
export function jsonTooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped by an odd number of backslashes.
      let q = text.indexOf('"', i + 1);
      for (;;) {
        if (q === -1) return -1;
        let slashes = 0;
        while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      i = q;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/**
 * The line and column (from 1) of an index in a text.
 *
 * @internal
 */
export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lastLf = -1;
  for (let lf = text.indexOf("\n"); lf !== -1 && lf < index; lf = text.indexOf("\n", lf + 1)) {
    line++;
    lastLf = lf;
  }
  return { line, column: index - lastLf };
}

/**
 * Parses JSON text after checking its nesting; an error of the engine (a `RangeError` for text
 * too large or too deep) is an input error like invalid JSON.
 *
 * @param text - The JSON text.
 * @param where - Where the text is, for messages.
 * @param where.file - The file.
 * @param where.line - The line, for JSON Lines.
 * @param maxDepth - The deepest nesting accepted.
 * @returns The value.
 * @throws {@link KinsafeError} `invalid-input` for nesting over the limit or text that is not JSON.
 * @internal
 */
export function parseJsonText(text: string, where: { file: string; line?: number }, maxDepth: number): unknown {
  const at = (index: number): string => {
    if (where.line !== undefined) return `${where.file}:${String(where.line)}:${String(index + 1)}`;
    const p = lineColumnAt(text, index);
    return `${where.file}:${String(p.line)}:${String(p.column)}`;
  };
  const deep = jsonTooDeepAt(text, maxDepth);
  if (deep !== -1) limitError(at(deep), `arrays and objects are nested deeper than the limit of ${String(maxDepth)}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const prefix = position === undefined ? (where.line === undefined ? where.file : `${where.file}:${String(where.line)}`) : at(Number(position));
    inputError(`${prefix}: not JSON: ${message}`);
  }
}

/**
 * Reads a JSON document whole, within the limits: a regular file of at most `maxJsonBytes`
 * (checked before reading and counted while reading), nested at most `maxDepth` deep. A leading
 * byte order mark is dropped.
 *
 * @param path - The file.
 * @param name - The file as the user named it.
 * @param limits - The limits (default {@link DEFAULT_RETURN_LIMITS}).
 * @param read - Reads the file's bytes (default: in chunks of 1 MiB); the bytes are counted against `maxJsonBytes` whatever it does.
 * @returns The parsed value.
 * @throws {@link KinsafeError} `invalid-input` when the file cannot be read, is over a limit, or is not JSON.
 * @internal
 */
export async function readJsonFile(
  path: string,
  name: string,
  limits: ReturnLimits = DEFAULT_RETURN_LIMITS,
  read: (path: string) => AsyncIterable<Uint8Array> = (p) => createReadStream(p, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>,
): Promise<unknown> {
  await checkInputFile(path, name, limits.maxJsonBytes);
  const parts: Uint8Array[] = [];
  let total = 0;
  return await guardReading(name, async () => {
    for await (const chunk of limitedChunks(read(path), name, limits.maxJsonBytes)) {
      parts.push(chunk);
      total += chunk.byteLength;
    }
    let text = decoder.decode(Buffer.concat(parts, total));
    parts.length = 0;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return parseJsonText(text, { file: name }, limits.maxDepth);
  });
}

/**
 * Runs the reading of a file and turns anything unexpected it throws (a `RangeError` for a value
 * the engine cannot hold, a system error while reading) into a refusal naming the file, so
 * that no input ends the reading with a bare stack trace. Refusals made here pass through.
 *
 * @param name - The file.
 * @param read - The reading.
 * @returns What `read` returns.
 * @throws {@link KinsafeError} `invalid-input` for anything `read` throws.
 * @internal
 */
export async function guardReading<T>(name: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw readingError(name, error);
  }
}

/**
 * The error to report for something thrown while a file was read: refusals made here as they
 * are; anything else as an input error  naming the file, with the reason and no
 * stack trace.
 *
 * @param name - The file.
 * @param error - What was thrown.
 * @returns The error to throw.
 * @internal
 */
export function readingError(name: string, error: unknown): KinsafeError {
  if (error instanceof KinsafeError && OWN.has(error)) return error;
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  const message = error instanceof Error ? error.message.replace(/^\[kinsafe\] /, "") : String(error);
  const refused = refusal;
  if (code === "ENOENT") return refused(`${name}: cannot be read: no such file.`);
  if (code === "EACCES") return refused(`${name}: cannot be read: permission denied.`);
  if (error instanceof RangeError) return refused(`${name}: cannot be read (limit-exceeded): too large or too deeply nested to hold (${message}).`);
  return refused(`${name}: cannot be read: ${message}${/^E[A-Z]+$/.test(code) ? "" : " (if the file is sound, this is a fault in kinsafe: please report it)"}.`);
}
