// What a file covers, read from its content: the collection year of an SSDA903 table from the
// dates in it, and the dates of each kind of fact kinsafe child records hold. The name of a file is only a
// fallback: cs-demand-model's `2017-episodes.csv` holds the 2017-18 return (episodes ending
// 1 April 2017 to 31 March 2018), which its name would label 2016-17.
import { createCsvParser, resolveLimits, textChunks, toIsoDate } from "../internal";
import { FACT_KINDS, type FactKind } from "../../metrics";
import { readStoredChildRecord } from "../../records/internal";

/**
 * The collection year a date falls in: the year of the 31 March that ends it (1 April 2024 to
 * 31 March 2025 is 2025).
 *
 * @param iso - A date `YYYY-MM-DD`.
 * @returns The year.
 * @internal
 */
export function collectionYearOfDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5) >= "04-01" ? year + 1 : year;
}

/**
 * The collection year most of the dates fall in, when more than half of them do; otherwise
 * `undefined` (too few or too scattered to tell).
 *
 * @param years - How many dates fall in each collection year.
 * @returns The year, or `undefined`.
 * @internal
 */
export function majorityYear(years: ReadonlyMap<number, number>): number | undefined {
  let total = 0;
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, n] of years) {
    total += n;
    if (n > bestCount) {
      best = year;
      bestCount = n;
    }
  }
  return best !== undefined && bestCount * 2 > total ? best : undefined;
}

// The dates of an SSDA903 return that fall inside its collection year: the end of an episode
// (an episode in the return closed in the year, or is open), and the start of a missing
// incident (every incident of the year). Start dates of episodes, reviews and dates of birth
// reach back before the year and tell nothing.
const IN_YEAR_COLUMNS = ["DEC", "MIS_START"] as const;

/**
 * The collection year of an SSDA903 file (CSV or XML) from the dates in it: the year most
 * episode end dates (`DEC`) and missing-incident starts (`MIS_START`) fall in.
 *
 * @param data - The file's bytes or text.
 * @param xml - Whether it is the XML variant.
 * @returns The year, or `undefined` when the file holds no such dates (a header table) or they
 *   are too scattered to tell.
 * @internal
 */
export async function ssda903ContentYear(data: AsyncIterable<Uint8Array | string>, xml: boolean): Promise<number | undefined> {
  const years = new Map<number, number>();
  const count = (value: string): void => {
    const iso = toIsoDate(value.trim());
    if (iso !== undefined) {
      const y = collectionYearOfDate(iso);
      years.set(y, (years.get(y) ?? 0) + 1);
    }
  };
  const limits = resolveLimits(undefined);
  if (xml) {
    const pattern = /<(DEC|MIS_START)>\s*([^<\s]{1,20})\s*<\/\1>/g;
    let carry = "";
    for await (const chunk of textChunks(data, limits)) {
      const text = carry + chunk;
      let last = 0;
      for (const m of text.matchAll(pattern)) {
        count(m[2] ?? "");
        last = m.index + m[0].length;
      }
      // Keep the end of the text that could be the start of an element cut by the chunk.
      carry = text.slice(Math.max(last, text.length - 64));
    }
    return majorityYear(years);
  }
  let columns: number[] | undefined;
  const parser = createCsvParser((cells) => {
    if (columns === undefined) {
      const names = cells.map((c) => c.trim().replace(/^\uFEFF/, "").toUpperCase());
      columns = IN_YEAR_COLUMNS.map((c) => names.indexOf(c)).filter((i) => i >= 0);
      return;
    }
    for (const i of columns) {
      const v = cells[i];
      if (v !== undefined && v.trim() !== "") count(v);
    }
  }, limits);
  try {
    for await (const chunk of textChunks(data, limits)) {
      parser.write(chunk);
      // A table with neither column (header, reviews, UASC, …) has no dates to tell: the rest of
      // it is not read.
      if (columns?.length === 0) return undefined;
    }
    parser.end();
  } catch {
    // A file that cannot be parsed is reported when it is read; its year is then not known here.
    return undefined;
  }
  return majorityYear(years);
}

/**
 * The collection years in the `YEAR` column of an SSDA903 CSV table (the OC2, OC3, AD1 and
 * PlacedAdoption tables kinsafe writes carry one, a year a row): each four-digit year once,
 * oldest first.
 *
 * @param data - The file's bytes or text.
 * @returns The years; empty when the table has no `YEAR` column or no year in it.
 * @internal
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/fileYears.test.ts#year-column}
 */
