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
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#finding-codes}
 *
 * @category Returns
 */
export const RETURNS_FINDING_CODES = ["returns/year-mismatch", "returns/invalid-child-record", "returns/records-migrated"] as const;

/**
 * A finding code of {@link readReturns} (see {@link RETURNS_FINDING_CODES}).
 *
 * @category Returns
 */
export type ReturnsFindingCode = (typeof RETURNS_FINDING_CODES)[number];
