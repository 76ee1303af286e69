// The records of one return for one part of a cohort merged in parts, held as columns, and the
// merge of such parts straight into the cohort's columns: what the read threads of
// `readReturns` hand each other instead of the records as JSON text.
//
// The merge is createCohortBuilder's (matched by authority and local id; a row re-reported is
// kept once, in the version of the latest collection year; details from the latest return,
// with gaps filled from earlier ones and a differing date of birth or sex reported; an episode
// open at a return's reference date that the next return lacks reported), done on row numbers
// instead of objects, so that no record is made, written as text or read back. It holds the
// lists a CIN census return has (episodes of need and care proceedings); a record holding any
// other is not taken (`add` answers false) and the caller merges records instead.
import { fromDayNumber, MAX_LIST_LENGTH, type Finding } from "../core";
import type { ChildRecord } from "./ChildRecord";
import { ASSESSMENT_FACTOR_CODES, DISABILITY_CODES } from "./codes/cinCensus";
import type { CohortFinding } from "./Cohort";
import { ALL_PARTS, ColumnsBuilder, oc2FlagsOf, PART_CIN, PART_LAC, PART_PROCEEDINGS, type ColumnData } from "./columnData";
import type { ColumnPart } from "./columnParts";
import { compareEpisodeFindings, missedInNextReturn } from "./createCohortBuilder";
import { OPEN_END, toDay } from "./dayNumbers";
import { isValidChildRecord } from "./validateChildRecord";

/**
 * The valid records of one return for one part of a cohort, as columns, in the order read, with
 * what merging needs that the columns do not hold.
 *
 * @internal
 */
export interface ReturnRows {
  /** One child per record. */
  readonly data: ColumnData;
  /** Each record's place in its file. */
  readonly seq: Int32Array;
  /** Each record's authority ("" when it has none), sex and date of birth. */
  readonly la: readonly string[];
  readonly sex: readonly (string | undefined)[];
  readonly dob: readonly (string | undefined)[];
  /** The id of each care proceedings row of `data`. */
  readonly procIds: readonly string[];
}

/**
 * A child as the CIN census reader holds it once read, before any record is made: its details
 * and its episodes of need in date order, each with its lists in date order and its care
 * proceedings with their ids. Values are as the reader checked them.
 *
 * @internal
 */
export interface RowsChild {
  readonly childId: string;
  readonly la: string | undefined;
  readonly child: { readonly upn?: string | undefined; readonly sex?: string | undefined; readonly dob?: string | undefined; readonly expectedDob?: string | undefined; readonly disabilities: readonly string[] };
  readonly episodes: readonly RowsEpisode[];
}

/**
 * An episode of need of a {@link RowsChild}.
 *
 * @internal
 */
export interface RowsEpisode {
  readonly referralDate: string;
  readonly episode: { readonly closureDate?: string | undefined; readonly closureReason?: string | undefined; readonly referralNfa?: boolean | undefined; readonly referralSource?: string | undefined; readonly primaryNeed?: string | undefined; readonly episodeIcpcDate?: string | undefined };
  readonly assessments: readonly { readonly startDate?: string | undefined; readonly authorisationDate?: string | undefined; readonly factors: readonly string[] }[];
  readonly cinPlans: readonly { readonly startDate?: string | undefined; readonly endDate?: string | undefined }[];
  readonly section47s: readonly { readonly startDate?: string | undefined; readonly icpcDate?: string | undefined }[];
  readonly cpPlans: readonly { readonly startDate?: string | undefined; readonly endDate?: string | undefined; readonly numberOfPreviousCpp?: number | undefined; readonly initialCategory?: string | undefined; readonly latestCategory?: string | undefined; readonly reviewDates: readonly string[] }[];
  readonly proceedings: readonly { readonly id: string; readonly item: { readonly start?: string | undefined; readonly courtAppDate?: string | undefined } }[];
}

