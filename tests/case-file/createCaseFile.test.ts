import { describe, expect, it } from "vitest";
import { CASE_FILE_SCHEMA_VERSION, createCaseFile } from "../../src/case-file";
import { caught } from "./fixtures";

describe("createCaseFile", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const caseFile = createCaseFile({
      id: "case-amy",
      childIds: ["amy"],
      people: [
        { id: "amy", name: "Amy", kind: "child", relationships: [] },
        { id: "kerry", name: "Kerry", kind: "adult", relationships: [{ toId: "amy", kind: "mother" }] },
      ],
    });
    caseFile.schemaVersion; // 1
    caseFile.history; // []
    // #endregion docs-example
    expect(caseFile).toMatchObject({ schemaVersion: CASE_FILE_SCHEMA_VERSION, id: "case-amy", maps: [], childVoice: [], plans: [], monitoring: [], bottomLines: [], history: [] });
    expect(caseFile).not.toHaveProperty("network");
  });

  it("refuses a child who is not among the people, with the path", () => {
    const error = caught(() => createCaseFile({ id: "case-amy", childIds: ["amy", "ben"], people: [{ id: "amy", name: "Amy", kind: "child", relationships: [] }] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toMatchObject([{ path: ["childIds", 1], rule: "reference/unknown-person" }]);
  });
});
