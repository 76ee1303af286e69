import type { CoreDataSetResult, MetricId, MetricResult } from "../CoreDataSet";
import { suppressCoreMetrics } from "../disclosureControl";
import { applyAvailability } from "./availability";
import type { EngineState } from "./engine";
import { countsOf, METRIC_TABLE, type MetricCounters } from "./table";

// Turns the counters and histograms of a state into the catalogue's result shape (each enabled
// metric's builder in the metric table), then applies availability and disclosure control.

/**
 * Builds every enabled metric.
 *
 * @internal
 */
export function buildMetrics(st: MetricCounters): Partial<Record<MetricId, MetricResult>> {
  const counts = countsOf(st);
  const out: Partial<Record<MetricId, MetricResult>> = {};
  for (const m of METRIC_TABLE) if (st.config.enabled.has(m.id)) out[m.id] = m.build(counts, m);
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
