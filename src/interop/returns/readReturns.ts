// Reading many returns at once: the records of every file given, children merged across
// returns, with the findings of each file and of the merge.
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { KinsafeError, type Finding, type InputIssue } from "../../core";
import { appendSsda903, cohortOfColumns, compareEpisodeFindings, concatColumns, createColumnPartBuilder, mayOverflow, mergeReturnRows, type ColumnPart, type ReturnRows } from "../../records/internal";
import { createCohortBuilder, validateChildRecord, type ChildRecord, type CohortFinding, type ColumnarCohort } from "../../records";
import type { Ssda903File, Ssda903Read } from "../ssda903";
import { dobOf, fitsRecord, readSsda903With, recordOf as ssda903RecordOf, upnOf, type Ssda903ChildRead } from "../ssda903/internal";
import { readWorkforceCensus, type WorkforceCensusRead } from "../workforce";
import { cinFileRecords, fileChunks, mergePart, readIntoParts, readIntoRows, type CinFileResult, type PlacedFinding, type RecordForm } from "./cinParts";
import { identifyReturns, yearFindings } from "./identifyReturns";
import { checkedCsvChunks, guardReading, inputError, refusal, parseJsonText, readingError, readJsonFile, resolveReturnLimits, textLines, type ReturnLimits } from "./limits";
import { progressTo, rewindable, type Progress, type ReadProgress } from "./progress";
import type { MergeMessage, ReadWorkerData, ReadWorkerMessage } from "./readWorker";
import type { ReturnFile, ReturnFinding, ReturnSource } from "./ReturnFile";
import { storedRecordReader } from "./storedRecords";
import { readTidyTables, TidyTableError, type TidyTableName, type TidyTableSource } from "./tidyTables";
import { readTidyColumns } from "./tidyColumns";
import { createUtf8Check, NotUtf8Error } from "./utf8";
import { dirname } from "node:path";


/**
 * A workforce census read by {@link readReturns}: its file, its reference date and the input the
 * workforce metrics take.
 *
 * @category Returns
 */
export interface ReturnWorkforce {
  readonly file: string;
  readonly referenceDate: string;
  readonly input: NonNullable<WorkforceCensusRead["input"]>;
}

/**
 * What {@link readReturns} read. `records` is read as it is iterated, once; `findings` and
 * `counts` are complete when it has been iterated to the end.
 *
 * @category Returns
 */
export interface ReturnsRead {
  /** The files, as {@link identifyReturns} found them: each with its kind and collection year. */
  readonly returns: readonly ReturnFile[];
  /**
   * The child records of every return, kinsafe records file and set of tidy tables, children
   * merged across returns (one record per child). Read as they are iterated (a single return or
   * JSON Lines file is streamed, so memory does not grow with the file); they can be iterated
   * once.
   */
  readonly records: AsyncIterable<ChildRecord>;
  /** The workforce censuses, read before the records. */
  readonly workforce: readonly ReturnWorkforce[];
  /**
   * Every finding: the year of each file (`returns/year-mismatch`), the readers' (by file), the
   * records left out of kinsafe files (`returns/invalid-child-record`) and the merge's (file
   * `(cohort)`). Filled in as the records are read.
   */
  readonly findings: readonly ReturnFinding[];
  /** How many records (workers, for a workforce census; rows, for SSDA903) each file gave, by name. Filled in as the records are read. */
  readonly counts: ReadonlyMap<string, number>;
  /**
   * The children as a {@link ColumnarCohort} for the core data set, instead of `records` (what
   * was read is taken once: one or the other). Each merged record is checked as the metrics
   * engine checks it with `validate: "skip"`: an invalid one is left out and counted, with its
   * errors. When the CIN census returns are merged in parts by worker threads (`order: "any"`,
   * `threads` > 1, more than one return, no SSDA903), each thread merges its share of the
   * children and hands them back as columns: no record crosses between threads as an object
   * or JSON a second time, and the calling thread holds only the columns.
   *
   * @throws `KinsafeError` with code `invalid-argument` when `records` was read first; `invalid-input` as `records` does.
   *
   * @example
   * {@includeCode ../../../tests/interop/returns/readReturnsCohort.test.ts#read-returns-cohort}
   */
  readonly cohort: () => Promise<ReturnsCohort>;
}

/**
 * The cohort {@link ReturnsRead.cohort} built, and what checking the merged records found.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturnsCohort.test.ts#read-returns-cohort}
 *
 * @category Returns
 */
