import * as z from "zod";
import type { WorkingDayCalendar } from "../calendar";
import { IsoDateSchema, type InputIssue, type IsoDate, MAX_TEXT_LENGTH } from "../core";
import type { PlanType } from "../records";
import type { OutcomeInputs } from "./OutcomeInputs";
import type { WorkforceInput } from "./WorkforceInput";
import { METRIC_TEXTS } from "./internal/metricTexts";
import { METRIC_TABLE } from "./internal/table";

// The core data set: the catalogue of metrics as data (ids, labels, units, counting units), and
// the option and result shapes of the engine (the catalogue in docs/metrics.md is the contract).

/**
 * The unit of a metric value (core data set conventions): `count`, `per10k` (per 10,000 children
 * aged 0-17), `percent` (0-100), `workingDays`, `days`, `weeks` or `ratio`.
 *
 * @category Metrics
 */
export type MetricUnit = "count" | "per10k" | "percent" | "workingDays" | "days" | "weeks" | "ratio";

/**
 * What a metric counts: events (`referrals`, `assessments`, `enquiries`, `conferences`, `plans`,
 * `proceedings`, `offences`, `admissions`), distinct `children` or `pupils`, workforce
 * quantities (`fte`, `headcount`, `cases`, `days`), or the practice and research metrics' units
 * (`audits`, `minutes` of time diaries, survey `respondents`; open cases are `cases`).
 *
 * @example
 * {@includeCode ../../tests/practice/metricResult.test.ts#one-result-type}
 *
 * @category Metrics
 */
export type CountingUnit =
  | "referrals"
  | "children"
  | "assessments"
  | "enquiries"
  | "conferences"
  | "plans"
  | "proceedings"
  | "pupils"
  | "offences"
  | "admissions"
  | "fte"
  | "headcount"
  | "cases"
  | "days"
  | "audits"
  | "minutes"
  | "respondents"
  | "incidents";

/**
 * A kind of fact a record-based metric needs, and which an input may or may not hold:
 * `cin-episodes` (referrals, assessments, section 47 enquiries, conferences, child in need and
 * child protection plans: the CIN census), `looked-after-episodes` (SSDA903 episodes),
 * `visits` (visits to children on plans: kinsafe's own records only), `early-help` (early help
 * episodes: kinsafe's own records only), `care-proceedings` (pre-proceedings and care
 * proceedings: kinsafe's own records only) and `strategy-discussions` (the dates of strategy
 * discussions before section 47 enquiries: kinsafe's own records only; the CIN census does not
 * collect them) and `uasc` (whether each looked-after child is an unaccompanied asylum-seeking
 * child: the SSDA903 UASC table; without it every child would read as not UASC) and `missing`
 * (missing and away-without-authorisation incidents: the SSDA903 Missing table) and
 * `looked-after-reviews` (the SSDA903 Reviews table) and `looked-after-outcomes` (health and
 * offending outcomes: the SSDA903 OC2 table) and `care-leaver-outcomes` (the SSDA903 OC3 table)
 * and `adoptions` (the SSDA903 AD1 table).
 *
 * @category Metrics
 */
export type FactKind = "cin-episodes" | "looked-after-episodes" | "visits" | "early-help" | "care-proceedings" | "strategy-discussions" | "uasc" | "missing" | "looked-after-reviews" | "looked-after-outcomes" | "care-leaver-outcomes" | "adoptions";

/** Every {@link FactKind}. @category Metrics */
export const FACT_KINDS: readonly FactKind[] = ["cin-episodes", "looked-after-episodes", "visits", "early-help", "care-proceedings", "strategy-discussions", "uasc", "missing", "looked-after-reviews", "looked-after-outcomes", "care-leaver-outcomes", "adoptions"];

/**
 * A range of dates an input covers, inclusive (a CIN census or SSDA903 return covers its
 * collection year, 1 April to 31 March), and the input it comes from.
 *
 * @category Metrics
 */
