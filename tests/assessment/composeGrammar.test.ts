import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeDangerStatement } from "../../src/assessment/composeDangerStatement";
import { afterModal, harmPredicate, presentAgreeing, subjectNumber, verbOf, worriedVerbFor } from "../../src/assessment/composeGrammar";
import { composeHarmStatement } from "../../src/assessment/composeHarmStatement";
import { composeSafetyGoal } from "../../src/assessment/composeSafetyGoal";

// Verbs, written here independently of the composers' table: base, past, participle, "-s" form,
// and whether the child does it (action) or undergoes it (state) in an impact.
const VERBS: readonly (readonly [string, string, string, string, "action" | "state"])[] = [
  ["fall", "fell", "fallen", "falls", "action"],
  ["go", "went", "gone", "goes", "action"],
  ["begin", "began", "begun", "begins", "action"],
  ["grow", "grew", "grown", "grows", "action"],
  ["eat", "ate", "eaten", "eats", "action"],
  ["take", "took", "taken", "takes", "action"],
  ["see", "saw", "seen", "sees", "action"],
  ["run", "ran", "run", "runs", "action"],
  ["hide", "hid", "hidden", "hides", "action"],
  ["wake", "woke", "woken", "wakes", "action"],
  ["lose", "lost", "lost", "loses", "action"],
  ["feel", "felt", "felt", "feels", "action"],
  ["miss", "missed", "missed", "misses", "action"],
  ["stop", "stopped", "stopped", "stops", "action"],
  ["cry", "cried", "cried", "cries", "action"],
  ["need", "needed", "needed", "needs", "action"],
  ["struggle", "struggled", "struggled", "struggles", "action"],
  ["make", "made", "made", "makes", "action"],
  ["keep", "kept", "kept", "keeps", "action"],
  ["collect", "collected", "collected", "collects", "action"],
  ["break", "broke", "broken", "breaks", "state"],
  ["shake", "shook", "shaken", "shakes", "state"],
  ["frighten", "frightened", "frightened", "frightens", "state"],
  ["scare", "scared", "scared", "scares", "state"],
  ["hurt", "hurt", "hurt", "hurts", "state"],
  ["injure", "injured", "injured", "injures", "state"],
  ["upset", "upset", "upset", "upsets", "state"],
  ["leave", "left", "left", "leaves", "state"],
  ["worry", "worried", "worried", "worries", "state"],
];

// Finite past forms that are never participles: "was fell" and "were went" are always wrong.
const PAST_ONLY = new Set(VERBS.filter(([base, past, participle]) => past !== participle && past !== base).map(([, past]) => past));
// Base forms that are not participles: "was fall" is always wrong.
const BASE_ONLY = new Set(VERBS.filter(([base, past, participle]) => base !== past && base !== participle).map(([base]) => base));
const THIRD = new Set(VERBS.map(([, , , third]) => third));
const PAST_OR_PARTICIPLE_ONLY = new Set(VERBS.flatMap(([base, past, participle]) => [past, participle].filter((f) => f !== base)));

// Names: common ones and generated capitalised words that are not verb forms.
const givenName = fc.oneof(
  fc.constantFrom("Amy", "Ben", "Cara", "Lily", "Sam", "Leo", "Jordan", "Mia", "Noah", "Zara", "Kerry", "Lee"),
  // A random capitalised word is a name unless it is a verb, a joining word, or a word the
  // grammar reads as plural on its own ("All", "Both", "They", "Boys": seed -1307081640 made "All").
  fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((n) => verbOf(n) === undefined && !["And", "Was", "Were", "Are"].includes(n) && subjectNumber([n]) === "singular"),
);

type Subject = { readonly given: string | readonly string[]; readonly names: string; readonly plural: boolean };

// One child, several as a list, several in one entry ("Amy and Ben", "Amy, Ben and Cara"), or a
// plural noun.
const subject: fc.Arbitrary<Subject> = fc.oneof(
  givenName.map((n) => ({ given: n, names: n, plural: false })),
  givenName.map((n) => ({ given: [n], names: n, plural: false })),
  fc.uniqueArray(givenName, { minLength: 2, maxLength: 4 }).map((ns) => ({ given: ns, names: joinNames(ns), plural: true })),
  fc.uniqueArray(givenName, { minLength: 2, maxLength: 4 }).map((ns) => ({ given: joinNames(ns), names: joinNames(ns), plural: true })),
  fc.constantFrom("the children", "both twins", "the boys").map((n) => ({ given: n, names: n, plural: true })),
);

