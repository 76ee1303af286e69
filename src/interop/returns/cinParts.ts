// Reading one CIN census return record by record, and writing records into the parts of a
// cohort merged in parts. Shared by `readReturns` (in the main thread) and by the read workers.
import { createReadStream } from "node:fs";
import type { Finding } from "../../core";
import type { CinCensusHeader } from "../cin-census";
import { createCinCensusState, type CinChildRead } from "../cin-census/internal";
import { byteChunks, createXmlByteScanner, fatalFinding, resolveLimits } from "../internal";
import type { ChildRecord, CohortBuilder } from "../../records";
import { compactRecord, createCohortBuilderWith, createReturnRowsWriter, expandRecord, type ReturnRows, type ReturnRowsWriter } from "../../records/internal";
import { limitedChunks, MAX_INPUT_BYTES } from "./limits";
import type { Progress } from "./progress";

/**
 * What reading one return gave besides its records.
 *
 * @internal
 */
export interface CinFileResult {
  findings: Finding[];
  count: number;
  header: CinCensusHeader | undefined;
}

/**
 * The chunks of a file, counted into the progress bar as they are read. Reading stops with a
 * refusal (a `KinsafeError` `invalid-input`) past `maxBytes`, so that a file that grows while it
 * is read cannot make the reading grow without bound.
 *
 * @param path - The file.
 * @param progress - The progress bar.
 * @param name - The file as the user named it, for the message (default: the path).
 * @param maxBytes - The most bytes read (default {@link MAX_INPUT_BYTES}).
 * @returns An async iterable of byte chunks of 1 MiB.
 * @throws `KinsafeError` `invalid-input` past `maxBytes`.
 * @internal
 */
export async function* fileChunks(path: string, progress: Progress, name: string = path, maxBytes: number = MAX_INPUT_BYTES): AsyncGenerator<Uint8Array, void, undefined> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  for await (const bytes of limitedChunks(stream, name, maxBytes)) {
    progress.advance(bytes.length);
    yield bytes;
  }
}

/**
 * The records of one CIN census return as they are read. Findings go into `result` as they are
 * made, so they are there also when reading stops early: a problem that stops the reader (broken
 * or unsafe XML, a limit) is a finding (`…/malformed-xml`, `…/unsafe-xml`, `…/limit-exceeded`)
 * after the records read before it; the caller decides to stop.
 *
 * @param path - The file.
 * @param name - The file as named to the user (in findings).
 * @param progress - The progress bar.
 * @param result - Filled with the findings, the number of records and the header.
 * @param maxBytes - The most bytes read (default {@link MAX_INPUT_BYTES}).
 * @param take - Given each child read: true when it took the child itself (no record is made
 *   for it then; see `createCinCensusState`).
 * @returns The records.
 * @internal
 */
export async function* cinFileRecords(path: string, name: string, progress: Progress, result: CinFileResult, maxBytes: number = MAX_INPUT_BYTES, take?: (child: CinChildRead) => boolean): AsyncGenerator<ChildRecord, void, undefined> {
  const state = createCinCensusState((f) => result.findings.push(f), name, take);
  // The header as it is read (it comes before the children, so it is complete by the first record).
  result.header = state.header;
  const limits = resolveLimits(undefined);
  const scanner = createXmlByteScanner(state, limits);
  try {
    for await (const chunk of byteChunks(fileChunks(path, progress, name, maxBytes), limits)) {
      scanner.write(chunk);
      if (state.ready.length > 0) {
        const batch = state.ready.splice(0, state.ready.length);
        result.count += batch.length;
        yield* batch;
      }
    }
    scanner.end();
  } catch (error) {
    const finding = fatalFinding("cin-census", error, name);
    if (finding === undefined) throw error;
    result.findings.push(finding);
  }
  const rest = state.ready.splice(0, state.ready.length);
  result.count += rest.length;
  yield* rest;
  state.finish();
}

