import type { ChildRecord } from "../../records";
import { checkReaderOptions, createXmlByteScanner, fatalError, resolveLimits, byteChunks, type ReaderInput } from "../internal";
import type { CinCensusFinding, CinCensusSummary, ReadCinCensusOptions } from "./CinCensus";
import { createCinCensusState } from "./cinCensusHandler";

/**
 * Reads a CIN census return as a stream: yields each child's canonical record as soon as its
 * `</Child>` has been read, so that a file of any size can be handed to the metrics accumulator
 * without holding it in memory (memory stays at one chunk plus one child). When every record
 * has been yielded, the generator returns the header and the findings.
 *
 * Reads every shape since 2016-17: `GenderCurrent` (1/2/0/9) and `Sex` (M/F/U), CIN plan dates,
 * the pre-proceedings block, all six spellings of yes/no. Safe on hostile input: document type
 * declarations and unknown entities are refused, and the sizes in `options.limits` are enforced.
 *
 * @param input - The XML: a string, bytes, a Node or web stream, or an (async) iterable of chunks.
 * @param options - A file name for findings, a finding callback, limits.
 * @returns An async generator of child records that returns a {@link CinCensusSummary}.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-input` when reading must stop: the XML is
 *   broken, unsafe (a DTD, an undefined entity) or over a limit; the message gives the line and
 *   column. Records yielded before that stay valid. (`readCinCensus` reports this as a finding.)
 *   Also `invalid-argument` when `input` is not text, bytes, a stream or an iterable of chunks, or
 *   an option is of the wrong kind. Records and errors are the same however the input is cut.
 *
 * @example
 * {@includeCode ../../../tests/interop/cinCensus.test.ts#stream}
 *
 * @category CIN census
 */
export async function* streamCinCensus(input: ReaderInput, options: ReadCinCensusOptions = {}): AsyncGenerator<ChildRecord, CinCensusSummary, undefined> {
  checkReaderOptions(options);
  const limits = resolveLimits(options.limits);
  const findings: CinCensusFinding[] = [];
  const onFinding = options.onFinding;
  const state = createCinCensusState((f) => {
    findings.push(f);
    onFinding?.(f);
  }, options.file);
  const scanner = createXmlByteScanner(state, limits);
  try {
    for await (const chunk of byteChunks(input, limits)) {
      scanner.write(chunk);
      if (state.ready.length > 0) {
        const batch = state.ready.splice(0, state.ready.length);
        for (const record of batch) yield record;
      }
    }
    scanner.end();
  } catch (error) {
    const fatal = fatalError(`CIN census${options.file === undefined ? "" : ` ${options.file}`}`, error);
    // Children completed before the problem are still handed out.
    for (const record of state.ready.splice(0, state.ready.length)) yield record;
    throw fatal;
  }
  for (const record of state.ready.splice(0, state.ready.length)) yield record;
  state.finish();
  return { header: state.header, findings, childrenInFile: state.childrenInFile, childrenRead: state.childrenRead };
}
