// kinsafe's tidy tables: child records as one CSV per kind of item (one row per item, keyed by
// the child's id), and `coverage.csv`, the dates the tables cover. `kinsafe tables` writes them;
// `readReturns` (and so `kinsafe metrics`) reads them back into the same records.
import type { Finding } from "../../core";
import { MAX_LIST_LENGTH } from "../../core";
import type { ChildRecord } from "../../records";
import { RECORD_PARTS, recordPartIssue } from "../../records/internal";
import { csvCell, csvCellValue, createCsvParser, CsvError, resolveLimits } from "../internal";

/**
 * The tables of child records kinsafe writes and reads (`kinsafe tables`), with their columns in
 * order. Every column is required when a table is read; dates are `YYYY-MM-DD`, booleans `true`
 * or `false`, lists (disabilities, assessment factors, review dates, plan types) joined by `;`,
 * and an empty cell is "not recorded". A care proceedings' timetable extensions are rows of
 * `proceedings_extensions`, in order. Host systems' `extensions` have no table.
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
export const TIDY_TABLE_FACTS = ["cin-episodes", "strategy-discussions", "looked-after-episodes", "early-help", "visits", "care-proceedings"] as const;

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
}

/** The tables of a child's own lists, with the part of a record each row is and the record's list. */
const CHILD_LISTS = {
  looked_after_episodes: { part: "lookedAfter", field: "lookedAfterEpisodes" },
  early_help_episodes: { part: "earlyHelp", field: "earlyHelpEpisodes" },
  looked_after_reviews: { part: "review", field: "lookedAfterReviews" },
  missing_incidents: { part: "missing", field: "missing" },
  visits: { part: "visit", field: "visits" },
  care_proceedings: { part: "careProceedings", field: "careProceedings" },
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
}

const ORDER: readonly TidyTableName[] = [
  "children", "episodes", "assessments", "cin_plans", "section47_enquiries", "cp_plans", "looked_after_episodes",
  "early_help_episodes", "looked_after_reviews", "missing_incidents", "visits", "care_proceedings", "proceedings_extensions",
];

// The record field of each column (the same name in camel case, except the tables' ids).
const FIELD: Readonly<Record<string, string>> = {
  child_id: "childId", episode_id: "id", assessment_id: "id", plan_id: "id", s47_id: "id", number_of_previous_cpp: "numberOfPreviousCpp",
  review_id: "id", incident_id: "id", visit_id: "id", proceedings_id: "id",
};
function fieldOf(column: string): string {
  return FIELD[column] ?? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
const LISTS: ReadonlySet<string> = new Set(["disabilities", "factors", "review_dates", "plan_types"]);
const BOOLEANS: ReadonlySet<string> = new Set(["uasc", "referral_nfa", "icpc_not_required", "seen_alone"]);
const INTEGERS: ReadonlySet<string> = new Set(["number_of_previous_cpp", "weeks"]);

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
  childOf(owner: number): number;
  readonly count: number;
}

