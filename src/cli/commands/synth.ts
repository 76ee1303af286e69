// kinsafe synth : a synthetic local authority in the statutory formats, or as JSON Lines.
import { join } from "node:path";
import { writeCinCensusStream } from "../../interop/cin-census";
import { writeSsda903 } from "../../interop/ssda903";
import type { ChildRecord } from "../../metrics";
import { generateSyntheticAuthorityStream, type SyntheticAuthorityOptions } from "../../synthetic";
import { choiceOption, integerOption, stringOption, type ParsedValues } from "../args";
import { EXIT, resolvePath, usageError, type CliIo } from "../CliIo";
import { escapeTerminal, NO_INPUTS, withOutputBatch, type OutputBatch } from "../safeOutput";

/** The options of `kinsafe synth` after checking. */
export interface SynthSettings {
  readonly authority: SyntheticAuthorityOptions & { readonly endYear: number; readonly la: string };
  readonly format: "cin-census" | "ssda903" | "jsonl";
  readonly out: string;
}

/**
 * Checks the options of `kinsafe synth`.
 *
 * @param values - The parsed options.
 * @returns The settings.
 * @throws {@link CliError} (exit code 2) for a value out of range or a missing `--out`.
 *
 * @example
 * {@includeCode ../../../tests/cli/args.test.ts#synth-settings}
 */
export function synthSettings(values: ParsedValues): SynthSettings {
  const out = stringOption(values, "out");
  if (out === undefined) usageError("synth needs --out DIR: the directory to write the files to.");
  const la = stringOption(values, "la") ?? "999";
  if (!/^\d{3}$/.test(la)) usageError(`--la must be a three-digit local authority code; received "${la}".`);
  return {
    authority: {
      children0to17: integerOption(values, "children", { min: 1, max: 100_000_000 }) ?? 10_000,
      years: integerOption(values, "years", { min: 1, max: 20 }) ?? 1,
      seed: integerOption(values, "seed", { min: 0, max: 0xffffffff }) ?? 1,
      endYear: integerOption(values, "end-year", { min: 1950, max: 2100 }) ?? 2025,
      la,
    },
    format: choiceOption(values, "format", ["cin-census", "ssda903", "jsonl"] as const, "jsonl"),
    out,
  };
}

function* jsonLines(records: Iterable<ChildRecord>): Generator<string, void, undefined> {
  let batch: string[] = [];
  for (const r of records) {
    batch.push(`${JSON.stringify(r)}\n`);
    if (batch.length >= 500) {
      yield batch.join("");
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join("");
}

/** The part of each child's looked-after data that a return for one year holds. */
function lookedAfterInYear(record: ChildRecord, start: string, end: string): ChildRecord | undefined {
  const episodes = record.lookedAfterEpisodes.filter((e) => e.decom <= end && (e.dec === undefined || e.dec >= start));
  if (episodes.length === 0) return undefined;
  return {
    ...record,
    lookedAfterEpisodes: episodes,
    lookedAfterReviews: record.lookedAfterReviews.filter((r) => r.date >= start && r.date <= end),
    missing: record.missing.filter((m) => m.start >= start && m.start <= end),
  };
}

/**
 * Writes the synthetic authority: `cin_census_<year>.xml` per collection year (episodes open in
 * the year, as a return holds them), SSDA903 CSV tables per year (`ssda903_<year>_header.csv`,
 * `_episodes`, `_reviews`, `_missing`, `_uasc`), or one `records.jsonl` of kinsafe child records.
 *
 * @param settings - The checked options (`out`: the directory, as given).
 * @param batch - The batch to write the files with (they appear when it is committed).
 * @returns The files written (absolute paths).
 */
export async function writeSyntheticAuthority(settings: SynthSettings, batch: OutputBatch): Promise<readonly string[]> {
  const dir = settings.out;
  const { authority } = settings;
  const written: string[] = [];
  if (settings.format === "jsonl") {
    return [await batch.write(join(dir, "records.jsonl"), jsonLines(generateSyntheticAuthorityStream(authority)))];
  }
  for (let year = authority.endYear - authority.years + 1; year <= authority.endYear; year++) {
    const start = `${String(year - 1)}-04-01`;
    const end = `${String(year)}-03-31`;
    if (settings.format === "cin-census") {
      const header = { la: authority.la, collectionYear: year, referenceDate: end, softwareCode: "kinsafe synth", release: "1" } as const;
      // Each year's return is cut at its own 31 March: events after it are not known yet.
      const records = generateSyntheticAuthorityStream({ ...authority, endYear: year, years: 1 + (year - (authority.endYear - authority.years + 1)) });
      written.push(await batch.write(join(dir, `cin_census_${String(year)}.xml`), writeCinCensusStream(records, header as Parameters<typeof writeCinCensusStream>[1], { scope: "collection-year" })));
    } else {
      const inYear: ChildRecord[] = [];
      for (const r of generateSyntheticAuthorityStream({ ...authority, endYear: year, years: 1 + (year - (authority.endYear - authority.years + 1)) })) {
        const part = lookedAfterInYear(r, start, end);
        if (part !== undefined) inYear.push(part);
      }
      const csv = writeSsda903(inYear, { sexCodes: year >= 2025 ? "letters" : "numbers" });
      for (const [table, text] of Object.entries(csv) as [string, string][]) {
        written.push(await batch.write(join(dir, `ssda903_${String(year)}_${table}.csv`), text));
      }
    }
  }
  return written;
}

/**
 * Runs `kinsafe synth`. The files are written owner-only and appear only when all are complete.
 *
 * @param values - The parsed options.
 * @param quiet - `--quiet`.
 * @param io - The surroundings.
 * @returns The exit code.
 */
export async function runSynth(values: ParsedValues, quiet: boolean, io: CliIo): Promise<number> {
  const settings = synthSettings(values);
  const written = await withOutputBatch(io, NO_INPUTS, async (batch) => writeSyntheticAuthority(settings, batch));
  if (!quiet) io.stderr(`Wrote ${String(written.length)} file${written.length === 1 ? "" : "s"} to ${escapeTerminal(resolvePath(io, settings.out))}:\n${written.map((w) => `  ${escapeTerminal(w)}\n`).join("")}`);
  return EXIT.ok;
}
