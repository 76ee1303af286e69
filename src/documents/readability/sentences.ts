// Sentences, words and syllables of a text, for the plain-language checks. Written for the
// worker's and the family's words as a case system holds them: short paragraphs, lists typed
// with dashes or numbers, line breaks where the writer pressed Enter, abbreviations ("Mr.",
// "e.g.", "s. 47") and numbers ("3.5", "1,000", "9:30").
import { syllable } from "syllable";

/** One sentence of a text: where it is, and its words. */
export interface Sentence {
  /** The offset of its first character in the text. */
  readonly start: number;
  /** The offset just after its last character. */
  readonly end: number;
  /** Its words, as written. */
  readonly words: readonly string[];
}

// A line break of any kind. A blank line always ends a sentence; a single line break ends one
// unless the next line goes on in small letters (a line wrapped by hand).
const LINE = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

// The mark that opens an item of a list typed as text: a dash, star or bullet, a number or a
// small letter with a full stop or bracket ("1.", "2)", "a.", "(b)"), or a capital letter with
// a bracket ("A)"; "J." is an initial), followed by a space.
const LIST_MARKER = /^[ \t]*(?:[-*+\u2022\u2023\u25e6\u25aa\u25b8\u2013\u2014]|\(?(?:\d{1,3}|[a-z])[.)]|\(?[A-Z]\))(?=[ \t]+\S)/u;

// A run of end marks, with the quotation marks and brackets that close after them.
const END = /[.!?\u2026\u203d]+["'\u2019\u201d)\]]*/gu;

// A word: letters, marks and digits, joined by apostrophes and hyphens ("won't", "well-being"),
// by full stops inside them ("e.g", "s.47", "3.5") and by commas or colons between digits
// ("1,000", "9:30").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\u02bc\-\u2010\u2011.]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

// Abbreviations that are followed by another word, never the end of a sentence: titles before a
// name and the Latin ones before an example.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "revd", "fr", "st", "sr", "jr", "hon", "cllr", "sgt", "insp", "det", "supt", "dc", "ds", "pc",
  "e.g", "eg", "i.e", "ie", "cf", "viz", "vs", "approx", "esp", "incl", "nb", "n.b", "c.f",
]);

// Abbreviations that stand before a number ("No. 5", "para. 3", "s. 47"): a full stop after
// one is not the end of a sentence when a number follows.
const BEFORE_NUMBER = new Set(["no", "nos", "tel", "para", "paras", "ch", "fig", "vol", "art", "reg", "sec", "ss", "pp"]);

const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LAST_WORD = /(?<![\p{L}\p{N}])([\p{L}](?:[\p{L}.]*[\p{L}])?)$/u;

/** Where each piece of text that can hold sentences starts and ends, list markers left out. */
function blocks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lineStart = 0;
  let open: { start: number; end: number } | null = null;
  const line = (from: number, to: number): void => {
    const body = text.slice(from, to);
    if (body.trim().length === 0) {
      open = null; // a blank line ends the block
      return;
    }
    const marker = LIST_MARKER.exec(body);
    const first = /\S/u.exec(body.slice(marker === null ? 0 : marker[0].length));
    const goesOn = open !== null && marker === null && first !== null && LOWER.test(first[0]);
    if (goesOn && open !== null) open.end = to;
    else {
      open = { start: from + (marker === null ? 0 : marker[0].length), end: to };
      out.push(open);
    }
  };
  for (const m of text.matchAll(LINE)) {
    line(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  line(lineStart, text.length);
  return out;
}

/** Tells whether the end marks at `at` (of length `length`) in `block` end a sentence. */
function endsSentence(block: string, at: number, length: number): boolean {
  const after = block.slice(at + length);
  // "3.5", "s.47", "e.g": a mark inside a word ends nothing.
  if (after.length > 0 && !/^\s/u.test(after)) return false;
  const next = /\S/u.exec(after)?.[0];
  if (next === undefined) return true;
  // A sentence starts with a capital letter, a number, or a quotation mark; "approx. two" and
  // "… and then" go on.
  if (LOWER.test(next)) return false;
  const marks = block.slice(at, at + length);
  if (!marks.startsWith(".") || marks.startsWith("..")) return true;
  const word = LAST_WORD.exec(block.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  if (word === undefined) return true;
  // A single letter is an initial ("J. Smith") or a section sign ("s. 47").
  if (word.length === 1) return false;
  if (ABBREVIATIONS.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && DIGIT.test(next)) return false;
  return true;
}

/**
 * Splits a text into sentences: at end marks (".", "!", "?", "…") followed by a space and a
 * word that does not start with a small letter, except after an abbreviation or an initial; at
 * a blank line; at a line break unless the next line goes on in small letters; and before each
 * item of a list typed as text ("- ", "* ", "1. ", "a) "). Pieces with no words are left out.
 *
 * @param text - Any text.
 * @returns The sentences, in order.
 *
 * @example
 * {@includeCode ../../../tests/documents/readability.test.ts#split-sentences}
 *
 * @internal
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    const words = text.slice(start, end).match(WORD) ?? [];
    if (words.length > 0) out.push({ start, end, words });
  };
  for (const b of blocks(text)) {
    const block = text.slice(b.start, b.end);
    let from = 0;
    for (const m of block.matchAll(END)) {
      const to = m.index + m[0].length;
      if (endsSentence(block, m.index, m[0].length)) {
        push(b.start + from, b.start + to);
        from = to;
      }
    }
    push(b.start + from, b.end);
  }
  return out;
}

const memo = new Map<string, number>();
const MEMO_LIMIT = 5000;

/**
 * The syllables of a word, as the `syllable` package counts them (Titus Wormer's, MIT), and at
 * least 1: a number ("47") or a word of another script counts as one.
 *
 * @param word - One word.
 * @returns Its syllables.
 *
 * @example
 * {@includeCode ../../../tests/documents/readability.test.ts#syllables}
 *
 * @internal
 */
export function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let n = memo.get(key);
  if (n === undefined) {
    n = Math.max(1, syllable(key));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, n);
  }
  return n;
}
