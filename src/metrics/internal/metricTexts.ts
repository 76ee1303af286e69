import type { MetricDefinition, MetricId } from "../CoreDataSet";

// Each metric's definition in words, its exact rule, the DfE source it matches and how it differs,
// apart from the metric table (table/), so that the engine, which never reads them, does not carry
// them: only the public catalogue (METRIC_CATALOGUE) and what is written from it (docs/metrics.md,
// the report, the workbook) do.

const CLA = "DfE, Children looked after in England including adoptions (explore-education-statistics.service.gov.uk)";
const CLA_METHOD = "DfE, Children looked after in England including adoptions: methodology";
const LEAVERS = "care leavers aged 17 to 21 on their birthday in the year";
const CENSUS = "Children's social work workforce census, data standards 5.4";

type Texts = { readonly [Id in MetricId]: Pick<MetricDefinition, "definition" | "rule" | "source" | "differences"> };

/**
 * The catalogue's texts by metric id. Made by a call marked pure, so that a bundle that never
 * reads them drops them (a bundler keeps an unread object literal whose template strings it
 * cannot prove free of side effects).
 *
 * @internal
 */
export const METRIC_TEXTS: Texts = /* @__PURE__ */ texts();

function texts(): Texts {
  return {
    "activity.referrals": {
      definition: "CIN episodes with a referral date in the period, referrals resulting in no further action included. Breakdown: distinct children referred; referrals by the child's age at the referral, in DfE's bands. (DfE CIN census C1.)",
      rule: "CIN episodes with `referralDate` in period (NFA included). Breakdown `children`: distinct children referred; `age`: referrals by age at the referral (DfE bands; see \"DfE breakdowns\"), adding up to the value.",
      source: "CIN C1 \"referrals\", \"children referred\"; DfE, Characteristics of children in need, referrals by age at referral.",
      differences: "None.",
    },
    "activity.referral-rate": {
      definition: "Referrals in the period per 10,000 children aged 0 to 17 in the area.",
      rule: "referrals x 10,000 / children 0-17. Breakdown `children`.",
      source: "C1 rate per 10,000.",
      differences: "None; the population vintage is echoed.",
    },
    "activity.re-referral-rate": {
      definition: "Percentage of referrals in the period that came within 12 months of a previous referral of the same child, counted forward from the previous one (later than it, and no later than 12 months after it; earlier years' records are searched too).",
      rule: "% of referrals in period (date d) within 12 months of a previous referral p of the same child, counted forward from p: `p < d <= p + 12 months`, searching the whole record (earlier years too). Breakdown `children`: children re-referred / children referred. Needs 12 months of episodes of need before the period (else `incomplete-history`).",
      source: "C1 \"re-referrals within 12 months\".",
      differences: "DfE's exact boundary is not published; kinsafe includes exactly 12 months. A same-day duplicate is not a re-referral.",
    },
    "activity.referral-source": {
      definition: "Percentage of referrals in the period from each source group (1 to 10), with the detailed source codes.",
      rule: "% of referrals by source group `1`-`10`, each with its codes (`1A`...), plus `not-recorded`. Headline `null` (distribution).",
      source: "C1 by source.",
      differences: "`not-recorded` is shown rather than dropped.",
    },
    "activity.referral-outcome": {
      definition: "Percentage of referrals by the furthest level their episode reached by the end of the period: looked after, child protection plan, child in need, early help, no further action, or pending.",
      rule: "% of referrals by furthest level reached by the period end: `lac` (a non-V3/V4 looked-after episode starting between referral and closure), `cp` (a CP plan started), `cin` (a CIN plan; or open with an authorised assessment; or closed other than RC8/RC9), `nfa` (ReferralNFA or RC8; a `referralNfa` not recorded counts as not NFA), `early-help` (RC9), `pending` (open, no authorised assessment).",
      source: "None (DfE publishes only NFA and assessed-not-in-need).",
      differences: "Episodes closed other than RC8/RC9 without an assessment are counted `cin`.",
    },
    "activity.nfa-rate": {
      definition: "Percentage of referrals in the period that resulted in no further action (ReferralNFA).",
      rule: "% of referrals with `referralNfa`. A referral whose `referralNfa` is not recorded counts as not NFA.",
      source: "C1 NFA %.",
      differences: "None.",
    },
    "activity.assessed-not-in-need-rate": {
      definition: "Percentage of referrals whose episode closed with reason RC8 (not in need after assessment) or RC9 (case closed after assessment, referred to early help).",
      rule: "% of referrals in period whose episode closed RC8 or RC9 on or before the period end (breakdown each).",
      source: "C1 \"assessed as not in need\".",
      differences: "As known at the period end: a referral in March whose episode closed RC8 in April is not counted (it was open at the end of the year), whether or not the later return is read.",
    },
    "activity.assessments": {
      definition: "Child and family assessments authorised (completed) in the period. Breakdown: per 10,000 children, distinct children, the factors identified at the end of assessment.",
      rule: "Assessments with `authorisationDate` in period; breakdown `per10k`, `children`; `assessment-factors`: for each factor code, the assessments with it (an assessment counts once under each of its factors, so the factors do not add up to the value), and `not-recorded`, the assessments with none.",
      source: "C2 \"assessments completed\"; DfE, Characteristics of children in need, \"factors identified at the end of assessment\".",
      differences: "None.",
    },
    "activity.s47-enquiries": {
      definition: "Section 47 enquiries started in the period. Breakdown: per 10,000 children, distinct children. (DfE C4.)",
      rule: "Section 47 enquiries with `startDate` in period; breakdown `per10k`, `children`.",
      source: "C4.",
      differences: "None.",
    },
    "activity.icpcs": {
      definition: "Initial child protection conferences held in the period, from section 47 enquiries and at episode level.",
      rule: "ICPCs held in period: section 47 `icpcDate`s plus episode-level `episodeIcpcDate`s not equal to one of the episode's section 47 conferences; breakdown `per10k`, `children`.",
      source: "C4 ICPCs.",
      differences: "The episode-level de-duplication is kinsafe's.",
    },
    "timeliness.assessment-duration": {
      definition: "Median working days from the start of an assessment to its authorisation, for assessments authorised in the period; quartiles, duration bands and the share within 45 working days.",
      rule: "Assessments authorised in period: working days start -> authorisation. Median; breakdown quartiles, bands (0, 1-10, 11-20, 21-30, 31-40, 41-45, 46-50, 51-60, 61+), `within-45`.",
      source: "C2 duration and timeliness.",
      differences: "DfE's exact dates are [U]; start -> authorisation assumed. Authorisation before start, a start before the referral (DfE rule 1103), or a date outside the calendar, is excluded (`excluded`, and a note).",
    },
    "timeliness.referral-to-decision": {
      definition: "Median working days from referral to the authorisation of the episode's first assessment (Working Together's 45 working days run from the referral).",
      rule: "Each episode's first assessment (earliest start) authorised in period: working days referral -> authorisation. Median, quartiles, `within-45`.",
      source: "None (Working Together's 45 days run from referral).",
      differences: "-",
    },
    "timeliness.icpc": {
      definition: "Median working days from the start of the section 47 enquiry to the initial child protection conference, for conferences held in the period; bands and the share within 15 working days.",
      rule: "ICPCs in period with a section 47 in the same row: working days section 47 start -> ICPC. Median, quartiles, bands 0-10, 11-15, 16-20, 21+, `within-15`; breakdown `from-strategy-discussion` (same from the strategy discussion date where recorded).",
      source: "C4 ICPC duration; within 15 % = (0-10 + 11-15) / ICPCs.",
      differences: "Episode-level conferences (no start) are excluded; so is a conference whose section 47 starts before the referral (DfE rule 2889). `from-strategy-discussion` needs strategy discussion dates, which only kinsafe records hold.",
    },
    "timeliness.to-court": {
      definition: "Median weeks from the start of pre-proceedings to the issue of care proceedings, for applications issued in the period.",
      rule: "Applications issued in period with a pre-proceedings start: weeks = days / 7. Median, quartiles.",
      source: "None (MoJ/Cafcass).",
      differences: "Applications without pre-proceedings are excluded (counted in a note).",
    },
    "timeliness.through-court": {
      definition: "Median weeks from the issue of care proceedings to the final order, for proceedings concluded in the period; share within 26 weeks.",
      rule: "Final orders in period: weeks issue -> final order. Median, quartiles, `within-26-weeks` (<= 182 days).",
      source: "None (MoJ/Cafcass).",
      differences: "Extensions are not subtracted.",
    },
    "plans.open": {
      definition: "Children in need at the snapshot date (an episode of need open, not NFA, not closed as not in need); breakdown: children with each kind of plan open, per 10,000 children; children in need by age and by primary need, children on a child protection plan by age and by initial and latest category of abuse (DfE, Characteristics of children in need: children in need and children on a plan at 31 March by age, primary need, category of abuse).",
      rule: "Value: children in need at the snapshot (an episode with referral <= snapshot, no closure or closure > snapshot, not an NFA referral (a `referralNfa` not recorded counts as not NFA); an episode closed RC8/RC9 after the snapshot was open at it and counts). Breakdown per plan type: distinct children with a plan open at the snapshot, each with `per10k`; `any-plan`; `per10k`; `age` at the snapshot and `primary-need` of the episode open then (several: the latest referral); under `cp`, `age`, `cp-category/initial` and `cp-category/latest` of the plan open then (several: the latest start); under `lac`, `age`. Each adds up to its total (see \"DfE breakdowns\").",
      source: "CIN at 31 March; CPP at 31 March (D1); CLA at 31 March. DfE, Characteristics of children in need: children in need at 31 March by age and by primary need; children who were the subject of a child protection plan at 31 March by age, initial category and latest category of abuse. Children looked after in England including adoptions: CLA on 31 March by age.",
      differences: "CIN plans are counted from `cinPlans`, not from episodes. Two episodes of need (or plans) open at the snapshot cannot both be right (the CIN census does not let episodes overlap); kinsafe takes the latest, a rule of its own. The latest category of abuse is the one the record holds: a category is not dated, so when a later return re-reports the plan with another category, the figure for an earlier snapshot changes (DfE's is the category in that year's census). The primary need likewise, when a later return re-reports the episode with another.",
    },
    "plans.duration": {
      definition: "Plans ending in the period, by how long they lasted (DfE bands). Headline: child protection plans ending that lasted 2 years or more. (DfE D7.)",
      rule: "Plans ending in period, per type: % lasting `more-than-6-months` (`end > start + 6 months`), `1-year-or-more` and `2-years-or-more` (`end >= start + 12 / 24 months`), and the DfE bands (<= 3m, > 3-6m, > 6m-< 1y, 1-< 2y, 2y+). Value: % of CP plans ending that lasted 2 years or more.",
      source: "D7 (CPP duration).",
      differences: "The shares have the bands' edges, so each is a sum of bands: exactly 6 months is in \"> 3-6m\" and not \"more than 6 months\"; exactly 1 year and 2 years start their bands. A CIN or CP plan that starts before its episode's referral (DfE rules 4015, 1105) is left out (`excluded`).",
    },
    "plans.repeat": {
      definition: "Children starting a plan in the period who had a previous plan of the same type; headline: child protection plans that are a second or subsequent plan. (DfE D3.)",
      rule: "Children starting a plan of a type in period: % with a previous plan of the type that ended (end e <= new start s) with s within 12 / 24 months of e, counted forward (`s <= e + 12 months`); these need 12 / 24 months of history before the period. Value: the DfE measure, % of children starting a CP plan with `numberOfPreviousCpp >= 1` or an earlier CP plan in the record; a `numberOfPreviousCpp` not recorded counts as 0.",
      source: "D3 \"second or subsequent plan\".",
      differences: "The 12/24-month windows are not DfE measures; they need multi-year records, which a child record holds.",
    },
    "plans.seen-per-plan": {
      definition: "Children with a plan open in the period who were visited as often as the visit policy requires for every gap between visits. Looked after (Care Planning, Placement and Case Review Regulations 2010, reg 28(2)): a visit within a week of the start of every placement, then at most every six weeks; after a placement's first year every three months only where the placement is intended to last until 18, six weeks otherwise.",
      rule: "Children with a plan of a type open in period and an interval in the policy: % whose every gap was within it, from `max(plan start, period start)` to the first visit counting towards the type, between visits, and to `min(plan end, period end)`. Looked after (reg 28(2), below): a visit within 7 days of the start of every placement (an episode that starts a period of care, or whose RNE is not `L`), then gaps of at most 42 days while the gap starts in the first year of the placement; after that 42 days, or 3 months when the placement is long-term fostering (`U1`, `U4`). Value: children all of whose plans passed.",
      source: "None (Ofsted Annex A).",
      differences: "A placement that started before the period: the period start stands in for the last visit before it. Visits under reg 28(3)-(6) (placement with parents before assessment, connected persons, care order at home) are not distinguished.",
    },
    "plans.started": {
      definition: "Children whose child protection plan started in the period (each child once), with the plans and a rate per 10,000 children, by age at the start and by initial category of abuse; child in need plans starting as well. (DfE Characteristics of children in need, D1.)",
      rule: "Value: distinct children with a CP plan whose `startDate` is in the period. Breakdown: `plans` (CP plans starting), `per10k` (children x 10,000 / children 0-17), `cin` (children with a CIN plan starting; `plans`); `age` at the start and `cp-category/initial` of the child's first plan starting in the period (see \"DfE breakdowns\"), each adding up to the value.",
      source: "DfE, Characteristics of children in need, table D1: child protection plans starting during the year (plans and children); children who became the subject of a plan by age and by initial category of abuse.",
      differences: "The rate of starts per 10,000 and the CIN plan starts are kinsafe's: no published DfE counterpart was found.",
    },
    "plans.cp-reviews-on-time": {
      definition: "Of children on a child protection plan at the snapshot date that had lasted 3 months or more, the percentage whose every review conference was held within its timescale: the first within 3 months of the initial conference, later ones within 6 months of the one before (Working Together to Safeguard Children 2023).",
      rule: "Children with a CP plan with `startDate <= snapshot - 3 months` and no `endDate` or `endDate > snapshot`. Numerator: those whose every such plan's reviews (`reviewDates` after the start, up to the snapshot, in date order) were each within 3 months of the start (the first) or 6 months of the one before, with the next not overdue at the snapshot.",
      source: "DfE CIN key indicator \"CPPs reviewed within required timescales\" (CIN census COLLECT reports; last published nationally for 2015: 94.0%).",
      differences: "DfE's exact counting (which reviews are tested, an overdue next review) could not be read; the plan start stands for the initial conference. Not in current DfE releases.",
    },
    "lac.started": {
      definition: "Children who started a period of care in the period, each child once (the first start), by legal status on starting, and per 10,000 children. (DfE CLA starting during the year.)",
      rule: "A period of care is a chain of episodes that are not short breaks: a new one starts with RNE `S`, or with an episode that does not follow, on the day it ended, an episode ending `X1`. Value: children with a period starting (`DECOM`) in the period. Breakdown: legal status of the first such period's first episode (groups sum to the value), `per10k`, `periods-of-care` (every start), `age` on the first start in the period (DfE bands; groups sum to the value).",
      source: `${CLA}, "CLA starting during the year": "Only the first occasion on which a child started to be looked after in the LA during year has been counted."; CLA starting during the year by age on starting.`,
      differences: "A period that starts under V3/V4 and moves to another legal status counts as starting on the change (DfE's rule not found).",
    },
    "lac.ceased": {
      definition: "Children whose period of care ended in the period, each child once (the last cease), by reason for ceasing, each a count and a percentage of the children ceasing. (DfE CLA ceasing during the year.)",
      rule: "A period ends with its last episode's `DEC` when its `REC` is not `X1`. Value: children with a period ending in the period. Breakdown: the reason (`REC`) of the last such end, in DfE's groups; each entry's numerator is the count, its denominator the value.",
      source: `${CLA}, "CLA ceasing during the year", reason episode ceased: "Only the last occasion on which a child ceased to be looked after in the year has been counted."`,
      differences: "DfE has no \"age 18\" reason: most who leave on their 18th birthday are E8 (other) or E17.",
    },
    "lac.placement-type": {
      definition: "Children looked after at the snapshot date, by the placement type group of the episode open then. (DfE CLA at 31 March by placement.)",
      rule: "Children with an episode (not a short break) with `DECOM <= snapshot < DEC` (or no `DEC`): the `PLACE` of the latest such episode, grouped by code (the group labels name the codes). A distribution: each group's percentage of the children.",
      source: `${CLA}, "CLA on 31 March by placement".`,
      differences: "Groups are DfE's until 2022 (SFR 34/2015 footnotes); DfE now splits children's homes from independent and semi-independent living and supported accommodation. K3 (2024-25) is with semi-independent living, Z11-Z14 and temporary moves T0-T4 with other placements: not checked against DfE.",
    },
    "lac.placement-stability-short": {
      definition: "Of children looked after at the snapshot date, the percentage with 3 or more placements during the period. (DfE Stability measures for children looked after.)",
      rule: "Placements: one starts with each period of care and with each episode whose RNE is not `L` (P, T, B, U); it lasts until the next starts in the same period of care, or the period ends. Numerator: children looked after at the snapshot with 3 or more placements open on some day of the period (start <= period end, end > period start). Denominator: children looked after at the snapshot.",
      source: "DfE, Stability measures for children looked after in England (2024, 2025): \"CLA on 31 March with 3 or more placements during the year\".",
      differences: "DfE's rule for counting placements from episodes was not found: temporary placements (T0-T4) and moves to the same carer (RNE T, U) count here as placements.",
    },
    "lac.placement-stability-long": {
      definition: "Of children under 16 at the snapshot date who had been looked after continuously for 2.5 years or more, the percentage who had lived with the same carer for 2 years or more, or were placed for adoption and had been in the adoptive placement and the one before it for 2 years or more. (DfE Stability measures for children looked after.)",
      rule: "Denominator: children looked after at the snapshot, under 16 then (snapshot < date of birth + 16 years), whose period of care started on or before snapshot - 30 months. Numerator: of them, those whose carer's spell (from the period start or the last RNE `P` or `B`; `T`, `U` and `L` keep the carer) started on or before snapshot - 24 months; placed for adoption (A3-A6) at the snapshot: the spell before the adoptive one. Needs the episodes of the 30 months before the snapshot.",
      source: "DfE, Stability measures for children looked after in England (2024, 2025): \"Children looked after continuously for at least 2.5 years on 31 March aged under 16 years\", \"Living with the same carer for at least 2 years\"; the adoption clause is the former NI 63's.",
      differences: "A child whose date of birth is not recorded is left out (`excluded`). A child born on 29 February is 16 on 28 February in a year that is not a leap year. Whether DfE keeps the adoption clause with \"same carer\" was not found.",
    },
    "lac.uasc": {
      definition: "Children looked after at the snapshot date who are unaccompanied asylum-seeking children (UASC), and those among the children starting to be looked after in the period. (DfE CLA on 31 March and CLA starting, by UASC status.)",
      rule: "Value: children looked after at the snapshot (as `lac.placement-type`) with the UASC flag. Breakdown: `started`, children starting to be looked after in the period (as `lac.started`) with it; `percent`, the value as a percentage of the children looked after at the snapshot.",
      source: `${CLA}, "CLA on 31 March" and "CLA starting during the year" by UASC status.`,
      differences: "The records hold whether a child was UASC at any time, not the date UASC status ended (`DUC`): a child who has ceased to be UASC still counts.",
    },
    "lac.missing": {
      definition: "Children looked after at any time in the period who had a missing incident starting in it, with the incidents; the same for children away from placement without authorisation. (DfE CLA who were missing or away from placement without authorisation.)",
      rule: "Children with an episode (not a short break) with `DECOM <= period end` and `DEC >= period start` (or no `DEC`): those with an incident (`MISSING` `M`) whose `MIS_START` is in the period. Breakdown: `incidents`, `percent` (of the children looked after in the period), `per-child` (incidents / children), `looked-after` (the children looked after in the period), `away` (`MISSING` `A`, the same entries).",
      source: `${CLA}, "CLA who were missing or away from placement without authorisation" (official statistics: DfE warns that authorities record the two differently).`,
      differences: "An incident is counted by its start date; DfE's rule for incidents that start before the year and for short breaks was not found.",
    },
    "lac.reviews-on-time": {
      definition: "Looked-after reviews held in the period, the percentage held within their timescale: the first within 20 working days of the child becoming looked after, the second within 3 months of the first, each later one within 6 months of the one before (Care Planning, Placement and Case Review (England) Regulations 2010, reg 33).",
      rule: "Each review (`REVIEW`) in the period, in the period of care holding it (not a short break): with no earlier review in that period, on time when within 20 working days of the period's start; with one, when `review <= first + 3 months`; with more, when `review <= previous + 6 months`. Numerator: on time; denominator: reviews tested.",
      source: "None: no current DfE measure (the former NI 66 was a count of children). The timescales are reg 33 of SI 2010/959.",
      differences: "A review not held is not counted: the measure is of reviews held. A review outside any period of care, or whose working days cannot be counted (a day outside the calendar), is left out (`excluded`). With less than 6 months of reviews before the period, a review whose predecessor is not held is judged as a first review.",
    },
    "lac.adoption-timeliness": {
      definition: "For children adopted in the period, average days between entering care and moving in with the adoptive family (A1), and adjusted for foster carer adoptions (A10).",
      rule: "Adopted: an episode ending E11/E12 in the period. A1: mean days from the start of that period of care (episodes linked by X1) to its first adoptive placement (A3-A6). `a10` (A10): for a placement with the current foster carers (A3, A5), to the start of the episodes before it with the same carers (RNE L, T, U). `no-adoptive-placement`: adopted with none, left out of the means. `a2` (A2): days from the first E1/D1 of the period of care to the AD1 match date of the adoption's collection year (0 when earlier); children with neither left out (notes).",
      source: "DfE adoption scorecards A1, A2, A10 (Adoption scorecards: methodology and guidance).",
      differences: "Scorecards average 3 years: give a 3-year period. DfE's date of the move to the adopting foster carers is [U]. PlacedAdoption DATE_PLACED is the decision to place, not the move: not used. A2 without the AD1 table is unavailable.",
    },
    "lac.health": {
      definition: "Of children looked after continuously for 12 months or more at the snapshot (31 March), the percentage with their annual health assessment up to date; immunisations, teeth, development checks, convictions, substance misuse and SDQ scores (SSDA903 OC2).",
      rule: "Population: looked after at the snapshot in a period of care (episodes linked by X1, short breaks V3/V4 left out) that started on or before the day 12 months before the snapshot plus one (1 April for 31 March), with no short-break episode (V3/V4) in those 12 months; ages at the snapshot. The OC2 row of the collection year that holds the snapshot (a child's only row when it has no year). Each percentage is of the children of its group whose row gives the item: `immunisations`, `teeth-checked`, `substance-misuse` (with `intervention-received` and `intervention-offered` of those with a problem), `development-checks` (under 5), `convicted` (convicted or a youth caution or youth conditional caution in the year; aged 10 or over). `sdq`: the average total difficulties score (0-40) of children aged 5 to 16 with a score, its `bands` (0-13 normal, 14-16 borderline, 17 and over a cause for concern) and `with-score` (of children aged 5 to 16 with a row). `population`: the children; `not-recorded`: of them, with no OC2 row of the year (counted as neither yes nor no).",
      source: `${CLA}: "CLA on 31 March for 12 months - conviction and health outcomes" (data guidance, OC2 footnote: continuously looked after for at least 12 months at 31 March, short-term placements excluded, age at 31 March); DfE's SDQ bands.`,
      differences: "DfE divides by the whole population (each has a row in a complete return); here a child with no row is `not-recorded`, never \"no\". The continuity test is DfE's validator's, not published text. SDQ is collected for ages 4 to 16, published for 5 to 16, as here.",
    },
    "care-leavers.accommodation": {
      definition: "Of care leavers aged 17 to 21 on their birthday in the collection year (SSDA903 OC3), the percentage in suitable accommodation; by age group, contact and type of accommodation.",
      rule: `The OC3 rows of the collection year that holds the period end (a young person's only row when it has no year), of ${LEAVERS} (their age on its 31 March; \`17-18\` and \`19-21\` as DfE groups them, pooled as the headline). Left out, as DfE does: IN_TOUCH DIED and RHOM (returned home for 6 months or more). Suitable: ACCOM's digit 1; \`unsuitable\`: 2; \`no-information\`: ACCOM 0, blank or not a letter and digit of the list. \`type\`: ACCOM's letter (B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z). \`contact\`: IN_TOUCH YES, NO, REFU, NREQ, blank. Every percentage is of all the care leavers of the group, those with no information included.`,
      source: `${CLA}: "Care leavers accommodation" (17 to 21, on or around the birthday; the footnote's exclusions: short-term placements, died, returned home for 6 months or more, transferred to another LA); ${CLA_METHOD}.`,
      differences: "The OC3 rows are the population (who is a care leaver is the return's). Transfers to another LA have no code and are not left out. The ACCOM digit (1 suitable, 2 unsuitable) is [U]. Ages 22 to 25 are not counted. DfE publishes the age groups, not the pooled 17 to 21.",
    },
    "care-leavers.activity": {
      definition: "Of care leavers aged 17 to 21 on their birthday in the collection year (SSDA903 OC3), the percentage in education, employment or training; by age group and main activity.",
      rule: `The young people of \`care-leavers.accommodation\` (${LEAVERS}, DIED and RHOM left out). In education, employment or training: ACTIV F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 training or employment (F3/P3, the code before 2021-22, with training or employment). \`neet\`: G4 illness or disability, G6 pregnancy or parenting, G5 other reasons. \`not-known\`: ACTIV 0, blank or a code outside the list. Every percentage is of all the care leavers of the group, those not known included.`,
      source: `${CLA}: "Care leavers activity" (17 to 21, on or around the birthday); ${CLA_METHOD}.`,
      differences: "As `care-leavers.accommodation`. F3/P3 (before 2021-22) included apprenticeships.",
    },
    "outcomes.attainment": {
      definition: "Mean attainment score of children in need, on a plan or looked after in the period, from data joined by child id or UPN.",
      rule: "Mean of the caller's score for children in each group (early help, CIN = episode of need or CIN plan, CP, LAC, at any time in the period), joined by child id, else UPN; numerator = sum of scores, denominator = matched pupils. Value: children in any group.",
      source: "None (an outcome from the National Pupil Database, given as input).",
      differences: "DfE links the NPD by UPN the same way.",
    },
    "outcomes.offences-against-children": {
      definition: "Violent and sexual offences against children per 10,000 children (police recorded crime, given as input).",
      rule: "Given count x 10,000 / children 0-17.",
      source: "None (police recorded crime, given as input).",
      differences: "No DfE series.",
    },
    "outcomes.injury-admissions": {
      definition: "Injury presentations and admissions of children per 10,000 children (hospital data, given as input).",
      rule: "Given count x 10,000 / children 0-17.",
      source: "None (HES / OHID hospital data, given as input).",
      differences: "Fingertips gives it per 10,000 aged 0-14; here 0-17.",
    },
    "workforce.vacancy-rate": {
      definition: "Vacant social worker posts (FTE) as a percentage of vacancies plus social workers in post, at 30 September.",
      rule: "vacancy FTE / (vacancy FTE + in-post FTE); breakdown `covered-by-agency`",
      source: `${CENSUS} (30 September 2023: 18.9%; covered by agency 74.4%, reproduced in the tests).`,
      differences: "None.",
    },
    "workforce.turnover-rate": {
      definition: "Social workers (FTE) who left in the 12 months to 30 September as a percentage of those in post.",
      rule: "leavers FTE / in-post FTE; breakdown `headcount`",
      source: `${CENSUS} (30 September 2023: 15.9%, headcount 16.0%, reproduced in the tests).`,
      differences: "None.",
    },
    "workforce.agency-rate": {
      definition: "Agency social workers (FTE) as a percentage of agency workers plus social workers in post.",
      rule: "agency FTE / (agency FTE + in-post FTE); breakdown `headcount`, `covering-vacancies`",
      source: `${CENSUS} (30 September 2023: 17.8% as first published, revised to 17.9%; covering vacancies 80.1%, revised to 79.8%; the first published figures are reproduced in the tests).`,
      differences: "None.",
    },
    "workforce.sickness-rate": {
      definition: "Working days lost to sickness as a percentage of the working days of social workers in post.",
      rule: "days lost / (in-post FTE x working days in the year)",
      source: `${CENSUS} (30 September 2023: 3.2% with \`workingDaysInYear: 253\`, reproduced in the tests).`,
      differences: "DfE does not publish the working days of its rate; without `workingDaysInYear` kinsafe counts them with the calendar (see below).",
    },
    "workforce.average-caseload": {
      definition: "Cases held at 30 September per FTE of case-holding social workers.",
      rule: "cases held / case-holder FTE",
      source: `${CENSUS} (30 September 2023: 16.0, reproduced in the tests).`,
      differences: "None.",
    },
  };
}
