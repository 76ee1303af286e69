import type { MessageCatalogue } from "../../messages";
import type { ComparatorFindingCode } from "./findingCodes";

/**
 * English templates for the findings of {@link parseComparatorsCsv}. Placeholders in braces are
 * filled from the finding's params: `line`, `column`, `field`, `value`, `expected`, `reason`.
 * Pass it to `formatFinding` (`{ catalogue: enComparators }`) from the main entry.
 *
 * @example
 * {@includeCode ../../../tests/comparators/parseComparatorsCsv.test.ts#messages}
 *
 * @category Messages
 */
export const enComparators: MessageCatalogue<ComparatorFindingCode> = {
  locale: "en",
  messages: {
    "comparators/malformed-csv": "The comparators file is not CSV at line {line}: {reason} Reading stopped.",
    "comparators/missing-header": "The comparators file has no header row naming {expected}; nothing was read.",
    "comparators/duplicate-column": "The header names the column {field} twice; nothing was read.",
    "comparators/unknown-column": "The column {field} is not part of the comparators format and was ignored.",
    "comparators/wrong-cell-count": "Line {line} has {value} cells where the header has {expected}; the row was left out.",
    "comparators/unknown-metric": "Line {line}: \"{value}\" is not one of kinsafe's metrics; the row was left out.",
    "comparators/invalid-period": "Line {line}: period \"{value}\" is not a collection year such as 2024-25; the row was left out.",
    "comparators/invalid-value": "Line {line}: value \"{value}\" is not a number (digits and a decimal point, no separators or %); the row was left out.",
    "comparators/out-of-range": "Line {line}: value {value} is {reason}; the row was left out.",
    "comparators/invalid-symbol": "Line {line}: symbol \"{value}\" is not one of c, x, z, low, u; the row was left out.",
    "comparators/missing-value": "Line {line}: {field} is empty ({reason}); the row was left out.",
    "comparators/value-and-symbol": "Line {line}: both a value and the symbol \"{value}\"; the value was kept.",
    "comparators/duplicate-row": "Line {line}: a second figure for {field}, the first (line {expected}) was kept.",
  } satisfies Readonly<Record<ComparatorFindingCode, string>>,
};
