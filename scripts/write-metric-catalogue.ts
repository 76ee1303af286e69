// Rewrites the catalogue tables of docs/metrics.md from the metric table:
// `npx tsx scripts/write-metric-catalogue.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { renderMetricCatalogue } from "./metricCatalogue";

const file = "docs/metrics.md";
const before = readFileSync(file, "utf8");
const after = renderMetricCatalogue(before);
writeFileSync(file, after);
console.log(before === after ? `${file} is up to date` : `rewrote the catalogue tables of ${file}`);
