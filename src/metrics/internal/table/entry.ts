import type { CountingUnit, MetricDefinition, MetricNeeds, MetricRequirement, MetricResult, MetricUnit, UnavailableReason } from "../../CoreDataSet";
import type { EngineConfig } from "../engine";
import { countBetween, quantile, type Histogram } from "../Histogram";
import { C, PT_SIZE } from "../layout";

// One entry of the metric table: what it is (definition, needs and builder), what
// a builder reads (the engine's counters and histograms, laid out in layout.ts), and the helpers
// that shape a figure. A builder runs once per result, so clarity matters more than speed here.

/**
 * What a builder reads: the resolved options and the engine's counters (`C`, `P` in layout.ts)
 * and histograms (`H`). An engine state is one; so is any kernel that fills the same layout.
 *
 * @internal
 */
export interface MetricCounters {
  readonly config: EngineConfig;
  readonly c: Float64Array;
  readonly h: readonly Histogram[];
}

/**
 * A builder's view of the counters: a counter by index, a plan type's counter, a histogram.
 *
 * @internal
 */
export interface Counts {
  readonly cfg: EngineConfig;
  /** Counter `i` (layout.ts `C`). */
  readonly g: (i: number) => number;
  /** Counter `k` (layout.ts `P`) of plan type `t` (0 early help, 1 CIN, 2 CP, 3 looked after). */
  readonly pt: (t: number, k: number) => number;
  /** Histogram `i` (layout.ts `H`). */
  readonly h: (i: number) => Histogram;
}

/**
 * What the engine reads of a metric's definition: all but its texts (definition, rule, source,
 * differences), which are kept apart in metricTexts.ts for the public catalogue.
 *
 * @internal
 */
export type MetricHead = Omit<MetricDefinition, "definition" | "rule" | "source" | "differences">;

/**
 * One metric: its definition (id, family, label, units, definition text with its DfE source,
 * what it needs) and its builder. The metric table (table/index.ts) is a list of these.
 *
 * @internal
 */
export interface MetricEntry<Id extends string = string> extends MetricHead {
  readonly id: Id;
  /** The figure from the counters, before availability and disclosure control. */
  readonly build: (k: Counts, m: MetricHead) => MetricResult;
  /**
   * The headline's needs when they depend on the options (default: `needs` as declared). The
   * headline of `plans.seen-per-plan` needs the facts of the plan types the visit policy measures.
   */
  readonly headlineNeeds?: (cfg: EngineConfig, needs: MetricNeeds) => MetricRequirement;
}

/**
 * Declares a metric (keeps its id as a literal type, so that `MetricId` is the union of the table's ids).
 *
 * @internal
 */
export function metric<const Id extends string>(m: MetricEntry<Id>): MetricEntry<Id> {
  return m;
}

/**
 * A builder's view of a state's counters.
 *
 * @internal
 */
export function countsOf(st: MetricCounters): Counts {
  const c = st.c;
  const g = (i: number): number => c[i] ?? 0;
  return {
    cfg: st.config,
    g,
    pt: (t, k) => g(C.PT + t * PT_SIZE + k),
    h: (i) => st.h[i] as Histogram,
  };
}

/** @internal */
export interface Parts {
  readonly value: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly notes?: readonly string[];
  readonly breakdown?: Readonly<Record<string, MetricResult>>;
  /** Set when the figure itself cannot be given (no denominator, no population). */
  readonly unavailable?: UnavailableReason;
  readonly excluded?: readonly Excluded[];
}

/** @internal */
export interface Excluded {
  readonly count: number;
  readonly reason: string;
}

/**
 * A figure from its parts.
 *
 * @internal
 */
export function make(id: string, label: string, unit: MetricUnit, countingUnit: CountingUnit, parts: Parts): MetricResult {
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

/**
 * The exclusions with a non-zero count.
 *
 * @internal
 */
export function excluded(...items: readonly (readonly [number, string])[]): Excluded[] {
  return items.filter(([n]) => n > 0).map(([count, reason]) => ({ count, reason }));
}

/** @internal */
export const OUTSIDE_CALENDAR = "a date is outside the working-day calendar, so the working days cannot be counted";

/**
 * Starts before the episode's referral date, which cannot be right (DfE CIN census validation
 * rules; the CIN census reader reports them as `cin-census/date-before-referral`).
 *
 * @internal
 */
export const BEFORE_REFERRAL = {
  assessment: "the assessment starts before the referral date, which cannot be right (DfE CIN census validation rule 1103)",
  s47: "the section 47 enquiry starts before the referral date, which cannot be right (DfE CIN census validation rule 2889)",
  cin: "the child in need plan starts before the referral date, which cannot be right (DfE CIN census validation rule 4015)",
  cp: "the child protection plan starts before the referral date, which cannot be right (DfE CIN census validation rule 1105)",
} as const;

const NO_POPULATION = "No population was given: a rate per 10,000 children is unavailable (not 0).";

/**
 * A percentage `num / den`, unavailable when `den` is 0.
 *
 * @internal
 */
export function percent(id: string, label: string, cu: CountingUnit, num: number, den: number, notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult {
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

/**
 * A count.
 *
 * @internal
 */
export function count(id: string, label: string, cu: CountingUnit, n: number, notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult {
  return make(id, label, "count", cu, { value: n, notes, ...(breakdown === undefined ? {} : { breakdown }) });
}

/**
 * A rate per 10,000 children, unavailable without a population.
 *
 * @internal
 */
export function per10k(cfg: EngineConfig, id: string, label: string, cu: CountingUnit, n: number, breakdown?: Record<string, MetricResult>): MetricResult {
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

/** @internal */
export interface Share {
  readonly label: string;
  readonly n: number;
  readonly breakdown?: Record<string, MetricResult>;
}

/**
 * A distribution: each key's share of the total, value null at the top.
 *
 * @internal
 */
export function distribution(id: string, label: string, cu: CountingUnit, total: number, shares: Record<string, Share>, notes: readonly string[] = []): MetricResult {
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

/** @internal */
export interface Band {
  readonly key: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/**
 * A median of a histogram of durations, with its quartiles, bands and a share within a limit.
 *
 * @internal
 */
export function durations(
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

/**
 * The note of records left out because a date cannot be right.
 *
 * @internal
 */
export function negNote(n: number, what: string, why = "the end date is before the start date"): string[] {
  return n > 0 ? [`${String(n)} ${what} excluded: ${why}.`] : [];
}

/**
 * The note of records left out because a date is outside the calendar.
 *
 * @internal
 */
export function outsideNote(n: number, what: string): string[] {
  return n > 0 ? [`${String(n)} ${what} excluded: ${OUTSIDE_CALENDAR}.`] : [];
}

/** @internal */
export const PLAN_LABELS = { "early-help": "Early help", cin: "Child in need plan", cp: "Child protection plan", lac: "Looked after" } as const;
/** The plan types in counter order (layout.ts: a block of `P` counters each). @internal */
export const PLAN_KEYS = ["early-help", "cin", "cp", "lac"] as const;
/** The child protection plans' index in {@link PLAN_KEYS}. @internal */
export const CP_T = 2;
