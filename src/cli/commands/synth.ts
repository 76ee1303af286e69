// kinsafe synth : a synthetic local authority in the statutory formats, or as JSON Lines.
import { join } from "node:path";
import { writeCinCensusStream, type CinCensusHeader } from "../../interop/cin-census";
import { writeSsda903 } from "../../interop/ssda903";
import type { IsoDate } from "../../core";
import { CHILD_RECORD_SCHEMA_VERSION, type ChildRecord } from "../../records";
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

/** Stored records, one a line, each with its `schemaVersion` so that a later release can migrate it. */
function* jsonLines(records: Iterable<ChildRecord>): Generator<string, void, undefined> {
  let batch: string[] = [];
  for (const r of records) {
    batch.push(`${JSON.stringify({ schemaVersion: CHILD_RECORD_SCHEMA_VERSION, ...r })}\n`);
    if (batch.length >= 500) {
      yield batch.join("");
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join("");
}

/** The part of each child's looked-after data that a return for one year holds. */
function lookedAfterInYear(record: ChildRecord, start: string, end: string): ChildRecord | undefined {
  const episodes = record.lookedAfterEpisodes.filter((e) => e.startDate <= end && (e.endDate === undefined || e.endDate >= start));
  if (episodes.length === 0) return undefined;
  return {
    ...record,
    lookedAfterEpisodes: episodes,
    lookedAfterReviews: record.lookedAfterReviews.filter((r) => r.date >= start && r.date <= end),
    missing: record.missing.filter((m) => m.startDate >= start && m.startDate <= end),
  };
}

/** The collection years of the synthetic authority, oldest first. */
export function syntheticYears(authority: SynthSettings["authority"]): number[] {
  const first = authority.endYear - authority.years + 1;
  return Array.from({ length: authority.years }, (_, i) => first + i);
}

/**
 * The authority's records as known on 31 March of `year` (one of its collection years): the
 * same children with the same histories as in every other year, cut at that day. Events after
 * it are not known yet. The first year and the history before it stay those of the whole
 * authority, so that a child's facts are the same in every year's return.
 */
export function recordsAsKnownIn(authority: SynthSettings["authority"], year: number): Generator<ChildRecord, void, undefined> {
  const first = authority.endYear - authority.years + 1;
  return generateSyntheticAuthorityStream({ ...authority, endYear: year, years: 1 + year - first });
}

/**
 * The records of the SSDA903 return of `year`: the children looked after at some time in the
 * year, with the episodes, reviews and missing incidents of the year.
 */
export function* ssda903ReturnRecords(authority: SynthSettings["authority"], year: number): Generator<ChildRecord, void, undefined> {
  const start = `${String(year - 1)}-04-01`;
  const end = `${String(year)}-03-31`;
  for (const r of recordsAsKnownIn(authority, year)) {
    const part = lookedAfterInYear(r, start, end);
    if (part !== undefined) yield part;
  }
}

/** The header of the CIN census return of `year`. */
export function cinCensusReturnHeader(authority: SynthSettings["authority"], year: number): CinCensusHeader {
  return { la: authority.la, collectionYear: year, referenceDate: `${String(year)}-03-31` as IsoDate, softwareCode: "kinsafe synth", release: "1" };
}

/**
 * Writes the synthetic authority: `cin_census_<year>.xml` per collection year (episodes open in
 * the year, as a return holds them), SSDA903 CSV tables per year (`ssda903_<year>_header.csv`,
 * `_episodes`, `_reviews`, `_missing`, `_uasc`), or one `records.jsonl` of kinsafe child records.
 * Every year's return is cut from the same histories at its own 31 March, so a child has the
 * same date of birth, referrals and episodes in every return that holds them.
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
  for (const year of syntheticYears(authority)) {
    if (settings.format === "cin-census") {
      // Each year's return is cut at its own 31 March: events after it are not known yet.
      const xml = writeCinCensusStream(recordsAsKnownIn(authority, year), cinCensusReturnHeader(authority, year), { scope: "collection-year" });
      written.push(await batch.write(join(dir, `cin_census_${String(year)}.xml`), xml));
    } else {
      const csv = writeSsda903([...ssda903ReturnRecords(authority, year)], { sexCodes: year >= 2025 ? "letters" : "numbers" });
      for (const [table, text] of Object.entries(csv) as [string, string][]) {
        // The OC2, OC3, AD1 and placed-for-adoption tables only when they have rows (the synthetic
        // authority has none of them).
        if (["oc2", "oc3", "ad1", "placedForAdoption"].includes(table) && !/\r\n./.test(text)) continue;
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
