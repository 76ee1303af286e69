import { mkdirSync, writeFileSync } from "node:fs";
import { buildJsonSchemas } from "./schemas";

const dir = "dist/schemas";
mkdirSync(dir, { recursive: true });
const schemas = buildJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(`${dir}/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
writeFileSync(`${dir}/index.json`, `${JSON.stringify(Object.keys(schemas).sort(), null, 2)}\n`);
console.log(`wrote ${String(Object.keys(schemas).length)} JSON Schemas to ${dir}`);
