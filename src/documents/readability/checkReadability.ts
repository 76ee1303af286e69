// Plain-language checks on a text: sentences over a length, jargon from a list with plain
// alternatives, and the reading age the text needs.
import type { Finding } from "../../core";
import type { ReadabilityOptions, ReadabilityScores } from "./types";

/**
 * Checks a text for plain language. (Placeholder: being written.)
 *
 * @category Family documents
 */
export function checkReadability(text: string, options: ReadabilityOptions = {}): readonly Finding[] {
  void text;
  void options;
  return [];
}

/**
 * Counts sentences, words and syllables and scores the text. (Placeholder: being written.)
 *
 * @category Family documents
 */
export function measureReadability(text: string): ReadabilityScores {
  void text;
  return { sentences: 0, words: 0, syllables: 0, readingEase: null, gradeLevel: null, readingAge: null };
}
