import { defineConfig } from "tsup";

// The `kinsafe` command: Node only, ESM, with a shebang. Built after the library (whose config
// cleans dist/), and kept out of the size budgets.
export default defineConfig({
  entry: { cli: "src/cli/index.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  dts: false,
  sourcemap: false,
  clean: false,
  treeshake: true,
});
