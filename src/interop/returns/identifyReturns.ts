// Which files are which: the kind of each file and its collection year, from its content.
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { fileChunks } from "./cinParts";
import { COVERED_FACT_KINDS, recordFacts, ssda903ContentYear, ssda903YearColumn } from "./fileYears";
import { checkInputFile, formatBytes as formatSize, guardReading, inputError, resolveReturnLimits, type ReturnLimits } from "./limits";
import { noProgress } from "./progress";
import type { ReturnFile, ReturnFinding, ReturnKind, ReturnSource, TidyCoverageRow } from "./ReturnFile";
import { COVERAGE_COLUMNS, tidyTableOf } from "./tidyTables";
import { createCsvParser, CsvError, csvCellValue, isIsoDate, resolveLimits } from "../internal";
import { readFile } from "node:fs/promises";

/**
 * Options of {@link identifyReturns}.
 *
 * @category Returns
 */
export interface IdentifyReturnsOptions {
  /** Limits to replace (default {@link DEFAULT_RETURN_LIMITS}). */
  readonly limits?: Partial<ReturnLimits>;
}

/**
 * Finds the kind of a file from its first bytes (the name helps only to tell JSON Lines from
 * JSON): XML by its root element (`Message` with a CIN or CSWW collection, `EXPSSDA903`), JSON
 * by its first character, a CSV by a `CHILD` column (SSDA903) or by the columns of one of
 * kinsafe's tidy tables (`child_id`, …; `fact,start,end` for `coverage.csv`).
 *
 * @param head - The start of the file (a few kilobytes), decoded as UTF-8.
 * @param name - The file name.
 * @returns The kind, or `undefined` when it is none of them.
 * @internal
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#docs-example}
 */
export function detectReturnKind(head: string, name: string): ReturnKind | undefined {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) {
    // Skip the declaration, comments and processing instructions to reach the root element.
    // (A document type declaration is skipped here so that the reader can refuse it by name.)
    const body = text.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*/, "");
    const root = /^<([A-Za-z_][\w.-]*)/.exec(body)?.[1];
    if (root === "EXPSSDA903") return "ssda903-xml";
    if (root === "Message") {
      const collection = /<Collection>\s*([A-Za-z]+)\s*<\/Collection>/.exec(body)?.[1];
      if (collection === "CSWW" || (collection === undefined && /<CSWWWorker>|<LALevelVacancies>/.test(body))) return "workforce";
      if (collection === "CIN" || (collection === undefined && /<Children>|<Child>/.test(body))) return "cin-census";
    }
    return undefined;
  }
  if (text.startsWith("{") || text.startsWith("[")) {
    if (/\.(jsonl|ndjson)$/i.test(name)) return "kinsafe-jsonl";
    if (text.startsWith("[")) return "kinsafe-json";
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    const first = lines[0];
    if (lines.length > 1 && first !== undefined) {
      try {
        JSON.parse(first);
        return "kinsafe-jsonl";
      } catch {
        return "kinsafe-json";
      }
    }
    return "kinsafe-json";
  }
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const columns = header.split(",").map((c) => c.trim().replace(/^"|"$/g, "").toUpperCase());
  if (columns.includes("CHILD")) return "ssda903-csv";
  if (tidyTableOf(columns.map((c) => c.toLowerCase())) !== undefined) return "kinsafe-table";
  return undefined;
}

/**
 * The collection year of a return (the year of the 31 March that ends it), from the start of
 * the file or its name: the `ReferenceDate` of a CIN census; for a workforce census (30
 * September) the year that ends the following March; for SSDA903 a year in the file name
 * (`2024-episodes.csv`, `SSDA903_2024_header.csv`).
 *
 * @param kind - The kind of file.
 * @param head - The start of the file.
 * @param name - The file name.
 * @returns The year, or `undefined` when neither the file nor its name says.
 * @internal
 */
export function collectionYearOf(kind: ReturnKind, head: string, name: string): number | undefined {
  if (kind === "cin-census" || kind === "workforce") {
    const ref = /<ReferenceDate>\s*(\d{4})-(\d{2})-(\d{2})\s*<\/ReferenceDate>/.exec(head);
    if (ref?.[1] !== undefined) {
      const year = Number(ref[1]);
      // A census dated after 31 March belongs to the collection year that ends the next March.
      return kind === "workforce" && `${ref[2] ?? ""}-${ref[3] ?? ""}` > "03-31" ? year + 1 : year;
    }
    const year = /<Year>\s*(\d{4})\s*<\/Year>/.exec(head)?.[1];
    return year === undefined ? undefined : Number(year);
  }
  if (kind === "ssda903-csv" || kind === "ssda903-xml") return yearInName(name);
  return undefined;
}

