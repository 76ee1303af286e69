// Helpers of the CLI tests: an in-memory CliIo for running commands in-process, and a build of
// the real bin (tsup, as `npm run build` makes dist/cli.js) to spawn where the process matters.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll } from "vitest";
import type { CliIo } from "../../src/cli/CliIo";
import { writeJsonSchemas } from "../../scripts/schemas";
import { BUNDLED_IN_COMMAND, COMMAND_ENTRIES } from "../../tsup.cli.config";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = join(ROOT, "tests/fixtures");

/** A CliIo that records what the command writes. */
export function memoryIo(cwd: string, overrides: Partial<CliIo> = {}): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stderrIsTty: false,
    columns: 100,
    cwd,
    now: () => (clock += 50),
    schemasDir: join(cwd, "schemas"),
    ...overrides,
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

const made: string[] = [];
// Every directory made here is removed when the test file ends.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test file ends. */
export function tempDir(prefix = "kinsafe-cli-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes the JSON Schemas as the build does, into `dir/schemas`. */
export function writeSchemas(dir: string): void {
  writeJsonSchemas(join(dir, "schemas"));
}

/**
 * Builds the bin as the package build does (cli.js and its read worker; esm, node, the shebang
 * banner, zod, immer and date-fns bundled) into a directory in the repository, with the schemas
 * next to it. Returns the path of cli.js.
 */
export async function buildCli(): Promise<string> {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, ".tmp", "cli-test-"));
  made.push(outDir);
  await build({
    entry: Object.fromEntries(Object.entries(COMMAND_ENTRIES).map(([name, path]) => [name, join(ROOT, path)])),
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir,
    banner: { js: "#!/usr/bin/env node" },
    noExternal: BUNDLED_IN_COMMAND,
    config: false,
    silent: true,
    clean: false,
    dts: false,
    sourcemap: false,
  });
  writeSchemas(outDir);
  return join(outDir, "cli.js");
}

let readWorker: Promise<URL> | undefined;

/**
 * The read worker of `readReturns` (`kinsafe metrics --threads`), built once per test process as the package
 * build makes dist/readWorker.js, for the tests that read with threads from the sources
 * (`readReturns(…, { threads: 2, readWorkerUrl: await readWorkerModule() })`): a worker thread then
 * loads plain JavaScript, instead of registering tsx's loader hooks in each thread, which can
 * deadlock on Node 20 and would hang the test run.
 */
export function readWorkerModule(): Promise<URL> {
  readWorker ??= (async () => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    const outDir = mkdtempSync(join(ROOT, ".tmp", "read-worker-"));
    made.push(outDir);
    await build({
      entry: { readWorker: join(ROOT, "src/interop/returns/readWorker.ts") },
      format: ["esm"],
      platform: "node",
      target: "node20",
      outDir,
      noExternal: BUNDLED_IN_COMMAND,
      config: false,
      silent: true,
      clean: false,
      dts: false,
      sourcemap: false,
    });
    return pathToFileURL(join(outDir, "readWorker.js"));
  })();
  return readWorker;
}

/** Runs the built bin and returns its exit code and output. */
export function spawnCli(cli: string, args: readonly string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