export async function ssda903YearColumn(data: AsyncIterable<Uint8Array | string>): Promise<readonly number[]> {
  const years = new Set<number>();
  let column: number | undefined;
  const limits = resolveLimits(undefined);
  const parser = createCsvParser((cells) => {
    if (column === undefined) {
      column = cells.map((c) => c.trim().replace(/^\uFEFF/, "").toUpperCase()).indexOf("YEAR");
      return;
    }
    const v = column < 0 ? undefined : cells[column]?.trim();
    if (v !== undefined && /^\d{4}$/.test(v)) years.add(Number(v));
  }, limits);
  try {
    for await (const chunk of textChunks(data, limits)) {
      parser.write(chunk);
      if (column !== undefined && column < 0) return [];
    }
    parser.end();
  } catch {
    // A file that cannot be parsed is reported when it is read.
    return [];
  }
  return [...years].sort((a, b) => a - b);
}

type Obj = Readonly<Record<string, unknown>>;

function objects(value: unknown, key: string): readonly Obj[] {
  const list = typeof value === "object" && value !== null ? (value as Obj)[key] : undefined;
  return Array.isArray(list) ? list.filter((x): x is Obj => typeof x === "object" && x !== null) : [];
}

function dates(value: Obj, keys: readonly string[], out: string[]): void {
  for (const k of keys) {
    const v = value[k];
    if (typeof v === "string" && toIsoDate(v) === v) out.push(v);
  }
}

/** The dates of one kind of fact in one child record (not yet checked, so read leniently). */
type FactDates = (record: unknown, out: string[]) => void;

// Targets (an ICPC's target date) are not facts: they are computed, and may lie ahead.
const cinEpisodeDates: FactDates = (record, out) => {
  for (const e of objects(record, "cinEpisodes")) {
    dates(e, ["referralDate", "closureDate", "episodeIcpcDate"], out);
    for (const a of objects(e, "assessments")) dates(a, ["startDate", "authorisationDate"], out);
    for (const p of objects(e, "cinPlans")) dates(p, ["startDate", "endDate"], out);
    for (const s of objects(e, "section47s")) dates(s, ["startDate", "strategyDiscussionDate", "icpcDate"], out);
    for (const p of objects(e, "cpPlans")) {
      dates(p, ["startDate", "endDate"], out);
      const reviews = p["reviewDates"];
      if (Array.isArray(reviews)) for (const r of reviews) if (typeof r === "string" && toIsoDate(r) === r) out.push(r);
    }
  }
};

const lookedAfterEpisodeDates: FactDates = (record, out) => {
  for (const e of objects(record, "lookedAfterEpisodes")) dates(e, ["startDate", "endDate"], out);
};

const visitDates: FactDates = (record, out) => {
  for (const v of objects(record, "visits")) dates(v, ["date"], out);
};

const earlyHelpDates: FactDates = (record, out) => {
  for (const e of objects(record, "earlyHelpEpisodes")) dates(e, ["startDate", "endDate"], out);
};

const careProceedingsDates: FactDates = (record, out) => {
  for (const p of objects(record, "careProceedings")) {
    dates(p, ["preProceedingsStart", "preProceedingsEnd", "issueDate", "finalOrderDate"], out);
    for (const x of objects(p, "timetableExtensions")) dates(x, ["date"], out);
  }
};

const strategyDiscussionDates: FactDates = (record, out) => {
  for (const e of objects(record, "cinEpisodes")) for (const s of objects(e, "section47s")) dates(s, ["strategyDiscussionDate"], out);
};

// Kinsafe records are the authority's complete records: a record with looked-after episodes
// holds the child's UASC status too (absent: not UASC).
const uascDates: FactDates = lookedAfterEpisodeDates;
// and every missing incident of the child (none: the child had none)
const missingDates: FactDates = (record, out) => {
  lookedAfterEpisodeDates(record, out);
  for (const m of objects(record, "missing")) dates(m, ["startDate", "endDate"], out);
};

// and every review of the child
const reviewDates: FactDates = (record, out) => {
  lookedAfterEpisodeDates(record, out);
  for (const r of objects(record, "lookedAfterReviews")) dates(r, ["date"], out);
};

// and, when the record carries the list (an empty list: read, none), its OC2, OC3 or AD1 rows,
// each of a collection year dated by its 31 March (a row with no year is not dated). A record
// without the list says nothing of them (kinsafe synth writes none): not read, not none.
const yearDates =
  (list: string): FactDates =>
  (record, out) => {
    if (typeof record !== "object" || record === null || !Array.isArray((record as Obj)[list])) return;
    lookedAfterEpisodeDates(record, out);
    for (const x of objects(record, list)) {
      const y = x["year"];
      if (typeof y === "number" && Number.isInteger(y) && y >= 1000 && y <= 9999) out.push(`${String(y)}-03-31`);
    }
  };

