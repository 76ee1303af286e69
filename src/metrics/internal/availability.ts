import { IsoDateSchema, parseWith } from "../../core";
import type { DataCoverage, FactKind, MetricNeeds, MetricRequirement, MetricResult, UnavailableReason } from "../CoreDataSet";
import { addMonthsToDay, fastDay } from "./days";
import type { EngineConfig } from "./engine";
import { METRIC_ENTRIES, type MetricEntry } from "./table";

// Availability (docs/metrics.md, "Availability"): which figures the inputs can tell. Each
// metric of the metric table declares what it needs (MetricNeeds); the inputs' coverage says what
// they hold.
// Applied once per result, after the figures are built and before disclosure control.

/**
 * The coverage option resolved: per kind of fact, its date ranges as day numbers, sorted and
 * merged where they touch.
 *
 * @internal
 */
export interface ResolvedCoverage {
  readonly spans: ReadonlyMap<FactKind, readonly (readonly [number, number])[]>;
  readonly unusable: Readonly<Partial<Record<FactKind, string>>>;
}

const KIND_LABEL: Readonly<Record<FactKind, string>> = {
  "cin-episodes": "episodes of need (CIN census)",
  "looked-after-episodes": "looked-after episodes (SSDA903)",
  visits: "visits",
  "early-help": "early help episodes",
  "care-proceedings": "care proceedings",
  "strategy-discussions": "strategy discussion dates (kinsafe records; no statutory return holds them)",
  uasc: "unaccompanied asylum-seeking status (SSDA903 UASC)",
  missing: "missing incidents (SSDA903 Missing)",
  "looked-after-reviews": "looked-after reviews (SSDA903 Reviews)",
  "looked-after-outcomes": "health and offending outcomes (SSDA903 OC2)",
  "care-leaver-outcomes": "care leavers' outcomes (SSDA903 OC3)",
  adoptions: "adoptions (SSDA903 AD1)",
};

const OUTCOME_LABEL = { attainment: "attainment", offencesAgainstChildren: "offences against children", injuryAdmissions: "injury admissions" } as const;

/**
 * Checks and resolves {@link DataCoverage}.
 *
 * @internal
 */
export function resolveCoverage(coverage: DataCoverage | undefined): ResolvedCoverage | null {
  if (coverage === undefined) return null;
  const spans = new Map<FactKind, (readonly [number, number])[]>();
  for (const [kind, list] of Object.entries(coverage.facts) as [FactKind, DataCoverage["facts"][FactKind]][]) {
    if (list === undefined || !(kind in KIND_LABEL)) continue;
    const days = list
      .map((s, i): [number, number] => [fastDay(parseWith(IsoDateSchema, s.start, `coverage of ${kind} #${String(i)} start`)), fastDay(parseWith(IsoDateSchema, s.end, `coverage of ${kind} #${String(i)} end`))])
      .filter(([a, b]) => a <= b)
      .sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of days) {
      const lastSpan = merged[merged.length - 1];
      if (lastSpan !== undefined && a <= lastSpan[1] + 1) lastSpan[1] = Math.max(lastSpan[1], b);
      else merged.push([a, b]);
    }
    if (merged.length > 0) spans.set(kind, merged);
  }
  return { spans, unusable: coverage.unusable ?? {} };
}

interface Gap {
  readonly reason: UnavailableReason;
  readonly needs?: readonly FactKind[];
  readonly note: string;
}

function list(kinds: readonly FactKind[]): string {
  return kinds.map((k) => KIND_LABEL[k]).join(" and ");
}

function covers(spans: readonly (readonly [number, number])[] | undefined, from: number, to: number): boolean {
  return spans !== undefined && spans.some(([a, b]) => a <= from && to <= b);
}

/** Why the inputs cannot give a figure that needs `req`, or `null` when they can. */
function gapOf(req: MetricRequirement, cfg: EngineConfig): Gap | null {
  const cov = cfg.coverage;
  const facts = req.facts ?? [];
  if (cov !== null && facts.length > 0) {
    const unusable = facts.filter((k) => cov.unusable[k] !== undefined);
    if (unusable.length > 0) {
      return { reason: "unusable-input", needs: unusable, note: `Unavailable: ${unusable.map((k) => cov.unusable[k] ?? "").join("; ")}.` };
    }
    const missing = facts.filter((k) => !cov.spans.has(k));
    if (missing.length > 0) {
      return { reason: "no-input", needs: missing, note: `Unavailable: no input holds ${list(missing)}, so the figure cannot be told (it is not 0).` };
    }
    const from = Math.min(cfg.ps, cfg.snap);
    const to = Math.max(cfg.pe, cfg.snap);
    const uncovered = facts.filter((k) => !covers(cov.spans.get(k), from, to));
    if (uncovered.length > 0) {
      const when = cfg.snapshot < cfg.start || cfg.snapshot > cfg.end ? `${cfg.start} to ${cfg.end} and the snapshot ${cfg.snapshot}` : `${cfg.start} to ${cfg.end}`;
      return { reason: "not-covered", needs: uncovered, note: `Unavailable: the inputs' ${list(uncovered)} do not cover ${when}.` };
    }
  }
  if (req.outcomes !== undefined && cfg.outcomes?.[req.outcomes] === undefined) {
    return { reason: "no-outcomes", note: `No ${OUTCOME_LABEL[req.outcomes]} input was given.` };
  }
  if (req.workforce !== undefined && cfg.workforce === null) {
    return { reason: "no-workforce", note: "No workforce input was given." };
  }
  return null;
}

