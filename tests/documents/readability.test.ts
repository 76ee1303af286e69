import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core";
import { checkReadability, DEFAULT_PLAIN_LANGUAGE_TERMS, DOCUMENT_FINDING_CODES, enDocuments, measureReadability, type DocumentTextKey, type PlainLanguageTerm } from "../../src/documents";
import { splitSentences, syllablesOf } from "../../src/documents/readability/sentences";
import { DEFAULT_JARGON_TERMS } from "../../src/language";
import { fillTemplate } from "../../src/messages";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
const jargon = (text: string, options = {}): string[] =>
  checkReadability(text, options)
    .filter((f) => f.code === "documents/readability/jargon")
    .map((f) => `${String(f.params?.term)}:${String(f.params?.found)}`);
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);

describe("measureReadability: hand-computed scores", () => {
  it("scores a text of one-syllable words in short sentences", () => {
    // #region measure
    measureReadability("The cat sat on the mat. The dog ran.");
    // { sentences: 2, words: 9, syllables: 9, readingEase: 117.6675, gradeLevel: -2.035, readingAge: 2.965 }
    // #endregion measure
    // 2 sentences, 9 words, 9 syllables (every word has one).
    // words/sentence = 9/2 = 4.5; syllables/word = 9/9 = 1.
    // ease  = 206.835 − 1.015 × 4.5 − 84.6 × 1 = 206.835 − 4.5675 − 84.6 = 117.6675
    // grade = 0.39 × 4.5 + 11.8 × 1 − 15.59 = 1.755 + 11.8 − 15.59 = −2.035; age = grade + 5 = 2.965
    const s = measureReadability("The cat sat on the mat. The dog ran.");
    expect(s.sentences).toBe(2);
    expect(s.words).toBe(9);
    expect(s.syllables).toBe(9);
    expect(s.readingEase).toBeCloseTo(117.6675, 4);
    expect(s.gradeLevel).toBeCloseTo(-2.035, 4);
    expect(s.readingAge).toBeCloseTo(2.965, 4);
  });

  it("scores a danger statement written in plain words", () => {
    // Sentence 1, 16 words: Ker-ry(2) and(1) Lee(1) are(1) wor-ried(2) that(1) Lee(1) might(1)
    // hit(1) A-my(2) a-gain(2) when(1) he(1) has(1) been(1) drink-ing(2) = 21 syllables.
    // Sentence 2, 4 words: A-my(2) could(1) be(1) hurt(1) = 5 syllables.
    // 2 sentences, 20 words, 26 syllables: words/sentence = 10; syllables/word = 1.3.
    // ease  = 206.835 − 1.015 × 10 − 84.6 × 1.3 = 206.835 − 10.15 − 109.98 = 86.705
    // grade = 0.39 × 10 + 11.8 × 1.3 − 15.59 = 3.9 + 15.34 − 15.59 = 3.65; age = 8.65
    const s = measureReadability("Kerry and Lee are worried that Lee might hit Amy again when he has been drinking. Amy could be hurt.");
    expect([s.sentences, s.words, s.syllables]).toEqual([2, 20, 26]);
    expect(s.readingEase).toBeCloseTo(86.705, 4);
    expect(s.gradeLevel).toBeCloseTo(3.65, 4);
    expect(s.readingAge).toBeCloseTo(8.65, 4);
  });

  it("scores a statement written in professional language", () => {
    // Sentence 1, 16 words: Chil-dren's(2) Ser-vi-ces(3) have(1) sig-ni-fi-cant(4) con-cerns(2)
    // re-gard-ing(3) pa-ren-tal(3) sub-stance(2) mis-use(2) and(1) the(1) e-mo-tion-al(4)
    // im-pact(2) on(1) the(1) chil-dren(2) = 34 syllables.
    // Sentence 2, 17 words: The(1) lo-cal(2) au-thor-i-ty(4) con-sid-ers(3) that(1) the(1)
    // thresh-old(2) for(1) sig-ni-fi-cant(4) harm(1) is(1) met(1) in(1) re-la-tion(3) to(1)
    // both(1) chil-dren(2) = 30 syllables.
    // 2 sentences, 33 words, 64 syllables: words/sentence = 16.5; syllables/word = 64/33 = 1.939394.
    // ease  = 206.835 − 1.015 × 16.5 − 84.6 × 1.939394 = 206.835 − 16.7475 − 164.072727 = 26.014773
    // grade = 0.39 × 16.5 + 11.8 × 1.939394 − 15.59 = 6.435 + 22.884848 − 15.59 = 13.729848; age = 18.729848
    const text =
      "Children's Services have significant concerns regarding parental substance misuse and the emotional impact on the children. " +
      "The local authority considers that the threshold for significant harm is met in relation to both children.";
    const s = measureReadability(text);
    expect([s.sentences, s.words, s.syllables]).toEqual([2, 33, 64]);
    expect(s.readingEase).toBeCloseTo(26.014773, 4);
    expect(s.gradeLevel).toBeCloseTo(13.729848, 4);
    expect(s.readingAge).toBeCloseTo(18.729848, 4);
  });

  it("counts a list typed as text without its markers, and a number as one word of one syllable", () => {
    // Sentences: "Lee will:" | "not drink" | "ring Gran at 6." → 3 sentences.
    // Words: Lee will | not drink | ring Gran at 6 → 8 words; the dashes are not words.
    // Syllables: Lee(1) will(1) not(1) drink(1) ring(1) Gran(1) at(1) 6(1, at least one) = 8.
    // ease  = 206.835 − 1.015 × 8/3 − 84.6 × 1 = 206.835 − 2.706667 − 84.6 = 119.528333
    // grade = 0.39 × 8/3 + 11.8 × 1 − 15.59 = 1.04 + 11.8 − 15.59 = −2.75
    const s = measureReadability("Lee will:\n- not drink\n- ring Gran at 6.");
    expect([s.sentences, s.words, s.syllables]).toEqual([3, 8, 8]);
    expect(s.readingEase).toBeCloseTo(119.528333, 4);
    expect(s.gradeLevel).toBeCloseTo(-2.75, 4);
  });

  it("gives null scores and no findings for the empty text, white space and punctuation alone", () => {
    for (const text of ["", " ", "\n\n\t ", "…", "- \n* \n", "?!.", "“ ”"]) {
      expect(measureReadability(text)).toEqual({ sentences: 0, words: 0, syllables: 0, readingEase: null, gradeLevel: null, readingAge: null });
      expect(checkReadability(text, { path: ["x"] })).toEqual([]);
    }
  });
});