function joinNames(names: readonly string[]): string {
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

const verb = fc.constantFrom(...VERBS);
const form = fc.constantFrom("base", "past", "third");
// Words after the verb: no verb forms, so the verb is the only thing the composers rewrite.
const tail = fc.array(fc.constantFrom("a", "year", "behind", "at", "school", "for", "weeks", "of", "Dad", "very", "often", "his", "bike"), { maxLength: 4 });

function formOf(v: (typeof VERBS)[number], f: string): string {
  return f === "base" ? v[0] : f === "past" ? v[1] : v[3];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function wellFormed(text: string): void {
  expect(text).not.toMatch(/ {2}/);
  expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
  expect(text).toMatch(/[^.]\.$/);
  expect(text).not.toMatch(/\.\./);
}

function wordsAfter(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${w} (\\p{L}+)`, "giu"))) out.push((m[1] ?? "").toLowerCase());
  return out;
}

describe("composer grammar over generated inputs", () => {
  it("harm: never 'was' before a finite past or a base form; 'was'/'were' agree with the child; well formed", () => {
    fc.assert(
      fc.property(givenName, subject, verb, form, tail, (actor, child, v, f, rest) => {
        const impact = [formOf(v, f), ...rest].join(" ");
        const text = composeHarmStatement({ actor, behaviour: "hit the wall", child: child.given, impact });
        wellFormed(text);
        for (const next of wordsAfter(text, ["was", "were"])) {
          expect(PAST_ONLY.has(next)).toBe(false);
          expect(BASE_ONLY.has(next)).toBe(false);
          expect(THIRD.has(next)).toBe(false);
        }
        const after = text.slice(text.indexOf(" as a result ") + " as a result ".length + child.names.length + 1);
        const first = after.split(/[ ,.]/)[0] ?? "";
        if (first === "was" || first === "were") expect(first).toBe(child.plural ? "were" : "was");
        // A present "-s" form agrees with the child too.
        if (THIRD.has(first)) expect(child.plural).toBe(false);
        // A finite past given is kept as the verb: "Lily fell…", never "Lily was fell…".
        if (f === "past" && PAST_ONLY.has(v[1])) expect(first).toBe(v[1]);
      }),
    );
  });

  it("harm: 'was' written before a finite past is dropped, and a written 'was' agrees", () => {
    fc.assert(
      fc.property(subject, verb, fc.constantFrom("was", "were"), tail, (child, v, be, rest) => {
        const text = composeHarmStatement({ actor: "Dad", behaviour: "hit the wall", child: child.given, impact: [be, v[1], ...rest].join(" ") });
        for (const next of wordsAfter(text, ["was", "were"])) expect(PAST_ONLY.has(next)).toBe(false);
        const result = text.slice(text.indexOf(" as a result "));
        expect(result).not.toMatch(new RegExp(` ${child.plural ? "was" : "were"} `));
      }),
    );
  });

  it("danger: after 'may' and 'could' comes a base form; 'are worried' for several parties; well formed", () => {
    fc.assert(
      fc.property(fc.uniqueArray(givenName, { minLength: 1, maxLength: 3 }), givenName, verb, form, verb, form, tail, subject, (worried, actor, bv, bf, iv, iff, rest, child) => {
        const text = composeDangerStatement({
          worried,
          actor,
          behaviour: [formOf(bv, bf), ...rest].join(" "),
          child: child.given,
          impact: [formOf(iv, iff), ...rest].join(" "),
        });
        wellFormed(text);
        for (const next of wordsAfter(text, ["may", "could", "be"])) {
          expect(PAST_ONLY.has(next) || THIRD.has(next)).toBe(false);
        }
        for (const next of wordsAfter(text, ["could be"])) expect(BASE_ONLY.has(next)).toBe(false);
        expect(text).toMatch(new RegExp(`^${escape(joinNames(worried))} ${worried.length > 1 ? "are" : "is"} worried that `));
      }),
    );
  });

  it("goal: 'is'/'are' agree with the child, the behaviour's verb agrees with who; well formed", () => {
    fc.assert(
      fc.property(subject, subject, verb, form, tail, fc.integer({ min: 1, max: 12 }), (child, who, v, f, rest, amount) => {
        const whoList = typeof who.given === "string" ? [who.given] : who.given;
        const text = composeSafetyGoal({ child: child.given, who: whoList, behaviour: [formOf(v, f), ...rest].join(" "), sustainFor: { amount, unit: "weeks" } });
        wellFormed(text);
        expect(text).toContain(` that ${child.names} ${child.plural ? "are" : "is"} safe when `);
        const verbWord = text.slice(text.indexOf(" when ") + " when ".length + who.names.length + 1).split(/[ ,.]/)[0];
        expect(verbWord).toBe(who.plural ? v[0] : v[3]);
      }),
    );
  });

  it("goal: the child's experience follows 'will' in its base form", () => {
    fc.assert(
      fc.property(subject, verb, form, tail, (child, v, f, rest) => {
        const text = composeSafetyGoal({ child: child.given, who: ["Mum"], behaviour: "rings Gran", sustainFor: { amount: 1, unit: "months" }, childExperience: [formOf(v, f), ...rest].join(" ") });
        wellFormed(text);
        for (const next of wordsAfter(text, ["will"])) expect(PAST_ONLY.has(next) || THIRD.has(next)).toBe(false);
      }),
    );
  });

  it("knows every verb of this list", () => {
    for (const [base, past, participle, third] of VERBS) {
      for (const f of [base, past, participle, third]) expect(verbOf(f)?.base).toBe(base);
    }
    expect(PAST_OR_PARTICIPLE_ONLY.size).toBeGreaterThan(0);
  });
});

describe("subjectNumber", () => {
  it.each([
    [["Amy"], "singular"],
    [["Amy and Ben"], "plural"],
    [["Amy, Ben and Cara"], "plural"],
    [["Amy & Ben"], "plural"],
    [["Amy", "Ben"], "plural"],
    [["the children"], "plural"],
    [["both twins"], "plural"],
    [["Mum"], "singular"],
    [["they"], "plural"],
  ] as const)("%j is %s", (names, expected) => {
    expect(subjectNumber(names)).toBe(expected);
  });
});

describe("worriedVerbFor", () => {
  it.each([
    [["Children's Services"], "are"],
    [["the school"], "are"],
    [["the police"], "are"],
    [["CAMHS"], "are"],
    [["the family"], "are"],
    [["Children's Social Care"], "are"],
    [["Gran"], "is"],
    [["Kerry"], "is"],
    [["Paul Smith"], "is"],
    [["the social worker"], "is"],
    [["Sam's teacher"], "is"],
    [["Mum's partner"], "is"],
    [["I"], "am"],
    [["we"], "are"],
    [["Mum and Dad"], "are"],
    [["the school", "Gran"], "are"],
  ] as const)("%j takes %s", (worried, expected) => {
    expect(worriedVerbFor(worried)).toBe(expected);
  });
});

describe("harmPredicate", () => {
  it.each([
    ["fell a year behind", "singular", "fell a year behind"],
    ["fall a year behind", "singular", "fell a year behind"],
    ["was fell a year behind", "singular", "fell a year behind"],
    ["frightened", "plural", "were frightened"],
    ["frightened", "singular", "was frightened"],
    ["was frightened", "plural", "were frightened"],
    ["hurt", "singular", "was hurt"],
    ["hurt his arm", "singular", "hurt his arm"],
    ["badly hurt", "plural", "were badly hurt"],
    ["broke his arm", "singular", "broke his arm"],
    ["left alone overnight", "plural", "were left alone overnight"],
    ["missed six weeks of school", "singular", "missed six weeks of school"],
    ["has nightmares", "plural", "have nightmares"],
    ["still wets the bed", "singular", "still wets the bed"],
    ["still wets the bed", "plural", "still wet the bed"],
    ["given a lift home by a stranger", "singular", "was given a lift home by a stranger"],
    ["very ill", "singular", "was very ill"],
    ["missing school", "plural", "were missing school"],
  ] as const)("%s (%s) → %s", (impact, number, expected) => {
    expect(harmPredicate(impact, number)).toBe(expected);
  });
});

describe("afterModal", () => {
  it.each([
    ["fell behind at school", "impact", "fall behind at school"],
    ["frightened", "impact", "be frightened"],
    ["was hurt", "impact", "be hurt"],
    ["hurt himself", "impact", "hurt himself"],
    ["terrorised", "impact", "be terrorised"],
    ["has nightmares", "impact", "have nightmares"],
    ["hits Mum", "behaviour", "hit Mum"],
    ["shouted at Mum", "behaviour", "shout at Mum"],
    ["frightens Sam", "behaviour", "frighten Sam"],
    ["be hurt", "impact", "be hurt"],
  ] as const)("%s (%s) → %s", (phrase, role, expected) => {
    expect(afterModal(phrase, role)).toBe(expected);
  });
});

describe("presentAgreeing", () => {
  it.each([
    ["make sure Sam is collected", "singular", "makes sure Sam is collected"],
    ["makes sure Sam is collected", "plural", "make sure Sam is collected"],
    ["always collects Sam", "plural", "always collect Sam"],
    ["has a plan", "plural", "have a plan"],
    ["will ring Gran", "singular", "will ring Gran"],
    ["keep Sam with them", "singular", "keeps Sam with them"],
    ["phone Gran", "singular", "phones Gran"],
    ["watch Sam", "singular", "watch Sam"],
  ] as const)("%s (%s) → %s", (phrase, number, expected) => {
    expect(presentAgreeing(phrase, number)).toBe(expected);
  });
});
