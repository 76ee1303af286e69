// Consumer fixture: packs the package, installs the tarball into a fresh project, and checks
// that it can be imported from ESM and CommonJS and type-checked with moduleResolution node16
// and bundler, under strict consumer settings, and that a declaration-emitting consumer can
// re-export kinsafe's schemas.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const work = join(root, ".tmp", "consumer");
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
const steps = [
  ["ESM import", "node", ["esm.mjs"]],
  ["CommonJS require", "node", ["cjs.cjs"]],
  ["tsc, moduleResolution node16", "node", [tsc, "-p", "tsconfig.node16.json"]],
  ["tsc, moduleResolution bundler", "node", [tsc, "-p", "tsconfig.bundler.json"]],
  ["tsc, declaration emit re-exporting schemas", "node", [tsc, "-p", "tsconfig.declaration.json"]],
];
for (const [name, cmd, args] of steps) {
  process.stdout.write(`consumer: ${name} … `);
  run(cmd, args, work);
  process.stdout.write("ok\n");
}
