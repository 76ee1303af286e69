// Reading the files given to `kinsafe metrics` and `kinsafe tables`: the kind of each file from
// its content, the collection years, and the child records of all of them together.
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding } from "../core";
import { createCohortBuilder } from "../interop/cin-census";
import { compareEpisodeFindings, createCohortBuilderWith } from "../records/internal";
import { cinFileRecords, fileChunks, readIntoParts, type CinFileResult } from "./cinParts";
import {
  checkedCsvChunks,
  checkInputFile,
  formatBytes as formatSize,
  guardReading,
  parseJsonText,
  readingError,
  readJsonFile,
  resolveInputLimits,
  textLines,
  type InputLimits,
} from "./inputLimits";
import type { ReadWorkerData, ReadWorkerMessage } from "./readWorker";
import { readSsda903, type Ssda903File } from "../interop/ssda903";
import { readWorkforceCensus } from "../interop/workforce";
import { type WorkforceInput } from "../metrics";
import { validateChildRecord, type ChildRecord, type CohortFinding } from "../records";
import { CliError, EXIT, inputError } from "./CliIo";
import { noProgress, type Progress } from "./progress";
import { recordFacts, ssda903ContentYear, type RecordFacts } from "./fileYears";

/** The kinds of file the command reads. */
export type InputKind = "cin-census" | "ssda903-csv" | "ssda903-xml" | "workforce" | "kinsafe-json" | "kinsafe-jsonl";

/** A human name for each kind of file. */
export const INPUT_KIND_NAMES: Readonly<Record<InputKind, string>> = {
  "cin-census": "CIN census XML",
  "ssda903-csv": "SSDA903 CSV",
  "ssda903-xml": "SSDA903 XML",
  workforce: "workforce census XML",
  "kinsafe-json": "kinsafe child records (JSON)",
  "kinsafe-jsonl": "kinsafe child records (JSON Lines)",
};

/**
 * Finds the kind of a file from its first bytes (the name helps only to tell JSON Lines from
 * JSON): XML by its root element (`Message` with a CIN or CSWW collection, `EXPSSDA903`), JSON
 * by its first character, and a CSV by a `CHILD` column (SSDA903).
 *
 * @param head - The start of the file (a few kilobytes), decoded as UTF-8.
 * @param name - The file name.
 * @returns The kind, or `undefined` when it is none of them.
 *
 * @example
 * {@includeCode ../../tests/cli/inputs.test.ts#docs-example}
 */
