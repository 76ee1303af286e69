import { openNodeFile } from "../internal";
import type { CinCensusRead, ReadCinCensusOptions } from "./CinCensus";
import { readCinCensus } from "./readCinCensus";

/**
 * Reads a CIN census file from disk, in chunks of 1 MiB. **Node.js only**: it imports
 * `node:fs` when called (never at module load, so the `kinsafe/cin-census` entry still works in
 * browsers, where you pass `file.stream()` to {@link readCinCensus} instead). A file that cannot
 * be opened rejects with Node's own error (e.g. `ENOENT`).
 *
 * @param path - The path of the XML file.
 * @param options - As for {@link readCinCensus}; `file` defaults to `path`.
 * @returns The header, the records and the findings, as {@link readCinCensus} returns them.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when not running on Node.js.
 *
 * @example
 * {@includeCode ../../../tests/interop/cinCensus.test.ts#file}
 *
 * @category CIN census
 */
export async function readCinCensusFile(path: string, options: ReadCinCensusOptions = {}): Promise<CinCensusRead> {
  return readCinCensus(await openNodeFile(path), { file: path, ...options });
}
