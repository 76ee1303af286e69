// kinsafe's tidy tables: child records as one CSV per kind of item (one row per item, keyed by
// the child's id), and `coverage.csv`, the dates the tables cover. `kinsafe tables` writes them;
// `readReturns` (and so `kinsafe metrics`) reads them back into the same records.
import type { Finding } from "../../core";
import { MAX_LIST_LENGTH } from "../../core";
import type { ChildRecord } from "../../records";
import {
  ASSESSMENT_FACTOR_CODES,
  CLOSURE_REASON_CODES,
  CP_CATEGORY_CODES,
  DISABILITY_CODES,
  EarlyHelpEpisodeRecordSchema,
  EPISODE_END_REASON_CODES,
  ETHNICITY_CODES,
  FINAL_ORDER_CODES,
  LEGAL_STATUS_CODES,
  MISSING_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_PROVIDER_CODES,
  PLACEMENT_TYPE_CODES,
  PLAN_TYPES,
  PRIMARY_NEED_CODES,
  REFERRAL_SOURCE_CODES,
  REVIEW_PARTICIPATION_CODES,
  SEX_CODES,
} from "../../records";
import {
  byteCodes,
  dayOfBytes,
  digitsOfBytes,
  isLaBytes,
  isPlainIdBytes,
  isUpnBytes,
  NFA_NO,
  NFA_NOT_RECORDED,
  NFA_YES,
  NOT_A_DAY,
  NOT_DIGITS,
  OPEN_END,
  PLAN_TYPE_BIT,
  PREVIOUS_NOT_RECORDED,
  RECORD_PARTS,
  recordPartIssue,
} from "../../records/internal";
import { csvCell, csvCellValue, createCsvParser, CsvError, resolveLimits } from "../internal";
import { asciiText, readCsvBytes, type CsvByteRow } from "./csvBytes";
import { Ints } from "./ints";

/**
 * The tables of child records kinsafe writes and reads (`kinsafe tables`), with their columns in
 * order. Every column is required when a table is read; dates are `YYYY-MM-DD`, booleans `true`
 * or `false`, lists (disabilities, assessment factors, review dates, plan types) joined by `;`,
 * and an empty cell is "not recorded". A care proceedings' timetable extensions are rows of
 * `proceedings_extensions`, in order. The SSDA903 OC2, OC3, AD1 and PlacedAdoption rows are
 * `looked_after_outcomes`, `care_leaver_outcomes`, `adoptions` and `adoption_decisions` (`year`
 * the collection year). Host systems' `extensions` have no table.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/tidyTables.test.ts#columns}
 *
 * @category Returns
 */
export const TIDY_TABLE_COLUMNS = {
  children: ["child_id", "la", "upn", "sex", "dob", "expected_dob", "death_date", "ethnicity", "disabilities", "uasc"],
  episodes: ["child_id", "episode_id", "referral_date", "referral_source", "primary_need", "referral_nfa", "closure_date", "closure_reason", "episode_icpc_date"],
  assessments: ["child_id", "episode_id", "assessment_id", "start_date", "authorisation_date", "factors"],
  cin_plans: ["child_id", "episode_id", "plan_id", "start_date", "end_date"],
  section47_enquiries: ["child_id", "episode_id", "s47_id", "start_date", "strategy_discussion_date", "icpc_target_date", "icpc_date", "icpc_not_required"],
  cp_plans: ["child_id", "episode_id", "plan_id", "start_date", "end_date", "initial_category", "latest_category", "number_of_previous_cpp", "review_dates"],
  looked_after_episodes: ["child_id", "episode_id", "start_date", "reason_for_new_episode", "legal_status", "category_of_need", "placement_type", "placement_provider", "end_date", "reason_episode_ceased", "reason_for_placement_change", "home_postcode", "placement_postcode", "urn"],
  early_help_episodes: ["child_id", "episode_id", "start_date", "end_date", "outcome"],
  looked_after_reviews: ["child_id", "review_id", "date", "participation"],
  missing_incidents: ["child_id", "incident_id", "missing_type", "start_date", "end_date"],
  visits: ["child_id", "visit_id", "date", "plan_types", "seen_alone"],
  care_proceedings: ["child_id", "proceedings_id", "pre_proceedings_start", "pre_proceedings_end", "issue_date", "final_order_date", "final_order"],
  proceedings_extensions: ["child_id", "proceedings_id", "date", "weeks"],
  looked_after_outcomes: ["child_id", "looked_after_outcome_id", "year", "sdq_score", "sdq_reason", "convicted", "health_check", "immunisations", "teeth_check", "health_assessment", "substance_misuse", "intervention_received", "intervention_offered"],
  care_leaver_outcomes: ["child_id", "care_leaver_outcome_id", "year", "in_touch", "activity", "accommodation"],
  adoptions: ["child_id", "adoption_id", "year", "decision_date", "match_date", "foster_carer_adoption", "number_of_adopters", "adopter_sex", "adopter_legal_status"],
  adoption_decisions: ["child_id", "adoption_decision_id", "year", "decision_date", "ceased_date", "ceased_reason"],
} as const;

/**
 * A table of child records (see {@link TIDY_TABLE_COLUMNS}).
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/tidyTables.test.ts#columns}
 *
 * @category Returns
 */
export type TidyTableName = keyof typeof TIDY_TABLE_COLUMNS;

/**
 * The columns of `coverage.csv`: one row per span of dates a kind of fact is covered over
 * (`fact` a metrics `FactKind`, `start` and `end` inclusive, `source` the return it came from),
 * or, with `start` and `end` empty, a kind that was read but cannot be used (`unusable`: why).
 * Without it, nothing says which dates the tables cover, and every figure is unavailable.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/tidyTables.test.ts#columns}
 *
 * @category Returns
 */
export const COVERAGE_COLUMNS = ["fact", "start", "end", "source", "unusable"] as const;

/**
 * The kinds of fact the tidy tables hold (every kind the metrics read).
 *
 * @internal
 */
export const TIDY_TABLE_FACTS = ["cin-episodes", "strategy-discussions", "looked-after-episodes", "early-help", "visits", "care-proceedings", "uasc", "missing", "looked-after-reviews", "looked-after-outcomes", "care-leaver-outcomes", "adoptions"] as const;

/** A cell's value: text, a number or a boolean; `undefined` is an empty cell. */
type Cell = string | number | boolean | undefined;

const list = (items: readonly string[]): string | undefined => (items.length === 0 ? "" : items.join(";"));

/**
 * The rows of every table for one child record, in column order (values as they go into cells).
 *
 * @param record - A child record.
 * @returns The rows of each table for this child.
 * @internal
 */
