// What a file covers, read from its content: the collection year of an SSDA903 table from the
// dates in it, and the span of dates kinsafe child records hold. The name of a file is only a
// fallback: cs-demand-model's `2017-episodes.csv` holds the 2017-18 return (episodes ending
// 1 April 2017 to 31 March 2018), which its name would label 2016-17.
import { createCsvParser, resolveLimits, textChunks, toIsoDate } from "../interop/internal";

/**
 * The collection year a date falls in: the year of the 31 March that ends it (1 April 2024 to
 * 31 March 2025 is 2025).
 *
 * @param iso - A date `YYYY-MM-DD`.
 * @returns The year.
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
    for await (const chunk of textChunks(data, limits)) parser.write(chunk);
    parser.end();
  } catch {
    // A file that cannot be parsed is reported when it is read; its year is then not known here.
    return undefined;
  }
  return majorityYear(years);
}

// Keys of a child record whose dates are about the child, not facts of a case.
const NOT_FACT_DATES = new Set(["dob", "expectedDob", "deathDate"]);

/**
 * The span of dates kinsafe child records (JSON or JSON Lines) hold: the earliest and latest
 * quoted `YYYY-MM-DD` value of any field other than the child's dates of birth and death.
 *
 * @param data - The file's bytes or text.
 * @returns The span, or `undefined` when it holds no dates.
 */
export async function recordDateSpan(data: AsyncIterable<Uint8Array | string>): Promise<{ start: string; end: string } | undefined> {
  const pattern = /"([A-Za-z_$][\w$]*)"\s*:\s*"(\d{4}-\d{2}-\d{2})"/g;
  let start: string | undefined;
  let end: string | undefined;
  let carry = "";
  for await (const chunk of textChunks(data, resolveLimits(undefined))) {
    const text = carry + chunk;
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      last = m.index + m[0].length;
      const key = m[1] ?? "";
      const date = m[2] ?? "";
      if (NOT_FACT_DATES.has(key) || toIsoDate(date) === undefined) continue;
      if (start === undefined || date < start) start = date;
      if (end === undefined || date > end) end = date;
    }
    carry = text.slice(Math.max(last, text.length - 256));
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}
