import { describe, expect, it } from "vitest";
import { safeParseCaseFile } from "../../src/case-file";
import { workedCase } from "./fixtures";

describe("safeParseCaseFile", () => {
  it("shows the documented example", () => {
    const stored = { ...JSON.parse(JSON.stringify(workedCase())), childIds: ["amy", "ben", "zoe"] } as unknown;
    // #region docs-example
    const result = safeParseCaseFile(stored);
    if (!result.ok) result.error.issues[0]?.path; // ["childIds", 2]
    // #endregion docs-example
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toMatchObject([{ path: ["childIds", 2], rule: "reference/unknown-person" }]);
  });

  it("returns the case file when it is valid", () => {
    expect(safeParseCaseFile(JSON.parse(JSON.stringify(workedCase())))).toEqual({ ok: true, value: workedCase() });
  });
});
