import type { ChildRecord } from "../../records";
import { checkWriterObject, checkWriterRecord, checkWriterRecords, csvCell } from "../internal";

/**
 * Options of `writeSsda903`.
 *
 * @category SSDA903
 */
export interface WriteSsda903Options {
  /** Date style: `dd/mm/yyyy` (default, as DfE's CSV files) or `yyyy-mm-dd`. */
  readonly dates?: "dd/mm/yyyy" | "yyyy-mm-dd";
  /** Sex codes: `M`/`F`/`U` (default, from 2024-25) or `1`/`2` (up to 2023-24; `U` is written empty). */
  readonly sexCodes?: "letters" | "numbers";
}

/**
 * The CSV tables `writeSsda903` writes.
 *
 * @category SSDA903
 */
export interface Ssda903Csv {
  readonly header: string;
  readonly episodes: string;
  readonly reviews: string;
  readonly missing: string;
  readonly uasc: string;
  /** OC2, OC3, AD1 and PlacedAdoption, each row with its collection year in a last `YEAR` column (empty when not known), as `readSsda903` reads it. */
  readonly oc2: string;
  readonly oc3: string;
  readonly ad1: string;
  readonly placedForAdoption: string;
}

/**
 * Writes the looked-after data of child records as SSDA903 CSV tables (header, episodes,
 * reviews, missing, UASC, OC2, OC3, AD1, placed for adoption), with the DfE column names; the
 * OC2, OC3, AD1 and placed-for-adoption rows, which a record holds for several years, carry their
 * collection year in a `YEAR` column. Children with no looked-after episode and none of those rows
 * are left out. Every cell is safe to open in a spreadsheet: a value that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (also behind single quotes) gets a `'` in front, so it is
 * shown as text rather than run as a formula (CSV injection). `readSsda903` takes exactly that
 * one quote off again, so every value reads back as written: the child `-1234` is written
 * `'-1234` and read as `-1234`.
 *
 * @param records - The children.
 * @param options - Date style and sex codes.
 * @returns One CSV text per table, with a header row and CRLF line ends.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `records` is not an array of child records or `options` is not an object.
 *
 * @example
 * {@includeCode ../../../tests/interop/ssda903.test.ts#write}
 *
 * @example
 * An id a spreadsheet would run as a formula reads back as the same child:
 * {@includeCode ../../../tests/interop/repeatedValues.test.ts#round-trip}
 *
 * @category SSDA903
 */
export function writeSsda903(records: readonly ChildRecord[], options: WriteSsda903Options = {}): Ssda903Csv {
  checkWriterRecords(records, "writeSsda903");
  checkWriterObject(options, "The options");
  const dmy = (options.dates ?? "dd/mm/yyyy") === "dd/mm/yyyy";
  const d = (v: string | undefined): string => (v === undefined ? "" : dmy ? `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}` : v);
  const sex = (v: string | undefined): string => (v === undefined ? "" : options.sexCodes === "numbers" ? (v === "M" ? "1" : v === "F" ? "2" : "") : v);
  const line = (cells: readonly (string | undefined)[]): string => `${cells.map((c) => csvCell(c ?? "")).join(",")}\r\n`;
  const header = [line(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"])];
  const episodes = [line(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"])];
  const reviews = [line(["CHILD", "DOB", "REVIEW", "REVIEW_CODE"])];
  const missing = [line(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"])];
  const uasc = [line(["CHILD", "SEX", "DOB", "DUC"])];
  const oc2 = [line(["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED", "YEAR"])];
  const oc3 = [line(["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM", "YEAR"])];
  const ad1 = [line(["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "YEAR"])];
  const placed = [line(["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "YEAR"])];
  const flag = (v: boolean | undefined): string => (v === undefined ? "" : v ? "1" : "0");
  const num = (v: number | undefined): string => (v === undefined ? "" : String(v));
  for (const r of records) {
    checkWriterRecord(r, ["lookedAfterEpisodes", "lookedAfterReviews", "missing"]);
    const outcomes = (r.lookedAfterOutcomes?.length ?? 0) + (r.careLeaverOutcomes?.length ?? 0) + (r.adoptions?.length ?? 0) + (r.adoptionDecisions?.length ?? 0);
    if (r.lookedAfterEpisodes.length === 0 && outcomes === 0) continue;
    const c = r.child;
    header.push(line([c.childId, sex(c.sex), d(c.dob), c.ethnicity, c.upn, "", ""]));
    if (c.uasc === true) uasc.push(line([c.childId, sex(c.sex), d(c.dob), ""]));
    for (const e of r.lookedAfterEpisodes) {
      episodes.push(line([c.childId, d(e.startDate), e.reasonForNewEpisode, e.legalStatus, e.categoryOfNeed, e.placementType, e.placementProvider, d(e.endDate), e.reasonEpisodeCeased, e.reasonForPlacementChange, e.homePostcode, e.placementPostcode, e.urn]));
    }
    for (const v of r.lookedAfterReviews) reviews.push(line([c.childId, d(c.dob), d(v.date), v.participation]));
    for (const m of r.missing) missing.push(line([c.childId, d(c.dob), m.missingType, d(m.startDate), d(m.endDate)]));
    for (const o of r.lookedAfterOutcomes ?? []) {
      oc2.push(line([c.childId, d(c.dob), num(o.sdqScore), o.sdqReason, flag(o.convicted), flag(o.healthCheck), flag(o.immunisations), flag(o.teethCheck), flag(o.healthAssessment), flag(o.substanceMisuse), flag(o.interventionReceived), flag(o.interventionOffered), num(o.year)]));
    }
    for (const o of r.careLeaverOutcomes ?? []) oc3.push(line([c.childId, d(c.dob), o.inTouch, o.activity, o.accommodation, num(o.year)]));
    for (const a of r.adoptions ?? []) ad1.push(line([c.childId, d(c.dob), d(a.decisionDate), d(a.matchDate), flag(a.fosterCarerAdoption), num(a.numberOfAdopters), a.adopterSex, a.adopterLegalStatus, num(a.year)]));
    for (const p of r.adoptionDecisions ?? []) placed.push(line([c.childId, d(c.dob), d(p.decisionDate), d(p.ceasedDate), p.ceasedReason, num(p.year)]));
  }
  return {
    header: header.join(""),
    episodes: episodes.join(""),
    reviews: reviews.join(""),
    missing: missing.join(""),
    uasc: uasc.join(""),
    oc2: oc2.join(""),
    oc3: oc3.join(""),
    ad1: ad1.join(""),
    placedForAdoption: placed.join(""),
  };
}
