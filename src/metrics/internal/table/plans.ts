import type { FactKind, MetricRequirement, MetricResult } from "../../CoreDataSet";
import { C, P } from "../layout";
import { CIN } from "./activity";
import { byAge, byCategory, groupCounts, NEED_GROUPS } from "./breakdowns";
import { BEFORE_REFERRAL, count, CP_T, distribution, excluded, make, metric, negNote, OUTSIDE_CALENDAR, outsideNote, per10k, percent, PLAN_KEYS, PLAN_LABELS } from "./entry";

// The plans family: children on plans at the snapshot, how long plans lasted, repeat plans and
// statutory visits.

/** @internal */
export const ALL_PLANS: readonly FactKind[] = ["early-help", "cin-episodes", "looked-after-episodes"];
/** @internal */
export const PER_PLAN_TYPE = {
  "early-help": { facts: ["early-help"] },
  cin: { facts: ["cin-episodes"] },
  cp: { facts: ["cin-episodes"] },
  lac: { facts: ["looked-after-episodes"] },
} as const satisfies Record<string, MetricRequirement>;
const REPEAT_BY_PLAN_TYPE: Readonly<Record<string, MetricRequirement>> = Object.fromEntries(
  Object.entries(PER_PLAN_TYPE).flatMap(([key, r]) => [
    [key, r],
    [`${key}/within-12-months`, { ...r, historyMonths: 12 }],
    [`${key}/within-24-months`, { ...r, historyMonths: 24 }],
  ]),
);
// A period of care is a chain of SSDA903 episodes, and a return holds only the episodes open in
// its year: how long a period that ends in the period lasted needs the episodes of the 24 months
// before it (enough for every band, up to "2 years or more"). CIN and CP plans carry their own
// start dates in the CIN census.
const LAC_DURATION: MetricRequirement = { facts: ["looked-after-episodes"], historyMonths: 24 };
const DURATION_BY_PLAN_TYPE: Readonly<Record<string, MetricRequirement>> = {
  ...PER_PLAN_TYPE,
  "lac/more-than-6-months": LAC_DURATION,
  "lac/1-year-or-more": LAC_DURATION,
  "lac/2-years-or-more": LAC_DURATION,
  "lac/bands": LAC_DURATION,
};
const SEEN_BY_PLAN_TYPE: Readonly<Record<string, MetricRequirement>> = Object.fromEntries(
  Object.entries(PER_PLAN_TYPE).map(([key, r]) => [key, { facts: ["visits", ...r.facts] }]),
);

