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

export default tseslint.config(
  { ignores: ["dist/**", "docs-site/**", "node_modules/**", "coverage/**", "reports/**", "tests/package/**/node_modules/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "*.mjs", "tests/package/*.mjs", "tests/package/*.cjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: false }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    plugins: { jsdoc },
    rules: {
      ...purity,
      "@typescript-eslint/explicit-module-boundary-types": "error",
      "jsdoc/require-jsdoc": ["error", { publicOnly: true, require: { FunctionDeclaration: true, ClassDeclaration: true }, contexts: ["ExportNamedDeclaration > VariableDeclaration", "TSInterfaceDeclaration", "TSTypeAliasDeclaration"] }],
      "jsdoc/require-example": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration"] }],
      "jsdoc/require-param": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration"] }],
      "jsdoc/check-param-names": "error",
      "jsdoc/require-hyphen-before-param-description": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
