import type { WorkingDayCalendar } from "../calendar";
import { KinsafeError, parseWith } from "../core";
import type { CoreDataSetOptions, MetricId, MetricResult } from "./CoreDataSet";
import { createCoreDataSetAccumulator } from "./createCoreDataSetAccumulator";
import { addMonthsToDay, fastDay } from "./internal/days";
import { WorkforceInputSchema, type WorkforceInput } from "./WorkforceInput";
import { fromDayNumber } from "../core";

// Each metric as a function of its own: a thin wrapper that runs the engine's accumulator with
// only that metric enabled, so the figure is the one computeCoreDataSet gives.

/**
 * Options of a single-metric function: the engine's options without the metric set.
 *
 * @category Metrics
 */
export type MetricOptions = Omit<CoreDataSetOptions, "metrics">;

/**
 * Computes one metric of the core data set over child records (the same figure
 * {@link computeCoreDataSet} gives, computing only what that metric needs).
 *
 * @param records - Canonical child records.
 * @param id - The metric id.
 * @param options - As {@link computeCoreDataSet}, without `metrics`.
 * @returns The metric.
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#compute-metric}
 *
 * @category Metrics
 */
export function computeMetric(records: Iterable<unknown>, id: MetricId, options: MetricOptions): MetricResult {
  const acc = createCoreDataSetAccumulator({ ...options, metrics: [id] });
  for (const r of records) acc.add(r);
  const m = acc.result().metrics[id];
  if (m === undefined) throw new KinsafeError("invalid-argument", `Unknown metric id: ${JSON.stringify(id)}.`);
  return m;
}

/**
 * `activity.referrals`: referrals (CIN episodes) with referral date in the period, NFA
 * referrals included; breakdown `children` = distinct children referred.
 *
 * Formula: `count(episodes: start <= referralDate <= end)`. DfE "Children in need" table C1,
 * "referrals in the year" (data standards 5.2).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `count`, counting unit `referrals`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#referrals}
 *
 * @category Metrics
 */
export function referrals(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.referrals", options);
}

/**
 * `activity.referral-rate`: referrals in the period per 10,000 children aged 0-17; breakdown
 * `children` = children referred per 10,000. `null` with a note when no population is given.
 *
 * Formula: `referrals / population.children0to17 * 10,000`. DfE C1 rate (data standards 5.1).
 *
 * @param records - Canonical child records.
 * @param options - Period, population and engine options.
 * @returns The metric (unit `per10k`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#referral-rate}
 *
 * @category Metrics
 */
export function referralRate(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.referral-rate", options);
}

/**
 * `activity.re-referral-rate`: % of referrals in the period that are within 12 months of a
 * previous referral of the same child, counted forward from the previous one (`previous < date
 * <= previous + 12 months`), searching the child's whole record (earlier years too), whatever the
 * outcome of either referral. Months are calendar months (28 Feb 2023 + 12 months = 28 Feb
 * 2024, so a referral on 29 Feb 2024 after one on 28 Feb 2023 is not a re-referral); a referral
 * exactly 12 months after the previous one is a re-referral; a same-day duplicate is not.
 * Breakdown `children` = children re-referred / children referred. `incomplete-history` when
 * `coverage` holds less than 12 months of episodes of need before the period.
 *
 * DfE C1 "re-referrals within 12 months" (data standards 5.2).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#re-referral-rate}
 *
 * @category Metrics
 */
export function reReferralRate(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.re-referral-rate", options);
}

/**
 * `activity.referral-source`: % of referrals in the period by source group (1 individual, 2
 * schools, 3 health, 4 housing, 5 LA services, 6 police, 7 other legal agency, 8 other, 9
 * anonymous, 10 unknown; `not-recorded` when absent), each group with its detailed codes. The
 * headline value is `null` (a distribution); the denominator is the referrals.
 *
 * CIN census `ReferralSource`; DfE publishes the same shares in C1.
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric; shares in `breakdown`.
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#referral-source}
 *
 * @category Metrics
 */
