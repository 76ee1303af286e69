// The finishing of the type declarations that tsup writes to dist/ (run by
// scripts/build-declarations.ts after tsup):
//
// - every `{@includeCode path#region}` of a doc comment is replaced with the region's code in a
//   fenced block, so that editors show the example itself (TypeDoc, which reads the sources,
//   keeps including the regions);
// - a structural copy of a declared schema's type inside another declaration is replaced with
//   `typeof` that schema (declaration emit writes a zod schema's type out in full wherever
//   another schema uses it), which makes the declarations smaller and cheaper to check;
// - the CommonJS declarations (`.d.cts`) are written from the ES module ones (`.d.ts`), which
//   differ only in the extension of the files they import.
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import ts from "typescript";

/** The file and regions that an `{@includeCode}` tag names. */
export interface IncludeTarget {
  /** The file's path from the repository root, e.g. `tests/core/errors.test.ts`. */
  readonly file: string;
  /** The regions to include, in order; empty for the whole file. */
  readonly regions: readonly string[];
}

/**
 * Reads the target of an `{@includeCode}` tag. The path is written relative to the source file
 * the comment came from (`../../tests/core/errors.test.ts`); a declaration bundle no longer
 * knows that file, so the path is taken from the first segment after the `..` segments, from
 * the repository root (every example lives in `tests/` or `examples/`).
 */
export function parseIncludeTarget(text: string): IncludeTarget {
  const [path = "", regionPart] = text.trim().split("#", 2);
  if (/:\d/.test(path)) throw new Error(`{@includeCode ${text}}: line ranges are not supported; use a region.`);
  const file = path.replace(/^(?:\.\.?\/)+/, "");
  if (file === "" || file.startsWith("/") || file.split("/").includes("..")) throw new Error(`{@includeCode ${text}}: cannot tell which file is meant.`);
  const regions = regionPart === undefined ? [] : regionPart.split(",").map((r) => r.trim()).filter((r) => r !== "");
  return { file, regions };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** TypeDoc's dedent: drops blank lines at both ends and the indentation common to every line. */
export function dedent(text: string): string {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[0]?.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === "") lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.search(/\S/)));
  return lines.map((l) => (l.trim() === "" ? "" : l.slice(indent))).join("\n");
}

/**
 * The code of one region of a file, as TypeDoc's `{@includeCode file#region}` includes it: the
 * lines between `// #region name` and `// #endregion name`, dedented. Each marker must occur
 * exactly once.
 */
export function regionCode(source: string, region: string, file: string): string {
  const text = source.replaceAll("\r\n", "\n");
  const name = escapeRegExp(region);
  const starts = [...text.matchAll(new RegExp(`// *#region  *${name} *\n`, "g"))];
  const ends = [...text.matchAll(new RegExp(`// *#endregion  *${name} *\n`, "g"))];
  if (starts.length !== 1 || ends.length !== 1) {
    throw new Error(`${file}#${region}: expected one "// #region ${region}" and one "// #endregion ${region}", found ${String(starts.length)} and ${String(ends.length)}.`);
  }
  const start = starts[0] as RegExpExecArray;
  const end = ends[0] as RegExpExecArray;
  if (end.index < start.index) throw new Error(`${file}#${region}: the region ends before it starts.`);
  const code = dedent(text.slice(start.index + start[0].length, end.index));
  if (code.trim() === "") throw new Error(`${file}#${region}: the region is empty.`);
  return code;
}

const INCLUDE_LINE = /^([ \t]*\*[ \t]?)(.*?)\{@includeCode[ \t]+([^}]*)\}(.*)$/;

/**
 * Replaces every `{@includeCode path#region}` in the doc comments of a declaration file with the
 * region's code in a fenced block. `read` returns a file's text from its path from the
 * repository root. Throws when a tag is not alone on its line, a file or region is missing, or
 * the code would end the comment (`*` followed by `/`).
 */