/**
 * Reads one CIN census return into the parts of a cohort (see {@link createPartWriter}): the
 * work of the main thread and of each read worker.
 *
 * @param path - The file.
 * @param name - The file as named to the user.
 * @param count - The number of parts.
 * @param progress - The progress bar.
 * @param emit - Receives each piece of a part.
 * @param maxBytes - The most bytes read (default {@link MAX_INPUT_BYTES}).
 * @param form - How the records are written (default `json`).
 * @returns The findings, the number of records and the header.
 * @internal
 */
export async function readIntoParts(path: string, name: string, count: number, progress: Progress, emit: (part: number, json: string) => void, maxBytes: number = MAX_INPUT_BYTES, form: RecordForm = "json"): Promise<CinFileResult> {
  const result: CinFileResult = { findings: [], count: 0, header: undefined };
  const writer = createPartWriter(count, emit, form);
  let seq = 0;
  for await (const record of cinFileRecords(path, name, progress, result, maxBytes)) writer.add(record, seq++);
  writer.flush();
  return result;
}

/**
 * Reads one CIN census return into the parts of a cohort as columns (see
 * {@link createReturnRowsWriter}): the work of each read worker handing columns. Each part's
 * rows are handed to `emit` once the file is read (a part no record went to is not).
 *
 * @param path - The file.
 * @param name - The file as named to the user.
 * @param count - The number of parts.
 * @param progress - The progress bar.
 * @param emit - Receives each part's rows.
 * @param maxBytes - The most bytes read (default {@link MAX_INPUT_BYTES}).
 * @param result - Filled with the findings, the number of children and the header as they are
 *   read (so that they are there when reading throws).
 * @returns The findings, the number of records and the header; `undefined`, as soon as it is
 *   met, for a record the rows cannot hold (not valid, or with lists a CIN census return has
 *   not): the returns must then be merged as records.
 * @internal
 */
export async function readIntoRows(path: string, name: string, count: number, progress: Progress, emit: (part: number, rows: ReturnRows) => void, maxBytes: number = MAX_INPUT_BYTES, result: CinFileResult = { findings: [], count: 0, header: undefined }): Promise<CinFileResult | undefined> {
  const writers: ReturnRowsWriter[] = Array.from({ length: count }, () => createReturnRowsWriter());
  let seq = 0;
  // Each child is written into its part's columns as it is read, with no record made. A child
  // with a list longer than a record may hold is made a record, which `add` refuses as not
  // valid: the returns are then merged as records (so no record ever follows a child taken here
  // out of order).
  const take = (child: CinChildRead): boolean => {
    if (!(writers[partOfKey(child.la, child.childId, count)] as ReturnRowsWriter).addRead(child, seq)) return false;
    seq++;
    result.count++;
    return true;
  };
  for await (const record of cinFileRecords(path, name, progress, result, maxBytes, take)) {
    if (!(writers[partOf(record, count)] as ReturnRowsWriter).add(record, seq++)) return undefined;
  }
  for (let p = 0; p < count; p++) {
    const writer = writers[p] as ReturnRowsWriter;
    if (writer.size > 0) emit(p, writer.take());
  }
  return result;
}

/**
 * Why a file could not be read, for a Node system error (`ENOENT`, `EACCES`, …); `undefined`
 * for anything else.
 *
 * @param error - What was thrown.
 * @returns The reason, or `undefined`.
 * @internal
 */
export function ioErrorReason(error: unknown): string | undefined {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string" || !/^E[A-Z]+$/.test(error.code)) return undefined;
  return error.code === "ENOENT" ? "no such file" : error.code === "EACCES" ? "permission denied" : error.message;
}

/** FNV-1a of a string's UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The part of a cohort merged in `count` parts that a child's records go to: a hash of the key
 * the cohort builder matches children on (authority and local id), so that all of a child's
 * records meet in one part.
 *
 * @param record - A child record.
 * @param count - The number of parts.
 * @returns The part, from 0.
 * @internal
 */
