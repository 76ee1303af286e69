// The key of `kinsafe pseudonymise`: a regular file, read at most 4 KB, long enough and not guessable.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readKey } from "../../src/cli/commands/pseudonymise";
import { checkKey } from "../../src/cli/pseudonymise";
import { runCli } from "../../src/cli/runCli";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

const INPUT = join(FIXTURES, "csc-validator-be-903/uasc.csv");

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

const posix = process.platform !== "win32";

describe("checkKey", () => {
  it("refuses short keys and keys that are easy to guess", () => {
    // #region check-key
    checkKey(new TextEncoder().encode("a".repeat(32))); // "the key is one byte value repeated"
    checkKey(new TextEncoder().encode(randomBytes(32).toString("hex"))); // undefined: accepted
    // #endregion check-key
    const text = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(checkKey(text("a".repeat(32)))).toMatch(/one byte value repeated/);
    expect(checkKey(text(" ".repeat(32)))).toMatch(/one byte value repeated/);
    expect(checkKey(new Uint8Array(32))).toMatch(/one byte value repeated/);
    expect(checkKey(text("ab".repeat(40)))).toMatch(/repeats a block of 2 bytes/);
    expect(checkKey(text("0123456789abcd".repeat(3)))).toMatch(/repeats a block of 14 bytes/);
    expect(checkKey(text("abcdefghijklmnoonmlkjihgfedcbaab"))).toMatch(/only 15 distinct byte values.*needs 16/);
    expect(checkKey(text("abcdefghijklmnopponmlkjihgfedcba"))).toBeUndefined();
    expect(checkKey(text("short"))).toMatch(/the key is 5 bytes/);
    expect(checkKey(randomBytes(32))).toBeUndefined();
    // 64 hex digits (openssl rand -hex 32) are accepted whatever digits they happen to use.
    for (let i = 0; i < 200; i++) expect(checkKey(text(randomBytes(32).toString("hex")))).toBeUndefined();
    expect(checkKey(text(randomBytes(24).toString("base64")))).toBeUndefined();
  });
});

describe("readKey", () => {
  it("reads a key file without its final line break", async () => {
    const dir = tempDir();
    // #region read-key
    writeFileSync(join(dir, "project.key"), "5f1c0e4b8a2d7f3e9c6b1a0d4e8f2c7b5a9d3e1f0c6b8a2d\n", { mode: 0o600 });
    const { key } = await readKey(memoryIo(dir), "project.key"); // the 48 characters, without "\n"
    // #endregion read-key
    expect(Buffer.from(key).toString()).toBe("5f1c0e4b8a2d7f3e9c6b1a0d4e8f2c7b5a9d3e1f0c6b8a2d");
  });

  it.each([
    ["32 spaces", " ".repeat(32)],
    ["32 NUL bytes", "\u0000".repeat(32)],
    ["32 × a", "a".repeat(32)],
    ["32 × a with a line break", `${"a".repeat(32)}\n`],
  ])("refuses a weak key: %s (exit 3, nothing written)", async (_, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, "weak.key"), content, { mode: 0o600 });
    const r = await run(["pseudonymise", INPUT, "--key-file", "weak.key", "--out", "o"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/weak\.key: the key is one byte value repeated/);
    expect(existsSync(join(dir, "o"))).toBe(false);
  });

  it("refuses a key file larger than 4 KB", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.key"), randomBytes(4097), { mode: 0o600 });
    const r = await run(["pseudonymise", INPUT, "--key-file", "big.key", "--out", "o"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/big\.key: the key file is 4097 bytes; a key file holds at most 4096/);
  });

  it("refuses a directory", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "keys"));
    const r = await run(["pseudonymise", INPUT, "--key-file", "keys", "--out", "o"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/keys: the key file is not a regular file \(a directory\)/);
  });

  it.runIf(posix)("refuses /dev/zero quickly", async () => {
    const started = performance.now();
    const r = await run(["pseudonymise", INPUT, "--key-file", "/dev/zero", "--out", "o"], tempDir());
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/\/dev\/zero: the key file is not a regular file \(a device\)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.runIf(posix)("refuses a FIFO without waiting for a writer", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "fifo.key")]);
    const started = performance.now();
    const r = await run(["pseudonymise", INPUT, "--key-file", "fifo.key", "--out", "o"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/fifo\.key: the key file is not a regular file \(a FIFO\)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.runIf(posix)("warns when others can read the key file, and goes on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "open.key"), randomBytes(32).toString("hex"));
    chmodSync(join(dir, "open.key"), 0o644);
    const r = await run(["pseudonymise", INPUT, "--key-file", "open.key", "--out", "o"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Warning: open\.key can be read by other users .*chmod 600 open\.key/);
    chmodSync(join(dir, "open.key"), 0o600);
    const quiet = await run(["pseudonymise", INPUT, "--key-file", "open.key", "--out", "p"], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.err).not.toMatch(/Warning/);
  });
});
