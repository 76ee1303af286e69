import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import ts from "typescript";
import { dedent, exampleReader, inlineExamples, parseIncludeTarget, regionCode, shareDeclaredTypes, toCommonJsDeclarations } from "../scripts/declarations";

// The finishing of the shipped declarations (scripts/build-declarations.ts): examples inlined for
// editors, schema types shared, CommonJS declarations written from the ES module ones.

const TEST_FILE = [
  'import { it } from "vitest";',
  'it("works", () => {',
  "  // #region sum",
  "  const total = add(1, 2);",
  "",
  "  total; // 3",
  "  // #endregion sum",
  "  // #region twice",
  "  twice(2); // 4",
  "  // #endregion twice",
  "});",
  "",
].join("\n");

describe("the target of an {@includeCode} tag", () => {
  it("is read from the repository root, however deep the source file was", () => {
    expect(parseIncludeTarget("../../tests/core/errors.test.ts#docs-example")).toEqual({ file: "tests/core/errors.test.ts", regions: ["docs-example"] });
    expect(parseIncludeTarget("../../../tests/interop/cinCensus.test.ts#a, b")).toEqual({ file: "tests/interop/cinCensus.test.ts", regions: ["a", "b"] });
    expect(parseIncludeTarget("../../examples/quick-start.ts")).toEqual({ file: "examples/quick-start.ts", regions: [] });
  });

  it("refuses line ranges and paths that leave the repository", () => {
    expect(() => parseIncludeTarget("../../tests/a.test.ts:3")).toThrow(/line ranges/);
    expect(() => parseIncludeTarget("../../tests/../../etc/passwd")).toThrow(/which file/);
    expect(() => parseIncludeTarget("/tests/a.test.ts#x")).toThrow(/which file/);
  });
});

describe("regionCode", () => {
  it("takes the lines between the markers, dedented, as TypeDoc does", () => {
    expect(regionCode(TEST_FILE, "sum", "t.ts")).toBe("const total = add(1, 2);\n\ntotal; // 3");
    expect(regionCode(TEST_FILE, "twice", "t.ts")).toBe("twice(2); // 4");
  });

  it("refuses a missing, repeated or empty region", () => {
    expect(() => regionCode(TEST_FILE, "nothing", "t.ts")).toThrow(/t\.ts#nothing/);
    expect(() => regionCode(`${TEST_FILE}// #region sum\n// #endregion sum\n`, "sum", "t.ts")).toThrow(/found 2 and 2/);
    expect(() => regionCode("// #region e\n\n// #endregion e\n", "e", "t.ts")).toThrow(/empty/);
  });

  it("dedent keeps relative indentation and blank lines inside", () => {
    expect(dedent("\n    a\n      b\n\n    c\n  \n")).toBe("a\n  b\n\nc");
  });
});

describe("inlineExamples", () => {
  const read = (file: string): string => {
    if (file === "tests/sum.test.ts") return TEST_FILE;
    if (file === "tests/closing.test.ts") return "// #region bad\nconst glob = 'a/*/b';\n// #endregion bad\n";
    throw new Error(`no file ${file}`);
  };

  it("puts the region's code in a fenced block inside the comment, at the comment's indentation", () => {
    const dts = ["interface A {", "    /**", "     * Adds.", "     *", "     * @example", "     * {@includeCode ../../tests/sum.test.ts#sum}", "     */", "    add(): void;", "}"].join("\n");
    const { text, inlined } = inlineExamples(dts, read);
    expect(inlined).toBe(1);
    expect(text).toBe(
      ["interface A {", "    /**", "     * Adds.", "     *", "     * @example", "     * ```ts", "     * const total = add(1, 2);", "     *", "     * total; // 3", "     * ```", "     */", "    add(): void;", "}"].join("\n"),
    );
  });

  it("gives editors the code: TypeScript reads it as the @example tag", () => {
    const dts = ["/**", " * Adds.", " *", " * @example", " * {@includeCode ../../../tests/sum.test.ts#sum,twice}", " */", "declare function add(a: number, b: number): number;", "export { add };", ""].join("\n");
    const { text } = inlineExamples(dts, read);
    const sf = ts.createSourceFile("x.d.ts", text, ts.ScriptTarget.Latest, true);
    const fn = sf.statements.find(ts.isFunctionDeclaration);
    const tag = fn === undefined ? undefined : ts.getJSDocTags(fn).find((t) => t.tagName.text === "example");
    expect(ts.getTextOfJSDocComment(tag?.comment)).toBe("```ts\nconst total = add(1, 2);\n\ntotal; // 3\ntwice(2); // 4\n```");
  });

  it("refuses code that would end the comment, a tag not alone on its line, and a missing file", () => {
    expect(() => inlineExamples("/**\n * {@includeCode ../../tests/closing.test.ts#bad}\n */", read)).toThrow(/would end the doc comment/);
    expect(() => inlineExamples("/**\n * See {@includeCode ../../tests/sum.test.ts#sum}\n */", read)).toThrow(/alone on its line/);
    expect(() => inlineExamples("/**\n * {@includeCode ../../tests/none.test.ts#sum}\n */", read)).toThrow(/no file/);
  });

  it("reads every example of this repository's sources", () => {
    const readRepo = exampleReader(".");
    expect(() => readRepo("tests/none.test.ts")).toThrow(/does not exist/);
    expect(readRepo("tests/core/errors.test.ts")).toContain("#region docs-example");
  });
});

// A tiny zod-like vocabulary, enough to write schema types as declaration emit writes them.
const PRELUDE = [
  "interface Obj<T> { readonly shape: T }",
  "interface Arr<T> { readonly item: T }",
  "interface Opt<T> { readonly inner: T }",
  "interface Str { readonly s: string }",
  "interface Num { readonly n: number }",
  "interface Lit<T> { readonly value: T }",
].join("\n");

/** Whether every declared constant of `a` has the identical type in `b` (both modules). */
function sameDeclaredTypes(a: string, b: string, names: readonly string[]): readonly ts.Diagnostic[] {
  const files = new Map<string, string>([
    ["/a.d.ts", a],
    ["/b.d.ts", b],
    [
      "/check.ts",
      [
        'import type * as A from "./a";',
        'import type * as B from "./b";',
        "type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends (<T>() => T extends Y ? 1 : 2) ? true : false;",
        ...names.map((n) => `export const ${n}: Equal<typeof A.${n}, typeof B.${n}> = true;`),
      ].join("\n"),
    ],
  ]);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, types: [], noLib: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, version) => {
    const text = files.get(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, version);
  };
  host.fileExists = (name) => files.has(name);
  host.readFile = (name) => files.get(name);
  const program = ts.createProgram(["/check.ts"], options, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => !/Cannot find global type/.test(ts.flattenDiagnosticMessageText(d.messageText, "\n")));
}