/**
 * Writes records into {@link ReturnRows}.
 *
 * @internal
 */
export interface ReturnRowsWriter {
  /**
   * Adds a record read at `seq` in its file. False, and nothing added, when the record is not
   * valid or holds a list other than episodes of need and care proceedings: such records must
   * be merged as records.
   */
  add(record: ChildRecord, seq: number): boolean;
  /**
   * Adds a child as the CIN census reader holds it (the columns its record would give, with no
   * record made). False, and nothing added, when a list of it is longer than a record may hold
   * (the record is then made and given to `add`, which refuses it).
   */
  addRead(child: RowsChild, seq: number): boolean;
  /** Records held. */
  readonly size: number;
  /** Hands out the rows so far (owning their buffers) and starts again. */
  take(): ReturnRows;
}

/**
 * Creates a {@link ReturnRowsWriter}.
 *
 * @returns The writer.
 * @internal
 */
export function createReturnRowsWriter(): ReturnRowsWriter {
  const builder = new ColumnsBuilder(ALL_PARTS);
  let seq: number[] = [];
  let la: string[] = [];
  let sex: (string | undefined)[] = [];
  let dob: (string | undefined)[] = [];
  let procIds: string[] = [];
  // What merging needs of a child added, beside its columns.
  const keep = (at: number, authority: string | undefined, c: { readonly sex?: string | undefined; readonly dob?: string | undefined }): void => {
    seq.push(at);
    la.push(authority ?? "");
    sex.push(c.sex);
    dob.push(c.dob);
  };
  return {
    add(record, at): boolean {
      if (!isValidChildRecord(record)) return false;
      if (record.earlyHelpEpisodes.length + record.lookedAfterEpisodes.length + record.lookedAfterReviews.length + record.missing.length + record.visits.length > 0) return false;
      if ((record.lookedAfterOutcomes?.length ?? 0) + (record.careLeaverOutcomes?.length ?? 0) + (record.adoptions?.length ?? 0) + (record.adoptionDecisions?.length ?? 0) > 0) return false;
      builder.append(record);
      for (const p of record.careProceedings) procIds.push(p.id);
      keep(at, record.child.la, record.child);
      return true;
    },
    addRead(child, at): boolean {
      if (!fitsRecord(child)) return false;
      appendRead(builder, child);
      for (const e of child.episodes) for (const p of e.proceedings) procIds.push(p.id);
      keep(at, child.la, child.child);
      return true;
    },
    get size(): number {
      return seq.length;
    },
    take(): ReturnRows {
      const rows: ReturnRows = { data: builder.data(true), seq: Int32Array.from(seq), la, sex, dob, procIds };
      builder.reset();
      seq = [];
      la = [];
      sex = [];
      dob = [];
      procIds = [];
      return rows;
    },
  };
}

// Whether the record of a child read has no list longer than a record may hold (the reader
// checks every value, not the lengths of lists).
function fitsRecord(child: RowsChild): boolean {
  if (child.episodes.length > MAX_LIST_LENGTH || child.child.disabilities.length > DISABILITY_CODES.length) return false;
  let proceedings = 0;
  for (const e of child.episodes) {
    if (e.assessments.length > MAX_LIST_LENGTH || e.cinPlans.length > MAX_LIST_LENGTH || e.section47s.length > MAX_LIST_LENGTH || e.cpPlans.length > MAX_LIST_LENGTH) return false;
    for (const a of e.assessments) if (a.factors.length > ASSESSMENT_FACTOR_CODES.length) return false;
    for (const p of e.cpPlans) if (p.reviewDates.length > MAX_LIST_LENGTH) return false;
    proceedings += e.proceedings.length;
  }
  return proceedings <= MAX_LIST_LENGTH;
}

/**
 * Appends a child as the CIN census reader holds it (see {@link RowsChild}) to columns: the
 * columns `ColumnsBuilder.append` gives for the record the reader would make of it. Its dates
 * are checked as `append` checks them; on an error, nothing is appended.
 *
 * @internal
 */
