import {
  EPISODE_END_REASON_CODES,
  ETHNICITY_CODES,
  LEGAL_STATUS_CODES,
  MISSING_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_PROVIDER_CODES,
  PLACEMENT_TYPE_CODES,
  PRIMARY_NEED_CODES,
  REVIEW_PARTICIPATION_CODES,
} from "../../records";
import type { Ssda903Table } from "./Ssda903";

// The SSDA903 tables as data: columns, the columns a row cannot do without, how to recognise a
// CSV file's table from its columns, which columns hold dates and which hold codes (data
// standards 3.1 and 3.2).

/**

 * Columns of each table, in the DfE CSV order.

 *

 * @internal

 */
export const TABLE_COLUMNS: Readonly<Record<Ssda903Table, readonly string[]>> = {
  header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
  reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
  uasc: ["CHILD", "SEX", "DOB", "DUC"],
  oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
  oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
  ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  placedForAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  previousPermanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
  missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  swEpisodes: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
  dolo: ["CHILD", "DOB", "DOLO_START", "DOLO_END"],
};

/**

 * Columns without which a row is not read.

 *

 * @internal

 */
export const REQUIRED: Readonly<Record<Ssda903Table, readonly string[]>> = {
  header: ["CHILD"],
  episodes: ["CHILD", "DECOM", "RNE", "LS", "PLACE"],
  reviews: ["CHILD", "REVIEW"],
  uasc: ["CHILD"],
  oc2: ["CHILD"],
  oc3: ["CHILD"],
  ad1: ["CHILD"],
  placedForAdoption: ["CHILD"],
  previousPermanence: ["CHILD"],
  missing: ["CHILD", "MISSING", "MIS_START"],
  swEpisodes: ["CHILD"],
  dolo: ["CHILD"],
};

/**
 * The first collection year whose SSDA903 specification has each table that is not in every
 * year: social worker episodes from 2023-24, deprivation of liberty orders from 2026-27 (data
 * standards 3.1 and 3.4).
 *
 * @internal
 */
export const TABLE_FROM_YEAR: Readonly<Partial<Record<Ssda903Table, number>>> = { swEpisodes: 2024, dolo: 2027 };

/**
 * The columns the SSDA903 specification of a collection year requires in a CSV table: every
 * column of the table (DfE's CSV layout has every column in every file, empty when there is no
 * value). The columns have been the same since the 2016-17 return; what changed by year are code
 * lists and whole tables ({@link TABLE_FROM_YEAR}). A year of 0 (unknown) is read as the latest.
 *
 * @internal
 */
export function specifiedColumns(table: Ssda903Table, year: number): readonly string[] {
  const from = TABLE_FROM_YEAR[table];
  return from !== undefined && year !== 0 && year < from ? REQUIRED[table] : TABLE_COLUMNS[table];
}

/**

 * Recognises a CSV table from its columns (a column only that table has).

 *

 * @internal

 */
export function tableOf(columns: ReadonlySet<string>): Ssda903Table | undefined {
  if (columns.has("DECOM")) return "episodes";
  if (columns.has("REVIEW")) return "reviews";
  if (columns.has("MIS_START") || columns.has("MISSING")) return "missing";
  if (columns.has("SDQ_SCORE") || columns.has("SDQ_REASON")) return "oc2";
  if (columns.has("IN_TOUCH")) return "oc3";
  if (columns.has("DATE_INT")) return "ad1";
  if (columns.has("DATE_PLACED")) return "placedForAdoption";
  if (columns.has("PREV_PERM")) return "previousPermanence";
  if (columns.has("SW_ID")) return "swEpisodes";
  if (columns.has("DOLO_START")) return "dolo";
  if (columns.has("DUC")) return "uasc";
  if (columns.has("ETHNIC") || columns.has("MOTHER")) return "header";
  return undefined;
}

/**

 * Columns that hold dates.

 *

 * @internal

 */
export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  "DOB", "MC_DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED", "DATE_PERM", "MIS_START", "MIS_END",
  "SW_DECOM", "SW_DEC", "DOLO_START", "DOLO_END",
]);

const FLAG: ReadonlySet<string> = new Set(["0", "1"]);

/**

 * Columns that hold a code from a closed list, with the list.

 *

 * @internal

 */
