// kinsafe's tidy tables: child records as one CSV per kind of item (one row per item, keyed by
// the child's id), and `coverage.csv`, the dates the tables cover. `kinsafe tables` writes them;
// `readReturns` (and so `kinsafe metrics`) reads them back into the same records.
import type { Finding } from "../../core";
import type { ChildRecord } from "../../records";
import { validateChildRecord } from "../../records";
import { csvCell, csvCellValue, createCsvParser, CsvError, resolveLimits } from "../internal";

/**
 * The tables of child records kinsafe writes and reads (`kinsafe tables`), with their columns in
 * order. Every column is required when a table is read; dates are `YYYY-MM-DD`, booleans `true`
 * or `false`, lists (disabilities, assessment factors, review dates) joined by `;`, and an
 * empty cell is "not recorded". Early help, looked-after reviews, missing incidents, visits and
 * care proceedings have no table.
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
 * The kinds of fact the tidy tables hold (the others have no table, so `coverage.csv` never
 * says they are covered).
 *
 * @internal
 */
export const TIDY_TABLE_FACTS = ["cin-episodes", "strategy-discussions", "looked-after-episodes"] as const;

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
  const out: Record<TidyTableName, Cell[][]> = { children: [], episodes: [], assessments: [], cin_plans: [], section47_enquiries: [], cp_plans: [], looked_after_episodes: [] };
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

/**
 * What the parts of a record hold: the child, or an item of a table, with where it was read.
 *
 * @internal
 */
interface Placed {
  readonly table: TidyTableName;
  readonly line: number;
}

