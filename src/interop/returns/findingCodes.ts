/**
 * Every finding code {@link readReturns} makes itself (the readers' and the merge's keep their
 * own). Stable once released.
 *
 * - `returns/year-mismatch` (warning): the year in a file's name is not the collection year its
 *   content gives (params `file`, `nameYear`, `year`, `from`, `reason`); the content's year is
 *   used.
 * - `returns/invalid-child-record` (error): a kinsafe child record that is not valid (params
 *   `file`, `where`, `reason`; `path` the first issue's); it is left out.
 * - `returns/records-migrated` (info): kinsafe child records of an earlier record schema version
 *   (`schemaVersion`; none is version 1) were read in today's field names (`migrateChildRecord`);
 *   one per file, params `file`, `count`, `fromVersion`, `version`.
 * - `returns/table-row-not-placed` (error): a row of a kinsafe tidy table whose child is not in
 *   the children table, whose episode is not in the episodes table, or whose key is used twice
 *   (params `file`, `table`, `line`, `childId`, `reason`); it is left out, and with it the whole
 *   child when the child's own rows are in doubt.
 * - `returns/table-ragged-row` (warning): a row of a tidy table with more or fewer cells than its
 *   header has columns (params `file`, `table`, `line`, `childId`, `cells`, `columns`): missing
 *   cells are read as empty, extra cells are not read.
 * - `returns/table-columns-not-kept` (info): columns of a tidy table kinsafe does not read
 *   (params `file`, `table`, `columns`).
 * - `returns/tables-without-coverage` (warning): tidy tables given without `coverage.csv`
 *   (params `files`): nothing says which dates they cover, so figures from them are unavailable.
 * - `returns/table-year-differs` (warning): an SSDA903 OC2, OC3 or AD1 table of a collection year
 *   none of the other SSDA903 tables given is of (params `file`, `table`, `year`, `years`,
 *   `reason`): it covers its own year only.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#finding-codes}
 *
 * @category Returns
 */
export const RETURNS_FINDING_CODES = [
  "returns/year-mismatch",
  "returns/invalid-child-record",
  "returns/records-migrated",
  "returns/table-row-not-placed",
  "returns/table-ragged-row",
  "returns/table-columns-not-kept",
  "returns/tables-without-coverage",
  "returns/table-year-differs",
] as const;

/**
 * A finding code of {@link readReturns} (see {@link RETURNS_FINDING_CODES}).
 *
 * @category Returns
 */
export type ReturnsFindingCode = (typeof RETURNS_FINDING_CODES)[number];