export const CODE_COLUMNS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["ETHNIC", new Set(ETHNICITY_CODES)],
  ["SEX", new Set(["1", "2", "M", "F", "U"])],
  ["RNE", new Set(NEW_EPISODE_REASON_CODES)],
  ["LS", new Set(LEGAL_STATUS_CODES)],
  ["CIN", new Set(PRIMARY_NEED_CODES)],
  ["PLACE", new Set(PLACEMENT_TYPE_CODES)],
  ["PLACE_PROVIDER", new Set(PLACEMENT_PROVIDER_CODES)],
  ["REC", new Set(EPISODE_END_REASON_CODES)],
  ["REASON_PLACE_CHANGE", new Set(PLACEMENT_CHANGE_REASON_CODES)],
  ["REVIEW_CODE", new Set(REVIEW_PARTICIPATION_CODES)],
  ["MISSING", new Set(MISSING_CODES)],
  ["SDQ_REASON", new Set(["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"])],
  ["IN_TOUCH", new Set(["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"])],
  ["PREV_PERM", new Set(["P1", "P2", "P3", "P4", "Z1"])],
  ["REASON_PLACED_CEASED", new Set(["RD1", "RD2", "RD3", "RD4"])],
  ["SEX_ADOPTR", new Set(["M1", "F1", "MM", "FF", "MF"])],
  ["LS_ADOPTR", new Set(["L0", "L11", "L12", "L2", "L3", "L4"])],
  // The yes-or-no columns of OC2 and AD1: 0 no, 1 yes.
  ...(["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED", "FOSTER_CARE"] as const).map((c) => [c, FLAG] as const),
  ["SW_REASON", new Set(["MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"])],
]);

/**
 * Columns that hold a code the reader does not check against a list, with the form it must
 * have: the OC3 activity and accommodation (1–4 capital letters or digits).
 *
 * @internal
 */
export const PATTERN_COLUMNS: ReadonlyMap<string, RegExp> = new Map([
  ["ACTIV", /^[A-Z0-9]{1,4}$/],
  ["ACCOM", /^[A-Z0-9]{1,4}$/],
]);

/**
 * Columns that hold a whole number, with the least and most it may be: the SDQ total
 * difficulties score (0–40) and the number of adopters (1 or 2).
 *
 * @internal
 */
export const NUMBER_COLUMNS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["SDQ_SCORE", [0, 40]],
  ["NB_ADOPTR", [1, 2]],
]);

/**
 * SSDA903 XML: where each element of a `CHILD` goes in the CSV model. Look names from a file up
 * with {@link xmlHeaderField} (own properties only).
 *
 * @internal
 */
export const XML_HEADER_FIELDS: Readonly<Record<string, Ssda903Table>> = {
  CHILDID: "header", UPN: "header", SEX: "header", DOB: "header", ETHNIC: "header", MOTHER: "header", MC_DOB: "header",
  UASC: "uasc", DUC: "uasc",
  DATE_INT: "ad1", DATE_MATCH: "ad1", FOSTER_CARE: "ad1", NB_ADOPTR: "ad1", SEX_ADOPTR: "ad1", LS_ADOPTR: "ad1",
  IN_TOUCH: "oc3", ACTIV: "oc3", ACCOM: "oc3",
};
/**
 * SSDA903 XML: repeated or grouped blocks inside `HEADER`. Look names from a file up with
 * {@link xmlHeaderBlock} (own properties only).
 *
 * @internal
 */
export const XML_HEADER_BLOCKS: Readonly<Record<string, Ssda903Table>> = {
  AMISSING: "missing", AREVIEW: "reviews", PERMANENCE: "previousPermanence", OC2: "oc2", AD_PLACED: "placedForAdoption",
};

/**
 * The table of a `HEADER` field named in a file, or `undefined` (never a property of
 * `Object.prototype`, such as `constructor`).
 *
 * @internal
 */
export function xmlHeaderField(name: string): Ssda903Table | undefined {
  return Object.hasOwn(XML_HEADER_FIELDS, name) ? XML_HEADER_FIELDS[name] : undefined;
}

/**
 * The table of a `HEADER` block named in a file, or `undefined`.
 *
 * @internal
 */
export function xmlHeaderBlock(name: string): Ssda903Table | undefined {
  return Object.hasOwn(XML_HEADER_BLOCKS, name) ? XML_HEADER_BLOCKS[name] : undefined;
}

/**
 * The columns of each table as sets, to check the names of columns and XML elements.
 *
 * @internal
 */
export const TABLE_COLUMN_SETS: ReadonlyMap<Ssda903Table, ReadonlySet<string>> = new Map(
  (Object.keys(TABLE_COLUMNS) as Ssda903Table[]).map((t) => [t, new Set(TABLE_COLUMNS[t])]),
);