/**
 * The year in a file's name (`2024-episodes.csv`, `SSDA903_2024_header.csv`, `CIN_Census_2025.xml`),
 * or `undefined`. A year written as DfE writes a collection year, `2017-18` (or `2017_18`,
 * `2017-2018`: the second year the one after the first), is the year ending 31 March 2018: 2018.
 *
 * @param name - The file name.
 * @returns The year.
 * @internal
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/fileYears.test.ts#year-in-name}
 */
export function yearInName(name: string): number | undefined {
  const base = basename(name);
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?:[-_]((?:19|20)?\d{2}))?(?:[^0-9]|$)/.exec(base);
  if (m?.[1] === undefined) return undefined;
  const first = Number(m[1]);
  const second = m[2];
  if (second !== undefined) {
    // `2017-18` or `2017-2018`: the collection year ending in the second year.
    const next = first + 1;
    if (second.length === 2 ? Number(second) === next % 100 : Number(second) === next) return next;
  }
  return first;
}

const HEAD_BYTES = 64 * 1024;

/**
 * Opens each file, reads its start, and finds its kind and collection year: the kind from the
 * content (XML by its root element and collection, JSON by its first character, a CSV by a
 * `CHILD` column or by the columns of one of kinsafe's tidy tables, whose `coverage.csv` is read
 * whole; the name only tells JSON Lines from JSON); the year from the content where it
 * says (a return's `ReferenceDate`; the dates in an SSDA903 table; a table without such dates
 * takes the year of the tables named with the same year), else from the name. Each file must be
 * a regular file, not empty, and within the limits. Node.js only.
 *
 * @param files - The files: paths, or paths with the names to use in findings and messages.
 * @param options - The limits (default {@link DEFAULT_RETURN_LIMITS}).
 * @returns The files, in the order given.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-input` for a file that cannot be read, is not a regular file, is empty or over a limit, or is of no kind kinsafe reads (the message names the file).
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#identify}
 *
 * @category Returns
 */
