// One-sentence definitions of the metrics for the HTML report (docs/metrics.md has the full
// definitions, with the DfE measure each one matches and the differences).
import type { MetricId } from "../../metrics";

/** The definition of each metric, as the report shows it under the metric's name. */
export const METRIC_DEFINITIONS: Readonly<Record<MetricId, string>> = {
  "activity.referrals": "CIN episodes with a referral date in the period, referrals resulting in no further action included. Breakdown: distinct children referred. (DfE CIN census C1.)",
  "activity.referral-rate": "Referrals in the period per 10,000 children aged 0 to 17 in the area.",
  "activity.re-referral-rate":
    "Percentage of referrals in the period that came within 12 months of a previous referral of the same child, counted forward from the previous one (later than it, and no later than 12 months after it; earlier years' records are searched too).",
  "activity.referral-source": "Percentage of referrals in the period from each source group (1 to 10), with the detailed source codes.",
  "activity.referral-outcome": "Percentage of referrals by the furthest level their episode reached by the end of the period: looked after, child protection plan, child in need, early help, no further action, or pending.",
  "activity.nfa-rate": "Percentage of referrals in the period that resulted in no further action (ReferralNFA).",
  "activity.assessed-not-in-need-rate": "Percentage of referrals whose episode closed with reason RC8 (not in need after assessment) or RC9 (case closed after assessment, referred to early help).",
  "activity.assessments": "Child and family assessments authorised (completed) in the period. Breakdown: per 10,000 children, distinct children.",
  "activity.s47-enquiries": "Section 47 enquiries started in the period. Breakdown: per 10,000 children, distinct children. (DfE C4.)",
  "activity.icpcs": "Initial child protection conferences held in the period, from section 47 enquiries and at episode level.",
  "timeliness.assessment-duration": "Median working days from the start of an assessment to its authorisation, for assessments authorised in the period; quartiles, duration bands and the share within 45 working days.",
  "timeliness.referral-to-decision": "Median working days from referral to the authorisation of the episode's first assessment (Working Together's 45 working days run from the referral).",
  "timeliness.icpc": "Median working days from the start of the section 47 enquiry to the initial child protection conference, for conferences held in the period; bands and the share within 15 working days.",
  "timeliness.to-court": "Median weeks from the start of pre-proceedings to the issue of care proceedings, for applications issued in the period.",
  "timeliness.through-court": "Median weeks from the issue of care proceedings to the final order, for proceedings concluded in the period; share within 26 weeks.",
  "plans.open": "Children in need at the snapshot date (an episode of need open, not NFA, not closed as not in need); breakdown: children with each kind of plan open, per 10,000 children.",
  "plans.duration": "Plans ending in the period, by how long they lasted (DfE bands). Headline: child protection plans ending that lasted 2 years or more. (DfE D7.)",
  "plans.repeat": "Children starting a plan in the period who had a previous plan of the same type; headline: child protection plans that are a second or subsequent plan. (DfE D3.)",
  "plans.seen-per-plan":
    "Children with a plan open in the period who were visited as often as the visit policy requires for every gap between visits. Looked after (Care Planning, Placement and Case Review Regulations 2010, reg 28(2)): a visit within a week of the start of every placement, then at most every six weeks; after a placement's first year every three months only where the placement is intended to last until 18, six weeks otherwise.",
  "outcomes.attainment": "Mean attainment score of children in need, on a plan or looked after in the period, from data joined by child id or UPN.",
  "outcomes.offences-against-children": "Violent and sexual offences against children per 10,000 children (police recorded crime, given as input).",
  "outcomes.injury-admissions": "Injury presentations and admissions of children per 10,000 children (hospital data, given as input).",
  "workforce.vacancy-rate": "Vacant social worker posts (FTE) as a percentage of vacancies plus social workers in post, at 30 September.",
  "workforce.turnover-rate": "Social workers (FTE) who left in the 12 months to 30 September as a percentage of those in post.",
  "workforce.agency-rate": "Agency social workers (FTE) as a percentage of agency workers plus social workers in post.",
  "workforce.sickness-rate": "Working days lost to sickness as a percentage of the working days of social workers in post.",
  "workforce.average-caseload": "Cases held at 30 September per FTE of case-holding social workers.",
};

/** The heading and a sentence for each metric family. */
export const FAMILY_TEXT: Readonly<Record<string, { readonly title: string; readonly intro: string }>> = {
  activity: { title: "Activity", intro: "Referrals, assessments, section 47 enquiries and conferences in the period." },
  timeliness: { title: "Timeliness", intro: "How long assessments, conferences and care proceedings took. Working days exclude weekends and bank holidays in England." },
  plans: { title: "Plans", intro: "Children on plans at the snapshot date, how long plans lasted, repeat plans and statutory visits." },
  outcomes: { title: "Outcomes", intro: "Outcomes need data from outside the social care returns (attainment, crime, hospital admissions)." },
  workforce: { title: "Workforce", intro: "From the children's social work workforce census (30 September)." },
};