export function tidyTableRows(record: ChildRecord): Record<TidyTableName, Cell[][]> {
  const c = record.child;
  const id = c.childId;
  const out: Record<TidyTableName, Cell[][]> = {
    children: [], episodes: [], assessments: [], cin_plans: [], section47_enquiries: [], cp_plans: [], looked_after_episodes: [],
    early_help_episodes: [], looked_after_reviews: [], missing_incidents: [], visits: [], care_proceedings: [], proceedings_extensions: [],
    looked_after_outcomes: [], care_leaver_outcomes: [], adoptions: [], adoption_decisions: [],
  };
  out.children.push([id, c.la, c.upn, c.sex, c.dob, c.expectedDob, c.deathDate, c.ethnicity, list(c.disabilities), c.uasc]);
  for (const e of record.cinEpisodes) {
    out.episodes.push([id, e.id, e.referralDate, e.referralSource, e.primaryNeed, e.referralNfa, e.closureDate, e.closureReason, e.episodeIcpcDate]);
    for (const a of e.assessments) out.assessments.push([id, e.id, a.id, a.startDate, a.authorisationDate, list(a.factors)]);
    for (const p of e.cinPlans) out.cin_plans.push([id, e.id, p.id, p.startDate, p.endDate]);
    for (const s of e.section47s) out.section47_enquiries.push([id, e.id, s.id, s.startDate, s.strategyDiscussionDate, s.icpcTargetDate, s.icpcDate, s.icpcNotRequired]);
    for (const p of e.cpPlans) out.cp_plans.push([id, e.id, p.id, p.startDate, p.endDate, p.initialCategory, p.latestCategory, p.numberOfPreviousCpp, list(p.reviewDates)]);
  }
  for (const e of record.lookedAfterEpisodes) {
    out.looked_after_episodes.push([id, e.id, e.startDate, e.reasonForNewEpisode, e.legalStatus, e.categoryOfNeed, e.placementType, e.placementProvider, e.endDate, e.reasonEpisodeCeased, e.reasonForPlacementChange, e.homePostcode, e.placementPostcode, e.urn]);
  }
  for (const e of record.earlyHelpEpisodes) out.early_help_episodes.push([id, e.id, e.startDate, e.endDate, e.outcome]);
  for (const r of record.lookedAfterReviews) out.looked_after_reviews.push([id, r.id, r.date, r.participation]);
  for (const m of record.missing) out.missing_incidents.push([id, m.id, m.missingType, m.startDate, m.endDate]);
  for (const v of record.visits) out.visits.push([id, v.id, v.date, list(v.planTypes), v.seenAlone]);
  for (const p of record.careProceedings) {
    out.care_proceedings.push([id, p.id, p.preProceedingsStart, p.preProceedingsEnd, p.issueDate, p.finalOrderDate, p.finalOrder]);
    for (const x of p.timetableExtensions) out.proceedings_extensions.push([id, p.id, x.date, x.weeks]);
  }
  for (const o of record.lookedAfterOutcomes ?? []) {
    out.looked_after_outcomes.push([id, o.id, o.year, o.sdqScore, o.sdqReason, o.convicted, o.healthCheck, o.immunisations, o.teethCheck, o.healthAssessment, o.substanceMisuse, o.interventionReceived, o.interventionOffered]);
  }
  for (const o of record.careLeaverOutcomes ?? []) out.care_leaver_outcomes.push([id, o.id, o.year, o.inTouch, o.activity, o.accommodation]);
  for (const a of record.adoptions ?? []) out.adoptions.push([id, a.id, a.year, a.decisionDate, a.matchDate, a.fosterCarerAdoption, a.numberOfAdopters, a.adopterSex, a.adopterLegalStatus]);
  for (const d of record.adoptionDecisions ?? []) out.adoption_decisions.push([id, d.id, d.year, d.decisionDate, d.ceasedDate, d.ceasedReason]);
  return out;
}

/**
 * One CSV row of a tidy table, ending with CRLF: numbers and booleans as they are, text made
 * safe against formula injection in a way the reader undoes exactly (a leading `'`), quoted when
 * it holds a comma, a quote or a line break.
 *
 * @param cells - The cells.
 * @returns The row.
 * @internal
 */
export function tidyCsvRow(cells: readonly Cell[]): string {
  return `${cells.map((v) => (v === undefined ? "" : typeof v === "string" ? csvCell(v) : String(v))).join(",")}\r\n`;
}

/** Where a row was read. */
interface Placed {
  readonly table: TidyTableName;
  readonly line: number;
}

type Obj = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The kinds of item of an episode, by their table. */
type ItemKind = "assessment" | "cinPlan" | "section47" | "cpPlan";
const ITEM_OF: Readonly<Partial<Record<TidyTableName, ItemKind>>> = { assessments: "assessment", cin_plans: "cinPlan", section47_enquiries: "section47", cp_plans: "cpPlan" };

/**
 * What the rows of the tables become, once placed and checked: child records, or columns. The
 * children are numbered in the order of the children table, the episodes (and care
 * proceedings) in the order of their table. A row is given when it is valid on its own, and an
 * episode or care proceedings also when it is not, so that its items find it; which children are
 * left out as a whole is what {@link scanTidyTables} returns.
 *
 * @internal
 */
export interface TidySink {
  child(values: Obj): void;
  episode(child: number, values: Obj): void;
  item(kind: ItemKind, child: number, episode: number, values: Obj): void;
  /** A row of a table of the child's own lists (looked-after episodes, early help, reviews, missing incidents, visits, care proceedings). */
  listItem(table: ChildListTable, child: number, values: Obj): void;
  /** A timetable extension of the care proceedings numbered `proceedings` (in the order of their rows). */
  timetableExtension(child: number, proceedings: number, values: Obj): void;
  /** Takes valid plain rows of the children, episodes, their items, looked-after and early help episodes and visits as values, not objects (see {@link TidyFastSink}). */
  readonly fast?: TidyFastSink;
}

/**
 * Valid rows of the children table, the episodes and their items, looked-after episodes, early
 * help episodes, visits and care proceedings, given as the values the columns of a cohort hold (day numbers, `OPEN_END` for an empty date;
 * codes as `codeOf`; `NFA_*`; `PREVIOUS_NOT_RECORDED`) instead of objects, when they are read
 * straight from the bytes of a plain row. A sink with this part receives each valid row either here or through its object
 * methods, never both, in the order of the rows; rows of timetable extensions read from bytes are checked and counted but not given (a sink with
 * this part is one that keeps no column of them).
 *
 * @internal
 */
export interface TidyFastSink {
  /** `dob`: a day number (OPEN_END when empty); `uasc`: 1 when true, else 0; `unborn`: 1 when `dob` is empty and the expected date of birth is not, else 0. */
  child(childId: string, upn: string | undefined, dob: number, uasc: number, unborn: number): void;
  /** `primaryNeed`: the code as `codeOf` (0 when empty). */
  episode(child: number, referral: number, closure: number, closureReason: number, nfa: number, referralSource: number, icpc: number, primaryNeed: number): void;
  /** `factorLo`, `factorHi`: the factors as `factorBits` gives them. */
  assessment(episode: number, start: number, authorisation: number, factorLo: number, factorHi: number): void;
  section47(episode: number, start: number, icpc: number, strategyDiscussion: number): void;
  cinPlan(episode: number, start: number, end: number): void;
  /** `reviews`: the review conference dates as day numbers; `initial`, `latest`: the categories as `codeOf` (0 when empty). */
  cpPlan(episode: number, start: number, end: number, previous: number, reviews: readonly number[], initial: number, latest: number): void;
  lookedAfter(child: number, start: number, end: number, legalStatus: number, reasonForNewEpisode: number, placementType: number, reasonEpisodeCeased: number): void;
  earlyHelp(child: number, start: number, end: number): void;
  careProceedings(child: number, preProceedingsStart: number, preProceedingsEnd: number, issue: number, finalOrder: number): void;
  /** `plans`: the visit's plan types as `PLAN_TYPE_BIT`s. */
  visit(child: number, day: number, plans: number): void;
  /** `type`: the `MISSING` code as `codeOf`. */
  missing(child: number, start: number, type: number): void;
  review(child: number, date: number): void;
}