// A child's owners are searched in order: a child has a few (no map keyed by strings made per row).
function createOwners(): Owners {
  const ids: (string[] | undefined)[] = [];
  const numbers: (number[] | undefined)[] = [];
  const children: number[] = [];
  const find = (child: number, id: string): number | undefined => {
    const list = ids[child];
    if (list === undefined) return undefined;
    for (let i = 0; i < list.length; i++) if (list[i] === id) return numbers[child]?.[i];
    return undefined;
  };
  return {
    add(child, id) {
      if (find(child, id) !== undefined) return undefined;
      const number = children.length;
      children.push(child);
      const list = ids[child];
      if (list === undefined) {
        ids[child] = [id];
        numbers[child] = [number];
      } else {
        list.push(id);
        numbers[child]?.push(number);
      }
      return number;
    },
    find,
    childOf: (owner) => children[owner] as number,
    get count() {
      return children.length;
    },
  };
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
 * with the same findings.
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
  const keyed: number[] = [];
  const invalid: number[] = [];
  // Episodes, and care proceedings (for their timetable extensions), by child and id; how many
  // rows of each list a child or an episode has (a record's lists hold at most MAX_LIST_LENGTH).
  const episodeOwners = createOwners();
  const episodeCount: number[] = [];
  const proceedingsOwners = createOwners();
  const extensionCount: number[] = [];
  const listCounts: Record<ChildListTable, number[]> = { looked_after_episodes: [], early_help_episodes: [], looked_after_reviews: [], missing_incidents: [], visits: [], care_proceedings: [] };
  const itemCounts: Record<ItemKind, number[]> = { assessment: [], cinPlan: [], section47: [], cpPlan: [] };
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
    invalid[child] = 1;
    const issue = recordPartIssue(part, value);
    const column = columnOfField(at.table, issue?.path[0]);
    report(file, {
      code: "returns/invalid-child-record",
      severity: "error",
      path: [at.table, at.line, ...(column === undefined ? [] : [column])],
      params: { file, line: at.line, where: `line ${String(at.line)}${column === undefined ? "" : `, column ${column}`} (child ${childId})`, reason: issue === undefined ? "invalid" : `${issue.path.join(".")}: ${issue.message}` },
    });
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
    let lastChildId: string | undefined;
    let lastChild: number | undefined;
    let lastEpisodeChild = -1;
    let lastEpisodeId = "";
    let lastEpisode: number | undefined;
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
        keyed.push(0);
        if (childOf.has(childId) || twice.has(childId)) {
          const first = childOf.get(childId);
          if (first !== undefined) {
            invalid[first] = 1;
            keyed[first] = 0;
          }
          invalid[child] = 1;
          twice.add(childId);
          childOf.delete(childId);
          notPlaced(source.name, table, line, childId, "the child's id is in the children table twice: neither row is read");
        } else {
          childOf.set(childId, child);
          keyed[child] = 1;
        }
        const details = childId === "" ? values : { childId, ...values };
        if (!RECORD_PARTS.child.valid(details)) notValid(source.name, { table, line }, child, childId, "child", details);
        sink.child(details);
        return;
      }
      // Rows of one child (and of one episode) usually follow each other: the last lookup is kept.
      let child: number | undefined;
      if (childId === lastChildId) child = lastChild;
      else {
        // Tables written by kinsafe list the children in the order of the children table (some
        // without rows): the next few after the last are tried before the map.
        const from = lastChild === undefined ? 0 : lastChild + 1;
        for (let c = from; c < from + 16 && c < childIds.length; c++) {
          if (childIds[c] === childId) {
            if (keyed[c] === 1) child = c;
            break;
          }
        }
        child ??= childOf.get(childId);
        lastChildId = childId;
        lastChild = child;
      }
      if (child === undefined) {
        notPlaced(source.name, table, line, childId, twice.has(childId) ? "the child's id is in the children table twice" : "the child is not in the children table");
        return;
      }
      if (table in CHILD_LISTS) {
        const list = table as ChildListTable;
        const counts = listCounts[list];
        counts[child] = (counts[child] ?? 0) + 1;
        const part = CHILD_LISTS[list].part;
        if (list === "care_proceedings") {
          const id = typeof values["id"] === "string" ? values["id"] : "";
          if (proceedingsOwners.add(child, id) === undefined) {
            invalid[child] = 1;
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
          invalid[child] = 1;
          notPlaced(source.name, table, line, childId, `the care proceedings ${episodeId} are not in the care proceedings table: the child is left out`);
          return;
        }
        extensionCount[number] = (extensionCount[number] ?? 0) + 1;
        if (!RECORD_PARTS.timetableExtension.valid(values)) notValid(source.name, { table, line }, child, childId, "timetableExtension", values);
        else sink.timetableExtension(child, number, values);
        return;
      }
      if (table === "episodes") {
        const id = typeof values["id"] === "string" ? values["id"] : "";
        if (episodeOwners.add(child, id) === undefined) {
          invalid[child] = 1;
          notPlaced(source.name, table, line, childId, `the episode ${id} of this child is in the episodes table twice: the child is left out`);
          return;
        }
        itemCounts.assessment.push(0);
        itemCounts.cinPlan.push(0);
        itemCounts.section47.push(0);
        itemCounts.cpPlan.push(0);
        episodeCount[child] = (episodeCount[child] ?? 0) + 1;
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
      let episode: number | undefined;
      if (child === lastEpisodeChild && episodeId === lastEpisodeId) episode = lastEpisode;
      else {
        episode = episodeOwners.find(child, episodeId);
        lastEpisodeChild = child;
        lastEpisodeId = episodeId;
        lastEpisode = episode;
      }
      if (episode === undefined) {
        invalid[child] = 1;
        notPlaced(source.name, table, line, childId, `the episode ${episodeId} is not in the episodes table: the child is left out`);
        return;
      }
      const counts = itemCounts[kind];
      counts[episode] = (counts[episode] ?? 0) + 1;
      if (!RECORD_PARTS[kind].valid(values)) notValid(source.name, { table, line }, child, childId, kind, values);
      else sink.item(kind, child, episode, values);
    }, limits);
    try {
      for await (const chunk of source.text) parser.write(chunk);
      parser.end();
    } catch (error) {
      if (error instanceof CsvError) throw new TidyTableError(source.name, error.line, error.message.replace(/\.$/, ""));
      throw error;
    }
    if (index === undefined) throw new TidyTableError(source.name, 1, `the ${table} table is empty: it has no header`);
    rows.set(source.name, count);
  }

  // A child with more items in a list than a record may hold is left out (rare: 10,000).
  const tooMany = (child: number, what: string): void => {
    if (invalid[child] === 1) return;
    invalid[child] = 1;
    const file = byTable.get("children")?.name ?? "children";
    report(file, { code: "returns/invalid-child-record", severity: "error", path: [], params: { file, where: `child ${childIds[child] ?? ""}`, reason: `more than ${String(MAX_LIST_LENGTH)} ${what}` } });
  };
  for (let c = 0; c < childIds.length; c++) {
    if ((episodeCount[c] ?? 0) > MAX_LIST_LENGTH) tooMany(c, "episodes");
    for (const [table, counts] of Object.entries(listCounts)) if ((counts[c] ?? 0) > MAX_LIST_LENGTH) tooMany(c, `rows of ${table}`);
  }
  for (let p = 0; p < proceedingsOwners.count; p++) if ((extensionCount[p] ?? 0) > MAX_LIST_LENGTH) tooMany(proceedingsOwners.childOf(p), "timetable extensions of one care proceedings");
  for (let e = 0; e < episodeOwners.count; e++) {
    for (const kind of Object.keys(itemCounts) as ItemKind[]) if ((itemCounts[kind][e] ?? 0) > MAX_LIST_LENGTH) tooMany(episodeOwners.childOf(e), `items of one episode (${kind})`);
  }
  return { leftOut: Uint8Array.from(invalid), rows };
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
      (records[child]?.[CHILD_LISTS[table].field] as unknown[] | undefined)?.push(values);
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