export function appendRead(b: ColumnsBuilder, child: RowsChild): void {
  b.guarded(() => {
    const parts = b.parts;
    b.details(child.child.dob, undefined, child.child.expectedDob !== undefined);
    if ((parts & PART_CIN) !== 0) for (const x of child.episodes) b.pushCinEpisode(x.referralDate, x.episode, x.assessments, x.section47s, x.cinPlans, x.cpPlans);
    if ((parts & PART_PROCEEDINGS) !== 0) for (const x of child.episodes) for (const { item: p } of x.proceedings) b.pushProceedings(p.start, undefined, p.courtAppDate, undefined);
    endLists(b);
  });
  b.ids(child.childId, child.child.upn);
}

/**
 * Appends a child of SSDA903 returns as the reader holds it to columns: its header's date of
 * birth, whether it has a UASC row, its looked-after episodes' values by their SSDA903 columns
 * (`DECOM`, `DEC`, `LS`, `RNE`, `PLACE`, `REC`), in `DECOM` order, its missing incidents'
 * (`MIS_START`, `MISSING`), in `MIS_START` order, its reviews' dates (`REVIEW`), in the order
 * read, its AD1 rows (year, `DATE_MATCH`) and its OC2 and OC3 rows (year and values); the columns `ColumnsBuilder.append` gives for the record the reader would make
 * of it (no other list). Its dates are checked as `append` checks them; on an error, nothing is
 * appended.
 *
 * @internal
 */
export function appendSsda903(
  b: ColumnsBuilder,
  childId: string,
  upn: string | undefined,
  episodes: readonly Readonly<Record<string, string>>[],
  dob: string | undefined,
  uasc: boolean,
  missing: readonly Readonly<Record<string, string>>[],
  reviews: readonly Readonly<Record<string, string>>[],
  adoptions: readonly { readonly year: number; readonly values: Readonly<Record<string, string>> }[] = [],
  oc2: readonly { readonly year: number; readonly values: Readonly<Record<string, string>> }[] = [],
  oc3: readonly { readonly year: number; readonly values: Readonly<Record<string, string>> }[] = [],
): void {
  b.guarded(() => {
    b.details(dob, uasc);
    if ((b.parts & PART_LAC) !== 0) for (const v of episodes) b.pushLookedAfter(v["DECOM"] as string, v["DEC"], v["LS"] as string, v["RNE"] as string, v["PLACE"] as string, v["REC"]);
    if ((b.parts & PART_LAC) !== 0) for (const v of missing) b.pushMissing(v["MIS_START"] as string, v["MISSING"] as string);
    if ((b.parts & PART_LAC) !== 0) for (const v of reviews) b.revDay.push(toDay(v["REVIEW"] as string));
    // AD1 rows as the record holds them (a year it cannot hold is not known).
    if ((b.parts & PART_LAC) !== 0) for (const a of adoptions) b.pushAdoption(yearOf(a.year), a.values["DATE_MATCH"]);
    // OC2 and OC3 rows as the record holds them (a flag is "1" yes, any other value no; the
    // reader checked every value).
    if ((b.parts & PART_LAC) !== 0) {
      for (const o of oc2) {
        const v = o.values;
        const flag = (col: string): boolean | undefined => (v[col] === undefined ? undefined : v[col] === "1");
        const sdq = v["SDQ_SCORE"];
        b.pushOc2(yearOf(o.year), sdq === undefined ? undefined : Number(sdq), oc2FlagsOf({
          healthAssessment: flag("HEALTH_ASSESSMENT"), immunisations: flag("IMMUNISATIONS"), teethCheck: flag("TEETH_CHECK"), healthCheck: flag("HEALTH_CHECK"),
          convicted: flag("CONVICTED"), substanceMisuse: flag("SUBSTANCE_MISUSE"), interventionReceived: flag("INTERVENTION_RECEIVED"), interventionOffered: flag("INTERVENTION_OFFERED"),
        }));
      }
      for (const o of oc3) b.pushOc3(yearOf(o.year), o.values["IN_TOUCH"], o.values["ACTIV"], o.values["ACCOM"]);
    }
    endLists(b);
  });
  b.ids(childId, upn);
}

