import { describe, expect, it } from "vitest";
import { BUILT_IN_AUDIT_TOOLS, MAPPING_AUDIT_TOOL, parseAuditRecord, parseAuditTool, safeParseAuditRecord, safeParseAuditTool } from "../../src/audit";
import type { KinsafeError } from "../../src/core";
import { adjustments } from "./fixtures";

const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);
const record = {
  id: "a-1",
  toolId: MAPPING_AUDIT_TOOL.id,
  toolVersion: MAPPING_AUDIT_TOOL.version,
  caseFileId: "case-amy-ben",
  date: "2025-06-02",
  auditorIds: ["tm-jane"],
  mode: { kind: "collaborative", with: ["worker", "family"] },
  answers: [{ criterionId: "map-1", value: "partly", suggested: "yes" }, { criterionId: "map-2", value: 7 }],
  adjustments: json({ adjustments })["adjustments"],
  summary: "A good map",
};

describe("parseAuditRecord", () => {
  it("parses a stored audit", () => {
    // #region parse-audit-record
    const audit = parseAuditRecord(record);
    audit.answers.length; // 2
    // #endregion parse-audit-record
    expect(audit.answers).toHaveLength(2);
    expect(parseAuditRecord(json(audit))).toEqual(audit);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-audit-record
    const result = safeParseAuditRecord({ ...record, date: "2025-06-31", summary: null });
    result.ok; // false: no 31 June, and summary should be left out
    // #endregion safe-parse-audit-record
    expect(result.ok === false && paths(result.error)).toEqual(["date invalid_format", "summary null-for-optional"]);
    const twice = safeParseAuditRecord({ ...record, answers: [record.answers[0], record.answers[0]] });
    expect(twice.ok === false && paths(twice.error)).toEqual(["answers.1.criterionId reference/duplicate-id"]);
  });
});

describe("parseAuditTool", () => {
  it("parses the built-in tools", () => {
    // #region parse-audit-tool
    const tool = parseAuditTool(JSON.parse(JSON.stringify(MAPPING_AUDIT_TOOL)));
    tool.id; // "mapping-audit"
    // #endregion parse-audit-tool
    expect(tool).toEqual(MAPPING_AUDIT_TOOL);
    for (const t of BUILT_IN_AUDIT_TOOLS) expect(parseAuditTool(json(t))).toEqual(t);
  });

  it("returns the problems as data", () => {
    const { version: _version, ...versionless } = json(MAPPING_AUDIT_TOOL);
    // #region safe-parse-audit-tool
    const result = safeParseAuditTool(versionless);
    result.ok; // false: version is required
    // #endregion safe-parse-audit-tool
    expect(result.ok === false && result.error.issues).toEqual([{ path: ["version"], rule: "required", message: "required" }]);
  });
});
