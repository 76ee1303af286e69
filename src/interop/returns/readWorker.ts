// A worker thread of `readReturns` (`threads` > 1; `kinsafe metrics --threads N`): reads the CIN
// census returns it is given into the parts of the cohort (see cinParts.ts).
//
// Handing records (`mode` "records"): it writes their records as JSON into the parts, and the
// main thread merges the parts. Messages to it, in order: `progress` (bytes read), `chunk` (a
// piece of a part, for one file), `file` (a file's findings, record count and header, when it
// is read), and `done`; or `input-error` when a file cannot be read (a system error, a limit,
// anything thrown while reading it: the message names the file).
//
// Handing columns (`mode` "columns"): each thread owns the parts `part % threads === worker`
// and merges them itself, with no record made but the one the reader hands over. While reading,
// it writes every record into the columns of its part (records/returnRows.ts); at the end of
// each file it keeps the rows of its own parts and transfers the others (their buffers, no copy)
// to their owner through a port to each other thread, ending each port with `end`. It then says
// `read` to the main thread, which answers `merge` with the collection year of every file once
// all are read. The thread says `checked`, then hands back each part merged as columns (`part`:
// the typed arrays transferred, not copied) with the merge's findings, then `done`. A record the
// columns cannot hold (one that is not valid, say) makes `read` say `fallback` at once, and
// so does a part that could merge into a list longer than a record may hold, at `checked`:
// the main thread then merges the returns as records, so that such a record is reported as the
// record path reports it.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { columnBuffers, mayOverflow, mergeReturnRows, type ColumnPart, type ReturnRows } from "../../records/internal";
import type { CohortFinding } from "../../records";
import { readIntoParts, readIntoRows, type CinFileResult, type PlacedFinding, type RecordForm } from "./cinParts";
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
  | { readonly type: "read"; readonly fallback?: true }
  | { readonly type: "checked"; readonly fallback?: true }
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

type PeerMessage = { readonly type: "rows"; readonly file: number; readonly part: number; readonly rows: ReturnRows } | { readonly type: "end" };

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

/** Reads the files, exchanges rows with the other threads, merges this thread's parts and hands them back as columns. */
async function handColumns(data: ReadWorkerData, post: (m: ReadWorkerMessage, transfer?: ArrayBuffer[]) => void, progress: { advance: (bytes: number) => void; label: () => undefined; done: () => undefined }, reading: (name: string) => void): Promise<void> {
  const threads = data.threads ?? 1;
  const me = data.worker ?? 0;
  const fileCount = data.fileCount ?? data.files.length;
  const peers = data.peers ?? [];
  const owned = (part: number): boolean => part % threads === me;
  // rows[part][file]: the records of this thread's parts as columns.
  const rows: ReturnRows[][][] = Array.from({ length: data.parts }, (_, p) => (owned(p) ? Array.from({ length: fileCount }, () => []) : []));
  const keep = (file: number, part: number, r: ReturnRows): void => {
    rows[part]?.[file]?.push(r);
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
      if (m.type === "rows") keep(m.file, m.part, m.rows);
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
    const result = await readIntoRows(
      f.path,
      f.name,
      data.parts,
      progress,
      (part, r) => {
        if (owned(part)) keep(f.index, part, r);
        else peers[part % threads]?.postMessage({ type: "rows", file: f.index, part, rows: r } satisfies PeerMessage, [...columnBuffers(r.data), r.seq.buffer as ArrayBuffer]);
      },
      data.maxBytes,
    );
    if (result === undefined) {
      post({ type: "read", fallback: true });
      return;
    }
    post({ type: "file", file: f.index, result });
  }
  reading("");
  for (const peer of others) peer.postMessage({ type: "end" } satisfies PeerMessage);
  post({ type: "read" });
  while (ended < others.length || years === undefined) await new Promise<void>((resolve) => (wake = resolve));
  parentPort?.removeAllListeners("message");

  for (let p = me; p < data.parts; p += threads) {
    if (mayOverflow(rows[p] ?? [])) {
      post({ type: "checked", fallback: true });
      return;
    }
  }
  post({ type: "checked" });
  const yearOf = years;
  for (let p = me; p < data.parts; p += threads) {
    const findings: PlacedFinding[] = [];
    const merged = mergeReturnRows(rows[p] ?? [], yearOf, (finding, f, seq) => findings.push({ f, seq, n: findings.length, finding }));
    rows[p] = [];
    post({ type: "part", part: p, columns: merged.part, findings, episodeFindings: merged.episodeFindings }, columnBuffers(merged.part.data));
  }
}
