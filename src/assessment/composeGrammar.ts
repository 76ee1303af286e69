// Private grammar of the statement composers: the number of a subject ("Amy and Ben" is plural),
// and the verb forms that a template needs after the words it supplies ("was", "may", "could",
// "when Mum…"). Not exported from the package: everything here is @internal. Tested through the
// composers and in tests/assessment/composeGrammar.test.ts.
//
// The composers only know the verbs listed here. A word they do not know is left as it was
// written, so the caller keeps control: writing "was" (or "were") before a harm impact always
// keeps it, unless the word after it is a finite past tense ("was fell").

/** Whether a subject is one person or thing, or several. */
export type GrammaticalNumber = "singular" | "plural";

/**
 * How a verb's subject stands to it in an impact: `action` verbs are done by the child ("Lily
 * fell behind", "Sam missed school"); `state` verbs are undergone ("Sam was frightened", "Sam
 * was hurt"), so an impact written with their past form keeps "was" before it.
 */
type VerbKind = "action" | "state";

/** The forms of one verb. */
interface Verb {
  readonly base: string;
  readonly past: string;
  readonly participle: string;
  readonly third: string;
  readonly kind: VerbKind;
}

// Irregular verbs: base, past, participle, kind. Where past and participle differ ("fell",
// "fallen") the past form is always finite, so it never follows "was".
const IRREGULAR: readonly (readonly [string, string, string, VerbKind])[] = [
  ["beat", "beat", "beaten", "state"],
  ["become", "became", "become", "action"],
  ["begin", "began", "begun", "action"],
  ["bite", "bit", "bitten", "state"],
  ["break", "broke", "broken", "state"],
  ["bring", "brought", "brought", "action"],
  ["burn", "burnt", "burnt", "state"],
  ["buy", "bought", "bought", "action"],
  ["catch", "caught", "caught", "action"],
  ["choose", "chose", "chosen", "action"],
  ["come", "came", "come", "action"],
  ["cut", "cut", "cut", "state"],
  ["draw", "drew", "drawn", "action"],
  ["drink", "drank", "drunk", "action"],
  ["drive", "drove", "driven", "action"],
  ["eat", "ate", "eaten", "action"],
  ["fall", "fell", "fallen", "action"],
  ["feed", "fed", "fed", "action"],
  ["feel", "felt", "felt", "action"],
  ["find", "found", "found", "state"],
  ["fly", "flew", "flown", "action"],
  ["forget", "forgot", "forgotten", "action"],
  ["get", "got", "got", "action"],
  ["give", "gave", "given", "action"],
  ["go", "went", "gone", "action"],
  ["grow", "grew", "grown", "action"],
  ["hear", "heard", "heard", "action"],
  ["hide", "hid", "hidden", "action"],
  ["hit", "hit", "hit", "state"],
  ["hold", "held", "held", "action"],
  ["hurt", "hurt", "hurt", "state"],
  ["keep", "kept", "kept", "action"],
  ["know", "knew", "known", "action"],
  ["leave", "left", "left", "state"],
  ["lose", "lost", "lost", "action"],
  ["make", "made", "made", "action"],
  ["meet", "met", "met", "action"],
  ["put", "put", "put", "action"],
  ["ride", "rode", "ridden", "action"],
  ["ring", "rang", "rung", "action"],
  ["run", "ran", "run", "action"],
  ["say", "said", "said", "action"],
  ["see", "saw", "seen", "action"],
  ["send", "sent", "sent", "state"],
  ["shake", "shook", "shaken", "state"],
  ["show", "showed", "shown", "action"],
  ["sit", "sat", "sat", "action"],
  ["sleep", "slept", "slept", "action"],
  ["speak", "spoke", "spoken", "action"],
  ["spend", "spent", "spent", "action"],
  ["stand", "stood", "stood", "action"],
  ["steal", "stole", "stolen", "action"],
  ["swim", "swam", "swum", "action"],
  ["take", "took", "taken", "action"],
  ["teach", "taught", "taught", "action"],
  ["tell", "told", "told", "action"],
  ["think", "thought", "thought", "action"],
  ["throw", "threw", "thrown", "action"],
  ["understand", "understood", "understood", "action"],
  ["upset", "upset", "upset", "state"],
  ["wake", "woke", "woken", "action"],
  ["wear", "wore", "worn", "action"],
  ["wet", "wet", "wet", "action"],
  ["withdraw", "withdrew", "withdrawn", "action"],
  ["write", "wrote", "written", "action"],
];

