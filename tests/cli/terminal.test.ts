// Nothing from a file reaches the terminal raw: values, file names and messages are printed with
// their control characters escaped, and a finding stays on one line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkCaseFile, formatCaseFileCheck, loadCaseFile } from "../../src/cli/commands/check";
import { progressLine } from "../../src/cli/progress";
import { runCli } from "../../src/cli/runCli";
import { escapeJsonForTerminal, escapeTerminal, escapeTerminalText } from "../../src/cli/safeOutput";
import type { IsoDate } from "../../src/core";
import { FIXTURES, ROOT, memoryIo, tempDir } from "./helpers";

// Every character a terminal acts on or that reorders what it shows.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// The same with the line feed: nothing of it may be left in one escaped value.
// eslint-disable-next-line no-control-regex
const RAW_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPE = /\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g;
const PAYLOAD = "ZZ&#10;FAKE finding&#27;]0;TITLE&#7;&#27;[2J&#x9B;31m&#x202E;";

function census(value: string): string {
  return readFileSync(join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml"), "utf8").replaceAll("<Ethnicity>WBRI</Ethnicity>", `<Ethnicity>${value}</Ethnicity>`);
}

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe("escapeTerminal", () => {
  it("shows every control character as an escape and leaves the rest", () => {
    // #region escape-terminal
    escapeTerminal("ZZ\nFAKE\x1b]0;TITLE\x07 \u202eabc"); // "ZZ\\nFAKE\\x1b]0;TITLE\\x07 \\u202eabc"
    // #endregion escape-terminal
    expect(escapeTerminal("ZZ\nFAKE\x1b]0;TITLE\x07 \u202eabc")).toBe("ZZ\\nFAKE\\x1b]0;TITLE\\x07 \\u202eabc");
    expect(escapeTerminal("a\tb\rc\u0000\u007f\u0085\u009b\u2028\u2029\u2066\u2069\u200f")).toBe("a\\tb\\rc\\x00\\x7f\\x85\\x9b\\u2028\\u2029\\u2066\\u2069\\u200f");
    expect(escapeTerminal("Amélie Ó'Brien, 東京, emoji 🙂, \\ kept")).toBe("Amélie Ó'Brien, 東京, emoji 🙂, \\ kept");
    // #region escape-terminal-text
    escapeTerminalText("a,b\r\nc\td\n\x1b[2J\r"); // "a,b\r\nc\td\n\\x1b[2J\\r": lines and tabs kept
    escapeJsonForTerminal(JSON.stringify({ name: "\u202eabc\x9b" })); // '{"name":"\\u202eabc\\u009b"}': the same value
    // #endregion escape-terminal-text
    expect(escapeTerminalText("a,b\r\nc\td\n\x1b[2J\r")).toBe("a,b\r\nc\td\n\\x1b[2J\\r");
    expect(escapeJsonForTerminal(JSON.stringify({ name: "\u202eabc\x9b" }))).toBe('{"name":"\\u202eabc\\u009b"}');
  });

  test.prop([fc.string({ unit: "binary" })])("leaves nothing a terminal acts on, and nothing else changes", (s) => {
    const e = escapeTerminal(s);
    expect(e.match(RAW_IN_VALUE)).toBeNull();
    expect(e.replace(ESCAPE, "")).toBe(s.replace(RAW_IN_VALUE, "").replace(ESCAPE, ""));
  });

  test.prop([fc.jsonValue()])("JSON stays the same value", (v) => {
    const json = escapeJsonForTerminal(JSON.stringify(v, null, 2));
    expect(RAW.test(json.replaceAll("\n", ""))).toBe(false);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
  });
});

describe("what kinsafe prints", () => {
  it("escapes a value from a CIN census in the findings, which cannot forge a line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "cin.xml"), census(PAYLOAD));
    const r = await run(["metrics", "cin.xml", "--max-findings", "1000"], dir);
    expect(r.code).toBe(0);
    expect(RAW.test(r.err.replaceAll("\n", ""))).toBe(false);
    const lines = r.err.trimEnd().split("\n");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^cin\.xml(:\d+:\d+)?: (error|warning|info): /);
    expect(lines.filter((l) => l.includes("FAKE finding"))).toHaveLength(2);
    expect(r.err).toContain('Ethnicity "ZZ\\nFAKE finding\\x1b]0;TITLE\\x07\\x1b[2J\\x9b31m\\u202e"');
    expect(RAW.test(r.out.replaceAll("\n", ""))).toBe(false);
  });

  it("keeps the value in JSON output, as escapes a terminal does not act on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "cin.xml"), census(PAYLOAD));
    const r = await run(["metrics", "cin.xml", "--format", "json", "-q"], dir);
    expect(r.code).toBe(0);
    expect(RAW.test(r.out.replaceAll("\n", ""))).toBe(false);
    const json = JSON.parse(r.out) as { findings: { params?: { value?: string } }[] };
    expect(json.findings.map((f) => f.params?.value)).toContain("ZZ\nFAKE finding\x1b]0;TITLE\x07\x1b[2J\u009b31m\u202e");
  });

  it("escapes a file name with an escape sequence in findings, errors and messages", async () => {
    const dir = tempDir();
    const name = "cin\x1b]0;T\x07\n.xml";
    writeFileSync(join(dir, name), census("ZZ"));
    const findings = await run(["metrics", name, "--out", "report.html", "--format", "html"], dir);
    expect(findings.code).toBe(0);
    expect(RAW.test(findings.err.replaceAll("\n", ""))).toBe(false);
    expect(findings.err).toContain("cin\\x1b]0;T\\x07\\n.xml:28:17: error: ");
    const missing = await run(["metrics", "no\x1b[2J.xml"], dir);
    expect(missing.code).toBe(3);
    expect(missing.err).toBe("kinsafe metrics: no\\x1b[2J.xml: cannot read the file: no such file.\n");
    mkdirSync(join(dir, "out\x1b[2J"));
    const wrote = await run(["tables", name, "--out", "out\x1b[2J"], dir);
    expect(wrote.code).toBe(0);
    expect(RAW.test(wrote.err.replaceAll("\n", ""))).toBe(false);
    expect(wrote.err).toContain("out\\x1b[2J:\n");
  });

  it("escapes the progress label", () => {
    expect(progressLine(1, 2, "cin\x1b[2J\r.xml", 200)).toMatch(/ {2}cin\\x1b\[2J\\r\.xml$/);
  });

  it("escapes a case file's values in kinsafe check", async () => {
    const caseFile = await loadCaseFile(memoryIo(ROOT), join(ROOT, "tests/case-file/stored/case-file-v1.json"));
    const check = checkCaseFile(caseFile, caseFile.bottomLines, "2025-06-01" as IsoDate);
    const forged = { ...check, caseFileId: "case\n\x1b[2JFAKE", assessmentMap: check.assessmentMap.map((f) => ({ ...f, path: ["x\n\x1b[2J"] })) };
    const text = formatCaseFileCheck(forged);
    expect(RAW.test(text.replaceAll("\n", ""))).toBe(false);
    expect(text).toContain("Case file case\\n\\x1b[2JFAKE, checked as of 2025-06-01.");
    expect(text.split("\n").filter((l) => l.includes("x\\n\\x1b[2J"))).toHaveLength(check.assessmentMap.length);
  });

  it("escapes the file quoted in an error message, and prints a case file's issues one per line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "x\x1b[2J\n\x07FAKE");
    const quoted = await run(["check", "bad.json"], dir);
    expect(quoted.code).toBe(3);
    // Node quotes the start of the text in its message.
    expect(quoted.err).toMatch(/^kinsafe check: bad\.json: not JSON: .*x\\x1b\[2J\\n\\x07FAKE.*\n$/);
    expect(RAW.test(quoted.err.replaceAll("\n", ""))).toBe(false);
    expect(quoted.err.split("\n")).toHaveLength(2);
    writeFileSync(join(dir, "case.json"), JSON.stringify({ schemaVersion: 2, "id\n\x1b[2J": 1 }));
    const r = await run(["check", "case.json"], dir);
    expect(r.code).toBe(3);
    expect(RAW.test(r.err.replaceAll("\n", ""))).toBe(false);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe("kinsafe check: case.json: not a valid case file:");
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}at /);
  });
});
