import { describe, expect, it } from "vitest";
import { evaluateBottomLines, type BottomLine } from "../../src/bottom-lines";
import { isoDate } from "../../src/core";
import { caught, workedCase } from "./fixtures";

describe("evaluateBottomLines with bottom lines that were not parsed", () => {
  it("refuses an unknown kind with KinsafeError('invalid-input') naming the bottom line, not TypeError", () => {
    // Before: TypeError: evaluate is not a function.
    const caseFile = workedCase();
    for (const kind of ["no-such-kind", "toString", "__proto__", 7]) {
      const lines = [...caseFile.bottomLines, { ...caseFile.bottomLines[0], kind } as unknown as BottomLine];
      const error = caught(() => evaluateBottomLines(caseFile, lines, { asOf: isoDate("2025-06-01") }));
      expect(error.code).toBe("invalid-input");
      expect(error.issues[0]?.path).toEqual([caseFile.bottomLines.length, "kind"]);
    }
  });
});