export async function identifyReturns(files: readonly ReturnSource[], options: IdentifyReturnsOptions = {}): Promise<readonly ReturnFile[]> {
  const { maxBytes, maxJsonBytes, maxLineBytes } = resolveReturnLimits(options.limits);
  const out: Mutable<ReturnFile>[] = [];
  for (const source of files) {
    const path = typeof source === "string" ? source : source.path;
    const name = typeof source === "string" ? source : (source.name ?? source.path);
    const size = await checkInputFile(path, name, maxBytes);
    const head = await guardReading(name, async () => {
      const handle = await open(path, "r");
      try {
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString("utf8");
      } finally {
        await handle.close();
      }
    });
    const kind = detectReturnKind(head, name);
    if (kind === undefined) {
      inputError(
        `${name}:1:1: not a file kinsafe can read: expected CIN census XML (<Message> with <Collection>CIN), SSDA903 XML (<EXPSSDA903>) or CSV (a CHILD column), workforce census XML (<Collection>CSWW), kinsafe child records (JSON or JSON Lines), or kinsafe tidy tables (CSV with child_id, or coverage.csv).`,
      );
    }
    // A JSON document is read whole: refused before it is read when it is over its limit.
    if (kind === "kinsafe-json" && size > maxJsonBytes) {
      inputError(`${name}: cannot be read (limit-exceeded): a JSON document of ${formatSize(size)} is larger than the limit of ${formatSize(maxJsonBytes)} for JSON read whole; write the records as JSON Lines (one a line).`);
    }
    const nameYear = yearInName(name);
    const file: Mutable<ReturnFile> = { name, path, kind, size, year: collectionYearOf(kind, head, name), ...(nameYear === undefined ? {} : { nameYear }) };
    const ref = /<ReferenceDate>\s*(\d{4}-\d{2}-\d{2})\s*<\/ReferenceDate>/.exec(head)?.[1];
    if ((kind === "cin-census" || kind === "workforce") && ref !== undefined) {
      file.referenceDate = ref;
      file.yearFrom = "ReferenceDate";
    }
    if (kind === "ssda903-csv") {
      const header = head.replace(/^\uFEFF/, "").replace(/^(?:[ \t]*\r?\n)+/, "").split(/\r?\n/, 1)[0] ?? "";
      file.columns = header.split(",").map((c) => c.trim().replace(/^"|"$/g, "").toUpperCase());
    }
    if (kind === "ssda903-csv" || kind === "ssda903-xml") {
      const year = await guardReading(name, () => ssda903ContentYear(fileChunks(path, noProgress, name, maxBytes), kind === "ssda903-xml"));
      if (year !== undefined) {
        file.year = year;
        file.yearFrom = "the dates in it";
      }
    }
    if (kind === "ssda903-csv" && file.yearFrom === undefined && file.columns?.includes("YEAR") === true) {
      // A table kinsafe wrote (OC2, OC3, AD1…) says each row's year: one year is the table's;
      // several are each the row's own (the table then has no one year).
      const years = await guardReading(name, () => ssda903YearColumn(fileChunks(path, noProgress, name, maxBytes)));
      if (years.length > 0) {
        file.yearColumn = years;
        file.year = years.length === 1 ? years[0] : undefined;
        file.yearFrom = "its YEAR column";
      }
    }
    if (kind === "kinsafe-table") {
      const header = head.replace(/^\uFEFF/, "").replace(/^(?:[ \t]*\r?\n)+/, "").split(/\r?\n/, 1)[0] ?? "";
      const table = tidyTableOf(header.split(",").map((c) => c.trim().replace(/^"|"$/g, "")));
      // Known by its columns in another case: the reader matches them as written, so say so now.
      if (table === undefined) inputError(`${name}:1: cannot be read: the columns of a kinsafe tidy table must be named as kinsafe tables writes them (lower case: child_id, …).`);
      file.table = table;
      if (table === "coverage") file.coverage = await guardReading(name, () => readCoverageTable(path, name, size));
    }
    if (kind === "kinsafe-json" || kind === "kinsafe-jsonl") {
      const facts = await guardReading(name, () => recordFacts(fileChunks(path, noProgress, name, maxBytes), kind === "kinsafe-jsonl", maxLineBytes));
      if (facts !== undefined) {
        file.span = facts.span;
        file.facts = facts;
      }
    }
    out.push(file);
  }
  // An SSDA903 table whose dates cannot tell its year (a header, UASC or OC2 table) belongs to
  // the same return as the tables named with the same year: when those tables' dates agree on
  // a year, so does it.
  for (const file of out) {
    if ((file.kind !== "ssda903-csv" && file.kind !== "ssda903-xml") || file.yearFrom !== undefined || file.nameYear === undefined) continue;
    const siblings = new Set(out.filter((f) => f !== file && (f.kind === "ssda903-csv" || f.kind === "ssda903-xml") && f.nameYear === file.nameYear && f.yearFrom === "the dates in it").map((f) => f.year));
    const [only] = siblings;
    if (siblings.size === 1 && only !== undefined) {
      file.year = only;
      file.yearFrom = "the other tables of the same return";
    }
  }
  // An OC2, OC3 or AD1 table with no year of its own (none in its name, no YEAR column) given
  // with the tables of one return, dated by their content, is of that return's year.
  const dated = new Set(out.filter((f) => (f.kind === "ssda903-csv" || f.kind === "ssda903-xml") && f.yearFrom === "the dates in it").map((f) => f.year));
  const [returnYear] = dated;
  for (const file of out) {
    if (file.kind !== "ssda903-csv" || yearTableOf(file) === undefined || file.year !== undefined || file.yearFrom !== undefined) continue;
    if (dated.size === 1 && returnYear !== undefined) {
      file.year = returnYear;
      file.yearFrom = "the other tables of the same return";
    }
  }
  return out;
}

/**
 * Which SSDA903 table of a collection year's outcomes a CSV table is, by its columns: `OC2`
 * (`SDQ_SCORE` or `SDQ_REASON`), `OC3` (`IN_TOUCH`) or `AD1` (`DATE_INT` or `DATE_MATCH`); each
 * covers its own collection year, whatever the episodes read with it cover.
 *
 * @param file - An identified file.
 * @returns The table, or `undefined` for any other file.
 * @internal
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/fileYears.test.ts#year-table}
 */