export interface CoverageSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The file or source that covers it, for notes. */
  readonly source?: string;
}

/**
 * What the inputs hold: for each kind of fact, the date ranges covered. The engine derives from
 * it which metrics (and breakdowns) can be computed for a period, and how much history a
 * history-dependent rate had. Without it ({@link CoreDataSetOptions.coverage} unset) the records
 * are taken to be complete records of every kind at every date (kinsafe's own records).
 *
 * @category Metrics
 */
export interface DataCoverage {
  /** The date ranges covered, per kind of fact. A kind that is absent is held by no input. */
  readonly facts: Readonly<Partial<Record<FactKind, readonly CoverageSpan[]>>>;
  /**
   * Kinds of fact that were read but cannot be used, with why in English (e.g. "the SSDA903
   * episodes file 2025-episodes.csv has no DEC column"). Metrics that need them are unavailable.
   */
  readonly unusable?: Readonly<Partial<Record<FactKind, string>>>;
}

/**
 * Whether a figure could be computed: `available`; `unavailable` (the value is `null`, see
 * {@link MetricResult.unavailable}); or `incomplete-history` (computed, but with less history
 * than the definition looks back over, so it is understated; see {@link MetricResult.history}).
 *
 * @category Metrics
 */
export type MetricStatus = "available" | "unavailable" | "incomplete-history";

/**
 * Why a figure is unavailable, machine-readable:
 * - `no-input`: no input holds a kind of fact it needs (`needs` names them);
 * - `unusable-input`: an input holds them but cannot be used (e.g. a missing column);
 * - `not-covered`: the inputs do not cover the period (or the snapshot date);
 * - `no-population`: a rate per 10,000 without a population;
 * - `no-workforce`, `no-outcomes`: the workforce or outcome input (or the item needed) was not given;
 * - `no-denominator`: the denominator is 0 (or there is nothing to take a median of);
 * - `suppressed`: disclosure control (see {@link MetricResult.suppressed}).
 *
 * @category Metrics
 */
export type UnavailableReason = "no-input" | "unusable-input" | "not-covered" | "no-population" | "no-workforce" | "no-outcomes" | "no-denominator" | "suppressed";

/**
 * One metric, with its provenance: the result of every metric of the core data set, and of the
 * practice and research metrics (`practice.*`, `research.*`). Plain data: serialise it as it is.
 *
 * - `value` is `null` when unavailable (no denominator, no population, no input, suppressed) or
 *   when the metric is a distribution whose shares are in `breakdown`; `notes` says why.
 * - `numerator` and `denominator` are given when the value is a ratio (for a rate per 10,000
 *   the denominator is the population; for a median or quartile the denominator is the number
 *   of durations it is taken over); otherwise `null`.
 * - `breakdown` holds keyed sub-results of the same shape (children as well as events, bands,
 *   per-plan-type figures, rates per 10,000).
 * - Values are never rounded.
 *
 * @example
 * {@includeCode ../../tests/practice/metricResult.test.ts#one-result-type}
 *
 * @category Metrics
 */
export interface MetricResult {
  /** The metric id (e.g. `activity.referrals`), or `<id>/<key>` for a breakdown entry. */
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly countingUnit: CountingUnit;
  readonly breakdown?: Readonly<Record<string, MetricResult>>;
  /** Exclusions applied and reasons for a `null` value, in English. */
  readonly notes: readonly string[];
  /** `true` when disclosure control replaced the value (and the small numerator or denominator) by `null`. */
  readonly suppressed: boolean;
  /** Whether the figure could be computed from the inputs (see {@link MetricStatus}). */
  readonly status: MetricStatus;
  /** When `status` is `unavailable`: why, and the kinds of fact missing when that is the reason. */
  readonly unavailable?: { readonly reason: UnavailableReason; readonly needs?: readonly FactKind[] };
  /** When `status` is `incomplete-history`: the months of history the definition needs and the months the inputs covered. */
  readonly history?: { readonly neededMonths: number; readonly coveredMonths: number };
  /** Events or records left out of this figure because a date it needs cannot be right, counted by reason. */
  readonly excluded?: readonly { readonly count: number; readonly reason: string }[];
}