export function referralSource(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.referral-source", options);
}

/**
 * `activity.referral-outcome`: % of referrals in the period by the furthest level their episode
 * reached by the end of the period: `lac` (a looked-after episode, not V3/V4, starting between
 * referral and closure), else `cp` (a CP plan started), else `cin` (a CIN plan started, or the
 * episode is open with an authorised assessment, or closed other than RC8/RC9), else `nfa`
 * (ReferralNFA, or closed RC8), `early-help` (closed RC9), or `pending` (open, no assessment
 * authorised by the period end). Headline `null` (a distribution).
 *
 * Not a DfE table (DfE publishes only the NFA and assessed-not-in-need shares).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric; shares in `breakdown`.
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#referral-outcome}
 *
 * @category Metrics
 */
export function referralOutcome(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.referral-outcome", options);
}

/**
 * `activity.nfa-rate`: % of referrals in the period with `referralNfa` true.
 *
 * DfE C1 "referrals resulting in no further action".
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#nfa-rate}
 *
 * @category Metrics
 */
export function nfaRate(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.nfa-rate", options);
}

/**
 * `activity.assessed-not-in-need-rate`: % of referrals in the period whose episode closed RC8
 * or RC9 on or before the period end (as known at the period end); breakdown RC8 and RC9.
 *
 * DfE C1 "referrals assessed as not in need" (RC9 included since 2022-23).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#assessed-not-in-need}
 *
 * @category Metrics
 */
export function assessedNotInNeedRate(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.assessed-not-in-need-rate", options);
}

/**
 * `activity.assessments`: assessments with authorisation date in the period; breakdown `per10k`
 * and `children` (distinct children assessed).
 *
 * DfE C2 "assessments completed".
 *
 * @param records - Canonical child records.
 * @param options - Period, population and engine options.
 * @returns The metric (unit `count`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#assessments}
 *
 * @category Metrics
 */
export function assessments(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.assessments", options);
}

/**
 * `activity.s47-enquiries`: section 47 enquiries with start date in the period; breakdown
 * `per10k` and `children`.
 *
 * DfE C4 "section 47 enquiries".
 *
 * @param records - Canonical child records.
 * @param options - Period, population and engine options.
 * @returns The metric (unit `count`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#s47}
 *
 * @category Metrics
 */
export function s47Enquiries(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.s47-enquiries", options);
}

/**
 * `activity.icpcs`: initial child protection conferences held in the period: section 47
 * `icpcDate`s, plus episode-level `episodeIcpcDate`s not equal to one of the episode's section 47
 * conferences; breakdown `per10k` and `children`.
 *
 * DfE C4 "initial child protection conferences".
 *
 * @param records - Canonical child records.
 * @param options - Period, population and engine options.
 * @returns The metric (unit `count`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#icpcs}
 *
 * @category Metrics
 */
export function icpcs(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "activity.icpcs", options);
}

/**
 * `timeliness.assessment-duration`: for assessments authorised in the period, working days from
 * start to authorisation (working days after the start up to and including the authorisation;
 * same day = 0). Value = median (interpolated, type 7); breakdown quartiles, DfE bands (0, 1-10,
 * 11-20, 21-30, 31-40, 41-45, 46-50, 51-60, 61+) and `within-45` %. Authorisation before start
 * is excluded with a note.
 *
 * DfE C2 assessment duration (data standards 5.2).
 *
 * @param records - Canonical child records.
 * @param options - Period, calendar and engine options.
 * @returns The metric (unit `workingDays`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}, or `invalid-argument` when a date is outside the calendar.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#assessment-duration}
 *
 * @category Metrics
 */
export function assessmentDuration(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "timeliness.assessment-duration", options);
}

