import type { CinCensusFindingCode } from "../../interop/cin-census/findingCodes";
import type { Ssda903FindingCode } from "../../interop/ssda903/findingCodes";
import type { WorkforceFindingCode } from "../../interop/workforce/findingCodes";

/**
 * English templates for the statutory return readers' finding codes (CIN census, SSDA903,
 * workforce census). Placeholders in braces are filled from the finding's params: `file`,
 * `line`, `column`, `childId` / `workerId`, `element` / `field`, `value`, `expected`.
 *
 * @category Messages
 */
export const enInterop: Readonly<Record<CinCensusFindingCode | Ssda903FindingCode | WorkforceFindingCode, string>> = {
  "cin-census/malformed-xml": "The CIN census file is not well-formed XML at line {line}, column {column}: {reason} Records before that point were read.",
  "cin-census/unsafe-xml": "Reading stopped at line {line}, column {column}: {reason}",
  "cin-census/limit-exceeded": "Reading stopped: {reason}",
  "cin-census/not-cin-census": "This does not look like a CIN census return: <{element}> where {expected} was expected.",
  "cin-census/missing-header": "The CIN census file has no Header, so the local authority and reference date are unknown.",
  "cin-census/invalid-header": "The header value {element} \"{value}\" could not be read: expected {expected}.",
  "cin-census/child-without-id": "A child at line {line} has no LAchildID, so the child (with {episodes} episodes) could not be read.",
  "cin-census/invalid-value": "Child {childId}: {element} \"{value}\" (line {line}) is not {expected}; it was left out.",
  "cin-census/missing-value": "Child {childId}: {element} is missing (line {line}); {assumed} was assumed.",
  "cin-census/record-dropped": "Child {childId}: a {element} block at line {line} has no {missing}, so it could not be read.",
  "cin-census/repeated-element": "Child {childId}: {element} is given more than once (line {line}); the last value was kept.",
  "cin-census/legacy-code": "Child {childId}: {element} \"{value}\" is an older code; it was read as {convertedTo}.",
  "cin-census/unknown-element": "<{element}> inside <{parent}> (line {line}) is not part of the CIN census and was skipped.",
  "cin-census/stray-text": "Text \"{text}\" inside <{element}> (line {line}) is not part of any element and was skipped.",
  "cin-census/elements-not-kept": "{element} was read {count} times but kinsafe's child record has no place for it.",
  "cin-census/duplicate-child": "Child {childId} appears more than once in this return (line {line}); both were kept.",
  "cin-census/child-not-written": "Child {childId} has no CIN episode to write, so it was left out of the return.",
  "cin-census/conflicting-details": "Child {childId}: {element} is {value} in the {year} return but {previous} in an earlier one; the latest was kept.",
  "ssda903/malformed-xml": "The SSDA903 file {file} is not well-formed XML at line {line}, column {column}: {reason}",
  "ssda903/unsafe-xml": "Reading {file} stopped at line {line}, column {column}: {reason}",
  "ssda903/malformed-csv": "Reading {file} stopped at line {line}: {reason}",
  "ssda903/limit-exceeded": "Reading {file} stopped: {reason}",
  "ssda903/unknown-table": "The columns of {file} ({columns}) match no SSDA903 table, so its rows were not read.",
  "ssda903/missing-column": "The {table} table in {file} has no {field} column, so its rows were not read.",
  "ssda903/columns-not-kept": "Columns {field} of {file} are not part of the {table} table and were not kept.",
  "ssda903/invalid-value": "{file} line {line}, child {childId}: {field} \"{value}\" is not {expected}; it was left out.",
  "ssda903/row-dropped": "{file} line {line}, child {childId}: the {table} row has no valid {field}, so it could not be read.",
  "ssda903/child-without-header": "Child {childId} has rows in {file} but is not in the Header table.",
  "ssda903/duplicate-row": "{file} line {line}: the same {table} row for child {childId} appears twice; it was kept once.",
  "ssda903/rows-superseded": "{count} {table} rows of earlier returns were replaced by a later return's version.",
  "ssda903/overlapping-episodes": "Child {childId}: the episode starting {value} begins before the episode starting {previous} has ended.",
  "ssda903/unknown-element": "<{element}> inside <{parent}> in {file} (line {line}) is not part of SSDA903 and was skipped.",
  "ssda903/children-not-matched": "{count} children of the SSDA903 return were not found among the CIN census records (matched by {matchBy}); they were added as records of their own.",
  "workforce/malformed-xml": "The workforce census file is not well-formed XML at line {line}, column {column}: {reason}",
  "workforce/unsafe-xml": "Reading stopped at line {line}, column {column}: {reason}",
  "workforce/limit-exceeded": "Reading stopped: {reason}",
  "workforce/not-workforce-census": "This does not look like a workforce census return: {element} where {expected} was expected.",
  "workforce/missing-reference-date": "The workforce census has no reference date, so no metrics input was made. Pass one in the options.",
  "workforce/invalid-value": "Worker {workerId}: {element} \"{value}\" (line {line}) is not {expected}; it was left out.",
  "workforce/worker-dropped": "Worker {workerId} (line {line}) has no valid FTE, so the worker could not be read.",
  "workforce/worker-without-id": "A worker at line {line} has no SWENo; it was read as {workerId}.",
  "workforce/unknown-element": "<{element}> inside <{parent}> (line {line}) is not part of the workforce census and was skipped.",
  "workforce/elements-not-kept": "{element} was read {count} times but the workforce input has no place for it.",
};
