// Runs every example in examples/ against the built package, as a user would: TypeScript
// examples through tsx, plain JavaScript examples (.mjs) with node alone.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples").filter((f) => f.endsWith(".ts") || f.endsWith(".mjs")).sort();
if (files.length === 0) throw new Error("no examples found");
for (const file of files) {
  process.stdout.write(`example: ${file} … `);
  const loader = file.endsWith(".ts") ? ["--import", "tsx"] : [];
  execFileSync(process.execPath, [...loader, `examples/${file}`], { stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write("ok\n");
}
