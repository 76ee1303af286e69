// The `kinsafe/returns` entry (Node.js only: it reads files): many returns read at once, each
// file identified and given its collection year from its content, children merged across returns.
export { readReturns, type ReadReturnsOptions, type ReturnsCohort, type ReturnsRead, type ReturnWorkforce } from "./readReturns";
export { identifyReturns, type IdentifyReturnsOptions } from "./identifyReturns";
export { RETURN_KIND_NAMES, type ReturnKind, type ReturnFile, type ReturnFinding, type ReturnSource, type TidyCoverageRow } from "./ReturnFile";
export { COVERAGE_COLUMNS, TIDY_TABLE_COLUMNS, type TidyTableName } from "./tidyTables";
export { DEFAULT_RETURN_LIMITS, type ReturnLimits } from "./limits";
export { type ReadProgress } from "./progress";
export { type RecordFacts } from "./fileYears";
export { RETURNS_FINDING_CODES, type ReturnsFindingCode } from "./findingCodes";
export { enReturns } from "./messages.en";
export { type MessageCatalogue } from "../../messages";
