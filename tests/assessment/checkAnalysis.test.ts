import { describe, expect, it } from "vitest";
import { checkAssessmentMap, type AssessmentMap } from "../../src/assessment";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import type { Finding } from "../../src/core";
import { goodMap, mapWith } from "./checkFixtures";

// Rule Q17, analysis: the worker's judgement statement and the family's view of it.

const q17 = (map: AssessmentMap): [AssessmentFindingCode, string, string][] =>
  checkAssessmentMap(map)
    .filter((f: Finding<AssessmentFindingCode>) => f.params?.["rule"] === "Q17")
    .map((f) => [f.code, f.severity, f.path.join(".")]);

describe("Q17 analysis", () => {
  it("finds nothing on the good map", () => {
    expect(q17(goodMap)).toEqual([]);
  });

  it("flags a map with a plan and no judgement statement", () => {
    const map = mapWith((m) => {
      delete m.analysis;
    });
    expect(q17(map)).toEqual([["assessment/analysis-missing", "warning", "analysis"]]);
  });

  it("does not ask for a judgement before there is a plan", () => {
    const map = mapWith((m) => {
      delete m.analysis;
      m.goals = [];
      m.nextSteps = [];
    });
    expect(q17(map)).toEqual([]);
  });

  it("flags a judgement that names neither the danger nor the safety", () => {
    const map = mapWith((m) => {
      m.analysis!.worker = { text: "We remain worried." };
    });
    expect(q17(map)).toEqual([
      ["assessment/analysis-without-danger", "warning", "analysis.worker.danger"],
      ["assessment/analysis-without-safety", "warning", "analysis.worker.safety"],
    ]);
  });

  it("accepts the danger named by its danger statements alone", () => {
    const map = mapWith((m) => {
      delete m.analysis!.worker!.danger;
    });
    expect(q17(map)).toEqual([]);
  });

  it("flags a judgement the family has not given its view of, unless the reason is recorded", () => {
    const missing = mapWith((m) => {
      m.analysis!.family = [];
    });
    expect(q17(missing)).toEqual([["assessment/analysis-family-view-missing", "warning", "analysis.family"]]);
    const explained = mapWith((m) => {
      m.analysis!.family = [];
      m.analysis!.familyViewNotRecordedReason = "Mum and Dad asked for time to read it; meeting on 21 March";
    });
    expect(q17(explained)).toEqual([]);
  });

  it("flags a family view without the worker's judgement as a missing judgement", () => {
    const map = mapWith((m) => {
      delete m.analysis!.worker;
    });
    expect(q17(map)).toEqual([["assessment/analysis-missing", "warning", "analysis"]]);
  });
});