export function inlineExamples(dts: string, read: (file: string) => string): { readonly text: string; readonly inlined: number } {
  let inlined = 0;
  const lines = dts.split("\n").flatMap((line, i) => {
    const match = INCLUDE_LINE.exec(line);
    if (match === null) {
      if (line.includes("{@includeCode")) throw new Error(`line ${String(i + 1)}: an {@includeCode} tag outside a doc comment line: ${line.trim()}`);
      return [line];
    }
    const [, prefix = "", before = "", target = "", after = ""] = match;
    if (before.trim() !== "" || after.trim() !== "") throw new Error(`line ${String(i + 1)}: an {@includeCode} tag must be alone on its line: ${line.trim()}`);
    const { file, regions } = parseIncludeTarget(target);
    const source = read(file);
    const code = regions.length === 0 ? dedent(source) : regions.map((r) => regionCode(source, r, file)).join("\n");
    if (code.includes("*/")) throw new Error(`${file}#${regions.join(",")}: the code contains "*/", which would end the doc comment.`);
    inlined += 1;
    const language = extname(file).slice(1) || "ts";
    const margin = prefix.trimEnd();
    return [`${margin} \`\`\`${language}`, ...code.split("\n").map((l) => (l === "" ? margin : `${margin} ${l}`)), `${margin} \`\`\``];
  });
  return { text: lines.join("\n"), inlined };
}

/** Reads example files from a repository root, once each. */
export function exampleReader(root: string): (file: string) => string {
  const cache = new Map<string, string>();
  return (file) => {
    const cached = cache.get(file);
    if (cached !== undefined) return cached;
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`{@includeCode}: ${file} does not exist.`);
    const text = readFileSync(path, "utf8");
    cache.set(file, text);
    return text;
  };
}

/** The type of each declared constant of a declaration file: `declare const Name: Type;`. */
interface DeclaredConstant {
  readonly name: string;
  readonly type: ts.TypeNode;
}

function declaredConstants(sf: ts.SourceFile): DeclaredConstant[] {
  const out: DeclaredConstant[] = [];
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.type !== undefined) out.push({ name: d.name.text, type: d.type });
    }
  }
  return out;
}

/** The shortest type text worth replacing: below it, `typeof Name` saves nothing and reads worse. */
const MIN_SHARED_LENGTH = 60;

/**
 * Replaces, in a declaration file, each copy of a declared constant's type (compared without
 * comments or layout) found inside another declaration with `typeof` that constant. Only types
 * of at least {@link MIN_SHARED_LENGTH} characters that one constant alone has are replaced, and
 * never inside a declaration with type parameters (whose names could shadow). The result
 * declares the same types.
 */
export function shareDeclaredTypes(dts: string, fileName = "index.d.ts"): { readonly text: string; readonly replaced: number } {
  const sf = ts.createSourceFile(fileName, dts, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const canonical = (node: ts.Node): string => printer.printNode(ts.EmitHint.Unspecified, node, sf).replace(/\s+/g, " ");

  const byType = new Map<string, string | null>(); // null: more than one constant has this type
  const ownType = new Set<ts.TypeNode>();
  for (const { name, type } of declaredConstants(sf)) {
    ownType.add(type);
    const key = canonical(type);
    if (key.length < MIN_SHARED_LENGTH) continue;
    byType.set(key, byType.has(key) ? null : name);
  }
  if (byType.size === 0) return { text: dts, replaced: 0 };
  const shortest = Math.min(...[...byType.keys()].map((k) => k.length));

  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) && node.getWidth(sf) >= shortest && !ownType.has(node)) {
      const name = byType.get(canonical(node));
      if (name !== undefined && name !== null) {
        edits.push({ start: node.getStart(sf), end: node.getEnd(), text: `typeof ${name}` });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of sf.statements) {
    if (!hasTypeParameters(statement)) visit(statement);
  }
  edits.sort((a, b) => b.start - a.start);
  let text = dts;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, replaced: edits.length };
}

function hasTypeParameters(node: ts.Node): boolean {
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isMappedTypeNode(n) || ts.isInferTypeNode(n)) && hasOwnTypeParameters(n)) {
      found = true;
      return;
    }
    ts.forEachChild(n, walk);
  };
  walk(node);
  return found;
}

function hasOwnTypeParameters(n: ts.Node): boolean {
  if (ts.isMappedTypeNode(n) || ts.isInferTypeNode(n)) return true;
  const params = (n as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
  return params !== undefined && params.length > 0;
}

/**
 * The CommonJS declaration file for an ES module one: the same declarations, importing the
 * `.cjs` siblings of the files it imports (`./chunk.js` → `./chunk.cjs`).
 */
export function toCommonJsDeclarations(dts: string): string {
  return dts.replace(/(\bfrom\s+|\bimport\s+|\bimport\(\s*)(['"])(\.\.?\/[^'"]+)\.js\2/g, "$1$2$3.cjs$2");
}
