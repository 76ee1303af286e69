// England's published figures for kinsafe's headline measures, shipped as data.
//
// Contains public sector information licensed under the Open Government Licence v3.0
// (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/): Department for
// Education, "Children in need", "Children looked after in England including adoptions",
// "Stability measures for children looked after in England" and "Children's social work
// workforce", explore-education-statistics.service.gov.uk.
import type { Comparator } from "./Comparator";

const EES = "https://explore-education-statistics.service.gov.uk";
const CIN_2025 = `${EES}/find-statistics/children-in-need/2025`;
const CLA = `${EES}/find-statistics/children-looked-after-in-england-including-adoptions`;

/** A data set (`data set "…"`) or data file (`data file name.csv`) of a DfE release, its England row. */
const ds = (release: string, name: string, url: string, note = ""): string => `DfE, ${release}, ${name}, England row (${url})${note}`;
const cin = (name: string, url = CIN_2025, note = ""): string => ds("Children in need, reporting year 2025", name, url, note);
const REREF = "; DfE does not publish whether exactly 12 months counts, kinsafe includes it";
const PLANS = "; DfE counts plans starting, kinsafe children starting a plan";
const WHOLE = "; published as whole numbers";

// The statistical releases and data sets each figure is taken from.
const S = {
  cin: `DfE, Children in need, reporting year 2025, "Number and rate (per 10,000 children) of children in need at 31 March, 2020 to 2025" (${CIN_2025})`,
  c1: cin(`data set "C1 Referrals and re-referrals to children's social care services by local authority"`, `${EES}/data-catalogue/data-set/911dae20-ac5d-4e28-bee8-53a658761fa5`),
  c4: cin(`data set "C4 Section 47s and Initial Child Protection Conferences by local authority"`, `${EES}/data-catalogue/data-set/b0749fa2-c0e2-4a15-8c0f-23941b3b6161`),
  c4_2023: `DfE, Children in need, reporting year 2023, data set "C4 Section 47s and Initial Child Protection Conferences by local authority", England row, rate as first published (${EES}/data-catalogue/data-set/9cc01e71-9809-4aca-ab8a-413c91312c4a)`,
  d1: cin(`data set "D1 Child Protection Plans by local authority"`, `${EES}/data-catalogue/data-set/0183a28b-6a55-4eff-aa08-33cc14f3a5bb`),
  d3: cin("data file d3_cpps_subsequent_plan_2013_to_2025.csv", CIN_2025, PLANS),
  d3s: cin("data file d3_cpps_subsequent_plan_2013_to_2025.csv (plans starting)"),
  d5: cin("data file d5_cpps_at31march_by_duration_2013_to_2025.csv (children subject of a plan at 31 March)"),
  d7: cin(`data set "D7 Child Protection Plans ending during the year by duration and local authority"`, `${EES}/data-catalogue/data-set/04a78d29-2196-4bea-bf95-7a2eced5d0d5`),
  cla: `DfE, Children looked after in England including adoptions, reporting year 2025, "Number of children looked after on 31 March 2021 to 2025, England" (${CLA}/2025)${WHOLE}`,
  claSeries: ds("Children looked after in England including adoptions, reporting year 2025", `data set "Time series of children looked after data - 1994 to 2025"`, `${EES}/data-catalogue/data-set/e25347dc-c44d-4f2b-bbe1-c001be0e40e0`),
  cla2024: ds("Children looked after in England including adoptions, reporting year 2024", "data file cla_number_and_rate_per_10k_children.csv", `${CLA}/2024`, "; the latest release found for these years"),
  stab: ds("Stability measures for children looked after in England, reporting year 2025", `data set "Placement stability by local authority"`, `${EES}/find-statistics/stability-measures-for-children-looked-after-in-england`, WHOLE),
  csww: ds("Children's social work workforce, reporting year 2025", "data file csww_indicators_2017_to_2025.csv", `${EES}/find-statistics/children-s-social-work-workforce`, "; a census of 30 September is in kinsafe's collection year ending the next 31 March"),
} as const;

const YEARS = ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25", "2025-26"] as const;

function england(metricId: string, period: string, value: number, source: string): Comparator {
  return { metricId, period, area: "England", areaCode: "E92000001", value, source };
}

/** One figure a year from 2020-21 (or the year `from` of {@link YEARS}) on. */
function series(metricId: string, values: readonly number[], source: string, from = 0): Comparator[] {
  return values.map((v, i) => england(metricId, YEARS[from + i] ?? "", v, source));
}