describe("sentences and words", () => {
  it("splits at end marks, but not after abbreviations, initials or inside numbers", () => {
    // #region split-sentences
    splitSentences("Mr. Smith met Dr. Jones. Amy is 3.5 years old.").length; // 2
    // #endregion split-sentences
    expect(sentences("Mr. Smith met Dr. Jones. Amy is 3.5 years old.")).toEqual(["Mr. Smith met Dr. Jones.", "Amy is 3.5 years old."]);
    expect(sentences("They talked about e.g. school and i.e. home. Then Lee left.")).toEqual(["They talked about e.g. school and i.e. home.", "Then Lee left."]);
    expect(sentences("J. Smith came. Mrs. Khan left.")).toEqual(["J. Smith came.", "Mrs. Khan left."]);
    expect(sentences("The s. 47 enquiry started. No. 5 is the house. I said no. Then he left.")).toEqual([
      "The s. 47 enquiry started.",
      "No. 5 is the house.",
      "I said no.",
      "Then he left.",
    ]);
    expect(sentences("It cost £1,000 at 9:30 a.m. Then Lee left.")).toEqual(["It cost £1,000 at 9:30 a.m.", "Then Lee left."]);
    expect(sentences("What happened? Nobody knows… Really! Yes.")).toEqual(["What happened?", "Nobody knows…", "Really!", "Yes."]);
    expect(sentences("He waited... and then he left.")).toEqual(["He waited... and then he left."]);
    expect(sentences("Amy said “I was scared.” Ben hid.")).toEqual(["Amy said “I was scared.”", "Ben hid."]);
    expect(sentences("It was late (after 10 p.m.). Gran came.")).toEqual(["It was late (after 10 p.m.).", "Gran came."]);
  });

  it("splits at blank lines, at line breaks before a new line, and at each list item", () => {
    expect(sentences("Lee will:\n- not drink\n- ring Gran\n1. Kerry will check\n2) Gran will visit\n(a) Jo will ring\n\nNew paragraph")).toEqual([
      "Lee will:",
      "not drink",
      "ring Gran",
      "Kerry will check",
      "Gran will visit",
      "Jo will ring",
      "New paragraph",
    ]);
    // A line wrapped by hand goes on in small letters; a line with a capital starts a sentence.
    expect(sentences("I am worried that\nhe will hit Amy\nGran will help")).toEqual(["I am worried that\nhe will hit Amy", "Gran will help"]);
    expect(sentences("One\r\n\r\nTwo\rThree\u2028Four")).toEqual(["One", "Two", "Three", "Four"]);
    expect(sentences("• Gran visits\n\u2013 Jo rings")).toEqual(["Gran visits", "Jo rings"]);
    // A number that starts a line is not a list marker unless a space follows it.
    expect(splitSentences("1.5 hours later").map((s) => s.words)).toEqual([["1.5", "hours", "later"]]);
  });

  it("counts words with apostrophes, hyphens and inside full stops once", () => {
    expect(splitSentences("Amy's well-being isn't good, e.g. at 9:30 on 1,000 days (s.47).").flatMap((s) => s.words)).toEqual([
      "Amy's",
      "well-being",
      "isn't",
      "good",
      "e.g",
      "at",
      "9:30",
      "on",
      "1,000",
      "days",
      "s.47",
    ]);
    expect(splitSentences("Gran won’t come").flatMap((s) => s.words)).toEqual(["Gran", "won’t", "come"]);
    expect(splitSentences("Amy, Ben and Jo — all three — came").flatMap((s) => s.words)).toEqual(["Amy", "Ben", "and", "Jo", "all", "three", "came"]);
  });

  it("counts syllables with the syllable package, at least one a word", () => {
    // #region syllables
    syllablesOf("drinking"); // 2
    syllablesOf("47"); // 1
    // #endregion syllables
    expect(syllablesOf("drinking")).toBe(2);
    expect(syllablesOf("Drinking")).toBe(2);
    expect(syllablesOf("47")).toBe(1);
    expect(syllablesOf("authority")).toBe(4);
    expect(syllablesOf("cat")).toBe(1);
  });
});

