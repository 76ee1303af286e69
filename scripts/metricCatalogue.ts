// The catalogue tables of docs/metrics.md, generated from the metric table (METRIC_CATALOGUE):
// one table per family between the markers `<!-- catalogue:<family> -->` and
// `<!-- /catalogue:<family> -->`. scripts/write-metric-catalogue.ts rewrites the page; a test
// checks that the committed page is what the table gives.
import { METRIC_CATALOGUE, type MetricDefinition } from "../src/metrics";

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/** The Markdown table of one family's metrics, in catalogue order. */
export function familyTable(family: MetricDefinition["family"]): string {
  const rows = METRIC_CATALOGUE.filter((m) => m.family === family).map((m) => `| \`${m.id}\` | ${cell(m.rule)} | ${cell(m.source)} | ${cell(m.differences)} |`);
  return ["| Id | Definition | DfE measure | Differences |", "|---|---|---|---|", ...rows].join("\n");
}

/**
 * The page with every family's table replaced by the one the metric table gives. Throws when a
 * family of the catalogue has no markers in the page (a new family needs its section first).
 */
export function renderMetricCatalogue(page: string): string {
  const families = [...new Set(METRIC_CATALOGUE.map((m) => m.family))];
  let out = page;
  for (const family of families) {
    const open = `<!-- catalogue:${family} -->`;
    const close = `<!-- /catalogue:${family} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new Error(`docs/metrics.md has no ${open} ... ${close} block for the ${family} metrics.`);
    out = `${out.slice(0, a + open.length)}\n${familyTable(family)}\n${out.slice(b)}`;
  }
  return out;
}
