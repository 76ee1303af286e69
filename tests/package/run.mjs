// Consumer fixture: packs the package, installs the tarball into a fresh project, and checks
// that it can be imported from ESM and CommonJS and type-checked with moduleResolution node16
// and bundler, under strict consumer settings; that a declaration-emitting consumer can
// re-export kinsafe's schemas; that the entries share one KinsafeError class; that the
// declarations carry their examples; that the package names its repository and the README's
// links work outside the repository; and what type-checking the quick start costs.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const work = join(root, ".tmp", "consumer");
const installed = join(work, "node_modules", "kinsafe");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
const tarball = join(work, packed[0].filename);
const zodVersion = JSON.parse(run("node", ["-p", "JSON.stringify(require('zod/package.json').version)"], root));

writeFileSync(join(work, "package.json"), JSON.stringify({ name: "kinsafe-consumer", private: true, type: "module" }, null, 2));
run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, `zod@${zodVersion}`], work);
for (const file of readdirSync(join(root, "tests", "package", "fixture"))) {
  cpSync(join(root, "tests", "package", "fixture", file), join(work, file));
}

const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const ts = createRequire(import.meta.url)(join(root, "node_modules", "typescript"));

/** Type-checking the quick start may cost at most this many times a consumer that uses zod alone. */
// Measured on the quick start (skipLibCheck false, moduleResolution node16). Before the
// declarations shared their schema types: 2.36× the types, 4.16× the instantiations and 2.43×
// the memory. After: 1.39×, 1.87× and 1.34×. The budget keeps room for the library to grow.
const TYPECHECK_BUDGET = { types: 2.0, instantiations: 3.0, memory: 2.0 };

const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
};

const command = (cmd, args) => () => {
  try {
    run(cmd, args, work);
  } catch (error) {
    failures.push(`${[cmd, ...args].join(" ")} failed (exit code ${String(error.status)}): ${String(error.stdout ?? "").trim()}`);
  }
};
const steps = [
  ["ESM import", command("node", ["esm.mjs"])],
  ["CommonJS require", command("node", ["cjs.cjs"])],
  ["one KinsafeError across the CommonJS entries", command("node", ["cross-entry.cjs"])],
  ["one KinsafeError across the ES module entries", command("node", ["cross-entry.mjs"])],
  ["kinsafe/returns with worker threads, ES module and CommonJS", command("node", ["returns.mjs"])],
  ["tsc, moduleResolution node16", command("node", [tsc, "-p", "tsconfig.node16.json"])],
  ["tsc, moduleResolution bundler", command("node", [tsc, "-p", "tsconfig.bundler.json"])],
  ["tsc, declaration emit re-exporting schemas", command("node", [tsc, "-p", "tsconfig.declaration.json"])],
  ["declarations carry their examples", checkExamples],
  ["repository, homepage and bugs; README links absolute", checkAddresses],
  ["type-check cost of the quick start", checkTypecheckCost],
  ["the command loads only its own files; the library no date-fns index", checkStartupImports],
];
for (const [name, step] of steps) {
  process.stdout.write(`consumer: ${name} … `);
  const before = failures.length;
  const note = step();
  if (failures.length > before) {
    process.stdout.write("FAILED\n");
    for (const f of failures.slice(before)) process.stdout.write(`  ${f}\n`);
  } else {
    process.stdout.write(note === undefined || note === "" ? "ok\n" : `ok${note.startsWith("\n") ? "" : " "}${note}\n`);
  }
}
if (failures.length > 0) {
  process.exitCode = 1;
}

/** The declaration files of the installed package. */
function declarationFiles() {
  return readdirSync(join(installed, "dist")).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
}

/**
 * The code lines of the regions a source file's doc comment for `exportName` includes, read the
 * way TypeDoc reads them: the path relative to the source file.
 */
