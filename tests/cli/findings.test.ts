import { describe, expect, it } from "vitest";
import { formatFindingLine, summariseFindings } from "../../src/cli/findings";

describe("findings on stderr", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const line = formatFindingLine("cin_2025.xml", {
      code: "cin-census/invalid-value",
      severity: "error",
      path: ["Child", 3, "CINreferralDate"],
      params: { childId: "C1", element: "CINreferralDate", value: "2025-13-01", line: 42, column: 9 },
    });
    // "cin_2025.xml:42:9: error: ... [cin-census/invalid-value]"
    // #endregion docs-example
    expect(line.startsWith("cin_2025.xml:42:9: error: ")).toBe(true);
    expect(line.endsWith("[cin-census/invalid-value]")).toBe(true);
  });

  it("lists errors first, up to the maximum, and counts the rest", () => {
    const f = (severity: "error" | "warning" | "info", line: number) => ({ file: "a.csv", finding: { code: "ssda903/x", severity, path: [], params: { line } } });
    const text = summariseFindings([f("info", 1), f("warning", 2), f("error", 3)], 2);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^a\.csv:3: error:/);
    expect(lines[1]).toMatch(/^a\.csv:2: warning:/);
    expect(lines[2]).toBe("3 findings (1 error, 1 warning, 1 info); 1 not shown (--max-findings, or --format json to see them all).");
    expect(summariseFindings([], 20)).toBe("");
  });
});
