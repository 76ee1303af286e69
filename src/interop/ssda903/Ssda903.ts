import type { Finding } from "../../core";
import type { ChildRecord } from "../../records";
import type { ReaderInput, ReaderLimits } from "../internal";
import type { Ssda903FindingCode } from "./findingCodes";

/**
 * The SSDA903 tables (DfE CSV file names in brackets): `header`, `episodes`, `reviews`, `uasc`,
 * `oc2`, `oc3`, `ad1`, `placedForAdoption` (PlacedAdoption), `previousPermanence` (PrevPerm),
 * `missing`, `swEpisodes` (from 2023-24), `dolo` (from 2026-27).
 *
 * @category SSDA903
 */
export const SSDA903_TABLES = [
  "header", "episodes", "reviews", "uasc", "oc2", "oc3", "ad1", "placedForAdoption", "previousPermanence", "missing", "swEpisodes", "dolo",
] as const;

/**
 * An SSDA903 table name (see {@link SSDA903_TABLES}).
 *
 * @category SSDA903
 */
export type Ssda903Table = (typeof SSDA903_TABLES)[number];

/**
 * One input file of an SSDA903 return: a CSV table or the XML return.
 *
 * @category SSDA903
 */
export interface Ssda903File {
  /** The file name, used in findings (and to tell XML from CSV when the content is a stream). */
  readonly name: string;
  /** The content: a string, bytes, a Node or web stream, or an (async) iterable of chunks. */
  readonly data: ReaderInput;
  /** The collection year (the year of the 31 March that ends it). Later years' rows replace earlier ones. Default 0, or the `YEAR` column when the file has one. */
  readonly year?: number;
  /** The table, for a CSV file; found from its columns when absent. */
  readonly table?: Ssda903Table;
}

/**
 * A row of a table beside the episodes, reviews and missing incidents (OC2, OC3, AD1, placed for
 * adoption, previous permanence, social worker episodes, deprivation of liberty orders, and the
 * UASC dates). Dates are converted to `YYYY-MM-DD`; other values are as given. The OC2, OC3, AD1
 * and placed-for-adoption rows are on the child records as well (`lookedAfterOutcomes`,
 * `careLeaverOutcomes`, `adoptions`, `adoptionDecisions`).
 *
 * @category SSDA903
 */
export interface Ssda903Row {
  readonly childId: string;
  readonly year: number;
  /** Values by column name (upper case, as in the DfE CSV layout). */
  readonly values: Readonly<Record<string, string>>;
  /** File and line it came from. */
  readonly file: string;
  readonly line: number;
}

/**
 * An SSDA903 finding; `params` carry `file`, `line` (and `column` in XML), `table`, `field`,
 * `value` and `childId` where they apply.
 *
 * @category SSDA903
 */
export type Ssda903Finding = Finding<Ssda903FindingCode>;

/**
 * Options of `readSsda903`.
 *
 * @category SSDA903
 */
export interface ReadSsda903Options {
  /** The authority's three-digit code, set on every record. */
  readonly la?: string;
  /** CIN census records to attach the looked-after data to. */
  readonly attachTo?: readonly ChildRecord[];
  /** How to match to `attachTo`: by local child id (default, `CHILD` = `LAchildID`) or by UPN. */
  readonly matchBy?: "child-id" | "upn";
  /** Limits that protect against hostile or broken files. */
  readonly limits?: ReaderLimits;
}

/**
 * What `readSsda903` returns.
 *
 * @category SSDA903
 */
export interface Ssda903Read {
  /** The child records: those of `attachTo` with their looked-after data, then children only in SSDA903. */
  readonly records: readonly ChildRecord[];
  /** Rows of the tables beside episodes, reviews and missing incidents, as read (OC2, OC3, AD1 and placed for adoption are on the records too). */
  readonly tables: Readonly<Record<"uasc" | "oc2" | "oc3" | "ad1" | "placedForAdoption" | "previousPermanence" | "swEpisodes" | "dolo", readonly Ssda903Row[]>>;
  /** Rows read from each file, by table: with the findings they account for every row. */
  readonly rowCounts: readonly { readonly file: string; readonly table: Ssda903Table | "unknown"; readonly rows: number }[];
  readonly findings: readonly Ssda903Finding[];
}