/** The tables of a child's own lists, with the part of a record each row is and the record's list. */
const CHILD_LISTS = {
  looked_after_episodes: { part: "lookedAfter", field: "lookedAfterEpisodes" },
  early_help_episodes: { part: "earlyHelp", field: "earlyHelpEpisodes" },
  looked_after_reviews: { part: "review", field: "lookedAfterReviews" },
  missing_incidents: { part: "missing", field: "missing" },
  visits: { part: "visit", field: "visits" },
  care_proceedings: { part: "careProceedings", field: "careProceedings" },
  looked_after_outcomes: { part: "lookedAfterOutcome", field: "lookedAfterOutcomes" },
  care_leaver_outcomes: { part: "careLeaverOutcome", field: "careLeaverOutcomes" },
  adoptions: { part: "adoption", field: "adoptions" },
  adoption_decisions: { part: "adoptionDecision", field: "adoptionDecisions" },
} as const;

/**
 * A table of a child's own list (see {@link TidySink}).
 *
 * @internal
 */
export type ChildListTable = keyof typeof CHILD_LISTS;

/**
 * A source of a table: the file's name (in findings), its table, and its text.
 *
 * @internal
 */
export interface TidyTableSource {
  readonly name: string;
  readonly table: TidyTableName;
  readonly text: AsyncIterable<string>;
  /** The same file as bytes: when given, and the sink has `fast`, plain rows are read from the bytes (one of `text` and `bytes` is read). */
  readonly bytes?: AsyncIterable<Uint8Array>;
}

const ORDER: readonly TidyTableName[] = [
  "children", "episodes", "assessments", "cin_plans", "section47_enquiries", "cp_plans", "looked_after_episodes",
  "early_help_episodes", "looked_after_reviews", "missing_incidents", "visits", "care_proceedings", "proceedings_extensions",
  "looked_after_outcomes", "care_leaver_outcomes", "adoptions", "adoption_decisions",
];

// The record field of each column (the same name in camel case, except the tables' ids).
const FIELD: Readonly<Record<string, string>> = {
  child_id: "childId", episode_id: "id", assessment_id: "id", plan_id: "id", s47_id: "id", number_of_previous_cpp: "numberOfPreviousCpp",
  review_id: "id", incident_id: "id", visit_id: "id", proceedings_id: "id",
  looked_after_outcome_id: "id", care_leaver_outcome_id: "id", adoption_id: "id", adoption_decision_id: "id",
};
function fieldOf(column: string): string {
  return FIELD[column] ?? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
const LISTS: ReadonlySet<string> = new Set(["disabilities", "factors", "review_dates", "plan_types"]);
const BOOLEANS: ReadonlySet<string> = new Set([
  "uasc", "referral_nfa", "icpc_not_required", "seen_alone", "convicted", "health_check", "immunisations", "teeth_check", "health_assessment", "substance_misuse",
  "intervention_received", "intervention_offered", "foster_carer_adoption",
]);
const INTEGERS: ReadonlySet<string> = new Set(["number_of_previous_cpp", "weeks", "year", "sdq_score", "number_of_adopters"]);

/** A cell as a record value: lists split, booleans and integers converted when they are one (else kept, for the check to name). */
function valueOf(column: string, cell: string): unknown {
  const text = csvCellValue(cell);
  if (LISTS.has(column)) return text === "" ? [] : text.split(";");
  if (text === "") return undefined;
  if (BOOLEANS.has(column)) return text === "true" ? true : text === "false" ? false : text;
  if (INTEGERS.has(column) && /^\d{1,9}$/.test(text)) return Number(text);
  return text;
}

/** Rows that own other rows (episodes, care proceedings), numbered in order, found by child and id. */
interface Owners {
  /** Numbers a new owner; `undefined` when the child already has one with this id. */
  add(child: number, id: string): number | undefined;
  find(child: number, id: string): number | undefined;
  /** `find` by the bytes of an ASCII id. */
  findBytes(child: number, b: Uint8Array, s: number, e: number): number | undefined;
  idOf(owner: number): string;
  childOf(owner: number): number;
  readonly count: number;
}

// A child's owners are searched in order, newest first, along a chain through the owners: a
// child has a few (no map keyed by strings, no array per child).
function createOwners(): Owners {
  const ids: string[] = [];
  const children = new Ints();
  // The newest owner of each child plus one (0: none), and each owner's previous one of its child plus one.
  const newest = new Ints();
  const previous = new Ints();
  const find = (child: number, id: string): number | undefined => {
    for (let o = newest.at(child) - 1; o >= 0; o = previous.at(o) - 1) if (ids[o] === id) return o;
    return undefined;
  };
  return {
    add(child, id) {
      if (find(child, id) !== undefined) return undefined;
      const number = ids.length;
      ids.push(id);
      children.push(child);
      while (newest.length <= child) newest.push(0);
      previous.push(newest.at(child));
      newest.set(child, number + 1);
      return number;
    },
    find,
    findBytes(child, b, s, e) {
      for (let o = newest.at(child) - 1; o >= 0; o = previous.at(o) - 1) if (sameText(ids[o] as string, b, s, e)) return o;
      return undefined;
    },
    idOf: (owner) => ids[owner] as string,
    childOf: (owner) => children.at(owner),
    get count() {
      return ids.length;
    },
  };
}

// The code lists of the cells read from bytes (see scanTidyTables).
const SEX = byteCodes(SEX_CODES);
const ETHNICITY = byteCodes(ETHNICITY_CODES);
const DISABILITY = byteCodes(DISABILITY_CODES);
const REFERRAL_SOURCE = byteCodes(REFERRAL_SOURCE_CODES);
const PRIMARY_NEED = byteCodes(PRIMARY_NEED_CODES);
const CLOSURE_REASON = byteCodes(CLOSURE_REASON_CODES);
const CP_CATEGORY = byteCodes(CP_CATEGORY_CODES);
const FACTOR = byteCodes(ASSESSMENT_FACTOR_CODES);
const LAC_NEW_EPISODE = byteCodes(NEW_EPISODE_REASON_CODES);
const LAC_LEGAL_STATUS = byteCodes(LEGAL_STATUS_CODES);
const LAC_PLACEMENT = byteCodes(PLACEMENT_TYPE_CODES);
const LAC_PROVIDER = byteCodes(PLACEMENT_PROVIDER_CODES);
const LAC_ENDED = byteCodes(EPISODE_END_REASON_CODES);
const LAC_PLACEMENT_CHANGE = byteCodes(PLACEMENT_CHANGE_REASON_CODES);
// The outcomes of an early help episode, as the record's schema lists them.
const EARLY_HELP_OUTCOME = byteCodes(EarlyHelpEpisodeRecordSchema.shape.outcome.unwrap().options);
const PLAN_TYPE = byteCodes(PLAN_TYPES);
const REVIEW_PARTICIPATION = byteCodes(REVIEW_PARTICIPATION_CODES);
const FINAL_ORDER = byteCodes(FINAL_ORDER_CODES);
const MISSING_TYPE = byteCodes(MISSING_CODES);
// Each plan type's bit in a visit's column (PLAN_TYPE_BIT), by its code number.
const PLAN_BITS = [0, ...PLAN_TYPES.map((t) => PLAN_TYPE_BIT[t] ?? 8)];
// The longest postcode or URN of a looked-after episode (as the record's check).
const MAX_SHORT_TEXT = 100;

// The items of list cells read from bytes.
const isDisability = (b: Uint8Array, s: number, e: number): boolean => DISABILITY.index(b, s, e) > 0;

/** Whether the bytes `b[s..e)` (ASCII) are the characters of `text`. */
function sameText(text: string, b: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n !== text.length) return false;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) !== b[s + i]) return false;
  return true;
}