/**
 * England's published figures for kinsafe's headline measures, collection years 2020-21 to
 * 2024-25 (DfE's reporting years 2021 to 2025; the workforce census of 30 September 2025 too,
 * in 2025-26), each with the release, table or data set and address it is taken from
 * (`source`). Where DfE has revised a figure (rates per 10,000 were revised with the ONS
 * population estimates; authorities amend earlier years), the latest release's figure found is
 * given, and the source names its release. A year or measure whose figure could not be cited is
 * left out (see docs/comparators.md, "Gaps"), never estimated.
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
  // Referrals (C1), children referred, and re-referrals within 12 months of a previous referral.
  // DfE's re-referral is "within 12 months of a previous referral"; kinsafe counts forward from
  // the previous referral and includes exactly 12 months (DfE does not publish its boundary):
  // see docs/metrics.md.
  ...series("activity.referrals", [597_760, 650_270, 640_430, 621_880, 632_830], S.c1),
  ...series("activity.referrals/children", [529_490, 576_420, 566_960, 551_060, 557_810], S.c1),
  ...series("activity.re-referral-rate", [22.7, 21.5, 22.4, 22.4, 22.6], S.c1 + REREF),
  // Referrals that resulted in no further action (ReferralNFA), as a percentage of referrals.
  ...series("activity.nfa-rate", [6.0, 7.6, 7.1, 6.3, 6.5], S.c1),
  // Section 47 enquiries and initial child protection conferences (C4).
  ...series("activity.s47-enquiries", [198_790, 217_800, 225_400, 224_520, 230_590], S.c4),
  england("activity.s47-enquiries/per10k", "2022-23", 191.6, S.c4_2023),
  ...series("activity.icpcs", [72_580, 73_790, 74_380, 72_250, 72_100], S.c4),
  england("activity.icpcs/per10k", "2022-23", 63.2, S.c4_2023),
  // Children subject of a child protection plan at 31 March (D5; D1 for 2025 gives the same
  // 49,420), plans starting that are a second or subsequent plan (D3), and plans ending that
  // lasted 2 years or more (D7).
  ...series("plans.open/cp", [50_010, 50_920, 50_780, 49_900], S.d5),
  england("plans.open/cp", "2024-25", 49_420, S.d1),
  ...series("plans.repeat", [22.1, 22.7, 23.6, 24.7, 24.5], S.d3),
  // Child protection plans starting (D3's plans starting; D1 of 2025 gives the same 61,840 and
  // the children starting a plan).
  ...series("plans.started/plans", [63_830, 64_390, 63_870, 62_110, 61_840], S.d3s),
  england("plans.started", "2024-25", 61_660, S.d1),
  england("plans.duration", "2024-25", 4.4, S.d7),
  // Children looked after at 31 March (SSDA903), short breaks excluded as kinsafe excludes them.
  ...series("plans.open/lac", [80_780, 82_090, 83_750, 83_530, 81_770], S.cla),
  ...series("plans.open/lac/per10k", [69, 70, 70, 69, 67], S.cla),
  // Children starting and ceasing to be looked after (the first start and the last cease of a
  // child in the year, as kinsafe counts them), and children adopted.
  ...series("lac.started", [28_480, 31_100, 33_090, 33_050], S.cla2024),
  ...series("lac.started/per10k", [24, 26, 28, 28], S.cla2024 + WHOLE),
  ...series("lac.ceased", [28_120, 30_230, 31_840, 33_620], S.cla2024),
  england("lac.ceased", "2024-25", 34_450, S.claSeries),
  england("lac.adoption-timeliness/adopted", "2024-25", 3_040, S.claSeries),
  england("lac.uasc", "2024-25", 6_540, `${S.claSeries}; DfE counts children who are unaccompanied asylum-seeking children at 31 March, kinsafe children who were at any time (the date the status ended is not held)`),
  // Placement stability: 3 or more placements in the year, of children looked after at 31 March;
  // under 16 looked after 2.5 years or more and with the same carer 2 years or more.
  ...series("lac.placement-stability-short", [9, 10, 11, 11, 10], S.stab),
  ...series("lac.placement-stability-long", [70, 71, 68, 68, 69], S.stab),
  // Children's social work workforce, 30 September 2020 to 2025 (FTE; DfE's definitions are
  // kinsafe's; docs/comparators.md says where DfE's national rate and its FTE counts differ).
  ...series("workforce.vacancy-rate", [16.1, 16.7, 20.0, 18.9, 17.3, 14.2], S.csww),
  ...series("workforce.turnover-rate", [13.5, 15.4, 17.2, 15.9, 13.9, 11.8], S.csww),
  ...series("workforce.agency-rate", [15.4, 15.5, 17.6, 17.9, 16.2, 13.0], S.csww),
  ...series("workforce.average-caseload", [16.3, 16.3, 16.6, 16.0, 15.4, 15.2], S.csww),
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
