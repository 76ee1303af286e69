import { workingDaysBetweenDayNumbers } from "../../calendar";
import { REFERRAL_SOURCE_CODES } from "../../records";
import { METRIC_CATALOGUE, type CountingUnit, type CoreDataSetResult, type MetricId, type MetricResult, type MetricUnit, type UnavailableReason } from "../CoreDataSet";
import { suppressCoreMetrics } from "../disclosureControl";
import { applyAvailability } from "./availability";
import { addMonthsToDay, fastDay } from "./days";
import type { EngineConfig, EngineState } from "./engine";
import { countBetween, quantile, type Histogram } from "./Histogram";
import { C, H, P, PT_SIZE } from "./layout";

// Turns the counters and histograms of a state into the catalogue's result shape, then applies
// disclosure control. Runs once per result, so clarity matters more than speed here.

interface Parts {
  readonly value: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly notes?: readonly string[];
  readonly breakdown?: Readonly<Record<string, MetricResult>>;
  /** Set when the figure itself cannot be given (no denominator, no population). */
  readonly unavailable?: UnavailableReason;
  readonly excluded?: readonly Excluded[];
}

interface Excluded {
  readonly count: number;
  readonly reason: string;
}

function make(id: string, label: string, unit: MetricUnit, countingUnit: CountingUnit, parts: Parts): MetricResult {
  let r: MetricResult = {
    id,
    label,
    unit,
    value: parts.value,
    numerator: parts.numerator ?? null,
    denominator: parts.denominator ?? null,
    countingUnit,
    notes: parts.notes ?? [],
    suppressed: false,
    status: parts.unavailable === undefined ? "available" : "unavailable",
  };
  if (parts.unavailable !== undefined) r = { ...r, unavailable: { reason: parts.unavailable } };
  if (parts.excluded !== undefined && parts.excluded.length > 0) r = { ...r, excluded: parts.excluded };
  return parts.breakdown === undefined ? r : { ...r, breakdown: parts.breakdown };
}

/** The exclusions with a non-zero count. */
function excluded(...items: readonly (readonly [number, string])[]): Excluded[] {
  return items.filter(([n]) => n > 0).map(([count, reason]) => ({ count, reason }));
}

const OUTSIDE_CALENDAR = "a date is outside the working-day calendar, so the working days cannot be counted";

/**
 * Starts before the episode's referral date, which cannot be right (DfE CIN census validation
 * rules; the CIN census reader reports them as `cin-census/date-before-referral`).
 */
const BEFORE_REFERRAL = {
  assessment: "the assessment starts before the referral date, which cannot be right (DfE CIN census validation rule 1103)",
  s47: "the section 47 enquiry starts before the referral date, which cannot be right (DfE CIN census validation rule 2889)",
  cin: "the child in need plan starts before the referral date, which cannot be right (DfE CIN census validation rule 4015)",
  cp: "the child protection plan starts before the referral date, which cannot be right (DfE CIN census validation rule 1105)",
} as const;

/** An FTE as the notes print it: at most two decimals, no trailing zeros. */
function fte(x: number): string {
  return String(Math.round(x * 100) / 100);
}

const NO_POPULATION = "No population was given: a rate per 10,000 children is unavailable (not 0).";

