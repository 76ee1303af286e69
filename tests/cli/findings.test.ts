import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatFindingLine, summariseFindings } from "../../src/cli/findings";
import { CLI_FINDING_CODES, CLI_MESSAGES } from "../../src/cli/messages";
import { ROOT } from "./helpers";

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

describe("the command line's own findings", () => {
  it("has a message for every cli/ code the sources make", () => {
    const dir = join(ROOT, "src/cli");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const made = new Set(files.flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/code: "(cli\/[a-z-]+)"/g)].map((m) => m[1])));
    expect(made.size).toBeGreaterThan(0);
    expect([...made].sort()).toEqual([...CLI_FINDING_CODES].sort());
    for (const code of CLI_FINDING_CODES) expect(CLI_MESSAGES[code]).toMatch(/^[A-Z].*\.$/);
  });

  it("writes a year that disagrees with the name, and an empty period, as sentences, not as raw parameters", () => {
    const mismatch = formatFindingLine("2017-episodes.csv", {
      code: "returns/year-mismatch",
      severity: "warning",
      path: [],
      params: { file: "2017-episodes.csv", nameYear: 2017, year: 2018, from: "the dates in it", reason: "the name says 2017, but by the dates in it it is the return of the year ending 31 March 2018, so 2018 is used" },
    });
    expect(mismatch).toBe("2017-episodes.csv: warning: The year in the file's name does not match its content: the name says 2017, but by the dates in it it is the return of the year ending 31 March 2018, so 2018 is used. [returns/year-mismatch]");
    const empty = formatFindingLine("(periods)", { code: "cli/empty-period", severity: "warning", path: [], params: { start: "1998-04-01", end: "1999-03-31", reason: "x" } });
    expect(empty).toBe("(periods): warning: No file holds records of 1998-04-01 to 1999-03-31: the figures of that period say nothing about it. [cli/empty-period]");
    const invalid = formatFindingLine("r.jsonl", { code: "returns/invalid-child-record", severity: "error", path: [], params: { file: "r.jsonl", where: "line 3", reason: "child.childId: Required" } });
    expect(invalid).not.toMatch(/\(file: /);
    expect(invalid).toContain("line 3");
  });
});
