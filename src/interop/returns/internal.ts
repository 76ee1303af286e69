// What the returns reader offers the command line and not the package: the file reading and
// limit checks the other commands share, and the dates of facts (for what the files cover).
export { fileChunks, ioErrorReason } from "./cinParts";
export { collectionYearOfDate, factDatesOf } from "./fileYears";
export { yearTableOf } from "./identifyReturns";
export { readJsonFile, MAX_INPUT_BYTES, MAX_JSON_BYTES, MAX_LINE_BYTES, MAX_JSON_DEPTH } from "./limits";
export { noProgress, type Progress } from "./progress";
export { readColumnParts } from "./readReturns";
export { TIDY_TABLE_FACTS, tidyCsvRow, tidyTableRows } from "./tidyTables";
