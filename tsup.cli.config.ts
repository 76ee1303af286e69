import { defineConfig } from "tsup";

// The `kinsafe` command: Node only, ESM, with a shebang. Built after the library (whose config
// cleans dist/), and kept out of the size budgets.
/**
 * The dependencies bundled into the command rather than loaded from node_modules at its start:
 * zod alone is about a hundred module files (its locales included) and the date-fns index over
 * three hundred, which took the start of `kinsafe` from about 0.1 s to 0.2 s (bench/startup.ts).
 * The library's entries keep them as dependencies, shared with the consumer's own copies.
 * write-excel-file and fflate (devDependencies: only the command uses them) write
 * `kinsafe metrics --format xlsx`; the command imports them dynamically, so they are a chunk of
 * their own, loaded only for that format (THIRD-PARTY-NOTICES.md).
 */
export const BUNDLED_IN_COMMAND = ["zod", "date-fns", "immer", "write-excel-file", "fflate"];

/**
 * The command's files: cli.js, and the read worker of `kinsafe metrics --threads`
 * (readReturns' worker), bundled the same way as a file of its own beside it, which the command
 * names to readReturns (`readWorkerUrl`). The library's dist/readWorker.js is left as the library
 * builds it, importing the library's chunks and the consumer's zod.
 */
export const COMMAND_ENTRIES = { cli: "src/cli/index.ts", cliReadWorker: "src/interop/returns/readWorker.ts" };

export default defineConfig({
  entry: COMMAND_ENTRIES,
  format: ["esm"],
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
  noExternal: BUNDLED_IN_COMMAND,
});
