import type { MessageCatalogue } from "../../messages";
import type { WorkforceFindingCode } from "./findingCodes";

/**
 * English templates for the findings of the workforce census reader. Placeholders in braces are filled from the
 * finding's params: `file`, `line`, `column`, `childId` / `workerId`, `element` / `field`,
 * `value`, `expected`. Pass it to `formatFinding` (`{ catalogue: enWorkforce }`) from the main entry.
 *
 * @example
 * {@includeCode ../../../tests/messages/catalogues.test.ts#interop-catalogue}
 *
 * @category Messages
 */
export const enWorkforce: MessageCatalogue<WorkforceFindingCode> = {
  locale: "en",
  messages: {
    "workforce/malformed-xml": "The workforce census file is not well-formed XML at line {line}, column {column}: {reason}",
    "workforce/unsafe-xml": "Reading stopped at line {line}, column {column}: {reason}",
    "workforce/limit-exceeded": "Reading stopped: {reason}",
    "workforce/not-workforce-census": "This does not look like a workforce census return: {element} where {expected} was expected.",
    "workforce/missing-reference-date": "The workforce census has no reference date, so no metrics input was made. Pass one in the options.",
    "workforce/invalid-value": "Worker {workerId}: {element} \"{value}\" (line {line}) is not {expected}; it was left out.",
    "workforce/repeated-element": "<{element}> is given more than once inside <{parent}> (line {line}); the last was kept.",
    "workforce/worker-dropped": "Worker {workerId} (line {line}) has no valid FTE, so the worker could not be read.",
    "workforce/worker-without-id": "A worker at line {line} has no SWENo; it was read as {workerId}.",
    "workforce/unknown-element": "<{element}> inside <{parent}> (line {line}) is not part of the workforce census and was skipped.",
    "workforce/elements-not-kept": "{element} was read {count} times but the workforce input has no place for it.",
    "workforce/agency-cover-exceeds":
    "NoAgencyFTE (line {line}) gives {value} FTE of agency workers covering vacancies, more than {compared} ({limit}); one of the two is wrong, so the share of agency cover is not available.",
  } satisfies Readonly<Record<WorkforceFindingCode, string>>,
};
