// England's published figures for kinsafe's headline measures, shipped as data.
//
// Contains public sector information licensed under the Open Government Licence v3.0
// (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/): Department for
// Education, "Children in need", "Children in need: a focus on re-referrals", "Children looked
// after in England including adoptions" and "Children's social work workforce",
// explore-education-statistics.service.gov.uk.
import type { Comparator } from "./Comparator";

const EES = "https://explore-education-statistics.service.gov.uk";
const CIN_2025 = `${EES}/find-statistics/children-in-need/2025`;
const CLA_2025 = `${EES}/find-statistics/children-looked-after-in-england-including-adoptions/2025`;

// The statistical releases and data sets each figure is taken from.
const S = {
  cin: `DfE, Children in need, reporting year 2025, "Number and rate (per 10,000 children) of children in need at 31 March, 2020 to 2025" (${CIN_2025})`,
  c1: `DfE, Children in need, reporting year 2025, data set "C1 Referrals and re-referrals to children's social care services by local authority", England row (${EES}/data-catalogue/data-set/911dae20-ac5d-4e28-bee8-53a658761fa5)`,
  reref2024: `DfE, Children in need: a focus on re-referrals, reporting year 2024, "Referrals and re-referrals" (${EES}/find-statistics/children-in-need-a-focus-on-re-referrals)`,
  c4_2025: `DfE, Children in need, reporting year 2025, data set "C4 Section 47s and Initial Child Protection Conferences by local authority", England row (${EES}/data-catalogue/data-set/b0749fa2-c0e2-4a15-8c0f-23941b3b6161)`,
  c4_2023: `DfE, Children in need, reporting year 2023, data set "C4 Section 47s and Initial Child Protection Conferences by local authority", England row, rate as first published (${EES}/data-catalogue/data-set/9cc01e71-9809-4aca-ab8a-413c91312c4a)`,
  d1: `DfE, Children in need, reporting year 2025, data set "D1 Child Protection Plans by local authority", England row (${EES}/data-catalogue/data-set/0183a28b-6a55-4eff-aa08-33cc14f3a5bb)`,
  d7: `DfE, Children in need, reporting year 2025, data set "D7 Child Protection Plans ending during the year by duration and local authority", England row (${EES}/data-catalogue/data-set/04a78d29-2196-4bea-bf95-7a2eced5d0d5)`,
  cla: `DfE, Children looked after in England including adoptions, reporting year 2025, "Number of children looked after on 31 March 2021 to 2025, England" (${CLA_2025}); rates per 10,000 are published as whole numbers`,
  claSeries: `DfE, Children looked after in England including adoptions, reporting year 2025, data set "Time series of children looked after data - 1994 to 2025", England (${EES}/data-catalogue/data-set/e25347dc-c44d-4f2b-bbe1-c001be0e40e0)`,
  csww: `DfE, Children's social work workforce, reporting year 2023, national figures at 30 September 2023 (${EES}/find-statistics/children-s-social-work-workforce/2023); a census of 30 September is in kinsafe's collection year ending the next 31 March`,
} as const;

const YEARS = ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"] as const;

function england(metricId: string, period: string, value: number, source: string): Comparator {
  return { metricId, period, area: "England", areaCode: "E92000001", value, source };
}

function series(metricId: string, values: readonly number[], source: string): Comparator[] {
  return values.map((v, i) => england(metricId, YEARS[i] ?? "", v, source));
}

/**
 * England's published figures for kinsafe's headline measures, collection years 2020-21 to
 * 2024-25 (DfE's reporting years 2021 to 2025), each with the release, table or data set and
 * address it is taken from (`source`). Where DfE has revised a figure (rates per 10,000 were
 * revised with the ONS population estimates), the latest release's figure is given unless the
 * source says otherwise. A year or measure whose figure could not be cited is left out (see
 * docs/comparators.md, "Gaps"), never estimated.
 *
 * Contains public sector information licensed under the Open Government Licence v3.0
 * (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/): Department for
 * Education statistics published on explore-education-statistics.service.gov.uk.
 *
 * @example
 * {@includeCode ../../../tests/comparators/england.test.ts#england-lookup}
 *
 * @category Comparators
 */
export const ENGLAND_COMPARATORS: readonly Comparator[] = Object.freeze([
  // Children in need at 31 March (CIN census), and per 10,000 children aged 0 to 17.
  ...series("plans.open", [388_490, 404_310, 403_090, 399_460, 402_400], S.cin),
  ...series("plans.open/per10k", [329.6, 343.7, 338.7, 331.2, 330.3], S.cin),
  // Referrals, and re-referrals within 12 months of a previous referral. DfE's re-referral is
  // "within 12 months of a previous referral"; kinsafe counts forward from the previous referral
  // and includes exactly 12 months (DfE does not publish its boundary): see docs/metrics.md.
  england("activity.referrals", "2023-24", 621_880, S.reref2024),
  england("activity.referrals", "2024-25", 632_830, S.c1),
  england("activity.referrals/children", "2024-25", 557_810, S.c1),
  england("activity.re-referral-rate", "2024-25", 22.6, `${S.c1}; DfE does not publish whether exactly 12 months counts, kinsafe includes it`),
  // Section 47 enquiries and initial child protection conferences (C4).
  england("activity.s47-enquiries", "2022-23", 225_400, S.c4_2023),
  england("activity.s47-enquiries/per10k", "2022-23", 191.6, S.c4_2023),
  england("activity.s47-enquiries", "2024-25", 230_590, S.c4_2025),
  england("activity.icpcs", "2022-23", 74_380, S.c4_2023),
  england("activity.icpcs/per10k", "2022-23", 63.2, S.c4_2023),
  england("activity.icpcs", "2024-25", 72_100, S.c4_2025),
  // Child protection plans at 31 March (D1) and plans ending that lasted 2 years or more (D7).
  england("plans.open/cp", "2024-25", 49_420, S.d1),
  england("plans.duration", "2024-25", 4.4, S.d7),
  // Children looked after at 31 March (SSDA903), short breaks excluded as kinsafe excludes them.
  ...series("plans.open/lac", [80_780, 82_090, 83_750, 83_530, 81_770], S.cla),
  ...series("plans.open/lac/per10k", [69, 70, 70, 69, 67], S.cla),
  england("lac.ceased", "2024-25", 34_450, S.claSeries),
  england("lac.uasc", "2024-25", 6_540, `${S.claSeries}; DfE counts children who are unaccompanied asylum-seeking children at 31 March, kinsafe children who were at any time (the date the status ended is not held)`),
  // Children's social work workforce, 30 September 2023 (FTE; DfE's definitions are kinsafe's).
  england("workforce.vacancy-rate", "2023-24", 18.9, S.csww),
  england("workforce.turnover-rate", "2023-24", 15.9, S.csww),
  england("workforce.agency-rate", "2023-24", 17.8, S.csww),
  england("workforce.average-caseload", "2023-24", 16.0, S.csww),
]);

/**
 * England's figures for some periods: those of {@link ENGLAND_COMPARATORS} whose period is one
 * of `periods`, in the order shipped.
 *
 * @param periods - Collection years as kinsafe labels them (`2024-25`).
 * @returns The figures.
 *
 * @example
 * {@includeCode ../../../tests/comparators/england.test.ts#england-lookup}
 *
 * @category Comparators
 */
export function englandComparators(periods: readonly string[]): readonly Comparator[] {
  const wanted = new Set(periods);
  return ENGLAND_COMPARATORS.filter((c) => wanted.has(c.period));
}
