// Core data set results built by hand, a figure of each status (available, unavailable for each
// reason, suppressed, incomplete history, with exclusions), for the tests of the table, the CSV
// and the HTML report (and the browser test), independent of what the engine computes.
import { METRIC_CATALOGUE, type CoreDataSetResult, type FactKind, type MetricId, type MetricResult, type UnavailableReason } from "../../src/metrics";

/** The kinds of figure {@link figure} makes. */
export type FigureKind = "available" | "unavailable" | "suppressed" | "incomplete-history";

/** What a figure is made of, beyond its kind. */
export interface FigureParts {
  /** The value of an available or incomplete-history figure (default 10). */
  readonly value?: number;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  /** Why an unavailable figure is unavailable (default `no-input`, needing `cin-episodes`). */
  readonly reason?: UnavailableReason;
  readonly needs?: readonly FactKind[];
  /** Months of history of an incomplete-history figure (default 3 of 12). */
  readonly history?: { readonly neededMonths: number; readonly coveredMonths: number };
  readonly excluded?: readonly { readonly count: number; readonly reason: string }[];
  readonly notes?: readonly string[];
  readonly breakdown?: Readonly<Record<string, MetricResult>>;
  /** For a breakdown entry: its key below the metric (the id becomes `<metric>/<key>`) and label. */
  readonly key?: string;
  readonly label?: string;
}

/**
 * One metric result (or breakdown entry) of the given kind, shaped as the engine shapes it.
 *
 * @param id - The metric it belongs to.
 * @param kind - available, unavailable, suppressed or incomplete-history.
 * @param parts - Value, reason, history, exclusions, breakdown.
 * @returns The result.
 */
export function figure(id: MetricId, kind: FigureKind, parts: FigureParts = {}): MetricResult {
  const def = METRIC_CATALOGUE.find((d) => d.id === id);
  if (def === undefined) throw new Error(`no metric ${id}`);
  const base = {
    id: parts.key === undefined ? id : `${id}/${parts.key}`,
    label: parts.label ?? def.label,
    unit: def.unit,
    countingUnit: def.countingUnit,
    notes: parts.notes ?? [],
    ...(parts.breakdown === undefined ? {} : { breakdown: parts.breakdown }),
    ...(parts.excluded === undefined ? {} : { excluded: parts.excluded }),
  };
  const value = parts.value ?? 10;
  switch (kind) {
    case "available":
      return { ...base, value, numerator: parts.numerator ?? null, denominator: parts.denominator ?? null, suppressed: false, status: "available" };
    case "incomplete-history":
      return { ...base, value, numerator: parts.numerator ?? null, denominator: parts.denominator ?? null, suppressed: false, status: "incomplete-history", history: parts.history ?? { neededMonths: 12, coveredMonths: 3 } };
    case "suppressed":
      return { ...base, value: null, numerator: null, denominator: null, suppressed: true, status: "unavailable", unavailable: { reason: "suppressed" } };
    case "unavailable": {
      const reason = parts.reason ?? "no-input";
      const needs = parts.needs ?? (reason === "no-input" || reason === "unusable-input" ? ["cin-episodes" as const] : undefined);
      return { ...base, value: null, numerator: parts.numerator ?? null, denominator: parts.denominator ?? null, suppressed: false, status: "unavailable", unavailable: needs === undefined ? { reason } : { reason, needs } };
    }
  }
}

/**
 * A core data set of one collection year holding the given metrics (any subset of the catalogue).
 *
 * @param year - The collection year (2025 = 1 April 2024 to 31 March 2025).
 * @param metrics - The metrics, by id.
 * @param options - A population (default none) and a suppression threshold (default none).
 * @returns The result.
 */
export function coreDataSet(year: number, metrics: Readonly<Partial<Record<MetricId, MetricResult>>>, options: { readonly population?: number; readonly suppress?: number } = {}): CoreDataSetResult {
  return {
    period: { start: `${String(year - 1)}-04-01` as CoreDataSetResult["period"]["start"], end: `${String(year)}-03-31` as CoreDataSetResult["period"]["end"] },
    snapshot: `${String(year)}-03-31` as CoreDataSetResult["snapshot"],
    population: options.population === undefined ? null : { children0to17: options.population, vintage: "hand-made" },
    suppress: options.suppress === undefined ? null : { threshold: options.suppress },
    records: { read: 100, skipped: 0, errors: [] },
    metrics,
  };
}

