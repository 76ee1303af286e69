import { KinsafeError } from "../../core";
import type { ChildRecord } from "../../records";
import type { CinCensusHeader } from "./CinCensus";
import { CIN_CENSUS_TAIL, cinCensusHead, cinChildXml, cinWriteSettings, type WriteCinCensusOptions } from "./cinCensusXml";

/**
 * Writes a CIN census return as a stream of text chunks (about 64 KiB each), from records given
 * one at a time, so that the return of a very large authority never has to be held in memory.
 * Pipe the chunks to a file (`Readable.from(chunks).pipe(createWriteStream(path))`) or a web
 * `WritableStream`. The text is the same as {@link writeCinCensus} gives.
 *
 * @param records - The children, as an array, a generator or an async iterable.
 * @param header - The return's header.
 * @param options - As for {@link writeCinCensus}.
 * @returns An async generator of XML text chunks.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument`, on the first chunk, when `records` is not an iterable of child records, or `header` or `options` is not an object.
 *
 * @example
 * {@includeCode ../../../tests/interop/cinCensus.test.ts#write-stream}
 *
 * @category CIN census
 */
export async function* writeCinCensusStream(
  records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>,
  header: CinCensusHeader,
  options: WriteCinCensusOptions = {},
): AsyncGenerator<string, void, undefined> {
  if (typeof records !== "object" || records === null || (typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function" && typeof (records as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== "function")) {
    throw new KinsafeError("invalid-argument", `writeCinCensusStream takes an iterable of child records; received ${records === null ? "null" : typeof records}.`);
  }
  const settings = cinWriteSettings(header, options);
  let pending: string[] = [cinCensusHead(header)];
  let size = 0;
  for await (const record of records) {
    const xml = cinChildXml(record, settings);
    if (xml === undefined) continue;
    pending.push(xml);
    size += xml.length;
    if (size >= 65_536) {
      yield pending.join("");
      pending = [];
      size = 0;
    }
  }
  pending.push(CIN_CENSUS_TAIL);
  yield pending.join("");
}
