// A report a director is given, for the tests of the HTML report and the browser test: three
// collection years of the synthetic authority with a population and disclosure control, whose
// CIN census covers only the last two years (so 2022-23's referrals, enquiries and conferences
// are x: a gap in the trend), without a workforce census (the workforce measures are x in every
// year: no chart), and comparators written by hand (England, statistical neighbours, a region).
import type { Comparator } from "../../src/cli/report";
import { computeCoreDataSet, type CoreDataSetResult, type CoverageSpan, type FactKind } from "../../src/metrics";
import { generateSyntheticAuthority } from "../../src/synthetic";

const span = (start: string, end: string): CoverageSpan => ({ start: start as CoverageSpan["start"], end: end as CoverageSpan["end"] });

/**
 * Three years of the synthetic authority (2022-23 to 2024-25), the CIN census covering only
 * 2023-24 and 2024-25, every other kind of fact all three years, no workforce census.
 *
 * @returns The results, oldest first.
 */
export function directorSeries(): readonly CoreDataSetResult[] {
  const records = generateSyntheticAuthority({ seed: 11, children0to17: 6000, years: 4, endYear: 2025 });
  const all = span("2021-04-01", "2025-03-31");
  const facts: Partial<Record<FactKind, readonly CoverageSpan[]>> = {
    "cin-episodes": [span("2023-04-01", "2025-03-31")],
    "looked-after-episodes": [all],
    visits: [all],
    "early-help": [all],
    "care-proceedings": [all],
    "strategy-discussions": [all],
  };
  return [2023, 2024, 2025].map((year) => computeCoreDataSet(records, { period: { year }, population: { children0to17: 6000, vintage: "synthetic" }, suppress: { threshold: 6 }, coverage: { facts } }));
}

/**
 * Comparators by hand (the values are made up for the tests, not published figures): England
 * and statistical neighbours for a few headline measures in 2023-24 and 2024-25, a suppressed
 * neighbours' figure, a region listed before England (England must still come first), and one
 * for a measure the report does not have.
 */
export const HAND_COMPARATORS: readonly Comparator[] = [
  { metricId: "activity.re-referral-rate", period: "2024-25", area: "North West", value: 20.3, source: "Made up for the tests, table 1" },
  { metricId: "activity.re-referral-rate", period: "2024-25", area: "England", areaCode: "E92000001", value: 22.4, source: "Made up for the tests, table A1" },
  { metricId: "activity.re-referral-rate", period: "2023-24", area: "England", areaCode: "E92000001", value: 21.2, source: "Made up for the tests, table A1" },
  { metricId: "activity.re-referral-rate", period: "2024-25", area: "Statistical neighbours", value: 19.85, source: "Made up for the tests, neighbours" },
  { metricId: "activity.referral-rate", period: "2024-25", area: "England", areaCode: "E92000001", value: 518.3, source: "Made up for the tests, table A1" },
  { metricId: "plans.open/cp/per10k", period: "2024-25", area: "England", areaCode: "E92000001", value: 40.8, source: "Made up for the tests, table D1" },
  { metricId: "plans.open/cp/per10k", period: "2024-25", area: "Statistical neighbours", value: null, symbol: "c", source: "Made up for the tests, neighbours" },
  { metricId: "timeliness.assessment-duration/within-45", period: "2024-25", area: "England", areaCode: "E92000001", value: 82.9, source: "Made up for the tests, table C3" },
  { metricId: "activity.referrals", period: "2019-20", area: "England", areaCode: "E92000001", value: 642_980, source: "Made up for the tests, a period not in this report" },
];