/**
 * What one figure needs before it can be computed: the kinds of fact (all of them), a
 * population, the workforce census (and which of its items), an outcome input, and the months
 * of history before the period start that the definition looks back over. The engine compares
 * it with {@link CoreDataSetOptions.coverage} and the other options to give each figure its
 * {@link MetricStatus} (docs/metrics.md, "Availability").
 *
 * @category Metrics
 */
export interface MetricRequirement {
  /** Kinds of fact the figure counts or measures; each must be held and cover the period. */
  readonly facts?: readonly FactKind[];
  /** A population (`population` option): rates per 10,000. */
  readonly population?: boolean;
  /** Items of the workforce census ({@link WorkforceInput}) the figure is made of. */
  readonly workforce?: readonly string[];
  /** The outcome input ({@link OutcomeInputs}) the figure is made of. */
  readonly outcomes?: "attainment" | "offencesAgainstChildren" | "injuryAdmissions";
  /** Months of history before the period start the definition looks back over (re-referrals: 12). */
  readonly historyMonths?: number;
}

/**
 * What a metric needs: the headline's {@link MetricRequirement}, and the breakdown entries
 * whose needs differ from it, keyed by their path under the metric (`lac`,
 * `cp/within-12-months`). A breakdown entry has the needs of its nearest listed ancestor (or the
 * headline's); a listed entry's needs replace the headline's.
 *
 * @category Metrics
 */
export interface MetricNeeds extends MetricRequirement {
  readonly breakdown?: Readonly<Record<string, MetricRequirement>>;
}

/**
 * One entry of {@link METRIC_CATALOGUE}: a metric's id, family, label, units, what it needs, and
 * its definition in words with the DfE measure it matches (the catalogue in docs/metrics.md is
 * generated from these).
 *
 * @example
 * {@includeCode ../../tests/metrics/metricTable.test.ts#catalogue}
 *
 * @category Metrics
 */
export interface MetricDefinition {
  readonly id: string;
  readonly family: "activity" | "timeliness" | "plans" | "lac" | "outcomes" | "workforce";
  readonly label: string;
  readonly unit: MetricUnit;
  readonly countingUnit: CountingUnit;
  /** What the metric needs (see {@link MetricNeeds}). */
  readonly needs: MetricNeeds;
  /** The definition in one or two plain sentences (the HTML report prints it under the figure). */
  readonly definition: string;
  /** The exact rule: what is counted, the formula and the breakdown (Markdown). */
  readonly rule: string;
  /** The DfE measure (or other source) it matches, or "None" with why (Markdown). */
  readonly source: string;
  /** How it differs from that measure, or "None." (Markdown). */
  readonly differences: string;
}

/**
 * Every metric the engine computes, as data, in the order of the catalogue
 * (docs/metrics.md): id, family, label, unit and counting unit of the headline
 * value, what it needs ({@link MetricNeeds}: kinds of fact, population, workforce items,
 * outcome input, months of history), from which the engine derives each figure's
 * {@link MetricStatus}, and its definition with its DfE source. The ids are public API and stable.
 *
 * @example
 * {@includeCode ../../tests/metrics/metricTable.test.ts#catalogue}
 *
 * @category Metrics
 */
export const METRIC_CATALOGUE: readonly (MetricDefinition & { readonly id: MetricId })[] = /* @__PURE__ */ METRIC_TABLE.map(
  ({ id, family, label, unit, countingUnit, needs }) => ({ id, family, label, unit, countingUnit, needs, ...METRIC_TEXTS[id] }),
);

