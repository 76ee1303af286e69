import { openNodeFile } from "../internal";
import { readWorkforceCensus } from "./readWorkforceCensus";
import type { ReadWorkforceCensusOptions, WorkforceCensusRead } from "./WorkforceCensus";

/**
 * Reads a workforce census file from disk. **Node.js only**: `node:fs` is imported when this is
 * called, never at module load (in a browser pass `file.stream()` to {@link readWorkforceCensus}).
 * A file that cannot be opened rejects with Node's own error.
 *
 * @param path - The path of the XML file.
 * @param options - As for {@link readWorkforceCensus}; `file` defaults to `path`.
 * @returns What {@link readWorkforceCensus} returns.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when not running on Node.js.
 *
 * @example
 * {@includeCode ../../../tests/interop/workforce.test.ts#file}
 *
 * @category Workforce
 */
export async function readWorkforceCensusFile(path: string, options: ReadWorkforceCensusOptions = {}): Promise<WorkforceCensusRead> {
  return readWorkforceCensus(await openNodeFile(path), { file: path, ...options });
}
