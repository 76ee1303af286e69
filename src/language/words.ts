// Private word matching for the language rules of checkAssessmentMap (Q1, Q5, Q8, Q10) and the
// child-voice checks.
// Not exported from the package.

// A small memo of compiled terms; cleared when it grows past CACHE_LIMIT so that callers who pass
// many different option lists cannot make it grow without bound.
const CACHE_LIMIT = 1000;
const cache = new Map<string, RegExp | null>();

/** Typographic apostrophes become plain ones, so "won’t" and "won't" match each other. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The regular expression of one term: whole words, any case, any run of white space between
 * words. Letters and digits count as word characters, so "risk" matches "high-risk" and "Dad's"
 * but not "brisk" or "risky". A blank term never matches.
 */
function termPattern(term: string): RegExp | null {
  let pattern = cache.get(term);
  if (pattern === undefined) {
    const words = normalise(term).trim().split(/\s+/).filter((w) => w.length > 0);
    pattern = words.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(term, pattern);
  }
  return pattern;
}

/**
 * Finds which of a list of words or phrases occur in a text, as whole words in any case.
 *
 * @param text - The wording to search.
 * @param terms - Words or phrases; blank ones are ignored.
 * @returns The terms that occur, in the order of `terms`, without repeats.
 *
 * @example
 * {@includeCode ../../tests/language/checkLanguage.test.ts#find-terms}
 *
 * @internal
 */
export function findTerms(text: string, terms: readonly string[]): string[] {
  const haystack = normalise(text);
  const found: string[] = [];
  for (const term of terms) {
    const pattern = termPattern(term);
    if (pattern !== null && pattern.test(haystack) && !found.includes(term)) found.push(term);
  }
  return found;
}

/**
 * Tells whether any of a list of words or phrases occurs in a text, as whole words in any case.
 *
 * @param text - The wording to search.
 * @param terms - Words or phrases; blank ones are ignored.
 * @returns `true` when at least one term occurs.
 *
 * @example
 * {@includeCode ../../tests/language/checkLanguage.test.ts#has-term}
 *
 * @internal
 */
export function hasTerm(text: string, terms: readonly string[]): boolean {
  const haystack = normalise(text);
  return terms.some((term) => termPattern(term)?.test(haystack) === true);
}

// Words ending in "ed" that are not past tenses; the rest are read as regular past tenses.
const NOT_PAST_ED = new Set(["bed", "bleed", "breed", "exceed", "feed", "indeed", "need", "proceed", "red", "seed", "shed", "speed", "succeed", "weed", "wed"]);

/**
 * Tells whether a text has a regular past tense: a word of four letters or more ending in "ed",
 * other than the few common words that only look like one ("need", "speed", "indeed"…).
 *
 * @param text - The wording to search.
 * @returns `true` when a regular past tense occurs.
 *
 * @example
 * {@includeCode ../../tests/language/checkLanguage.test.ts#past-tense}
 *
 * @internal
 */
export function hasRegularPastTense(text: string): boolean {
  const words = normalise(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => w.length >= 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w));
}