function includedCode(sourceFile, exportName) {
  const source = readFileSync(join(root, sourceFile), "utf8");
  const at = source.search(new RegExp(`export (?:async )?function ${exportName}\\b`));
  if (at < 0) throw new Error(`${sourceFile} does not export ${exportName}`);
  const comment = source.slice(source.lastIndexOf("/**", at), at);
  const targets = [...comment.matchAll(/\{@includeCode\s+([^}#\s]+)#([^}\s]+)\}/g)];
  if (targets.length === 0) throw new Error(`${sourceFile}: ${exportName} has no included example`);
  return targets.map(([, path, region]) => {
    const text = readFileSync(resolve(root, dirname(sourceFile), path), "utf8");
    const start = text.indexOf(`// #region ${region}\n`);
    const end = text.indexOf(`// #endregion ${region}\n`);
    if (start < 0 || end < start) throw new Error(`${path}: no region ${region}`);
    return text
      .slice(start, end)
      .split("\n")
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l !== "");
  });
}

/** What an editor shows on hover over the last `word` of `file` in the consumer project. */
function hoverText(file, word, options) {
  const path = join(work, file);
  const text = readFileSync(path, "utf8");
  const host = {
    getScriptFileNames: () => [path],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)) : undefined),
    getCurrentDirectory: () => work,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const info = service.getQuickInfoAtPosition(path, text.lastIndexOf(word));
  if (info === undefined) return "";
  const tags = (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`);
  return [ts.displayPartsToString(info.displayParts), ts.displayPartsToString(info.documentation), ...tags].join("\n");
}

function checkExamples() {
  for (const file of declarationFiles()) {
    const text = readFileSync(join(installed, "dist", file), "utf8");
    check(!text.includes("{@includeCode"), `dist/${file} still has an {@includeCode} tag`);
  }
  const options = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, strict: true, types: [], noEmit: true };
  const probes = [
    ["src/core/errors.ts", "isKinsafeError"],
    ["src/interop/cin-census/readCinCensus.ts", "readCinCensus"],
    ["src/documents/renderFamilyDocument.ts", "renderFamilyDocument"],
  ];
  for (const file of ["hover.ts", "hover.cts"]) {
    for (const [sourceFile, exportName] of probes) {
      const hover = hoverText(file, exportName, options);
      check(hover.includes("@example"), `${file}: the hover text of ${exportName} has no example`);
      check(hover.includes("```ts"), `${file}: the example of ${exportName} is not a TypeScript code block`);
      for (const lines of includedCode(sourceFile, exportName)) {
        const missing = lines.filter((l) => !hover.includes(l));
        check(missing.length === 0, `${file}: the hover text of ${exportName} lacks the example's code: ${missing.slice(0, 3).join(" | ")}`);
      }
    }
  }
}

/** Every link target of a Markdown text, outside code. */
function markdownLinks(markdown) {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "").replace(/`[^`\n]*`/g, "``");
  return [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]),
    ...[...prose.matchAll(/^[ \t]*\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]|$)/gm)].map((m) => m[1]),
    ...[...prose.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
  ];
}

function checkAddresses() {
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const url = typeof manifest.repository === "object" ? manifest.repository.url : manifest.repository;
  const address = /^git\+(https:\/\/github\.com\/[^/]+\/[^/]+?)\.git$/.exec(url ?? "")?.[1];
  check(address !== undefined, `package.json: repository.url is ${String(url)}, not git+https://github.com/<owner>/<name>.git`);
  if (address === undefined) return "";
  check(manifest.homepage === `${address}#readme`, `package.json: homepage is ${String(manifest.homepage)}, not ${address}#readme`);
  check(manifest.bugs?.url === `${address}/issues`, `package.json: bugs.url is ${String(manifest.bugs?.url)}, not ${address}/issues`);

  const links = markdownLinks(readFileSync(join(installed, "README.md"), "utf8"));
  check(links.length > 0, "README.md: no links found");
  const inRepository = `${address}/blob/main/`;
  for (const link of links) {
    check(/^(https:\/\/|mailto:)/.test(link), `README.md: the link ${link} does not work outside the repository (write it absolute)`);
    if (link.startsWith(inRepository)) {
      const path = decodeURIComponent(link.slice(inRepository.length).split("#")[0]);
      check(existsSync(join(root, path)), `README.md: the link ${link} names ${path}, which is not in the repository`);
    }
  }
  return `(${address}, ${String(links.length)} README links)`;
}

/** The modules a built file imports statically (its `import … from`, `export … from` and bare `import`). */
function staticImports(file) {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]);
}

