import { writeJsonSchemas } from "./schemas";

const dir = "dist/schemas";
const count = writeJsonSchemas(dir);
console.log(`wrote ${String(count)} JSON Schemas to ${dir}`);
