import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateBottomLines } from "../../src/bottom-lines";
import { CASE_FILE_SCHEMA_VERSION, CaseFileAuditEntrySchema, migrateCaseFile, undoLastCaseFileChange } from "../../src/case-file";
import { isoDate } from "../../src/core";
import { caught, seenAlone } from "./fixtures";

/** A case file as version 1 of kinsafe stored it. Later versions must keep reading it: never edit it. */
const storedV1 = (): unknown => JSON.parse(readFileSync(new URL("./stored/case-file-v1.json", import.meta.url), "utf8")) as unknown;

describe("migrateCaseFile", () => {
  it("shows the documented example", () => {
    const stored = readFileSync(new URL("./stored/case-file-v1.json", import.meta.url), "utf8");
    // #region docs-example
    const caseFile = migrateCaseFile(JSON.parse(stored));
    caseFile.schemaVersion; // 1, the current version
    // #endregion docs-example
    expect(caseFile.schemaVersion).toBe(CASE_FILE_SCHEMA_VERSION);
  });

  it("reads the stored version-1 document: its content, its history, and its bottom lines", () => {
    const caseFile = migrateCaseFile(storedV1());
    expect(caseFile.id).toBe("case-amy-ben");
    expect(caseFile.childIds).toEqual(["amy", "ben"]);
    expect(caseFile.history.map((e) => e.command.type)).toEqual(["add-monitoring", "update-monitoring", "update-network", "plan-change", "update-monitoring", "map-change"]);
    for (const entry of caseFile.history) expect(CaseFileAuditEntrySchema.safeParse(entry).success).toBe(true);
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: isoDate("2025-06-01"), customPredicates: { "seen-alone": seenAlone } });
    const verdicts = Object.fromEntries(report.results.map((r) => [r.bottomLineId, r.verdict]));
    // The worker scored 6 at the network meeting of 14 May (the last recorded change).
    expect(verdicts).toMatchObject({ "bl-lee-supervised": "met", "bl-breach-24h": "met", "bl-scale": "met", "bl-sustained": "unmet" });
    // Its history still undoes.
    let undone = caseFile;
    for (let i = 0; i < caseFile.history.length; i++) undone = undoLastCaseFileChange(undone);
    expect(undone.monitoring.some((e) => e.id === "m-breach")).toBe(false);
  });

  it("refuses a document with no schemaVersion, a newer one, or one that is not a version", () => {
    const { schemaVersion: _v, ...noVersion } = storedV1() as Record<string, unknown>;
    const missing = caught(() => migrateCaseFile(noVersion));
    expect(missing.code).toBe("invalid-input");
    expect(missing.message).toContain("has no schemaVersion");
    expect(missing.issues).toMatchObject([{ path: ["schemaVersion"], rule: "case-file/missing-schema-version" }]);
    const newer = caught(() => migrateCaseFile({ ...noVersion, schemaVersion: CASE_FILE_SCHEMA_VERSION + 1 }));
    expect(newer.message).toContain("written by a newer release of kinsafe");
    expect(caught(() => migrateCaseFile({ ...noVersion, schemaVersion: 0 })).message).toContain("not a version of the case file");
    expect(caught(() => migrateCaseFile({ ...noVersion, schemaVersion: "1" })).code).toBe("invalid-input");
    expect(caught(() => migrateCaseFile([])).code).toBe("invalid-input");
    expect(caught(() => migrateCaseFile(null)).code).toBe("invalid-input");
  });

  it("refuses a current-version document that does not parse, listing every problem", () => {
    const doc = storedV1() as Record<string, unknown>;
    const error = caught(() => migrateCaseFile({ ...doc, childIds: [] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it("refuses a BigInt or an unreadable schemaVersion with KinsafeError, not TypeError", () => {
    // Before: TypeError: Do not know how to serialize a BigInt.
    const big = caught(() => migrateCaseFile({ schemaVersion: 1n }));
    expect(big.code).toBe("invalid-input");
    expect(big.issues[0]).toMatchObject({ path: ["schemaVersion"], rule: "case-file/unknown-schema-version", received: "1n" });
    const getter = caught(() => migrateCaseFile({ get schemaVersion(): never { throw new Error("no"); } }));
    expect(getter.code).toBe("invalid-input");
  });
});
