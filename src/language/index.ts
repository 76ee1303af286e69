// The plain-language matching the practice checks share (the assessment map's wording rules,
// the Words and Pictures story check): word and phrase matching, the jargon list, the signals
// of threats, time and disputes. A layer under the concepts; the package exports only the data
// lists (through src/assessment).
export { findTerms, hasTerm, hasRegularPastTense } from "./words";
export { DEFAULT_JARGON_TERMS, type JargonTerm, type JargonKind } from "./jargon";
export { DEFAULT_DISPUTE_MARKERS, DEFAULT_THREAT_PATTERNS, DEFAULT_TIME_PATTERNS, DEFAULT_SAFE_PERSON_CLAIMS } from "./signals";
export { absenceFraming, findJargon, hasPhrase, onlyLabels, withoutQuotes, type JargonHit } from "./match";
export { tellsWhatHappenedThen } from "./story";
