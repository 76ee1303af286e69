// What `identifyReturns` and `readReturns` say about each file: its kind, its collection year and
// what the year was read from.
import type { Finding } from "../../core";
import type { RecordFacts } from "./fileYears";
import type { TidyTableName } from "./tidyTables";

/**
 * The kinds of file {@link readReturns} reads: a CIN census return (XML), an SSDA903 return (its
 * CSV tables, or XML), a children's social work workforce census (XML), and kinsafe child
 * records (JSON, or JSON Lines: one record a line).
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#identify}
 *
 * @category Returns
 */
export type ReturnKind = "cin-census" | "ssda903-csv" | "ssda903-xml" | "workforce" | "kinsafe-json" | "kinsafe-jsonl" | "kinsafe-table";

/**
 * A human name for each {@link ReturnKind} (`CIN census XML`, `SSDA903 CSV`, …).
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#identify}
 *
 * @category Returns
 */
export const RETURN_KIND_NAMES: Readonly<Record<ReturnKind, string>> = {
  "cin-census": "CIN census XML",
  "ssda903-csv": "SSDA903 CSV",
  "ssda903-xml": "SSDA903 XML",
  workforce: "workforce census XML",
  "kinsafe-json": "kinsafe child records (JSON)",
  "kinsafe-jsonl": "kinsafe child records (JSON Lines)",
  "kinsafe-table": "kinsafe tidy table (CSV)",
};

/**
 * A file to read: its path, or its path and the name to use for it in findings and messages
 * (by default the path).
 *
 * @category Returns
 */
export type ReturnSource = string | { readonly path: string; readonly name?: string };

/**
 * One file as {@link identifyReturns} found it: what it is and which collection year it holds.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#identify}
 *
 * @category Returns
 */
export interface ReturnFile {
  /** The file's name in findings and messages (the path, unless another name was given). */
  readonly name: string;
  /** The path it is read from. */
  readonly path: string;
  readonly kind: ReturnKind;
  /** Its size in bytes. */
  readonly size: number;
  /**
   * The collection year (the year of the 31 March that ends it): from the content when it says
   * (a return's `ReferenceDate`, the dates of an SSDA903 table), else from the name.
   */
  readonly year: number | undefined;
  /** The year in the file's name, when there is one. */
  readonly nameYear?: number;
  /** What the year was read from, when not the name: `ReferenceDate`, `the dates in it`, `its YEAR column`, or the other tables of the return. */
  readonly yearFrom?: string;
  /** SSDA903 CSV with a `YEAR` column (a table kinsafe wrote): the years in it, oldest first. */
  readonly yearColumn?: readonly number[];
  /** SSDA903 CSV: the columns of its first line, upper case. */
  readonly columns?: readonly string[];
  /** CIN census and workforce census: the `ReferenceDate` at the start of the file. */
  readonly referenceDate?: string;
  /** kinsafe child records: the earliest and latest date of a fact they hold. */
  readonly span?: { readonly start: string; readonly end: string };
  /** kinsafe child records: the facts they hold, kind by kind, and the collection years holding them. */
  readonly facts?: RecordFacts;
  /** A kinsafe tidy table: which table (from its columns), or `coverage` for `coverage.csv`. */
  readonly table?: TidyTableName | "coverage";
  /** `coverage.csv`: its rows, each a span of dates a kind of fact is covered over, or a kind that cannot be used and why. */
  readonly coverage?: readonly TidyCoverageRow[];
}

/**
 * A row of `coverage.csv` (see {@link COVERAGE_COLUMNS}): a kind of fact covered from `start`
 * to `end` (inclusive) by `source`, or read but unusable (`unusable`: why; no dates).
 * @example
 * {@includeCode ../../../tests/interop/returns/tidyTables.test.ts#columns}
 * @category Returns
 */
export interface TidyCoverageRow {
  readonly fact: string;
  readonly start?: string;
  readonly end?: string;
  readonly source?: string;
  readonly unusable?: string;
}

/**
 * A finding of {@link readReturns}, with the file it came from (`(cohort)` for the merge of
 * several returns).
 *
 * @category Returns
 */
export interface ReturnFinding {
  readonly file: string;
  readonly finding: Finding;
}