/**
 * Reads a set of tidy tables (one directory: `children` required, the others optional), row by
 * row, into `sink`: the children in the order of the children table, each episode and item under
 * its child and episode, in the order of their rows. Each row is checked as kinsafe checks that
 * part of a stored record. A child with a row that is not valid is left out whole, with a
 * `returns/invalid-child-record` finding naming the file, line, column and child for each such
 * row; a row whose child (or episode) is not in its table, or whose key is used twice, is left
 * out with a `returns/table-row-not-placed` finding, and with it the whole child when the
 * child's own rows are in doubt; a child with more items in a list than a record allows is left
 * out too. Records and columns are made from the same rows, so they leave out the same children
 * with the same findings. When the sink has `fast` and a source its `bytes`, the plain valid rows
 * of the tables `fast` has a part for are read from the bytes (see {@link TidyFastSink}); every
 * other row is read as text, as above, so the result does not depend on which way a row went.
 *
 * @param sources - The tables (at most one of each).
 * @param sink - Receives the rows.
 * @param report - Receives each finding with its file.
 * @param maxTextLength - The longest cell.
 * @returns For each child (by number), whether it is left out; and the rows read per file.
 * @throws {@link TidyTableError} for a table that is not valid CSV or lacks a column, or a second table of a kind.
 * @internal
 */
