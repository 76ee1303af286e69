import { ACTIVITY } from "./activity";
import type { MetricEntry } from "./entry";
import { LOOKED_AFTER } from "./lookedAfter";
import { LOOKED_AFTER_OUTCOMES } from "./lookedAfterOutcomes";
import { OUTCOMES } from "./outcomes";
import { PLANS } from "./plans";
import { TIMELINESS } from "./timeliness";
import { WORKFORCE } from "./workforce";

// The metric table: every metric of the core data set, one definition object each (id, label,
// units, what it needs, and its builder), in catalogue order. Availability and the result
// builder read it; the public catalogue (METRIC_CATALOGUE) joins it with the texts
// (../metricTexts.ts: definition, rule, DfE source, differences), which the engine never reads,
// and the CLI's report and docs/metrics.md (scripts/metricCatalogue.ts) read the catalogue.

/**
 * Every metric, in catalogue order.
 *
 * @internal
 */
export const METRIC_TABLE = [...ACTIVITY, ...TIMELINESS, ...PLANS, ...LOOKED_AFTER, ...LOOKED_AFTER_OUTCOMES, ...OUTCOMES, ...WORKFORCE] as const;

/**
 * The metrics by id.
 *
 * @internal
 */
export const METRIC_ENTRIES: ReadonlyMap<string, MetricEntry> = new Map(METRIC_TABLE.map((m) => [m.id, m]));

export { countsOf, type Counts, type MetricCounters, type MetricEntry } from "./entry";
