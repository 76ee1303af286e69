// Each metric of the catalogue as the SQL computes it: the figures (the metric's own and its
// breakdown entries, by the ids kinsafe's results give them) over the event views of
// relations.ts, or why the SQL does not compute it. Dialect-neutral: render.ts writes them in
// each dialect. The map is keyed by every metric id, so a metric added to the catalogue cannot
// be forgotten here: it needs a spec or `{ unsupported: "why" }`.
import type { MetricId } from "../../metrics";
import { DFE_ASSESSMENT_BANDS, ICPC_BANDS } from "../../metrics/internal";
import {
  AGE_BAND_KEYS,
  ASSESSMENT_WORKING_DAYS,
  CARE_LEAVER_AGES,
  DAYS_PER_WEEK,
  ICPC_WORKING_DAYS,
  LEAVER_ACCOMMODATION,
  LEAVER_ACTIVITY,
  LEAVER_ACTIVITY_NONE,
  LEAVER_CONTACT,
  LEAVER_CONTACT_NONE,
  LEAVER_NO_INFORMATION,
  NOT_IN_NEED_CLOSURES,
  PROCEEDINGS_DAYS,
  SDQ_BAND_TOPS,
} from "./rules";
import { ASSESSMENT_FACTOR_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import { LS_GROUPS, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "../../metrics/internal";
import { NOT_A_CODE } from "./relations";

/**
 * The event views a figure counts (relations.ts): one row per event and period, with the
 * period's id and the child's.
 *
 * @internal
 */
export type EventView =
  | "ks_referral"
  | "ks_assessment"
  | "ks_assessment_factor"
  | "ks_s47"
  | "ks_icpc"
  | "ks_open"
  | "ks_plan_end"
  | "ks_plan_start"
  | "ks_issued"
  | "ks_concluded"
  | "ks_lac_start"
  | "ks_lac_cease"
  | "ks_lac_snap"
  | "ks_lac_during"
  | "ks_lac_review"
  | "ks_adoption"
  | "ks_cp_review"
  | "ks_snap_need"
  | "ks_cp_snap"
  | "ks_cp_first"
  | "ks_health"
  | "ks_leaver";

/**
 * A condition on a row of an event view.
 *
 * @internal
 */
export type SqlPredicate =
  | { readonly all: readonly SqlPredicate[] }
  | { readonly column: string; readonly equals: number | string }
  | { readonly column: string; readonly in: readonly string[] }
  | { readonly column: string; readonly between: readonly [number, number] };

/**
 * One figure: a row of the output per period.
 *
 * - `count`: the rows (or distinct children) of the view that meet `where`.
 * - `percent`: of the rows (or distinct children) that meet `where`, the share that meet `num`
 *   (value `NULL`, unavailable, with none).
 * - `total`: a distribution's headline: value `NULL`, the denominator the rows (or the rows
 *   with a `column` value) that meet `where`.
 * - `per10k`: the rows (or distinct children) that meet `where` per 10,000 children of the
 *   population given (value `NULL`, unavailable, without one).
 * - `quantile`: quantile `p` of `column` (its `NULL`s left out), divided by `divide`.
 * - `within`: the share of the rows with a `column` value whose value is in `[from, to]`.
 * - `sum`: the sum of `column` over the rows that meet `where` (0 with none).
 * - `mean`: the mean of `column` (its `NULL`s left out) over the rows that meet `where`: the sum
 *   its numerator, the rows with a value its denominator (value `NULL`, unavailable, with none).
 *
 * @internal
 */
export type SqlFigure =
  | { readonly kind: "count"; readonly id: string; readonly of: EventView; readonly where?: SqlPredicate; readonly children?: boolean }
  | { readonly kind: "percent"; readonly id: string; readonly of: EventView; readonly num: SqlPredicate; readonly where?: SqlPredicate; readonly children?: boolean }
  | { readonly kind: "total"; readonly id: string; readonly of: EventView; readonly column?: string; readonly where?: SqlPredicate }
  | { readonly kind: "per10k"; readonly id: string; readonly of: EventView; readonly where?: SqlPredicate; readonly children?: boolean }
  | { readonly kind: "quantile"; readonly id: string; readonly of: EventView; readonly column: string; readonly p: number; readonly divide?: number }
  | { readonly kind: "within"; readonly id: string; readonly of: EventView; readonly column: string; readonly from: number; readonly to: number }
  | { readonly kind: "sum"; readonly id: string; readonly of: EventView; readonly column: string; readonly where?: SqlPredicate }
  | { readonly kind: "mean"; readonly id: string; readonly of: EventView; readonly column: string; readonly where?: SqlPredicate };

/**
 * A metric the SQL computes: its figures, and the breakdown entries of kinsafe's result it does
 * not compute, by id (an entry and everything below it), with why.
 *
 * @internal
 */
export interface SqlMetricSpec {
  readonly figures: readonly SqlFigure[];
  readonly omitted?: Readonly<Record<string, string>>;
}

/**
 * A metric the SQL does not compute, and why.
 *
 * @internal
 */
export interface SqlUnsupported {
  readonly unsupported: string;
}

/**
 * Why a measure kinsafe computes is not in the SQL yet (for a measure added to the catalogue
 * before its SQL is written).
 *
 * @internal
 */
export const NOT_YET = "a measure that kinsafe computes and the SQL does not give yet";

/** Why a group of values that are not codes is not computed (kinsafe shows it only when it holds any). */
const NOT_A_CODE_OMITTED = "values that are not a code of the list: kinsafe gives the entry only when it holds any, which a script's fixed figures cannot follow (tables written by kinsafe tables hold codes)";

/** Each DfE group of a looked-after breakdown: the children in it, or their percentage of the rows of `of`. */
function lacGroups(id: string, of: EventView, column: string, groups: readonly CodeGroup[], share: boolean, skip = ""): SqlFigure[] {
  return groups
    .filter((g) => g.key !== skip)
    .map((g): SqlFigure => (share ? { kind: "percent", id: `${id}/${g.key}`, of, num: { column, equals: g.key } } : { kind: "count", id: `${id}/${g.key}`, of, where: { column, equals: g.key } }));
}

/** Children with an incident (`column` 1 or more), the incidents, the percentage of the children looked after in the period, the incidents per child. */
function incidents(id: string, column: string): SqlFigure[] {
  const some = { column, between: [1, Number.POSITIVE_INFINITY] } as const;
  return [
    { kind: "count", id, of: "ks_lac_during", where: some },
    { kind: "sum", id: `${id}/incidents`, of: "ks_lac_during", column },
    { kind: "percent", id: `${id}/percent`, of: "ks_lac_during", num: some },
    { kind: "mean", id: `${id}/per-child`, of: "ks_lac_during", column, where: some },
  ];
}

const WORKFORCE = "the workforce census is not one of the tidy tables";

/** A median with its quartiles, bands and share within a limit, as kinsafe's `durations`. */
function durations(
  id: string,
  of: EventView,
  column: string,
  options: { readonly bands?: readonly { readonly key: string; readonly from: number; readonly to: number }[]; readonly within?: { readonly key: string; readonly max: number }; readonly divide?: number } = {},
): SqlFigure[] {
  const divide = options.divide === undefined ? {} : { divide: options.divide };
  const out: SqlFigure[] = [
    { kind: "quantile", id, of, column, p: 0.5, ...divide },
    { kind: "quantile", id: `${id}/lower-quartile`, of, column, p: 0.25, ...divide },
    { kind: "quantile", id: `${id}/upper-quartile`, of, column, p: 0.75, ...divide },
  ];
  if (options.bands !== undefined) {
    out.push({ kind: "total", id: `${id}/bands`, of, column });
    for (const b of options.bands) out.push({ kind: "within", id: `${id}/bands/${b.key}`, of, column, from: b.from, to: b.to });
  }
  if (options.within !== undefined) out.push({ kind: "within", id: `${id}/${options.within.key}`, of, column, from: 0, to: options.within.max });
  return out;
}

/** A count of events, per 10,000 children, and the distinct children they are of. */
function events(id: string, of: EventView): SqlMetricSpec {
  return { figures: [{ kind: "count", id, of }, { kind: "per10k", id: `${id}/per10k`, of }, { kind: "count", id: `${id}/children`, of, children: true }] };
}

/** An OC2 flag of lac.health: the percentage yes of the children of its group whose row gives it. */
function healthFlag(id: string, column: string): SqlFigure {
  return { kind: "percent", id, of: "ks_health", where: { column, between: [0, 1] }, num: { column, equals: 1 } };
}

/** lac.health: the annual health assessment, the population, the other OC2 flags, the SDQ scores. */
function health(id: string): SqlFigure[] {
  const [normal, borderline] = SDQ_BAND_TOPS;
  return [
    healthFlag(id, "f_health_assessment"),
    { kind: "count", id: `${id}/population`, of: "ks_health" },
    { kind: "count", id: `${id}/not-recorded`, of: "ks_health", where: { column: "has_row", equals: 0 } },
    healthFlag(`${id}/immunisations`, "f_immunisations"),
    healthFlag(`${id}/teeth-checked`, "f_teeth_check"),
    healthFlag(`${id}/development-checks`, "f_health_check"),
    healthFlag(`${id}/convicted`, "f_convicted"),
    healthFlag(`${id}/substance-misuse`, "f_substance_misuse"),
    healthFlag(`${id}/substance-misuse/intervention-received`, "f_intervention_received"),
    healthFlag(`${id}/substance-misuse/intervention-offered`, "f_intervention_offered"),
    { kind: "mean", id: `${id}/sdq`, of: "ks_health", column: "sdq" },
    { kind: "total", id: `${id}/sdq/bands`, of: "ks_health", column: "sdq" },
    { kind: "within", id: `${id}/sdq/bands/normal`, of: "ks_health", column: "sdq", from: 0, to: normal },
    { kind: "within", id: `${id}/sdq/bands/borderline`, of: "ks_health", column: "sdq", from: normal + 1, to: borderline },
    { kind: "within", id: `${id}/sdq/bands/concern`, of: "ks_health", column: "sdq", from: borderline + 1, to: Number.POSITIVE_INFINITY },
    { kind: "percent", id: `${id}/sdq/with-score`, of: "ks_health", where: { column: "sdq_eligible", equals: 1 }, num: { column: "sdq", between: [0, Number.POSITIVE_INFINITY] } },
  ];
}

/** The care leavers' age groups, as kinsafe's keys. */
const LEAVER_GROUPS = [`${String(CARE_LEAVER_AGES[0])}-${String(CARE_LEAVER_AGES[1])}`, `${String(CARE_LEAVER_AGES[1] + 1)}-${String(CARE_LEAVER_AGES[2])}`] as const;

/** A share of the care leavers (of an age group, or all of them). */
function leaverShare(id: string, num: SqlPredicate, group: string | undefined): SqlFigure {
  return { kind: "percent", id, of: "ks_leaver", num, ...(group === undefined ? {} : { where: { column: "age_group", equals: group } }) };
}

/** A distribution of the care leavers (of an age group, or all of them) by `column`. */
function leaverDistribution(id: string, column: string, keys: readonly string[], group: string | undefined): SqlFigure[] {
  return [
    { kind: "total", id, of: "ks_leaver", ...(group === undefined ? {} : { where: { column: "age_group", equals: group } }) },
    ...keys.map((k) => leaverShare(`${id}/${k}`, { column, equals: k }, group)),
  ];
}

/** care-leavers.accommodation (of an age group, or all of them with each group's own). */
function accommodation(id: string, group?: string): SqlFigure[] {
  return [
    leaverShare(id, { column: "suitability", equals: "suitable" }, group),
    { kind: "count", id: `${id}/care-leavers`, of: "ks_leaver", ...(group === undefined ? {} : { where: { column: "age_group", equals: group } }) },
    leaverShare(`${id}/unsuitable`, { column: "suitability", equals: "unsuitable" }, group),
    leaverShare(`${id}/no-information`, { column: "suitability", equals: LEAVER_NO_INFORMATION }, group),
    ...leaverDistribution(`${id}/contact`, "contact", [...LEAVER_CONTACT.map(([k]) => k), LEAVER_CONTACT_NONE], group),
    ...leaverDistribution(`${id}/type`, "accommodation_type", [...LEAVER_ACCOMMODATION.map(([k]) => k), LEAVER_NO_INFORMATION], group),
    ...(group === undefined ? LEAVER_GROUPS.flatMap((g) => accommodation(`${id}/${g}`, g)) : []),
  ];
}

/** care-leavers.activity (of an age group, or all of them with each group's own). */
function activity(id: string, group?: string): SqlFigure[] {
  const keys = [...LEAVER_ACTIVITY.map(([k]) => k), LEAVER_ACTIVITY_NONE];
  const neet = keys.filter((k) => k.startsWith("neet-"));
  return [
    leaverShare(id, { column: "activity", in: keys.filter((k) => !neet.includes(k) && k !== LEAVER_ACTIVITY_NONE) }, group),
    { kind: "count", id: `${id}/care-leavers`, of: "ks_leaver", ...(group === undefined ? {} : { where: { column: "age_group", equals: group } }) },
    leaverShare(`${id}/neet`, { column: "activity", in: neet }, group),
    leaverShare(`${id}/not-known`, { column: "activity", equals: LEAVER_ACTIVITY_NONE }, group),
    ...leaverDistribution(`${id}/activity`, "activity", keys, group),
    ...(group === undefined ? LEAVER_GROUPS.flatMap((g) => activity(`${id}/${g}`, g)) : []),
  ];
}

/** DfE's age bands at the event (`age_band`, as kinsafe's keys): the total, and each band's count of the rows (or children) of `of` that meet `where`. */
function ages(id: string, of: EventView, column: string, children: boolean, where?: SqlPredicate): SqlFigure[] {
  const c = children ? { children: true } : {};
  return [
    { kind: "count", id: `${id}/age`, of, ...(where === undefined ? {} : { where }), ...c },
    ...AGE_BAND_KEYS.map((key): SqlFigure => {
      const band: SqlPredicate = { column, equals: key };
      return { kind: "count", id: `${id}/age/${key}`, of, where: where === undefined ? band : { all: [where, band] }, ...c };
    }),
  ];
}

/** The `cp-category` breakdown: the children of `of`, by the initial (and latest) category of abuse of their plan. */
function categories(id: string, of: EventView, latest: boolean): SqlFigure[] {
  const by = (which: string, column: string): SqlFigure[] => [
    { kind: "count", id: `${id}/cp-category/${which}`, of },
    ...[...CP_CATEGORY_CODES, "not-recorded"].map((k): SqlFigure => ({ kind: "count", id: `${id}/cp-category/${which}/${k}`, of, where: { column, equals: k } })),
  ];
  return [{ kind: "count", id: `${id}/cp-category`, of }, ...by("initial", "initial_category"), ...(latest ? by("latest", "latest_category") : [])];
}

/** The plan types whose durations and repeats the SQL measures. */
const MEASURED_PLANS = ["early-help", "cin", "cp", "lac"] as const;
/** DfE's plan duration bands (D7), as kinsafe's keys. */
const PLAN_BANDS = ["3-months-or-less", "3-to-6-months", "6-months-to-1-year", "1-to-2-years", "2-years-or-more"] as const;

const groupOf = (code: string): string => code.replace(/[A-Z]$/, "");
const SOURCE_GROUPS = [...new Set(REFERRAL_SOURCE_CODES.map(groupOf))];

/**
 * Every metric of the catalogue, as the SQL computes it or why it does not.
 *
 * @internal
 */
export const SQL_METRICS: { readonly [K in MetricId]: SqlMetricSpec | SqlUnsupported } = {
  "activity.referrals": {
    figures: [{ kind: "count", id: "activity.referrals", of: "ks_referral" }, { kind: "count", id: "activity.referrals/children", of: "ks_referral", children: true }, ...ages("activity.referrals", "ks_referral", "age_band", false)],
  },
  "activity.referral-rate": {
    figures: [
      { kind: "per10k", id: "activity.referral-rate", of: "ks_referral" },
      { kind: "per10k", id: "activity.referral-rate/children", of: "ks_referral", children: true },
    ],
  },
  "activity.re-referral-rate": {
    figures: [
      { kind: "percent", id: "activity.re-referral-rate", of: "ks_referral", num: { column: "re_referral", equals: 1 } },
      { kind: "percent", id: "activity.re-referral-rate/children", of: "ks_referral", num: { column: "re_referral", equals: 1 }, children: true },
    ],
  },
  "activity.referral-source": {
    figures: [
      { kind: "total", id: "activity.referral-source", of: "ks_referral" },
      ...SOURCE_GROUPS.flatMap((g): SqlFigure[] => [
        { kind: "percent", id: `activity.referral-source/${g}`, of: "ks_referral", num: { column: "source_group", equals: g } },
        ...REFERRAL_SOURCE_CODES.filter((c) => groupOf(c) === g && c !== g).map((c): SqlFigure => ({ kind: "percent", id: `activity.referral-source/${g}/${c}`, of: "ks_referral", num: { column: "source_code", equals: c } })),
      ]),
      { kind: "percent", id: "activity.referral-source/not-recorded", of: "ks_referral", num: { column: "source_group", equals: "not-recorded" } },
    ],
  },
  "activity.referral-outcome": {
    figures: [
      { kind: "total", id: "activity.referral-outcome", of: "ks_referral" },
      ...["lac", "cp", "cin", "early-help", "nfa", "pending"].map((k): SqlFigure => ({ kind: "percent", id: `activity.referral-outcome/${k}`, of: "ks_referral", num: { column: "outcome", equals: k } })),
    ],
  },
  "activity.nfa-rate": { figures: [{ kind: "percent", id: "activity.nfa-rate", of: "ks_referral", num: { column: "nfa", equals: 1 } }] },
  "activity.assessed-not-in-need-rate": {
    figures: [
      { kind: "percent", id: "activity.assessed-not-in-need-rate", of: "ks_referral", num: { column: "not_in_need", equals: 1 } },
      ...NOT_IN_NEED_CLOSURES.map((c): SqlFigure => ({ kind: "percent", id: `activity.assessed-not-in-need-rate/${c}`, of: "ks_referral", num: { column: `closed_${c.toLowerCase()}`, equals: 1 } })),
    ],
  },
  "activity.assessments": {
    figures: [
      ...events("activity.assessments", "ks_assessment").figures,
      { kind: "count", id: "activity.assessments/assessment-factors", of: "ks_assessment" },
      ...ASSESSMENT_FACTOR_CODES.map((c): SqlFigure => ({ kind: "count", id: `activity.assessments/assessment-factors/${c}`, of: "ks_assessment_factor", where: { column: "factor", equals: c } })),
      { kind: "count", id: "activity.assessments/assessment-factors/not-recorded", of: "ks_assessment", where: { column: "has_factor", equals: 0 } },
    ],
  },
  "activity.s47-enquiries": events("activity.s47-enquiries", "ks_s47"),
  "activity.icpcs": events("activity.icpcs", "ks_icpc"),
  "timeliness.assessment-duration": {
    figures: durations("timeliness.assessment-duration", "ks_assessment", "working_days", { bands: DFE_ASSESSMENT_BANDS, within: { key: `within-${String(ASSESSMENT_WORKING_DAYS)}`, max: ASSESSMENT_WORKING_DAYS } }),
  },
  "timeliness.referral-to-decision": {
    unsupported: "the episode's first assessment is the one with the earliest start, and when two start on the same day the first in the record's order: the tidy tables' rows have no order SQL can rely on; not yet written as SQL",
  },
  "timeliness.icpc": {
    figures: [
      ...durations("timeliness.icpc", "ks_icpc", "working_days", { bands: ICPC_BANDS, within: { key: `within-${String(ICPC_WORKING_DAYS)}`, max: ICPC_WORKING_DAYS } }),
      ...durations("timeliness.icpc/from-strategy-discussion", "ks_icpc", "from_strategy_discussion", { bands: ICPC_BANDS, within: { key: `within-${String(ICPC_WORKING_DAYS)}`, max: ICPC_WORKING_DAYS } }),
    ],
  },
  "timeliness.to-court": { figures: durations("timeliness.to-court", "ks_issued", "days", { divide: DAYS_PER_WEEK }) },
  "timeliness.through-court": { figures: durations("timeliness.through-court", "ks_concluded", "days", { divide: DAYS_PER_WEEK, within: { key: "within-26-weeks", max: PROCEEDINGS_DAYS } }) },
  "plans.open": {
    figures: [
      { kind: "count", id: "plans.open", of: "ks_open", where: { column: "kind", equals: "in-need" }, children: true },
      { kind: "per10k", id: "plans.open/per10k", of: "ks_open", where: { column: "kind", equals: "in-need" }, children: true },
      ...(["early-help", "cin", "cp", "lac"] as const).flatMap((k): SqlFigure[] => [
        { kind: "count", id: `plans.open/${k}`, of: "ks_open", where: { column: "kind", equals: k }, children: true },
        { kind: "per10k", id: `plans.open/${k}/per10k`, of: "ks_open", where: { column: "kind", equals: k }, children: true },
      ]),
      { kind: "count", id: "plans.open/any-plan", of: "ks_open", where: { column: "kind", in: ["early-help", "cin", "cp", "lac"] }, children: true },
      ...ages("plans.open", "ks_open", "age_band", true, { column: "kind", equals: "in-need" }),
      ...categories("plans.open/cp", "ks_cp_snap", true),
      { kind: "count", id: "plans.open/primary-need", of: "ks_snap_need", children: true },
      ...[...PRIMARY_NEED_CODES, "not-recorded"].map((k): SqlFigure => ({ kind: "count", id: `plans.open/primary-need/${k}`, of: "ks_snap_need", where: { column: "need", equals: k }, children: true })),
      ...ages("plans.open/cp", "ks_open", "age_band", true, { column: "kind", equals: "cp" }),
      ...ages("plans.open/lac", "ks_open", "age_band", true, { column: "kind", equals: "lac" }),
    ],
  },
  "plans.duration": {
    figures: [
      { kind: "percent", id: "plans.duration", of: "ks_plan_end", where: { column: "plan_type", equals: "cp" }, num: { column: "two_years_or_more", equals: 1 } },
      ...MEASURED_PLANS.flatMap((t): SqlFigure[] => {
        const where = { column: "plan_type", equals: t } as const;
        const id = `plans.duration/${t}`;
        return [
          { kind: "count", id, of: "ks_plan_end", where },
          { kind: "percent", id: `${id}/more-than-6-months`, of: "ks_plan_end", where, num: { column: "more_than_6_months", equals: 1 } },
          { kind: "percent", id: `${id}/1-year-or-more`, of: "ks_plan_end", where, num: { column: "one_year_or_more", equals: 1 } },
          { kind: "percent", id: `${id}/2-years-or-more`, of: "ks_plan_end", where, num: { column: "two_years_or_more", equals: 1 } },
          { kind: "total", id: `${id}/bands`, of: "ks_plan_end", where },
          ...PLAN_BANDS.map((b): SqlFigure => ({ kind: "percent", id: `${id}/bands/${b}`, of: "ks_plan_end", where, num: { column: "band", equals: b } })),
        ];
      }),
    ],
  },
  "plans.repeat": {
    figures: [
      { kind: "percent", id: "plans.repeat", of: "ks_plan_start", where: { column: "plan_type", equals: "cp" }, num: { column: "previous_plan", equals: 1 }, children: true },
      ...MEASURED_PLANS.flatMap((t): SqlFigure[] => {
        const where = { column: "plan_type", equals: t } as const;
        const id = `plans.repeat/${t}`;
        return [
          { kind: "count", id, of: "ks_plan_start", where, children: true },
          { kind: "percent", id: `${id}/within-12-months`, of: "ks_plan_start", where, num: { column: "within_12_months", equals: 1 }, children: true },
          { kind: "percent", id: `${id}/within-24-months`, of: "ks_plan_start", where, num: { column: "within_24_months", equals: 1 }, children: true },
        ];
      }),
    ],
  },
  "plans.seen-per-plan": {
    unsupported: "whether every gap between visits kept to the visit policy (working days, placements' first year, long-term fostering) is a walk through each child's visits and placements that is not written as SQL",
  },
  "outcomes.attainment": { unsupported: "attainment scores are an input joined by child id or UPN, not one of the tidy tables" },
  "outcomes.offences-against-children": { unsupported: "a count given as input (police recorded crime), not one of the tidy tables" },
  "outcomes.injury-admissions": { unsupported: "a count given as input (hospital data), not one of the tidy tables" },
  "workforce.vacancy-rate": { unsupported: WORKFORCE },
  "workforce.turnover-rate": { unsupported: WORKFORCE },
  "workforce.agency-rate": { unsupported: WORKFORCE },
  "workforce.sickness-rate": { unsupported: WORKFORCE },
  "workforce.average-caseload": { unsupported: WORKFORCE },
  "plans.started": {
    figures: [
      { kind: "count", id: "plans.started", of: "ks_plan_start", where: { column: "plan_type", equals: "cp" }, children: true },
      { kind: "count", id: "plans.started/plans", of: "ks_plan_start", where: { column: "plan_type", equals: "cp" } },
      { kind: "per10k", id: "plans.started/per10k", of: "ks_plan_start", where: { column: "plan_type", equals: "cp" }, children: true },
      { kind: "count", id: "plans.started/cin", of: "ks_plan_start", where: { column: "plan_type", equals: "cin" }, children: true },
      { kind: "count", id: "plans.started/cin/plans", of: "ks_plan_start", where: { column: "plan_type", equals: "cin" } },
      ...ages("plans.started", "ks_plan_start", "first_age_band", true, { column: "plan_type", equals: "cp" }),
      ...categories("plans.started", "ks_cp_first", false),
    ],
  },
  "plans.cp-reviews-on-time": { figures: [{ kind: "percent", id: "plans.cp-reviews-on-time", of: "ks_cp_review", num: { column: "on_time", equals: 1 } }] },
  "lac.started": {
    figures: [
      { kind: "count", id: "lac.started", of: "ks_lac_start", children: true },
      ...lacGroups("lac.started", "ks_lac_start", "ls_group", LS_GROUPS, false, "short-breaks"),
      { kind: "per10k", id: "lac.started/per10k", of: "ks_lac_start", children: true },
      { kind: "count", id: "lac.started/periods-of-care", of: "ks_lac_start" },
      ...ages("lac.started", "ks_lac_start", "age_band", true),
    ],
    omitted: { [NOT_A_CODE]: NOT_A_CODE_OMITTED },
  },
  "lac.ceased": {
    figures: [{ kind: "count", id: "lac.ceased", of: "ks_lac_cease" }, ...lacGroups("lac.ceased", "ks_lac_cease", "rec_group", REC_GROUPS, true, "x1")],
    omitted: { [NOT_A_CODE]: NOT_A_CODE_OMITTED },
  },
  "lac.placement-type": {
    figures: [{ kind: "total", id: "lac.placement-type", of: "ks_lac_snap" }, ...lacGroups("lac.placement-type", "ks_lac_snap", "place_group", PLACE_GROUPS, true)],
    omitted: { [NOT_A_CODE]: NOT_A_CODE_OMITTED },
  },
  "lac.placement-stability-short": { figures: [{ kind: "percent", id: "lac.placement-stability-short", of: "ks_lac_snap", num: { column: "unstable", equals: 1 } }] },
  "lac.placement-stability-long": {
    figures: [{ kind: "percent", id: "lac.placement-stability-long", of: "ks_lac_snap", where: { column: "long_den", equals: 1 }, num: { column: "long_num", equals: 1 } }],
  },
  "lac.uasc": {
    figures: [
      { kind: "count", id: "lac.uasc", of: "ks_lac_snap", where: { column: "uasc", equals: 1 } },
      { kind: "percent", id: "lac.uasc/percent", of: "ks_lac_snap", num: { column: "uasc", equals: 1 } },
      { kind: "count", id: "lac.uasc/started", of: "ks_lac_start", where: { column: "uasc", equals: 1 }, children: true },
    ],
  },
  "lac.missing": {
    figures: [...incidents("lac.missing", "missing_n"), { kind: "count", id: "lac.missing/looked-after", of: "ks_lac_during" }, ...incidents("lac.missing/away", "away_n")],
  },
  "lac.reviews-on-time": {
    figures: [{ kind: "percent", id: "lac.reviews-on-time", of: "ks_lac_review", where: { column: "tested", equals: 1 }, num: { column: "on_time", equals: 1 } }],
  },
  "lac.adoption-timeliness": {
    figures: [
      { kind: "mean", id: "lac.adoption-timeliness", of: "ks_adoption", column: "a1_days" },
      { kind: "mean", id: "lac.adoption-timeliness/a10", of: "ks_adoption", column: "a10_days" },
      { kind: "mean", id: "lac.adoption-timeliness/a2", of: "ks_adoption", column: "a2_days" },
      { kind: "count", id: "lac.adoption-timeliness/adopted", of: "ks_adoption" },
      { kind: "count", id: "lac.adoption-timeliness/by-foster-carers", of: "ks_adoption", where: { column: "by_foster_carers", equals: 1 } },
      { kind: "count", id: "lac.adoption-timeliness/no-adoptive-placement", of: "ks_adoption", where: { column: "no_placement", equals: 1 } },
    ],
  },
  "lac.health": { figures: health("lac.health") },
  "care-leavers.accommodation": { figures: accommodation("care-leavers.accommodation") },
  "care-leavers.activity": { figures: activity("care-leavers.activity") },
};
