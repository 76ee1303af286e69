// Runs every example in examples/ against the built package, as a user would.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples").filter((f) => f.endsWith(".ts")).sort();
if (files.length === 0) throw new Error("no examples found");
for (const file of files) {
  process.stdout.write(`example: ${file} … `);
  execFileSync(process.execPath, ["--import", "tsx", `examples/${file}`], { stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write("ok\n");
}
