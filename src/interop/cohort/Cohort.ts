import type { Finding } from "../../core";
import type { ChildRecord } from "../../metrics";

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
 * The merged cohort: one record per child, and findings about conflicts between returns.
 *
 * @category CIN census
 */
export interface Cohort {
  /** One record per child, in the order children were first seen; every array in date order. */
  readonly records: readonly ChildRecord[];
  /** `cin-census/conflicting-details` warnings (e.g. a date of birth that differs between returns). */
  readonly findings: readonly Finding<"cin-census/conflicting-details">[];
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
  /** The findings so far (`build().findings` without making the records). */
  findings(): readonly Finding<"cin-census/conflicting-details">[];
}
