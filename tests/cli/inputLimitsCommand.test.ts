// The command's input limits, through the command (in-process) and through readReturns with the
// limits lowered (so that the tests stay fast). Large files are sparse: made with truncate, they
// take no time to write.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { identifyReturns, readReturns } from "../../src/interop/returns";
import { runCli } from "../../src/cli/runCli";
import type { ChildRecord } from "../../src/records";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { memoryIo, tempDir } from "./helpers";

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** A file of `size` bytes that starts with `head` and is sparse after it (NUL bytes, no line break). */
function sparseFile(path: string, head: string, size: number): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, head);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** Runs `metrics` and `tables` on the file; both must refuse it (exit 3, stderr matching, nothing written). */
async function bothRefuse(dir: string, file: string, message: RegExp): Promise<void> {
  const metrics = await run(["metrics", file, "--period", "2025"], dir);
  expect(metrics.err).toMatch(message);
  expect(metrics.code).toBe(3);
  expect(metrics.out).toBe("");
  const tables = await run(["tables", file, "--out", "tables"], dir);
  expect(tables.err).toMatch(message);
  expect(tables.code).toBe(3);
  expect(existsSync(join(dir, "tables")) ? readdirSync(join(dir, "tables")) : []).toEqual([]);
}

const records: readonly ChildRecord[] = generateSyntheticAuthority({ seed: 3, children0to17: 400, years: 1, endYear: 2025 });
const jsonLines = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;

describe("kinsafe metrics and tables: JSON Lines", () => {
  it("refuses a 300 MB single line quickly, naming the file and line, without holding it", async () => {
    const dir = tempDir();
    sparseFile(join(dir, "one-line.jsonl"), '{"child":{"childId":"', 300 * 1024 ** 2);
    const started = Date.now();
    const heap = process.memoryUsage().heapUsed;
    await bothRefuse(dir, "one-line.jsonl", /^kinsafe (metrics|tables): one-line\.jsonl:1: cannot be read \(limit-exceeded\): the line is longer than the limit of 16 MiB\.\n$/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 ** 2);
  }, 60_000);

  it("refuses a line over a lowered limit with its number, and reads the lines within it", async () => {
    const dir = tempDir();
    const long = JSON.stringify({ ...records[0], padding: "x".repeat(3 * 1024 ** 2) });
    writeFileSync(join(dir, "r.jsonl"), `${JSON.stringify(records[1])}\n${long}\n`);
    const files = await identifyReturns([{ path: join(dir, "r.jsonl"), name: "r.jsonl" }]);
    const read = await readReturns(files, { matchBy: "child-id", limits: { maxLineBytes: 1024 ** 2 } });
    const seen: ChildRecord[] = [];
    const error = await (async () => {
      for await (const r of read.records) seen.push(r);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({ code: "invalid-input", message: "[kinsafe] r.jsonl:2: cannot be read (limit-exceeded): the line is longer than the limit of 1 MiB." });
  });

  it("reads a JSON array on one line of a .jsonl file as its records", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "lines.jsonl"), jsonLines);
    writeFileSync(join(dir, "array.jsonl"), `${JSON.stringify(records)}\n`);
    const lines = await run(["metrics", "lines.jsonl", "--period", "2025", "--format", "json"], dir);
    const array = await run(["metrics", "array.jsonl", "--period", "2025", "--format", "json"], dir);
    expect(array.code).toBe(0);
    expect(array.err).toBe(lines.err);
    expect(array.out.replaceAll("array.jsonl", "lines.jsonl")).toBe(lines.out);
    const json = JSON.parse(array.out) as { results: { metrics: Record<string, { value: number | null }> }[] };
    expect(json.results[0]?.metrics["activity.referrals"]?.value).toBeGreaterThan(0);
  });

  it("refuses a line that holds no record (a number, a string, null) instead of reading zero children", async () => {
    for (const [value, found] of [
      ["42", "a number"],
      ['"child"', "a string"],
      ["null", "null"],
      ["true", "a boolean"],
    ] as const) {
      const dir = tempDir();
      writeFileSync(join(dir, "r.jsonl"), `${JSON.stringify(records[0])}\n${value}\n`);
      await bothRefuse(dir, "r.jsonl", new RegExp(`^kinsafe (metrics|tables): r\\.jsonl:2: not a child record: each line of JSON Lines must hold one record \\(an object\\) or an array of records; found ${found}\\.\\n$`));
    }
  });

  it("refuses 100,000-deep nesting with the limit, not a crash", async () => {
    const dir = tempDir();
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    writeFileSync(join(dir, "deep.jsonl"), `${JSON.stringify(records[0])}\n${deep}\n`);
    await bothRefuse(dir, "deep.jsonl", /^kinsafe (metrics|tables): deep\.jsonl:2:33: cannot be read \(limit-exceeded\): arrays and objects are nested deeper than the limit of 32\.\n$/);
    writeFileSync(join(dir, "deep.json"), `{"records": [${JSON.stringify(records[0])}, {"child": ${"{\"a\":".repeat(100_000)}1${"}".repeat(100_000)}}]}`);
    await bothRefuse(dir, "deep.json", /^kinsafe (metrics|tables): deep\.json:1:\d+: cannot be read \(limit-exceeded\): arrays and objects are nested deeper than the limit of 32\.\n$/);
  });
});

