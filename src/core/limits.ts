// The bounds of kinsafe's documents. The DfE formats bound codes and identifiers; free text and
// lists in kinsafe's own documents are bounded here so that no document, however produced, can
// grow without limit. Each bound is far beyond any real case file and is documented on the
// model's page and in docs/errors-and-findings.md ("Bounds").

/**
 * Most characters in one free-text field of a document (a statement, a description, a note, a
 * child's words): 10,000, about four pages of prose. A danger or harm statement, a goal or a
 * child's answer is a few sentences; longer material belongs in the case record, not the map.
 *
 * @internal
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Most items in one list of a document (statements, people, rules, episodes, dates): 10,000.
 * One child's case over eighteen years has some hundreds of each.
 *
 * @internal
 */
export const MAX_LIST_LENGTH = 10_000;

/**
 * Most entries in a document's history of changes (the case file's audit trail): 100,000,
 * ten times the other lists, because every small edit is an entry.
 *
 * @internal
 */
export const MAX_HISTORY_LENGTH = 100_000;

/**
 * Most steps in a patch path: 64, the nesting depth the parse functions accept.
 *
 * @internal
 */
export const MAX_PATH_LENGTH = 64;
