import { defineConfig } from "tsup";

// The `kinsafe` command: Node only, ESM, with a shebang. Built after the library (whose config
// cleans dist/), and kept out of the size budgets.
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
});