/**
 * Whole months of history before the period start that the inputs cover for every kind, up to
 * `needed` (`needed` when the records are complete).
 *
 * @internal
 */
export function coveredMonths(cfg: EngineConfig, kinds: readonly FactKind[], needed: number): number {
  const cov = cfg.coverage;
  if (cov === null) return needed;
  let months = needed;
  for (const k of kinds) {
    const span = cov.spans.get(k)?.find(([a, b]) => a <= cfg.ps && cfg.ps <= b);
    if (span === undefined) return 0;
    let m = 0;
    while (m < months && addMonthsToDay(cfg.ps, -(m + 1)) >= span[0]) m++;
    months = m;
  }
  return months;
}

/**
 * What the figure at `path` of a metric's breakdown needs: the requirement of the longest
 * breakdown key it is under, else the metric's own.
 *
 * @internal
 */
export function requirementAt(needs: MetricNeeds, path: string): MetricRequirement {
  let best: MetricRequirement = needs;
  let bestLength = -1;
  for (const [key, req] of Object.entries(needs.breakdown ?? {})) {
    if ((path === key || path.startsWith(`${key}/`)) && key.length > bestLength) {
      best = req;
      bestLength = key.length;
    }
  }
  return best;
}

/** The note of a figure's own status (no denominator, no population), dropped when a missing input explains more. */
function isStatusNote(note: string): boolean {
  return note.includes("unavailable") || note.endsWith("input was given.");
}

function unavailableNode(r: MetricResult, gap: Gap): MetricResult {
  const out: MetricResult = {
    id: r.id,
    label: r.label,
    unit: r.unit,
    value: null,
    numerator: null,
    denominator: null,
    countingUnit: r.countingUnit,
    notes: [gap.note, ...r.notes.filter((n) => !isStatusNote(n))],
    suppressed: r.suppressed,
    status: "unavailable",
    unavailable: gap.needs === undefined ? { reason: gap.reason } : { reason: gap.reason, needs: gap.needs },
  };
  return r.breakdown === undefined ? out : { ...out, breakdown: r.breakdown };
}

function walk(r: MetricResult, m: MetricEntry, path: string, cfg: EngineConfig): MetricResult {
  const needs = m.needs;
  const req = path === "" && m.headlineNeeds !== undefined ? m.headlineNeeds(cfg, needs) : requirementAt(needs, path);
  // breakdown entries first, each with its own needs (the looked-after entry of a figure whose
  // headline needs the CIN census is available from SSDA903 alone)
  let out = r;
  if (r.breakdown !== undefined) {
    const b = Object.fromEntries(Object.entries(r.breakdown).map(([k, x]) => [k, walk(x, m, path === "" ? k : `${path}/${k}`, cfg)]));
    out = { ...out, breakdown: b };
  }
  const gap = gapOf(req, cfg);
  if (gap !== null) return unavailableNode(out, gap);
  if (out.status === "available" && m.family === "workforce" && out.value === null && out.breakdown === undefined) {
    out =
      out.denominator === 0
        ? { ...out, status: "unavailable", unavailable: { reason: "no-denominator" } }
        : { ...out, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "no-workforce" } };
  }
  const needed = req.historyMonths;
  if (needed !== undefined && out.status === "available") {
    const covered = coveredMonths(cfg, req.facts ?? [], needed);
    if (covered < needed) {
      out = {
        ...out,
        status: "incomplete-history",
        history: { neededMonths: needed, coveredMonths: covered },
        notes: [
          ...out.notes,
          `Incomplete history: the definition looks back ${String(needed)} months before the period, and the inputs' ${list(req.facts ?? [])} cover ${String(covered)} of them, so the figure is understated.`,
        ],
      };
    }
  }
  return out;
}

/**
 * Gives every figure and breakdown entry its availability: `unavailable` (value, numerator and
 * denominator `null`) when the inputs do not hold what it needs, `incomplete-history` when they
 * hold less history than it looks back over.
 *
 * @internal
 */
export function applyAvailability(metrics: Partial<Record<string, MetricResult>>, cfg: EngineConfig): Partial<Record<string, MetricResult>> {
  const out: Partial<Record<string, MetricResult>> = {};
  for (const [id, r] of Object.entries(metrics)) {
    if (r === undefined) continue;
    const m = METRIC_ENTRIES.get(id);
    out[id] = m === undefined ? r : walk(r, m, "", cfg);
  }
  return out;
}
