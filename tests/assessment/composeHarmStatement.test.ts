import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { composeHarmStatement, type HarmStatementParts } from "../../src/assessment/composeHarmStatement";

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
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p));
    const messy = fc.tuple(phrase, fc.constantFrom("", ".", " ", "..")).map(([p, end]) => p + end);
    it("always contains the behaviour and the child's name and ends with one full stop", () => {
      fc.assert(
        fc.property(phrase, messy, word, messy, fc.constantFrom("alleged", "substantiated", "disputed"), (actor, behaviour, child, impact, status) => {
          const text = composeHarmStatement({ actor, behaviour, child, impact, status });
          expect(text).toContain(behaviour.replace(/[ .]+$/, ""));
          expect(text).toContain(` ${child} was `);
          expect(text).toMatch(/[^.]\.$/);
          expect(text).not.toMatch(/\.\./);
        }),
      );
    });
  });
});
