// The definitions of the metrics for the HTML report: each metric's one-sentence definition
// from the metric table (METRIC_CATALOGUE); docs/metrics.md has the full definitions, with the
// DfE measure each one matches and the differences.
import { METRIC_CATALOGUE, type MetricId } from "../../metrics";

/** The definition of each metric, as the report shows it under the metric's name. */
export const METRIC_DEFINITIONS: Readonly<Record<MetricId, string>> = Object.fromEntries(METRIC_CATALOGUE.map((m) => [m.id, m.definition])) as Record<MetricId, string>;

/** The heading and a sentence for each metric family. */
export const FAMILY_TEXT: Readonly<Record<string, { readonly title: string; readonly intro: string }>> = {
  activity: { title: "Activity", intro: "Referrals, assessments, section 47 enquiries and conferences in the period." },
  timeliness: { title: "Timeliness", intro: "How long assessments, conferences and care proceedings took. Working days exclude weekends and bank holidays in England." },
  plans: { title: "Plans", intro: "Children on plans at the snapshot date, how long plans lasted, repeat plans and statutory visits." },
  lac: { title: "Looked after", intro: "Children starting and ceasing to be looked after, placement type and stability, UASC, missing incidents, reviews, adoption timeliness, health (OC2) and care leavers (OC3), from SSDA903. Short breaks (V3/V4) excluded." },
  outcomes: { title: "Outcomes", intro: "Outcomes need data from outside the social care returns (attainment, crime, hospital admissions)." },
  workforce: { title: "Workforce", intro: "From the children's social work workforce census (30 September)." },
};
