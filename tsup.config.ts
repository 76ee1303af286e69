import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the main entry (no Node built-ins), synthetic data, and one entry per
    // statutory format.
    entry: {
      index: "src/index.ts",
      synthetic: "src/synthetic/index.ts",
      "cin-census": "src/interop/cin-census/index.ts",
      ssda903: "src/interop/ssda903/index.ts",
      workforce: "src/interop/workforce/index.ts",
    },
    format: ["esm", "cjs"],
    // The interop entries' Node-only file helpers import node:fs lazily; their types need Node's.
    dts: { compilerOptions: { types: ["node"] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
]);
