// kinsafe demo : a synthetic authority, its core data set, the table and the HTML report.
import { join } from "node:path";
import { computeCoreDataSet, type CoreDataSetResult } from "../../metrics";
import { generateSyntheticAuthority } from "../../synthetic";
import { choiceOption, integerOption, parsePeriodArgument, stringOption, type ParsedValues } from "../args";
import { EXIT, type CliIo } from "../CliIo";
import { formatMetricsTable } from "../formatMetrics";
import { renderHtmlReport } from "../report";
import { escapeJsonForTerminal, escapeTerminal, NO_INPUTS, withOutputBatch } from "../safeOutput";

/** The demo's settings. */
export interface DemoSettings {
  readonly children: number;
  readonly years: number;
  readonly seed: number;
  readonly endYear: number;
}

/**
 * Computes the demo's core data sets: a synthetic authority (seeded), one result per
 * collection year, with the population it was generated for and DfE's suppression of 1 to 5.
 *
 * @param settings - Size, years and seed.
 * @returns One result per year, oldest first.
 *
 * @example
 * {@includeCode ../../../tests/cli/commands.test.ts#demo}
 */
export function demoResults(settings: DemoSettings): readonly CoreDataSetResult[] {
  const records = generateSyntheticAuthority({ seed: settings.seed, children0to17: settings.children, years: settings.years, endYear: settings.endYear });
  const results: CoreDataSetResult[] = [];
  for (let year = settings.endYear - settings.years + 1; year <= settings.endYear; year++) {
    results.push(
      computeCoreDataSet(records, {
        period: parsePeriodArgument(String(year)),
        population: { children0to17: settings.children, vintage: "synthetic authority (kinsafe demo)" },
        suppress: { threshold: 6 },
        validate: false,
      }),
    );
  }
  return results;
}

/**
 * Runs `kinsafe demo`. The report and the figures are written owner-only and all-or-nothing.
 *
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runDemo(values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const settings: DemoSettings = {
    children: integerOption(values, "children", { min: 100, max: 10_000_000 }) ?? 20_000,
    years: integerOption(values, "years", { min: 1, max: 10 }) ?? 3,
    seed: integerOption(values, "seed", { min: 0, max: 0xffffffff }) ?? 2025,
    endYear: 2025,
  };
  const format = choiceOption(values, "format", ["table", "json"] as const, "table");
  const out = stringOption(values, "out") ?? "kinsafe-demo";
  if (!quiet) io.stderr(`Generating a synthetic authority of ${settings.children.toLocaleString("en-GB")} children over ${String(settings.years)} year(s) (seed ${String(settings.seed)})...\n`);
  const results = demoResults(settings);
  const subtitle = `A synthetic local authority: ${settings.children.toLocaleString("en-GB")} children aged 0 to 17, seed ${String(settings.seed)}. Not real data.`;
  const html = renderHtmlReport(results, { title: "kinsafe demo: core data set", subtitle });
  const json = `${escapeJsonForTerminal(JSON.stringify(results, null, 2))}\n`;
  const [report, figures] = await withOutputBatch(io, NO_INPUTS, async (batch) => [await batch.write(join(out, "report.html"), html), await batch.write(join(out, "core-data-set.json"), json)]);
  io.stdout(format === "json" ? json : formatMetricsTable(results));
  if (!quiet) io.stderr(`\nWrote the HTML report to ${escapeTerminal(report)}\nand the figures to ${escapeTerminal(figures)}\n`);
  return EXIT.ok;
}