// One extractor per kind of fact: a kind added to FactKind without its extractor here does not
// compile.
const FACT_DATES: Readonly<Record<FactKind, FactDates>> = {
  "cin-episodes": cinEpisodeDates,
  "looked-after-episodes": lookedAfterEpisodeDates,
  visits: visitDates,
  "early-help": earlyHelpDates,
  "care-proceedings": careProceedingsDates,
  "strategy-discussions": strategyDiscussionDates,
  uasc: uascDates,
  missing: missingDates,
  "looked-after-reviews": reviewDates,
  "looked-after-outcomes": yearDates("lookedAfterOutcomes"),
  "care-leaver-outcomes": yearDates("careLeaverOutcomes"),
  adoptions: yearDates("adoptions"),
};

/**
 * The dates of each kind of fact in one child record (as read, before it is checked).
 *
 * @param record - A child record, or any JSON value (what is not a record gives no dates).
 * @param kind - The kind of fact.
 * @returns The dates, in no order.
 * @internal
 */
export function factDatesOf(record: unknown, kind: FactKind): string[] {
  const out: string[] = [];
  FACT_DATES[kind](record, out);
  return out;
}

/**
 * The facts kinsafe child records hold: per kind of fact, its earliest and latest date; the
 * span of all; and the collection years holding any.
 *
 * @category Returns
 */
export interface RecordFacts {
  /** Per kind of fact held, the earliest and latest date of that kind. A kind with no dated fact is absent. */
  readonly kinds: Partial<Record<FactKind, { readonly first: string; readonly last: string }>>;
  /** The earliest and latest date of a fact of any kind. */
  readonly span: { readonly start: string; readonly end: string };
  /** The collection years holding at least one fact, oldest first. */
  readonly years: readonly number[];
}

/**
 * The facts kinsafe child records (JSON or JSON Lines) hold, kind by kind (see
 * {@link factDatesOf}). The child's dates of birth and death are not facts of a case. A line or
 * document that is not JSON gives nothing here (it is reported when the records are read).
 *
 * @param data - The file's bytes or text.
 * @param jsonl - Whether it is JSON Lines (else one JSON document, whose size the caller has checked).
 * @param maxLineChars - A line of JSON Lines longer than this is skipped (it is refused when read).
 * @returns What they hold, or `undefined` when they hold no dated fact.
 * @internal
 */
export async function recordFacts(data: AsyncIterable<Uint8Array | string>, jsonl: boolean, maxLineChars = 16 * 1024 * 1024): Promise<RecordFacts | undefined> {
  const kinds: Partial<Record<FactKind, { first: string; last: string }>> = {};
  const years = new Set<number>();
  const out: string[] = [];
  const take = (json: unknown): void => {
    // A record of an earlier schema version is read in today's names; one of a newer release is
    // refused when the records are read.
    const stored = readStoredChildRecord(json);
    if (stored.kind === "newer") return;
    const record = stored.value;
    for (const kind of FACT_KINDS) {
      out.length = 0;
      FACT_DATES[kind](record, out);
      for (const d of out) {
        const k = kinds[kind];
        if (k === undefined) kinds[kind] = { first: d, last: d };
        else if (d < k.first) k.first = d;
        else if (d > k.last) k.last = d;
        years.add(collectionYearOfDate(d));
      }
    }
  };
  const takeValue = (value: unknown): void => {
    const list: unknown = Array.isArray(value) ? value : typeof value === "object" && value !== null && "records" in value ? value.records : value;
    if (Array.isArray(list)) for (const r of list) take(r);
    else take(list);
  };
  const parse = (text: string): void => {
    if (text.trim() === "") return;
    try {
      takeValue(JSON.parse(text));
    } catch {
      // Not JSON: reported when the records are read.
    }
  };
  // A line longer than the limit is not held here: it is refused, naming it, when the records
  // are read. Its dates are skipped up to the next line break.
  let rest = "";
  let skipping = false;
  for await (const chunk of textChunks(data, resolveLimits(undefined))) {
    if (!jsonl) {
      rest += chunk;
      continue;
    }
    let text = chunk;
    if (skipping) {
      const end = text.indexOf("\n");
      if (end < 0) continue;
      skipping = false;
      text = text.slice(end + 1);
    } else text = rest + text;
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) parse(line);
    if (rest.length > maxLineChars) {
      rest = "";
      skipping = true;
    }
  }
  if (!skipping) parse(rest);
  const held = Object.values(kinds);
  if (held.length === 0) return undefined;
  const start = held.reduce((a, k) => (k.first < a ? k.first : a), held[0]?.first ?? "");
  const end = held.reduce((a, k) => (k.last > a ? k.last : a), held[0]?.last ?? "");
  return { kinds, span: { start, end }, years: [...years].sort((a, b) => a - b) };
}

/**
 * The metrics' kinds of fact (`FACT_KINDS`), for `coverage.csv`: the one place the returns reader
 * reaches the engine's vocabulary.
 *
 * @internal
 */
export const COVERED_FACT_KINDS: readonly string[] = FACT_KINDS;