/**
 * Three years of a core data set with a figure of each status, as partial returns give them:
 * referrals unavailable in 2023 (an SSDA903-only year) and available after; the re-referral rate
 * unavailable, then with 12 months of history missing, then complete; section 47 enquiries
 * suppressed in 2024; children in need with 3 referrals left out in 2025; the visits measure
 * unavailable throughout (no input holds visits); the vacancy rate without a workforce census.
 *
 * @returns The results, oldest first.
 */
export function partialReturnsSeries(): readonly CoreDataSetResult[] {
  const years = [2023, 2024, 2025] as const;
  return years.map((year, i) => {
    const referrals = year === 2023 ? figure("activity.referrals", "unavailable", { needs: ["cin-episodes"] }) : figure("activity.referrals", "available", { value: 900 + 40 * i, breakdown: { children: figure("activity.referrals", "available", { key: "children", label: "Children referred", value: 700 + 30 * i }) } });
    const reReferral =
      year === 2023
        ? figure("activity.re-referral-rate", "unavailable", { needs: ["cin-episodes"] })
        : year === 2024
          ? figure("activity.re-referral-rate", "incomplete-history", { value: 15, numerator: 141, denominator: 940, history: { neededMonths: 12, coveredMonths: 0 } })
          : figure("activity.re-referral-rate", "available", { value: 22.1, numerator: 217, denominator: 980 });
    const s47 = year === 2024 ? figure("activity.s47-enquiries", "suppressed") : figure("activity.s47-enquiries", "available", { value: 120 + i });
    const open = figure("plans.open", "available", {
      value: 950 + i,
      ...(year === 2025 ? { excluded: [{ count: 3, reason: "assessment authorised before its referral" }] } : {}),
      breakdown: {
        cp: figure("plans.open", "available", { key: "cp", label: "Child protection plans", value: 60 + i }),
        lac: year === 2023 ? figure("plans.open", "available", { key: "lac", label: "Looked after", value: 200 }) : figure("plans.open", "unavailable", { key: "lac", label: "Looked after", reason: "unusable-input", needs: ["looked-after-episodes"], notes: ["The SSDA903 episodes file has no DEC column."] }),
      },
    });
    const seen = figure("plans.seen-per-plan", "unavailable", { needs: ["visits"] });
    const vacancy = figure("workforce.vacancy-rate", "unavailable", { reason: "no-workforce" });
    return coreDataSet(year, { "activity.referrals": referrals, "activity.re-referral-rate": reReferral, "activity.s47-enquiries": s47, "plans.open": open, "plans.seen-per-plan": seen, "workforce.vacancy-rate": vacancy });
  });
}

/**
 * Four years of the plans family where the reasons are long ("no visit records or early help
 * records", "no CIN census or SSDA903 episodes"): the table must fit 1,280 pixels.
 *
 * @returns The results, oldest first.
 */
export function fourYearsWithLongReasons(): readonly CoreDataSetResult[] {
  return [2022, 2023, 2024, 2025].map((year) => {
    const seen = figure("plans.seen-per-plan", "unavailable", {
      needs: ["visits", "cin-episodes", "looked-after-episodes"],
      breakdown: {
        "early-help": figure("plans.seen-per-plan", "unavailable", { key: "early-help", label: "Early help", needs: ["visits", "early-help"] }),
        cin: figure("plans.seen-per-plan", "unavailable", { key: "cin", label: "Child in need plan", needs: ["visits", "cin-episodes"] }),
      },
    });
    const open = figure("plans.open", "unavailable", {
      needs: ["cin-episodes"],
      breakdown: {
        "early-help": figure("plans.open", "unavailable", { key: "early-help", label: "Early help", needs: ["early-help"] }),
        "any-plan": figure("plans.open", "unavailable", { key: "any-plan", label: "Children with any plan (early help, child in need, child protection or looked after)", needs: ["early-help", "cin-episodes", "looked-after-episodes"] }),
        lac: figure("plans.open", "available", { key: "lac", label: "Looked after", value: 400 + year - 2022 }),
      },
    });
    return coreDataSet(year, { "plans.open": open, "plans.seen-per-plan": seen });
  });
}