/**
 * `timeliness.referral-to-decision`: for each episode whose first assessment (earliest start) was
 * authorised in the period, working days from referral to that authorisation. Median, quartiles,
 * `within-45` % (Working Together's 45 working days run from referral).
 *
 * Close to DfE's assessment duration but measured from the referral.
 *
 * @param records - Canonical child records.
 * @param options - Period, calendar and engine options.
 * @returns The metric (unit `workingDays`).
 * @throws {@link KinsafeError} as {@link assessmentDuration}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#referral-to-decision}
 *
 * @category Metrics
 */
export function referralToDecision(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "timeliness.referral-to-decision", options);
}

/**
 * `timeliness.icpc`: for conferences held in the period with a preceding section 47 enquiry,
 * working days from the section 47 start to the conference. Median, quartiles, bands 0-10,
 * 11-15, 16-20, 21+, `within-15` %; breakdown `from-strategy-discussion`, the same from the
 * strategy discussion where its date is known.
 *
 * DfE C4 ICPC timeliness; Working Together (15 working days).
 *
 * @param records - Canonical child records.
 * @param options - Period, calendar and engine options.
 * @returns The metric (unit `workingDays`).
 * @throws {@link KinsafeError} as {@link assessmentDuration}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#icpc-timeliness}
 *
 * @category Metrics
 */
export function icpcTimeliness(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "timeliness.icpc", options);
}

/**
 * `timeliness.to-court`: for applications issued in the period with a pre-proceedings start,
 * weeks (calendar days / 7, not rounded) from pre-proceedings start to issue. Median and
 * quartiles. Applications without pre-proceedings are excluded with a note.
 *
 * No DfE measure (court data is MoJ/Cafcass; data standards 1).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `weeks`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#to-court}
 *
 * @category Metrics
 */
export function timeToCourt(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "timeliness.to-court", options);
}

/**
 * `timeliness.through-court`: for proceedings with a final order in the period, weeks from
 * issue to final order. Median, quartiles, `within-26-weeks` % (at most 182 days; Children and
 * Families Act 2014).
 *
 * No DfE measure (MoJ/Cafcass publish court timeliness).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `weeks`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#through-court}
 *
 * @category Metrics
 */
export function timeThroughCourt(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "timeliness.through-court", options);
}

/**
 * `plans.open`: value = children in need at the snapshot (DfE headline: an episode with
 * referral <= snapshot and no closure or closure > snapshot, not an NFA referral: an episode
 * closed RC8/RC9 after the snapshot was open at it);
 * breakdown per plan type (`early-help`, `cin`, `cp`, `lac`): distinct children with a plan open
 * at the snapshot (start <= snapshot and no end or end > snapshot; looked after excludes V3/V4),
 * each with `per10k`; `any-plan`; `per10k`.
 *
 * DfE "children in need at 31 March", "CPP at 31 March" (D1), "CLA at 31 March".
 *
 * @param records - Canonical child records.
 * @param options - Period, snapshot, population and engine options.
 * @returns The metric (unit `count`, counting unit `children`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#open-plans}
 *
 * @category Metrics
 */
export function openPlans(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "plans.open", options);
}

/**
 * `plans.duration`: for plans of each type ending in the period (end date in period): % lasting
 * more than 6 months (`end > start + 6 months`), 1 year or more and 2 years or more
 * (`end >= start + 12 / 24 months`), and the DfE bands (<= 3m, > 3-6m, > 6m-< 1y, 1-< 2y, 2y+),
 * with the same edges so each share is a sum of bands. Value = the DfE headline, % of CP plans
 * ending that lasted 2 years or more. Looked after: periods of care, V3/V4 excluded. A CIN or CP
 * plan that starts before its episode's referral (DfE CIN census validation rules 4015, 1105) is
 * left out, counted in `excluded`.
 *
 * DfE D7 (CPP duration of plans ending).
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `percent`, counting unit `plans`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#plan-duration}
 *
 * @category Metrics
 */
export function planDuration(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "plans.duration", options);
}

