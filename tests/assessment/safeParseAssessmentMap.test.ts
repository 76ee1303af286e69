import { describe, expect, it } from "vitest";
import { safeParseAssessmentMap } from "../../src/assessment";
import { sampleMap } from "./fixtures";

describe("safeParseAssessmentMap", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const result = safeParseAssessmentMap({ ...sampleMap(), date: "29/03/2025" });
    const paths = result.ok ? [] : result.error.issues.map((issue) => issue.path);
    // paths: [["date"]]
    // #endregion docs-example
    expect(result.ok).toBe(false);
    expect(paths).toEqual([["date"]]);
  });

  it("returns the map when it is valid", () => {
    const result = safeParseAssessmentMap(JSON.parse(JSON.stringify(sampleMap())));
    expect(result).toEqual({ ok: true, value: sampleMap() });
  });
});
