// What the files given to `kinsafe metrics` cover: for each kind of fact, the dates the files
// read hold, and the kinds that were read but cannot be used. The engine makes a figure
// unavailable (not 0) when no input covers what it needs.
import type { IsoDate } from "../core";
import { FACT_KINDS, type CoverageSpan, type DataCoverage, type FactKind } from "../metrics";
import type { ReturnFile } from "../interop/returns";
import { collectionYearOfDate, yearTableOf } from "../interop/returns/internal";

// SSDA903 episodes columns and what is lost without each: the first four are needed to read a
// row at all (the reader does not read the table without them); without DEC every episode
// looks open, without REC the reason an episode ended is unknown.
const EPISODE_COLUMNS_NEEDED = ["DECOM", "RNE", "LS", "PLACE", "DEC", "REC"] as const;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates a return covers: its collection year, 1 April to 31 March; for a CIN census, the
 * year that ends on its `ReferenceDate` (the day after the reference date one year before,
 * to the reference date: the CIN validator's census period).
 *
 * @param file - The return.
 * @returns The span, or `undefined` when its year is not known.
 */
export function returnSpan(file: ReturnFile): CoverageSpan | undefined {
  if (file.kind === "cin-census" && file.referenceDate !== undefined) {
    const ref = file.referenceDate;
    const yearBefore = `${String(Number(ref.slice(0, 4)) - 1).padStart(4, "0")}${ref.slice(4)}`;
    // 29 February has no day a year before: the census then starts on 1 March.
    const start = ref.slice(5) === "02-29" ? `${yearBefore.slice(0, 5)}03-01` : addDays(yearBefore, 1);
    return { start: start as IsoDate, end: ref as IsoDate, source: file.name };
  }
  if (file.year === undefined) return undefined;
  return { start: `${String(file.year - 1)}-04-01` as IsoDate, end: `${String(file.year)}-03-31` as IsoDate, source: file.name };
}

// The kind of fact each SSDA903 table of a year's outcomes holds.
const YEAR_TABLE_FACTS = { OC2: "looked-after-outcomes", OC3: "care-leaver-outcomes", AD1: "adoptions" } as const satisfies Record<string, FactKind>;

// What an OC2, OC3 or AD1 table covers: its year; else each year of its YEAR column; else the
// periods given (its rows, of no year, are read as of any period).
function yearTableSpans(file: ReturnFile, periods: readonly { readonly start: string; readonly end: string }[]): CoverageSpan[] {
  const own = returnSpan(file);
  if (own !== undefined) return [own];
  if (file.yearColumn !== undefined && file.yearColumn.length > 0) return file.yearColumn.map((y) => ({ start: `${String(y - 1)}-04-01` as IsoDate, end: `${String(y)}-03-31` as IsoDate, source: file.name }));
  return periods.map((p) => ({ start: p.start as IsoDate, end: p.end as IsoDate, source: file.name }));
}

/**
 * The coverage of the files read, for the engine's `coverage` option:
 * - a CIN census return covers `cin-episodes` over its census year;
 * - an SSDA903 file holding episodes covers `looked-after-episodes` over its collection year
 *   (the year read from its dates, else its name); one without a column the episodes need
 *   (`DEC`, `REC`, …) makes them `unusable`, naming the file and the column; the SSDA903 UASC
 *   table (or an SSDA903 XML return) covers `uasc`, and the Missing table (or the XML) covers
 *   `missing`, and the Reviews table (or the XML) `looked-after-reviews`, over what the
 *   episodes cover;
 * - the SSDA903 OC2, OC3 and AD1 tables cover `looked-after-outcomes`, `care-leaver-outcomes`
 *   and `adoptions` over their own collection year (an XML return: its year), whatever the
 *   episodes read with them cover, each span with that table as its source: the year of the
 *   table (its name, its `YEAR` column, or the other tables of the return), each year of its
 *   `YEAR` column, else the periods given (its rows are then read as of any period); with none
 *   of these, the kind is `unusable`, saying why;
 * - kinsafe child records (JSON, JSON Lines) are the authority's own complete records, kind by
 *   kind: a kind of fact they hold is covered from 1 April of the collection year of its
 *   earliest fact to 31 March of the collection year of the latest fact of any kind (the
 *   records' "as of"), so that whole years count; a kind of which they hold no fact is not held;
 * - kinsafe tidy tables cover what their `coverage.csv` says (`kinsafe tables` writes it from the
 *   returns it read); tables without it cover nothing;
 * - a workforce census is not a kind of fact here (the workforce metrics have their own input).
 *
 * @param files - The identified files.
 * @param periods - The periods given (`--period`): what an OC2, OC3 or AD1 table of no known
 *   year covers.
 * @returns The coverage.
 *
 * @example
 * {@includeCode ../../tests/cli/coverage.test.ts#docs-example}
 */
export function coverageOf(files: readonly ReturnFile[], periods: readonly { readonly start: string; readonly end: string }[] = []): DataCoverage {
  const facts = new Map<FactKind, CoverageSpan[]>();
  const unusable = new Map<FactKind, string[]>();
  const add = (kind: FactKind, span: CoverageSpan): void => {
    const list = facts.get(kind);
    if (list === undefined) facts.set(kind, [span]);
    else list.push(span);
  };
  const cannotUse = (kind: FactKind, reason: string): void => {
    const list = unusable.get(kind);
    if (list === undefined) unusable.set(kind, [reason]);
    else list.push(reason);
  };
  let uascHeld = false;
  let missingHeld = false;
  let reviewsHeld = false;
  for (const file of files) {
    switch (file.kind) {
      case "cin-census": {
        const span = returnSpan(file);
        if (span === undefined) cannotUse("cin-episodes", `the collection year of the CIN census return ${file.name} is not known (no ReferenceDate or Year)`);
        else add("cin-episodes", span);
        break;
      }
      case "ssda903-csv":
      case "ssda903-xml": {
        const columns = file.columns;
        // The UASC table (or an XML return, whose header holds UASC) tells who is UASC.
        if (columns === undefined || columns.includes("DUC")) uascHeld = true;
        if (columns === undefined || columns.includes("MISSING")) missingHeld = true;
        if (columns === undefined || columns.includes("REVIEW")) reviewsHeld = true;
        const table = yearTableOf(file);
        if (table !== undefined) {
          const kind = YEAR_TABLE_FACTS[table];
          const spans = yearTableSpans(file, periods);
          if (spans.length === 0) cannotUse(kind, `the collection year of the SSDA903 ${table} table ${file.name} is not known (no year in its name, no YEAR column, no other table of the return dated): give the period (--period)`);
          for (const span of spans) add(kind, span);
          break;
        }
        // An XML return holds its OC2, OC3 and AD1 rows of its own year.
        if (columns === undefined) {
          const span = returnSpan(file);
          if (span !== undefined) for (const kind of Object.values(YEAR_TABLE_FACTS)) add(kind, span);
        }
        // A CSV table other than episodes (header, reviews, UASC…) holds no episodes.
        if (columns !== undefined && !columns.includes("DECOM") && !columns.includes("DEC")) break;
        const missing = columns === undefined ? [] : EPISODE_COLUMNS_NEEDED.filter((c) => !columns.includes(c));
        if (missing.length > 0) {
          cannotUse("looked-after-episodes", `the SSDA903 episodes file ${file.name} has no ${missing.join(", ")} column${missing.length === 1 ? "" : "s"}`);
          break;
        }
        const span = returnSpan(file);
        if (span === undefined) cannotUse("looked-after-episodes", `the collection year of the SSDA903 file ${file.name} is not known (no year in its name, no episode end dates in it)`);
        else add("looked-after-episodes", span);
        break;
      }
      case "kinsafe-json":
      case "kinsafe-jsonl":
        if (file.facts !== undefined) {
          const end = `${String(collectionYearOfDate(file.facts.span.end))}-03-31` as IsoDate;
          for (const kind of FACT_KINDS) {
            const held = file.facts.kinds[kind];
            if (held !== undefined) add(kind, { start: `${String(collectionYearOfDate(held.first) - 1)}-04-01` as IsoDate, end, source: file.name });
          }
        }
        break;
      case "kinsafe-table":
        // The tables say what they cover in coverage.csv; the other tables say nothing.
        for (const row of file.coverage ?? []) {
          const kind = row.fact as FactKind;
          if (!FACT_KINDS.includes(kind)) continue;
          if (row.start !== undefined && row.end !== undefined) add(kind, { start: row.start as IsoDate, end: row.end as IsoDate, source: row.source ?? file.name });
          else if (row.unusable !== undefined) cannotUse(kind, row.unusable);
        }
        break;
      case "workforce":
        break;
    }
  }
  // SSDA903 UASC rows hold no dates of their own: they cover what the episodes read with them cover
  const episodes = facts.get("looked-after-episodes");
  if (uascHeld && episodes !== undefined && !facts.has("uasc")) facts.set("uasc", episodes.map((s) => ({ ...s })));
  if (missingHeld && episodes !== undefined && !facts.has("missing")) facts.set("missing", episodes.map((s) => ({ ...s })));
  if (reviewsHeld && episodes !== undefined && !facts.has("looked-after-reviews")) facts.set("looked-after-reviews", episodes.map((s) => ({ ...s })));
  const out: { facts: Partial<Record<FactKind, readonly CoverageSpan[]>>; unusable?: Partial<Record<FactKind, string>> } = { facts: Object.fromEntries(facts) };
  if (unusable.size > 0) out.unusable = Object.fromEntries([...unusable].map(([k, reasons]) => [k, reasons.join("; ")]));
  return out;
}

/**
 * Whether any file holds records of the period: a return of a collection year that meets it
 * (usable or not), or kinsafe records with a date in it. A workforce census is not counted.
 *
 * @param files - The identified files.
 * @param period - The period, inclusive.
 * @returns `true` when some file holds part of the period.
 */
export function filesMeetPeriod(files: readonly ReturnFile[], period: { readonly start: string; readonly end: string }): boolean {
  return files.some((f) => {
    if (f.kind === "kinsafe-table") return (f.coverage ?? []).some((row) => row.start !== undefined && row.end !== undefined && row.start <= period.end && row.end >= period.start);
    if (f.kind === "kinsafe-json" || f.kind === "kinsafe-jsonl" || f.kind === "workforce") {
      const span = f.kind === "workforce" ? undefined : f.span;
      return span !== undefined && span.start <= period.end && span.end >= period.start;
    }
    // An OC2, OC3 or AD1 table of no known year is read as of the period; one of several years, by year.
    const spans = yearTableOf(f) === undefined ? [returnSpan(f)] : yearTableSpans(f, [period]);
    return spans.some((span) => span !== undefined && span.start <= period.end && span.end >= period.start);
  });
}