/** @internal */
export const PLANS = [
  metric({
    id: "plans.open",
    family: "plans",
    label: "Children in need at the snapshot date",
    unit: "count",
    countingUnit: "children",
    needs: { facts: CIN, breakdown: { ...PER_PLAN_TYPE, "any-plan": { facts: ALL_PLANS } } },
    build: ({ cfg, g, pt }, m) => {
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => {
        const n = pt(t, P.OPEN);
        const id = `${m.id}/${key}`;
        breakdown[key] = count(id, `Children with an open plan: ${PLAN_LABELS[key]}`, "children", n, key === "lac" ? ["Short breaks (legal status V3/V4) excluded."] : [], {
          per10k: per10k(cfg, `${id}/per10k`, `${PLAN_LABELS[key]}: children per 10,000`, "children", n),
          ...(key === "cp" ? { age: byAge(id, "at the snapshot date", "children", n, C.CP_SNAP_AGE, g), "cp-category": byCategory(id, n, C.CP_SNAP_INITIAL, C.CP_SNAP_LATEST, g, "the plan open at the snapshot date (of several, the one that started last)") } : {}),
          ...(key === "lac" ? { age: byAge(id, "at the snapshot date", "children", n, C.LAC_OPEN_AGE, g) } : {}),
        });
      });
      breakdown["any-plan"] = count(`${m.id}/any-plan`, "Children with at least one open plan of any type", "children", g(C.ANY_PLAN_SNAP));
      return count(
        m.id,
        m.label,
        "children",
        g(C.CIN_SNAP),
        ["Children with an episode of need open at the snapshot date (referral on or before it, no closure or closure after it), not an NFA referral. As known at the snapshot: an episode closed RC8 or RC9 after it was open at it."],
        {
          ...breakdown,
          per10k: per10k(cfg, `${m.id}/per10k`, "Children in need per 10,000 children", "children", g(C.CIN_SNAP)),
          age: byAge(m.id, "at the snapshot date", "children", g(C.CIN_SNAP), C.CIN_SNAP_AGE, g),
          "primary-need": groupCounts(`${m.id}/primary-need`, "By primary need", "children", g(C.CIN_SNAP), NEED_GROUPS, C.CIN_SNAP_NEED, g, [
            "The primary need (CIN census PrimaryNeedCode) of the episode open at the snapshot date; a child with several open: the one with the latest referral date. The groups add up to the total.",
          ]),
        },
      );
    },
  }),
  metric({
    id: "plans.duration",
    family: "plans",
    label: "Child protection plans ending that lasted 2 years or more",
    unit: "percent",
    countingUnit: "plans",
    needs: { facts: CIN, breakdown: DURATION_BY_PLAN_TYPE },
    build: ({ pt }, m) => {
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => {
        const ending = pt(t, P.END);
        const id = `${m.id}/${key}`;
        const b: Record<string, MetricResult> = {
          "more-than-6-months": percent(`${id}/more-than-6-months`, "Lasted more than 6 months", "plans", pt(t, P.END6), ending),
          "1-year-or-more": percent(`${id}/1-year-or-more`, "Lasted 1 year or more", "plans", pt(t, P.END12), ending),
          "2-years-or-more": percent(`${id}/2-years-or-more`, "Lasted 2 years or more", "plans", pt(t, P.END24), ending),
        };
        b["bands"] = distribution(`${id}/bands`, "DfE duration bands", "plans", ending, {
          "3-months-or-less": { label: "3 months or less", n: pt(t, P.B3) },
          "3-to-6-months": { label: "More than 3 months up to 6 months", n: pt(t, P.B6) },
          "6-months-to-1-year": { label: "More than 6 months, less than 1 year", n: pt(t, P.B12) },
          "1-to-2-years": { label: "1 year up to less than 2 years", n: pt(t, P.B24) },
          "2-years-or-more": { label: "2 years or more", n: pt(t, P.END24) },
        });
        const why = key === "cin" || key === "cp" ? BEFORE_REFERRAL[key] : undefined;
        const left = why === undefined ? 0 : pt(t, P.END_PRE_REF);
        breakdown[key] = make(id, `${PLAN_LABELS[key]}: plans ending in the period`, "count", "plans", {
          value: ending,
          notes: [...(key === "lac" ? ["Periods of care (chains of episodes), short breaks (V3/V4) excluded."] : []), ...(why === undefined ? [] : negNote(left, "plans", why))],
          breakdown: b,
          ...(why === undefined ? {} : { excluded: excluded([left, why]) }),
        });
      });
      const cpLeft = pt(CP_T, P.END_PRE_REF);
      const cp = breakdown["cp"] as MetricResult;
      return make(m.id, m.label, "percent", "plans", {
        value: cp.breakdown?.["2-years-or-more"]?.value ?? null,
        numerator: pt(CP_T, P.END24),
        denominator: pt(CP_T, P.END),
        notes: [
          "Headline: the DfE measure, child protection plans ending in the period that lasted 2 years or more (end on or after start + 24 months). Every plan type is in the breakdown. The bands and the shares have the same edges: exactly 6 months is in 'more than 3 months up to 6 months', exactly 1 year in '1 year up to less than 2 years', exactly 2 years in '2 years or more'.",
          ...negNote(cpLeft, "plans", BEFORE_REFERRAL.cp),
          ...(pt(CP_T, P.END) === 0 ? ["No child protection plan ended in the period: the percentage is unavailable."] : []),
        ],
        ...(pt(CP_T, P.END) === 0 ? { unavailable: "no-denominator" as const } : {}),
        excluded: excluded([cpLeft, BEFORE_REFERRAL.cp]),
        breakdown,
      });
    },
  }),
  metric({
    id: "plans.repeat",
    family: "plans",
    label: "Children starting a child protection plan who had a previous plan",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: CIN, breakdown: REPEAT_BY_PLAN_TYPE },
    build: ({ pt }, m) => {
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => {
        const starting = pt(t, P.START_CH);
        const id = `${m.id}/${key}`;
        breakdown[key] = make(id, `${PLAN_LABELS[key]}: children starting a plan in the period`, "count", "children", {
          value: starting,
          breakdown: {
            "within-12-months": percent(`${id}/within-12-months`, "Started within 12 months of the end of a previous plan", "children", pt(t, P.REP12), starting),
            "within-24-months": percent(`${id}/within-24-months`, "Started within 24 months of the end of a previous plan", "children", pt(t, P.REP24), starting),
          },
        });
      });
      return percent(
        m.id,
        m.label,
        "children",
        pt(CP_T, P.PREV_ANY),
        pt(CP_T, P.START_CH),
        ["Headline: the DfE 'second or subsequent plan' measure, children starting a child protection plan in the period who had a previous plan at any time (NumberOfPreviousCPP >= 1 or an earlier plan in the record)."],
        breakdown,
      );
    },
  }),
  metric({
    id: "plans.seen-per-plan",
    family: "plans",
    label: "Children seen as often as their plan requires",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: ["visits", "cin-episodes", "looked-after-episodes"], breakdown: SEEN_BY_PLAN_TYPE },
    // children all of whose measured plans kept to the policy: the plan types the policy measures
    headlineNeeds: (cfg, needs) => {
      const kinds = new Set<FactKind>(["visits"]);
      PLAN_KEYS.forEach((key, t) => {
        if (cfg.visitRules[t] !== undefined) for (const k of needs.breakdown?.[key]?.facts ?? []) kinds.add(k);
      });
      return { ...needs, facts: [...kinds] };
    },
    build: ({ cfg, g, pt }, m) => {
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => {
        const rule = cfg.visitRules[t];
        const r = percent(
          `${m.id}/${key}`,
          `${PLAN_LABELS[key]}: children seen within the required interval`,
          "children",
          pt(t, P.SEEN_NUM),
          pt(t, P.SEEN_DEN),
          rule === undefined ? ["The visit policy has no interval for this plan type: not measured."] : outsideNote(pt(t, P.SEEN_OOC), "children"),
        );
        const left = excluded([pt(t, P.SEEN_OOC), OUTSIDE_CALENDAR]);
        breakdown[key] = left.length > 0 ? { ...r, excluded: left } : r;
      });
      const top = percent(
        m.id,
        m.label,
        "children",
        g(C.SEEN_ANY_NUM),
        g(C.SEEN_ANY_DEN),
        [
          "Children with a plan open at any time in the period whose every gap (from plan or period start, between visits counting towards the plan type, to plan or period end) was within the interval; looked after: a visit within 7 days of the start of every placement, then every 6 weeks, or every 3 months after the first year of a long-term foster placement (U1/U4) (Care Planning, Placement and Case Review (England) Regulations 2010, reg 28(2)).",
          ...outsideNote(g(C.SEEN_ANY_OOC), "children"),
        ],
        breakdown,
      );
      const seenOut = excluded([g(C.SEEN_ANY_OOC), OUTSIDE_CALENDAR]);
      return seenOut.length > 0 ? { ...top, excluded: seenOut } : top;
    },
  }),
] as const;