export interface ReturnsCohort {
  /** The valid children, as columns (give it to `computeCoreDataSet` or `computeCoreDataSets`). */
  readonly cohort: ColumnarCohort;
  /** Merged records checked (valid or not). */
  readonly read: number;
  /** Records left out as invalid. */
  readonly skipped: number;
  /** Each invalid record: its place among the merged records (from 0), its child's id when readable, and zod's issues. */
  readonly errors: readonly { readonly index: number; readonly childId?: string; readonly issues: readonly InputIssue[] }[];
}

/**
 * Options of {@link readReturns}.
 *
 * @category Returns
 */
export interface ReadReturnsOptions {
  /**
   * How children are matched across returns: `child-id` (default) by authority and local id;
   * `upn` by Unique Pupil Number where both records have one.
   */
  readonly matchBy?: "child-id" | "upn";
  /**
   * The order of the merged records: `first-seen` (default), children in the order they were
   * first read; `any`, the order that is fastest to produce (for sums, as the core data set).
   * With `any` and `child-id` matching, large CIN census inputs are merged in parts (children
   * grouped by a hash of their id), which keeps memory small; the records and findings are the
   * same, only their order differs.
   */
  readonly order?: "first-seen" | "any";
  /**
   * Worker threads that read CIN census returns when they are merged in parts (default 1: the
   * returns are read in the calling thread). Each thread reads whole files. `kinsafe metrics`
   * uses one thread for CIN census returns under 256 MB in all, else the processors, at most 4.
   */
  readonly threads?: number;
  /** Limits to replace (default {@link DEFAULT_RETURN_LIMITS}). */
  readonly limits?: Partial<ReturnLimits>;
  /** Told how far reading has come (files started, bytes read, done). */
  readonly onProgress?: (event: ReadProgress) => void;
  /**
   * Bytes of CIN census XML per part when merging in parts (default: merged whole up to 32 MiB,
   * else parts of 4 MiB).
   *
   * @internal
   */
  readonly bytesPerPart?: number;
  /**
   * The read worker's module, built. Without it, the package uses dist/readWorker.js beside
   * itself, and code run from the sources loads readWorker.ts through tsx in each thread, which
   * registers loader hooks in a worker thread, a setup that can deadlock on Node 20: tests pass
   * a built worker (tests/cli/helpers.ts `readWorkerModule`).
   *
   * @internal
   */
  readonly readWorkerUrl?: URL;
}

// CIN census XML up to this size is merged whole; above it, in parts of BYTES_PER_PART (about
// 1,200 children each), at most MAX_PARTS. Small parts keep the records of the part being merged
// few (less of them outlives the young generation) and share the parts out evenly between the
// threads: on 163 MB of returns, parts of 4 MB took 3.2–3.5 s against 3.8–3.9 s for parts of
// 32 MB, and on 2.2 GB 30.9 s and 1.6 GB against 36.4 s and 1.9 GB (bench/README.md).
const MERGE_WHOLE_BYTES = 32 * 1024 * 1024;
const BYTES_PER_PART = 4 * 1024 * 1024;
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

