import type { ChildRecord } from "../../metrics";
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