export async function scanTidyTables(sources: readonly TidyTableSource[], sink: TidySink, report: (file: string, finding: Finding) => void, maxTextLength: number): Promise<{ readonly leftOut: Uint8Array; readonly rows: ReadonlyMap<string, number> }> {
  const byTable = new Map<TidyTableName, TidyTableSource>();
  for (const s of sources) {
    const other = byTable.get(s.table);
    if (other !== undefined) throw new TidyTableError(s.name, 1, `a second ${s.table} table of the same tables (the first is ${other.name}); give each set of tables from its own directory`);
    byTable.set(s.table, s);
  }
  const childOf = new Map<string, number>();
  const twice = new Set<string>();
  const childIds: string[] = [];
  // 1 where `childOf` maps the child's id to it (0 for an id given twice).
  const keyed = new Ints();
  const invalid = new Ints();
  // Episodes, and care proceedings (for their timetable extensions), by child and id; how many
  // rows of each list a child or an episode has (a record's lists hold at most MAX_LIST_LENGTH).
  const episodeOwners = createOwners();
  const episodeCount = new Ints();
  const proceedingsOwners = createOwners();
  const extensionCount = new Ints();
  const listCounts: Record<ChildListTable, Ints> = {
    looked_after_episodes: new Ints(), early_help_episodes: new Ints(), looked_after_reviews: new Ints(), missing_incidents: new Ints(), visits: new Ints(), care_proceedings: new Ints(),
    looked_after_outcomes: new Ints(), care_leaver_outcomes: new Ints(), adoptions: new Ints(), adoption_decisions: new Ints(),
  };
  const itemCounts: Record<ItemKind, Ints> = { assessment: new Ints(), cinPlan: new Ints(), section47: new Ints(), cpPlan: new Ints() };
  const rows = new Map<string, number>();
  const limits = resolveLimits({ maxTextLength });
  const notPlaced = (file: string, table: TidyTableName, line: number, childId: string, reason: string): void => {
    report(file, { code: "returns/table-row-not-placed", severity: "error", path: [table, line], params: { file, table, line, childId, reason } });
  };
  const columnOfField = (table: TidyTableName, field: unknown): string | undefined => {
    if (typeof field !== "string") return undefined;
    const columns: readonly string[] = TIDY_TABLE_COLUMNS[table];
    if (field === "id") return columns[ITEM_OF[table] === undefined ? 1 : 2];
    return columns.find((c) => fieldOf(c) === field);
  };
  // A row that is not valid: its child is left out, and the finding names the cell.
  const notValid = (file: string, at: Placed, child: number, childId: string, part: keyof typeof RECORD_PARTS, value: Obj): void => {
    invalid.set(child, 1);
    const issue = recordPartIssue(part, value);
    const column = columnOfField(at.table, issue?.path[0]);
    report(file, {
      code: "returns/invalid-child-record",
      severity: "error",
      path: [at.table, at.line, ...(column === undefined ? [] : [column])],
      params: { file, line: at.line, where: `line ${String(at.line)}${column === undefined ? "" : `, column ${column}`} (child ${childId})`, reason: issue === undefined ? "invalid" : `${issue.path.join(".")}: ${issue.message}` },
    });
  };

  // A new row of the children table (numbered in order), and a child's id keyed to it.
  const newChild = (childId: string): number => {
    const child = childIds.length;
    childIds.push(childId);
    invalid.push(0);
    episodeCount.push(0);
    listCounts.looked_after_episodes.push(0);
    listCounts.early_help_episodes.push(0);
    listCounts.looked_after_reviews.push(0);
    listCounts.missing_incidents.push(0);
    listCounts.visits.push(0);
    listCounts.care_proceedings.push(0);
    listCounts.looked_after_outcomes.push(0);
    listCounts.care_leaver_outcomes.push(0);
    listCounts.adoptions.push(0);
    listCounts.adoption_decisions.push(0);
    keyed.push(0);
    return child;
  };
  const keyChild = (childId: string, child: number): void => {
    childOf.set(childId, child);
    keyed.set(child, 1);
  };
  // An episode numbered (by episodeOwners.add) for a child.
  const episodeAdded = (child: number): void => {
    itemCounts.assessment.push(0);
    itemCounts.cinPlan.push(0);
    itemCounts.section47.push(0);
    itemCounts.cpPlan.push(0);
    episodeCount.add(child, 1);
  };
  // Lookups by the bytes of an id, compared with the ids already read so that the rows of one
  // child (or episode) make no string; set by each table's reading below.
  let childOfBytes: (b: Uint8Array, s: number, e: number) => number | undefined = () => undefined;
  let episodeOfBytes: (child: number, b: Uint8Array, s: number, e: number) => number | undefined = () => undefined;

  /**
   * The reading of a plain row of a table straight from its bytes into `fast`, for the tables
   * it has a part for; `false` (nothing changed) for a row it does not take: anything not valid,
   * not placed, quoted, or not ASCII, which the parser then reads as text with its findings.
   */
  const fastRowOf = (table: TidyTableName, fast: TidyFastSink): ((b: Uint8Array, s: number, e: number) => boolean) | undefined => {
    const columns = TIDY_TABLE_COLUMNS[table].length;
    const cuts = new Int32Array(columns + 1);
    // The cells of a row cut at its commas, or false when it has not the table's columns. Every
    // cell is then checked by what its column holds, and each check refuses what would make the
    // text differ from the bytes: a quote or a single quote starting a cell (quoted, or a
    // neutralised formula), a carriage return (a line break to the parser), anything beyond ASCII.
    // A cell longer than the parser's limit is left to the parser, which refuses it.
    const split = (b: Uint8Array, s: number, e: number): boolean => {
      let n = 0;
      cuts[0] = s;
      for (let i = s; i < e; i++) {
        if (b[i] !== 44) continue;
        if (++n >= columns || i - (cuts[n - 1] as number) > maxTextLength) return false;
        cuts[n] = i + 1;
      }
      if (n !== columns - 1 || e - (cuts[n] as number) > maxTextLength) return false;
      cuts[columns] = e + 1;
      return true;
    };
    const from = (k: number): number => cuts[k] as number;
    const to = (k: number): number => (cuts[k + 1] as number) - 1;
    const empty = (k: number): boolean => to(k) === from(k);
    // An optional date: OPEN_END when empty, NOT_A_DAY when not a date.
    const optDay = (b: Uint8Array, k: number): number => (empty(k) ? OPEN_END : dayOfBytes(b, from(k), to(k)));
    // An id, not quoted nor starting with a single quote.
    const id = (b: Uint8Array, k: number): boolean => b[from(k)] !== 34 && b[from(k)] !== 39 && isPlainIdBytes(b, from(k), to(k));
    // true, false, or (empty) undefined; null when neither.
    const bool = (b: Uint8Array, k: number): boolean | undefined | null => {
      const s = from(k);
      const n = to(k) - s;
      if (n === 0) return undefined;
      if (n === 4 && b[s] === 116 && b[s + 1] === 114 && b[s + 2] === 117 && b[s + 3] === 101) return true;
      if (n === 5 && b[s] === 102 && b[s + 1] === 97 && b[s + 2] === 108 && b[s + 3] === 115 && b[s + 4] === 101) return false;
      return null;
    };
    // An optional code (0 when empty), -1 when not one of the list's.
    const optCode = (codes: typeof SEX, b: Uint8Array, k: number): number => {
      if (empty(k)) return 0;
      const c = codes.index(b, from(k), to(k));
      return c === 0 ? -1 : c;
    };
    // A list joined by `;` whose every item passes `item`, of at most `max` items.
    const listOf = (b: Uint8Array, k: number, max: number, item: (b: Uint8Array, s: number, e: number) => boolean): boolean => {
      let s = from(k);
      const e = to(k);
      if (s === e) return true;
      let items = 0;
      for (let i = s; i <= e; i++) {
        if (i < e && b[i] !== 59) continue;
        if (++items > max || !item(b, s, i)) return false;
        s = i + 1;
      }
      return true;
    };
    const ascii = (b: Uint8Array, k: number): string => asciiText(b, from(k), to(k));
    const placed = (b: Uint8Array): number | undefined => childOfBytes(b, from(0), to(0));

    if (table === "children") {
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0)) return false;
        if (!empty(1) && !isLaBytes(b, from(1), to(1))) return false;
        if (!empty(2) && !isUpnBytes(b, from(2), to(2))) return false;
        if (optCode(SEX, b, 3) < 0 || optDay(b, 4) === NOT_A_DAY || optDay(b, 5) === NOT_A_DAY || optDay(b, 6) === NOT_A_DAY || optCode(ETHNICITY, b, 7) < 0) return false;
        if (!listOf(b, 8, DISABILITY_CODES.length, isDisability) || bool(b, 9) === null) return false;
        const childId = ascii(b, 0);
        if (childOf.has(childId) || (twice.size > 0 && twice.has(childId))) return false;
        keyChild(childId, newChild(childId));
        fast.child(childId, empty(2) ? undefined : ascii(b, 2), optDay(b, 4), bool(b, 9) === true ? 1 : 0, empty(4) && !empty(5) ? 1 : 0);
        return true;
      };
    }
    if (table === "episodes") {
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const referral = dayOfBytes(b, from(2), to(2));
        const source = optCode(REFERRAL_SOURCE, b, 3);
        const nfa = bool(b, 5);
        const closure = optDay(b, 6);
        const reason = optCode(CLOSURE_REASON, b, 7);
        const icpc = optDay(b, 8);
        const need = optCode(PRIMARY_NEED, b, 4);
        if (referral === NOT_A_DAY || source < 0 || need < 0 || nfa === null || closure === NOT_A_DAY || reason < 0 || icpc === NOT_A_DAY) return false;
        const child = placed(b);
        if (child === undefined) return false;
        const episodeId = ascii(b, 1);
        if (episodeOwners.add(child, episodeId) === undefined) return false;
        episodeAdded(child);
        fast.episode(child, referral, closure, reason, nfa === undefined ? NFA_NOT_RECORDED : nfa ? NFA_YES : NFA_NO, source, icpc, need);
        return true;
      };
    }
    if (table === "looked_after_episodes") {
      const counts = listCounts.looked_after_episodes;
      // Text of 1 to 100 printable ASCII characters, not quoted nor starting with a single quote (postcodes, URN).
      const optText = (b: Uint8Array, k: number): boolean => {
        const s = from(k);
        const e = to(k);
        if (s === e) return true;
        if (e - s > MAX_SHORT_TEXT || b[s] === 34 || b[s] === 39) return false;
        for (let i = s; i < e; i++) if ((b[i] as number) < 32 || (b[i] as number) > 126) return false;
        return true;
      };
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const start = dayOfBytes(b, from(2), to(2));
        const newEpisode = LAC_NEW_EPISODE.index(b, from(3), to(3));
        const legal = LAC_LEGAL_STATUS.index(b, from(4), to(4));
        const placement = LAC_PLACEMENT.index(b, from(6), to(6));
        const end = optDay(b, 8);
        const ceased = optCode(LAC_ENDED, b, 9);
        if (start === NOT_A_DAY || newEpisode === 0 || legal === 0 || placement === 0 || end === NOT_A_DAY || ceased < 0) return false;
        if (optCode(PRIMARY_NEED, b, 5) < 0 || optCode(LAC_PROVIDER, b, 7) < 0 || optCode(LAC_PLACEMENT_CHANGE, b, 10) < 0 || !optText(b, 11) || !optText(b, 12) || !optText(b, 13)) return false;
        const child = placed(b);
        if (child === undefined) return false;
        counts.add(child, 1);
        fast.lookedAfter(child, start, end, legal, newEpisode, placement, ceased);
        return true;
      };
    }
    if (table === "early_help_episodes") {
      const counts = listCounts.early_help_episodes;
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const start = dayOfBytes(b, from(2), to(2));
        const end = optDay(b, 3);
        if (start === NOT_A_DAY || end === NOT_A_DAY || optCode(EARLY_HELP_OUTCOME, b, 4) < 0) return false;
        const child = placed(b);
        if (child === undefined) return false;
        counts.add(child, 1);
        fast.earlyHelp(child, start, end);
        return true;
      };
    }
    if (table === "looked_after_reviews") {
      const counts = listCounts.looked_after_reviews;
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const date = dayOfBytes(b, from(2), to(2));
        if (date === NOT_A_DAY || optCode(REVIEW_PARTICIPATION, b, 3) < 0) return false;
        const child = placed(b);
        if (child === undefined) return false;
        counts.add(child, 1);
        fast.review(child, date);
        return true;
      };
    }
    if (table === "missing_incidents") {
      const counts = listCounts.missing_incidents;
      return (b, s, e) => {
        const type = split(b, s, e) && id(b, 0) && id(b, 1) ? MISSING_TYPE.index(b, from(2), to(2)) : 0;
        if (type === 0) return false;
        const start = dayOfBytes(b, from(3), to(3));
        if (start === NOT_A_DAY || optDay(b, 4) === NOT_A_DAY) return false;
        const child = placed(b);
        if (child === undefined) return false;
        counts.add(child, 1);
        fast.missing(child, start, type);
        return true;
      };
    }
    if (table === "care_proceedings") {
      const counts = listCounts.care_proceedings;
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const pre = optDay(b, 2);
        const preEnd = optDay(b, 3);
        const issue = optDay(b, 4);
        const final = optDay(b, 5);
        if (pre === NOT_A_DAY || preEnd === NOT_A_DAY || issue === NOT_A_DAY || final === NOT_A_DAY || optCode(FINAL_ORDER, b, 6) < 0) return false;
        const child = placed(b);
        if (child === undefined || proceedingsOwners.findBytes(child, b, from(1), to(1)) !== undefined) return false;
        counts.add(child, 1);
        proceedingsOwners.add(child, ascii(b, 1));
        extensionCount.push(0);
        fast.careProceedings(child, pre, preEnd, issue, final);
        return true;
      };
    }
    // A timetable extension: checked and counted under its care proceedings, not given.
    if (table === "proceedings_extensions") {
      return (b, s, e) => {
        // The proceedings' id as plain ASCII too: bytes are compared with the ids kept, which is the
        // same as comparing the text only for ASCII not quoted nor starting with a single quote.
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1) || dayOfBytes(b, from(2), to(2)) === NOT_A_DAY) return false;
        const weeks = digitsOfBytes(b, from(3), to(3));
        if (weeks === NOT_DIGITS || weeks < 1) return false;
        const child = placed(b);
        const proceedings = child === undefined ? undefined : proceedingsOwners.findBytes(child, b, from(1), to(1));
        if (proceedings === undefined) return false;
        extensionCount.add(proceedings, 1);
        return true;
      };
    }
    if (table === "visits") {
      const counts = listCounts.visits;
      // The plan types of the row being read, as bits (one function for every row, no closure per row).
      let plans = 0;
      const plan = (x: Uint8Array, i: number, j: number): boolean => {
        const code = PLAN_TYPE.index(x, i, j);
        plans |= PLAN_BITS[code] ?? 0;
        return code > 0;
      };
      return (b, s, e) => {
        if (!split(b, s, e) || !id(b, 0) || !id(b, 1)) return false;
        const day = dayOfBytes(b, from(2), to(2));
        plans = 0;
        if (day === NOT_A_DAY || !listOf(b, 3, PLAN_TYPES.length, plan) || bool(b, 4) === null) return false;
        const child = placed(b);
        if (child === undefined) return false;
        counts.add(child, 1);
        fast.visit(child, day, plans);
        return true;
      };
    }
    const kind = ITEM_OF[table];
    if (kind === undefined) return undefined;
    // An item: its child and episode placed, its id, its start date; then its own cells.
    const item = (b: Uint8Array, s: number, e: number): number | undefined => {
      if (!split(b, s, e) || !id(b, 0) || !id(b, 1) || !id(b, 2)) return undefined;
      const child = placed(b);
      return child === undefined ? undefined : episodeOfBytes(child, b, from(1), to(1));
    };
    const counts = itemCounts[kind];
    const counted = (episode: number): void => {
      counts.add(episode, 1);
    };
    if (kind === "assessment") {
      // The factors of the row being read, as bits (factorBits; one function for every row).
      let lo = 0;
      let hi = 0;
      const factor = (x: Uint8Array, i: number, j: number): boolean => {
        const code = FACTOR.index(x, i, j) - 1;
        if (code >= 32) hi |= 1 << (code - 32);
        else if (code >= 0) lo |= 1 << code;
        return code >= 0;
      };
      return (b, s, e) => {
        const episode = item(b, s, e);
        if (episode === undefined) return false;
        const start = dayOfBytes(b, from(3), to(3));
        const authorisation = optDay(b, 4);
        lo = 0;
        hi = 0;
        if (start === NOT_A_DAY || authorisation === NOT_A_DAY || !listOf(b, 5, ASSESSMENT_FACTOR_CODES.length, factor)) return false;
        counted(episode);
        fast.assessment(episode, start, authorisation, lo, hi);
        return true;
      };
    }
    if (kind === "cinPlan") {
      return (b, s, e) => {
        const episode = item(b, s, e);
        if (episode === undefined) return false;
        const start = dayOfBytes(b, from(3), to(3));
        const end = optDay(b, 4);
        if (start === NOT_A_DAY || end === NOT_A_DAY) return false;
        counted(episode);
        fast.cinPlan(episode, start, end);
        return true;
      };
    }
    if (kind === "section47") {
      return (b, s, e) => {
        const episode = item(b, s, e);
        if (episode === undefined) return false;
        const start = dayOfBytes(b, from(3), to(3));
        const strategy = optDay(b, 4);
        const icpc = optDay(b, 6);
        if (start === NOT_A_DAY || strategy === NOT_A_DAY || optDay(b, 5) === NOT_A_DAY || icpc === NOT_A_DAY || bool(b, 7) === null) return false;
        counted(episode);
        fast.section47(episode, start, icpc, strategy);
        return true;
      };
    }
    return (b, s, e) => {
      const episode = item(b, s, e);
      if (episode === undefined) return false;
      const start = dayOfBytes(b, from(3), to(3));
      const end = optDay(b, 4);
      const initial = optCode(CP_CATEGORY, b, 5);
      const latest = optCode(CP_CATEGORY, b, 6);
      if (start === NOT_A_DAY || end === NOT_A_DAY || initial < 0 || latest < 0) return false;
      const previous = empty(7) ? PREVIOUS_NOT_RECORDED : digitsOfBytes(b, from(7), to(7));
      const reviews: number[] = [];
      const review = (x: Uint8Array, a: number, z: number): boolean => {
        const d = dayOfBytes(x, a, z);
        reviews.push(d);
        return d !== NOT_A_DAY;
      };
      if (previous === NOT_DIGITS || !listOf(b, 8, MAX_LIST_LENGTH, review)) return false;
      counted(episode);
      fast.cpPlan(episode, start, end, previous, reviews, initial, latest);
      return true;
    };
  };

  for (const table of ORDER) {
    const source = byTable.get(table);
    if (source === undefined) continue;
    const expected: readonly string[] = TIDY_TABLE_COLUMNS[table];
    // Each column's record field, worked out once (not per cell).
    const fields = expected.map(fieldOf);
    const kind = ITEM_OF[table];
    // Rows whose second column is their owner's id (an episode's items, a proceedings' extensions).
    const owned = kind !== undefined || table === "proceedings_extensions";
    let index: number[] | undefined;
    let columnCount = 0;
    let count = 0;
    // Rows of one child (and of one episode) usually follow each other: the last lookup is kept.
    let lastChildId: string | undefined;
    let lastChild: number | undefined;
    const findChild = (childId: string): number | undefined => {
      if (childId === lastChildId) return lastChild;
      // Tables written by kinsafe list the children in the order of the children table (some
      // without rows): the next few after the last are tried before the map.
      let child: number | undefined;
      const from = lastChild === undefined ? 0 : lastChild + 1;
      for (let c = from; c < from + 16 && c < childIds.length; c++) {
        if (childIds[c] === childId) {
          if (keyed.at(c) === 1) child = c;
          break;
        }
      }
      child ??= childOf.get(childId);
      lastChildId = childId;
      lastChild = child;
      return child;
    };
    let lastEpisodeChild = -1;
    let lastEpisodeId = "";
    let lastEpisode: number | undefined;
    const findEpisode = (child: number, episodeId: string): number | undefined => {
      if (child === lastEpisodeChild && episodeId === lastEpisodeId) return lastEpisode;
      lastEpisode = episodeOwners.find(child, episodeId);
      lastEpisodeChild = child;
      lastEpisodeId = episodeId;
      return lastEpisode;
    };
    // The same lookups from the bytes of an id, comparing them with the ids kept (a string is
    // made only when the map must be asked), and keeping the same last lookups.
    childOfBytes = (b, s, e) => {
      if (lastChildId !== undefined && sameText(lastChildId, b, s, e)) return lastChild;
      const from = lastChild === undefined ? 0 : lastChild + 1;
      for (let c = from; c < from + 16 && c < childIds.length; c++) {
        const childId = childIds[c] as string;
        if (!sameText(childId, b, s, e)) continue;
        if (keyed.at(c) !== 1) break;
        lastChildId = childId;
        lastChild = c;
        return c;
      }
      return findChild(asciiText(b, s, e));
    };
    episodeOfBytes = (child, b, s, e) => {
      if (child === lastEpisodeChild && sameText(lastEpisodeId, b, s, e)) return lastEpisode;
      const episode = episodeOwners.findBytes(child, b, s, e);
      if (episode === undefined) return findEpisode(child, asciiText(b, s, e));
      lastEpisodeChild = child;
      lastEpisodeId = episodeOwners.idOf(episode);
      lastEpisode = episode;
      return episode;
    };
    const parser = createCsvParser((cells, line) => {
      if (index === undefined) {
        const names = cells.map((c) => c.trim().replace(/^\uFEFF/, ""));
        const missing = expected.filter((c) => !names.includes(c));
        if (missing.length > 0) throw new TidyTableError(source.name, line, `the ${table} table has no ${missing.join(", ")} column${missing.length === 1 ? "" : "s"}`);
        const dup = expected.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
        if (dup.length > 0) throw new TidyTableError(source.name, line, `the column ${dup.join(", ")} is named twice`);
        index = expected.map((c) => names.indexOf(c));
        columnCount = names.length;
        const extra = names.filter((c) => c !== "" && !expected.includes(c));
        if (extra.length > 0) report(source.name, { code: "returns/table-columns-not-kept", severity: "info", path: [table], params: { file: source.name, table, columns: extra.join(",") } });
        return;
      }
      count++;
      if (cells.length !== columnCount) {
        // Missing cells are read as empty, extra cells are not read: said, never silent.
        report(source.name, { code: "returns/table-ragged-row", severity: "warning", path: [table, line], params: { file: source.name, table, line, childId: csvCellValue(cells[index[0] as number] ?? ""), cells: cells.length, columns: columnCount } });
      }
      const values: Obj = {};
      // The child's id is the first column; an item's episode is the second (its own id the third).
      const childId = csvCellValue(cells[index[0] as number] ?? "");
      let episodeId = "";
      for (let i = 1; i < expected.length; i++) {
        const cell = cells[index[i] as number] ?? "";
        if (owned && i === 1) {
          episodeId = csvCellValue(cell);
          continue;
        }
        const value = valueOf(expected[i] as string, cell);
        if (value !== undefined) values[fields[i] as string] = value;
      }
      if (table === "children") {
        const child = newChild(childId);
        if (childOf.has(childId) || twice.has(childId)) {
          const first = childOf.get(childId);
          if (first !== undefined) {
            invalid.set(first, 1);
            keyed.set(first, 0);
          }
          invalid.set(child, 1);
          twice.add(childId);
          childOf.delete(childId);
          notPlaced(source.name, table, line, childId, "the child's id is in the children table twice: neither row is read");
        } else keyChild(childId, child);
        const details = childId === "" ? values : { childId, ...values };
        if (!RECORD_PARTS.child.valid(details)) notValid(source.name, { table, line }, child, childId, "child", details);
        sink.child(details);
        return;
      }
      const child = findChild(childId);
      if (child === undefined) {
        notPlaced(source.name, table, line, childId, twice.has(childId) ? "the child's id is in the children table twice" : "the child is not in the children table");
        return;
      }
      if (table in CHILD_LISTS) {
        const list = table as ChildListTable;
        const counts = listCounts[list];
        counts.add(child, 1);
        const part = CHILD_LISTS[list].part;
        if (list === "care_proceedings") {
          const id = typeof values["id"] === "string" ? values["id"] : "";
          if (proceedingsOwners.add(child, id) === undefined) {
            invalid.set(child, 1);
            notPlaced(source.name, table, line, childId, `the care proceedings ${id} of this child are in the table twice: the child is left out`);
            return;
          }
          extensionCount.push(0);
          values["timetableExtensions"] = [];
          if (!RECORD_PARTS.careProceedings.valid(values)) notValid(source.name, { table, line }, child, childId, part, values);
          // Given even when not valid, so that its extensions find it (the child is left out).
          sink.listItem(list, child, values);
          return;
        }
        if (!RECORD_PARTS[part].valid(values)) notValid(source.name, { table, line }, child, childId, part, values);
        else sink.listItem(list, child, values);
        return;
      }
      if (table === "proceedings_extensions") {
        const number = proceedingsOwners.find(child, episodeId);
        if (number === undefined) {
          invalid.set(child, 1);
          notPlaced(source.name, table, line, childId, `the care proceedings ${episodeId} are not in the care proceedings table: the child is left out`);
          return;
        }
        extensionCount.add(number, 1);
        if (!RECORD_PARTS.timetableExtension.valid(values)) notValid(source.name, { table, line }, child, childId, "timetableExtension", values);
        else sink.timetableExtension(child, number, values);
        return;
      }
      if (table === "episodes") {
        const id = typeof values["id"] === "string" ? values["id"] : "";
        if (episodeOwners.add(child, id) === undefined) {
          invalid.set(child, 1);
          notPlaced(source.name, table, line, childId, `the episode ${id} of this child is in the episodes table twice: the child is left out`);
          return;
        }
        episodeAdded(child);
        values["assessments"] = [];
        values["cinPlans"] = [];
        values["section47s"] = [];
        values["cpPlans"] = [];
        if (!RECORD_PARTS.episode.valid(values)) notValid(source.name, { table, line }, child, childId, "episode", values);
        // Given even when not valid, so that the episode's items find it (the child is left out).
        sink.episode(child, values);
        return;
      }
      if (kind === undefined) return;
      const episode = findEpisode(child, episodeId);
      if (episode === undefined) {
        invalid.set(child, 1);
        notPlaced(source.name, table, line, childId, `the episode ${episodeId} is not in the episodes table: the child is left out`);
        return;
      }
      const counts = itemCounts[kind];
      counts.add(episode, 1);
      if (!RECORD_PARTS[kind].valid(values)) notValid(source.name, { table, line }, child, childId, kind, values);
      else sink.item(kind, child, episode, values);
    }, limits);
    // Plain rows straight from the bytes, when the sink takes values; the header, and anything
    // else, through the parser.
    const fastRow = sink.fast !== undefined && source.bytes !== undefined ? fastRowOf(table, sink.fast) : undefined;
    try {
      if (fastRow !== undefined && source.bytes !== undefined) {
        // Only when the header lists the table's columns in order, and no others.
        let ordered: boolean | undefined;
        const byteRow: CsvByteRow = (b, start, end) => {
          if (index === undefined) return false;
          ordered ??= columnCount === index.length && index.every((at, i) => at === i);
          if (!ordered || !fastRow(b, start, end)) return false;
          count++;
          return true;
        };
        await readCsvBytes(source.bytes, parser, byteRow);
      } else {
        for await (const chunk of source.text) parser.write(chunk);
        parser.end();
      }
    } catch (error) {
      if (error instanceof CsvError) throw new TidyTableError(source.name, error.line, error.message.replace(/\.$/, ""));
      throw error;
    }
    if (index === undefined) throw new TidyTableError(source.name, 1, `the ${table} table is empty: it has no header`);
    rows.set(source.name, count);
  }

  // A child with more items in a list than a record may hold is left out (rare: 10,000).
  const tooMany = (child: number, what: string): void => {
    if (invalid.at(child) === 1) return;
    invalid.set(child, 1);
    const file = byTable.get("children")?.name ?? "children";
    report(file, { code: "returns/invalid-child-record", severity: "error", path: [], params: { file, where: `child ${childIds[child] ?? ""}`, reason: `more than ${String(MAX_LIST_LENGTH)} ${what}` } });
  };
  for (let c = 0; c < childIds.length; c++) {
    if (episodeCount.at(c) > MAX_LIST_LENGTH) tooMany(c, "episodes");
    for (const [table, counts] of Object.entries(listCounts)) if (counts.at(c) > MAX_LIST_LENGTH) tooMany(c, `rows of ${table}`);
  }
  for (let p = 0; p < proceedingsOwners.count; p++) if (extensionCount.at(p) > MAX_LIST_LENGTH) tooMany(proceedingsOwners.childOf(p), "timetable extensions of one care proceedings");
  for (let e = 0; e < episodeOwners.count; e++) {
    for (const kind of Object.keys(itemCounts) as ItemKind[]) if (itemCounts[kind].at(e) > MAX_LIST_LENGTH) tooMany(episodeOwners.childOf(e), `items of one episode (${kind})`);
  }
  return { leftOut: Uint8Array.from(invalid.view()), rows };
}

