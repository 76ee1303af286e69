// A worker thread of `kinsafe metrics --threads N`: reads the CIN census returns it is given and
// writes their records as JSON into the parts of the cohort (see cinParts.ts), which the main
// thread merges. Messages to the main thread, in order: `progress` (bytes read), `chunk` (a piece
// of a part, for one file), `file` (a file's findings, record count and header, when it is read),
// and `done`; or `error` when something other than the file's content went wrong.
import { parentPort, workerData } from "node:worker_threads";
import { ioErrorReason, readIntoParts, type CinFileResult } from "./cinParts";

/** What the main thread gives a read worker. */
export interface ReadWorkerData {
  readonly files: readonly { readonly index: number; readonly path: string; readonly name: string }[];
  readonly parts: number;
}

/** A message from a read worker. */
export type ReadWorkerMessage =
  | { readonly type: "progress"; readonly bytes: number }
  | { readonly type: "chunk"; readonly file: number; readonly part: number; readonly json: string }
  | { readonly type: "file"; readonly file: number; readonly result: CinFileResult }
  | { readonly type: "done" }
  | { readonly type: "io-error"; readonly file: string; readonly reason: string }
  | { readonly type: "error"; readonly message: string };

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
      const result = await readIntoParts(f.path, f.name, data.parts, progress, (part, json) => post({ type: "chunk", file: f.index, part, json }));
      post({ type: "file", file: f.index, result });
    }
    post({ type: "done" });
  } catch (error) {
    const reason = ioErrorReason(error);
    if (reason !== undefined) post({ type: "io-error", file: current, reason });
    else post({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