/**
 * A metric id of the core data set (see {@link METRIC_CATALOGUE}).
 *
 * @category Metrics
 */
export type MetricId = (typeof METRIC_TABLE)[number]["id"];

/**
 * Every metric id, in catalogue order.
 *
 * @category Metrics
 */
export const METRIC_IDS: readonly MetricId[] = /* @__PURE__ */ METRIC_TABLE.map((m) => m.id);

/**
 * The population the rates per 10,000 are taken over: children aged 0-17 in the area (ONS
 * mid-year estimate) and the estimate's vintage, echoed in the result because DfE revises rates
 * when ONS revises estimates.
 *
 * @category Metrics
 */
export const PopulationSchema = z.strictObject({
  /** Children aged 0-17. */
  children0to17: z.number().positive(),
  /** Which estimate, e.g. "ONS mid-2024, Census-2021 based". */
  vintage: z.string().max(MAX_TEXT_LENGTH).min(1),
});
/** @category Metrics */
export type Population = z.output<typeof PopulationSchema>;

/**
 * A reporting period, inclusive at both ends.
 *
 * @category Metrics
 */
export const ReportingPeriodSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema });
/** @category Metrics */
export type ReportingPeriod = z.output<typeof ReportingPeriodSchema>;

/**
 * The period option: the DfE collection year ending on 31 March of `year` (`{ year: 2025 }` =
 * 2024-04-01 to 2025-03-31), or explicit inclusive dates.
 *
 * @category Metrics
 */
export type PeriodOption = { readonly year: number } | { readonly start: IsoDate | string; readonly end: IsoDate | string };

/**
 * A required interval between visits: at most `value` working days, calendar days or calendar
 * months from one visit (or the plan start) to the next (or the plan end).
 *
 * @category Metrics
 */
export interface VisitInterval {
  readonly unit: "workingDays" | "days" | "months";
  readonly value: number;
}

/**
 * The visits due to a looked-after child under the Care Planning, Placement and Case Review
 * (England) Regulations 2010, reg 28(2): (a) within one week of the start of any placement;
 * (b) at intervals of not more than six weeks for the first year of any placement; (c) after
 * that, at intervals of not more than three months where the placement is intended to last
 * until the child is 18, and of not more than six weeks in any other case
 * (https://www.legislation.gov.uk/uksi/2010/959/regulation/28). A placement is intended to last
 * until 18 when its SSDA903 placement type is long-term fostering (`U1`, `U4`).
 *
 * @category Metrics
 */
export interface PlacementVisitRule {
  /** The first visit after the start of any placement (reg 28(2)(a): one week, `{ unit: "days", value: 7 }`). */
  readonly afterPlacementStart: VisitInterval;
  /** Between visits in the first year of a placement (reg 28(2)(b): six weeks). */
  readonly firstYear: VisitInterval;
  /** Between visits after the first year of a placement (reg 28(2)(c)(ii): six weeks). */
  readonly thereafter: VisitInterval;
  /** Between visits after the first year of a placement intended to last until 18 (reg 28(2)(c)(i): three months). */
  readonly thereafterLongTerm: VisitInterval;
}

/**
 * The visit requirement of one plan type: one interval between visits, or the placement
 * schedule of {@link PlacementVisitRule} (looked-after children).
 *
 * @category Metrics
 */
export type VisitRule = VisitInterval | PlacementVisitRule;

/**
 * Required visit intervals per plan type; a plan type without a rule is not measured.
 *
 * @category Metrics
 */
export type VisitPolicy = Readonly<Partial<Record<PlanType, VisitRule>>>;

/**
 * The default visit policy: child protection every 10 working days, child in need every 20
 * working days, looked after as reg 28(2) of the Care Planning, Placement and Case Review
 * (England) Regulations 2010 (within 7 days of the start of any placement, then every 6 weeks
 * (42 days); after the first year of a placement every 6 weeks, or every 3 months when the
 * placement is long-term fostering, `U1`/`U4`); early help not measured.
 *
 * @example
 * {@includeCode ../../tests/metrics/visits.test.ts#default-policy}
 *
 * @category Metrics
 */