// A collection year as the record holds it (one it cannot hold is not known).
function yearOf(year: number): number | undefined {
  return Number.isSafeInteger(year) && year >= 1000 && year <= 9999 ? year : undefined;
}

// Ends a child's lists in the columns (its rows were pushed).
function endLists(b: ColumnsBuilder): void {
  b.cinOff.push(b.refDay.n);
  b.lacOff.push(b.lacStart.n);
  b.ehOff.push(b.ehStart.n);
  b.visitOff.push(b.visitDay.n);
  b.procOff.push(b.procKnown.n);
  b.misOff.push(b.misStart.n);
  b.revOff.push(b.revDay.n);
  b.adOff.push(b.adYear.n);
  b.oc2Off.push(b.oc2Year.n);
  b.oc3Off.push(b.oc3Year.n);
}

// Appends one episode of need of other columns (row `r` of `src`, with its assessments,
// section 47 enquiries and plans) to the child being merged; the values as they are.
function copyCinEpisode(b: ColumnsBuilder, src: ColumnData, r: number): void {
  b.refDay.push(src.refDay[r] as number);
  b.epKnown.push(src.epKnown[r] as number);
  b.closeDay.push(src.closeDay[r] as number);
  b.closeReason.push(src.closeReason[r] as number);
  b.nfa.push(src.nfa[r] as number);
  b.source.push(src.source[r] as number);
  b.primaryNeed.push(src.primaryNeed[r] as number);
  b.epIcpcDay.push(src.epIcpcDay[r] as number);
  for (let j = src.asmOff[r] as number, end = src.asmOff[r + 1] as number; j < end; j++) {
    b.asmStart.push(src.asmStart[j] as number);
    b.asmAuth.push(src.asmAuth[j] as number);
    b.asmFactorLo.push(src.asmFactorLo[j] as number);
    b.asmFactorHi.push(src.asmFactorHi[j] as number);
  }
  for (let j = src.s47Off[r] as number, end = src.s47Off[r + 1] as number; j < end; j++) {
    b.s47Start.push(src.s47Start[j] as number);
    b.s47Icpc.push(src.s47Icpc[j] as number);
    b.s47Sd.push(src.s47Sd[j] as number);
  }
  for (let j = src.cinPlanOff[r] as number, end = src.cinPlanOff[r + 1] as number; j < end; j++) {
    b.cinPlanStart.push(src.cinPlanStart[j] as number);
    b.cinPlanEnd.push(src.cinPlanEnd[j] as number);
  }
  for (let j = src.cpPlanOff[r] as number, end = src.cpPlanOff[r + 1] as number; j < end; j++) {
    b.cpPlanStart.push(src.cpPlanStart[j] as number);
    b.cpPlanEnd.push(src.cpPlanEnd[j] as number);
    b.cpPrevious.push(src.cpPrevious[j] as number);
    b.cpInitial.push(src.cpInitial[j] as number);
    b.cpLatest.push(src.cpLatest[j] as number);
    for (let x = src.cpRevOff[j] as number, end2 = src.cpRevOff[j + 1] as number; x < end2; x++) b.cpRevDay.push(src.cpRevDay[x] as number);
    b.cpRevOff.push(b.cpRevDay.n);
  }
  b.asmOff.push(b.asmStart.n);
  b.s47Off.push(b.s47Start.n);
  b.cinPlanOff.push(b.cinPlanStart.n);
  b.cpPlanOff.push(b.cpPlanStart.n);
}