// Regular verbs: base and kind, and the past tense where the spelling rule below gets it wrong
// (doubled consonants: "stop" → "stopped").
const REGULAR: readonly (readonly [string, VerbKind, string?])[] = [
  ["abuse", "state"], ["admit", "state", "admitted"], ["agree", "action"], ["answer", "action"], ["arrive", "action"],
  ["ask", "action"], ["attend", "action"], ["blame", "state"], ["bruise", "state"], ["bully", "state"], ["call", "action"],
  ["care", "action"], ["check", "action"], ["choke", "state"], ["clean", "action"], ["collect", "action"], ["comfort", "action"],
  ["confuse", "state"], ["cook", "action"], ["contact", "action"], ["cry", "action"], ["distress", "state"], ["dress", "action"], ["drop", "action", "dropped"], ["engage", "action"], ["ensure", "action"],
  ["exclude", "state"], ["explain", "action"], ["expose", "state"], ["follow", "action"], ["frighten", "state"], ["gain", "action"],
  ["harm", "state"], ["help", "action"], ["hospitalise", "state"], ["ignore", "state"], ["injure", "state"], ["isolate", "state"],
  ["kick", "state"], ["lack", "action"], ["learn", "action"], ["listen", "action"], ["look", "action"], ["manage", "action"],
  ["miss", "action"], ["move", "state"], ["need", "action"], ["neglect", "state"], ["phone", "action"], ["pick", "action"],
  ["plan", "action", "planned"], ["play", "action"], ["punch", "state"], ["punish", "state"], ["push", "state"], ["reassure", "action"],
  ["refuse", "action"], ["return", "action"], ["scald", "state"], ["scare", "state"], ["scream", "action"], ["separate", "state"],
  ["share", "action"], ["shock", "state"], ["shout", "action"], ["slap", "state", "slapped"], ["smack", "state"], ["soil", "action"],
  ["start", "action"], ["stay", "action"], ["stop", "action", "stopped"], ["strangle", "state"], ["struggle", "action"],
  ["supervise", "action"], ["suspend", "state"], ["talk", "action"], ["terrify", "state"], ["text", "action"], ["traumatise", "state"],
  ["try", "action"], ["use", "action"], ["visit", "action"], ["vomit", "action"], ["walk", "action"], ["wander", "action"],
  ["wash", "action"], ["work", "action"], ["worry", "state"],
];

