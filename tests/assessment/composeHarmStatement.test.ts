import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { mayBeRewritten } from "./composeFixtures";
import { composeHarmStatement, draftHarmStatement, type HarmStatementParts } from "../../src/assessment/composeHarmStatement";

const base: HarmStatementParts = {
  actor: "Dad",
  behaviour: "hit Sam with a belt",
  child: "Sam",
  impact: "hurt",
};

describe("composeHarmStatement", () => {
  it("writes the Children's Research Center sentence", () => {
    // #region docs-example
    const reported = composeHarmStatement({
      actor: "Dad",
      behaviour: "hit Sam with a belt",
      context: "at home",
      when: "on 3 March 2025",
      child: "Sam",
      impact: "hurt",
      impactDetail: "with bruises to his back that his GP recorded",
    });
    // "It was reported that Dad hit Sam with a belt at home on 3 March 2025 and as a result Sam
    // was hurt, with bruises to his back that his GP recorded."
    const found = composeHarmStatement({
      actor: ["Mum", "Dad"],
      behaviour: "did not take Amy to the doctor when she had a high fever",
      child: "Amy",
      impact: "very ill",
      impactDetail: "and needed three days in hospital",
      status: "substantiated",
    });
    // "It has been found that Mum and Dad did not take Amy to the doctor when she had a high
    // fever and as a result Amy was very ill, and needed three days in hospital."
    // #endregion docs-example
    expect(reported).toBe("It was reported that Dad hit Sam with a belt at home on 3 March 2025 and as a result Sam was hurt, with bruises to his back that his GP recorded.");
    expect(found).toBe("It has been found that Mum and Dad did not take Amy to the doctor when she had a high fever and as a result Amy was very ill, and needed three days in hospital.");
  });

  it.each<[string, Partial<HarmStatementParts>, string]>([
    ["minimal", {}, "It was reported that Dad hit Sam with a belt and as a result Sam was hurt."],
    ["alleged", { status: "alleged" }, "It was reported that Dad hit Sam with a belt and as a result Sam was hurt."],
    ["disputed adds nothing", { status: "disputed" }, "It was reported that Dad hit Sam with a belt and as a result Sam was hurt."],
    ["substantiated", { status: "substantiated" }, "It has been found that Dad hit Sam with a belt and as a result Sam was hurt."],
    ["several children take 'were'", { child: ["Sam", "Amy", "Jo"], behaviour: "left the children alone overnight", impact: "frightened" }, "It was reported that Dad left the children alone overnight and as a result Sam, Amy and Jo were frightened."],
    ["'was' in the impact is not doubled", { impact: "was hurt." }, "It was reported that Dad hit Sam with a belt and as a result Sam was hurt."],
    ["full stops and white space", { behaviour: " hit  Sam with a belt. ", when: "on Friday.", impactDetail: "  " }, "It was reported that Dad hit Sam with a belt on Friday and as a result Sam was hurt."],
  ])("%s", (_name, change, expected) => {
    expect(composeHarmStatement({ ...base, ...change })).toBe(expected);
  });

  it.each<[string, Partial<HarmStatementParts>]>([
    ["actor", { actor: "" }],
    ["actor[1]", { actor: ["Mum", " "] }],
    ["behaviour", { behaviour: "." }],
    ["child", { child: [] }],
    ["impact", { impact: "was" }],
  ])("throws invalid-argument naming %s", (part, change) => {
    try {
      composeHarmStatement({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  it("does not mutate its input", () => {
    const parts = { ...base, actor: ["Mum", "Dad"] };
    const before = structuredClone(parts);
    composeHarmStatement(parts);
    expect(parts).toEqual(before);
  });

  describe("properties", () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts,
    // and a part that starts with a verb form the composer puts right is tested in
    // composeGrammar.test.ts: here the words are arranged as written.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p) && !mayBeRewritten(p));
    const messy = fc.tuple(phrase, fc.constantFrom("", ".", " ", "..")).map(([p, end]) => p + end);
    it("always contains the behaviour and the child's name and ends with one full stop", () => {
      fc.assert(
        fc.property(phrase, messy, word, messy, fc.constantFrom("alleged", "substantiated", "disputed"), (actor, behaviour, child, impact, status) => {
          const text = composeHarmStatement({ actor, behaviour, child, impact, status });
          expect(text).toContain(behaviour.replace(/[ .]+$/, ""));
          // A pronoun such as "You" or "They" takes "were"; a name takes "was".
          expect(text).toContain(/^(you|we|they)$/i.test(child) ? ` ${child} were ` : ` ${child} was `);
          expect(text).toMatch(/[^.]\.$/);
          expect(text).not.toMatch(/\.\./);
        }),
      );
    });
  });

  it.each<[string, Partial<HarmStatementParts>, string]>([
    ["one entry naming two children takes 'were'", { child: "Amy and Ben", impact: "frightened" }, "and as a result Amy and Ben were frightened."],
    ["a list in one entry takes 'were'", { child: "Amy, Ben and Cara", impact: "was frightened" }, "and as a result Amy, Ben and Cara were frightened."],
    ["'the children' takes 'were'", { child: "the children", impact: "hurt" }, "and as a result the children were hurt."],
    ["a finite past takes no 'was'", { child: "Lily", impact: "fell a year behind at school" }, "and as a result Lily fell a year behind at school."],
    ["a 'was' written before a finite past is dropped", { child: "Lily", impact: "was fell a year behind" }, "and as a result Lily fell a year behind."],
    ["a base form of something the child did becomes its past", { child: "Lily", impact: "miss six weeks of school" }, "and as a result Lily missed six weeks of school."],
    ["an auxiliary agrees with the children", { child: ["Amy", "Ben"], impact: "has nightmares" }, "and as a result Amy and Ben have nightmares."],
    ["a behaviour in the present is put in the past", { behaviour: "hits Sam with a belt" }, "It was reported that Dad hit Sam with a belt and as a result Sam was hurt."],
  ])("verb forms: %s", (_name, change, expected) => {
    expect(composeHarmStatement({ ...base, ...change })).toContain(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["actor", { actor: undefined }],
    ["impact", { impact: undefined }],
    ["child", { child: null }],
    ["when", { when: 2025 }],
  ])("throws invalid-argument naming %s when it is missing or not text", (part, change) => {
    try {
      composeHarmStatement({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  describe("draftHarmStatement", () => {
    it("returns the sentence with the findings on its words", () => {
      // #region draft-example
      const draft = draftHarmStatement({ actor: "Dad", behaviour: "shouted at Mum in front of Amy", child: "Amy", impact: "at risk of emotional harm" });
      // draft.text: "It was reported that Dad shouted at Mum in front of Amy and as a result Amy was
      // at risk of emotional harm."
      // draft.findings: the impact is only a category of harm (assessment/impact-is-category),
      // "risk" is a label (assessment/jargon) and, with no `when`, the impact speaks only of
      // possible harm (assessment/harm-only-risk): write what happened to Amy, or move the worry
      // to a danger statement.
      // #endregion draft-example
      expect(draft.text).toBe("It was reported that Dad shouted at Mum in front of Amy and as a result Amy was at risk of emotional harm.");
      expect(draft.findings.map((f) => [f.code, f.path, f.params?.term])).toEqual([
        ["assessment/impact-is-category", ["impact"], "emotional harm"],
        ["assessment/jargon", ["impact"], "risk"],
        ["assessment/harm-only-risk", ["impact"], "at risk of"],
      ]);
    });

    it("does not read risk words when the harm has a time, and finds nothing in plain words", () => {
      expect(draftHarmStatement({ ...base, impact: "frightened that it could happen again", when: "on 3 March 2025" }).findings).toEqual([]);
      expect(draftHarmStatement({ ...base, impact: "frightened that it could happen again" }).findings.map((f) => f.code)).toEqual(["assessment/harm-only-risk"]);
      expect(draftHarmStatement(base).findings).toEqual([]);
    });
  });

  describe("an actor who is not known", () => {
    it("says what was found and who had care, naming nobody as the cause", () => {
      // #region unknown-actor
      const text = composeHarmStatement({
        inCareOf: ["Mum", "Dad"],
        child: "Leo",
        impact: "found to have a broken arm",
        when: "on 3 March 2025",
        impactDetail: "which doctors say was not an accident",
      });
      // "It was reported that Leo was found to have a broken arm on 3 March 2025 while in the
      // care of Mum and Dad, which doctors say was not an accident, and how it happened is not
      // known."
      // #endregion unknown-actor
      expect(text).toBe("It was reported that Leo was found to have a broken arm on 3 March 2025 while in the care of Mum and Dad, which doctors say was not an accident, and how it happened is not known.");
      expect(composeHarmStatement({ inCareOf: "a babysitter", child: "Amy and Ben", impact: "burnt", status: "substantiated" })).toBe(
        "It has been found that Amy and Ben were burnt while in the care of a babysitter, and how it happened is not known.",
      );
    });

    it.each<[string, Record<string, unknown>]>([
      ["inCareOf", { actor: "Dad", inCareOf: ["Mum"] }],
      ["behaviour", { actor: undefined, inCareOf: ["Mum"] }],
      ["inCareOf", { actor: undefined, behaviour: undefined, inCareOf: [] }],
      ["actor", { actor: undefined, behaviour: undefined }],
    ])("throws invalid-argument naming %s", (part, change) => {
      try {
        composeHarmStatement({ ...base, ...change });
        expect.unreachable();
      } catch (error) {
        expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
        expect(String(error)).toContain(`"${part}"`);
      }
    });
  });
});
