import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { compareTimePoints, SurveyResponseSchema, SurveySchema, type SurveyResponse } from "../../src/research";
import { deepFreeze } from "../audit/fixtures";

const survey = SurveySchema.parse({
  id: "parents-survey",
  version: 1,
  title: "Parents' survey",
  groups: ["parents", "staff"],
  items: [
    { id: "listened", kind: "likert", text: "My social worker listens to me", points: 5, low: "Strongly disagree", high: "Strongly agree" },
    { id: "score", kind: "likert", text: "A score from 1 to 11", points: 11, low: "1", high: "11" },
    { id: "comments", kind: "free-text", text: "Anything else?" },
  ],
});

const pairsToResponses = (itemId: string, pairs: readonly (readonly [number, number])[], group = "parents"): SurveyResponse[] =>
  pairs.flatMap(([a, b], i) =>
    [
      ["baseline", "2016-01-10", a],
      ["follow-up", "2016-09-10", b],
    ].map(([timePoint, date, value]) =>
      SurveyResponseSchema.parse({ id: `${group}-${String(i)}-${String(timePoint)}`, surveyId: "parents-survey", respondentId: `r${String(i)}`, group, timePoint, date, answers: [{ itemId, value }] }),
    ),
  );

// A small example computed by hand (no ties, so every step can be checked with pencil and paper):
// six parents, baseline -> follow-up on the 11-point item: 2->5, 1->6, 5->4, 3->9, 2->10, 1->11.
// Changes: +3, +5, -1, +6, +8, +10. Mean change = 31 / 6 = 5.1667.
// Sign test: 5 rises, 1 fall, n = 6. P(X <= 1) = (C(6,0) + C(6,1)) / 2^6 = 7/64; two-sided p = 14/64 = 0.21875.
// Wilcoxon: |changes| 1, 3, 5, 6, 8, 10 get ranks 1..6; the only fall has rank 1, so W- = 1 and
// W+ = 21 - 1 = 20. Exactly: of the 2^6 = 64 equally likely sign patterns, W- <= 1 for two ({}
// and {1}), so P(W- <= 1) = 2/64 and the two-sided p = 4/64 = 0.0625 (tables of the signed-rank
// statistic, e.g. Siegel & Castellan 1988 Table H, give P(T <= 1) = 0.0312 for n = 6).
const handPairs = [[2, 5], [1, 6], [5, 4], [3, 9], [2, 10], [1, 11]] as const;

// The example of the Wikipedia article "Wilcoxon signed-rank test" (section "Example"): ten
// pairs, x1 = 125 115 130 140 140 115 140 125 140 135, x2 = 110 122 125 120 140 124 123 137 135 145.
// The article takes x1 - x2: one zero (dropped, Nr = 9), |d| = 5 5 7 9 10 12 15 17 20 with the two
// 5s sharing rank 1.5, and W = sum of signed ranks = 9 (so W+ = 27, W- = 18). Here from = x2 and
// to = x1. Normal approximation by hand: mean n(n+1)/4 = 22.5; variance 9*10*19/24 - (2^3 - 2)/48
// = 71.25 - 0.125 = 71.125; z = (27 - 22.5 - 0.5) / sqrt(71.125) = 4 / 8.4336 = 0.4743;
// Phi(0.4743) = 0.6824 (normal table, interpolating 0.47 -> 0.68082 and 0.48 -> 0.68439), so the
// two-sided p = 2 (1 - 0.6824) = 0.6353. Sign test: 5 rises, 4 falls, n = 9: 2 P(X <= 4) =
// 2 * 256/512 = 1. Mean change over all ten pairs = 24/10 = 2.4.
const x1 = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135];
const x2 = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145];
const wide = SurveySchema.parse({ ...survey, items: [{ id: "bp", kind: "likert", text: "Wide item", points: 11, low: "low", high: "high" }] });
const wikipediaPairs = x2.map((b, i) => [b, x1[i]!] as const);