export function partOf(record: ChildRecord, count: number): number {
  return partOfKey(record.child.la, record.child.childId, count);
}

/** {@link partOf} for a child's authority and id. */
function partOfKey(la: string | undefined, childId: string, count: number): number {
  return hashOf(`${la ?? ""}|${childId}`) % count;
}

/**
 * How the records of the parts are written: `json`, each record as JSON (records handed back
 * keep the order of their fields); `compact`, each in the compact form of
 * {@link compactRecord} (less than half the size; the fields come back in the schema's order),
 * for the parts merged into columns, which hold no record.
 *
 * @internal
 */
export type RecordForm = "json" | "compact";

/**
 * Writes records as JSON into the parts of a cohort, in pieces of about 256 kB: each record as
 * `[seq,record]`, `seq` being its place in its file, so that findings made when the parts are
 * merged can be put back in the order a single merge would make them.
 * @internal
 */
export interface PartWriter {
  add(record: ChildRecord, seq: number): void;
  /** Hands out what is still pending. */
  flush(): void;
}

/**
 * Creates a {@link PartWriter}.
 *
 * @param count - The number of parts.
 * @param emit - Receives each piece: the part and the `[seq,record]` JSON arrays joined by commas.
 * @param form - How each record is written (default `json`).
 * @returns The writer.
 * @internal
 */
export function createPartWriter(count: number, emit: (part: number, json: string) => void, form: RecordForm = "json"): PartWriter {
  const pending: string[][] = Array.from({ length: count }, () => []);
  const lengths = new Array<number>(count).fill(0);
  const flushPart = (p: number): void => {
    const list = pending[p];
    if (list === undefined || list.length === 0) return;
    emit(p, list.join(","));
    pending[p] = [];
    lengths[p] = 0;
  };
  return {
    add(record, seq): void {
      const p = partOf(record, count);
      const json = `[${String(seq)},${JSON.stringify(form === "compact" ? compactRecord(record) : record)}]`;
      pending[p]?.push(json);
      lengths[p] = (lengths[p] ?? 0) + json.length;
      if ((lengths[p] ?? 0) > 1 << 18) flushPart(p);
    },
    flush(): void {
      for (let p = 0; p < count; p++) flushPart(p);
    },
  };
}

/**
 * A finding of the merge, with where its record was in the reading order (file, place in the
 * file, order of making), to be listed as one merge would list it.
 *
 * @internal
 */
export interface PlacedFinding {
  readonly f: number;
  readonly seq: number;
  readonly n: number;
  readonly finding: Finding;
}

/**
 * Merges one part of a cohort read in parts (see {@link createPartWriter}): the pieces of each
 * file, in the order the files were given, each file's records with its collection year. The
 * merge's findings go into `placed` with where their record was read.
 *
 * @param byFile - The part's pieces, by file.
 * @param text - A piece as the JSON text of an array of `[seq,record]`.
 * @param years - The collection year of each file.
 * @param placed - Receives the merge's findings.
 * @param form - How the records were written (default `json`).
 * @returns The builder holding the merged part.
 * @internal
 */
export function mergePart<T>(byFile: readonly (readonly T[])[], text: (piece: T) => string, years: readonly number[], placed: PlacedFinding[], form: RecordForm = "json"): CohortBuilder {
  let at = { f: 0, seq: 0 };
  const builder = createCohortBuilderWith({ matchBy: "child-id" }, true, (finding) => placed.push({ ...at, n: placed.length, finding }));
  for (let f = 0; f < byFile.length; f++) {
    const year = years[f] ?? 0;
    for (const piece of byFile[f] ?? []) {
      for (const [seq, record] of JSON.parse(text(piece)) as [number, unknown][]) {
        at = { f, seq };
        builder.add(form === "compact" ? expandRecord(record) : (record as ChildRecord), { year });
      }
    }
  }
  return builder;
}
