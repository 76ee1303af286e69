// Private word matching for the data-driven language rules: jargon terms with their forms and
// acronyms, the family's own quoted words, and the clauses of a goal. Not exported from the
// package.
import type { JargonKind, JargonTerm } from "./jargon";

/** Typographic apostrophes become plain ones, so "won’t" and "won't" match each other. */
function normaliseApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phrase(form: string): string | null {
  const words = normaliseApostrophes(form).trim().split(/\s+/).filter((w) => w.length > 0);
  return words.length === 0 ? null : words.map(escapeRegExp).join("\\s+");
}

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/** A term compiled once: its forms in any case, its acronyms in capitals only. */
interface Compiled {
  readonly forms: RegExp | null;
  readonly acronyms: RegExp | null;
  /** The same, global, for blanking out every occurrence. */
  readonly all: readonly RegExp[];
}

const CACHE_LIMIT = 500;
const cache = new WeakMap<JargonTerm, Compiled>();
let cached = 0;
const fallback = new Map<string, Compiled>();

function alternation(list: readonly string[] | undefined, flags: string): RegExp | null {
  const parts = (list ?? []).map(phrase).filter((p): p is string => p !== null);
  // Longest first, so that "domestic violence and abuse" is reported rather than its start.
  parts.sort((a, b) => b.length - a.length);
  return parts.length === 0 ? null : new RegExp(`${BEFORE}(?:${parts.join("|")})${AFTER}`, flags);
}

function compile(term: JargonTerm): Compiled {
  let c = cache.get(term);
  if (c === undefined) {
    // Terms from a settings file are plain data and may be new objects on every call; the
    // weak map forgets them with their objects, and the count only bounds the string memo.
    const key = JSON.stringify([term.forms, term.acronyms ?? []]);
    c = fallback.get(key);
    if (c === undefined) {
      const forms = alternation(term.forms, "iu");
      const acronyms = alternation(term.acronyms, "u");
      const all = [forms, acronyms].filter((r): r is RegExp => r !== null).map((r) => new RegExp(r.source, `${r.flags}g`));
      c = { forms, acronyms, all };
      if (cached >= CACHE_LIMIT) {
        fallback.clear();
        cached = 0;
      }
      fallback.set(key, c);
      cached += 1;
    }
    cache.set(term, c);
  }
  return c;
}

/**
 * The text with every quotation in double quotation marks (“…” or "…") blanked out, keeping
 * its length. Quoted words are the family's own and are not held to the worker's language
 * rules. An opening mark that is never closed quotes nothing, so a stray mark cannot hide the
 * rest of a statement.
 *
 * @param text - The wording.
 * @returns The wording with each quotation replaced by as many spaces.
 *
 * @example
 * {@includeCode ../../tests/language/languageMatch.test.ts#without-quotes}
 *
 * @internal
 */
export function withoutQuotes(text: string): string {
  return text.replace(/\u201c[^\u201c\u201d]*\u201d|"[^"]*"/g, (quoted) => " ".repeat(quoted.length));
}

/** One label found in a text. */
export interface JargonHit {
  readonly term: JargonTerm;
  /** The words as written in the text. */
  readonly found: string;
}

/**
 * The jargon terms that occur in a text outside quotations, each once, in the order of the
 * list, with the words as they were written.
 *
 * @param text - The wording.
 * @param terms - The labels, as data.
 * @param kinds - Only terms of these kinds; all when left out.
 * @returns Each term found, with the words as written.
 *
 * @example
 * {@includeCode ../../tests/language/languageMatch.test.ts#find-jargon}
 *
 * @internal
 */
export function findJargon(text: string, terms: readonly JargonTerm[], kinds?: readonly JargonKind[]): JargonHit[] {
  const haystack = normaliseApostrophes(withoutQuotes(text));
  const hits: JargonHit[] = [];
  for (const term of terms) {
    if (kinds !== undefined && !kinds.includes(term.kind)) continue;
    const c = compile(term);
    const match = c.forms?.exec(haystack) ?? c.acronyms?.exec(haystack) ?? null;
    if (match !== null) hits.push({ term, found: match[0].replace(/\s+/g, " ") });
  }
  return hits;
}

const phraseCache = new Map<string, RegExp | null>();

function phraseRegExp(p: string): RegExp | null {
  let r = phraseCache.get(p);
  if (r === undefined) {
    const source = phrase(p);
    r = source === null ? null : new RegExp(`${BEFORE}${source}${AFTER}`, "iu");
    if (phraseCache.size >= CACHE_LIMIT) phraseCache.clear();
    phraseCache.set(p, r);
  }
  return r;
}

/**
 * The first of the phrases (in the order of the list) that occurs in the text as whole words, in any case.
 *
 * @param text - The wording.
 * @param phrases - Words or phrases.
 * @returns The phrase found, or `undefined`.
 *
 * @example
 * {@includeCode ../../tests/language/languageMatch.test.ts#has-phrase}
 *
 * @internal
 */
export function hasPhrase(text: string, phrases: readonly string[]): string | undefined {
  const haystack = normaliseApostrophes(text);
  return phrases.find((p) => phraseRegExp(p)?.test(haystack) === true);
}

// Words that open a clause which is not the goal's main action: a condition, a time or a
// purpose. A negation inside one ("if she does not feel safe", "so Lee does not drive them")
// says when or why, not what will be done.
const SUBORDINATORS = ["so that", "so", "if", "unless", "when", "whenever", "while", "until", "because", "as long as", "before", "after", "in case", "even if", "even when"];