describe("compareTimePoints", () => {
  it("shows the documented example (hand-computed values)", () => {
    // #region docs-example
    const responses = pairsToResponses("score", handPairs);
    const c = compareTimePoints(survey, responses, { itemId: "score", from: "baseline", to: "follow-up", group: "parents" });
    c.meanChange; // 5.1667 (31 / 6)
    c.signTest.pValue; // 0.21875 (14 / 64)
    c.wilcoxon; // { n: 6, wPlus: 20, wMinus: 1, method: "exact", pValue: 0.0625 (4 / 64) }
    // #endregion docs-example
    expect(c).toMatchObject({ pairs: 6, unpaired: 0, meanFrom: 14 / 6, meanTo: 45 / 6, group: "parents" });
    expect(c.meanChange).toBeCloseTo(31 / 6, 12);
    expect(c.signTest).toMatchObject({ positive: 5, negative: 1, ties: 0 });
    expect(c.signTest.pValue).toBeCloseTo(14 / 64, 12);
    expect(c.wilcoxon).toMatchObject({ n: 6, wPlus: 20, wMinus: 1, method: "exact" });
    expect(c.wilcoxon.pValue).toBeCloseTo(4 / 64, 12);
  });

  it("reproduces the Wikipedia signed-rank example with the normal approximation (ties and a zero)", () => {
    // Likert answers must lie in 1..points (at most 11), so the published values (110-145) are
    // stored on an item whose scale is widened in a copy of the survey made for this test only.
    const bp = { ...wide, items: [{ ...wide.items[0]!, points: 200 }] } as unknown as typeof wide;
    const responses = pairsToResponses("bp", wikipediaPairs);
    const c = compareTimePoints(bp, responses, { itemId: "bp", from: "baseline", to: "follow-up", method: "normal" });
    expect(c.meanChange).toBeCloseTo(2.4, 12);
    expect(c.signTest).toMatchObject({ positive: 5, negative: 4, ties: 1 });
    expect(c.signTest.pValue).toBeCloseTo(1, 12);
    expect(c.wilcoxon.n).toBe(9);
    expect(c.wilcoxon.wPlus - c.wilcoxon.wMinus).toBe(9);
    expect(c.wilcoxon.wPlus).toBe(27);
    expect(c.wilcoxon.z).toBeCloseTo(0.4743, 4);
    expect(c.wilcoxon.pValue).toBeCloseTo(0.6353, 4);
    // The exact conditional test on the same data is in [0, 1] and not far from the approximation.
    const exact = compareTimePoints(bp, responses, { itemId: "bp", from: "baseline", to: "follow-up", method: "exact" });
    expect(exact.wilcoxon.method).toBe("exact");
    expect(Math.abs(exact.wilcoxon.pValue - 0.6353)).toBeLessThan(0.05);
  });

  it("pairs respondents within their group, takes the latest response at a time point, and counts the unpaired", () => {
    const responses = [
      ...pairsToResponses("listened", [[2, 4], [3, 3]]),
      ...pairsToResponses("listened", [[5, 1]], "staff"),
      SurveyResponseSchema.parse({ id: "late", surveyId: "parents-survey", respondentId: "r0", group: "parents", timePoint: "follow-up", date: "2016-10-01", answers: [{ itemId: "listened", value: 5 }] }),
      SurveyResponseSchema.parse({ id: "only", surveyId: "parents-survey", respondentId: "r9", group: "parents", timePoint: "baseline", date: "2016-01-10", answers: [{ itemId: "listened", value: 1 }] }),
    ];
    const parents = compareTimePoints(survey, responses, { itemId: "listened", from: "baseline", to: "follow-up", group: "parents" });
    expect(parents).toMatchObject({ pairs: 2, unpaired: 1, meanChange: 1.5, signTest: { positive: 1, negative: 0, ties: 1 } });
    const everyone = compareTimePoints(survey, responses, { itemId: "listened", from: "baseline", to: "follow-up" });
    expect(everyone).toMatchObject({ pairs: 3, unpaired: 1 });
    expect(everyone).not.toHaveProperty("group");
  });

  it("has no pairs to compare when nobody answered at both time points", () => {
    const c = compareTimePoints(survey, [], { itemId: "listened", from: "baseline", to: "follow-up" });
    expect(c).toMatchObject({ pairs: 0, meanChange: null, signTest: { pValue: 1 }, wilcoxon: { n: 0, pValue: 1 } });
  });

  it("throws for an unknown item, a free-text item, or an answer off the scale", () => {
    expect(() => compareTimePoints(survey, [], { itemId: "nope", from: "a", to: "b" })).toThrow(expect.objectContaining({ code: "not-found" }) as Error);
    expect(() => compareTimePoints(survey, [], { itemId: "comments", from: "a", to: "b" })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    expect(() => compareTimePoints(survey, pairsToResponses("listened", [[1, 7]]), { itemId: "listened", from: "baseline", to: "follow-up" })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  it("does not mutate its deep-frozen inputs", () => {
    const frozen = deepFreeze(pairsToResponses("score", handPairs));
    expect(compareTimePoints(deepFreeze(structuredClone(survey)), frozen, { itemId: "score", from: "baseline", to: "follow-up" }).pairs).toBe(6);
  });

  describe("properties", () => {
    const arbPairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 })), { maxLength: 60 });
    test.prop([arbPairs, fc.constantFrom("auto", "exact", "normal")])("p-values are in [0, 1]; swapping the time points negates the change and keeps the p-values", (pairs, method) => {
      const responses = pairsToResponses("score", pairs);
      const ab = compareTimePoints(survey, responses, { itemId: "score", from: "baseline", to: "follow-up", method });
      const ba = compareTimePoints(survey, responses, { itemId: "score", from: "follow-up", to: "baseline", method });
      for (const p of [ab.signTest.pValue, ab.wilcoxon.pValue]) expect(p >= 0 && p <= 1).toBe(true);
      expect(ba.meanChange === null ? null : -ba.meanChange + 0).toBe(ab.meanChange === null ? null : ab.meanChange + 0);
      expect(ba.signTest.pValue).toBeCloseTo(ab.signTest.pValue, 12);
      expect(ba.wilcoxon.pValue).toBeCloseTo(ab.wilcoxon.pValue, 10);
      expect([ba.wilcoxon.wPlus, ba.wilcoxon.wMinus]).toEqual([ab.wilcoxon.wMinus, ab.wilcoxon.wPlus]);
      expect(ab.wilcoxon.wPlus + ab.wilcoxon.wMinus).toBe((ab.wilcoxon.n * (ab.wilcoxon.n + 1)) / 2);
      expect(ab.signTest.positive + ab.signTest.negative + ab.signTest.ties).toBe(ab.pairs);
    });
  });
});