/**
 * `plans.repeat`: for children starting a plan of each type in the period, % who had a previous
 * plan of the same type that ended (end <= new start), the new start being within 12 months,
 * and within 24 months, of that end (counted forward). Value = the DfE "second or subsequent CP plan" %: children starting a CP
 * plan in the period whose plan has `numberOfPreviousCpp >= 1` or who have an earlier CP plan in
 * the record.
 *
 * DfE D3 (second or subsequent plan); the 12/24-month windows are not DfE measures.
 *
 * @param records - Canonical child records.
 * @param options - Period and engine options.
 * @returns The metric (unit `percent`, counting unit `children`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#repeat-plans}
 *
 * @category Metrics
 */
export function repeatPlans(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "plans.repeat", options);
}

/**
 * `plans.seen-per-plan`: for children with a plan of a type open at any time in the period and
 * an interval for that type in the visit policy, % whose every gap was within the interval: from
 * `max(plan start, period start)` to the first visit, between visits counting towards the plan
 * type, and from the last visit to `min(plan end, period end)`. Looked after (defaults, Care
 * Planning, Placement and Case Review (England) Regulations 2010, reg 28(2)): a visit within 7
 * days of the start of every placement, then every 42 days; after the first year of a placement
 * every 42 days, or every 3 calendar months for long-term fostering (U1/U4). See
 * {@link PlacementVisitRule}.
 *
 * Not a DfE measure (Ofsted Annex A has the last visit dates).
 *
 * @param records - Canonical child records.
 * @param options - Period, visit policy, calendar and engine options.
 * @returns The metric (unit `percent`, counting unit `children`).
 * @throws {@link KinsafeError} as {@link assessmentDuration}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#seen}
 *
 * @category Metrics
 */
export function seenPerPlan(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "plans.seen-per-plan", options);
}

/**
 * `outcomes.attainment`: mean of the caller's attainment score for children in each group
 * (early help, CIN, CP, LAC at any time in the period; CIN = an episode of need or a CIN plan
 * open in the period), joined by child id, else UPN; denominator = matched pupils. Value = mean
 * over children in any group.
 *
 * DfE "Outcomes for children in need" uses the National Pupil Database the same way.
 *
 * @param records - Canonical child records.
 * @param options - Period and `outcomes.attainment`.
 * @returns The metric (unit `ratio`, counting unit `pupils`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#attainment}
 *
 * @category Metrics
 */
export function attainment(records: Iterable<unknown>, options: MetricOptions): MetricResult {
  return computeMetric(records, "outcomes.attainment", options);
}

/**
 * `outcomes.offences-against-children`: the given count of recorded violent and sexual offences
 * against children in the period per 10,000 children.
 *
 * Police recorded crime; no DfE measure.
 *
 * @param options - Period, population and `outcomes.offencesAgainstChildren`.
 * @returns The metric (unit `per10k`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#outcome-rates}
 *
 * @category Metrics
 */
export function offencesAgainstChildren(options: MetricOptions): MetricResult {
  return computeMetric([], "outcomes.offences-against-children", options);
}

/**
 * `outcomes.injury-admissions`: the given count of A&E presentations and hospital admissions of
 * children for injury in the period per 10,000 children.
 *
 * Hospital Episode Statistics (OHID Fingertips); no DfE measure.
 *
 * @param options - Period, population and `outcomes.injuryAdmissions`.
 * @returns The metric (unit `per10k`).
 * @throws {@link KinsafeError} as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricFunctions.test.ts#outcome-rates}
 *
 * @category Metrics
 */
export function injuryAdmissions(options: MetricOptions): MetricResult {
  return computeMetric([], "outcomes.injury-admissions", options);
}

function workforceMetric(input: WorkforceInput, id: MetricId, calendar: WorkingDayCalendar | undefined): MetricResult {
  const w = parseWith(WorkforceInputSchema, input, "workforce input");
  const ref = fastDay(w.referenceDate);
  const period = { start: fromDayNumber(addMonthsToDay(ref, -12) + 1), end: w.referenceDate };
  return computeMetric([], id, { period, workforce: w, ...(calendar === undefined ? {} : { calendar }) });
}

