import type { Finding } from "../core";
import type { ChildRecord } from "./ChildRecord";

/**
 * Where a child record came from: the collection year (the year of the 31 March that ends it)
 * and, when several authorities are combined, the authority. A later year's version of an
 * episode replaces an earlier year's.
 *
 * @category CIN census
 */
export interface CohortSource {
  /** The year of the 31 March that ends the collection (2025 for 2024-25). */
  readonly year: number;
  /** The authority's three-digit code; defaults to the record's `child.la`. */
  readonly la?: string;
}

/**
 * One return to merge: its records and where they came from.
 *
 * @category CIN census
 */
export interface CohortReturn extends CohortSource {
  readonly records: Iterable<ChildRecord>;
}

/**
 * Options of `mergeCohorts` and `createCohortBuilder`.
 *
 * @category CIN census
 */
export interface CohortOptions {
  /**
   * How children are matched across returns: `child-id` (default) by authority and local id
   * (`LAchildID`, SSDA903 `CHILD`); `upn` by Unique Pupil Number where both records have one
   * (which also matches a child across authorities), else by authority and local id.
   */
  readonly matchBy?: "child-id" | "upn";
}

/**
 * The codes of the findings a merge of returns can make (all warnings; the merge goes on):
 *
 * - `cin-census/conflicting-details`: a date of birth or sex that differs between returns
 *   (params `childId`, `element`, `value`, `previous`, `year`); the latest return's is kept.
 * - `cin-census/episode-not-in-next-return`: an episode open at one return's reference date
 *   (31 March of its collection year) is not in the next return of its kind and authority: a
 *   CIN episode (`element` `cinEpisodes`) in the next CIN census return, a looked-after episode
 *   (`element` `lookedAfterEpisodes`) in the next SSDA903 return. Params `childId`, `la` (when
 *   known), `element`, `startDate` (the referral date or `DECOM`), `referenceDate`, `year` (the
 *   return that has it open) and `nextYear` (the return that lacks it). The episode is kept as
 *   the earlier return has it, open: its end is not known, so every figure after the reference
 *   date counts it as open. An episode open at 31 March is reported again by the next return
 *   (the CIN census and SSDA903 returns both hold every episode open at some time in their
 *   collection year), so its absence is an error in one of the two returns (a changed referral
 *   date, a child left out).
 *
 * The next return of a kind is the first later collection year with a return of that kind for
 * the authority, where a return of the kind is one whose records hold at least one episode of
 * that kind (a year with no return is skipped, not counted as lacking every episode).
 *
 * @example
 * {@includeCode ../../tests/records/cohort/episodeNotInNextReturn.test.ts#episode-not-in-next-return}
 *
 * @category CIN census
 */
export type CohortFindingCode = "cin-census/conflicting-details" | "cin-census/episode-not-in-next-return";

/**
 * A finding of a merge of returns (see {@link CohortFindingCode}).
 *
 * @example
 * {@includeCode ../../tests/records/cohort/episodeNotInNextReturn.test.ts#episode-not-in-next-return}
 *
 * @category CIN census
 */
export type CohortFinding = Finding<CohortFindingCode>;

/**
 * The merged cohort: one record per child, and findings about conflicts between returns.
 *
 * @category CIN census
 */
export interface Cohort {
  /** One record per child, in the order children were first seen; every array in date order. */
  readonly records: readonly ChildRecord[];
  /**
   * Warnings (see {@link CohortFindingCode}): `cin-census/conflicting-details` in the order the
   * records were added, then `cin-census/episode-not-in-next-return` by return, child and
   * episode.
   */
  readonly findings: readonly CohortFinding[];
}

/**
 * Builds a cohort one record at a time (see `createCohortBuilder`).
 *
 * @category CIN census
 */
export interface CohortBuilder {
  /** Adds one child record from a return. The record is not changed. */
  add(record: ChildRecord, source: CohortSource): void;
  /** The cohort so far. The builder can go on being used. */
  build(): Cohort;
  /**
   * The merged records so far, one at a time, in the order children were first seen. Each
   * record is made as it is reached and not kept, so a cohort of many years can be handed to
   * `createCoreDataSetAccumulator` without holding every record as objects at once (`build`
   * makes them all).
   */
  records(): IterableIterator<ChildRecord>;
  /**
   * The findings so far (`build().findings` without making the records). Whether an episode is
   * missing from the next return is known only once that return has been added, so
   * `cin-census/episode-not-in-next-return` findings are worked out at each call from the
   * returns added so far.
   */
  findings(): readonly CohortFinding[];
}