describe("checkReadability", () => {
  it("reports long sentences, jargon and the reading age, each with the path of the text", () => {
    // #region check
    const findings = checkReadability("The ICPC is on Monday. There are concerns about neglect.", { path: ["maps", 0, "dangers", 1, "text"] });
    findings.map((f) => [f.code, f.params?.found]);
    // [["documents/readability/jargon", "ICPC"], ["documents/readability/jargon", "neglect"], ["documents/readability/jargon", "concerns"]]
    // #endregion check
    expect(findings.map((f) => [f.code, f.severity, f.params?.term, f.params?.found])).toEqual([
      ["documents/readability/jargon", "warning", "ICPC", "ICPC"],
      ["documents/readability/jargon", "warning", "neglect", "neglect"],
      ["documents/readability/jargon", "warning", "concern", "concerns"],
    ]);
    for (const f of findings) expect(f.path).toEqual(["maps", 0, "dangers", 1, "text"]);
    expect(findings[0]?.params).toEqual({ term: "ICPC", found: "ICPC", plain: "the first child protection conference", plainIs: "words", quoted: "no" });
    expect(findings[1]?.params?.plainIs).toBe("advice");
  });

  it("reports a sentence over the limit with its first words", () => {
    const words = Array.from({ length: 26 }, (_, i) => `w${String(i + 1)}`);
    const long = `${words.join(" ")}.`;
    const f = checkReadability(long, { path: ["p"] });
    expect(f).toEqual([
      {
        code: "documents/readability/long-sentence",
        severity: "warning",
        path: ["p"],
        params: { words: 26, max: 25, sentence: "w1 w2 w3 w4 w5 w6 w7 w8…", quoted: "no" },
      },
    ]);
    expect(checkReadability(`${words.slice(0, 25).join(" ")}.`)).toEqual([]);
    expect(checkReadability(long, { maxSentenceWords: 30 })).toEqual([]);
    expect(codes(checkReadability("Gran will come round every evening.", { maxSentenceWords: 5 }))).toEqual(["documents/readability/long-sentence"]);
    // Two sentences of 20 words each are not one of 40.
    const twenty = `${words.slice(0, 20).join(" ")}.`;
    expect(codes(checkReadability(`${twenty} ${twenty.replace("w1", "W1")}`))).not.toContain("documents/readability/long-sentence");
  });

  it("keeps a person's own quoted words: jargon in them is info, not a warning", () => {
    const quoted = checkReadability("Kerry said “I hate going to the ICPC, it is all about risk”.", { path: ["p"] });
    expect(quoted.map((f) => [f.severity, f.params?.term, f.params?.quoted])).toEqual([
      ["info", "ICPC", "yes"],
      ["info", "risk", "yes"],
    ]);
    // Outside the quotation as well: a warning, once.
    const both = checkReadability('Kerry said "the ICPC scared me". The ICPC is on Monday.');
    expect(both.map((f) => [f.severity, f.params?.term, f.params?.quoted])).toEqual([["warning", "ICPC", "no"]]);
    // A sentence wholly in quotation marks is someone's own words too.
    const words = Array.from({ length: 30 }, () => "word").join(" ");
    expect(checkReadability(`“${words}.”`).map((f) => [f.code, f.severity, f.params?.quoted])).toEqual([["documents/readability/long-sentence", "info", "yes"]]);
    expect(checkReadability(`Amy said ${words}.`).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("reports the reading age only for a text of at least 2 sentences and 30 words, above the target", () => {
    const hard =
      "Children's Services have significant concerns regarding parental substance misuse and the emotional impact on the children. " +
      "The local authority considers that the threshold for significant harm is met in relation to both children.";
    // 2 sentences, 33 words; reading age 18.73 → 19, ease 26.01 → 26 (see the scores above).
    const age = checkReadability(hard, { path: ["q"] }).filter((f) => f.code === "documents/readability/reading-age");
    expect(age).toEqual([{ code: "documents/readability/reading-age", severity: "info", path: ["q"], params: { readingAge: 19, target: 9, readingEase: 26 } }]);
    expect(checkReadability(hard, { targetReadingAge: 19 }).filter((f) => f.code === "documents/readability/reading-age")).toEqual([]);
    expect(checkReadability(hard, { targetReadingAge: 18 }).filter((f) => f.code === "documents/readability/reading-age")).toHaveLength(1);
    // One sentence, however hard, is judged by its length and words, not its reading age.
    const one = "Notwithstanding considerable intergenerational vulnerabilities, multidisciplinary professionals collaboratively formulated comprehensive interventions.";
    expect(measureReadability(one).readingAge ?? 0).toBeGreaterThan(9);
    expect(codes(checkReadability(one))).not.toContain("documents/readability/reading-age");
    // Two hard sentences under 30 words are too short to score.
    expect(codes(checkReadability(`${one} ${one}`))).not.toContain("documents/readability/reading-age");
    // A plain text of the same length is not reported.
    const plain = "Lee hit Amy when he was drunk. Amy was scared and hid in her room. Gran will come round each night to check. Kerry will ring Gran if Lee drinks.";
    expect(measureReadability(plain).words).toBeGreaterThanOrEqual(30);
    expect(checkReadability(plain)).toEqual([]);
  });

  it("reads its options safely: a list of its own, and limits that are not numbers fall back", () => {
    const mine: PlainLanguageTerm = { term: "TAC", forms: ["team around the child"], acronyms: ["TAC"], plain: "the people who help" };
    expect(jargon("The TAC met. The team around the child met. The tac met.", { terms: [mine] })).toEqual(["TAC:team around the child"]);
    expect(jargon("The TAC met.", { terms: [] })).toEqual([]);
    expect(jargon("The TAC met.", { terms: [mine, mine] })).toEqual(["TAC:TAC"]);
    const words = `${Array.from({ length: 26 }, () => "word").join(" ")}.`;
    expect(codes(checkReadability(words, { maxSentenceWords: Number.NaN }))).toEqual(["documents/readability/long-sentence"]);
    expect(codes(checkReadability("Gran came.", { maxSentenceWords: -3 }))).toEqual(["documents/readability/long-sentence"]);
  });

  it("writes a message for every variant of its findings from the catalogue", () => {
    const render = (f: Finding): string => fillTemplate(enDocuments.messages[f.code as DocumentTextKey] ?? "", f.params ?? {});
    const long = `${Array.from({ length: 26 }, () => "word").join(" ")}.`;
    expect(render(checkReadability(long)[0] as Finding)).toBe("This sentence has 26 words (the limit is 25): split it.");
    expect(render(checkReadability(`“${long}”`)[0] as Finding)).toMatch(/^Someone's own words run to 26 words in one sentence/);
    expect(render(checkReadability("The s47 started.")[0] as Finding)).toBe("This uses “s47”: say “child protection enquiry”.");
    expect(render(checkReadability("It was neglect.")[0] as Finding)).toBe("This uses “neglect”: say what the child went without, and how often.");
    expect(render(checkReadability("Mum said “the LAC review”.")[0] as Finding)).toBe(
      "Someone's own words use “LAC”: keep their words, and explain it nearby if the reader may not know it (“children in care”).",
    );
    expect(render(checkReadability("Mum said “it was neglect”.")[0] as Finding)).toBe(
      "Someone's own words use “neglect”: keep their words, and explain it nearby if the reader may not know it (say what the child went without, and how often).",
    );
    const hard =
      "Children's Services have significant concerns regarding parental substance misuse and the emotional impact on the children. " +
      "The local authority considers that the threshold for significant harm is met in relation to both children.";
    const age = checkReadability(hard).find((f) => f.code === "documents/readability/reading-age");
    expect(render(age as Finding)).toBe("This text needs a reading age of about 19; aim for 9.");
  });
});

describe("DEFAULT_PLAIN_LANGUAGE_TERMS", () => {
  it("holds the acronyms and processes, and the map's labels with their word forms", () => {
    // #region terms
    DEFAULT_PLAIN_LANGUAGE_TERMS.find((t) => t.term === "s47")?.plain; // "child protection enquiry"
    // #endregion terms
    const byTerm = new Map(DEFAULT_PLAIN_LANGUAGE_TERMS.map((t) => [t.term, t]));
    expect(byTerm.get("s47")?.plain).toBe("child protection enquiry");
    expect(byTerm.get("ICPC")?.plain).toBe("the first child protection conference");
    expect(byTerm.get("LAC")?.plain).toBe("children in care");
    expect(byTerm.get("CIN")?.plain).toBe("a child who needs extra help");
    expect(byTerm.get("safeguarding")?.plain).toBe("keeping children safe");
    for (const name of ["s47", "s17", "s20", "ICPC", "RCPC", "CP", "CPP", "core group", "strategy discussion", "LAC", "CIN", "PLO", "threshold", "safeguarding", "LADO", "MASH", "EHA", "TAF", "IRO", "FGC", "kinship care", "CAMHS", "CSC"]) {
      expect(byTerm.has(name), name).toBe(true);
    }
    // The labels are the map's own entries: one list of their forms and acronyms.
    const labels = [
      "domestic violence", "parental conflict", "mental health", "substance misuse", "neglect", "toxic trio", "poor parenting", "parenting capacity", "chaotic", "volatile",
      "significant harm", "emotional harm", "physical harm", "trauma", "risk", "concern", "exposed to", "inappropriate", "presents as", "insight", "engage", "comply",
      "local authority", "not in education, employment or training",
    ];
    for (const name of labels) {
      const map = DEFAULT_JARGON_TERMS.find((t) => t.term === name);
      const mine = byTerm.get(name);
      expect(map, name).toBeDefined();
      expect(mine?.forms, name).toBe(map?.forms);
      expect(mine?.acronyms, name).toBe(map?.acronyms);
      expect(mine?.plainIs, name).toBe(name === "local authority" ? "words" : "advice");
    }
    expect(DEFAULT_PLAIN_LANGUAGE_TERMS).toHaveLength(23 + labels.length);
    expect(byTerm.get("comply")?.forms).toContain("disguised compliance");
    expect(byTerm.get("engage")?.forms).toContain("non-engagement");
  });

  it("has unique names, something to find in each term, and acronyms in capitals", () => {
    const names = DEFAULT_PLAIN_LANGUAGE_TERMS.map((t) => t.term);
    expect(new Set(names).size).toBe(names.length);
    for (const t of DEFAULT_PLAIN_LANGUAGE_TERMS) {
      expect(t.forms.length + (t.acronyms?.length ?? 0), t.term).toBeGreaterThan(0);
      for (const a of t.acronyms ?? []) expect(a, t.term).toMatch(/^[A-Z]{2,}s?$/);
      expect(t.plain.trim().length, t.term).toBeGreaterThan(0);
    }
  });

  it("finds every term in a sentence using each of its forms and each of its acronyms", () => {
    for (const t of DEFAULT_PLAIN_LANGUAGE_TERMS) {
      for (const form of [...t.forms, ...t.forms.map((f) => f.toUpperCase()), ...(t.acronyms ?? [])]) {
        const found = checkReadability(`We talked about ${form} today.`).filter((f) => f.code === "documents/readability/jargon" && f.params?.term === t.term);
        expect(found, `${t.term}: ${form}`).toHaveLength(1);
        expect(String(found[0]?.params?.found).toLowerCase(), `${t.term}: ${form}`).toBe(form.toLowerCase());
        expect(found[0]?.severity).toBe("warning");
      }
    }
  });

  it("never finds an acronym in small letters, or inside a longer word", () => {
    for (const t of DEFAULT_PLAIN_LANGUAGE_TERMS) {
      for (const a of t.acronyms ?? []) {
        expect(jargon(`We talked about ${a.toLowerCase()} today.`), a).toEqual([]);
        expect(jargon(`We talked about ${a}X and X${a} today.`), a).toEqual([]);
      }
    }
    expect(jargon("She wore a lace dress and a LACE hat; a lac is a resin.")).toEqual([]);
    expect(jargon("The MASHED potatoes; a cin; a cpp; the Plover; ICPCS.")).toEqual([]);
  });

  it("gives plain words that use none of the list's jargon", () => {
    for (const t of DEFAULT_PLAIN_LANGUAGE_TERMS) expect(jargon(t.plain), t.term).toEqual([]);
  });
});

describe("laws", () => {
  const texty = fc
    .array(
      fc.oneof(
        fc.constantFrom("Lee", "hit", "Amy", "the", "ICPC", "neglect", "s. 47", "Mr.", "e.g.", "3.5", "well-being", "won't", "“", "”", '"', "\n", "\n\n", "- ", "1. ", ".", "!", "?", "…", ",", " ", "lace", "LAC"),
        fc.string(),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(" "));
  const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), texty);
  const path = fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.nat(50)), { maxLength: 5 });

  it("never throws; every finding has options.path and a known code", () => {
    fc.assert(
      fc.property(anyText, path, (text, p) => {
        const findings = checkReadability(text, { path: p });
        for (const f of findings) {
          expect(f.path).toEqual(p);
          expect(DOCUMENT_FINDING_CODES).toContain(f.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives finite scores, or null ones exactly when there are no words", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const s = measureReadability(text);
        for (const n of [s.sentences, s.words, s.syllables]) expect(Number.isInteger(n) && n >= 0).toBe(true);
        expect(s.sentences).toBeLessThanOrEqual(s.words);
        expect(s.syllables).toBeGreaterThanOrEqual(s.words);
        expect(s.words === 0).toBe(s.sentences === 0);
        for (const v of [s.readingEase, s.gradeLevel, s.readingAge]) {
          if (s.words === 0) expect(v).toBeNull();
          else expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds nothing in white space, and the same in a text with white space around it", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("", " ", "\n", "\t \n"), (text, pad) => {
        expect(checkReadability(`${pad}${text}${pad}`)).toEqual(checkReadability(text));
      }),
      { numRuns: 200 },
    );
  });
});
