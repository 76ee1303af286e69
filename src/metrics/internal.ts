// What src/metrics offers the other folders of src/ and not the package: the disclosure
// control's parts, for the practice measures that suppress small numbers the same way, and the
// helpers that shape a MetricResult, so that every metric's result is made the same way.
export { type Additivity, CORE_ADDITIVITY, controlDisclosure, relationsOf, sumOf, type DisclosureNode } from "./disclosureControl";
export { make, percent, type Parts } from "./internal/table/entry";
export { accumulateColumns } from "./createCoreDataSetAccumulator";
export { DFE_ASSESSMENT_BANDS, ICPC_BANDS } from "./internal/table/timeliness";
export { requirementAt } from "./internal/availability";
// for the SQL of the looked-after measures (src/cli/sql): DfE's groups of SSDA903 codes and the kernel's month arithmetic
export { LS_GROUPS, PLACE_ADOPTION, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "./internal/lacGroups";
export { addMonthsToDay, fastDay } from "./internal/days";
// the metric table without its texts (metricTexts.ts), for what needs only ids and units (the comparators)
export { METRIC_TABLE } from "./internal/table";
export type { MetricUnit } from "./CoreDataSet";
