import { defineConfig } from "tsup";

// The `kinsafe` command: Node only, ESM, with a shebang. Built after the library (whose config
// cleans dist/), and kept out of the size budgets.
/**
 * The dependencies bundled into the command rather than loaded from node_modules at its start:
 * zod alone is about a hundred module files (its locales included) and the date-fns index over
 * three hundred, which took the start of `kinsafe` from about 0.1 s to 0.2 s (bench/startup.ts).
 * The library's entries keep them as dependencies, shared with the consumer's own copies.
 */
export const BUNDLED_IN_COMMAND = ["zod", "date-fns", "immer"];

export default defineConfig({
  // The read worker of `kinsafe metrics --threads` (readReturns' worker) is a file of its own beside
  // cli.js, bundled whole (it replaces the library build's dist/readWorker.js, which imports chunks).
  entry: { cli: "src/cli/index.ts", readWorker: "src/interop/returns/readWorker.ts" },
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