/** A child being assembled, with where each of its parts was read (for findings). */
interface Assembling {
  readonly record: Mutable<ChildRecord>;
  readonly at: Placed;
  /** By episode id: the episode and where it was read, with its items' places. */
  readonly episodes: Map<string, { readonly episode: Mutable<ChildRecord["cinEpisodes"][number]>; readonly at: Placed; readonly items: Record<"assessments" | "cinPlans" | "section47s" | "cpPlans", Placed[]> }>;
  readonly episodeAt: Placed[];
  readonly lookedAfterAt: Placed[];
  invalid: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/**
 * The child records of a set of tidy tables (one directory: children, episodes and the rest),
 * the findings of reading them, and the rows read per file.
 *
 * @internal
 */
export interface TidyTablesRead {
  readonly records: readonly ChildRecord[];
  readonly rows: ReadonlyMap<string, number>;
}

const ORDER: readonly TidyTableName[] = ["children", "episodes", "assessments", "cin_plans", "section47_enquiries", "cp_plans", "looked_after_episodes"];

// The record field of each column (the same name in camel case, except the tables' ids).
const FIELD: Readonly<Record<string, string>> = {
  child_id: "childId", episode_id: "id", assessment_id: "id", plan_id: "id", s47_id: "id", number_of_previous_cpp: "numberOfPreviousCpp",
};
function fieldOf(column: string): string {
  return FIELD[column] ?? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
const LISTS: ReadonlySet<string> = new Set(["disabilities", "factors", "review_dates"]);
const BOOLEANS: ReadonlySet<string> = new Set(["uasc", "referral_nfa", "icpc_not_required"]);
const INTEGERS: ReadonlySet<string> = new Set(["number_of_previous_cpp"]);

/** A cell as a record value: lists split, booleans and integers converted when they are one (else kept, for the record check to name). */
function valueOf(column: string, cell: string): unknown {
  const text = csvCellValue(cell);
  if (LISTS.has(column)) return text === "" ? [] : text.split(";");
  if (text === "") return undefined;
  if (BOOLEANS.has(column)) return text === "true" ? true : text === "false" ? false : text;
  if (INTEGERS.has(column) && /^\d{1,9}$/.test(text)) return Number(text);
  return text;
}

/**
 * Reads a set of tidy tables into child records: the children in the order of `children.csv`,
 * each with its episodes and their items, and its looked-after episodes, in the order of their
 * rows. Each record is checked as kinsafe checks stored records; a child with any value that is
 * not valid is left out, with a `returns/invalid-child-record` finding naming the file, line and
 * column. A row whose child (or episode) is not in its table, or whose key is used twice, is
 * left out with a `returns/table-row-not-placed` finding; a child whose id is used twice is left
 * out whole (which of the two rows its items belong to cannot be told).
 *
 * @param sources - The tables (at most one of each; `children` is required).
 * @param report - Receives each finding with its file.
 * @param maxTextLength - The longest cell.
 * @returns The records and the rows read per file.
 * @throws `KinsafeError` `invalid-input` (via the caller) for a table that is not valid CSV or lacks a column.
 * @internal
 */
export async function readTidyTables(sources: readonly TidyTableSource[], report: (file: string, finding: Finding) => void, maxTextLength: number): Promise<TidyTablesRead> {
  const byTable = new Map<TidyTableName, TidyTableSource>();
  for (const s of sources) {
    const other = byTable.get(s.table);
    if (other !== undefined) throw new TidyTableError(s.name, 1, `a second ${s.table} table of the same tables (the first is ${other.name}); give each set of tables from its own directory`);
    byTable.set(s.table, s);
  }
  const children = new Map<string, Assembling>();
  const twice = new Set<string>();
  const order: Assembling[] = [];
  const rows = new Map<string, number>();
  const limits = resolveLimits({ maxTextLength });
  const notPlaced = (file: string, table: TidyTableName, line: number, childId: string, reason: string): void => {
    report(file, { code: "returns/table-row-not-placed", severity: "error", path: [table, line], params: { file, table, line, childId, reason } });
  };

  for (const table of ORDER) {
    const source = byTable.get(table);
    if (source === undefined) continue;
    const expected: readonly string[] = TIDY_TABLE_COLUMNS[table];
    // Each column's record field, worked out once (not per cell).
    const fields = expected.map(fieldOf);
    const item = table !== "episodes" && table !== "looked_after_episodes" && table !== "children";
    let index: number[] | undefined;
    let count = 0;
    const parser = createCsvParser((cells, line) => {
      if (index === undefined) {
        const names = cells.map((c) => c.trim().replace(/^\uFEFF/, ""));
        const missing = expected.filter((c) => !names.includes(c));
        if (missing.length > 0) throw new TidyTableError(source.name, line, `the ${table} table has no ${missing.join(", ")} column${missing.length === 1 ? "" : "s"}`);
        const dup = expected.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
        if (dup.length > 0) throw new TidyTableError(source.name, line, `the column ${dup.join(", ")} is named twice`);
        index = expected.map((c) => names.indexOf(c));
        const extra = names.filter((c) => c !== "" && !expected.includes(c));
        if (extra.length > 0) report(source.name, { code: "returns/table-columns-not-kept", severity: "info", path: [table], params: { file: source.name, table, columns: extra.join(",") } });
        return;
      }
      count++;
      const values: Record<string, unknown> = {};
      // The child's id is the first column; an item's episode is the second (its own id the third).
      const childId = csvCellValue(cells[index[0] as number] ?? "");
      let episodeOf = "";
      for (let i = 1; i < expected.length; i++) {
        const cell = cells[index[i] as number] ?? "";
        if (item && i === 1) {
          episodeOf = csvCellValue(cell);
          continue;
        }
        const value = valueOf(expected[i] as string, cell);
        if (value !== undefined) values[fields[i] as string] = value;
      }
      const at: Placed = { table, line };
      if (table === "children") {
        if (children.has(childId) || twice.has(childId)) {
          twice.add(childId);
          const first = children.get(childId);
          if (first !== undefined) first.invalid = true;
          children.delete(childId);
          notPlaced(source.name, table, line, childId, "the child's id is in the children table twice: neither row is read");
          return;
        }
        const child = childId === "" ? values : { childId, ...values };
        const record = { child, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] } as unknown as Mutable<ChildRecord>;
        const a: Assembling = { record, at, episodes: new Map(), episodeAt: [], lookedAfterAt: [], invalid: false };
        children.set(childId, a);
        order.push(a);
        return;
      }
      const owner = children.get(childId);
      if (owner === undefined) {
        notPlaced(source.name, table, line, childId, twice.has(childId) ? "the child's id is in the children table twice" : "the child is not in the children table");
        return;
      }
      if (table === "looked_after_episodes") {
        (owner.record.lookedAfterEpisodes as unknown[]).push(values);
        owner.lookedAfterAt.push(at);
        return;
      }
      const episodeId = typeof values["id"] === "string" ? values["id"] : "";
      if (table === "episodes") {
        if (owner.episodes.has(episodeId)) {
          owner.invalid = true;
          notPlaced(source.name, table, line, childId, `the episode ${episodeId} of this child is in the episodes table twice: the child is left out`);
          return;
        }
        const episode = { ...values, assessments: [], cinPlans: [], section47s: [], cpPlans: [] } as unknown as Mutable<ChildRecord["cinEpisodes"][number]>;
        owner.episodes.set(episodeId, { episode, at, items: { assessments: [], cinPlans: [], section47s: [], cpPlans: [] } });
        (owner.record.cinEpisodes as unknown[]).push(episode);
        owner.episodeAt.push(at);
        return;
      }
      const holder = owner.episodes.get(episodeOf);
      if (holder === undefined) {
        owner.invalid = true;
        notPlaced(source.name, table, line, childId, `the episode ${episodeOf} is not in the episodes table: the child is left out`);
        return;
      }
      const key = table === "assessments" ? "assessments" : table === "cin_plans" ? "cinPlans" : table === "section47_enquiries" ? "section47s" : "cpPlans";
      (holder.episode[key] as unknown[]).push(values);
      holder.items[key].push(at);
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

  const records: ChildRecord[] = [];
  for (const a of order) {
    if (a.invalid) continue;
    const checked = validateChildRecord(a.record);
    if (checked.ok) {
      records.push(checked.value);
      continue;
    }
    const issue = checked.error.issues[0];
    const where = placeOf(a, issue?.path ?? []);
    const file = byTable.get(where.table)?.name ?? where.table;
    const childId = typeof a.record.child.childId === "string" ? a.record.child.childId : "";
    report(file, {
      code: "returns/invalid-child-record",
      severity: "error",
      path: issue?.path ?? [],
      params: { file, line: where.line, where: `line ${String(where.line)}${where.column === undefined ? "" : `, column ${where.column}`} (child ${childId})`, reason: issue === undefined ? "invalid" : `${issue.path.join(".")}: ${issue.message}` },
    });
  }
  return { records, rows };
}

// Where a record's issue was read: the table, line and column of the part the path points to.
function placeOf(a: Assembling, path: readonly (string | number)[]): Placed & { readonly column?: string } {
  const columnOf = (table: TidyTableName, field: unknown): string | undefined => {
    if (typeof field !== "string") return undefined;
    const columns: readonly string[] = TIDY_TABLE_COLUMNS[table];
    if (field === "id") return columns[table === "episodes" || table === "looked_after_episodes" ? 1 : 2];
    return columns.find((c) => fieldOf(c) === field);
  };
  const [top, i, sub, j, field] = path;
  if (top === "cinEpisodes" && typeof i === "number") {
    const at = a.episodeAt[i];
    const id = a.record.cinEpisodes[i]?.id;
    const holder = typeof id === "string" ? a.episodes.get(id) : undefined;
    if (at !== undefined && typeof sub === "string" && typeof j === "number" && holder !== undefined && sub in holder.items) {
      const item = holder.items[sub as keyof typeof holder.items][j];
      if (item !== undefined) {
        const column = columnOf(item.table, field);
        return column === undefined ? item : { ...item, column };
      }
    }
    if (at !== undefined) {
      const column = columnOf("episodes", sub);
      return column === undefined ? at : { ...at, column };
    }
  }
  if (top === "lookedAfterEpisodes" && typeof i === "number") {
    const at = a.lookedAfterAt[i];
    if (at !== undefined) {
      const column = columnOf("looked_after_episodes", sub);
      return column === undefined ? at : { ...at, column };
    }
  }
  const column = top === "child" ? columnOf("children", i) : undefined;
  return column === undefined ? a.at : { ...a.at, column };
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