export function yearTableOf(file: Pick<ReturnFile, "kind" | "columns">): "OC2" | "OC3" | "AD1" | undefined {
  const columns = file.kind === "ssda903-csv" ? file.columns : undefined;
  if (columns === undefined) return undefined;
  if (columns.includes("SDQ_SCORE") || columns.includes("SDQ_REASON")) return "OC2";
  if (columns.includes("IN_TOUCH")) return "OC3";
  if (columns.includes("DATE_INT") || columns.includes("DATE_MATCH")) return "AD1";
  return undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A warning for each file whose name states a year other than the one its content gives
 * (`returns/year-mismatch`): the content's year is used.
 *
 * @param files - The identified files.
 * @returns The findings, with their files.
 * @internal
 */
export function yearFindings(files: readonly ReturnFile[]): ReturnFinding[] {
  const out: ReturnFinding[] = [];
  for (const f of files) {
    if (f.kind === "workforce" || f.nameYear === undefined || f.year === undefined || f.yearFrom === undefined) continue;
    // A workforce census is named by its 30 September (2022 for the census of 30 September 2022, in collection year 2023).
    if (f.nameYear === f.year) continue;
    out.push({
      file: f.name,
      finding: {
        code: "returns/year-mismatch",
        severity: "warning",
        path: [],
        params: { file: f.name, nameYear: f.nameYear, year: f.year, from: f.yearFrom, reason: `the name says ${String(f.nameYear)}, but by ${f.yearFrom === "ReferenceDate" ? "its ReferenceDate" : f.yearFrom} it is the return of the year ending 31 March ${String(f.year)}, so ${String(f.year)} is used` },
      },
    });
  }
  // An OC2, OC3 or AD1 table of a year none of the other SSDA903 tables is of: its figures are
  // of its own year, not theirs.
  const ssda903 = files.filter((f) => f.kind === "ssda903-csv" || f.kind === "ssda903-xml");
  const others = new Set(ssda903.filter((f) => yearTableOf(f) === undefined && f.year !== undefined).map((f) => f.year as number));
  for (const f of ssda903) {
    const table = yearTableOf(f);
    if (table === undefined || others.size === 0) continue;
    const own = f.year === undefined ? (f.yearColumn ?? []) : [f.year];
    const apart = own.filter((y) => !others.has(y));
    if (apart.length === 0) continue;
    const theirs = [...others].sort((a, b) => a - b).map(String).join(", ");
    out.push({
      file: f.name,
      finding: {
        code: "returns/table-year-differs",
        severity: "warning",
        path: [],
        params: { file: f.name, table, year: apart.join(", "), years: theirs, reason: `the ${table} table is of ${apart.map((y) => `the year ending 31 March ${String(y)}`).join(", ")}, the other SSDA903 tables of ${theirs}: it covers its own year, so its figures are given for that year only` },
      },
    });
  }
  return out;
}

/** The most bytes of a `coverage.csv` (a row per return: a few kilobytes at most). */
const MAX_COVERAGE_BYTES = 1 << 20;

/**
 * The rows of a `coverage.csv`: each a kind of fact and the span of dates covered (real dates,
 * start not after end), or a kind with why it cannot be used.
 *
 * @throws `KinsafeError` `invalid-input` naming the file and line of a row that is neither.
 */
async function readCoverageTable(path: string, name: string, size: number): Promise<TidyCoverageRow[]> {
  if (size > MAX_COVERAGE_BYTES) inputError(`${name}: cannot be read (limit-exceeded): a coverage table of ${formatSize(size)} is larger than ${formatSize(MAX_COVERAGE_BYTES)}.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if (error instanceof TypeError) inputError(`${name}: cannot be read: the file is not UTF-8 text (save it as "CSV UTF-8").`);
    throw error;
  }
  const rows: TidyCoverageRow[] = [];
  let index: number[] | undefined;
  const parser = createCsvParser((cells, line) => {
    if (index === undefined) {
      const names = cells.map((c) => c.trim().replace(/^\uFEFF/, ""));
      index = COVERAGE_COLUMNS.map((c) => names.indexOf(c));
      return;
    }
    const cell = (i: number): string => {
      const at = index?.[i] ?? -1;
      return at < 0 ? "" : csvCellValue((cells[at] ?? "").trim());
    };
    const [fact, start, end, source, unusable] = [cell(0), cell(1), cell(2), cell(3), cell(4)];
    const where = `${name}:${String(line)}`;
    if (!COVERED_FACT_KINDS.includes(fact)) inputError(`${where}: "${fact.slice(0, 40)}" is not a kind of fact (expected one of ${COVERED_FACT_KINDS.join(", ")}).`);
    if (unusable !== "" && start === "" && end === "") {
      rows.push({ fact, unusable, ...(source === "" ? {} : { source }) });
      return;
    }
    if (!isIsoDate(start) || !isIsoDate(end)) inputError(`${where}: start and end must be dates (YYYY-MM-DD), or both empty with a reason in unusable; found "${start.slice(0, 20)}" and "${end.slice(0, 20)}".`);
    if (start > end) inputError(`${where}: the span starts (${start}) after it ends (${end}).`);
    rows.push({ fact, start, end, ...(source === "" ? {} : { source }) });
  }, resolveLimits(undefined));
  try {
    parser.write(text.replace(/^\uFEFF/, ""));
    parser.end();
  } catch (error) {
    if (error instanceof CsvError) inputError(`${name}:${String(error.line)}: cannot be read (malformed-csv): ${error.message}`);
    throw error;
  }
  return rows;
}