/**
 * Reads a set of tidy tables into child records (see {@link scanTidyTables}): the children in
 * the order of the children table, each with its episodes and their items and its looked-after
 * episodes, in the order of their rows; the children left out are not there.
 *
 * @internal
 */
export async function readTidyTables(sources: readonly TidyTableSource[], report: (file: string, finding: Finding) => void, maxTextLength: number): Promise<{ readonly records: readonly ChildRecord[]; readonly rows: ReadonlyMap<string, number> }> {
  const records: Mutable<ChildRecord>[] = [];
  const episodes: Mutable<ChildRecord["cinEpisodes"][number]>[] = [];
  const lists = { assessment: "assessments", cinPlan: "cinPlans", section47: "section47s", cpPlan: "cpPlans" } as const;
  const proceedingsList: Obj[] = [];
  const sink: TidySink = {
    child(values): void {
      records.push({ child: values, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] } as unknown as Mutable<ChildRecord>);
    },
    episode(child, values): void {
      const episode = values as unknown as Mutable<ChildRecord["cinEpisodes"][number]>;
      episodes.push(episode);
      (records[child]?.cinEpisodes as unknown[] | undefined)?.push(episode);
    },
    item(kind, _child, episode, values): void {
      (episodes[episode]?.[lists[kind]] as unknown[] | undefined)?.push(values);
    },
    listItem(table, child, values): void {
      const record = records[child] as Record<string, unknown> | undefined;
      const field = CHILD_LISTS[table].field;
      // The SSDA903 outcome lists are absent from a record until it has a row of them.
      if (record !== undefined) ((record[field] ??= []) as unknown[]).push(values);
      if (table === "care_proceedings") proceedingsList.push(values);
    },
    timetableExtension(_child, proceedings, values): void {
      (proceedingsList[proceedings]?.["timetableExtensions"] as unknown[] | undefined)?.push(values);
    },
  };
  const { leftOut, rows } = await scanTidyTables(sources, sink, report, maxTextLength);
  return { records: records.filter((_, i) => leftOut[i] !== 1), rows };
}

