// Whether a Words and Pictures page tells "what happened then" (Susie Essex's short form) under
// another heading. Families and workers often tell the worry and what happened next on one page
// ("Daddy hit Mummy. Then the police came and Leo went to stay with Nana"); the short-form
// headings are a guide to what the story covers, not a required page layout.
import { hasRegularPastTense, hasTerm } from "./words";
import { withoutQuotes } from "./match";

// Words that move a story on in time.
const SEQUENCE = ["then", "after that", "afterwards", "since then", "next", "later", "the next day", "that night", "so now", "after"];
// Irregular past tenses common in these stories (regular "-ed" forms are recognised without a list).
const PAST = ["was", "were", "had", "came", "went", "took", "got", "said", "told", "saw", "left", "made", "found", "began", "brought", "met", "spoke", "rang", "put", "heard", "felt", "kept", "gave", "did"];

/**
 * Tells whether a page's words tell what happened next: a word that moves the story on in time
 * ("then", "after that", "the next day") with a verb in the past ("came", "asked").
 *
 * @param text - The words on a Words and Pictures page.
 * @returns `true` when the page tells what happened then.
 *
 * @example
 * {@includeCode ../../tests/language/languageStory.test.ts#tells-what-happened-then}
 *
 * @internal
 */
export function tellsWhatHappenedThen(text: string): boolean {
  const words = withoutQuotes(text);
  return hasTerm(words, SEQUENCE) && (hasTerm(words, PAST) || hasRegularPastTense(words));
}
