// What src/records offers the other folders of src/ and not the package: the record check of
// the engine's hot path (valid or not, without zod's issues), and the cohort builder's parts
// that the command line uses, and the reading of stored records by their schema version.
export { isValidChildRecord } from "./validateChildRecord";
export { compareEpisodeFindings, createCohortBuilderWith } from "./createCohortBuilder";
export { cohortOfColumns, columnsOf } from "./ColumnarCohort";
export { ALL_PARTS, ColumnsBuilder, columnBuffers, concatColumns, type ColumnData } from "./columnData";
export { OPEN_END, fastDay, toDay, daysInMonth } from "./dayNumbers";
export { codeOf, factorBits, NFA_NO, NFA_NOT_RECORDED, NFA_YES, OC2_FLAGS, oc2FlagsOf, oc3AccomCode, PART_IDS, PLAN_TYPE_BIT, PREVIOUS_NOT_RECORDED } from "./columnData";
export { OC3_ACCOMMODATION_TYPES, OC3_ACTIVITY_CODES, OC3_IN_TOUCH_CODES } from "./codes/ssda903";
export { readStoredChildRecord, type StoredChildRecord } from "./storedChildRecord";
export { childIdOf, createColumnPartBuilder, type ColumnPart, type ColumnPartBuilder, type ColumnPartError } from "./columnParts";
export { RECORD_PARTS, recordPartIssue } from "./validateChildRecord";
export { byteCodes, dayOfBytes, digitsOfBytes, isLaBytes, isPlainIdBytes, isUpnBytes, NOT_A_DAY, NOT_DIGITS, type ByteCodes } from "./recordBytes";
export { compactRecord, expandRecord } from "./recordCodec";
export { appendRead, appendSsda903, createReturnRowsWriter, mayOverflow, mergeReturnRows, type MergedRows, type ReturnRows, type ReturnRowsWriter, type RowsChild, type RowsEpisode } from "./returnRows";
export { MAX_RECORD_CODE_LENGTH } from "./ChildRecord";
