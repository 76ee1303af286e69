// Plain-language checks on a text: sentences over a length, jargon from a list with plain
// alternatives, and the reading age the text needs.
import type { Finding } from "../../core";
import { findJargon, withoutQuotes, type JargonTerm } from "../../language";
import type { DocumentFindingCode } from "../findingCodes";
import { splitSentences, syllablesOf, type Sentence } from "./sentences";
import { DEFAULT_PLAIN_LANGUAGE_TERMS } from "./terms";
import type { PlainLanguageTerm, ReadabilityOptions, ReadabilityScores } from "./types";

/** The longest sentence, in words, by default (GOV.UK: check any sentence of more than 25 words). */
const DEFAULT_MAX_SENTENCE_WORDS = 25;
/** The reading age to aim for by default (GOV.UK). */
const DEFAULT_TARGET_READING_AGE = 9;
/**
 * The shortest text the reading age is reported for: at least 2 sentences and 30 words. The
 * formulas were made for passages of about 100 words; on one short sentence they swing with a
 * single long word, and a single sentence's length is already the long-sentence check's.
 */
const SCORED_SENTENCES = 2;
const SCORED_WORDS = 30;
/** How many words of a long sentence its finding quotes. */
const QUOTED_WORDS = 8;

type Scores = Omit<ReadabilityScores, "sentences" | "words" | "syllables">;

/**
 * Flesch reading ease, Flesch–Kincaid grade and the reading age (the grade plus 5) from the
 * counts; all `null` when there are no words.
 */
function score(sentences: number, words: number, syllables: number): Scores {
  if (words === 0 || sentences === 0) return { readingEase: null, gradeLevel: null, readingAge: null };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  const readingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const gradeLevel = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  return { readingEase, gradeLevel, readingAge: gradeLevel + 5 };
}

function measure(sentences: readonly Sentence[]): ReadabilityScores {
  let words = 0;
  let syllables = 0;
  for (const s of sentences) {
    words += s.words.length;
    for (const w of s.words) syllables += syllablesOf(w);
  }
  return { sentences: sentences.length, words, syllables, ...score(sentences.length, words, syllables) };
}

/**
 * Counts the sentences, words and syllables of a text and scores how hard it is to read:
 *
 * - Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
 *   (Flesch, R. (1948), "A new readability yardstick", *Journal of Applied Psychology* 32(3),
 *   221–233). Higher is easier: 60 to 70 is plain English; below 30 is very hard.
 * - Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *   (Kincaid, J. P., Fishburne, R. P., Rogers, R. L. and Chissom, B. S. (1975), *Derivation of
 *   new readability formulas (Automated Readability Index, Fog Count and Flesch Reading Ease
 *   Formula) for Navy enlisted personnel*, Research Branch Report 8-75, Naval Technical Training
 *   Command). A US school grade.
 * - Reading age = grade + 5: a child in US grade 1 is about 6, so a text of grade 4 needs a
 *   reading age of about 9, the aim GOV.UK sets for everything it publishes ("Writing for
 *   GOV.UK", https://www.gov.uk/guidance/content-design/writing-for-gov-uk: by the age of 9
 *   people read the common words they use most by their shape, and keep that skill as adults).
 *
 * The scores are not rounded or bounded: a text of short words in short sentences can have a
 * reading ease above 100 and a grade below 0.
 *
 * How the text is counted: sentences end at ".", "!", "?" or "…" followed by a space and a word
 * that does not start with a small letter, except after a title or a Latin abbreviation ("Mr.",
 * "Dr.", "e.g.", "i.e."), an initial ("J. Smith"), or "No."/"s." before a number; at a blank
 * line; at a line break unless the next line goes on in small letters; and before each item of
 * a list typed as text ("- ", "* ", "1. ", "a) "), whose marker is not a word. Words are runs of
 * letters and digits, with apostrophes and hyphens inside ("won't", "well-being"), full stops
 * inside ("e.g.", "3.5", "s.47") and commas or colons between digits ("1,000", "9:30"): each
 * counts once. Syllables are counted with the `syllable` package (Titus Wormer, MIT), at least
 * one a word, so "47" counts as one.
 *
 * @param text - Any text.
 * @returns The counts and scores; the scores are `null` for a text with no words (empty, or
 *   only spaces and punctuation).
 *
 * @example
 * {@includeCode ../../../tests/documents/readability.test.ts#measure}
 *
 * @category Family documents
 */
export function measureReadability(text: string): ReadabilityScores {
  return measure(splitSentences(String(text)));
}

const adapters = new WeakMap<PlainLanguageTerm, JargonTerm>();

/** The term in the shape the map's matcher reads, made once per term object. */
function asJargon(term: PlainLanguageTerm): JargonTerm {
  let j = adapters.get(term);
  if (j === undefined) {
    j = { term: term.term, forms: term.forms, ...(term.acronyms === undefined ? {} : { acronyms: term.acronyms }), plain: term.plain, why: "", kind: "vague" };
    adapters.set(term, j);
  }
  return j;
}

const QUOTE_MARKS = /["\u201c\u201d]/g;

/** Only the quoted words of a text: everything outside quotations, and the marks, become spaces. */
function onlyQuoted(text: string, outside: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? " ";
    out += ch === outside[i] ? " " : ch;
  }
  return out.replace(QUOTE_MARKS, " ");
}

