import { describe, expect, it } from "vitest";
import { accept, countFindings, FindingSchema, refuse, type Checked, type Finding } from "../../src/core";

describe("findings and Checked", () => {
  it("builds accepted and refused results", () => {
    // #region checked
    const ok: Checked<number> = accept(42);
    const no: Checked<number> = refuse({ code: "continuum/not-allowed", severity: "error", path: [] });
    if (no.ok) throw new Error("unreachable");
    no.findings[0].code; // "continuum/not-allowed"
    // #endregion checked
    expect(ok).toEqual({ ok: true, value: 42, findings: [] });
    expect(no.findings).toHaveLength(1);
    expect(no.findings[0].code).toBe("continuum/not-allowed");
  });

  it("counts findings by severity", () => {
    // #region count
    const findings: Finding[] = [
      { code: "a", severity: "error", path: [] },
      { code: "b", severity: "warning", path: ["x"] },
      { code: "c", severity: "warning", path: ["y"] },
    ];
    countFindings(findings); // { error: 1, warning: 2, info: 0 }
    // #endregion count
    expect(countFindings(findings)).toEqual({ error: 1, warning: 2, info: 0 });
  });

  it("parses stored findings", () => {
    expect(FindingSchema.safeParse({ code: "x/y", severity: "info", path: ["a", 1], params: { n: 1 } }).success).toBe(true);
    expect(FindingSchema.safeParse({ code: "x/y", severity: "fatal", path: [] }).success).toBe(false);
  });
});
