// kinsafe schema [NAME] : the JSON Schemas built with the package (dist/schemas).
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, inputError, usageError, type CliIo } from "../CliIo";

async function schemaNames(io: CliIo): Promise<readonly string[]> {
  try {
    // index.json lists { name, file, $id, title } for each schema.
    const index = JSON.parse(await readFile(join(io.schemasDir, "index.json"), "utf8")) as unknown;
    if (Array.isArray(index)) return index.map((entry: unknown) => (typeof entry === "object" && entry !== null && "name" in entry ? String(entry.name) : String(entry)));
  } catch {
    // Fall back to the files in the directory.
  }
  try {
    return (await readdir(io.schemasDir)).filter((f) => f.endsWith(".json") && f !== "index.json").map((f) => f.slice(0, -5)).sort();
  } catch {
    inputError(`the JSON Schemas are not installed next to the command (${io.schemasDir}); build the package with "npm run build".`);
  }
}

/**
 * Runs `kinsafe schema`: without a name, lists the schemas; with one, prints it.
 *
 * @param name - The schema name, if given.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runSchema(name: string | undefined, io: CliIo): Promise<number> {
  const names = await schemaNames(io);
  if (name === undefined) {
    io.stdout(`${names.join("\n")}\n`);
    return EXIT.ok;
  }
  const wanted = name.replace(/\.json$/, "");
  if (!names.includes(wanted)) usageError(`no schema named "${name}". Schemas: ${names.join(", ")}.`);
  io.stdout(await readFile(join(io.schemasDir, `${wanted}.json`), "utf8"));
  return EXIT.ok;
}