function percent(id: string, label: string, cu: CountingUnit, num: number, den: number, notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult {
  const extra = den === 0 ? [`No ${cu} in the denominator: the percentage is unavailable.`] : [];
  return make(id, label, "percent", cu, {
    value: den === 0 ? null : (num * 100) / den,
    numerator: num,
    denominator: den,
    notes: [...notes, ...extra],
    ...(den === 0 ? { unavailable: "no-denominator" as const } : {}),
    ...(breakdown === undefined ? {} : { breakdown }),
  });
}

function count(id: string, label: string, cu: CountingUnit, n: number, notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult {
  return make(id, label, "count", cu, { value: n, notes, ...(breakdown === undefined ? {} : { breakdown }) });
}

function per10k(cfg: EngineConfig, id: string, label: string, cu: CountingUnit, n: number, breakdown?: Record<string, MetricResult>): MetricResult {
  const pop = cfg.population?.children0to17;
  return make(id, label, "per10k", cu, {
    value: pop === undefined ? null : (n * 10_000) / pop,
    numerator: n,
    denominator: pop ?? null,
    notes: pop === undefined ? [NO_POPULATION] : [],
    ...(pop === undefined ? { unavailable: "no-population" as const } : {}),
    ...(breakdown === undefined ? {} : { breakdown }),
  });
}

/** A distribution: each key's share of the total, value null at the top. */
function distribution(id: string, label: string, cu: CountingUnit, total: number, shares: Record<string, { label: string; n: number; breakdown?: Record<string, MetricResult> }>, notes: readonly string[] = []): MetricResult {
  const breakdown: Record<string, MetricResult> = {};
  for (const [key, s] of Object.entries(shares)) breakdown[key] = percent(`${id}/${key}`, s.label, cu, s.n, total, [], s.breakdown);
  return make(id, label, "percent", cu, {
    value: null,
    numerator: null,
    denominator: total,
    notes: [...notes, "A distribution: each breakdown entry is the percentage of the denominator in that group.", ...(total === 0 ? [`No ${cu} in the denominator: the distribution is unavailable.`] : [])],
    ...(total === 0 ? { unavailable: "no-denominator" as const } : {}),
    breakdown,
  });
}

interface Band {
  readonly key: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

function durations(
  id: string,
  label: string,
  unit: MetricUnit,
  cu: CountingUnit,
  h: Histogram,
  scale: number,
  options: { bands?: readonly Band[]; within?: { key: string; label: string; max: number }; notes?: readonly string[]; extra?: Record<string, MetricResult>; excluded?: readonly Excluded[] },
): MetricResult {
  const n = h.total;
  const q = (p: number): number | null => {
    const v = quantile(h, p);
    return v === null ? null : v * scale;
  };
  const empty = n === 0 ? [`No ${cu} in the period: the median is unavailable.`] : [];
  const none = n === 0 ? { unavailable: "no-denominator" as const } : {};
  const breakdown: Record<string, MetricResult> = {
    "lower-quartile": make(`${id}/lower-quartile`, "Lower quartile", unit, cu, { value: q(0.25), denominator: n, notes: empty, ...none }),
    "upper-quartile": make(`${id}/upper-quartile`, "Upper quartile", unit, cu, { value: q(0.75), denominator: n, notes: empty, ...none }),
  };
  if (options.bands !== undefined) {
    const shares: Record<string, { label: string; n: number }> = {};
    for (const b of options.bands) shares[b.key] = { label: b.label, n: countBetween(h, b.from, b.to) };
    breakdown["bands"] = distribution(`${id}/bands`, "Duration bands", cu, n, shares);
  }
  if (options.within !== undefined) {
    breakdown[options.within.key] = percent(`${id}/${options.within.key}`, options.within.label, cu, countBetween(h, 0, options.within.max), n);
  }
  Object.assign(breakdown, options.extra ?? {});
  return make(id, label, unit, cu, { value: q(0.5), denominator: n, notes: [...(options.notes ?? []), ...empty], breakdown, ...none, ...(options.excluded === undefined ? {} : { excluded: options.excluded }) });
}

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

const PLAN_LABELS = { "early-help": "Early help", cin: "Child in need plan", cp: "Child protection plan", lac: "Looked after" } as const;
const PLAN_KEYS = ["early-help", "cin", "cp", "lac"] as const;

function label(id: MetricId): string {
  return METRIC_CATALOGUE.find((m) => m.id === id)?.label ?? id;
}

function negNote(n: number, what: string, why = "the end date is before the start date"): string[] {
  return n > 0 ? [`${String(n)} ${what} excluded: ${why}.`] : [];
}

function outsideNote(n: number, what: string): string[] {
  return n > 0 ? [`${String(n)} ${what} excluded: ${OUTSIDE_CALENDAR}.`] : [];
}

/**
 * Builds every enabled metric.
 *
 * @internal
 */
export function buildMetrics(st: EngineState): Partial<Record<MetricId, MetricResult>> {
  const cfg = st.config;
  const c = st.c;
  const g = (i: number): number => c[i] ?? 0;
  const out: Partial<Record<MetricId, MetricResult>> = {};
  const on = (id: MetricId): boolean => cfg.enabled.has(id);
  const refs = g(C.REF);
  const children = g(C.REF_CH);

  if (on("activity.referrals")) {
    out["activity.referrals"] = count("activity.referrals", label("activity.referrals"), "referrals", refs, ["Referrals dated in the period, NFA referrals included."], {
      children: count("activity.referrals/children", "Children referred", "children", children),
    });
  }
  if (on("activity.referral-rate")) {
    out["activity.referral-rate"] = per10k(cfg, "activity.referral-rate", label("activity.referral-rate"), "referrals", refs, {
      children: per10k(cfg, "activity.referral-rate/children", "Children referred per 10,000 children", "children", children),
    });
  }
  if (on("activity.re-referral-rate")) {
    out["activity.re-referral-rate"] = percent(
      "activity.re-referral-rate",
      label("activity.re-referral-rate"),
      "referrals",
      g(C.REREF),
      refs,
      ["A referral is a re-referral when it is within 12 months of a previous referral of the child, counted forward from the previous one (previous < date <= previous + 12 months), in or before the period."],
      { children: percent("activity.re-referral-rate/children", "Children re-referred", "children", g(C.REREF_CH), children) },
    );
  }
  if (on("activity.referral-source")) {
    const shares: Record<string, { label: string; n: number; breakdown?: Record<string, MetricResult> }> = {};
    for (const [group, groupLabel] of Object.entries(SOURCE_GROUPS)) {
      const detail: Record<string, MetricResult> = {};
      let n = 0;
      REFERRAL_SOURCE_CODES.forEach((code, i) => {
        if (code.replace(/[A-Z]$/, "") !== group) return;
        n += g(C.SRC + i);
        if (code !== group) detail[code] = percent(`activity.referral-source/${group}/${code}`, `Source ${code}`, "referrals", g(C.SRC + i), refs);
      });
      shares[group] = Object.keys(detail).length > 0 ? { label: groupLabel, n, breakdown: detail } : { label: groupLabel, n };
    }
    shares["not-recorded"] = { label: "Source not recorded", n: g(C.SRC + REFERRAL_SOURCE_CODES.length) };
    out["activity.referral-source"] = distribution("activity.referral-source", label("activity.referral-source"), "referrals", refs, shares);
  }
  if (on("activity.referral-outcome")) {
    const keys = ["lac", "cp", "cin", "early-help", "nfa", "pending"] as const;
    const labels = ["Became looked after", "Child protection plan", "Child in need", "Referred to early help (RC9)", "No further action (NFA or RC8)", "Awaiting an assessment decision"];
    const shares: Record<string, { label: string; n: number }> = {};
    keys.forEach((k, i) => (shares[k] = { label: labels[i] ?? k, n: g(C.OUT + i) }));
    out["activity.referral-outcome"] = distribution("activity.referral-outcome", label("activity.referral-outcome"), "referrals", refs, shares, [
      "The furthest level each referral's episode reached by the end of the period; looked-after episodes under V3/V4 (short breaks) do not count.",
    ]);
  }
  if (on("activity.nfa-rate")) {
    out["activity.nfa-rate"] = percent("activity.nfa-rate", label("activity.nfa-rate"), "referrals", g(C.NFA), refs);
  }
  if (on("activity.assessed-not-in-need-rate")) {
    out["activity.assessed-not-in-need-rate"] = percent(
      "activity.assessed-not-in-need-rate",
      label("activity.assessed-not-in-need-rate"),
      "referrals",
      g(C.RC8) + g(C.RC9),
      refs,
      ["Episodes closed RC8 or RC9 on or before the period end (as known at the period end: a closure after it is not counted)."],
      {
        RC8: percent("activity.assessed-not-in-need-rate/RC8", "Closed after assessment, no further action (RC8)", "referrals", g(C.RC8), refs),
        RC9: percent("activity.assessed-not-in-need-rate/RC9", "Closed after assessment, referred to early help (RC9)", "referrals", g(C.RC9), refs),
      },
    );
  }
  if (on("activity.assessments")) {
    out["activity.assessments"] = count("activity.assessments", label("activity.assessments"), "assessments", g(C.ASM), ["Assessments authorised in the period."], {
      per10k: per10k(cfg, "activity.assessments/per10k", "Assessments per 10,000 children", "assessments", g(C.ASM)),
      children: count("activity.assessments/children", "Children assessed", "children", g(C.ASM_CH)),
    });
  }
  if (on("activity.s47-enquiries")) {
    out["activity.s47-enquiries"] = count("activity.s47-enquiries", label("activity.s47-enquiries"), "enquiries", g(C.S47), [], {
      per10k: per10k(cfg, "activity.s47-enquiries/per10k", "Section 47 enquiries per 10,000 children", "enquiries", g(C.S47)),
      children: count("activity.s47-enquiries/children", "Children subject to a section 47 enquiry", "children", g(C.S47_CH)),
    });
  }
  if (on("activity.icpcs")) {
    const ep = g(C.ICPC_EP);
    out["activity.icpcs"] = count(
      "activity.icpcs",
      label("activity.icpcs"),
      "conferences",
      g(C.ICPC),
      ep > 0 ? [`${String(ep)} conferences recorded at episode level (not preceded by a section 47 enquiry in the episode) are included.`] : [],
      {
        per10k: per10k(cfg, "activity.icpcs/per10k", "Initial conferences per 10,000 children", "conferences", g(C.ICPC)),
        children: count("activity.icpcs/children", "Children with an initial conference", "children", g(C.ICPC_CH)),
      },
    );
  }

  const dfeAssessmentBands: Band[] = [
    { key: "0", label: "Same day", from: 0, to: 0 },
    { key: "1-10", label: "1 to 10 working days", from: 1, to: 10 },
    { key: "11-20", label: "11 to 20 working days", from: 11, to: 20 },
    { key: "21-30", label: "21 to 30 working days", from: 21, to: 30 },
    { key: "31-40", label: "31 to 40 working days", from: 31, to: 40 },
    { key: "41-45", label: "41 to 45 working days", from: 41, to: 45 },
    { key: "46-50", label: "46 to 50 working days", from: 46, to: 50 },
    { key: "51-60", label: "51 to 60 working days", from: 51, to: 60 },
    { key: "61+", label: "61 working days or more", from: 61, to: Infinity },
  ];
  if (on("timeliness.assessment-duration")) {
    out["timeliness.assessment-duration"] = durations("timeliness.assessment-duration", label("timeliness.assessment-duration"), "workingDays", "assessments", st.h[H.ASM] as Histogram, 1, {
      bands: dfeAssessmentBands,
      within: { key: "within-45", label: "Completed within 45 working days", max: 45 },
      notes: [
        "Working days from assessment start to authorisation, for assessments authorised in the period.",
        ...negNote(g(C.ASM_NEG), "assessments", "authorised before they started"),
        ...outsideNote(g(C.ASM_OOC), "assessments"),
        ...negNote(g(C.ASM_PRE_REF), "assessments", BEFORE_REFERRAL.assessment),
      ],
      excluded: excluded([g(C.ASM_NEG), "authorised before it started"], [g(C.ASM_OOC), OUTSIDE_CALENDAR], [g(C.ASM_PRE_REF), BEFORE_REFERRAL.assessment]),
    });
  }
  if (on("timeliness.referral-to-decision")) {
    out["timeliness.referral-to-decision"] = durations("timeliness.referral-to-decision", label("timeliness.referral-to-decision"), "workingDays", "assessments", st.h[H.R2D] as Histogram, 1, {
      within: { key: "within-45", label: "Decided within 45 working days of referral", max: 45 },
      notes: [
        "Working days from referral to authorisation of the episode's first assessment, for first assessments authorised in the period.",
        ...negNote(g(C.R2D_NEG), "assessments", "the decision is dated before the referral"),
        ...outsideNote(g(C.R2D_OOC), "assessments"),
      ],
      excluded: excluded([g(C.R2D_NEG), "the decision is dated before the referral"], [g(C.R2D_OOC), OUTSIDE_CALENDAR]),
    });
  }
  if (on("timeliness.icpc")) {
    const icpcBands: Band[] = [
      { key: "0-10", label: "0 to 10 working days", from: 0, to: 10 },
      { key: "11-15", label: "11 to 15 working days", from: 11, to: 15 },
      { key: "16-20", label: "16 to 20 working days", from: 16, to: 20 },
      { key: "21+", label: "21 working days or more", from: 21, to: Infinity },
    ];
    const sd = durations("timeliness.icpc/from-strategy-discussion", "Working days from strategy discussion to initial conference (median)", "workingDays", "conferences", st.h[H.ICPC_SD] as Histogram, 1, {
      bands: icpcBands,
      within: { key: "within-15", label: "Held within 15 working days of the strategy discussion", max: 15 },
      notes: [
        "Conferences whose section 47 enquiry records the strategy discussion date (Working Together).",
        ...negNote(g(C.ICPC_SD_NEG), "conferences", "held before the strategy discussion"),
        ...outsideNote(g(C.ICPC_SD_OOC), "conferences"),
      ],
      excluded: excluded([g(C.ICPC_SD_NEG), "held before the strategy discussion"], [g(C.ICPC_SD_OOC), OUTSIDE_CALENDAR]),
    });
    out["timeliness.icpc"] = durations("timeliness.icpc", label("timeliness.icpc"), "workingDays", "conferences", st.h[H.ICPC] as Histogram, 1, {
      bands: icpcBands,
      within: { key: "within-15", label: "Held within 15 working days of the section 47 start", max: 15 },
      notes: [
        "Conferences held in the period with a preceding section 47 enquiry; episode-level conferences have no start to measure from and are excluded.",
        ...negNote(g(C.ICPC_NEG), "conferences", "held before the section 47 enquiry started"),
        ...outsideNote(g(C.ICPC_OOC), "conferences"),
        ...negNote(g(C.ICPC_PRE_REF), "conferences", BEFORE_REFERRAL.s47),
      ],
      excluded: excluded([g(C.ICPC_NEG), "held before the section 47 enquiry started"], [g(C.ICPC_OOC), OUTSIDE_CALENDAR], [g(C.ICPC_PRE_REF), BEFORE_REFERRAL.s47]),
      extra: { "from-strategy-discussion": sd },
    });
  }
  if (on("timeliness.to-court")) {
    const np = g(C.COURT_NO_PRE);
    out["timeliness.to-court"] = durations("timeliness.to-court", label("timeliness.to-court"), "weeks", "proceedings", st.h[H.TO_COURT] as Histogram, 1 / 7, {
      notes: [
        "Calendar weeks (days / 7) from the start of pre-proceedings to the issue of the application, for applications issued in the period.",
        ...(np > 0 ? [`${String(np)} applications issued without pre-proceedings are excluded.`] : []),
        ...negNote(g(C.COURT_NEG), "applications", "issued before pre-proceedings started"),
      ],
      excluded: excluded([g(C.COURT_NEG), "issued before pre-proceedings started"]),
    });
  }
  if (on("timeliness.through-court")) {
    const ni = g(C.THROUGH_NO_ISSUE);
    out["timeliness.through-court"] = durations("timeliness.through-court", label("timeliness.through-court"), "weeks", "proceedings", st.h[H.THROUGH] as Histogram, 1 / 7, {
      within: { key: "within-26-weeks", label: "Concluded within 26 weeks", max: 182 },
      notes: [
        "Calendar weeks (days / 7) from issue to final order, for proceedings concluded in the period.",
        ...(ni > 0 ? [`${String(ni)} final orders without an issue date are excluded.`] : []),
        ...negNote(g(C.THROUGH_NEG), "proceedings", "the final order is dated before the issue"),
      ],
      excluded: excluded([g(C.THROUGH_NEG), "the final order is dated before the issue"]),
    });
  }

  const pt = (t: number, k: number): number => g(C.PT + t * PT_SIZE + k);
  if (on("plans.open")) {
    const breakdown: Record<string, MetricResult> = {};
    PLAN_KEYS.forEach((key, t) => {
      const n = pt(t, P.OPEN);
      breakdown[key] = count(`plans.open/${key}`, `Children with an open plan: ${PLAN_LABELS[key]}`, "children", n, key === "lac" ? ["Short breaks (legal status V3/V4) excluded."] : [], {
        per10k: per10k(cfg, `plans.open/${key}/per10k`, `${PLAN_LABELS[key]}: children per 10,000`, "children", n),
      });
    });
    breakdown["any-plan"] = count("plans.open/any-plan", "Children with at least one open plan of any type", "children", g(C.ANY_PLAN_SNAP));
    out["plans.open"] = count(
      "plans.open",
      label("plans.open"),
      "children",
      g(C.CIN_SNAP),
      ["Children with an episode of need open at the snapshot date (referral on or before it, no closure or closure after it), not an NFA referral. As known at the snapshot: an episode closed RC8 or RC9 after it was open at it."],
      { ...breakdown, per10k: per10k(cfg, "plans.open/per10k", "Children in need per 10,000 children", "children", g(C.CIN_SNAP)) },
    );
  }
  if (on("plans.duration")) {
    const breakdown: Record<string, MetricResult> = {};
    PLAN_KEYS.forEach((key, t) => {
      const ending = pt(t, P.END);
      const id = `plans.duration/${key}`;
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
    out["plans.duration"] = make("plans.duration", label("plans.duration"), "percent", "plans", {
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
  }
  if (on("plans.repeat")) {
    const breakdown: Record<string, MetricResult> = {};
    PLAN_KEYS.forEach((key, t) => {
      const starting = pt(t, P.START_CH);
      const id = `plans.repeat/${key}`;
      breakdown[key] = make(id, `${PLAN_LABELS[key]}: children starting a plan in the period`, "count", "children", {
        value: starting,
        breakdown: {
          "within-12-months": percent(`${id}/within-12-months`, "Started within 12 months of the end of a previous plan", "children", pt(t, P.REP12), starting),
          "within-24-months": percent(`${id}/within-24-months`, "Started within 24 months of the end of a previous plan", "children", pt(t, P.REP24), starting),
        },
      });
    });
    out["plans.repeat"] = percent(
      "plans.repeat",
      label("plans.repeat"),
      "children",
      pt(CP_T, P.PREV_ANY),
      pt(CP_T, P.START_CH),
      ["Headline: the DfE 'second or subsequent plan' measure, children starting a child protection plan in the period who had a previous plan at any time (NumberOfPreviousCPP >= 1 or an earlier plan in the record)."],
      breakdown,
    );
  }
  if (on("plans.seen-per-plan")) {
    const breakdown: Record<string, MetricResult> = {};
    PLAN_KEYS.forEach((key, t) => {
      const rule = cfg.visitRules[t];
      const r = percent(
        `plans.seen-per-plan/${key}`,
        `${PLAN_LABELS[key]}: children seen within the required interval`,
        "children",
        pt(t, P.SEEN_NUM),
        pt(t, P.SEEN_DEN),
        rule === undefined ? ["The visit policy has no interval for this plan type: not measured."] : outsideNote(pt(t, P.SEEN_OOC), "children"),
      );
      const out = excluded([pt(t, P.SEEN_OOC), OUTSIDE_CALENDAR]);
      breakdown[key] = out.length > 0 ? { ...r, excluded: out } : r;
    });
    out["plans.seen-per-plan"] = percent(
      "plans.seen-per-plan",
      label("plans.seen-per-plan"),
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
    if (seenOut.length > 0) out["plans.seen-per-plan"] = { ...out["plans.seen-per-plan"], excluded: seenOut };
  }

  if (on("outcomes.attainment")) {
    const att = cfg.outcomes?.attainment;
    if (att === undefined) {
      out["outcomes.attainment"] = make("outcomes.attainment", label("outcomes.attainment"), "ratio", "pupils", { value: null, notes: ["No attainment input was given."] });
    } else {
      const mean = (i: number, id: string, lbl: string): MetricResult => {
        const n = g(C.ATT_N + i);
        return make(id, lbl, "ratio", "pupils", {
          value: n === 0 ? null : g(C.ATT_SUM + i) / n,
          numerator: g(C.ATT_SUM + i),
          denominator: n,
          notes: n === 0 ? ["No matched pupil in this group: the mean is unavailable."] : [],
          ...(n === 0 ? { unavailable: "no-denominator" as const } : {}),
        });
      };
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => (breakdown[key] = mean(t, `outcomes.attainment/${key}`, `${PLAN_LABELS[key]} at any time in the period`)));
      const top = mean(4, "outcomes.attainment", label("outcomes.attainment"));
      out["outcomes.attainment"] = {
        ...top,
        notes: [`Measure: ${att.measure}. Pupils joined by child id, else UPN; numerator is the sum of scores, denominator the matched pupils.`, ...top.notes],
        breakdown,
      };
    }
  }
  for (const [id, value] of [
    ["outcomes.offences-against-children", cfg.outcomes?.offencesAgainstChildren],
    ["outcomes.injury-admissions", cfg.outcomes?.injuryAdmissions],
  ] as const) {
    if (!on(id)) continue;
    const cu: CountingUnit = id === "outcomes.injury-admissions" ? "admissions" : "offences";
    out[id] = value === undefined ? make(id, label(id), "per10k", cu, { value: null, notes: ["No input was given."] }) : per10k(cfg, id, label(id), cu, value);
  }
  Object.assign(out, buildWorkforce(cfg));
  return out;
}

const CP_T = 2;

function buildWorkforce(cfg: EngineConfig): Partial<Record<MetricId, MetricResult>> {
  const out: Partial<Record<MetricId, MetricResult>> = {};
  const ids = ["workforce.vacancy-rate", "workforce.turnover-rate", "workforce.agency-rate", "workforce.sickness-rate", "workforce.average-caseload"] as const;
  const w = cfg.workforce;
  if (w === null) {
    for (const id of ids) {
      if (cfg.enabled.has(id)) {
        const def = METRIC_CATALOGUE.find((m) => m.id === id);
        out[id] = make(id, label(id), def?.unit ?? "percent", def?.countingUnit ?? "fte", { value: null, notes: ["No workforce input was given."] });
      }
    }
    return out;
  }
  const ref = fastDay(w.referenceDate);
  const yearStart = addMonthsToDay(ref, -12); // exclusive: the year is (ref - 12 months, ref]
  let inPost = 0;
  let leavers = 0;
  let agency = 0;
  let agencyCover: number | undefined;
  let caseFte: number | undefined;
  let cases: number | undefined;
  let sickness: number | undefined;
  let inPostHead: number | undefined;
  let leaversHead: number | undefined;
  let agencyHead: number | undefined;
  if (w.kind === "aggregate") {
    inPost = w.inPostFte;
    leavers = w.leaversFte;
    agency = w.agencyFte;
    agencyCover = w.agencyCoverFte;
    caseFte = w.caseHolderFte;
    cases = w.casesHeld;
    sickness = w.sicknessDays;
    inPostHead = w.inPostHeadcount;
    leaversHead = w.leaversHeadcount;
    agencyHead = w.agencyHeadcount;
  } else {
    // Agency cover: the census's LA-level item (NoAgencyFTE) when given; else the workers'
    // own flags when any agency worker has one; else it is not known (never 0%).
    const flagged = w.workers.some((x) => x.employment === "agency" && x.coveringVacancy !== undefined);
    agencyCover = w.agencyCoverFte ?? (flagged ? 0 : undefined);
    const sumCover = w.agencyCoverFte === undefined && flagged;
    caseFte = 0;
    cases = 0;
    sickness = 0;
    inPostHead = 0;
    leaversHead = 0;
    agencyHead = 0;
    const seen = new Set<string>();
    for (const x of w.workers) {
      const started = x.startDate === undefined || fastDay(x.startDate) <= ref;
      const left = x.leavingDate === undefined ? null : fastDay(x.leavingDate);
      const present = started && (left === null || left > ref);
      if (x.employment === "agency") {
        if (!present) continue;
        agency += x.fte;
        agencyHead++;
        if (sumCover && x.coveringVacancy === true && agencyCover !== undefined) agencyCover += x.fte;
        continue;
      }
      sickness += x.sicknessDays ?? 0;
      if (present) {
        inPost += x.fte;
        if (!seen.has(x.id)) inPostHead++;
        seen.add(x.id);
        if (x.caseHolder === true) {
          caseFte += x.fte;
          cases += x.cases ?? 0;
        }
      } else if (left !== null && left > yearStart && left <= ref) {
        leavers += x.fte;
        leaversHead++;
      }
    }
  }
  const note = [`FTE basis, reference date ${w.referenceDate} (Children's Social Work Workforce census definitions).`];
  const on = (id: MetricId): boolean => cfg.enabled.has(id);
  const pct = (id: string, lbl: string, cu: CountingUnit, num: number, den: number, notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult =>
    percent(id, lbl, cu, num, den, notes, breakdown);
  // A share of agency cover: unavailable (not 0%) when the input does not say how many agency
  // workers cover vacancies, and unavailable (never over 100%) when it says more agency FTE
  // cover vacancies than the denominator holds: one of the two values is wrong and the input
  // does not say which, so no share can be given (capping at 100% would print a figure the
  // input does not support).
  const cover = (id: string, lbl: string, den: number, denWords: string): MetricResult => {
    if (agencyCover === undefined) {
      return {
        ...make(id, lbl, "percent", "fte", { value: null, notes: ["The workforce input does not give the agency workers covering vacancies (the census's NoAgencyFTE): unavailable (not 0)."] }),
        status: "unavailable",
        unavailable: { reason: "no-workforce" },
      };
    }
    if (agencyCover > den) {
      return {
        ...make(id, lbl, "percent", "fte", {
          value: null,
          notes: [
            `Unavailable: the workforce input gives ${fte(agencyCover)} agency FTE covering vacancies (the census's NoAgencyFTE) but ${fte(den)} ${denWords}, so the share would be more than 100%; one of the two values is wrong.`,
          ],
        }),
        status: "unavailable",
        unavailable: { reason: "unusable-input" },
      };
    }
    return pct(id, lbl, "fte", agencyCover, den);
  };
  if (on("workforce.vacancy-rate")) {
    out["workforce.vacancy-rate"] = pct("workforce.vacancy-rate", label("workforce.vacancy-rate"), "fte", w.vacancyFte, w.vacancyFte + inPost, ["vacancy FTE / (vacancy FTE + in-post FTE).", ...note], {
      "covered-by-agency": cover("workforce.vacancy-rate/covered-by-agency", "Vacancies covered by agency workers", w.vacancyFte, "FTE of vacancies (NumberOfVacancies)"),
    });
  }
  if (on("workforce.turnover-rate")) {
    const b: Record<string, MetricResult> = {};
    if (leaversHead !== undefined && inPostHead !== undefined) b["headcount"] = pct("workforce.turnover-rate/headcount", "Turnover rate (headcount)", "headcount", leaversHead, inPostHead);
    out["workforce.turnover-rate"] = pct("workforce.turnover-rate", label("workforce.turnover-rate"), "fte", leavers, inPost, ["leavers FTE in the year / in-post FTE at the reference date.", ...note], b);
  }
  if (on("workforce.agency-rate")) {
    const b: Record<string, MetricResult> = {};
    if (agencyHead !== undefined && inPostHead !== undefined) b["headcount"] = pct("workforce.agency-rate/headcount", "Agency worker rate (headcount)", "headcount", agencyHead, agencyHead + inPostHead);
    b["covering-vacancies"] = cover("workforce.agency-rate/covering-vacancies", "Agency workers covering vacancies", agency, "agency FTE in post at the reference date");
    out["workforce.agency-rate"] = pct("workforce.agency-rate", label("workforce.agency-rate"), "fte", agency, agency + inPost, ["agency FTE / (agency FTE + in-post FTE).", ...note], b);
  }
  if (on("workforce.sickness-rate")) {
    // The working days of the year to the reference date: given, or counted with the calendar.
    // A year the calendar does not cover cannot be counted: the rate is unavailable (never a
    // thrown error for what the input holds).
    const cal = cfg.calendar;
    const days = w.workingDaysInYear ?? (yearStart >= cal.firstDay && ref <= cal.lastDay ? workingDaysBetweenDayNumbers(cal, yearStart, ref) : undefined);
    out["workforce.sickness-rate"] =
      sickness === undefined
        ? make("workforce.sickness-rate", label("workforce.sickness-rate"), "percent", "days", { value: null, notes: ["No sickness absence days were given."] })
        : days === undefined
          ? make("workforce.sickness-rate", label("workforce.sickness-rate"), "percent", "days", {
              value: null,
              unavailable: "not-covered",
              notes: [
                `Unavailable: the working-day calendar covers ${cal.from} to ${cal.to}, not the year to the reference date ${w.referenceDate}, so its working days cannot be counted (give workingDaysInYear, or a calendar that covers the year).`,
                ...note,
              ],
            })
          : pct("workforce.sickness-rate", label("workforce.sickness-rate"), "days", sickness, inPost * days, [
            `working days lost to sickness / (in-post FTE x ${String(days)} working days in the year to the reference date).`,
            ...note,
          ]);
  }
  if (on("workforce.average-caseload")) {
    out["workforce.average-caseload"] =
      cases === undefined || caseFte === undefined
        ? make("workforce.average-caseload", label("workforce.average-caseload"), "ratio", "cases", { value: null, notes: ["No case-holder FTE and cases were given."] })
        : make("workforce.average-caseload", label("workforce.average-caseload"), "ratio", "cases", {
            value: caseFte === 0 ? null : cases / caseFte,
            numerator: cases,
            denominator: caseFte,
            notes: ["cases held by case holders / FTE of case holders.", ...note, ...(caseFte === 0 ? ["No case-holder FTE: unavailable."] : [])],
          });
  }
  return out;
}

/**
 * The result of a state.
 *
 * @internal
 */
export function buildResult(st: EngineState): CoreDataSetResult {
  const cfg = st.config;
  let metrics = applyAvailability(buildMetrics(st), cfg) as Partial<Record<MetricId, MetricResult>>;
  const threshold = cfg.suppress?.threshold;
  if (threshold !== undefined) metrics = suppressCoreMetrics(metrics, threshold);
  return {
    period: { start: cfg.start, end: cfg.end },
    snapshot: cfg.snapshot,
    population: cfg.population,
    suppress: cfg.suppress,
    records: { read: st.read, skipped: st.skipped, errors: [...st.errors] },
    metrics,
  };
}