// Appends one care proceedings row of other columns (row `r` of `src`) to the child being merged.
function copyProceedings(b: ColumnsBuilder, src: ColumnData, r: number): void {
  b.procKnown.push(src.procKnown[r] as number);
  b.procPreStart.push(src.procPreStart[r] as number);
  b.procIssue.push(src.procIssue[r] as number);
  b.procFinal.push(src.procFinal[r] as number);
}

/**
 * Whether merging these rows could give a child more episodes of need or care proceedings than a
 * record may hold (`MAX_LIST_LENGTH`): a bound, each child's rows summed over every record of it
 * (a child may be in a return more than once). Such a part must be merged as records (its
 * children are then reported invalid, with the schema's issues).
 *
 * @internal
 */
export function mayOverflow(byFile: readonly (readonly ReturnRows[])[]): boolean {
  // Few rows in all: no child can have too many.
  let total = 0;
  for (const pieces of byFile) for (const rows of pieces) total += Math.max(rows.data.referrals, rows.procIds.length);
  if (total <= MAX_LIST_LENGTH) return false;
  const episodes = new Map<string, number>();
  const proceedings = new Map<string, number>();
  for (const pieces of byFile) {
    for (const rows of pieces) {
      const d = rows.data;
      for (let i = 0; i < d.n; i++) {
        const key = `${rows.la[i] as string}|${d.childIds[i] as string}`;
        const e = (episodes.get(key) ?? 0) + ((d.cinOff[i + 1] as number) - (d.cinOff[i] as number));
        const p = (proceedings.get(key) ?? 0) + ((d.procOff[i + 1] as number) - (d.procOff[i] as number));
        if (e > MAX_LIST_LENGTH || p > MAX_LIST_LENGTH) return true;
        episodes.set(key, e);
        proceedings.set(key, p);
      }
    }
  }
  return false;
}

// A row of a merged child: the version kept (its rows and row number), its key, the collection
// year of that version, and for episodes of need the returns that held it (as the cohort
// builder writes them: `year@la`, `o` after the year when open at that return's reference date).
interface Row {
  readonly day: number;
  readonly id: string;
  readonly n: number;
  src: ColumnData;
  r: number;
  year: number;
  sight: string;
}

interface Child {
  readonly childId: string;
  upn: string | undefined;
  sex: string | undefined;
  dob: string | undefined;
  /** A record of the child had no date of birth and an expected one. */
  unborn: boolean;
  detailsYear: number;
  readonly cin: Row[];
  readonly proc: Row[];
  byKey: Map<string, Row> | undefined;
}

const INDEX_ROWS = 64;

/**
 * What merging a part gave: its children as columns, and the episodes missing from the next
 * return (known once every return of the part is merged).
 *
 * @internal
 */
export interface MergedRows {
  readonly part: ColumnPart;
  readonly episodeFindings: readonly CohortFinding[];
}

/**
 * Merges one part of a cohort read in parts, straight into columns: the rows of each file, in
 * the order the files were given, each file's with its collection year. The columns, the
 * findings and their order are those of merging the same records with the cohort builder and
 * turning the merged records into columns.
 *
 * @param byFile - The part's rows, by file.
 * @param years - The collection year of each file.
 * @param onFinding - Receives each differing date of birth or sex, with the file and the place in it of the record that differed.
 * @returns The merged part.
 * @throws `Error` when {@link mayOverflow} is true of the rows (the caller merges them as records).
 * @internal
 */
