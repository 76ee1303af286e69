// The `kinsafe` bin (dist/cli.js). Node only. Everything testable is in runCli and the modules
// it calls; this file only connects them to the process.
import { createRequire } from "node:module";
import { nodeIo } from "./CliIo";
import { runCli } from "./runCli";

function packageVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)("../package.json") as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

runCli(process.argv.slice(2), nodeIo(import.meta.url), { version: packageVersion() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kinsafe: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