function wholeNumber(value: number | undefined, fallback: number, least: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(least, Math.floor(value)) : fallback;
}

/** The first words of a sentence as written, on one line, with "…" when there are more. */
function opening(text: string, s: Sentence): string {
  const body = text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
  if (s.words.length <= QUOTED_WORDS) return body;
  let at = 0;
  for (const w of s.words.slice(0, QUOTED_WORDS)) at = body.indexOf(w, at) + w.length;
  return `${body.slice(0, at)}…`;
}

/**
 * Checks a text for plain language, for documents that families, children and their network
 * read. It reports:
 *
 * - `documents/readability/long-sentence` (warning), for each sentence of more than
 *   `maxSentenceWords` words (25 by default), with `words`, `max` and `sentence` (its first
 *   eight words, then "…").
 * - `documents/readability/jargon` (warning), once for each term of the list (`options.terms`,
 *   {@link DEFAULT_PLAIN_LANGUAGE_TERMS} by default) that the text uses, in the order of the
 *   list, with `term`, `found` (the words as written), `plain`, `plainIs` (`"words"` or
 *   `"advice"`) and `quoted` (`"no"`). Forms are found as whole words in any case and acronyms
 *   in capitals only ("LAC", never "lac" or the "lac" of "lace"), by the same matcher as the
 *   assessment map's rule Q1.
 * - The same finding with severity `info` and `quoted: "yes"` for a term found only inside
 *   quotation marks (“…” or "…"): a person's own words are kept as they said them (the map's rule
 *   Q1 exempts them too), but the reader of a family document still meets the word, so the
 *   worker is told and can explain it nearby. A sentence wholly inside quotation marks is
 *   likewise reported as long with severity `info` and `quoted: "yes"`.
 * - `documents/readability/reading-age` (info), when the text needs a reading age (rounded)
 *   above `targetReadingAge` (9 by default, GOV.UK's aim), with `readingAge` and `readingEase`
 *   rounded to whole numbers and `target`. Only for a text of at least 2 sentences and 30 words:
 *   the formulas need a passage, and a single sentence is judged by its length and its words, so
 *   that one short danger statement never trips it.
 *
 * Every finding has `options.path`. It never throws: any string gives findings or none; the
 * empty text and white space give none.
 *
 * @param text - The words to check (a danger statement, a goal, a rule of the plan, a letter).
 * @param options - The limits, the jargon list and the path of the text in the case file.
 * @returns The findings: long sentences in the order of the text, then jargon in the order of
 *   the list, then the reading age.
 *
 * @example
 * {@includeCode ../../../tests/documents/readability.test.ts#check}
 *
 * @category Family documents
 */
export function checkReadability(text: string, options: ReadabilityOptions = {}): readonly Finding<DocumentFindingCode>[] {
  const source = String(text);
  const path = [...(options.path ?? [])];
  const max = wholeNumber(options.maxSentenceWords, DEFAULT_MAX_SENTENCE_WORDS, 1);
  const target = options.targetReadingAge !== undefined && Number.isFinite(options.targetReadingAge) ? options.targetReadingAge : DEFAULT_TARGET_READING_AGE;
  const terms = options.terms ?? DEFAULT_PLAIN_LANGUAGE_TERMS;
  const findings: Finding<DocumentFindingCode>[] = [];
  const sentences = splitSentences(source);
  const outside = withoutQuotes(source);

  for (const s of sentences) {
    if (s.words.length <= max) continue;
    const quoted = !/[\p{L}\p{N}]/u.test(outside.slice(s.start, s.end));
    findings.push({
      code: "documents/readability/long-sentence",
      severity: quoted ? "info" : "warning",
      path,
      params: { words: s.words.length, max, sentence: opening(source, s), quoted: quoted ? "yes" : "no" },
    });
  }

  if (terms.length > 0 && /[\p{L}\p{N}]/u.test(source)) {
    const list = [...new Set(terms.map(asJargon))];
    const byAdapter = new Map(terms.map((t) => [asJargon(t), t] as const));
    const plainly = new Map(findJargon(source, list).map((h) => [h.term, h.found] as const));
    const inQuotes = new Map(findJargon(onlyQuoted(source, outside), list).map((h) => [h.term, h.found] as const));
    for (const j of list) {
      const found = plainly.get(j) ?? inQuotes.get(j);
      const term = byAdapter.get(j);
      if (found === undefined || term === undefined) continue;
      const quoted = !plainly.has(j);
      findings.push({
        code: "documents/readability/jargon",
        severity: quoted ? "info" : "warning",
        path,
        params: { term: term.term, found, plain: term.plain, plainIs: term.plainIs ?? "words", quoted: quoted ? "yes" : "no" },
      });
    }
  }

  const scores = measure(sentences);
  if (scores.sentences >= SCORED_SENTENCES && scores.words >= SCORED_WORDS && scores.readingAge !== null && scores.readingEase !== null) {
    const readingAge = Math.round(scores.readingAge);
    if (readingAge > target) {
      findings.push({
        code: "documents/readability/reading-age",
        severity: "info",
        path,
        params: { readingAge, target, readingEase: Math.round(scores.readingEase) },
      });
    }
  }
  return findings;
}
