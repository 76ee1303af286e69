import type { MessageCatalogue } from "../../messages";
import type { CinCensusFindingCode } from "./findingCodes";

/**
 * English templates for the findings of the CIN census reader. Placeholders in braces are filled from the
 * finding's params: `file`, `line`, `column`, `childId` / `workerId`, `element` / `field`,
 * `value`, `expected`. Pass it to `formatFinding` (`{ catalogue: enCinCensus }`) from the main entry.
 *
 * @example
 * {@includeCode ../../../tests/messages/catalogues.test.ts#interop-catalogue}
 *
 * @category Messages
 */
export const enCinCensus: MessageCatalogue<CinCensusFindingCode> = {
  locale: "en",
  messages: {
    "cin-census/malformed-xml": "The CIN census file is not well-formed XML at line {line}, column {column}: {reason} Records before that point were read.",
    "cin-census/unsafe-xml": "Reading stopped at line {line}, column {column}: {reason}",
    "cin-census/limit-exceeded": "Reading stopped: {reason}",
    "cin-census/not-cin-census": "This does not look like a CIN census return: <{element}> where {expected} was expected.",
    "cin-census/missing-header": "The CIN census file has no Header, so the local authority and reference date are unknown.",
    "cin-census/invalid-header": "The header value {element} \"{value}\" could not be read: expected {expected}.",
    "cin-census/child-without-id": "A child at line {line} has no LAchildID, so the child (with {episodes} episodes) could not be read.",
    "cin-census/invalid-value": "Child {childId}: {element} \"{value}\" (line {line}) is not {expected}; it was left out.",
    "cin-census/missing-value": "Child {childId}: {element} is missing (line {line}); the record was kept with it not recorded.",
    "cin-census/record-dropped": "Child {childId}: a {element} block at line {line} has no {missing}, so it could not be read.",
    "cin-census/repeated-element": "Child {childId}: {element} is given more than once (line {line}); the last value was kept.",
    "cin-census/repeated-header": "The header gives {element} more than once (line {line}); the last value was kept.",
    "cin-census/legacy-code": "Child {childId}: {element} \"{value}\" is an older code; it was read as {convertedTo}.",
    "cin-census/unknown-element": "<{element}> inside <{parent}> (line {line}) is not part of the CIN census and was skipped.",
    "cin-census/stray-text": "Text \"{text}\" inside <{element}> (line {line}) is not part of any element and was skipped.",
    "cin-census/elements-not-kept": "{element} was read {count} times but kinsafe's child record has no place for it.",
    "cin-census/duplicate-child": "Child {childId} appears more than once in this return (line {line}); both were kept.",
    "cin-census/child-not-written": "Child {childId} has no CIN episode to write, so it was left out of the return.",
    "cin-census/conflicting-details": "Child {childId}: {element} is {value} in the {year} return but {previous} in an earlier one; the latest was kept.",
    "cin-census/episode-not-in-next-return": "Child {childId}: the episode ({element}) that started {startDate} was open on {referenceDate} in the {year} return but is not in the {nextYear} return, so its end is not known; it was kept open, as the {year} return has it.",
    "cin-census/date-before-referral": "Child {childId}: {element} {value} (line {line}) is before the referral date {referralDate}, which cannot be right ({rule}); the record was kept, and figures that need the date leave it out.",
    "cin-census/date-after-reference-date": "Child {childId}: {element} {value} (line {line}) is after the return's reference date {referenceDate}, which cannot be right; the record was kept, and figures that need the date leave it out.",
  } satisfies Readonly<Record<CinCensusFindingCode, string>>,
};
