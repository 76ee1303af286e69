import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkAssessmentMap,
  DEFAULT_DANGER_ANCHOR_TERMS,
  DEFAULT_SAFETY_ANCHOR_TERMS,
  DEFAULT_SCALE_ANCHORS,
  type AssessmentMap,
  type CheckAssessmentMapOptions,
} from "../../src/assessment";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import type { Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { goodMap, mapWith } from "./checkFixtures";

// Rule Q13, anchors against polarity.

const CODE = "assessment/scale-anchors-contradict-polarity";
const contradictions = (map: AssessmentMap, options?: CheckAssessmentMapOptions): Finding<AssessmentFindingCode>[] =>
  checkAssessmentMap(map, options).filter((f) => f.code === CODE);

/** The fixture with its overall scale given these anchors and polarity. */
const scaleWith = (zero: string, ten: string, polarity: "safety-high" | "risk-high"): AssessmentMap =>
  mapWith((m) => {
    m.scales[0]!.anchors = { zero, ten };
    m.scales[0]!.polarity = polarity;
  });

describe("Q13 anchors against polarity", () => {
  it("shows the default word lists", () => {
    // #region anchor-terms
    DEFAULT_DANGER_ANCHOR_TERMS.includes("immediate"); // true: "10 = immediate risk" is the dangerous end
    DEFAULT_SAFETY_ANCHOR_TERMS.includes("no concerns"); // true: "0 = no concerns" is the safe end
    // #endregion anchor-terms
    expect(DEFAULT_DANGER_ANCHOR_TERMS).toContain("immediate");
    expect(DEFAULT_SAFETY_ANCHOR_TERMS).toContain("no concerns");
    expect(DEFAULT_SAFETY_ANCHOR_TERMS).not.toContain("safe");
  });

  it("finds nothing on the good map", () => {
    expect(contradictions(goodMap)).toEqual([]);
  });

  it("flags 0 = no concerns, 10 = immediate risk stored as safety-high, at both ends, as an error", () => {
    const found = contradictions(scaleWith("No concerns", "Immediate risk of significant harm", "safety-high"));
    expect(found.map((f) => [f.severity, f.path.join("."), f.params])).toEqual([
      ["error", "scales.0.anchors.zero", { rule: "Q13", anchor: 0, polarity: "safety-high", term: "no concerns" }],
      ["error", "scales.0.anchors.ten", { rule: "Q13", anchor: 10, polarity: "safety-high", term: "risk" }],
    ]);
    expect(formatFinding(found[1]!)).toMatch(/What 10 means on this scale \(“risk”\) does not fit its stored polarity \(safety-high\)/);
  });

  it("accepts the same anchors stored as risk-high", () => {
    expect(contradictions(scaleWith("No concerns", "Immediate risk of significant harm", "risk-high"))).toEqual([]);
  });

  it("flags safe-end words at 10 on a risk-high scale", () => {
    const found = contradictions(scaleWith("Nothing is keeping this child safe", "This child is safe", "risk-high"));
    expect(found.map((f) => f.path.join("."))).toEqual(["scales.0.anchors.zero", "scales.0.anchors.ten"]);
  });

  it("finds nothing on every published anchor set, stored safety-high", () => {
    const published = [...Object.values(DEFAULT_SCALE_ANCHORS), { zero: "Nothing is keeping this child safe", ten: "This child is safe" }];
    for (const { zero, ten } of published) expect(contradictions(scaleWith(zero, ten, "safety-high")), `${zero} / ${ten}`).toEqual([]);
  });

  it("does not judge an anchor with words of both kinds, or of neither", () => {
    expect(contradictions(scaleWith("There is no risk to the children", "You are the dad you always wanted to be", "risk-high"))).toEqual([]);
    expect(contradictions(scaleWith("No risk of harm at all", "Everything is fine", "safety-high"))).toEqual([]);
  });

  it("uses the lists the authority gives", () => {
    const map = scaleWith("Alles gut", "Akute Gefahr", "safety-high");
    expect(contradictions(map)).toEqual([]);
    expect(contradictions(map, { dangerAnchorTerms: ["akute gefahr"], safetyAnchorTerms: ["alles gut"] }).map((f) => f.params?.["term"])).toEqual([
      "alles gut",
      "akute gefahr",
    ]);
  });

  it("swapping the anchors of a flagged scale and its polarity together gives the same verdict (property)", () => {
    const words = fc.constantFrom("No concerns", "Immediate risk", "The children are safe enough to close the case", "Things are at their worst", "Everything is fine");
    fc.assert(
      fc.property(words, words, (zero, ten) => {
        const a = contradictions(scaleWith(zero, ten, "safety-high")).length;
        const b = contradictions(scaleWith(ten, zero, "risk-high")).length;
        expect(a).toBe(b);
      }),
      { numRuns: 30 },
    );
  });
});
