import type { Finding, IsoDate } from "../../core";
import type { WorkforceInput } from "../../metrics";
import type { ReaderLimits } from "../internal";
import type { WorkforceFindingCode } from "./findingCodes";

/**
 * The header and local-authority-level counts of a workforce census return.
 *
 * @category Workforce
 */
export interface WorkforceCensusHeader {
  /** `LEA`: the local authority's three-digit code. */
  readonly la?: string;
  /** `Year`. */
  readonly collectionYear?: number;
  /** `ReferenceDate`: 30 September. */
  readonly referenceDate?: IsoDate;
  /** `NumberOfVacancies` (FTE). */
  readonly vacancyFte?: number;
  /**
   * `NoAgencyFTE`: agency workers covering vacancies (FTE), the item DfE publishes as "agency
   * workers covering vacancies" (the agency workers themselves are the `CSWWWorker`s with
   * `AgencyWorker` 1).
   */
  readonly agencyCoverFte?: number;
  /** `NoAgencyHeadcount`: agency workers covering vacancies (headcount). */
  readonly agencyCoverHeadcount?: number;
  /** @deprecated The same value as {@link WorkforceCensusHeader.agencyCoverFte}, which names it for what it is. */
  readonly agencyFte?: number;
  /** @deprecated The same value as {@link WorkforceCensusHeader.agencyCoverHeadcount}. */
  readonly agencyHeadcount?: number;
}

/**
 * A workforce census finding; `params` carry `workerId` (the `SWENo`), `element`, `value`,
 * `line` and `column` where they apply.
 *
 * @category Workforce
 */
export type WorkforceFinding = Finding<WorkforceFindingCode>;

/**
 * Options of `readWorkforceCensus`.
 *
 * @category Workforce
 */
export interface ReadWorkforceCensusOptions {
  /** A name for the input, added to every finding as `file`. */
  readonly file?: string;
  /** The reference date to use when the file has none. */
  readonly referenceDate?: IsoDate;
  /** Limits that protect against hostile or broken files. */
  readonly limits?: ReaderLimits;
}

/**
 * What `readWorkforceCensus` returns.
 *
 * @category Workforce
 */
export interface WorkforceCensusRead {
  readonly header: WorkforceCensusHeader;
  /** The metrics engine's workforce input (worker level); absent only when there is no reference date. */
  readonly input?: WorkforceInput;
  readonly findings: readonly WorkforceFinding[];
  /** `CSWWWorker` elements in the file. */
  readonly workersInFile: number;
  /** Workers in `input` (the rest are reported in `workforce/worker-dropped` findings). */
  readonly workersRead: number;
}