const address = (fields: number): string => `Obj<{\n    ${Array.from({ length: fields }, (_, i) => `line${String(i)}: Opt<Str>;`).join("\n    ")}\n}>`;

describe("shareDeclaredTypes", () => {
  it("replaces a copy of a declared schema's type with typeof the schema, ignoring comments and layout", () => {
    const dts = [
      PRELUDE,
      `declare const AddressSchema: ${address(4)};`,
      "declare const PersonSchema: Obj<{",
      "    name: Str;",
      "    /** Where they live. */",
      `    home: ${address(4).replaceAll("\n    ", "\n        ").replace("line0", "/** First line. */ line0")};`,
      `    previous: Arr<${address(4).replace(/\s+/g, " ")}>;`,
      "}>;",
      "declare function move(to: " + address(4) + "): void;",
      "export { AddressSchema, PersonSchema, move };",
    ].join("\n");
    const { text, replaced } = shareDeclaredTypes(dts);
    expect(replaced).toBe(3);
    expect(text).toContain("home: typeof AddressSchema;");
    expect(text).toContain("previous: Arr<typeof AddressSchema>;");
    expect(text).toContain("declare function move(to: typeof AddressSchema): void;");
    expect(text).toContain(`declare const AddressSchema: ${address(4)};`);
    expect(sameDeclaredTypes(dts, text, ["AddressSchema", "PersonSchema", "move"])).toEqual([]);
  });

  it("leaves short types, types two schemas share, and declarations with type parameters", () => {
    const dts = [
      PRELUDE,
      "declare const NameSchema: Opt<Str>;",
      `declare const HomeSchema: ${address(4)};`,
      `declare const WorkSchema: ${address(4)};`,
      `declare const PostcodeSchema: ${address(5)};`,
      `declare const VisitSchema: Obj<{ where: ${address(4)}; name: Opt<Str> }>;`,
      `declare function wrap<Str>(x: ${address(5)}): Str;`,
      `interface Generic<Str> { a: ${address(5)} }`,
    ].join("\n");
    const { text, replaced } = shareDeclaredTypes(dts);
    expect(replaced).toBe(0);
    expect(text).toBe(dts);
  });

  test.prop([fc.array(fc.integer({ min: 4, max: 7 }), { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 })], { numRuns: 15 })(
    "declares the same types as before",
    (sizes, uses) => {
      const schemas = sizes.map((n, i) => `declare const S${String(i)}: ${address(n)}${i > 0 ? ` & Lit<${String(i)}>` : ""};`);
      const users = uses.map(([which, optional], i) => {
        const n = sizes[which % sizes.length] ?? 4;
        const copy = `${address(n)}${which % sizes.length > 0 ? ` & Lit<${String(which % sizes.length)}>` : ""}`;
        return `declare const U${String(i)}: Obj<{ a: ${optional ? `Opt<${copy}>` : copy}; b: Arr<Obj<{ c: ${copy} }>> }>;`;
      });
      const names = [...sizes.map((_, i) => `S${String(i)}`), ...uses.map((_, i) => `U${String(i)}`)];
      const dts = [PRELUDE, ...schemas, ...users, `export { ${names.join(", ")} };`].join("\n");
      const { text, replaced } = shareDeclaredTypes(dts);
      expect(replaced).toBeGreaterThanOrEqual(uses.length);
      expect(sameDeclaredTypes(dts, text, names)).toEqual([]);
    },
  );
});

describe("toCommonJsDeclarations", () => {
  it("imports the .cjs siblings of relative files and leaves packages alone", () => {
    const dts = [
      "import { a as A } from './finding-Bwyp1Vxz.js';",
      "export { b as B } from \"./chunk.js\";",
      "import * as z from 'zod';",
      "import 'immer';",
      "type T = import('./other.js').T;",
      "export { A };",
    ].join("\n");
    expect(toCommonJsDeclarations(dts)).toBe(
      [
        "import { a as A } from './finding-Bwyp1Vxz.cjs';",
        "export { b as B } from \"./chunk.cjs\";",
        "import * as z from 'zod';",
        "import 'immer';",
        "type T = import('./other.cjs').T;",
        "export { A };",
      ].join("\n"),
    );
  });
});
