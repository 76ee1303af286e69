import type { FactKind, MetricResult } from "../../CoreDataSet";
import { LS_GROUPS, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "../lacGroups";
import { addMonthsToDay } from "../days";
import type { EngineConfig } from "../engine";
import { C, P } from "../layout";
import { CIN } from "./activity";
import { byAge, byCategory } from "./breakdowns";
import { count, excluded, make, metric, OUTSIDE_CALENDAR, per10k, percent, CP_T } from "./entry";

// Looked after and plan starts: children starting and ceasing to be looked after, placement
// type and stability (SSDA903), and plans starting (CIN census). Short breaks (V3/V4) are
// excluded throughout, as in every DfE children looked after table.

const LAC: readonly FactKind[] = ["looked-after-episodes"];
const CIN_T = 1;
const SHORT = "Short breaks (legal status V3/V4) excluded, as in every DfE table.";
const CLA = "DfE, Children looked after in England including adoptions (explore-education-statistics.service.gov.uk)";

/** Whole months before the period start back to 30 months before the snapshot (long-term stability looks back that far). */
function monthsBack(cfg: EngineConfig): number {
  const from = addMonthsToDay(cfg.snap, -30);
  let m = 0;
  while (addMonthsToDay(cfg.ps, -m) > from) m++;
  return m;
}

const NO_DOB = "the date of birth is not recorded, so whether the child is under 16 cannot be told";

/** Children with an incident, with the incidents, the percentage of children looked after in the period and the incidents per child. */
function incidents(id: string, label: string, children: number, n: number, during: number, breakdown: Record<string, MetricResult> = {}): MetricResult {
  return count(id, label, "children", children, [], {
    incidents: make(`${id}/incidents`, "Incidents", "count", "incidents", { value: n }),
    percent: percent(`${id}/percent`, "Percentage of the children looked after in the period", "children", children, during),
    "per-child": make(`${id}/per-child`, "Incidents per child with an incident", "ratio", "incidents", {
      value: children === 0 ? null : n / children,
      numerator: n,
      denominator: children,
      ...(children === 0 ? { unavailable: "no-denominator" as const, notes: ["No child had an incident: the average is unavailable."] } : {}),
    }),
    ...breakdown,
  });
}

/** Each group's count, or percentage of `total` when `share`; the slot after the groups (values that are not codes) only when it holds any. */
function groups(id: string, list: readonly CodeGroup[], at: number, g: (i: number) => number, total: number, share: boolean, skip = ""): Record<string, MetricResult> {
  const out: Record<string, MetricResult> = {};
  const one = (key: string, label: string, n: number): void => {
    out[key] = share ? percent(`${id}/${key}`, label, "children", n, total) : count(`${id}/${key}`, label, "children", n);
  };
  list.forEach((x, i) => {
    if (x.key !== skip) one(x.key, x.label, g(at + i));
  });
  const unknown = g(at + list.length);
  if (unknown > 0) one("not-a-code", "A value that is not a code of the list", unknown);
  return out;
}

/** @internal */
export const LOOKED_AFTER = [
  metric({
    id: "plans.started",
    family: "plans",
    label: "Children who became the subject of a child protection plan",
    unit: "count",
    countingUnit: "children",
    needs: { facts: CIN },
    definition: "Children whose child protection plan started in the period (each child once), with the plans and a rate per 10,000 children, by age at the start and by initial category of abuse; child in need plans starting as well. (DfE Characteristics of children in need, D1.)",
    rule: "Value: distinct children with a CP plan whose `startDate` is in the period. Breakdown: `plans` (CP plans starting), `per10k` (children x 10,000 / children 0-17), `cin` (children with a CIN plan starting; `plans`); `age` at the start and `cp-category/initial` of the child's first plan starting in the period (see \"DfE breakdowns\"), each adding up to the value.",
    source: "DfE, Characteristics of children in need, table D1: child protection plans starting during the year (plans and children); children who became the subject of a plan by age and by initial category of abuse.",
    differences: "The rate of starts per 10,000 and the CIN plan starts are kinsafe's: no published DfE counterpart was found.",
    build: ({ cfg, g, pt }, m) => {
      const children = pt(CP_T, P.START_CH);
      const cin = pt(CIN_T, P.START_CH);
      return count(m.id, m.label, "children", children, [], {
        plans: make(`${m.id}/plans`, "Child protection plans starting", "count", "plans", { value: g(C.CP_START_PLANS) }),
        per10k: per10k(cfg, `${m.id}/per10k`, "Children starting a child protection plan per 10,000 children", "children", children),
        age: byAge(m.id, "at the start of the plan", "children", children, C.CP_START_AGE, g),
        "cp-category": byCategory(m.id, children, C.CP_START_INITIAL, undefined, g),
        cin: count(`${m.id}/cin`, "Children starting a child in need plan", "children", cin, ["Child in need plan dates are collected from 2022 on."], {
          plans: make(`${m.id}/cin/plans`, "Child in need plans starting", "count", "plans", { value: g(C.CIN_START_PLANS) }),
        }),
      });
    },
  }),
  metric({
    id: "plans.cp-reviews-on-time",
    family: "plans",
    label: "Children on a child protection plan whose reviews were held within timescales",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: CIN },
    definition: "Of children on a child protection plan at the snapshot date that had lasted 3 months or more, the percentage whose every review conference was held within its timescale: the first within 3 months of the initial conference, later ones within 6 months of the one before (Working Together to Safeguard Children 2023).",
    rule: "Children with a CP plan with `startDate <= snapshot - 3 months` and no `endDate` or `endDate > snapshot`. Numerator: those whose every such plan's reviews (`reviewDates` after the start, up to the snapshot, in date order) were each within 3 months of the start (the first) or 6 months of the one before, with the next not overdue at the snapshot.",
    source: "DfE CIN key indicator \"CPPs reviewed within required timescales\" (CIN census COLLECT reports; last published nationally for 2015: 94.0%).",
    differences: "DfE's exact counting (which reviews are tested, an overdue next review) could not be read; the plan start stands for the initial conference. Not in current DfE releases.",
    build: ({ g }, m) => percent(m.id, m.label, "children", g(C.CPR_NUM), g(C.CPR_DEN)),
  }),
  metric({
    id: "lac.started",
    family: "lac",
    label: "Children who started to be looked after",
    unit: "count",
    countingUnit: "children",
    needs: { facts: LAC },
    definition: "Children who started a period of care in the period, each child once (the first start), by legal status on starting, and per 10,000 children. (DfE CLA starting during the year.)",
    rule: "A period of care is a chain of episodes that are not short breaks: a new one starts with RNE `S`, or with an episode that does not follow, on the day it ended, an episode ending `X1`. Value: children with a period starting (`DECOM`) in the period. Breakdown: legal status of the first such period's first episode (groups sum to the value), `per10k`, `periods-of-care` (every start), `age` on the first start in the period (DfE bands; groups sum to the value).",
    source: `${CLA}, "CLA starting during the year": "Only the first occasion on which a child started to be looked after in the LA during year has been counted."; CLA starting during the year by age on starting.`,
    differences: "A period that starts under V3/V4 and moves to another legal status counts as starting on the change (DfE's rule not found).",
    build: ({ cfg, g }, m) => {
      const n = g(C.LAC_START_CH);
      return count(m.id, m.label, "children", n, [SHORT], {
        ...groups(m.id, LS_GROUPS, C.LAC_START_LS, g, n, false, "short-breaks"),
        per10k: per10k(cfg, `${m.id}/per10k`, "Children starting to be looked after per 10,000 children", "children", n),
        "periods-of-care": make(`${m.id}/periods-of-care`, "Periods of care starting", "count", "plans", { value: g(C.LAC_START_PERIODS) }),
        age: byAge(m.id, "on starting", "children", n, C.LAC_START_AGE, g),
      });
    },
  }),
  metric({
    id: "lac.ceased",
    family: "lac",
    label: "Children who ceased to be looked after",
    unit: "count",
    countingUnit: "children",
    needs: { facts: LAC },
    definition: "Children whose period of care ended in the period, each child once (the last cease), by reason for ceasing, each a count and a percentage of the children ceasing. (DfE CLA ceasing during the year.)",
    rule: "A period ends with its last episode's `DEC` when its `REC` is not `X1`. Value: children with a period ending in the period. Breakdown: the reason (`REC`) of the last such end, in DfE's groups; each entry's numerator is the count, its denominator the value.",
    source: `${CLA}, "CLA ceasing during the year", reason episode ceased: "Only the last occasion on which a child ceased to be looked after in the year has been counted."`,
    differences: "DfE has no \"age 18\" reason: most who leave on their 18th birthday are E8 (other) or E17.",
    build: ({ g }, m) => {
      const n = g(C.LAC_CEASE_CH);
      return count(m.id, m.label, "children", n, [SHORT], groups(m.id, REC_GROUPS, C.LAC_CEASE_REC, g, n, true, "x1"));
    },
  }),
  metric({
    id: "lac.placement-type",
    family: "lac",
    label: "Children looked after at the snapshot date by placement type",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: LAC },
    definition: "Children looked after at the snapshot date, by the placement type group of the episode open then. (DfE CLA at 31 March by placement.)",
    rule: "Children with an episode (not a short break) with `DECOM <= snapshot < DEC` (or no `DEC`): the `PLACE` of the latest such episode, grouped by code (the group labels name the codes). A distribution: each group's percentage of the children.",
    source: `${CLA}, "CLA on 31 March by placement".`,
    differences: "Groups are DfE's until 2022 (SFR 34/2015 footnotes); DfE now splits children's homes from independent and semi-independent living and supported accommodation. K3 (2024-25) is with semi-independent living, Z11-Z14 and temporary moves T0-T4 with other placements: not checked against DfE.",
    build: ({ g }, m) => {
      const n = g(C.LAC_SNAP);
      return make(m.id, m.label, "percent", "children", {
        value: null,
        denominator: n,
        notes: [SHORT, "A distribution: each breakdown entry is the percentage of the children in that group.", ...(n === 0 ? ["No child looked after at the snapshot date: the distribution is unavailable."] : [])],
        ...(n === 0 ? { unavailable: "no-denominator" as const } : {}),
        breakdown: groups(m.id, PLACE_GROUPS, C.LAC_PLACE, g, n, true),
      });
    },
  }),
  metric({
    id: "lac.placement-stability-short",
    family: "lac",
    label: "Children looked after at the snapshot date with 3 or more placements during the period",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: LAC },
    definition: "Of children looked after at the snapshot date, the percentage with 3 or more placements during the period. (DfE Stability measures for children looked after.)",
    rule: "Placements: one starts with each period of care and with each episode whose RNE is not `L` (P, T, B, U); it lasts until the next starts in the same period of care, or the period ends. Numerator: children looked after at the snapshot with 3 or more placements open on some day of the period (start <= period end, end > period start). Denominator: children looked after at the snapshot.",
    source: "DfE, Stability measures for children looked after in England (2024, 2025): \"CLA on 31 March with 3 or more placements during the year\".",
    differences: "DfE's rule for counting placements from episodes was not found: temporary placements (T0-T4) and moves to the same carer (RNE T, U) count here as placements.",
    build: ({ g }, m) => percent(m.id, m.label, "children", g(C.LAC_STAB3), g(C.LAC_SNAP), [SHORT]),
  }),
  metric({
    id: "lac.placement-stability-long",
    family: "lac",
    label: "Children under 16 looked after for 2.5 years or more who lived with the same carer for 2 years or more",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: LAC },
    headlineNeeds: (cfg, needs) => ({ ...needs, historyMonths: monthsBack(cfg) }),
    definition: "Of children under 16 at the snapshot date who had been looked after continuously for 2.5 years or more, the percentage who had lived with the same carer for 2 years or more, or were placed for adoption and had been in the adoptive placement and the one before it for 2 years or more. (DfE Stability measures for children looked after.)",
    rule: "Denominator: children looked after at the snapshot, under 16 then (snapshot < date of birth + 16 years), whose period of care started on or before snapshot - 30 months. Numerator: of them, those whose carer's spell (from the period start or the last RNE `P` or `B`; `T`, `U` and `L` keep the carer) started on or before snapshot - 24 months; placed for adoption (A3-A6) at the snapshot: the spell before the adoptive one. Needs the episodes of the 30 months before the snapshot.",
    source: "DfE, Stability measures for children looked after in England (2024, 2025): \"Children looked after continuously for at least 2.5 years on 31 March aged under 16 years\", \"Living with the same carer for at least 2 years\"; the adoption clause is the former NI 63's.",
    differences: "A child whose date of birth is not recorded is left out (`excluded`). A child born on 29 February is 16 on 28 February in a year that is not a leap year. Whether DfE keeps the adoption clause with \"same carer\" was not found.",
    build: ({ g }, m) => {
      const left = g(C.LAC_LONG_NO_DOB);
      const r = percent(m.id, m.label, "children", g(C.LAC_LONG_NUM), g(C.LAC_LONG_DEN), [SHORT, ...(left > 0 ? [`${String(left)} children excluded: ${NO_DOB}.`] : [])]);
      const out = excluded([left, NO_DOB]);
      return out.length > 0 ? { ...r, excluded: out } : r;
    },
  }),
  metric({
    id: "lac.uasc",
    family: "lac",
    label: "Unaccompanied asylum-seeking children looked after at the snapshot date",
    unit: "count",
    countingUnit: "children",
    needs: { facts: [...LAC, "uasc"] },
    definition: "Children looked after at the snapshot date who are unaccompanied asylum-seeking children (UASC), and those among the children starting to be looked after in the period. (DfE CLA on 31 March and CLA starting, by UASC status.)",
    rule: "Value: children looked after at the snapshot (as `lac.placement-type`) with the UASC flag. Breakdown: `started`, children starting to be looked after in the period (as `lac.started`) with it; `percent`, the value as a percentage of the children looked after at the snapshot.",
    source: `${CLA}, "CLA on 31 March" and "CLA starting during the year" by UASC status.`,
    differences: "The records hold whether a child was UASC at any time, not the date UASC status ended (`DUC`): a child who has ceased to be UASC still counts.",
    build: ({ g }, m) => {
      const n = g(C.LAC_UASC_SNAP);
      return count(m.id, m.label, "children", n, [SHORT, "UASC at any time: the date UASC status ended is not held."], {
        percent: percent(`${m.id}/percent`, "Percentage of the children looked after at the snapshot date", "children", n, g(C.LAC_SNAP)),
        started: count(`${m.id}/started`, "Unaccompanied asylum-seeking children who started to be looked after", "children", g(C.LAC_UASC_START)),
      });
    },
  }),
  metric({
    id: "lac.missing",
    family: "lac",
    label: "Children looked after who went missing",
    unit: "count",
    countingUnit: "children",
    needs: { facts: [...LAC, "missing"] },
    definition: "Children looked after at any time in the period who had a missing incident starting in it, with the incidents; the same for children away from placement without authorisation. (DfE CLA who were missing or away from placement without authorisation.)",
    rule: "Children with an episode (not a short break) with `DECOM <= period end` and `DEC >= period start` (or no `DEC`): those with an incident (`MISSING` `M`) whose `MIS_START` is in the period. Breakdown: `incidents`, `percent` (of the children looked after in the period), `per-child` (incidents / children), `looked-after` (the children looked after in the period), `away` (`MISSING` `A`, the same entries).",
    source: `${CLA}, "CLA who were missing or away from placement without authorisation" (official statistics: DfE warns that authorities record the two differently).`,
    differences: "An incident is counted by its start date; DfE's rule for incidents that start before the year and for short breaks was not found.",
    build: ({ g }, m) => {
      const during = g(C.LAC_DURING);
      const r = incidents(m.id, m.label, g(C.MIS_CH), g(C.MIS_N), during, {
        "looked-after": count(`${m.id}/looked-after`, "Children looked after at any time in the period", "children", during),
        away: incidents(`${m.id}/away`, "Children looked after who were away from placement without authorisation", g(C.AWAY_CH), g(C.AWAY_N), during),
      });
      return { ...r, notes: [SHORT] };
    },
  }),
  metric({
    id: "lac.reviews-on-time",
    family: "lac",
    label: "Looked-after reviews held within their timescale",
    unit: "percent",
    countingUnit: "cases",
    needs: { facts: [...LAC, "looked-after-reviews"], historyMonths: 6 },
    definition: "Looked-after reviews held in the period, the percentage held within their timescale: the first within 20 working days of the child becoming looked after, the second within 3 months of the first, each later one within 6 months of the one before (Care Planning, Placement and Case Review (England) Regulations 2010, reg 33).",
    rule: "Each review (`REVIEW`) in the period, in the period of care holding it (not a short break): with no earlier review in that period, on time when within 20 working days of the period's start; with one, when `review <= first + 3 months`; with more, when `review <= previous + 6 months`. Numerator: on time; denominator: reviews tested.",
    source: "None: no current DfE measure (the former NI 66 was a count of children). The timescales are reg 33 of SI 2010/959.",
    differences: "A review not held is not counted: the measure is of reviews held. A review outside any period of care, or whose working days cannot be counted (a day outside the calendar), is left out (`excluded`). With less than 6 months of reviews before the period, a review whose predecessor is not held is judged as a first review.",
    build: ({ g }, m) => {
      const ooc = g(C.REV_OOC);
      const outside = g(C.REV_NO_PERIOD);
      const why = "the review is not within a period of care";
      const r = percent(m.id, m.label, "cases", g(C.REV_OK), g(C.REV_N), [SHORT, ...(ooc > 0 ? [`${String(ooc)} reviews excluded: ${OUTSIDE_CALENDAR}.`] : []), ...(outside > 0 ? [`${String(outside)} reviews excluded: ${why}.`] : [])]);
      const out = excluded([ooc, OUTSIDE_CALENDAR], [outside, why]);
      return out.length > 0 ? { ...r, excluded: out } : r;
    },
  }),
] as const;
