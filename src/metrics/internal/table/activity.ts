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
    build: ({ g }, m) => percent(m.id, m.label, "referrals", g(C.NFA), g(C.REF)),
  }),
  metric({
    id: "activity.assessed-not-in-need-rate",
    family: "activity",
    label: "Referrals assessed as not in need",
    unit: "percent",
    countingUnit: "referrals",
    needs: { facts: CIN },
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
    build: ({ cfg, g }, m) => {
      const ep = g(C.ICPC_EP);
      return count(m.id, m.label, "conferences", g(C.ICPC), ep > 0 ? [`${String(ep)} conferences recorded at episode level (not preceded by a section 47 enquiry in the episode) are included.`] : [], {
        per10k: per10k(cfg, `${m.id}/per10k`, "Initial conferences per 10,000 children", "conferences", g(C.ICPC)),
        children: count(`${m.id}/children`, "Children with an initial conference", "children", g(C.ICPC_CH)),
      });
    },
  }),
] as const;