export function detectInputKind(head: string, name: string): InputKind | undefined {
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
 */
export function collectionYearOf(kind: InputKind, head: string, name: string): number | undefined {
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
 * or `undefined`.
 *
 * @param name - The file name.
 * @returns The year.
 */
export function yearInName(name: string): number | undefined {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})(?:[^0-9]|$)/.exec(basename(name));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** One input file, opened and recognised. */
export interface InputFile {
  /** The path as given on the command line (used in messages). */
  readonly name: string;
  /** The absolute path. */
  readonly path: string;
  readonly kind: InputKind;
  readonly size: number;
  /**
   * The collection year: from the content when it says (a return's `ReferenceDate`, the
   * dates of an SSDA903 table), else from the name.
   */
  readonly year: number | undefined;
  /** The year in the file's name, when there is one. */
  readonly nameYear?: number;
  /** What the year was read from, when not the name: `ReferenceDate`, `the dates in it`, or the other tables of the return. */
  readonly yearFrom?: string;
  /** SSDA903 CSV: the columns of its first line, upper case. */
  readonly columns?: readonly string[];
  /** CIN census and workforce census: the `ReferenceDate` at the start of the file. */
  readonly referenceDate?: string;
  /** kinsafe child records: the earliest and latest date of a fact they hold. */
  readonly span?: { readonly start: string; readonly end: string };
  /** kinsafe child records: the facts they hold, kind by kind, and the collection years holding them. */
  readonly facts?: RecordFacts;
}

const HEAD_BYTES = 64 * 1024;

/**
 * Opens each file, reads its start, and finds its kind and collection year. Each must be a
 * regular file, not empty, and within the size limits (see {@link InputLimits}).
 *
 * @param names - The files as given.
 * @param resolvePath - Resolves a name against the working directory.
 * @param limits - Limits to replace (tests lower them).
 * @returns The files, in the order given.
 * @throws {@link CliError} (exit code 3) for a file that cannot be read, is not a regular file, is empty or over a size limit, or is of no known kind.
 */
export async function identifyInputs(names: readonly string[], resolvePath: (name: string) => string, limits?: Partial<InputLimits>): Promise<readonly InputFile[]> {
  const { maxBytes, maxJsonBytes, maxLineBytes } = resolveInputLimits(limits);
  const out: Mutable<InputFile>[] = [];
  for (const name of names) {
    const path = resolvePath(name);
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
    const kind = detectInputKind(head, name);
    if (kind === undefined) {
      inputError(
        `${name}:1:1: not a file kinsafe can read: expected CIN census XML (<Message> with <Collection>CIN), SSDA903 XML (<EXPSSDA903>) or CSV (a CHILD column), workforce census XML (<Collection>CSWW), or kinsafe child records (JSON or JSON Lines).`,
      );
    }
    // A JSON document is read whole: refused before it is read when it is over its limit.
    if (kind === "kinsafe-json" && size > maxJsonBytes) {
      inputError(`${name}: cannot be read (limit-exceeded): a JSON document of ${formatSize(size)} is larger than the limit of ${formatSize(maxJsonBytes)} for JSON read whole; write the records as JSON Lines (one a line).`);
    }
    const nameYear = yearInName(name);
    const file: Mutable<InputFile> = { name, path, kind, size, year: collectionYearOf(kind, head, name), ...(nameYear === undefined ? {} : { nameYear }) };
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
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A warning for each file whose name states a year other than the one its content gives
 * (`cli/year-mismatch`): the content's year is used.
 *
 * @param files - The identified files.
 * @returns The findings, with their files.
 */
export function yearFindings(files: readonly InputFile[]): InputFinding[] {
  const out: InputFinding[] = [];
  for (const f of files) {
    if (f.kind === "workforce" || f.nameYear === undefined || f.year === undefined || f.yearFrom === undefined) continue;
    // A workforce census is named by its 30 September (2022 for the census of 30 September 2022, in collection year 2023).
    if (f.nameYear === f.year) continue;
    out.push({
      file: f.name,
      finding: {
        code: "cli/year-mismatch",
        severity: "warning",
        path: [],
        params: { file: f.name, nameYear: f.nameYear, year: f.year, from: f.yearFrom, reason: `the name says ${String(f.nameYear)}, but by ${f.yearFrom === "ReferenceDate" ? "its ReferenceDate" : f.yearFrom} it is the return of the year ending 31 March ${String(f.year)}, so ${String(f.year)} is used` },
      },
    });
  }
  return out;
}

export { fileChunks } from "./cinParts";

/** A finding from reading a file, with the file it came from. */
export interface InputFinding {
  readonly file: string;
  readonly finding: Finding;
}

/** What was read from the files. */
export interface ReadInputs {
  /** The child records (a stream when a single return is read, to keep memory flat). */
  readonly records: AsyncIterable<ChildRecord>;
  /** The workforce censuses, with their reference dates. */
  readonly workforce: readonly { readonly file: string; readonly referenceDate: string; readonly input: WorkforceInput }[];
  /** Every finding of the readers (filled in as the records are read). */
  readonly findings: InputFinding[];
  /** How many records each file gave (filled in as they are read). */
  readonly counts: Map<string, number>;
}

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /** How children are matched across returns. */
  readonly matchBy: "child-id" | "upn";
  readonly progress?: Progress;
  /**
   * The order of the merged records: `first-seen` (default), children in the order they were
   * first read, as `kinsafe tables` writes them; `any`, the order that is fastest to produce
   * (for `kinsafe metrics`, which only sums). With `any` and `child-id` matching, large inputs
   * are merged in parts (children grouped by a hash of their id), which keeps the heap small.
   */
  readonly order?: "first-seen" | "any";
  /** Bytes of CIN census XML per part when merging in parts (for tests). */
  readonly bytesPerPart?: number;
  /**
   * Threads that read CIN census returns when merging in parts (default 1: the returns are read
   * in this thread). Each thread reads whole files; the parts are merged in this thread.
   */
  readonly threads?: number;
  /** Limits to replace (tests lower them; the command uses {@link INPUT_LIMITS}). */
  readonly limits?: Partial<InputLimits>;
  /**
   * The read worker's module, built (for tests that run from the sources: see
   * tests/cli/helpers.ts `readWorkerModule`). Without it, the built command uses
   * dist/readWorker.js beside it, and code run from the sources loads readWorker.ts through tsx in
   * each thread — which registers loader hooks in a worker thread, a setup that can deadlock on
   * Node 20, so tests never rely on it.
   */
  readonly readWorkerUrl?: URL;
}

// Bytes of CIN census XML per part of the cohort when it is merged in parts: about 10,000
// children, whose records as objects take a few tens of megabytes.
const BYTES_PER_PART = 32 * 1024 * 1024;
const MAX_PARTS = 256;

const FATAL = /\/(malformed-xml|unsafe-xml|limit-exceeded|malformed-csv)$/;

function position(f: Finding): string {
  const p = f.params ?? {};
  const line = p["line"];
  const column = p["column"];
  return line === undefined ? "" : column === undefined ? `:${String(line)}` : `:${String(line)}:${String(column)}`;
}

function stopOnFatal(file: string, findings: readonly Finding[]): void {
  const fatal = findings.find((f) => FATAL.test(f.code));
  if (fatal !== undefined) {
    const reason = fatal.params?.["reason"];
    inputError(`${file}${position(fatal)}: cannot be read (${fatal.code})${reason === undefined ? "" : `: ${String(reason)}`}`);
  }
}

function describeJson(value: unknown): string {
  return value === null ? "null" : typeof value === "string" ? "a string" : typeof value === "number" ? "a number" : typeof value === "boolean" ? "a boolean" : typeof value;
}

async function* jsonRecords(file: InputFile, progress: Progress, findings: InputFinding[], counts: Map<string, number>, limits: InputLimits): AsyncGenerator<ChildRecord, void, undefined> {
  counts.set(file.name, counts.get(file.name) ?? 0);
  const accept = (value: unknown, where: string): ChildRecord | undefined => {
    const checked = validateChildRecord(value);
    if (checked.ok) {
      counts.set(file.name, (counts.get(file.name) ?? 0) + 1);
      return checked.value;
    }
    const issue = checked.error.issues[0];
    findings.push({
      file: file.name,
      finding: {
        code: "cli/invalid-child-record",
        severity: "error",
        path: issue?.path ?? [],
        params: { file: file.name, where, reason: issue === undefined ? "invalid" : `${issue.path.join(".")}: ${issue.message}` },
      },
    });
    return undefined;
  };
  if (file.kind === "kinsafe-jsonl") {
    // Line by line: memory is bounded by the longest line, not the file.
    const chunks = fileChunks(file.path, progress, file.name, limits.maxBytes);
    for await (const { line, text } of textLines(chunks, file.name, limits.maxLineBytes)) {
      if (text.trim() === "") continue;
      const value = parseJsonText(text, { file: file.name, line }, limits.maxDepth);
      if (Array.isArray(value)) {
        // A line holding an array (records written as one JSON document on one line): each
        // element is a record, as in a JSON file.
        for (let i = 0; i < value.length; i++) {
          const r = accept(value[i], `line ${String(line)}, record ${String(i)}`);
          if (r !== undefined) yield r;
        }
      } else if (typeof value === "object" && value !== null) {
        const r = accept(value, `line ${String(line)}`);
        if (r !== undefined) yield r;
      } else {
        inputError(`${file.name}:${String(line)}: not a child record: each line of JSON Lines must hold one record (an object) or an array of records; found ${describeJson(value)}.`);
      }
    }
    return;
  }
  const value = await readJsonFile(file.path, file.name, limits, (path) => fileChunks(path, progress, file.name, limits.maxJsonBytes));
  const list: unknown = Array.isArray(value) ? value : typeof value === "object" && value !== null && "records" in value ? value.records : value;
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) {
      const r = accept(list[i], `record ${String(i)}`);
      if (r !== undefined) yield r;
    }
  } else if (typeof list === "object" && list !== null && list === value) {
    const r = accept(list, "record 0");
    if (r !== undefined) yield r;
  } else {
    inputError(`${file.name}: expected child records: an array, an object with "records", or one record (an object); found ${describeJson(list)}${list === value ? "" : ' in "records"'}.`);
  }
}

