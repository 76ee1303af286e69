import { describe, expect, it } from "vitest";
import { isKinsafeError, KinsafeError } from "../../src/core";
import { parseAssessmentMap } from "../../src/assessment";
import { sampleMap } from "./fixtures";

describe("parseAssessmentMap", () => {
  it("shows the documented example", () => {
    const stored = JSON.stringify(sampleMap());
    // #region docs-example
    const map = parseAssessmentMap(JSON.parse(stored));
    // map.dangers[0].id === "d-1"
    // #endregion docs-example
    expect(map.dangers[0]?.id).toBe("d-1");
    expect(map).toEqual(sampleMap());
  });

  it("throws one KinsafeError listing wrong types, dangling references and out-of-range scores with their paths", () => {
    const bad = JSON.parse(JSON.stringify(sampleMap())) as Record<string, unknown> & { goals: { dangerId: string }[]; scales: { judgements: { value: number }[] }[] };
    bad["version"] = "one";
    bad.goals[0] = { ...bad.goals[0], dangerId: "d-404" };
    const judgement = bad.scales[0]?.judgements[0];
    if (judgement !== undefined) judgement.value = 11;
    let error: unknown;
    try {
      parseAssessmentMap(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KinsafeError);
    if (!isKinsafeError(error)) return;
    expect(error.code).toBe("invalid-input");
    expect(error.message).toMatch(/^\[kinsafe\] Invalid assessment map: 3 problems/);
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["version"], ["goals", 0, "dangerId"], ["scales", 0, "judgements", 0, "value"]]));
    expect(error.issues).toHaveLength(3);
    expect(error.issues.find((i) => i.path[0] === "goals")?.rule).toBe("reference/unknown-danger-statement");
  });

  it("refuses ids used twice", () => {
    const bad = JSON.parse(JSON.stringify(sampleMap())) as { strengths: { id: string }[] };
    const strength = bad.strengths[0];
    if (strength !== undefined) strength.id = "h-1";
    expect(() => parseAssessmentMap(bad)).toThrow(/already used/);
  });

  it("refuses something that is not a map", () => {
    expect(() => parseAssessmentMap(null)).toThrow(KinsafeError);
    expect(() => parseAssessmentMap("map")).toThrow(KinsafeError);
  });
});
