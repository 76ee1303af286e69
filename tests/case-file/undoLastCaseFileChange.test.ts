import { describe, expect, it } from "vitest";
import { applyCaseFileChange, undoLastCaseFileChange } from "../../src/case-file";
import { caught, deepFreeze, meta, workedCase } from "./fixtures";

describe("undoLastCaseFileChange", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region docs-example
    const { next } = applyCaseFileChange(caseFile, { type: "update-monitoring", eventId: "m-breach", patch: {}, unset: ["resolvedOn"] }, meta);
    const undone = undoLastCaseFileChange(next);
    undone.monitoring.find((e) => e.id === "m-breach")?.resolvedOn; // "2025-05-14"
    // #endregion docs-example
    expect(undone).toEqual(caseFile);
    expect(undone.monitoring.find((e) => e.id === "m-breach")?.resolvedOn).toBe("2025-05-14");
  });

  it("undoes changes one at a time, last first, without mutating", () => {
    const start = workedCase();
    const one = applyCaseFileChange(start, { type: "update-person", personId: "lee", patch: { contact: "07700 900199" } }, meta).next;
    const two = deepFreeze(applyCaseFileChange(one, { type: "update-network", change: { type: "end-member", personId: "michelle", on: "2025-05-31" } }, meta).next);
    expect(undoLastCaseFileChange(two)).toEqual(one);
    expect(undoLastCaseFileChange(undoLastCaseFileChange(two))).toEqual(start);
  });

  it("refuses when there is nothing to undo", () => {
    expect(caught(() => undoLastCaseFileChange(workedCase())).code).toBe("invalid-argument");
  });
});
