import { KinsafeError } from "../../core";

interface NodeFs {
  createReadStream(path: string, options: { highWaterMark: number }): AsyncIterable<Uint8Array>;
}

/**
 * Opens a file as an async iterable of byte chunks, with Node's `fs`. Node only: `node:fs` is
 * imported when this is first called, never at module load, so the entries stay usable in
 * browsers as long as this is not called.
 *
 * @internal
 */
export async function openNodeFile(path: string): Promise<AsyncIterable<Uint8Array>> {
  // A variable specifier keeps bundlers from resolving node:fs for browser builds.
  const specifier = "node:fs";
  let fs: NodeFs;
  try {
    fs = (await import(/* @vite-ignore */ specifier)) as NodeFs;
  } catch {
    throw new KinsafeError("invalid-argument", "Reading a file by its path needs Node.js; in a browser pass file.stream() instead.");
  }
  return fs.createReadStream(path, { highWaterMark: 1 << 20 });
}
