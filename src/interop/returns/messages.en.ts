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
  } satisfies Readonly<Record<ReturnsFindingCode, string>>,
};
