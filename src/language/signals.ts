// Word lists, as data, for the checks that read what a map's text says beyond its labels:
// disputes written in text, threats recorded as safety, times of harm, claims that a person is
// safe. Each list is documented in docs/assessment-map.md with its source or reasoning.

/**
 * Words that show a statement's text records a dispute ("Paul denies this"), so that the
 * statement should be marked disputed and each view recorded (rule Q12). Source: York glossary
 * and safetyplanning.site on disputed accounts ("whose view is whose").
 *
 * @category Assessment map
 */
export const DEFAULT_DISPUTE_MARKERS: readonly string[] = [
  "denies", "denied", "deny", "denying", "disputes", "disputed", "dispute", "does not accept", "doesn't accept", "do not accept",
  "don't accept", "did not accept", "didn't accept", "disagrees", "disagree", "disagreed", "rejects", "rejected", "contests",
  "contested", "refutes", "refuted", "says this did not happen", "says it did not happen", "says this didn't happen",
  "says it didn't happen", "not accepted by", "has a different view", "have a different view", "a different account",
];

/**
 * Wording that records a warning or a threat about what will happen if the danger happens again
 * ("she told him he must leave if he hits Jordan again"). A warning is not protective action
 * shown over time, so it is not existing safety (rule Q11). Regular expressions, matched in any
 * case; source: the safety definition of Boffa and Podesta, Turnell and Essex ("actions of
 * protection … demonstrated over time").
 *
 * @category Assessment map
 */
export const DEFAULT_THREAT_PATTERNS: readonly string[] = [
  "\\b(?:warned|warns|warning|threatened|threatens|threatening|ultimatum|or else)\\b",
  "\\bif\\b[^.;!?]*\\bagain\\b",
  "\\b(?:told|tells|has told|said to)\\s+(?:him|her|them|\\p{Lu}\\p{L}*)\\s+(?:that\\s+)?(?:he|she|they|\\p{Lu}\\p{L}*)\\s+(?:must|has to|have to|will have to|would have to|needs to|will need to)\\s+(?:leave|go|move out)\\b",
  "\\bwill\\s+(?:leave|kick him out|kick her out|throw him out|throw her out|call the police|end the relationship)\\s+if\\b",
];

/**
 * Wording that says when or how often harm happened, for the check that harm records its
 * occurrence (rule Q5): month and day names, dates, "ago", "last", "every", "times"…
 * Regular expressions, matched in any case.
 *
 * @category Assessment map
 */
export const DEFAULT_TIME_PATTERNS: readonly string[] = [
  "\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b",
  "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b",
  "\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b",
  "\\b(?:19|20)\\d{2}\\b",
  "\\b(?:ago|yesterday|last night|last week|last month|last year|last weekend|this morning|that night|that evening)\\b",
  "\\b(?:every|each)\\s+(?:day|night|week|weekend|month|time)\\b",
  "\\b(?:daily|nightly|weekly|monthly|most days|most nights|most weekends|at weekends|at least|several times|many times|twice|once|three times|four times|\\d+\\s+times)\\b",
  "\\b(?:since|over the last|over the past|for the last|for the past|first time|most recent|worst time)\\b",
];

/**
 * Words by which a strength claims a person is safe or protective (rule Q11): when that person
 * is the one whose behaviour a danger statement is about, the strength contradicts the danger
 * unless it says what they did, when. Reasoning: the map keeps strengths and existing safety
 * apart from the worry they answer (domain specification 1.5); a claim of safety by the person
 * who is the danger needs evidence, not a label.
 *
 * @category Assessment map
 */
export const DEFAULT_SAFE_PERSON_CLAIMS: readonly string[] = [
  "protective", "protects", "safe", "no risk", "not a risk", "poses no risk", "would never hurt", "would never harm",
  "loves the children", "loving", "good dad", "good father", "good mum", "good mother", "good parent", "caring",
];