export function mergeReturnRows(byFile: readonly (readonly ReturnRows[])[], years: readonly number[], onFinding: (finding: Finding<"cin-census/conflicting-details">, file: number, seq: number) => void): MergedRows {
  if (mayOverflow(byFile)) throw new Error("These rows could make a list longer than a record may hold: merge them as records.");
  const children: Child[] = [];
  const index = new Map<string, Child>();
  // The collection years of the records holding episodes of need, by authority.
  const returns = new Map<string, Set<number>>();
  for (let f = 0; f < byFile.length; f++) {
    const year = years[f] ?? 0;
    const reference = `${String(year)}-03-31`;
    const referenceDay = /^\d{4}-03-31$/.test(reference) ? toDay(reference) : undefined;
    for (const rows of byFile[f] ?? []) {
      const d = rows.data;
      for (let i = 0; i < d.n; i++) {
        const childId = d.childIds[i] as string;
        const la = rows.la[i] as string;
        const key = `${la}|${childId}`;
        let c = index.get(key);
        if (c === undefined) {
          c = { childId, upn: undefined, sex: undefined, dob: undefined, unborn: false, detailsYear: -Infinity, cin: [], proc: [], byKey: undefined };
          children.push(c);
          index.set(key, c);
        }
        const seq = rows.seq[i] as number;
        const newer = year >= c.detailsYear;
        const upn = d.upns[i];
        if (upn !== undefined && (newer || c.upn === undefined)) c.upn = upn;
        const sex = rows.sex[i];
        if (sex !== undefined) {
          if (c.sex !== undefined && c.sex !== sex) onFinding(conflict(childId, "sex", sex, c.sex, year), f, seq);
          if (newer || c.sex === undefined) c.sex = sex;
        }
        const dob = rows.dob[i];
        if (dob !== undefined) {
          if (c.dob !== undefined && c.dob !== dob) onFinding(conflict(childId, "dob", dob, c.dob, year), f, seq);
          if (newer || c.dob === undefined) c.dob = dob;
        }
        if (d.unborn[i] === 1) c.unborn = true;
        if (newer) c.detailsYear = year;

        const c0 = d.cinOff[i] as number;
        const c1 = d.cinOff[i + 1] as number;
        if (c1 > c0) {
          const years = returns.get(la) ?? new Set<number>();
          years.add(year);
          returns.set(la, years);
        }
        for (let k = c0; k < c1; k++) {
          const day = d.refDay[k] as number;
          let n = 1;
          for (let p = c0; p < k; p++) if (d.refDay[p] === day) n++;
          const open = openAt(day, d.closeDay[k] as number, reference, referenceDay);
          const sight = `${String(year)}${open ? "o" : ""}@${la}`;
          const found = findRow(c, c.cin, 0, day, "", n);
          if (found === undefined) addRow(c, c.cin, 0, { day, id: "", n, src: d, r: k, year, sight });
          else {
            found.sight = `${found.sight},${sight}`;
            if (year >= found.year) {
              found.src = d;
              found.r = k;
              found.year = year;
            }
          }
        }
        const p0 = d.procOff[i] as number;
        const p1 = d.procOff[i + 1] as number;
        for (let k = p0; k < p1; k++) {
          const id = rows.procIds[k] as string;
          let n = 1;
          for (let p = p0; p < k; p++) if (rows.procIds[p] === id) n++;
          const found = findRow(c, c.proc, 1, 0, id, n);
          if (found === undefined) addRow(c, c.proc, 1, { day: 0, id, n, src: d, r: k, year, sight: "" });
          else if (year >= found.year) {
            found.src = d;
            found.r = k;
            found.year = year;
          }
        }
      }
    }
  }

  const builder = new ColumnsBuilder(ALL_PARTS);
  for (const c of children) {
    if (c.cin.length > MAX_LIST_LENGTH || c.proc.length > MAX_LIST_LENGTH) throw new Error("A merged list is longer than a record may hold.");
    // The rows in date order, rows of one date in the order first read (as the builder sorts).
    const cin = c.cin.length > 1 ? [...c.cin].sort((a, b) => a.day - b.day) : c.cin;
    for (const row of cin) copyCinEpisode(builder, row.src, row.r);
    const proc = c.proc.length > 1 ? [...c.proc].sort((a, b) => proceedingsKey(a) - proceedingsKey(b)) : c.proc;
    for (const row of proc) copyProceedings(builder, row.src, row.r);
    // CIN census returns hold no UASC flag
    // the merged record's expected date of birth is the latest one recorded: it has one when a
    // record had one with no date of birth (a record with a date of birth makes `dob` known)
    builder.details(c.dob, undefined, c.unborn);
    endLists(builder);
    builder.ids(c.childId, c.upn);
  }
  const part: ColumnPart = { data: builder.data(true), read: children.length, skipped: 0, errors: [] };
  return { part, episodeFindings: episodeFindings(children, returns) };
}

