// kinsafe metrics --comparators FILE: the user's comparators read from their files, and England's
// shipped figures, set beside the authority's own in every format.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { englandComparators, parseComparatorsCsv, type Comparator, type ComparatorFinding } from "../interop/comparators";
import { ioErrorReason } from "../interop/returns/internal";
import { CliError, inputError, resolvePath, type CliIo } from "./CliIo";

/** The largest comparators file read: 16 MB (a row per metric, year and area is under 1 kB). */
export const MAX_COMPARATORS_BYTES = 16 * 1024 * 1024;

/** What the comparators files gave: their rows in file order, and their findings. */
export interface ComparatorsInput {
  readonly comparators: readonly Comparator[];
  readonly findings: readonly { readonly file: string; readonly finding: ComparatorFinding }[];
}

/**
 * Reads one comparators file (`--comparators FILE`): a regular file, not a symbolic link, of at
 * most {@link MAX_COMPARATORS_BYTES} bytes of UTF-8, parsed with `parseComparatorsCsv`.
 *
 * @param io - The surroundings.
 * @param name - The file as given.
 * @returns Its rows and findings.
 * @throws {@link CliError} (exit code 3) when the file is missing, a symbolic link, not a regular
 *   file, too large or not UTF-8.
 *
 * @example
 * {@includeCode ../../tests/cli/comparators.test.ts#read-file}
 */
export async function readComparatorsFile(io: CliIo, name: string): Promise<ComparatorsInput> {
  const refuse = (why: string): never => inputError(`${name}: cannot read the comparators file: ${why}.`);
  let handle;
  try {
    // O_NOFOLLOW: a symbolic link is refused (ELOOP), not followed; O_NONBLOCK: a FIFO does not block.
    handle = await open(resolvePath(io, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ELOOP" || code === "EMLINK") return refuse("it is a symbolic link; give the file itself");
    return refuse(ioErrorReason(error) ?? (error instanceof Error ? error.message : String(error)));
  }
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(info.isDirectory() ? "it is a directory" : "it is not a regular file (a pipe, socket or device)");
    if (info.size > MAX_COMPARATORS_BYTES) return refuse(`it is ${String(info.size)} bytes, more than the limit of ${String(MAX_COMPARATORS_BYTES)}`);
    bytes = await handle.readFile();
    if (bytes.length > MAX_COMPARATORS_BYTES) return refuse(`it is more than ${String(MAX_COMPARATORS_BYTES)} bytes`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    return refuse(ioErrorReason(error) ?? (error instanceof Error ? error.message : String(error)));
  } finally {
    await handle.close();
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse("it is not UTF-8 text (save it as CSV UTF-8)");
  }
  const read = parseComparatorsCsv(text, { file: name });
  return { comparators: read.comparators, findings: read.findings.map((finding) => ({ file: name, finding })) };
}

/**
 * The comparators to show for the periods computed: England's shipped figures for those periods
 * (unless `england` is false), then the files' rows for those periods, in file order.
 *
 * @param periods - The periods computed, as kinsafe labels them (`2024-25`).
 * @param fromFiles - The rows of the comparators files.
 * @param england - Whether to add England's figures.
 * @returns The comparators.
 */
export function comparatorsForPeriods(periods: readonly string[], fromFiles: readonly Comparator[], england: boolean): readonly Comparator[] {
  const wanted = new Set(periods);
  return [...(england ? englandComparators(periods) : []), ...fromFiles.filter((c) => wanted.has(c.period))];
}

/** An area of the comparators, with the name of its columns in CSV headings. */
export interface ComparatorArea {
  readonly area: string;
  /** Lower case letters, digits and `_` (`england`, `statistical_neighbours`), unique. */
  readonly slug: string;
}

/**
 * The areas of some comparators, in the order they first appear (England first when present),
 * each with a unique slug for CSV headings.
 *
 * @param comparators - The comparators.
 * @returns The areas.
 */
export function comparatorAreas(comparators: readonly Comparator[]): readonly ComparatorArea[] {
  const out: ComparatorArea[] = [];
  const slugs = new Set<string>();
  for (const { area } of comparators) {
    if (out.some((a) => a.area === area)) continue;
    const base = area.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "area";
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}_${String(n)}`;
    slugs.add(slug);
    out.push({ area, slug });
  }
  return out;
}

/**
 * Finds the comparator of a metric, period and area.
 *
 * @param comparators - The comparators.
 * @returns A function of metric id, period label and area.
 */
export function comparatorLookup(comparators: readonly Comparator[]): (metricId: string, period: string, area: string) => Comparator | undefined {
  const index = new Map<string, Comparator>();
  for (const c of comparators) {
    const key = `${c.metricId}\u0000${c.period}\u0000${c.area}`;
    if (!index.has(key)) index.set(key, c);
  }
  return (metricId, period, area) => index.get(`${metricId}\u0000${period}\u0000${area}`);
}
