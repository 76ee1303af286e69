import { describe, expect, it } from "vitest";
import { findTerms, hasRegularPastTense, hasTerm } from "../../src/language";

describe("word matching of the language rules", () => {
  it("finds whole words and phrases in any case", () => {
    // #region find-terms
    findTerms("Worried about Domestic  Violence and high-risk drinking", ["risk", "domestic violence", "drink"]);
    // ["risk", "domestic violence"]: "drink" is only part of "drinking"
    // #endregion find-terms
    expect(findTerms("Worried about Domestic  Violence and high-risk drinking", ["risk", "domestic violence", "drink"])).toEqual(["risk", "domestic violence"]);
    expect(findTerms("a brisk walk; risky", ["risk"])).toEqual([]);
    expect(findTerms("Dad's risk, risk again", ["risk", "risk", "dad"])).toEqual(["risk", "dad"]);
  });

  it("treats typographic apostrophes as plain ones and ignores blank or odd terms", () => {
    // #region has-term
    hasTerm("Dad won\u2019t drink", ["won't"]); // true
    // #endregion has-term
    expect(hasTerm("Dad won\u2019t drink", ["won't"])).toBe(true);
    expect(hasTerm("Dad won't drink", ["won\u2019t"])).toBe(true);
    expect(hasTerm("anything", ["", "   "])).toBe(false);
    expect(hasTerm("costs (a) lot [sic] *", ["(a)", "[sic]", "*", ".*"])).toBe(true);
    expect(hasTerm("nothing here", [".*", "\\", "(?"])).toBe(false);
  });

  it("recognises regular past tenses but not words that only end in -ed", () => {
    // #region past-tense
    hasRegularPastTense("Dad shouted at Mum"); // true
    hasRegularPastTense("Amy will need a bed"); // false
    // #endregion past-tense
    expect(hasRegularPastTense("Dad shouted at Mum")).toBe(true);
    expect(hasRegularPastTense("Amy will need a bed")).toBe(false);
    expect(hasRegularPastTense("Jack is red and fed up")).toBe(false);
  });
});
