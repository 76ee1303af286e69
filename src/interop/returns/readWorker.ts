// A worker thread of `readReturns` (`threads` > 1; `kinsafe metrics --threads N`): reads the CIN
// census returns it is given and writes their records as JSON into the parts of the cohort (see
// cinParts.ts).
//
// Handing records (`mode` "records"): the main thread merges the parts. Messages to it, in
// order: `progress` (bytes read), `chunk` (a piece of a part, for one file), `file` (a file's
// findings, record count and header, when it is read), and `done`; or `input-error` when a file
// cannot be read (a system error, a limit, anything thrown while reading it: the message names
// the file).
//
// Handing columns (`mode` "columns"): each thread owns the parts `part % threads === worker`
// and merges them itself. While reading, it writes every record as JSON (in the compact form of
// records/recordCodec.ts) into the pieces of its part, as UTF-8 bytes outside the JavaScript
// heap; it keeps the pieces of its own parts and transfers the others (no copy) to their owner
// through a port to each other thread, ending each port with `end`; it then says `read` to the
// main thread, which answers `merge` with the collection year of every file once all are read.
// Each part merged is handed back as columns (`part`: the typed arrays transferred, not copied)
// with the merge's findings, then `done`.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { createColumnPartBuilder, columnBuffers, type ColumnPart } from "../../records/internal";
import type { CohortFinding } from "../../records";
import { mergePart, readIntoParts, type CinFileResult, type PlacedFinding, type RecordForm } from "./cinParts";
import { readingError } from "./limits";

/**
 * What the main thread gives a read worker.
 *
 * @internal
 */
export interface ReadWorkerData {
  readonly files: readonly { readonly index: number; readonly path: string; readonly name: string }[];
  readonly parts: number;
  /** The most bytes read from one file. */
  readonly maxBytes: number;
  /** What the thread hands back (default `records`). */
  readonly mode?: "records" | "columns";
  /** Records: how they are written (default `json`; the columns mode writes them `compact`). */
  readonly form?: RecordForm;
  /** Columns: this thread's number, the number of threads, the files in all, and a port to each other thread (by its number). */
  readonly worker?: number;
  readonly threads?: number;
  readonly fileCount?: number;
  readonly peers?: readonly (MessagePort | undefined)[];
}

/**
 * A message from a read worker.
 *
 * @internal
 */
export type ReadWorkerMessage =
  | { readonly type: "progress"; readonly bytes: number }
  | { readonly type: "chunk"; readonly file: number; readonly part: number; readonly json: string }
  | { readonly type: "file"; readonly file: number; readonly result: CinFileResult }
  | { readonly type: "read" }
  | { readonly type: "part"; readonly part: number; readonly columns: ColumnPart; readonly findings: readonly PlacedFinding[]; readonly episodeFindings: readonly CohortFinding[] }
  | { readonly type: "done" }
  | { readonly type: "input-error"; readonly message: string };

/**
 * A message from the main thread to a read worker handing columns.
 *
 * @internal
 */
export interface MergeMessage {
  readonly type: "merge";
  /** The collection year of each file, by its index. */
  readonly years: readonly number[];
}

type PeerMessage = { readonly type: "chunk"; readonly file: number; readonly part: number; readonly bytes: Uint8Array } | { readonly type: "end" };

const port = parentPort;
if (port !== null) {
  const data = workerData as ReadWorkerData;
  const post = (m: ReadWorkerMessage, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(m, transfer);
  };
  const progress = { advance: (bytes: number) => post({ type: "progress", bytes }), label: () => undefined, done: () => undefined };
  let current = "";
  try {
    if (data.mode === "columns") await handColumns(data, post, progress, (name) => (current = name));
    else {
      for (const f of data.files) {
        current = f.name;
        const result = await readIntoParts(f.path, f.name, data.parts, progress, (part, json) => post({ type: "chunk", file: f.index, part, json }), data.maxBytes, data.form);
        post({ type: "file", file: f.index, result });
      }
    }
    post({ type: "done" });
  } catch (error) {
    // Whatever stops the reading of a file is a refusal naming it, as in the main thread.
    post({ type: "input-error", message: readingError(current, error).message.replace(/^\[kinsafe\] /, "") });
  }
}

/** Reads the files, exchanges pieces with the other threads, merges this thread's parts and hands them back as columns. */
async function handColumns(data: ReadWorkerData, post: (m: ReadWorkerMessage, transfer?: ArrayBuffer[]) => void, progress: { advance: (bytes: number) => void; label: () => undefined; done: () => undefined }, reading: (name: string) => void): Promise<void> {
  const threads = data.threads ?? 1;
  const me = data.worker ?? 0;
  const fileCount = data.fileCount ?? data.files.length;
  const peers = data.peers ?? [];
  const owned = (part: number): boolean => part % threads === me;
  // pieces[part][file]: the records of this thread's parts as JSON, in pieces of UTF-8 bytes:
  // held outside the JavaScript heap (the garbage collector neither marks them nor grows the
  // heap for them), and handed from thread to thread without a copy.
  const pieces: Uint8Array[][][] = Array.from({ length: data.parts }, (_, p) => (owned(p) ? Array.from({ length: fileCount }, () => []) : []));
  const keep = (file: number, part: number, bytes: Uint8Array): void => {
    pieces[part]?.[file]?.push(bytes);
  };
  let ended = 0;
  let years: readonly number[] | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const others = peers.filter((p): p is MessagePort => p !== undefined);
  for (const peer of others) {
    peer.on("message", (m: PeerMessage) => {
      if (m.type === "chunk") keep(m.file, m.part, m.bytes);
      else {
        // Nothing more comes from this thread; the port must not keep this one alive (it is not
        // closed: closing could drop what this thread sent and the other has yet to receive).
        ended++;
        peer.unref();
        notify();
      }
    });
  }
  parentPort?.on("message", (m: MergeMessage) => {
    if (m.type === "merge") {
      years = m.years;
      notify();
    }
  });

  for (const f of data.files) {
    reading(f.name);
    const result = await readIntoParts(
      f.path,
      f.name,
      data.parts,
      progress,
      (part, json) => {
        // A buffer of its own (never one of Node's pooled ones), so that it can be transferred.
        const text = `[${json}]`;
        const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, "utf8"));
        bytes.write(text, "utf8");
        if (owned(part)) keep(f.index, part, bytes);
        else peers[part % threads]?.postMessage({ type: "chunk", file: f.index, part, bytes } satisfies PeerMessage, [bytes.buffer]);
      },
      data.maxBytes,
      "compact",
    );
    post({ type: "file", file: f.index, result });
  }
  reading("");
  for (const peer of others) peer.postMessage({ type: "end" } satisfies PeerMessage);
  post({ type: "read" });
  while (ended < others.length || years === undefined) await new Promise<void>((resolve) => (wake = resolve));
  parentPort?.removeAllListeners("message");

  const yearOf = years;
  for (let p = me; p < data.parts; p += threads) {
    const findings: PlacedFinding[] = [];
    const builder = mergePart(pieces[p] ?? [], (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), yearOf, findings, "compact");
    pieces[p] = [];
    const columns = createColumnPartBuilder();
    for (const record of builder.records()) columns.add(record);
    const part = columns.take();
    const episodeFindings = builder.findings().filter((finding) => finding.code === "cin-census/episode-not-in-next-return");
    post({ type: "part", part: p, columns: part, findings, episodeFindings }, columnBuffers(part.data));
  }
}