export const DEFAULT_VISIT_POLICY: VisitPolicy = {
  cp: { unit: "workingDays", value: 10 },
  cin: { unit: "workingDays", value: 20 },
  lac: {
    afterPlacementStart: { unit: "days", value: 7 },
    firstYear: { unit: "days", value: 42 },
    thereafter: { unit: "days", value: 42 },
    thereafterLongTerm: { unit: "months", value: 3 },
  },
};

/**
 * Options of the core data set engine ({@link computeCoreDataSet},
 * {@link createCoreDataSetAccumulator} and each metric's own function).
 *
 * @category Metrics
 */
export interface CoreDataSetOptions {
  /** The reporting period: `{ year: 2025 }` for 1 April 2024 to 31 March 2025, or `{ start, end }`. */
  readonly period: PeriodOption;
  /** The snapshot date of the "open at" measures. Default: the period's end. */
  readonly snapshot?: IsoDate | string;
  /** Children aged 0-17 and the estimate's vintage, for rates per 10,000. Without it rates are `null`. */
  readonly population?: Population;
  /** The working-day calendar. Default: England and Wales bank holidays 1970-2099. */
  readonly calendar?: WorkingDayCalendar;
  /** Required visit intervals per plan type. Default {@link DEFAULT_VISIT_POLICY}. */
  readonly visitPolicy?: VisitPolicy;
  /** Disclosure control: counts from 1 to `threshold - 1`, and ratios whose numerator or denominator is such a count, become `null`. */
  readonly suppress?: { readonly threshold: number };
  /**
   * Validation of each record: `"stop"` (default) throws at the first invalid record, `"skip"`
   * skips and counts it, `false` trusts the caller (records must then be valid child records).
   */
  readonly validate?: "skip" | "stop" | false;
  /** How many skipped records' errors the result lists. Default 10. */
  readonly maxErrors?: number;
  /** Compute only these metrics. Default: all. */
  readonly metrics?: readonly MetricId[];
  /** Workforce census data (worker level or aggregate), for the workforce metrics. */
  readonly workforce?: WorkforceInput;
  /** Outcome data from outside the social care returns, for the outcome metrics. */
  readonly outcomes?: OutcomeInputs;
  /**
   * What the inputs hold (see {@link DataCoverage}). Default: complete records of every kind at
   * every date (kinsafe's own records). Give it when the records come from statutory returns,
   * so that a figure the returns cannot tell is unavailable rather than 0.
   */
  readonly coverage?: DataCoverage;
}

/**
 * One record that failed validation and was skipped: its position in the stream given to the
 * accumulator (0-based), the child id when readable, and zod's issues (path and rule).
 *
 * @category Metrics
 */
export interface RecordError {
  readonly index: number;
  readonly childId?: string;
  readonly issues: readonly InputIssue[];
}

/**
 * The result of the engine: the period, snapshot, population, disclosure control and the
 * metrics, with how many records were read and skipped.
 *
 * @category Metrics
 */
export interface CoreDataSetResult {
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly snapshot: IsoDate;
  /** The population and its vintage, or `null` when none was given (rates are then `null`). */
  readonly population: Population | null;
  /** The disclosure control applied, or `null`. */
  readonly suppress: { readonly threshold: number } | null;
  readonly records: {
    /** Records given to the engine (valid or not). */
    readonly read: number;
    /** Records skipped because they failed validation (`validate: "skip"`). */
    readonly skipped: number;
    /** The first `maxErrors` validation errors. */
    readonly errors: readonly RecordError[];
  };
  /** The metrics computed, by id (all of them unless `metrics` restricted the set). */
  readonly metrics: Readonly<Partial<Record<MetricId, MetricResult>>>;
}