// Words that show a coordinated clause has its own subject or verb, so it does not inherit the
// negation of the clause before it ("Dad will not drink, and will ring Gran").
const OWN_SUBJECT = /^(?:(?:will|shall|can|could|would|must|should|is|are|he|she|they|we|you)(?!\p{L})|\p{Lu})/u;

/** One clause of a goal's wording. */
interface Clause {
  readonly text: string;
  /** A condition, time or purpose clause rather than a main action. */
  readonly subordinate: boolean;
  /** Joined to the clause before by "and" or "or". */
  readonly coordinated: boolean;
}

/**
 * Splits wording into clauses at punctuation, at "and", "or", "then", "but", and before the
 * words that open a condition, a time or a purpose ("if", "when", "so", "so that", "until"…).
 */
const SUB = SUBORDINATORS.map((s) => s.replace(/ /g, "\\s+")).join("|");
const SPLITTER = new RegExp(`[,;:.!?()\\u2013\\u2014]+|${BEFORE}(?:and|or|then|but)${AFTER}|${BEFORE}(?=(?:${SUB})${AFTER})`, "giu");
const OPENS_SUBORDINATE = new RegExp(`^(?:${SUB})${AFTER}`, "iu");

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  const source = normaliseApostrophes(text);
  let last = 0;
  let joiner = "";
  const push = (piece: string, join: string): void => {
    const trimmed = piece.trim();
    if (trimmed.length === 0) return;
    const subordinate = OPENS_SUBORDINATE.test(trimmed);
    out.push({ text: trimmed, subordinate, coordinated: /^(?:and|or)$/i.test(join.trim()) });
  };
  for (const m of source.matchAll(SPLITTER)) {
    const index = m.index;
    push(source.slice(last, index), joiner);
    // A bare punctuation split resets the joiner; "and"/"or" sets it for the next clause.
    joiner = m[0].trim().length === 0 ? "" : m[0];
    last = index + m[0].length;
  }
  push(source.slice(last), joiner);
  return out;
}

/**
 * Tells whether a goal's wording states only absence of harm. It is absence-framed when some
 * main clause has an absence marker and no main clause states an action without one. Clauses of
 * condition, time or purpose are set aside; a clause joined by "and"/"or" with no subject or
 * verb of its own shares the negation of the clause before ("will not shout and swear").
 *
 * @param text - A goal's wording.
 * @param markers - The absence markers.
 * @returns The first absence marker (in the order of the list) of a main clause, or `undefined`
 *   when the wording states what someone will do.
 *
 * @example
 * {@includeCode ../../tests/language/languageMatch.test.ts#absence-framing}
 *
 * @internal
 */
export function absenceFraming(text: string, markers: readonly string[]): string | undefined {
  const all = clauses(withoutQuotes(text));
  const main = all.filter((c) => !c.subordinate);
  const considered = main.length > 0 ? main : all;
  const used = new Set<string>();
  let positive = false;
  let previousNegative = false;
  for (const c of considered) {
    const marker = hasPhrase(c.text, markers);
    const negative: boolean = marker !== undefined || (c.coordinated && previousNegative && !OWN_SUBJECT.test(c.text));
    if (marker !== undefined) used.add(marker);
    // A one-word clause ("drive" in "drink and drive") is too short to state an action.
    if (!negative && !c.subordinate && c.text.split(/\s+/).length >= 2) positive = true;
    previousNegative = negative;
  }
  return positive ? undefined : markers.find((m) => used.has(m));
}

/** The text with every occurrence of the given terms' forms and acronyms blanked out. */
function maskTerms(text: string, terms: readonly JargonTerm[]): string {
  let out = normaliseApostrophes(text);
  for (const term of terms) {
    for (const r of compile(term).all) out = out.replace(r, (m) => " ".repeat(m.length));
  }
  return out;
}

// Words that carry no description of their own next to a label: links, fillers, people in
// general, and hedges. What remains when these, the label and names are taken away is what the
// wording describes.
const FILLERS = new Set(
  ("a an the of and or in at on with to into between around regarding re about from by for ongoing history historic historical previous " +
    "current recent incidents incident issues issue concerns problems difficulties parental parents parent mum dad mother father " +
    "partner partners home household family families child children baby babies unborn sibling siblings risk risks likely " +
    "suffer suffers suffering suffered could may might will would be being been is are was were experience experiences experiencing " +
    "cause causes causing caused further long short term long-term short-term impact impacts on their his her its there this that " +
    "these those due as result possible potential potentially significant some ongoing level levels high low evidence presence " +
    "they he she it them him us our s both all any each").split(" "),
);

/**
 * Tells whether wording is only labels: once the given terms, the filler words above and
 * capitalised words (names) are taken away, no word is left to say what was done or what happens.
 *
 * @param text - The wording.
 * @param terms - The labels found in it.
 * @returns `true` when nothing but labels, fillers and names is left.
 *
 * @example
 * {@includeCode ../../tests/language/languageMatch.test.ts#only-labels}
 *
 * @internal
 */
export function onlyLabels(text: string, terms: readonly JargonTerm[]): boolean {
  const rest = maskTerms(withoutQuotes(text), terms).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  return rest.every((word) => {
    const w = word.replace(/'s$/i, "").replace(/^'+|'+$/g, "");
    return w.length === 0 || /^\p{Lu}/u.test(w) || FILLERS.has(w.toLowerCase());
  });
}
