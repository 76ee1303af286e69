import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../../src/core";
import { storedRecordReader } from "../../../src/interop/returns/storedRecords";
import { child } from "../../metrics/fixtures";

describe("storedRecordReader", () => {
  it("migrates the records of an earlier version with one finding a file, and refuses a newer one by file and place", () => {
    // #region docs-example
    const reader = storedRecordReader("old.jsonl");
    const record = reader.read({ ...child("c-1"), missing: [{ id: "m-1", missing: "M", start: "2024-06-01" }] }, "line 1");
    // record.missing: [{ id: "m-1", missingType: "M", startDate: "2024-06-01" }] (record.schemaVersion: 2)
    reader.read(child("c-2"), "line 2"); // in today's names already: read as it is
    reader.finding();
    // { code: "returns/records-migrated", severity: "info", path: [], params: { file: "old.jsonl", count: 1, fromVersion: 1, version: 2 } }
    // #endregion docs-example
    expect(record).toMatchObject({ schemaVersion: 2, missing: [{ id: "m-1", missingType: "M", startDate: "2024-06-01" }] });
    expect(reader.finding()).toEqual({ code: "returns/records-migrated", severity: "info", path: [], params: { file: "old.jsonl", count: 1, fromVersion: 1, version: 2 } });
    const current = storedRecordReader("new.jsonl");
    current.read({ schemaVersion: 2, ...child("c-3") }, "line 1");
    expect(current.finding()).toBeUndefined();
    let thrown: unknown;
    try {
      current.read({ schemaVersion: 3, ...child("c-4") }, "line 7");
    } catch (error) {
      thrown = error;
    }
    expect(isKinsafeError(thrown) && thrown.code === "invalid-input" && thrown.message.includes("new.jsonl: line 7: the child record is of schema version 3")).toBe(true);
  });
});