/**
 * `workforce.vacancy-rate`: vacancy FTE / (vacancy FTE + in-post FTE) at the reference date, as a
 * percentage; breakdown `covered-by-agency` = agency-cover FTE / vacancy FTE.
 *
 * DfE Children's social work workforce indicators (data standards 5.4; 2023: 18.9%).
 *
 * @param workforce - Worker-level records or aggregate counts.
 * @returns The metric (unit `percent`, counting unit `fte`).
 * @throws {@link KinsafeError} with code `invalid-input` when `workforce` is invalid.
 *
 * @example
 * {@includeCode ../../tests/metrics/workforce.test.ts#docs-example}
 *
 * @category Metrics
 */
export function vacancyRate(workforce: WorkforceInput): MetricResult {
  return workforceMetric(workforce, "workforce.vacancy-rate", undefined);
}

/**
 * `workforce.turnover-rate`: leavers FTE in the year to the reference date / in-post FTE at the
 * reference date; breakdown `headcount` when headcounts are known. Worker level: employees whose
 * leaving date is in `(reference - 12 months, reference]`.
 *
 * DfE workforce indicators (2023: 15.9%).
 *
 * @param workforce - Worker-level records or aggregate counts.
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} with code `invalid-input` when `workforce` is invalid.
 *
 * @example
 * {@includeCode ../../tests/metrics/workforce.test.ts#docs-example}
 *
 * @category Metrics
 */
export function turnoverRate(workforce: WorkforceInput): MetricResult {
  return workforceMetric(workforce, "workforce.turnover-rate", undefined);
}

/**
 * `workforce.agency-rate`: agency FTE / (agency FTE + in-post FTE); breakdown `headcount` and
 * `covering-vacancies` (agency-cover FTE / agency FTE).
 *
 * DfE workforce indicators (30 September 2023: 17.8% as first published; 17.9% as revised in the
 * 2024 and 2025 releases).
 *
 * @param workforce - Worker-level records or aggregate counts.
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} with code `invalid-input` when `workforce` is invalid.
 *
 * @example
 * {@includeCode ../../tests/metrics/workforce.test.ts#docs-example}
 *
 * @category Metrics
 */
export function agencyRate(workforce: WorkforceInput): MetricResult {
  return workforceMetric(workforce, "workforce.agency-rate", undefined);
}

/**
 * `workforce.sickness-rate`: working days lost to sickness in the year / (in-post FTE x working
 * days in the year to the reference date). Working days: `workingDaysInYear` when given, else
 * counted with the calendar.
 *
 * DfE workforce indicators (2023: 3.2%, consistent with 252-259 working days).
 *
 * @param workforce - Worker-level records or aggregate counts.
 * @param calendar - The calendar to count working days with (default England and Wales).
 * @returns The metric (unit `percent`).
 * @throws {@link KinsafeError} with code `invalid-input` when `workforce` is invalid.
 *
 * @example
 * {@includeCode ../../tests/metrics/workforce.test.ts#docs-example}
 *
 * @category Metrics
 */
export function sicknessRate(workforce: WorkforceInput, calendar?: WorkingDayCalendar): MetricResult {
  return workforceMetric(workforce, "workforce.sickness-rate", calendar);
}

/**
 * `workforce.average-caseload`: cases held by case holders / FTE of case holders at the
 * reference date.
 *
 * DfE workforce indicators (2023: 16.0).
 *
 * @param workforce - Worker-level records or aggregate counts.
 * @returns The metric (unit `ratio`).
 * @throws {@link KinsafeError} with code `invalid-input` when `workforce` is invalid.
 *
 * @example
 * {@includeCode ../../tests/metrics/workforce.test.ts#docs-example}
 *
 * @category Metrics
 */
export function averageCaseload(workforce: WorkforceInput): MetricResult {
  return workforceMetric(workforce, "workforce.average-caseload", undefined);
}
