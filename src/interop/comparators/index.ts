// The `kinsafe/comparators` entry: England's published figures, and the user's own comparators
// (statistical neighbours, a region, another authority) read from a tidy CSV file.
export { type Comparator, type ComparatorFinding, type ComparatorsRead } from "./Comparator";
export { COMPARATOR_FINDING_CODES, type ComparatorFindingCode } from "./findingCodes";
export { enComparators } from "./messages.en";
export { comparatorMetricUnit } from "./metricUnits";
export { COMPARATOR_CSV_COLUMNS, COMPARATOR_SYMBOLS, parseComparatorsCsv, type ParseComparatorsOptions } from "./parseComparatorsCsv";
export { formatComparatorsCsv } from "./formatComparatorsCsv";
export { ENGLAND_COMPARATORS, englandComparators } from "./england";
export { type MessageCatalogue } from "../../messages";
