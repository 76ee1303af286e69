import { defineConfig, type Options } from "tsup";

// The public entries: the main entry (no Node built-ins), synthetic data, family documents, one
// entry per statutory format, reading many returns at once (Node only), and comparators
// (England's published figures, and the user's own read from CSV).
const entries = {
  index: "src/index.ts",
  synthetic: "src/synthetic/index.ts",
  documents: "src/documents/index.ts",
  "cin-census": "src/interop/cin-census/index.ts",
  ssda903: "src/interop/ssda903/index.ts",
  workforce: "src/interop/workforce/index.ts",
  returns: "src/interop/returns/index.ts",
  comparators: "src/interop/comparators/index.ts",
};

// Each concept is also an (unexported) entry of the ES module build, so that code splitting puts
// every concept in a chunk of its own. With `sideEffects: false`, a consumer's bundler then
// drops the chunks of concepts it does not use: a single bundle cannot be tree-shaken well,
// because zod's schema factories are not annotated as pure.
const concepts = [
  "core", "calendar", "messages", "assessment", "child-voice", "continuum", "records", "metrics", "network",
  "safety-plan", "bottom-lines", "case-file", "audit", "practice", "research", "language", "findings",
];
const conceptEntries = Object.fromEntries(concepts.map((c) => [`internal/${c}`, `src/${c}/index.ts`]));

const common: Options = {
  sourcemap: true,
  clean: false, // the build script empties dist/ first; the configs below run in parallel
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // The syllable counter of the plain-language checks (kinsafe/documents) and its two
  // dependencies are bundled, not required: `syllable` is ESM only, which a CommonJS consumer
  // cannot require, and a package.json dependency would add three packages to every install.
  // Their MIT licences are in THIRD-PARTY-NOTICES.md.
  noExternal: ["syllable", "pluralize", "normalize-strings"],
};

export default defineConfig([
  {
    ...common,
    // The read worker of `kinsafe/returns` (`threads` > 1) is a module of its own, dist/readWorker.js,
    // which readReturns starts beside itself (the command has its own, bundled: tsup.cli.config.ts).
    entry: { ...entries, ...conceptEntries, readWorker: "src/interop/returns/readWorker.ts" },
    format: ["esm"],
    splitting: true,
    // The interop entries' Node-only file helpers import node:fs lazily; their types need Node's.
    // scripts/build-declarations.ts then inlines the examples, shares the schema types and
    // writes the CommonJS declarations (.d.cts) from these.
    dts: { entry: entries, compilerOptions: { types: ["node"] } },
  },
  {
    ...common,
    entry: entries,
    format: ["cjs"],
    // The entries share chunks, so that there is one copy of each module, and of each class:
    // an error thrown by `kinsafe/cin-census` is an instance of `kinsafe`'s `KinsafeError`.
    splitting: true,
    dts: false,
    // `import.meta.url` (where readReturns finds its read worker) from the module's file name.
    shims: true,
  },
]);