/**
 * A tidy table that cannot be read at all: not CSV, a missing column, a second table of the same
 * kind. The caller makes it a `KinsafeError` naming the file and line.
 *
 * @internal
 */
export class TidyTableError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(message);
    this.file = file;
    this.line = line;
  }
}

/**
 * The table a CSV file of kinsafe's tidy tables is, from its first line (its columns, in any
 * order, must include the table's first three), or `coverage`.
 *
 * @param header - The first line's columns.
 * @returns The table, or `undefined`.
 * @internal
 */
export function tidyTableOf(header: readonly string[]): TidyTableName | "coverage" | undefined {
  const names = new Set(header.map((c) => c.trim()));
  if (COVERAGE_COLUMNS.slice(0, 3).every((c) => names.has(c)) && !names.has("child_id")) return "coverage";
  if (!names.has("child_id")) return undefined;
  // The most specific table whose first three columns are all there (the children table has
  // none of the others' second columns).
  const candidates = (Object.keys(TIDY_TABLE_COLUMNS) as TidyTableName[]).filter((t) => TIDY_TABLE_COLUMNS[t].slice(0, 3).every((c) => names.has(c)));
  if (candidates.length === 0) return undefined;
  // Items of episodes have three keys; prefer the table whose columns match most.
  return candidates.sort((x, y) => score(y, names) - score(x, names))[0];
}

function score(table: TidyTableName, names: ReadonlySet<string>): number {
  const columns: readonly string[] = TIDY_TABLE_COLUMNS[table];
  return columns.filter((c) => names.has(c)).length - 0.01 * columns.length;
}
