import { createWorkingDayCalendar, type WorkingDayCalendar } from "../../calendar";
import { KinsafeError, parseWith, type IsoDate } from "../../core";
import {
  DEFAULT_VISIT_POLICY,
  METRIC_IDS,
  PopulationSchema,
  ReportingPeriodSchema,
  type CoreDataSetOptions,
  type MetricId,
  type Population,
  type RecordError,
  type PlacementVisitRule,
  type VisitRule,
} from "../CoreDataSet";
import { OutcomeInputsSchema } from "../OutcomeInputs";
import { WorkforceInputSchema } from "../WorkforceInput";
import type { z } from "zod";
import { fastDay } from "./days";
import { resolveCoverage, type ResolvedCoverage } from "./availability";
import { createHistogram, type Histogram } from "./Histogram";
import { COUNTERS, HISTOGRAMS } from "./layout";

// The engine's configuration (the options, validated and resolved) and its state (counters,
// histograms and the per-child scratch of the pass in kernel.ts).

const PLAN_KEYS = ["early-help", "cin", "cp", "lac"] as const;

let defaultCalendar: WorkingDayCalendar | undefined;

/**
 * Resolved, validated options.
 *
 * @internal
 */
export interface EngineConfig {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly snapshot: IsoDate;
  readonly ps: number;
  readonly pe: number;
  readonly snap: number;
  /** The later of the period end and the snapshot: facts dated after it are not known to the period's figures. */
  readonly horizon: IsoDate;
  /** The horizon as a day number. */
  readonly hz: number;
  /** The parts of a record the enabled metrics read (the scan mask of `recordHasFactAfter`). */
  readonly scanKinds: number;
  /** What the inputs hold, or `null` for complete records. */
  readonly coverage: ResolvedCoverage | null;
  readonly population: Population | null;
  readonly calendar: WorkingDayCalendar;
  readonly visitRules: readonly (VisitRule | undefined)[];
  readonly suppress: { readonly threshold: number } | null;
  readonly validate: "skip" | "stop" | false;
  readonly maxErrors: number;
  readonly enabled: ReadonlySet<MetricId>;
  readonly workforce: z.output<typeof WorkforceInputSchema> | null;
  readonly outcomes: z.output<typeof OutcomeInputsSchema> | null;
  readonly scoreByChild: ReadonlyMap<string, number>;
  readonly scoreByUpn: ReadonlyMap<string, number>;
  readonly needCin: boolean;
  readonly needPlans: boolean;
  readonly needLac: boolean;
  readonly needVisits: boolean;
  readonly needCourt: boolean;
  readonly needAttainment: boolean;
  /** A looked-after measure (`lac.*`) is enabled. */
  readonly needLacMeasures: boolean;
  /** lac.adoption-timeliness is enabled. */
  readonly needAdoptions: boolean;
  /** lac.health is enabled; the collection year of its OC2 rows (the one holding the snapshot). */
  readonly needHealth: boolean;
  readonly healthYear: number;
  /** A care-leavers measure is enabled; the collection year of its OC3 rows (the one holding the period end) and its 31 March. */
  readonly needCareLeavers: boolean;
  readonly leaverYear: number;
  readonly leaverDay: number;
}

/**
 * Mutable state of one accumulator.
 *
 * @internal
 */
export interface EngineState {
  readonly config: EngineConfig;
  readonly c: Float64Array;
  readonly h: Histogram[];
  read: number;
  skipped: number;
  readonly errors: RecordError[];
  // scratch
  refDays: Int32Array;
  lacDecom: Int32Array;
  lacDec: Int32Array;
  lacFlags: Int32Array;
  lacOrder: Int32Array;
  /** The column row of each looked-after episode in the scratch. */
  lacRow: Int32Array;
  /** The column row of each child protection plan in the plan scratch. */
  cpRow: Int32Array;
  planStart: Int32Array[];
  planEnd: Int32Array[];
  planExtra: Int32Array[];
  /** 1 when the plan starts before its episode's referral date (a date that cannot be right). */
  planBad: Int32Array[];
  placeStarts: Int32Array;
  placeLong: Int32Array;
  visitDays: Int32Array;
  visitMask: Int32Array;
  /** CIN and CP plans of the child in the scratch (set by the pass over episodes of need). */
  nCin: number;
  nCp: number;
}

/** The collection year of a date (the year of the 31 March that ends the year from 1 April holding it). */
function collectionYearOfIso(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5) >= "04-01" ? y + 1 : y;
}

function isoOf(value: string, what: string): IsoDate {
  return parseWith(ReportingPeriodSchema.shape.start, value, what);
}

/**
 * Validates and resolves the options.
 *
 * @internal
 */
