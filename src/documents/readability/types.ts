// The options and results of the plain-language checks.

/**
 * A word, phrase or acronym that families should not have to decode, with what to say instead
 * (the data of `checkReadability`'s jargon check).
 *
 * @category Family documents
 */
export interface PlainLanguageTerm {
  /** The term as reported in findings (`params.term`), e.g. "s47". */
  readonly term: string;
  /** Every way it is written, matched as whole words in any case ("section 47", "s.47"). */
  readonly forms: readonly string[];
  /** Acronyms, matched as whole words in capitals only ("ICPC", "LAC"). */
  readonly acronyms?: readonly string[];
  /**
   * What to say instead (`params.plain`): plain words, e.g. "child protection enquiry", or,
   * when `plainIs` is `"advice"`, what to write instead, e.g. "say what the child went without,
   * and how often".
   */
  readonly plain: string;
  /**
   * How `plain` reads (`params.plainIs`): `"words"` (the default), words to write instead of the
   * term; `"advice"`, advice on what to write, for a label that hides what happened, where no
   * other words will do.
   */
  readonly plainIs?: "words" | "advice";
}

/**
 * Options of `checkReadability`.
 *
 * @category Family documents
 */
export interface ReadabilityOptions {
  /**
   * The longest sentence, in words, before `documents/readability/long-sentence`; 25 by default
   * (GOV.UK's "Writing for GOV.UK": check any sentence of more than 25 words to see whether it
   * can be split).
   */
  readonly maxSentenceWords?: number;
  /** The reading age to aim for; 9 by default (GOV.UK's "Writing for GOV.UK"). */
  readonly targetReadingAge?: number;
  /** The jargon list; `DEFAULT_PLAIN_LANGUAGE_TERMS` by default. */
  readonly terms?: readonly PlainLanguageTerm[];
  /** The path put on every finding (where the text is in the case file). */
  readonly path?: readonly (string | number)[];
}

/**
 * The counts and scores of a text, as `measureReadability` gives them.
 *
 * @category Family documents
 */
export interface ReadabilityScores {
  /** The sentences of the text (see `measureReadability` for how it splits them). */
  readonly sentences: number;
  /** The words: hyphenated words and words with apostrophes count once, and so do numbers ("3.5"). */
  readonly words: number;
  /** The syllables, as the `syllable` package counts them, at least one a word. */
  readonly syllables: number;
  /** Flesch reading ease (higher is easier; 0 to 100 for most texts); `null` for a text with no words. */
  readonly readingEase: number | null;
  /** Flesch–Kincaid grade level; `null` for a text with no words. */
  readonly gradeLevel: number | null;
  /** The reading age the text needs (the grade level plus 5, as UK reading ages count it); `null` for a text with no words. */
  readonly readingAge: number | null;
}
