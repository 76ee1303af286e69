import type { ChildRecord } from "../../records";
import type { CinCensusHeader } from "./CinCensus";
import { checkWriterRecords } from "../internal";
import { CIN_CENSUS_TAIL, cinCensusHead, cinChildXml, cinWriteSettings, type WriteCinCensusOptions } from "./cinCensusXml";

/**
 * Writes a CIN census return (XML) from canonical child records, in the element order of the
 * DfE schema. Reading the result with `readCinCensus` gives the same records back (round trip).
 * Children with no CIN episode are left out (the census needs at least one `CINdetails`; each is
 * reported to `options.onFinding`). For very large authorities use
 * {@link writeCinCensusStream}, which never builds the whole file.
 *
 * @param records - The children to write.
 * @param header - The return's header: LA code, reference date, and optionally the software.
 * @param options - Which sex element to write, which episodes to include.
 * @returns The XML text.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `records` is not an array of child records, or `header` or `options` is not an object.
 *
 * @example
 * {@includeCode ../../../tests/interop/cinCensus.test.ts#write}
 *
 * @category CIN census
 */
export function writeCinCensus(records: readonly ChildRecord[], header: CinCensusHeader, options: WriteCinCensusOptions = {}): string {
  checkWriterRecords(records, "writeCinCensus");
  const settings = cinWriteSettings(header, options);
  const parts: string[] = [cinCensusHead(header)];
  for (const record of records) {
    const xml = cinChildXml(record, settings);
    if (xml !== undefined) parts.push(xml);
  }
  parts.push(CIN_CENSUS_TAIL);
  return parts.join("");
}
