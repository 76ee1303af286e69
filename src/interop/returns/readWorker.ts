// A worker thread of `readReturns` (`threads` > 1; `kinsafe metrics --threads N`): reads the CIN census returns it is given and
// writes their records as JSON into the parts of the cohort (see cinParts.ts), which the main
// thread merges. Messages to the main thread, in order: `progress` (bytes read), `chunk` (a piece
// of a part, for one file), `file` (a file's findings, record count and header, when it is read),
// and `done`; or `input-error` when a file cannot be read (a system error, a limit, anything
// thrown while reading it: the message names the file).
import { parentPort, workerData } from "node:worker_threads";
import { readIntoParts, type CinFileResult } from "./cinParts";
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
  | { readonly type: "done" }
  | { readonly type: "input-error"; readonly message: string };

const port = parentPort;
if (port !== null) {
  const data = workerData as ReadWorkerData;
  const post = (m: ReadWorkerMessage): void => {
    port.postMessage(m);
  };
  const progress = { advance: (bytes: number) => post({ type: "progress", bytes }), label: () => undefined, done: () => undefined };
  let current = "";
  try {
    for (const f of data.files) {
      current = f.name;
      const result = await readIntoParts(f.path, f.name, data.parts, progress, (part, json) => post({ type: "chunk", file: f.index, part, json }), data.maxBytes);
      post({ type: "file", file: f.index, result });
    }
    post({ type: "done" });
  } catch (error) {
    // Whatever stops the reading of a file is a refusal naming it, as in the main thread.
    post({ type: "input-error", message: readingError(current, error).message.replace(/^\[kinsafe\] /, "") });
  }
}