async function* jsonRecords(file: ReturnFile, progress: Progress, findings: ReturnFinding[], counts: Map<string, number>, limits: ReturnLimits): AsyncGenerator<ChildRecord, void, undefined> {
  counts.set(file.name, counts.get(file.name) ?? 0);
  // Records of an earlier schema version are migrated as they are read (one finding a file).
  const stored = storedRecordReader(file.name);
  const accept = (value: unknown, where: string): ChildRecord | undefined => {
    const checked = validateChildRecord(stored.read(value, where));
    if (checked.ok) {
      counts.set(file.name, (counts.get(file.name) ?? 0) + 1);
      return checked.value;
    }
    const issue = checked.error.issues[0];
    findings.push({
      file: file.name,
      finding: {
        code: "returns/invalid-child-record",
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
    migrated(file.name, stored.finding(), findings);
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
  migrated(file.name, stored.finding(), findings);
}

function migrated(file: string, finding: Finding | undefined, findings: ReturnFinding[]): void {
  if (finding !== undefined) findings.push({ file, finding });
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
 * Reads many returns at once, as `kinsafe metrics` and `kinsafe tables` do: identifies each file
 * (see {@link identifyReturns}; files already identified are taken as they are), reads the
 * workforce censuses, then hands out the child records of every CIN census, SSDA903 return and
 * kinsafe records file, children merged across returns child by child (the cohort builder of
 * `kinsafe/cin-census`, each return with the collection year read from its content). SSDA903
 * tables are attached to the CIN census records of the same children. kinsafe's tidy tables
 * (`kinsafe tables`) are read a directory at a time into the same child records, or straight
 * into the columns of the cohort (`cohort()`), each row placed and checked with findings naming
 * its file, line and column (see docs/cli.md, "Reading the tables back"). A single CIN census
 * file (with nothing to attach) and kinsafe JSON Lines are streamed: memory does not grow with
 * the file. Node.js only; it reads nothing but the files given (no clock, no environment).
 *
 * @param files - The files: paths (or paths with names for messages), or the files {@link identifyReturns} returned.
 * @param options - How to match children, the order, threads, limits and progress.
 * @returns The files as identified, the records (read as they are iterated), the workforce censuses and the findings.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-input`, also while `records` is iterated, when a file cannot be read at all: missing, over a limit, broken or unsafe XML, a malformed CSV, invalid JSON (the message names the file and, where known, the line and column).
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#read-returns}
 *
 * @category Returns
 */
export async function readReturns(files: readonly (ReturnSource | ReturnFile)[], options: ReadReturnsOptions = {}): Promise<ReturnsRead> {
  const progress = rewindable(progressTo(options.onProgress));
  const limits = resolveReturnLimits(options.limits);
  const matchBy = options.matchBy ?? "child-id";
  const identified = files.every(isReturnFile) ? files : await identifyReturns(files.map((f) => (isReturnFile(f) ? { path: f.path, name: f.name } : f)), { limits });
  const findings: ReturnFinding[] = yearFindings(identified);
  const counts = new Map<string, number>();
  const note = (file: string, list: readonly Finding[]): void => {
    for (const finding of list) findings.push({ file, finding });
  };

  const workforce: ReturnWorkforce[] = [];
  for (const file of identified.filter((f) => f.kind === "workforce")) {
    progress.label(file.name);
    const read = await guardReading(file.name, () => readWorkforceCensus(fileChunks(file.path, progress, file.name, limits.maxBytes), { file: file.name }));
    note(file.name, read.findings);
    stopOnFatal(file.name, read.findings);
    counts.set(file.name, read.workersRead);
    if (read.input === undefined) inputError(`${file.name}: the workforce census has no reference date.`);
    workforce.push({ file: file.name, referenceDate: read.input.referenceDate, input: read.input });
  }

  const cin = identified.filter((f) => f.kind === "cin-census");
  const ssda = identified.filter((f) => f.kind === "ssda903-csv" || f.kind === "ssda903-xml");
  const json = identified.filter((f) => f.kind === "kinsafe-json" || f.kind === "kinsafe-jsonl");
  const tableFiles = identified.filter((f) => f.kind === "kinsafe-table" && f.table !== "coverage");
  const withCoverage = identified.some((f) => f.kind === "kinsafe-table" && f.table === "coverage");

  // What reading each CIN census file gave; its header is filled in as the file is read.
  const fileResults = new Map<string, CinFileResult>();
  const headerYear = (r: CinFileResult | undefined): number | undefined => {
    const ref = r?.header?.referenceDate;
    return ref === undefined ? r?.header?.collectionYear : Number(ref.slice(0, 4));
  };
  // A file that could not be read at all (removed, no permission, over a limit, anything thrown
  // while reading it): a refusal naming the file.
  const unreadable = (name: string, error: unknown): never => {
    throw readingError(name, error);
  };

  // One CIN census return, record by record. A return that cannot be read to the end stops the
  // reading with the position of the problem, after the records read before it.
  async function* cinStream(file: ReturnFile): AsyncGenerator<ChildRecord, void, undefined> {
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
  async function* cinWithYears(file: ReturnFile): AsyncGenerator<{ record: ChildRecord; year: number }, void, undefined> {
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
  async function* mergedInParts(count: number, threads: number, form: RecordForm): AsyncGenerator<ChildRecord, void, undefined> {
    // pieces[part][file]: the records' JSON, in pieces.
    const pieces: string[][][] = Array.from({ length: count }, () => cin.map(() => []));
    const results: (CinFileResult | undefined)[] = cin.map(() => undefined);
    const keep = (file: number, part: number, json: string): void => {
      pieces[part]?.[file]?.push(json);
    };
    if (threads > 1) await readInWorkers(count, threads, keep, results, form);
    else {
      for (let f = 0; f < cin.length; f++) {
        const file = cin[f] as ReturnFile;
        progress.label(file.name);
        try {
          results[f] = await readIntoParts(file.path, file.name, count, progress, (part, json) => keep(f, part, json), limits.maxBytes, form);
        } catch (error) {
          unreadable(file.name, error);
        }
      }
    }
    const years = filesRead(results);
    // Findings of the merge, with where their record was in the reading order (file, place in
    // the file, order within the record), so that they are listed as one merge would list them.
    const cohortFindings: PlacedFinding[] = [];
    const episodeFindings: CohortFinding[] = [];
    for (let p = 0; p < count; p++) {
      const builder = mergePart(pieces[p] ?? [], (json) => `[${json}]`, years, cohortFindings, form);
      pieces[p] = [];
      yield* builder.records();
      // Episodes missing from the next return are known once every return is in the part.
      for (const finding of builder.findings()) if (finding.code === "cin-census/episode-not-in-next-return") episodeFindings.push(finding);
    }
    noteMergeFindings(cohortFindings, episodeFindings);
  }

  // What reading each CIN census file found, noted, and the collection year of each (a file
  // with a broken or unsafe part stops the reading here, with its position).
  function filesRead(results: readonly (CinFileResult | undefined)[]): number[] {
    return cin.map((file, f) => {
      const result = results[f];
      note(file.name, result?.findings ?? []);
      counts.set(file.name, result?.count ?? 0);
      stopOnFatal(file.name, result?.findings ?? []);
      return headerYear(result) ?? file.year ?? 0;
    });
  }

  // The findings of a merge in parts, listed as one merge would list them.
  function noteMergeFindings(placed: readonly PlacedFinding[], episodes: readonly CohortFinding[]): void {
    const sorted = [...placed].sort((a, b) => a.f - b.f || a.seq - b.seq || a.n - b.n);
    note("(cohort)", [...sorted.map((x) => x.finding), ...[...episodes].sort(compareEpisodeFindings)]);
  }

  // Merging in parts in the worker threads, which hand back each part as columns: each thread
  // reads its share of the files into columns, sends the rows of the parts other threads own to
  // them, and merges its own parts (see readWorker.ts). Parts are handed out in order, as
  // mergedInParts would hand out their records. False, before any part is handed out, when a
  // thread found a record or a part the columns cannot merge: the caller then merges records.
  async function* columnsInWorkers(count: number, threads: number): AsyncGenerator<ColumnPart, boolean, undefined> {
    const loads = sharedOut(threads);
    const n = loads.length;
    // A port from each thread to each other one.
    const ports: (MessagePort | undefined)[][] = Array.from({ length: n }, () => new Array<MessagePort | undefined>(n).fill(undefined));
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const channel = new MessageChannel();
        (ports[a] as (MessagePort | undefined)[])[b] = channel.port1;
        (ports[b] as (MessagePort | undefined)[])[a] = channel.port2;
      }
    }
    const results: (CinFileResult | undefined)[] = cin.map(() => undefined);
    const arrived = new Map<number, Extract<ReadWorkerMessage, { type: "part" }>>();
    const workers: Worker[] = [];
    let readDone = 0;
    let checked = 0;
    let fallback = false;
    let done = 0;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const fail = (error: Error): void => {
      failure ??= error;
      for (const w of workers) void w.terminate();
      notify();
    };
    const until = async (ready: () => boolean): Promise<void> => {
      for (;;) {
        if (failure !== undefined) throw failure;
        if (ready()) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    };
    try {
      for (let w = 0; w < n; w++) {
        const load = loads[w] as (typeof loads)[number];
        const peers = ports[w] as (MessagePort | undefined)[];
        const data: ReadWorkerData = { files: load.files, parts: count, maxBytes: limits.maxBytes, mode: "columns", worker: w, threads: n, fileCount: cin.length, peers };
        const worker = startWorker(data, peers.filter((p): p is MessagePort => p !== undefined));
        workers.push(worker);
        watch(worker, results, (m) => {
          if (m.type === "read" || m.type === "checked") {
            if (m.type === "read") readDone++;
            else checked++;
            if (m.fallback === true) fallback = true;
          } else if (m.type === "part") arrived.set(m.part, m);
          else if (m.type === "done") done++;
          notify();
        }, fail);
      }
      await until(() => readDone === n || fallback);
      if (fallback) return false;
      const noted = findings.length;
      const years = filesRead(results);
      for (const w of workers) w.postMessage({ type: "merge", years } satisfies MergeMessage);
      await until(() => checked === n || fallback);
      if (fallback) {
        // The files' findings are noted again when the returns are read again.
        findings.length = noted;
        return false;
      }
      const placed: PlacedFinding[] = [];
      const episodes: CohortFinding[] = [];
      for (let p = 0; p < count; p++) {
        await until(() => arrived.has(p));
        const m = arrived.get(p) as Extract<ReadWorkerMessage, { type: "part" }>;
        arrived.delete(p);
        placed.push(...m.findings);
        episodes.push(...m.episodeFindings);
        yield m.columns;
      }
      await until(() => done === n);
      noteMergeFindings(placed, episodes);
      return true;
    } finally {
      for (const w of workers) void w.terminate();
    }
  }

  // The CIN census returns read in this thread straight into columns (see columnsInWorkers):
  // with `merge` false (one return, read in one part) its children are handed out as read, as
  // cinStream hands out their records (a return is not merged with itself). False, before any
  // part is handed out, when a record or a part cannot be written or merged as columns: the
  // caller then reads records.
  async function* columnsInThread(count: number, merge: boolean): AsyncGenerator<ColumnPart, boolean, undefined> {
    const rows: ReturnRows[][][] = Array.from({ length: count }, () => cin.map(() => []));
    const results: (CinFileResult | undefined)[] = cin.map(() => undefined);
    const noted = findings.length;
    // In one part, each file's findings and count are noted as it is read, and a problem that
    // stops the reader stops the reading there, as when the returns are streamed (cinStream);
    // in several, once every file is read, as mergedInParts does.
    const streamed = count === 1;
    for (let f = 0; f < cin.length; f++) {
      const file = cin[f] as ReturnFile;
      progress.label(file.name);
      const result: CinFileResult = { findings: [], count: 0, header: undefined };
      let taken = false;
      try {
        taken = (await readIntoRows(file.path, file.name, count, progress, (p, r) => rows[p]?.[f]?.push(r), limits.maxBytes, result)) !== undefined;
      } catch (error) {
        if (streamed) {
          note(file.name, result.findings);
          counts.set(file.name, result.count);
        }
        unreadable(file.name, error);
      }
      if (!taken) {
        // The findings are noted again when the returns are read again as records.
        findings.length = noted;
        return false;
      }
      results[f] = result;
      if (streamed) {
        note(file.name, result.findings);
        counts.set(file.name, result.count);
        stopOnFatal(file.name, result.findings);
      }
    }
    const years = streamed ? cin.map((file, f) => headerYear(results[f]) ?? file.year ?? 0) : filesRead(results);
    if (!merge) {
      for (const r of rows[0]?.[0] ?? []) yield { data: r.data, read: r.data.n, skipped: 0, errors: [] };
      return true;
    }
    if (rows.some((part) => mayOverflow(part))) {
      // The files' findings are noted again when the returns are read again.
      findings.length = noted;
      return false;
    }
    const placed: PlacedFinding[] = [];
    const episodes: CohortFinding[] = [];
    for (let p = 0; p < count; p++) {
      const merged = mergeReturnRows(rows[p] ?? [], years, (finding, f, seq) => placed.push({ f, seq, n: placed.length, finding }));
      rows[p] = [];
      episodes.push(...merged.episodeFindings);
      yield merged.part;
    }
    noteMergeFindings(placed, episodes);
    return true;
  }

  // The files shared out among worker threads (largest first, each to the least loaded thread).
  // A read thread's messages: its progress and each file's result are taken here, the rest go
  // to `on`; a refusal (a file that cannot be read), an error, or an exit before `done` go to
  // `fail`.
  function watch(worker: Worker, results: (CinFileResult | undefined)[], on: (m: ReadWorkerMessage) => void, fail: (error: Error) => void): void {
    let finished = false;
    worker.on("message", (m: ReadWorkerMessage) => {
      if (m.type === "progress") progress.advance(m.bytes);
      else if (m.type === "file") results[m.file] = m.result;
      else if (m.type === "input-error") {
        finished = true;
        fail(refusal(m.message));
      } else {
        if (m.type === "done") finished = true;
        on(m);
      }
    });
    worker.on("error", (error) => {
      finished = true;
      fail(error);
    });
    worker.on("exit", (code) => {
      if (!finished) fail(new Error(`A read thread stopped (exit code ${String(code)}) before it finished.`));
    });
  }

  // The files shared out among `threads` worker threads (largest first, each to the least loaded thread).
  function sharedOut(threads: number): { bytes: number; files: { index: number; path: string; name: string }[] }[] {
    const loads = Array.from({ length: Math.min(threads, cin.length) }, () => ({ bytes: 0, files: [] as { index: number; path: string; name: string }[] }));
    const order = cin.map((file, index) => ({ file, index })).sort((a, b) => b.file.size - a.file.size || a.index - b.index);
    for (const { file, index } of order) {
      const least = loads.reduce((a, b) => (b.bytes < a.bytes ? b : a));
      least.bytes += file.size;
      least.files.push({ index, path: file.path, name: file.name });
    }
    for (const load of loads) load.files.sort((a, b) => a.index - b.index);
    progress.label(cin.length === 1 ? (cin[0]?.name ?? "") : `${String(cin.length)} CIN census returns`);
    return loads;
  }

  // Built, the worker is dist/readWorker.js beside the package's modules (the command names its
  // own, bundled, dist/cliReadWorker.js); run from the sources (tests, benchmarks), it is the
  // TypeScript file, loaded through tsx's loader.
  function startWorker(data: ReadWorkerData, transferList: readonly MessagePort[] = []): Worker {
    const fromSources = options.readWorkerUrl === undefined && import.meta.url.endsWith(".ts");
    const url = options.readWorkerUrl ?? new URL(fromSources ? "./readWorker.ts" : "./readWorker.js", import.meta.url);
    return fromSources
      ? new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: data, transferList: [...transferList] })
      : new Worker(url, { workerData: data, transferList: [...transferList] });
  }

  async function readInWorkers(count: number, threads: number, keep: (file: number, part: number, json: string) => void, results: (CinFileResult | undefined)[], form: RecordForm): Promise<void> {
    const loads = sharedOut(threads);
    const workers: Worker[] = [];
    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
    };
    await Promise.all(
      loads.map(
        (load) =>
          new Promise<void>((resolve, reject) => {
            const data: ReadWorkerData = { files: load.files, parts: count, maxBytes: limits.maxBytes, form };
            let worker: Worker;
            try {
              worker = startWorker(data);
            } catch (error) {
              stopAll();
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            workers.push(worker);
            watch(
              worker,
              results,
              (m) => {
                if (m.type === "chunk") keep(m.file, m.part, m.json);
                else if (m.type === "done") resolve();
              },
              (error) => {
                stopAll();
                reject(error);
              },
            );
          }),
      ),
    );
  }

  // The number of parts the CIN census returns are merged in (1: merged whole).
  function partCount(): number {
    if (ssda.length > 0 || options.order !== "any" || matchBy !== "child-id") return 1;
    const bytes = cin.reduce((n, f) => n + f.size, 0);
    if (options.bytesPerPart === undefined && bytes <= MERGE_WHOLE_BYTES) return 1;
    return Math.min(MAX_PARTS, Math.max(1, Math.ceil(bytes / (options.bytesPerPart ?? BYTES_PER_PART))));
  }

  async function* merged(form: RecordForm): AsyncGenerator<ChildRecord, void, undefined> {
    const count = partCount();
    if (count > 1) {
      yield* mergedInParts(count, options.threads ?? 1, form);
      return;
    }
    const builder = createCohortBuilder({ matchBy: matchBy });
    // Each return is streamed into the builder, so that only the cohort is held, not the
    // records of every file as well.
    for (const file of cin) for await (const { record, year } of cinWithYears(file)) builder.add(record, { year });
    note("(cohort)", builder.findings());
    if (ssda.length === 0) {
      yield* builder.records();
      return;
    }
    const records: readonly ChildRecord[] = builder.build().records;
    yield* (await ssdaRead(records)).records;
  }

  // The SSDA903 tables read, attached to the CIN census records (none: the SSDA903 children are
  // records of their own, and none is looked for), their findings and counts noted; `take` is
  // given each child read when there are no CIN census records (see readSsda903With).
  async function ssdaRead(records: readonly ChildRecord[], take?: (child: Ssda903ChildRead) => boolean): Promise<Ssda903Read> {
    // CSV is checked line by line (length, NUL bytes) as it is read; XML by the reader's limits.
    const ssdaFiles: Ssda903File[] = ssda.map((f) => {
      const chunks = fileChunks(f.path, progress, f.name, limits.maxBytes);
      return { name: f.name, data: f.kind === "ssda903-csv" ? checkedCsvChunks(chunks, f.name, limits.maxLineBytes) : chunks, ...(f.year === undefined ? {} : { year: f.year }) };
    });
    const names = ssda.map((f) => f.name).join(", ");
    progress.label(names);
    const la = records.find((r) => r.child.la !== undefined)?.child.la;
    const attach = cin.length === 0 ? {} : { attachTo: records };
    const read = await guardReading(names, () => readSsda903With(ssdaFiles, { ...attach, matchBy: matchBy, ...(la === undefined ? {} : { la }) }, take));
    for (const f of read.findings) {
      // A finding about the return as a whole (not one table) names its files.
      const file = typeof f.params?.["file"] === "string" ? f.params["file"] : typeof f.params?.["files"] === "string" ? f.params["files"] : names;
      findings.push({ file, finding: f });
    }
    for (const f of ssda) stopOnFatal(f.name, read.findings.filter((x) => x.params?.["file"] === f.name));
    for (const c of read.rowCounts) counts.set(c.file, (counts.get(c.file) ?? 0) + c.rows);
    return read;
  }

  // SSDA903 tables alone, each child written straight into the columns as it is read (no record
  // made when its record would be valid; else its record, checked as any), in parts as
  // columnsOfRecords makes them.
  async function* ssdaColumns(): AsyncGenerator<ColumnPart, void, undefined> {
    const parts: ColumnPart[] = [];
    const builder = createColumnPartBuilder();
    await ssdaRead([], (child) => {
      if (fitsRecord(child)) builder.addWith((columns) => appendSsda903(columns, child.childId, upnOf(child), child.episodes, dobOf(child), child.uasc, child.missing, child.reviews, child.outcomes.ad1, child.outcomes.oc2, child.outcomes.oc3));
      else builder.add(ssda903RecordOf(child));
      if (builder.size >= PART_RECORDS) parts.push(builder.take());
      return true;
    });
    if (builder.size > 0) parts.push(builder.take());
    yield* parts;
  }

  async function* jsonAll(): AsyncGenerator<ChildRecord, void, undefined> {
    for (const file of json) {
      progress.label(file.name);
      yield* guardedRecords(file.name, jsonRecords(file, progress, findings, counts, limits));
    }
  }

  // kinsafe's tidy tables, a set per directory, each read whole: into records, or straight into
  // columns (the same rows placed and checked the same way).
  async function* tableSets<T extends { readonly rows: ReadonlyMap<string, number> }>(read: (sources: readonly TidyTableSource[], report: (file: string, finding: Finding) => void, maxTextLength: number) => Promise<T>): AsyncGenerator<T, void, undefined> {
    if (tableFiles.length === 0) return;
    if (!withCoverage) {
      const files = tableFiles.map((f) => f.name).join(", ");
      findings.push({ file: files, finding: { code: "returns/tables-without-coverage", severity: "warning", path: [], params: { files } } });
    }
    const sets = new Map<string, ReturnFile[]>();
    for (const f of tableFiles) {
      const dir = dirname(f.path);
      const set = sets.get(dir);
      if (set === undefined) sets.set(dir, [f]);
      else set.push(f);
    }
    for (const set of sets.values()) {
      const names = set.map((f) => f.name).join(", ");
      if (!set.some((f) => f.table === "children")) inputError(`${names}: tidy tables without their children table (children.csv): the rows cannot be given to children.`);
      progress.label(names);
      // Each file as text and as bytes: the reader takes one of them (bytes for plain rows read
      // straight into columns), and the file is opened only when it is read.
      const chunks = (f: ReturnFile): AsyncIterable<Uint8Array> => checkedCsvChunks(fileChunks(f.path, progress, f.name, limits.maxBytes), f.name, limits.maxLineBytes);
      const sources: TidyTableSource[] = set.map((f) => ({ name: f.name, table: f.table as TidyTableName, text: guardedRecords(f.name, utf8Text(chunks(f), f.name)), bytes: guardedRecords(f.name, chunks(f)) }));
      let result: T;
      try {
        result = await read(sources, (file, finding) => findings.push({ file, finding }), MAX_CELL_LENGTH);
      } catch (error) {
        if (error instanceof TidyTableError) inputError(`${error.file}:${String(error.line)}: cannot be read: ${error.message}.`);
        throw readingError(set[0]?.name ?? names, error);
      }
      for (const [file, rows] of result.rows) counts.set(file, rows);
      yield result;
    }
  }

  async function* tablesAll(): AsyncGenerator<ChildRecord, void, undefined> {
    for await (const set of tableSets(readTidyTables)) yield* set.records;
  }

  // `form`: how records merged in parts are held meanwhile (`compact` when they become columns:
  // the fields of the records handed out then come in the schema's order).
  async function* returnsAll(form: RecordForm): AsyncGenerator<ChildRecord, void, undefined> {
    const [only] = cin;
    if (cin.length === 1 && ssda.length === 0 && only !== undefined) yield* cinStream(only);
    else if (cin.length > 0 || ssda.length > 0) yield* merged(form);
  }

  // The records or the columns are read once, by whichever is asked for first.
  let taken: string | undefined;
  const take = (what: string): void => {
    if (taken !== undefined) throw new KinsafeError("invalid-argument", `What readReturns read can be taken once: ${taken} was taken, so ${what} cannot be.`);
    taken = what;
  };

  async function* all(): AsyncGenerator<ChildRecord, void, undefined> {
    take("records");
    yield* jsonAll();
    yield* tablesAll();
    yield* returnsAll("json");
    progress.done();
  }

  // The children as columns, in parts: built from the records, in batches, or, when the CIN
  // census returns are merged in parts by worker threads, built by the threads.
  async function* columns(): AsyncGenerator<ColumnPart, void, undefined> {
    take("the cohort");
    yield* columnsOfRecords(jsonAll());
    for await (const set of tableSets(readTidyColumns)) yield set.part;
    const count = partCount();
    const threads = Math.min(options.threads ?? 1, cin.length);
    if (cin.length === 0 && ssda.length > 0) yield* ssdaColumns();
    else if (cin.length > 0 && ssda.length === 0 && matchBy === "child-id") {
      // CIN census returns straight into columns: in worker threads, or in this one (one return
      // in one part, its children as read; several merged in parts).
      progress.mark();
      const ok = count > 1 && threads > 1 ? yield* columnsInWorkers(count, threads) : yield* columnsInThread(cin.length > 1 ? count : 1, cin.length > 1);
      if (!ok) {
        // Read again as records (the bytes read before are not counted twice).
        progress.rewind();
        yield* columnsOfRecords(returnsAll("compact"));
      }
    } else yield* columnsOfRecords(returnsAll("compact"));
    progress.done();
  }

  const read: ReturnsRead = {
    returns: identified,
    records: all(),
    workforce,
    findings,
    counts,
    cohort: async () => {
      const parts: ColumnPart[] = [];
      for await (const part of columns()) parts.push(part);
      return cohortRead(parts);
    },
  };
  columnParts.set(read, columns);
  return read;
}

const columnParts = new WeakMap<ReturnsRead, () => AsyncGenerator<ColumnPart, void, undefined>>();

/**
 * The children `readReturns` read, as columns in parts (see `ReturnsRead.cohort`), for the
 * metrics engine to add part by part (`accumulateColumns`).
 *
 * @internal
 */
export function readColumnParts(read: ReturnsRead): AsyncGenerator<ColumnPart, void, undefined> {
  const parts = columnParts.get(read);
  if (parts === undefined) throw new KinsafeError("invalid-argument", "Not the result of readReturns.");
  return parts();
}

// Records as columns, in parts of at most PART_RECORDS records.
const PART_RECORDS = 16_384;
async function* columnsOfRecords(records: AsyncIterable<ChildRecord>): AsyncGenerator<ColumnPart, void, undefined> {
  const builder = createColumnPartBuilder();
  for await (const record of records) {
    builder.add(record);
    if (builder.size >= PART_RECORDS) yield builder.take();
  }
  if (builder.size > 0) yield builder.take();
}

// The cohort of the parts, with what checking the records found.
function cohortRead(parts: readonly ColumnPart[]): ReturnsCohort {
  const errors: ReturnsCohort["errors"][number][] = [];
  let read = 0;
  let skipped = 0;
  for (const part of parts) {
    for (const e of part.errors) errors.push({ ...e, index: read + e.index });
    read += part.read;
    skipped += part.skipped;
  }
  return { cohort: cohortOfColumns(concatColumns(parts.map((p) => p.data))), read, skipped, errors };
}

function isReturnFile(file: ReturnSource | ReturnFile): file is ReturnFile {
  return typeof file === "object" && "kind" in file;
}

// The longest cell of a tidy table (a postcode, an id: far less).
const MAX_CELL_LENGTH = 10_000;

// Bytes as text, decoded as UTF-8 across chunk ends. Bytes that are not UTF-8 (a spreadsheet
// saving in its own code page) are a refusal naming the file and the line, never replaced; the
// line is found as the byte reader of the tidy tables finds it (createUtf8Check).
async function* utf8Text(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<string, void, undefined> {
  const check = createUtf8Check();
  const refuse = (error: unknown): never => {
    if (error instanceof NotUtf8Error) return inputError(`${name}:${String(error.line)}: cannot be read: ${error.message}.`);
    throw error;
  };
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = check.text(chunk);
    } catch (error) {
      return refuse(error);
    }
    yield text;
  }
  let rest: string;
  try {
    rest = check.end();
  } catch (error) {
    return refuse(error);
  }
  if (rest !== "") yield rest;
}
