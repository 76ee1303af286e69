import type { Finding, IsoDate } from "../../core";
import type { ChildRecord } from "../../records";
import type { ReaderLimits } from "../internal";
import type { CinCensusFindingCode } from "./findingCodes";

/**
 * The header of a CIN census return (`Message/Header`).
 *
 * @category CIN census
 */
export interface CinCensusHeader {
  /** `LEA`: the local authority's three-digit code. */
  readonly la?: string;
  /** `Year`: the collection year as the file states it (the fakes are not consistent: prefer `referenceDate`). */
  readonly collectionYear?: number;
  /** `ReferenceDate`: the census date, 31 March of the year the collection ends. */
  readonly referenceDate?: IsoDate;
  /** `SoftwareCode`: the case management system that produced the file. */
  readonly softwareCode?: string;
  /** `Release`: its version. */
  readonly release?: string;
  /** `SerialNo`. */
  readonly serialNo?: string;
  /** `DateTime`: when the file was produced, as written. */
  readonly dateTime?: string;
}

/**
 * A CIN census finding: `params` carry `childId` (the `LAchildID`, when known), `element`,
 * `value`, `line` and `column` where they apply.
 *
 * @category CIN census
 */
export type CinCensusFinding = Finding<CinCensusFindingCode>;

/**
 * Options of `readCinCensus` and `streamCinCensus`.
 *
 * @category CIN census
 */
export interface ReadCinCensusOptions {
  /** A name for the input (e.g. the file name), added to every finding as `file`. */
  readonly file?: string;
  /** Called with each finding as soon as it is made, e.g. to show progress. */
  readonly onFinding?: (finding: CinCensusFinding) => void;
  /** Limits that protect against hostile or broken files (sizes, depth). */
  readonly limits?: ReaderLimits;
}

/**
 * What `streamCinCensus` returns when it has yielded every record.
 *
 * @category CIN census
 */
export interface CinCensusSummary {
  /** The header, as far as it could be read. */
  readonly header: CinCensusHeader;
  /** Every finding, in file order. */
  readonly findings: readonly CinCensusFinding[];
  /** How many `Child` elements the file has. */
  readonly childrenInFile: number;
  /** How many child records were yielded (the rest are reported in `cin-census/child-without-id` findings). */
  readonly childrenRead: number;
}

/**
 * What `readCinCensus` returns: the header, one canonical record per child, and a finding for
 * everything that could not be read.
 *
 * @category CIN census
 */
export interface CinCensusRead extends CinCensusSummary {
  /** One record per `Child`, in file order. Each child's episodes are in referral date order. */
  readonly records: readonly ChildRecord[];
}
