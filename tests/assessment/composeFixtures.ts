import { verbOf } from "../../src/assessment/composeGrammar";

// Words of a part that the composers may put in another form: known verbs,
// auxiliaries and the adverbs the composers look past. Generated parts that have none of
// them anywhere are arranged exactly as written.
const REWRITTEN = new Set([
  "is", "are", "was", "were", "am", "be", "has", "have", "had", "does", "do", "did", "don't", "doesn't", "isn't", "aren't",
  "wasn't", "weren't", "hasn't", "haven't", "also", "always", "often", "sometimes", "usually", "still", "then", "now", "later",
  "soon", "badly", "seriously", "repeatedly", "regularly", "quickly", "calmly", "safely", "really", "very",
]);

export function mayBeRewritten(phrase: string): boolean {
  return phrase
    .trim()
    .split(/\s+/)
    .some((w) => REWRITTEN.has(w.toLowerCase()) || verbOf(w) !== undefined || /ed$/i.test(w));
}
