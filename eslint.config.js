import { readdirSync } from "node:fs";
import js from "@eslint/js";
import jsdoc from "eslint-plugin-jsdoc";
import tseslint from "typescript-eslint";

// Rules that keep the library pure: no clock reads, no console, no environment in src/.
const purity = {
  "no-console": "error",
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "kinsafe never reads the clock: take `asOf` or `at` as an argument." },
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "kinsafe never reads the clock: take `asOf` or `at` as an argument." },
    { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: "kinsafe never reads the clock in src/." },
    { selector: "MemberExpression[object.name='process'][property.name='env']", message: "kinsafe never reads the environment outside the CLI." },
    { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "Use a seeded generator: results must be reproducible." },
  ],
};

// Layering: a folder of src/ is entered from another only through its index.ts (its public face)
// or its internal.ts (what it offers other folders, not the package). Cycles between folders are
// caught by tests/layering/layering.test.ts, which builds the whole folder graph.
const layering = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          // Up out of the folder, into another, then a file other than its index or internal.
          regex: "^(\\.\\./)+(?!interop/)[^./][^/]*/(?!(index|internal)$).+",
          message: "Import another folder of src/ through its index (or its internal.ts), not a file inside it.",
        },
        {
          regex: "^(\\.\\./)+interop/[^/]+/(?!(index|internal)$).+",
          message: "Import a statutory format's folder through its index (or its internal.ts), not a file inside it.",
        },
      ],
    },
  ],
};

// The arrows of the statutory record and the metrics engine point down only: src/records (the
// record) imports core and calendar alone; src/metrics (the engine) imports nothing of the
// continuum, the statutory formats, the synthetic generator, the documents or the command (they
// build on it). The layering test checks the same over the whole folder graph.
const layeringWithout = (folders, message) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        ...layering["no-restricted-imports"][1].patterns,
        { regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ["dist/**", "docs-site/**", "node_modules/**", "coverage/**", "reports/**", "tests/package/fixture/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: false }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: layering,
  },
  {
    files: ["src/metrics/**/*.ts"],
    rules: layeringWithout(["continuum", "interop", "synthetic", "documents", "cli"], "src/metrics is under the continuum, the statutory formats, the synthetic generator, the documents and the command: it never imports them."),
  },
  {
    files: ["src/records/**/*.ts"],
    rules: layeringWithout(
      readdirSync(new URL("./src", import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory() && !["core", "calendar", "records"].includes(e.name)).map((e) => e.name),
      "src/records, the statutory child record, imports only core and calendar.",
    ),
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    plugins: { jsdoc },
    rules: {
      ...purity,
      "@typescript-eslint/explicit-module-boundary-types": "error",
      "jsdoc/require-jsdoc": ["error", { publicOnly: true, require: { FunctionDeclaration: true, ClassDeclaration: true }, contexts: ["ExportNamedDeclaration > VariableDeclaration", "TSInterfaceDeclaration", "TSTypeAliasDeclaration"] }],
      "jsdoc/require-example": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration"], exemptedBy: ["internal", "inheritdoc"] }],
      "jsdoc/require-param": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration"], exemptedBy: ["internal", "inheritdoc"] }],
      "jsdoc/check-param-names": "error",
      "jsdoc/require-hyphen-before-param-description": "error",
    },
  },
  {
    // Documentation examples in tests show values as bare expressions with a comment.
    files: ["tests/**/*.ts", "examples/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Build and test scripts run on Node.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", require: "readonly", module: "readonly", URL: "readonly" } },
  },
);
