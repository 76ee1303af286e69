import type { ChildRecord } from "../../records";
import { checkReaderOptions, createXmlByteScanner, fatalFinding, resolveLimits, byteChunks, type ReaderInput } from "../internal";
import type { CinCensusFinding, CinCensusRead, ReadCinCensusOptions } from "./CinCensus";
import { createCinCensusState } from "./cinCensusHandler";

/**
 * Reads a CIN census return (XML, any shape since 2016-17) into canonical child records, the
 * header, and a finding for everything that could not be read. It never throws for bad input and
 * never drops a record silently: a value it cannot read is left out with a
 * `cin-census/invalid-value` finding naming the child (`childId`), the element and its line and
 * column; a child with no `LAchildID` is reported with `cin-census/child-without-id`; broken or
 * unsafe XML stops reading with a `cin-census/malformed-xml` or `cin-census/unsafe-xml` finding
 * and the records read until then.
 *
 * Values are normalised: `GenderCurrent` 1/2/0/9 and `Sex` M/F/U become `sex` M/F/U; the six
 * yes/no spellings become booleans; `PreProceedingsandFGDM` becomes a care proceedings record
 * (pre-proceedings start, court application date). Episodes get ids from their referral date
 * (`cin-2024-05-01`), so that the same episode has the same id in every year's return.
 *
 * @param input - The XML: a string, bytes, a Node or web stream, or an (async) iterable of chunks.
 * @param options - A file name for findings, a finding callback, limits.
 * @returns The header, the records in file order and the findings.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `input` is not text,
 *   bytes, a stream or an iterable of text or byte chunks, or an option is of the wrong kind (a
 *   programmer error; bad content is reported as findings).
 *
 * A value given twice where one is expected is reported (`cin-census/repeated-element`,
 * `cin-census/repeated-header`) and the last is kept; an element the census does not define is
 * skipped with a `cin-census/unknown-element` finding, an error naming the child (its
 * `LAchildID`) when it stands where a `Child` should (a mistyped `<Chlid>`). An `LAchildID` with
 * a control character is refused like any other invalid id. The result is the same however the
 * input is cut into chunks.
 *
 * @example
 * {@includeCode ../../../tests/interop/cinCensus.test.ts#docs-example}
 *
 * @example
 * A mistyped `Child` element: the child is reported by its id.
 * {@includeCode ../../../tests/interop/repeatedValues.test.ts#mistyped-child}
 *
 * @category CIN census
 */
export async function readCinCensus(input: ReaderInput, options: ReadCinCensusOptions = {}): Promise<CinCensusRead> {
  checkReaderOptions(options);
  const limits = resolveLimits(options.limits);
  const findings: CinCensusFinding[] = [];
  const onFinding = options.onFinding;
  const emit = (f: CinCensusFinding): void => {
    findings.push(f);
    onFinding?.(f);
  };
  const state = createCinCensusState(emit, options.file);
  const scanner = createXmlByteScanner(state, limits);
  const records: ChildRecord[] = [];
  try {
    for await (const chunk of byteChunks(input, limits)) {
      scanner.write(chunk);
      for (const r of state.ready) records.push(r);
      state.ready.length = 0;
    }
    scanner.end();
  } catch (error) {
    const finding = fatalFinding("cin-census", error, options.file);
    if (finding === undefined) throw error;
    emit(finding);
  }
  for (const r of state.ready) records.push(r);
  state.ready.length = 0;
  state.finish();
  return { header: state.header, records, findings, childrenInFile: state.childrenInFile, childrenRead: state.childrenRead };
}
