import { KinsafeError } from "../core";
import type { Cohort, CohortOptions, CohortReturn } from "./Cohort";
import { createCohortBuilder } from "./createCohortBuilder";

/**
 * Merges the child records of many returns (years, authorities, CIN census and SSDA903) into
 * one cohort: children matched across returns, re-reported episodes kept once in their latest
 * version. See `createCohortBuilder` for the rules. The returns may be given in any order; the
 * inputs are not changed.
 *
 * @param returns - The returns, each with its records and collection year (and authority).
 * @param options - How to match children: by local id (default) or by UPN.
 * @returns One record per child, and warnings: conflicting details, and episodes open at one
 *   return's 31 March that the next return lacks (see `CohortFindingCode`).
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `returns` is not
 *   an array of `{ records, year }` or a record is not a child record (a programmer error).
 *
 * @example
 * {@includeCode ../../tests/records/cohort.test.ts#docs-example}
 *
 * @category CIN census
 */
export function mergeCohorts(returns: readonly CohortReturn[], options: CohortOptions = {}): Cohort {
  const given: unknown = returns;
  if (!Array.isArray(given)) throw new KinsafeError("invalid-argument", "mergeCohorts takes an array of returns ({ records, year }).");
  for (const r of returns as unknown[]) {
    const records = typeof r === "object" && r !== null ? (r as { records?: unknown }).records : undefined;
    if (typeof records !== "object" || records === null || typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function" || typeof (r as { year?: unknown }).year !== "number") {
      throw new KinsafeError("invalid-argument", "Each return must be { records, year }: an iterable of child records and the collection year.");
    }
  }
  const builder = createCohortBuilder(options);
  // Oldest first, so that ties (two returns of the same year) go to the one given last.
  const ordered = returns.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i);
  for (const { r } of ordered) {
    const source = r.la === undefined ? { year: r.year } : { year: r.year, la: r.la };
    for (const record of r.records) builder.add(record, source);
  }
  return builder.build();
}