/** Reads a file's records, turning anything thrown while reading it into an input error naming it. */
async function* guardedRecords<T>(name: string, records: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  try {
    yield* records;
  } catch (error) {
    throw readingError(name, error);
  }
}

/**
 * Reads the files into child records and workforce inputs. Returns of several years are merged
 * child by child (`createCohortBuilder`); SSDA903 tables are attached to the CIN census records
 * of the same children. A single CIN census file (with nothing to attach) and kinsafe JSON Lines
 * are streamed: memory does not grow with the file.
 *
 * @param files - The identified files.
 * @param options - How to match children; the progress bar.
 * @returns The records (read as they are consumed), workforce inputs and findings.
 * @throws {@link CliError} (exit code 3) when a file cannot be read at all (broken, unsafe or oversized XML, a malformed CSV, invalid JSON).
 */
export async function readInputs(files: readonly InputFile[], options: ReadInputsOptions): Promise<ReadInputs> {
  const progress = options.progress ?? noProgress;
  const limits = resolveInputLimits(options.limits);
  const findings: InputFinding[] = [];
  const counts = new Map<string, number>();
  const note = (file: string, list: readonly Finding[]): void => {
    for (const finding of list) findings.push({ file, finding });
  };

  const workforce: { file: string; referenceDate: string; input: WorkforceInput }[] = [];
  for (const file of files.filter((f) => f.kind === "workforce")) {
    progress.label(file.name);
    const read = await guardReading(file.name, () => readWorkforceCensus(fileChunks(file.path, progress, file.name, limits.maxBytes), { file: file.name }));
    note(file.name, read.findings);
    stopOnFatal(file.name, read.findings);
    counts.set(file.name, read.workersRead);
    if (read.input === undefined) inputError(`${file.name}: the workforce census has no reference date.`);
    workforce.push({ file: file.name, referenceDate: read.input.referenceDate, input: read.input });
  }

  const cin = files.filter((f) => f.kind === "cin-census");
  const ssda = files.filter((f) => f.kind === "ssda903-csv" || f.kind === "ssda903-xml");
  const json = files.filter((f) => f.kind === "kinsafe-json" || f.kind === "kinsafe-jsonl");

  // What reading each CIN census file gave; its header is filled in as the file is read.
  const fileResults = new Map<string, CinFileResult>();
  const headerYear = (r: CinFileResult | undefined): number | undefined => {
    const ref = r?.header?.referenceDate;
    return ref === undefined ? r?.header?.collectionYear : Number(ref.slice(0, 4));
  };
  // A file that could not be read at all (removed, no permission, over a limit, anything thrown
  // while reading it): exit code 3 naming the file.
  const unreadable = (name: string, error: unknown): never => {
    throw readingError(name, error);
  };

  // One CIN census return, record by record. A return that cannot be read to the end stops the
  // command with the position of the problem, after the records read before it.
  async function* cinStream(file: InputFile): AsyncGenerator<ChildRecord, void, undefined> {
    progress.label(file.name);
    const result: CinFileResult = { findings: [], count: 0, header: undefined };
    fileResults.set(file.name, result);
    try {
      yield* cinFileRecords(file.path, file.name, progress, result, limits.maxBytes);
    } catch (error) {
      unreadable(file.name, error);
    } finally {
      note(file.name, result.findings);
      counts.set(file.name, result.count);
    }
    stopOnFatal(file.name, result.findings);
  }

  // The records of one CIN census return with the collection year of the return: the header's
  // reference date, else its year, else the year found at the start of the file (the header
  // comes before the children, so it is known by the first record; a file without one has its
  // records wait for the end of the file).
  async function* cinWithYears(file: InputFile): AsyncGenerator<{ record: ChildRecord; year: number }, void, undefined> {
    const pending: ChildRecord[] = [];
    let year: number | undefined;
    for await (const record of cinStream(file)) {
      year ??= headerYear(fileResults.get(file.name));
      if (year === undefined) pending.push(record);
      else yield { record, year };
    }
    const last = headerYear(fileResults.get(file.name)) ?? file.year ?? 0;
    for (const record of pending) yield { record, year: last };
  }

  // Merging in parts (order "any", child-id matching, no SSDA903): while the returns are read,
  // each record is written as JSON into the part its child's id hashes to (long strings, which
  // the garbage collector does not have to look inside); then each part is merged on its own
  // and handed out. A child's records all go to the same part, and each part adds them file by
  // file in the order the files were given, so each part merges exactly as the whole would.
  // Holding the whole cohort as objects instead made every major garbage collection mark
  // millions of objects: with ten years of returns, reading the last took several times as long
  // as reading the first. With `threads` > 1, worker threads read the files.
  async function* mergedInParts(count: number, threads: number): AsyncGenerator<ChildRecord, void, undefined> {
    // pieces[part][file]: the records' JSON, in pieces.
    const pieces: string[][][] = Array.from({ length: count }, () => cin.map(() => []));
    const results: (CinFileResult | undefined)[] = cin.map(() => undefined);
    const keep = (file: number, part: number, json: string): void => {
      pieces[part]?.[file]?.push(json);
    };
    if (threads > 1) await readInWorkers(count, threads, keep, results);
    else {
      for (let f = 0; f < cin.length; f++) {
        const file = cin[f] as InputFile;
        progress.label(file.name);
        try {
          results[f] = await readIntoParts(file.path, file.name, count, progress, (part, json) => keep(f, part, json), limits.maxBytes);
        } catch (error) {
          unreadable(file.name, error);
        }
      }
    }
    const years = cin.map((file, f) => {
      const result = results[f];
      note(file.name, result?.findings ?? []);
      counts.set(file.name, result?.count ?? 0);
      stopOnFatal(file.name, result?.findings ?? []);
      return headerYear(result) ?? file.year ?? 0;
    });
    // Findings of the merge, with where their record was in the reading order (file, place in
    // the file, order within the record), so that they are listed as one merge would list them.
    const cohortFindings: { f: number; seq: number; n: number; finding: Finding }[] = [];
    const episodeFindings: CohortFinding[] = [];
    let at = { f: 0, seq: 0 };
    for (let p = 0; p < count; p++) {
      const builder = createCohortBuilderWith({ matchBy: options.matchBy }, true, (finding) => cohortFindings.push({ ...at, n: cohortFindings.length, finding }));
      const byFile = pieces[p] ?? [];
      for (let f = 0; f < byFile.length; f++) {
        const year = years[f] ?? 0;
        for (const json of byFile[f] ?? []) {
          for (const [seq, record] of JSON.parse(`[${json}]`) as [number, ChildRecord][]) {
            at = { f, seq };
            builder.add(record, { year });
          }
        }
      }
      pieces[p] = [];
      yield* builder.records();
      // Episodes missing from the next return are known once every return is in the part.
      for (const finding of builder.findings()) if (finding.code === "cin-census/episode-not-in-next-return") episodeFindings.push(finding);
    }
    cohortFindings.sort((a, b) => a.f - b.f || a.seq - b.seq || a.n - b.n);
    note("(cohort)", [...cohortFindings.map((x) => x.finding), ...episodeFindings.sort(compareEpisodeFindings)]);
  }

  // The files shared out among worker threads (largest first, each to the least loaded thread).
  async function readInWorkers(count: number, threads: number, keep: (file: number, part: number, json: string) => void, results: (CinFileResult | undefined)[]): Promise<void> {
    const loads = Array.from({ length: Math.min(threads, cin.length) }, () => ({ bytes: 0, files: [] as { index: number; path: string; name: string }[] }));
    const order = cin.map((file, index) => ({ file, index })).sort((a, b) => b.file.size - a.file.size || a.index - b.index);
    for (const { file, index } of order) {
      const least = loads.reduce((a, b) => (b.bytes < a.bytes ? b : a));
      least.bytes += file.size;
      least.files.push({ index, path: file.path, name: file.name });
    }
    progress.label(cin.length === 1 ? (cin[0]?.name ?? "") : `${String(cin.length)} CIN census returns`);
    // Built, the worker is dist/readWorker.js beside dist/cli.js; run from the sources (tests,
    // benchmarks), it is the TypeScript file, loaded through tsx's loader.
    const fromSources = options.readWorkerUrl === undefined && import.meta.url.endsWith(".ts");
    const url = options.readWorkerUrl ?? new URL(fromSources ? "./readWorker.ts" : "./readWorker.js", import.meta.url);
    const start = (data: ReadWorkerData): Worker =>
      fromSources
        ? new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: data })
        : new Worker(url, { workerData: data });
    const workers: Worker[] = [];
    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
    };
    await Promise.all(
      loads.map(
        (load) =>
          new Promise<void>((resolve, reject) => {
            const data: ReadWorkerData = { files: [...load.files].sort((a, b) => a.index - b.index), parts: count, maxBytes: limits.maxBytes };
            let worker: Worker;
            try {
              worker = start(data);
            } catch (error) {
              stopAll();
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            workers.push(worker);
            let finished = false;
            worker.on("message", (m: ReadWorkerMessage) => {
              switch (m.type) {
                case "progress":
                  progress.advance(m.bytes);
                  return;
                case "chunk":
                  keep(m.file, m.part, m.json);
                  return;
                case "file":
                  results[m.file] = m.result;
                  return;
                case "done":
                  finished = true;
                  resolve();
                  return;
                case "input-error":
                  finished = true;
                  stopAll();
                  reject(new CliError(EXIT.input, m.message));
                  return;
              }
            });
            worker.on("error", (error) => {
              finished = true;
              stopAll();
              reject(error);
            });
            worker.on("exit", (code) => {
              if (!finished) {
                stopAll();
                reject(new Error(`A read thread stopped (exit code ${String(code)}) before it finished.`));
              }
            });
          }),
      ),
    );
  }

  async function* merged(): AsyncGenerator<ChildRecord, void, undefined> {
    if (ssda.length === 0 && options.order === "any" && options.matchBy === "child-id") {
      const bytes = cin.reduce((n, f) => n + f.size, 0);
      const count = Math.min(MAX_PARTS, Math.max(1, Math.ceil(bytes / (options.bytesPerPart ?? BYTES_PER_PART))));
      if (count > 1) {
        yield* mergedInParts(count, options.threads ?? 1);
        return;
      }
    }
    const builder = createCohortBuilder({ matchBy: options.matchBy });
    // Each return is streamed into the builder, so that only the cohort is held, not the
    // records of every file as well.
    for (const file of cin) for await (const { record, year } of cinWithYears(file)) builder.add(record, { year });
    note("(cohort)", builder.findings());
    if (ssda.length === 0) {
      yield* builder.records();
      return;
    }
    let records: readonly ChildRecord[] = builder.build().records;
    {
      // CSV is checked line by line (length, NUL bytes) as it is read; XML by the reader's limits.
      const ssdaFiles: Ssda903File[] = ssda.map((f) => {
        const chunks = fileChunks(f.path, progress, f.name, limits.maxBytes);
        return { name: f.name, data: f.kind === "ssda903-csv" ? checkedCsvChunks(chunks, f.name, limits.maxLineBytes) : chunks, ...(f.year === undefined ? {} : { year: f.year }) };
      });
      const names = ssda.map((f) => f.name).join(", ");
      progress.label(names);
      const la = records.find((r) => r.child.la !== undefined)?.child.la;
      // With no CIN census, the SSDA903 children are records of their own: none is looked for.
      const attach = cin.length === 0 ? {} : { attachTo: records };
      const read = await guardReading(names, () => readSsda903(ssdaFiles, { ...attach, matchBy: options.matchBy, ...(la === undefined ? {} : { la }) }));
      for (const f of read.findings) {
        // A finding about the return as a whole (not one table) names its files.
        const file = typeof f.params?.["file"] === "string" ? f.params["file"] : typeof f.params?.["files"] === "string" ? f.params["files"] : names;
        findings.push({ file, finding: f });
      }
      for (const f of ssda) stopOnFatal(f.name, read.findings.filter((x) => x.params?.["file"] === f.name));
      for (const c of read.rowCounts) counts.set(c.file, (counts.get(c.file) ?? 0) + c.rows);
      records = read.records;
    }
    yield* records;
  }

  async function* all(): AsyncGenerator<ChildRecord, void, undefined> {
    for (const file of json) {
      progress.label(file.name);
      yield* guardedRecords(file.name, jsonRecords(file, progress, findings, counts, limits));
    }
    const [only] = cin;
    if (cin.length === 1 && ssda.length === 0 && only !== undefined) yield* cinStream(only);
    else if (cin.length > 0 || ssda.length > 0) yield* merged();
    progress.done();
  }

  return { records: all(), workforce, findings, counts };
}
