import type { MessageCatalogue } from "../../messages";
import type { Ssda903FindingCode } from "./findingCodes";

/**
 * English templates for the findings of the SSDA903 reader. Placeholders in braces are filled from the
 * finding's params: `file`, `line`, `column`, `childId` / `workerId`, `element` / `field`,
 * `value`, `expected`. Pass it to `formatFinding` (`{ catalogue: enSsda903 }`) from the main entry.
 *
 * @example
 * {@includeCode ../../../tests/messages/catalogues.test.ts#interop-catalogue}
 *
 * @category Messages
 */
export const enSsda903: MessageCatalogue<Ssda903FindingCode> = {
  locale: "en",
  messages: {
    "ssda903/malformed-xml": "The SSDA903 file {file} is not well-formed XML at line {line}, column {column}: {reason}",
    "ssda903/unsafe-xml": "Reading {file} stopped at line {line}, column {column}: {reason}",
    "ssda903/malformed-csv": "Reading {file} stopped at line {line}: {reason}",
    "ssda903/limit-exceeded": "Reading {file} stopped: {reason}",
    "ssda903/unknown-table": "The columns of {file} ({columns}) match no SSDA903 table, so its rows were not read.",
    "ssda903/missing-column": "The {table} table in {file} has no {field} column, so its rows were not read.",
    "ssda903/date-out-of-order": "{file} line {line}, child {childId}: {field} {value} is before {other} {otherValue}, which cannot be right; the row was kept, and figures that need the date leave it out.",
    "ssda903/missing-specified-column": "The {table} table in {file} has no {field} column, which the SSDA903 specification requires; its rows were read, but what needs the column cannot be told from this file.",
    "ssda903/duplicate-column": "{file} names the column {field} more than once, so it is not known which holds the value; the rows of its {table} table were not read.",
    "ssda903/ragged-row": "{file} line {line}, child {childId}: the row has {cells} cells where the header has {columns}; missing cells were read as empty and extra cells were not read.",
    "ssda903/columns-not-kept": "Columns {field} of {file} are not part of the {table} table and were not kept.",
    "ssda903/invalid-value": "{file} line {line}, child {childId}: {field} \"{value}\" is not {expected}; it was left out.",
    "ssda903/row-dropped": "{file} line {line}, child {childId}: the {table} row has no valid {field}, so it could not be read.",
    "ssda903/child-without-header": "Child {childId} has rows in {file} but is not in the Header table.",
    "ssda903/duplicate-row": "{file} line {line}: the same {table} row for child {childId} appears twice; it was kept once.",
    "ssda903/conflicting-header": "{file} line {line}, child {childId}: {field} is \"{value}\" but \"{previous}\" in the header row at line {previousLine}; \"{value}\" was kept.",
    "ssda903/conflicting-row": "{file} line {line}, child {childId}: {field} is \"{value}\" but \"{previous}\" in the {table} row at line {previousLine}; \"{value}\" was kept.",
    "ssda903/repeated-element": "{file} line {line}, child {childId}: <{element}> is given more than once inside <{parent}>; the last was kept.",
    "ssda903/rows-superseded": "{count} {table} rows of earlier returns were replaced by a later return's version.",
    "ssda903/overlapping-episodes": "Child {childId}: the episode starting {value} begins before the episode starting {previous} has ended.",
    "ssda903/unknown-element": "<{element}> inside <{parent}> in {file} (line {line}) is not part of SSDA903 and was skipped.",
    "ssda903/children-not-matched": "{count} children of the SSDA903 return ({files}) were not found among the CIN census records (matched by {matchBy}); they were added as records of their own.",
  } satisfies Readonly<Record<Ssda903FindingCode, string>>,
};
