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
    build: ({ cfg, g, pt }, m) => {
      const children = pt(CP_T, P.START_CH);
      const cin = pt(CIN_T, P.START_CH);
      return count(m.id, m.label, "children", children, [], {
        plans: make(`${m.id}/plans`, "Child protection plans starting", "count", "plans", { value: g(C.CP_START_PLANS) }),
        per10k: per10k(cfg, `${m.id}/per10k`, "Children starting a child protection plan per 10,000 children", "children", children),
        age: byAge(m.id, "at the start of the plan", "children", children, C.CP_START_AGE, g),
        "cp-category": byCategory(m.id, children, C.CP_START_INITIAL, undefined, g, "their first plan starting in the period"),
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
    build: ({ g }, m) => percent(m.id, m.label, "children", g(C.CPR_NUM), g(C.CPR_DEN)),
  }),
  metric({
    id: "lac.started",
    family: "lac",
    label: "Children who started to be looked after",
    unit: "count",
    countingUnit: "children",
    needs: { facts: LAC },
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