// The command's start is part of every run's time (and each read thread's): it bundles zod,
// immer and date-fns (tsup.cli.config.ts) rather than loading their hundreds of files, and the
// library imports date-fns' functions by their own paths, not the index that loads them all.
function checkStartupImports() {
  const dist = join(installed, "dist");
  const isBuiltin = (s) => s.startsWith("node:") || builtinModules.includes(s);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(join(dist, file))) {
      if (specifier.startsWith("./")) visit(specifier.slice(2));
      else check(isBuiltin(specifier), `dist/${file} (the command) imports ${specifier}: the command bundles its dependencies`);
    }
  };
  visit("cli.js");
  visit("cliReadWorker.js");
  check(seen.has("cliReadWorker.js") && staticImports(join(dist, "readWorker.js")).some((s) => s === "zod" || /^\.\/chunk-/.test(s)), "dist/readWorker.js (the library's read worker) must import the library's chunks, not be the command's bundle");
  let library = 0;
  for (const file of readdirSync(dist).filter((f) => /\.c?js$/.test(f))) {
    library++;
    const text = readFileSync(join(dist, file), "utf8");
    check(!/from\s*['"]date-fns['"]|require\(['"]date-fns['"]\)/.test(text), `dist/${file} imports the date-fns index (hundreds of modules at start): import each function from its own path`);
  }
  return `(the command: ${String(seen.size)} files; ${String(library)} library files)`;
}

/** The figures `tsc --extendedDiagnostics` prints. */
function diagnostics(project) {
  const out = run("node", [tsc, "-p", project, "--extendedDiagnostics"], work);
  const figure = (label) => {
    const m = new RegExp(`^${label}:\\s+([\\d.]+)([KMs]?)`, "m").exec(out);
    if (m === null) throw new Error(`tsc -p ${project}: no "${label}" in\n${out}`);
    return Number(m[1]);
  };
  return { types: figure("Types"), instantiations: figure("Instantiations"), memoryKb: figure("Memory used"), checkSeconds: figure("Check time"), totalSeconds: figure("Total time") };
}

function checkTypecheckCost() {
  // The quick start, as the README of the installed package gives it.
  const readme = readFileSync(join(installed, "README.md"), "utf8");
  const quickStart = /^## Quick start\s*\n[\s\S]*?^```ts\n([\s\S]*?)^```/m.exec(readme)?.[1];
  check(quickStart !== undefined, "README.md: no ```ts block under ## Quick start");
  if (quickStart === undefined) return "";
  writeFileSync(join(work, "quickstart.ts"), quickStart);
  const kinsafe = diagnostics("tsconfig.cost.json");
  const baseline = diagnostics("tsconfig.cost-baseline.json");
  const ratio = {
    types: kinsafe.types / baseline.types,
    instantiations: kinsafe.instantiations / baseline.instantiations,
    memory: kinsafe.memoryKb / baseline.memoryKb,
    checkTime: kinsafe.checkSeconds / baseline.checkSeconds,
  };
  for (const [figure, budget] of Object.entries(TYPECHECK_BUDGET)) {
    check(ratio[figure] <= budget, `type-checking the quick start costs ${ratio[figure].toFixed(2)}× the ${figure} of a zod-only consumer; the budget is ${String(budget)}×`);
  }
  const declarationBytes = Object.fromEntries(declarationFiles().filter((f) => f.startsWith("index.")).map((f) => [f, readFileSync(join(installed, "dist", f)).length]));
  mkdirSync(join(root, "reports"), { recursive: true });
  writeFileSync(join(root, "reports", "package-typecheck.json"), `${JSON.stringify({ kinsafe, baseline, ratio, budget: TYPECHECK_BUDGET, declarationBytes }, null, 2)}\n`);
  const row = (name, d) => `    ${name.padEnd(9)} ${String(d.types).padStart(7)} types ${String(d.instantiations).padStart(8)} instantiations ${(d.memoryKb / 1024).toFixed(0).padStart(4)} MB  check ${d.checkSeconds.toFixed(2)} s`;
  return `\n${row("kinsafe", kinsafe)}\n${row("zod only", baseline)}\n    ratio     ${ratio.types.toFixed(2)}× types, ${ratio.instantiations.toFixed(2)}× instantiations, ${ratio.memory.toFixed(2)}× memory, ${ratio.checkTime.toFixed(2)}× check time`;
}
