import type { MessageCatalogue } from "../../messages";
import type { ReturnsFindingCode } from "./findingCodes";

/**
 * English templates for the findings {@link readReturns} makes itself. Placeholders in braces are
 * filled from the finding's params. Pass it to `formatFinding` (`{ catalogue: enReturns }`) from
 * the main entry, with the readers' catalogues.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#finding-codes}
 *
 * @category Messages
 */
export const enReturns: MessageCatalogue<ReturnsFindingCode> = {
  locale: "en",
  messages: {
    "returns/year-mismatch": "The year in the file's name does not match its content: {reason}.",
    "returns/invalid-child-record": "The child record at {where} is not valid and was left out: {reason}.",
    "returns/records-migrated": "Written by an earlier release: {count} child records are of record schema version {fromVersion} and were read as version {version}.",
    "returns/table-row-not-placed": "Line {line} of the {table} table (child {childId}) was left out: {reason}.",
    "returns/table-ragged-row": "Line {line} of the {table} table (child {childId}) has {cells} cells where the header has {columns}: missing cells were read as empty and extra cells were not read.",
    "returns/table-columns-not-kept": "The {table} table has columns kinsafe does not read, which were not kept: {columns}.",
    "returns/tables-without-coverage": "The tidy tables {files} come without coverage.csv: which dates they cover is not known, so no figure is computed from them. Add coverage.csv (kinsafe tables writes it).",
    "returns/table-year-differs": "The year of the {table} table differs from the rest of the return: {reason}.",
  } satisfies Readonly<Record<ReturnsFindingCode, string>>,
};