export function resolveConfig(options: CoreDataSetOptions): EngineConfig {
  const period = options.period;
  let start: IsoDate;
  let end: IsoDate;
  if ("year" in period) {
    if (!Number.isInteger(period.year) || period.year < 1001 || period.year > 9999) {
      throw new KinsafeError("invalid-argument", `period.year must be a four-digit year, got ${String(period.year)}.`);
    }
    start = `${String(period.year - 1)}-04-01` as IsoDate;
    end = `${String(period.year)}-03-31` as IsoDate;
  } else {
    start = isoOf(period.start, "period start");
    end = isoOf(period.end, "period end");
  }
  if (end < start) throw new KinsafeError("invalid-argument", `The period ends (${end}) before it starts (${start}).`);
  const snapshot = options.snapshot === undefined ? end : isoOf(options.snapshot, "snapshot date");
  const population = options.population === undefined ? null : parseWith(PopulationSchema, options.population, "population");
  const threshold = options.suppress?.threshold;
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 1)) {
    throw new KinsafeError("invalid-argument", `suppress.threshold must be a positive integer, got ${String(threshold)}.`);
  }
  const enabled = new Set<MetricId>(options.metrics ?? METRIC_IDS);
  for (const id of enabled) {
    if (!METRIC_IDS.includes(id)) throw new KinsafeError("invalid-argument", `Unknown metric id: ${JSON.stringify(id)}.`);
  }
  const workforce = options.workforce === undefined ? null : parseWith(WorkforceInputSchema, options.workforce, "workforce input");
  const outcomes = options.outcomes === undefined ? null : parseWith(OutcomeInputsSchema, options.outcomes, "outcome inputs");
  const scoreByChild = new Map<string, number>();
  const scoreByUpn = new Map<string, number>();
  for (const s of outcomes?.attainment?.scores ?? []) {
    if (s.childId !== undefined) scoreByChild.set(s.childId, s.score);
    else if (s.upn !== undefined) scoreByUpn.set(s.upn, s.score);
  }
  const policy = options.visitPolicy ?? DEFAULT_VISIT_POLICY;
  const has = (prefix: string): boolean => [...enabled].some((id) => id.startsWith(prefix));
  const needAttainment = enabled.has("outcomes.attainment") && outcomes?.attainment !== undefined;
  const needCin =
    has("activity.") ||
    enabled.has("timeliness.assessment-duration") ||
    enabled.has("timeliness.referral-to-decision") ||
    enabled.has("timeliness.icpc") ||
    has("plans.") ||
    needAttainment;
  const needPlans = has("plans.") || needAttainment;
  const calendar = options.calendar ?? (defaultCalendar ??= createWorkingDayCalendar());
  const needLacMeasures = has("lac.");
  const needLac = needPlans || needLacMeasures || enabled.has("activity.referral-outcome");
  const needVisits = enabled.has("plans.seen-per-plan");
  const needCourt = enabled.has("timeliness.to-court") || enabled.has("timeliness.through-court");
  return {
    start,
    end,
    snapshot,
    ps: fastDay(start),
    pe: fastDay(end),
    snap: fastDay(snapshot),
    horizon: snapshot > end ? snapshot : end,
    hz: fastDay(snapshot > end ? snapshot : end),
    scanKinds: (needCin ? 1 : 0) | (needLac || enabled.has("lac.adoption-timeliness") || has("care-leavers.") ? 2 : 0) | (needPlans ? 4 : 0) | (needVisits ? 8 : 0) | (needCourt ? 16 : 0),
    coverage: resolveCoverage(options.coverage),
    population,
    calendar,
    visitRules: PLAN_KEYS.map((k) => normaliseRule(policy[k])),
    suppress: threshold === undefined ? null : { threshold },
    validate: options.validate ?? "stop",
    maxErrors: options.maxErrors ?? 10,
    enabled,
    workforce,
    outcomes,
    scoreByChild,
    scoreByUpn,
    needCin,
    needPlans,
    needLac,
    needVisits,
    needCourt,
    needAttainment,
    needLacMeasures,
    needAdoptions: enabled.has("lac.adoption-timeliness"),
    needHealth: enabled.has("lac.health"),
    healthYear: collectionYearOfIso(snapshot),
    needCareLeavers: has("care-leavers."),
    leaverYear: collectionYearOfIso(end),
    leaverDay: fastDay(`${String(collectionYearOfIso(end))}-03-31`),
  };
}

/**
 * A placement rule written before `afterPlacementStart` and `thereafterLongTerm` existed (`{
 * firstYear, thereafter }`) keeps its meaning: no separate check after a placement starts, and
 * `thereafter` for every placement after its first year.
 */
function normaliseRule(rule: VisitRule | undefined): VisitRule | undefined {
  if (rule === undefined || "unit" in rule) return rule;
  const r = rule as Partial<PlacementVisitRule> & Pick<PlacementVisitRule, "firstYear" | "thereafter">;
  return { afterPlacementStart: r.afterPlacementStart ?? r.firstYear, firstYear: r.firstYear, thereafter: r.thereafter, thereafterLongTerm: r.thereafterLongTerm ?? r.thereafter };
}

/** @internal */
export function createEngineState(config: EngineConfig): EngineState {
  const buf = (): Int32Array => new Int32Array(16);
  return {
    config,
    c: new Float64Array(COUNTERS),
    h: Array.from({ length: HISTOGRAMS }, createHistogram),
    read: 0,
    skipped: 0,
    errors: [],
    refDays: buf(),
    lacDecom: buf(),
    lacDec: buf(),
    lacFlags: buf(),
    lacOrder: buf(),
    lacRow: buf(),
    cpRow: buf(),
    planStart: [buf(), buf(), buf(), buf()],
    planEnd: [buf(), buf(), buf(), buf()],
    planExtra: [buf(), buf(), buf(), buf()],
    planBad: [buf(), buf(), buf(), buf()],
    placeStarts: buf(),
    placeLong: buf(),
    visitDays: buf(),
    visitMask: buf(),
    nCin: 0,
    nCp: 0,
  };
}
