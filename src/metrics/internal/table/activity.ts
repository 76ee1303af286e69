import { REFERRAL_SOURCE_CODES } from "../../../records";
import type { FactKind, MetricResult } from "../../CoreDataSet";
import { C } from "../layout";
import { byAge, byFactor } from "./breakdowns";
import { count, distribution, metric, per10k, percent, type Share } from "./entry";

// The activity family: referrals, assessments, section 47 enquiries and conferences.

/** @internal */
export const CIN: readonly FactKind[] = ["cin-episodes"];
const CIN_LAC: readonly FactKind[] = ["cin-episodes", "looked-after-episodes"];

const SOURCE_GROUPS: Record<string, string> = {
  "1": "Individual",
  "2": "Schools and education services",
  "3": "Health services",
  "4": "Housing",
  "5": "Local authority services",
  "6": "Police",
  "7": "Other legal agency",
  "8": "Other",
  "9": "Anonymous",
  "10": "Unknown",
};

/** @internal */
export const ACTIVITY = [
  metric({
    id: "activity.referrals",
    family: "activity",
    label: "Referrals",
    unit: "count",
    countingUnit: "referrals",
    needs: { facts: CIN },
    definition: "CIN episodes with a referral date in the period, referrals resulting in no further action included. Breakdown: distinct children referred; referrals by the child's age at the referral, in DfE's bands. (DfE CIN census C1.)",
    rule: "CIN episodes with `referralDate` in period (NFA included). Breakdown `children`: distinct children referred; `age`: referrals by age at the referral (DfE bands; see \"DfE breakdowns\"), adding up to the value.",
    source: "CIN C1 \"referrals\", \"children referred\"; DfE, Characteristics of children in need, referrals by age at referral.",
    differences: "None.",
    build: ({ g }, m) =>
      count(m.id, m.label, "referrals", g(C.REF), ["Referrals dated in the period, NFA referrals included."], {
        children: count(`${m.id}/children`, "Children referred", "children", g(C.REF_CH)),
        age: byAge(m.id, "at the referral", "referrals", g(C.REF), C.REF_AGE, g),
      }),
  }),
  metric({
    id: "activity.referral-rate",
    family: "activity",
    label: "Referrals per 10,000 children",
    unit: "per10k",
    countingUnit: "referrals",
    needs: { facts: CIN, population: true },
    definition: "Referrals in the period per 10,000 children aged 0 to 17 in the area.",
    rule: "referrals x 10,000 / children 0-17. Breakdown `children`.",
    source: "C1 rate per 10,000.",
    differences: "None; the population vintage is echoed.",
    build: ({ cfg, g }, m) =>
      per10k(cfg, m.id, m.label, "referrals", g(C.REF), {
        children: per10k(cfg, `${m.id}/children`, "Children referred per 10,000 children", "children", g(C.REF_CH)),
      }),
  }),
  metric({
    id: "activity.re-referral-rate",
    family: "activity",
    label: "Re-referrals within 12 months",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN, historyMonths: 12 },
    definition: "Percentage of referrals in the period that came within 12 months of a previous referral of the same child, counted forward from the previous one (later than it, and no later than 12 months after it; earlier years' records are searched too).",
    rule: "% of referrals in period (date d) within 12 months of a previous referral p of the same child, counted forward from p: `p < d <= p + 12 months`, searching the whole record (earlier years too). Breakdown `children`: children re-referred / children referred. Needs 12 months of episodes of need before the period (else `incomplete-history`).",
    source: "C1 \"re-referrals within 12 months\".",
    differences: "DfE's exact boundary is not published; kinsafe includes exactly 12 months. A same-day duplicate is not a re-referral.",
    build: ({ g }, m) =>
      percent(
        m.id,
        m.label,
        "referrals",
        g(C.REREF),
        g(C.REF),
        ["A referral is a re-referral when it is within 12 months of a previous referral of the child, counted forward from the previous one (previous < date <= previous + 12 months), in or before the period."],
        { children: percent(`${m.id}/children`, "Children re-referred", "children", g(C.REREF_CH), g(C.REF_CH)) },
      ),
  }),
  metric({
    id: "activity.referral-source",
    family: "activity",
    label: "Referrals by source",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN },
    definition: "Percentage of referrals in the period from each source group (1 to 10), with the detailed source codes.",
    rule: "% of referrals by source group `1`-`10`, each with its codes (`1A`...), plus `not-recorded`. Headline `null` (distribution).",
    source: "C1 by source.",
    differences: "`not-recorded` is shown rather than dropped.",
    build: ({ g }, m) => {
      const refs = g(C.REF);
      const shares: Record<string, Share> = {};
      for (const [group, groupLabel] of Object.entries(SOURCE_GROUPS)) {
        const detail: Record<string, MetricResult> = {};
        let n = 0;
        REFERRAL_SOURCE_CODES.forEach((code, i) => {
          if (code.replace(/[A-Z]$/, "") !== group) return;
          n += g(C.SRC + i);
          if (code !== group) detail[code] = percent(`${m.id}/${group}/${code}`, `Source ${code}`, "referrals", g(C.SRC + i), refs);
        });
        shares[group] = Object.keys(detail).length > 0 ? { label: groupLabel, n, breakdown: detail } : { label: groupLabel, n };
      }
      shares["not-recorded"] = { label: "Source not recorded", n: g(C.SRC + REFERRAL_SOURCE_CODES.length) };
      return distribution(m.id, m.label, "referrals", refs, shares);
    },
  }),
  metric({
    id: "activity.referral-outcome",
    family: "activity",
    label: "Referrals by furthest outcome",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN_LAC },
    definition: "Percentage of referrals by the furthest level their episode reached by the end of the period: looked after, child protection plan, child in need, early help, no further action, or pending.",
    rule: "% of referrals by furthest level reached by the period end: `lac` (a non-V3/V4 looked-after episode starting between referral and closure), `cp` (a CP plan started), `cin` (a CIN plan; or open with an authorised assessment; or closed other than RC8/RC9), `nfa` (ReferralNFA or RC8; a `referralNfa` not recorded counts as not NFA), `early-help` (RC9), `pending` (open, no authorised assessment).",
    source: "None (DfE publishes only NFA and assessed-not-in-need).",
    differences: "Episodes closed other than RC8/RC9 without an assessment are counted `cin`.",
    build: ({ g }, m) => {
      const keys = ["lac", "cp", "cin", "early-help", "nfa", "pending"] as const;
      const labels = ["Became looked after", "Child protection plan", "Child in need", "Referred to early help (RC9)", "No further action (NFA or RC8)", "Awaiting an assessment decision"];
      const shares: Record<string, Share> = {};
      keys.forEach((k, i) => (shares[k] = { label: labels[i] ?? k, n: g(C.OUT + i) }));
      return distribution(m.id, m.label, "referrals", g(C.REF), shares, [
        "The furthest level each referral's episode reached by the end of the period; looked-after episodes under V3/V4 (short breaks) do not count.",
      ]);
    },
  }),
  metric({
    id: "activity.nfa-rate",
    family: "activity",
    label: "Referrals resulting in no further action",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN },
    definition: "Percentage of referrals in the period that resulted in no further action (ReferralNFA).",
    rule: "% of referrals with `referralNfa`. A referral whose `referralNfa` is not recorded counts as not NFA.",
    source: "C1 NFA %.",
    differences: "None.",
    build: ({ g }, m) => percent(m.id, m.label, "referrals", g(C.NFA), g(C.REF)),
  }),
  metric({
    id: "activity.assessed-not-in-need-rate",
    family: "activity",
    label: "Referrals assessed as not in need",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN },
    definition: "Percentage of referrals whose episode closed with reason RC8 (not in need after assessment) or RC9 (case closed after assessment, referred to early help).",
    rule: "% of referrals in period whose episode closed RC8 or RC9 on or before the period end (breakdown each).",
    source: "C1 \"assessed as not in need\".",
    differences: "As known at the period end: a referral in March whose episode closed RC8 in April is not counted (it was open at the end of the year), whether or not the later return is read.",
    build: ({ g }, m) =>
      percent(m.id, m.label, "referrals", g(C.RC8) + g(C.RC9), g(C.REF), ["Episodes closed RC8 or RC9 on or before the period end (as known at the period end: a closure after it is not counted)."], {
        RC8: percent(`${m.id}/RC8`, "Closed after assessment, no further action (RC8)", "referrals", g(C.RC8), g(C.REF)),
        RC9: percent(`${m.id}/RC9`, "Closed after assessment, referred to early help (RC9)", "referrals", g(C.RC9), g(C.REF)),
      }),
  }),
  metric({
    id: "activity.assessments",
    family: "activity",
    label: "Assessments completed",
    unit: "count",
    countingUnit: "assessments",
    needs: { facts: CIN },
    definition: "Child and family assessments authorised (completed) in the period. Breakdown: per 10,000 children, distinct children, the factors identified at the end of assessment.",
    rule: "Assessments with `authorisationDate` in period; breakdown `per10k`, `children`; `assessment-factors`: for each factor code, the assessments with it (an assessment counts once under each of its factors, so the factors do not add up to the value), and `not-recorded`, the assessments with none.",
    source: "C2 \"assessments completed\"; DfE, Characteristics of children in need, \"factors identified at the end of assessment\".",
    differences: "None.",
    build: ({ cfg, g }, m) =>
      count(m.id, m.label, "assessments", g(C.ASM), ["Assessments authorised in the period."], {
        per10k: per10k(cfg, `${m.id}/per10k`, "Assessments per 10,000 children", "assessments", g(C.ASM)),
        children: count(`${m.id}/children`, "Children assessed", "children", g(C.ASM_CH)),
        "assessment-factors": byFactor(m.id, g(C.ASM), g),
      }),
  }),
  metric({
    id: "activity.s47-enquiries",
    family: "activity",
    label: "Section 47 enquiries started",
    unit: "count",
    countingUnit: "enquiries",
    needs: { facts: CIN },
    definition: "Section 47 enquiries started in the period. Breakdown: per 10,000 children, distinct children. (DfE C4.)",
    rule: "Section 47 enquiries with `startDate` in period; breakdown `per10k`, `children`.",
    source: "C4.",
    differences: "None.",
    build: ({ cfg, g }, m) =>
      count(m.id, m.label, "enquiries", g(C.S47), [], {
        per10k: per10k(cfg, `${m.id}/per10k`, "Section 47 enquiries per 10,000 children", "enquiries", g(C.S47)),
        children: count(`${m.id}/children`, "Children subject to a section 47 enquiry", "children", g(C.S47_CH)),
      }),
  }),
  metric({
    id: "activity.icpcs",
    family: "activity",
    label: "Initial child protection conferences held",
    unit: "count",
    countingUnit: "conferences",
    needs: { facts: CIN },
    definition: "Initial child protection conferences held in the period, from section 47 enquiries and at episode level.",
    rule: "ICPCs held in period: section 47 `icpcDate`s plus episode-level `episodeIcpcDate`s not equal to one of the episode's section 47 conferences; breakdown `per10k`, `children`.",
    source: "C4 ICPCs.",
    differences: "The episode-level de-duplication is kinsafe's.",
    build: ({ cfg, g }, m) => {
      const ep = g(C.ICPC_EP);
      return count(m.id, m.label, "conferences", g(C.ICPC), ep > 0 ? [`${String(ep)} conferences recorded at episode level (not preceded by a section 47 enquiry in the episode) are included.`] : [], {
        per10k: per10k(cfg, `${m.id}/per10k`, "Initial conferences per 10,000 children", "conferences", g(C.ICPC)),
        children: count(`${m.id}/children`, "Children with an initial conference", "children", g(C.ICPC_CH)),
      });
    },
  }),
] as const;