function regularPast(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

const IRREGULAR_THIRD: Readonly<Record<string, string>> = { go: "goes", do: "does", have: "has", be: "is" };

function thirdPerson(base: string): string {
  const irregular = IRREGULAR_THIRD[base];
  if (irregular !== undefined) return irregular;
  if (/(s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const VERBS: readonly Verb[] = [
  ...IRREGULAR.map(([base, past, participle, kind]) => ({ base, past, participle, third: thirdPerson(base), kind })),
  ...REGULAR.map(([base, kind, past]) => {
    const p = past ?? regularPast(base);
    return { base, past: p, participle: p, third: thirdPerson(base), kind };
  }),
];

/** Every form of every known verb, to the verbs that have it (a form can belong to two: "left"). */
const BY_FORM = new Map<string, Verb[]>();
for (const verb of VERBS) {
  for (const form of new Set([verb.base, verb.past, verb.participle, verb.third])) {
    const list = BY_FORM.get(form) ?? [];
    list.push(verb);
    BY_FORM.set(form, list);
  }
}

/**
 * The known verb whose form a word is, if any. Exported for the tests, which check the table
 * with the same invariants as the composers.
 *
 * @internal
 */
export function verbOf(word: string): Verb | undefined {
  return BY_FORM.get(word.toLowerCase())?.[0];
}

/** Every verb the composers know, for the tests. @internal */
export const KNOWN_VERBS: readonly Verb[] = VERBS;

// Auxiliaries that carry number, each with its singular and plural form.
const AGREEING_AUXILIARIES: readonly (readonly [string, string])[] = [
  ["is", "are"], ["was", "were"], ["has", "have"], ["does", "do"], ["isn't", "aren't"], ["wasn't", "weren't"],
  ["hasn't", "haven't"], ["doesn't", "don't"],
];
// Auxiliaries and modals that take no agreement.
const FIXED_AUXILIARIES = new Set(["had", "hadn't", "did", "didn't", "can", "cannot", "can't", "could", "couldn't", "will", "won't", "would", "wouldn't", "may", "might", "must", "should", "shall"]);

// Adverbs that may come before the verb of a part ("still wets the bed", "badly hurt"); the
// verb is looked for after them.
const LEADING_ADVERBS = new Set(["also", "always", "often", "sometimes", "usually", "still", "then", "now", "later", "soon", "badly", "seriously", "repeatedly", "regularly", "quickly", "calmly", "safely", "really", "very"]);

// Words that start the object of a verb ("hurt his arm", "left the house"): before one of them a
// verb the child would otherwise undergo is something the child did.
const OBJECT_STARTS = new Set([
  "himself", "herself", "themselves", "itself", "myself", "yourself", "his", "her", "their", "its", "my", "a", "an", "the",
  "some", "two", "three", "four", "five", "several", "many", "school", "home", "weight",
]);

/** Splits a tidied part into the adverbs before its first word that matters, that word, and the rest. */
function split(phrase: string): { readonly lead: string[]; readonly word: string; readonly rest: string[] } {
  const words = phrase.split(" ");
  let i = 0;
  while (i < words.length - 1 && LEADING_ADVERBS.has((words[i] ?? "").toLowerCase())) i += 1;
  return { lead: words.slice(0, i), word: words[i] ?? "", rest: words.slice(i + 1) };
}

function join(lead: readonly string[], word: string, rest: readonly string[]): string {
  return [...lead, word, ...rest].filter((w) => w.length > 0).join(" ");
}

/** Keeps the capital of the word replaced ("Fell" → "Fall"). */
function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function agreeAuxiliary(word: string, number: GrammaticalNumber): string | undefined {
  const lower = word.toLowerCase();
  for (const [one, many] of AGREEING_AUXILIARIES) {
    if (lower === one || lower === many) return sameCase(word, number === "plural" ? many : one);
  }
  return undefined;
}

/** Whether a word is a finite past tense and nothing else: "fell", "went", not "fallen" or "hurt". */
function isPastOnly(word: string): boolean {
  const lower = word.toLowerCase();
  return (BY_FORM.get(lower) ?? []).some((v) => v.past === lower && v.participle !== lower && v.base !== lower);
}

/**
 * Writes what follows "[child]" in a harm statement, where the template used to put "was": an
 * auxiliary the caller wrote agrees with the child ("were frightened", "have nightmares"); a known
 * verb done by the child becomes its finite past ("fall behind" and "fell behind" → "fell
 * behind"; "missed school" stays); a known verb the child undergoes takes "was"/"were" and its
 * participle ("frighten" → "was frightened"); anything else takes "was"/"were" as before.
 *
 * @param impact - The tidied impact, without a leading "was" or "were" unless the caller wants it.
 * @param number - The number of the child part.
 * @returns The predicate, starting with its verb.
 *
 * @example
 * ```ts
 * harmPredicate("fell a year behind", "singular"); // "fell a year behind"
 * harmPredicate("frightened", "plural"); // "were frightened"
 * ```
 *
 * @internal
 */
export function harmPredicate(impact: string, number: GrammaticalNumber): string {
  const be = number === "plural" ? "were" : "was";
  const { lead, word, rest } = split(impact);
  const lower = word.toLowerCase();
  const aux = agreeAuxiliary(word, number);
  if (aux !== undefined) {
    // "was fell behind": the caller's "was" before a finite past is dropped.
    if ((lower === "was" || lower === "were") && lead.length === 0 && rest.length > 0 && isPastOnly(rest[0] ?? "")) {
      return harmPredicate(rest.join(" "), number);
    }
    return join(lead, aux, rest);
  }
  if (FIXED_AUXILIARIES.has(lower)) return join(lead, word, rest);
  const verbs = BY_FORM.get(lower);
  const verb = verbs?.[0];
  if (verb === undefined || verbs === undefined) return `${be} ${impact}`;
  const hasObject = OBJECT_STARTS.has((rest[0] ?? "").toLowerCase());
  if (verb.kind === "state" && !hasObject) {
    if (lower === verb.past && verb.past !== verb.participle) return join(lead, word, rest);
    return `${be} ${join(lead, sameCase(word, verb.participle), rest)}`;
  }
  if (lower === verb.participle && lower !== verb.past && lower !== verb.base) return `${be} ${impact}`;
  if (lower === verb.third) return join(lead, sameCase(word, number === "plural" ? verb.base : verb.third), rest);
  return join(lead, sameCase(word, verb.past), rest);
}

/**
 * Writes a part that follows a modal the template supplies ("may", "could") in its base form.
 * A known verb in another form becomes its base ("fell behind" → "fall behind", "hits" → "hit");
 * for an impact, a verb the child undergoes becomes "be" and its participle ("frightened" → "be
 * frightened"), as does an unknown word ending in "-ed"; "is", "was" and "are" become "be", and
 * "has" and "had" become "have".
 *
 * @param phrase - The tidied part.
 * @param role - `behaviour` for what the caregiver may do, `impact` for what may happen to the child.
 * @returns The part in the base form.
 *
 * @example
 * ```ts
 * afterModal("fell behind at school", "impact"); // "fall behind at school"
 * afterModal("frightened", "impact"); // "be frightened"
 * ```
 *
 * @internal
 */
export function afterModal(phrase: string, role: "behaviour" | "impact"): string {
  const { lead, word, rest } = split(phrase);
  const lower = word.toLowerCase();
  if (["is", "are", "was", "were", "am"].includes(lower)) return join(lead, sameCase(word, "be"), rest);
  if (["has", "had"].includes(lower)) return join(lead, sameCase(word, "have"), rest);
  const verb = verbOf(lower);
  const hasObject = OBJECT_STARTS.has((rest[0] ?? "").toLowerCase());
  if (verb === undefined) {
    if (role === "impact" && lower.length >= 4 && /ed$/.test(lower) && !/eed$/.test(lower)) return `be ${phrase}`;
    return phrase;
  }
  if (role === "impact" && verb.kind === "state" && !hasObject) return `be ${join(lead, sameCase(word, verb.participle), rest)}`;
  return join(lead, sameCase(word, verb.base), rest);
}

/**
 * Writes what follows "when [who]" in a goal in the present tense, agreeing with who: a known
 * verb becomes its base form for several people and its "-s" form for one ("Mum makes sure",
 * "Mum and Gran make sure"); "is"/"are", "has"/"have", "does"/"do" agree the same way. Other
 * words ("will", an unknown verb) are left as written.
 *
 * @param phrase - The tidied behaviour.
 * @param number - The number of `who`.
 * @returns The behaviour, agreeing with who.
 *
 * @example
 * ```ts
 * presentAgreeing("make sure Sam is collected", "singular"); // "makes sure Sam is collected"
 * ```
 *
 * @internal
 */
export function presentAgreeing(phrase: string, number: GrammaticalNumber): string {
  const { lead, word, rest } = split(phrase);
  const aux = agreeAuxiliary(word, number);
  if (aux !== undefined) return join(lead, aux, rest);
  const verb = verbOf(word);
  if (verb === undefined || FIXED_AUXILIARIES.has(word.toLowerCase())) return phrase;
  return join(lead, sameCase(word, number === "plural" ? verb.base : verb.third), rest);
}

/**
 * Writes a caregiver's behaviour in a harm statement in the past tense: a known verb in its base
 * or "-s" form becomes its past ("hits Sam" → "hit Sam", "shout at Mum" → "shouted at Mum").
 *
 * @param phrase - The tidied behaviour.
 * @returns The behaviour in the past tense.
 *
 * @internal
 */
export function pastBehaviour(phrase: string): string {
  const { lead, word, rest } = split(phrase);
  const lower = word.toLowerCase();
  if (lower === "does" || lower === "do") return join(lead, sameCase(word, "did"), rest);
  if (lower === "doesn't" || lower === "don't") return join(lead, sameCase(word, "didn't"), rest);
  const verb = verbOf(lower);
  if (verb === undefined || (lower !== verb.base && lower !== verb.third)) return phrase;
  return join(lead, sameCase(word, verb.past), rest);
}

const PLURAL_PRONOUNS = new Set(["we", "they", "you"]);
const PLURAL_HEADS = new Set([
  "children", "twins", "siblings", "boys", "girls", "kids", "brothers", "sisters", "babies", "parents", "grandparents",
  "carers", "adults", "people", "men", "women", "police",
]);

/**
 * The number of a subject given as one name or several: two or more names are plural, and so
 * is one name that joins several ("Amy and Ben", "Amy, Ben & Cara"), a plural pronoun ("we",
 * "they") or a plural noun ("the children", "both twins").
 *
 * @param names - The tidied names.
 * @returns `plural` or `singular`.
 *
 * @example
 * ```ts
 * subjectNumber(["Amy and Ben"]); // "plural"
 * ```
 *
 * @internal
 */
export function subjectNumber(names: readonly string[]): GrammaticalNumber {
  if (names.length !== 1) return "plural";
  const name = (names[0] ?? "").toLowerCase();
  if (/\s(and|&|plus)\s|,/.test(name)) return "plural";
  if (PLURAL_PRONOUNS.has(name)) return "plural";
  const words = name.split(" ");
  if (["both", "all"].includes(words[0] ?? "")) return "plural";
  return PLURAL_HEADS.has(words[words.length - 1] ?? "") ? "plural" : "singular";
}

// Words that name an agency or a group: a party with one of them takes "are" ("Children's
// Services are worried", "the school are worried"), as practice writes it.
const GROUP_WORDS = new Set([
  "services", "service", "school", "police", "team", "council", "authority", "agency", "department", "family", "nursery",
  "college", "academy", "hospital", "trust", "network", "group", "unit", "board", "court", "nhs", "partnership", "panel",
  "centre", "center", "club", "church", "community", "staff", "professionals", "care", "help", "health", "justice",
  "education", "housing", "practice", "surgery", "charity", "project", "office",
]);

// Words that name one person, as the last word of a party ("Gran", "Mum's partner", "the social
// worker"): such a party takes "is".
const PERSON_WORDS = new Set([
  "mum", "mam", "mom", "mummy", "mother", "dad", "daddy", "father", "gran", "granny", "grandma", "grandmother", "nan", "nana",
  "nanna", "grandad", "granddad", "grandpa", "grandfather", "aunt", "auntie", "aunty", "uncle", "sister", "brother", "cousin",
  "partner", "stepmum", "stepdad", "stepmother", "stepfather", "friend", "neighbour", "carer", "worker", "teacher", "headteacher",
  "visitor", "midwife", "nurse", "doctor", "gp", "paediatrician", "officer", "manager", "practitioner", "therapist",
  "psychologist", "counsellor", "childminder", "guardian", "advocate", "coordinator", "lead", "senco", "dsl", "he", "she",
  "someone", "everyone", "everybody", "nobody", "baby", "child", "son", "daughter", "girlfriend", "boyfriend", "husband", "wife",
]);

/**
 * The verb that agrees with one party of "who is worried": "am" for "I"; "are" for several
 * parties, plural pronouns and nouns, and a party named as an agency or group ("Children's
 * Services are worried", "the school are worried"), as practice writes it; "is" for one person
 * ("Gran is worried", "the social worker is worried", "Kerry is worried"). A party that is none
 * of these takes "are".
 *
 * @param worried - The tidied parties.
 * @returns "am", "is" or "are".
 *
 * @example
 * ```ts
 * worriedVerbFor(["Children's Services"]); // "are"
 * worriedVerbFor(["Gran"]); // "is"
 * ```
 *
 * @internal
 */
export function worriedVerbFor(worried: readonly string[]): "am" | "is" | "are" {
  if (subjectNumber(worried) === "plural") return "are";
  const name = worried[0] ?? "";
  const lower = name.toLowerCase();
  if (lower === "i") return "am";
  const words = lower.replace(/['’]s\b/g, "").split(" ");
  if (words.some((w) => GROUP_WORDS.has(w))) return "are";
  const head = words[words.length - 1] ?? "";
  if (PERSON_WORDS.has(head)) return "is";
  // A name in capitals that is not an acronym ("Kerry", "Paul Smith") is a person.
  const named = name.split(" ").every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w));
  return named ? "is" : "are";
}