describe("kinsafe metrics and tables: JSON", () => {
  it("refuses JSON over 256 MiB before reading it, instead of dying on the engine's string limit", async () => {
    const dir = tempDir();
    sparseFile(join(dir, "big.json"), "[", 600 * 1024 ** 2);
    const started = Date.now();
    await bothRefuse(
      dir,
      "big.json",
      /^kinsafe (metrics|tables): big\.json: cannot be read \(limit-exceeded\): a JSON document of 600 MiB is larger than the limit of 256 MiB for JSON read whole; write the records as JSON Lines \(one a line\)\.\n$/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses JSON over a lowered limit", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.json"), JSON.stringify(records));
    await expect(identifyReturns([{ path: join(dir, "r.json"), name: "r.json" }], { limits: { maxJsonBytes: 1024 } })).rejects.toMatchObject({ code: "invalid-input", message: expect.stringMatching(/^\[kinsafe\] r\.json: cannot be read \(limit-exceeded\): a JSON document of \d+ bytes is larger than the limit of 1 KiB/) as unknown });
    await expect(identifyReturns([{ path: join(dir, "r.json"), name: "r.json" }], { limits: { maxBytes: 1024 } })).rejects.toMatchObject({ code: "invalid-input", message: expect.stringMatching(/^\[kinsafe\] r\.json: cannot be read \(limit-exceeded\): the file is \d+ bytes, larger than the limit of 1 KiB\.$/) as unknown });
  });
});

describe("kinsafe metrics and tables: files that are not files of records", () => {
  it("refuses an empty file, a file of only a byte order mark, and a directory", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.jsonl"), "");
    await bothRefuse(dir, "empty.jsonl", /^kinsafe (metrics|tables): empty\.jsonl: the file is empty\.\n$/);
    writeFileSync(join(dir, "bom.json"), "\uFEFF");
    await bothRefuse(dir, "bom.json", /^kinsafe (metrics|tables): bom\.json:1:1: not a file kinsafe can read/);
    mkdirSync(join(dir, "returns"));
    await bothRefuse(dir, "returns", /^kinsafe (metrics|tables): returns: is a directory/);
  });

  it.skipIf(process.platform === "win32")("refuses a pipe and a device at once instead of waiting or reading without end", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    await bothRefuse(dir, "pipe", /^kinsafe (metrics|tables): pipe: not a regular file \(a pipe, socket or device\); save the data to a file and give that\.\n$/);
    await bothRefuse(dir, "/dev/zero", /^kinsafe (metrics|tables): \/dev\/zero: not a regular file/);
  }, 20_000);

  it("refuses NUL bytes in CSV with the line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1\u0000,1,01/01/2015,WBRI,A123456789012,,\n");
    await bothRefuse(dir, "header.csv", /^kinsafe (metrics|tables): header\.csv:2: cannot be read: a NUL byte; a CSV file must be text \(UTF-8\), not binary or UTF-16\.\n$/);
  });

  it("refuses a CSV line over a lowered limit, and any file over a lowered size limit", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "header.csv"), `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,${"A".repeat(2000)},,\n`);
    const files = await identifyReturns([{ path: join(dir, "header.csv"), name: "header.csv" }]);
    const read = await readReturns(files, { matchBy: "child-id", limits: { maxLineBytes: 1024 } });
    await expect((async () => {
      for await (const r of read.records) void r;
    })()).rejects.toMatchObject({ code: "invalid-input", message: "[kinsafe] header.csv:2: cannot be read (limit-exceeded): the line is longer than the limit of 1 KiB." });
    await expect(identifyReturns([{ path: join(dir, "header.csv"), name: "header.csv" }], { limits: { maxBytes: 100 } })).rejects.toMatchObject({ code: "invalid-input" });
  });
});

describe("kinsafe check reads within the limits", () => {
  it("refuses a device, a FIFO and deep nesting at once, naming the file", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    writeFileSync(join(dir, "deep.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    for (const [file, message] of [
      ["/dev/zero", /^kinsafe check: \/dev\/zero: not a regular file/],
      ["pipe", /^kinsafe check: pipe: not a regular file/],
      ["deep.json", /^kinsafe check: deep\.json.*nest/],
    ] as const) {
      const r = await run(["check", file, "--as-of", "2025-06-01"], dir);
      expect(r.err).toMatch(message);
      expect(r.code).toBe(3);
      expect(r.out).toBe("");
    }
  }, 20_000);
});