function conflict(childId: string, element: "sex" | "dob", value: string, previous: string, year: number): Finding<"cin-census/conflicting-details"> {
  return { code: "cin-census/conflicting-details", severity: "warning", path: ["child", element], params: { childId, element, value, previous: JSON.stringify(previous), year } };
}

// Whether an episode was open at the reference date (the cohort builder's rule: started on or
// before it, not ended on or before it), on day numbers, or on the dates' text when the
// reference is not a real date (a collection year that is not four digits), as the builder compares.
function openAt(start: number, end: number, reference: string, referenceDay: number | undefined): boolean {
  if (referenceDay !== undefined) return start <= referenceDay && !(end !== OPEN_END && end <= referenceDay);
  return fromDayNumber(start) <= reference && !(end !== OPEN_END && fromDayNumber(end) <= reference);
}

// The builder's order of care proceedings: by the start of pre-proceedings, else the issue date;
// rows with neither first.
function proceedingsKey(row: Row): number {
  const pre = row.src.procPreStart[row.r] as number;
  if (pre !== OPEN_END) return pre;
  const issue = row.src.procIssue[row.r] as number;
  return issue !== OPEN_END ? issue : -Infinity;
}

function rowKey(list: number, day: number, id: string, n: number): string {
  return `${String(list)}|${list === 0 ? String(day) : id}#${String(n)}`;
}

function findRow(c: Child, rows: readonly Row[], list: number, day: number, id: string, n: number): Row | undefined {
  if (c.byKey !== undefined) return c.byKey.get(rowKey(list, day, id, n));
  for (const row of rows) if (row.day === day && row.id === id && row.n === n) return row;
  return undefined;
}

function addRow(c: Child, rows: Row[], list: number, row: Row): void {
  rows.push(row);
  if (c.byKey !== undefined) c.byKey.set(rowKey(list, row.day, row.id, row.n), row);
  else if (c.cin.length + c.proc.length > INDEX_ROWS) {
    const byKey = new Map<string, Row>();
    for (const x of c.cin) byKey.set(rowKey(0, x.day, x.id, x.n), x);
    for (const x of c.proc) byKey.set(rowKey(1, x.day, x.id, x.n), x);
    c.byKey = byKey;
  }
}

// The cohort builder's `cin-census/episode-not-in-next-return` findings: an episode of need
// open at one return's reference date that the next return of its authority holding episodes
// lacks, in the builder's order.
// The first year after `year` of a set.
function nextYear(years: ReadonlySet<number> | undefined, year: number): number | undefined {
  let next: number | undefined;
  for (const y of years ?? []) if (y > year && (next === undefined || y < next)) next = y;
  return next;
}

function episodeFindings(children: readonly Child[], returns: ReadonlyMap<string, ReadonlySet<number>>): CohortFinding[] {
  const out: CohortFinding[] = [];
  for (const c of children) {
    for (const row of c.cin) {
      missedInNextReturn(row.sight, (la, year) => nextYear(returns.get(la), year), (la, year, next) => {
        out.push({
          code: "cin-census/episode-not-in-next-return",
          severity: "warning",
          path: ["cinEpisodes"],
          params: { childId: c.childId, ...(la === "" ? {} : { la }), element: "cinEpisodes", startDate: fromDayNumber(row.day), referenceDate: `${String(year)}-03-31`, year, nextYear: next },
        });
      });
    }
  }
  return out.sort(compareEpisodeFindings);
}
