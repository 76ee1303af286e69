import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { memoryIo, tempDir } from "./helpers";

describe("runCli", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const io = memoryIo(process.cwd());
    const code = await runCli(["metrics", "no-such-file.xml"], io);
    code; // 3: an input error
    io.err(); // "kinsafe metrics: no-such-file.xml: cannot read the file: no such file.\n"
    // #endregion docs-example
    expect(code).toBe(3);
    expect(io.err()).toBe("kinsafe metrics: no-such-file.xml: cannot read the file: no such file.\n");
  });

  it("prints help with examples for every command, and exits 0", async () => {
    for (const command of ["metrics", "check", "synth", "pseudonymise", "tables", "schema", "demo"]) {
      const io = memoryIo(process.cwd());
      expect(await runCli([command, "--help"], io)).toBe(0);
      expect(io.out()).toContain(`Usage: kinsafe ${command}`);
      expect(io.out()).toContain("Examples:");
      expect(io.out()).toContain("Exit codes:");
    }
    const io = memoryIo(process.cwd());
    expect(await runCli(["--help"], io)).toBe(0);
    expect(io.out()).toContain("Commands:");
  });

  it("prints the usage on stderr and exits 2 when given no arguments at all", async () => {
    const io = memoryIo(process.cwd());
    expect(await runCli([], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("Usage: kinsafe <command>");
  });

  it("says the same about exit codes in the help, in docs/cli.md and in EXIT", async () => {
    const { EXIT } = await import("../../src/cli/CliIo");
    const { readFileSync } = await import("node:fs");
    const docs = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    const io = memoryIo(process.cwd());
    await runCli(["check", "--help"], io);
    // check exits 1 only for an unmet bottom line: findings of the checks never change it.
    expect(EXIT.failed).toBe(1);
    expect(io.out()).toContain("1   kinsafe check: a bottom line is not met");
    expect(io.out()).toContain("Exit status 1 when a bottom line is not met; the checks' findings do not change it.");
    expect(io.out()).not.toMatch(/found an error/);
    expect(docs).toContain("| 1 | `kinsafe check` only: a bottom line is not met. |");
    expect(docs).not.toMatch(/found an error/);
    for (const code of Object.values(EXIT)) expect(docs).toMatch(new RegExp(`\\| ${String(code)} \\|`));
  });

  it("exits 2 for usage errors, with the message on stderr and nothing on stdout", async () => {
    const io = memoryIo(process.cwd());
    expect(await runCli(["metrics", "a.xml", "--format", "pdf"], io)).toBe(2);
    expect(io.err()).toBe('kinsafe metrics: --format must be one of table, json, csv, csv-wide, html, xlsx; received "pdf".\n');
    expect(io.out()).toBe("");
    expect(await runCli(["frobnicate"], memoryIo(process.cwd()))).toBe(2);
    expect(await runCli(["synth", "--children", "10"], memoryIo(process.cwd()))).toBe(2);
  });

  it("exits 3 for a file of no known kind, naming it", async () => {
    const dir = tempDir();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dir}/people.csv`, "name,age\nAmy,7\n");
    const io = memoryIo(dir);
    expect(await runCli(["metrics", "people.csv", "--period", "2025"], io)).toBe(3);
    expect(io.err()).toMatch(/^kinsafe metrics: people\.csv:1:1: not a file kinsafe can read/);
  });

  it("prints the version it is given", async () => {
    const io = memoryIo(process.cwd());
    expect(await runCli(["--version"], io, { version: "1.2.3" })).toBe(0);
    expect(io.out()).toBe("1.2.3\n");
  });
});
