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
 * @returns One record per child, and findings about conflicting details.
 *
 * @example
 * {@includeCode ../../../tests/interop/cohort.test.ts#docs-example}
 *
 * @category CIN census
 */
export function mergeCohorts(returns: readonly CohortReturn[], options: CohortOptions = {}): Cohort {
  const builder = createCohortBuilder(options);
  // Oldest first, so that ties (two returns of the same year) go to the one given last.
  const ordered = returns.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i);
  for (const { r } of ordered) {
    const source = r.la === undefined ? { year: r.year } : { year: r.year, la: r.la };
    for (const record of r.records) builder.add(record, source);
  }
  return builder.build();
}
