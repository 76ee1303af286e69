// Finishes the type declarations tsup wrote to dist/ (see scripts/declarations.ts): the examples
// inlined, schema types shared, and the CommonJS declarations written beside the ES module ones.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleReader, inlineExamples, shareDeclaredTypes, toCommonJsDeclarations } from "./declarations";

const dir = "dist";
const read = exampleReader(".");
const files = readdirSync(dir).filter((f) => f.endsWith(".d.ts")).sort();
if (files.length === 0) throw new Error(`no declaration files in ${dir}/: run tsup first`);
let inlined = 0;
let shared = 0;
let before = 0;
let after = 0;
for (const file of files) {
  const path = join(dir, file);
  const original = readFileSync(path, "utf8");
  const withExamples = inlineExamples(original, read);
  const finished = shareDeclaredTypes(withExamples.text, file);
  if (finished.text.includes("{@includeCode")) throw new Error(`${path}: an {@includeCode} tag is left`);
  writeFileSync(path, finished.text);
  writeFileSync(path.replace(/\.d\.ts$/, ".d.cts"), toCommonJsDeclarations(finished.text));
  inlined += withExamples.inlined;
  shared += finished.replaced;
  before += original.length;
  after += finished.text.length;
}
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
console.log(`declarations: ${String(files.length)} files, ${String(inlined)} examples inlined, ${String(shared)} schema types shared, ${kb(before)} → ${kb(after)} per format`);
