import { defineConfig } from "tsup";

// The `kinsafe` command: Node only, ESM, with a shebang. Built after the library (whose config
// cleans dist/), and kept out of the size budgets.
export default defineConfig({
  // The read worker of `kinsafe metrics --threads` is a file of its own beside cli.js.
  entry: { cli: "src/cli/index.ts", readWorker: "src/cli/readWorker.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
});
