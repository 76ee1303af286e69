import { KinsafeError, MAX_LIST_LENGTH } from "../../core";
import type { ChildRecord } from "../../records";
import { MAX_RECORD_CODE_LENGTH } from "../../records/internal";
import {
  CsvError,
  csvCellValue,
  createCsvParser,
  createTreeHandler,
  createXmlScanner,
  fatalFinding,
  isId,
  isUpn,
  resolveLimits,
  textChunks,
  toIsoDate,
  type ResolvedLimits,
  type XmlNode,
} from "../internal";
import { SSDA903_TABLES, type ReadSsda903Options, type Ssda903File, type Ssda903Finding, type Ssda903Read, type Ssda903Row, type Ssda903Table } from "./Ssda903";
import { CODE_COLUMNS, DATE_COLUMNS, NUMBER_COLUMNS, PATTERN_COLUMNS, REQUIRED, specifiedColumns, TABLE_COLUMN_SETS, tableOf, xmlHeaderBlock, xmlHeaderField } from "./ssda903Tables";

interface RawRow {
  readonly table: Ssda903Table;
  readonly values: Record<string, string>;
  readonly file: string;
  readonly year: number;
  readonly line: number;
  readonly column?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Params = Record<string, string | number>;

// Leading white space longer than this is not looked through to tell XML from CSV (the name
// decides then).
const SNIFF = 65_536;

/**
 * The file's text, and whether it is XML: a name ending in `.xml`, or text whose first
 * character after white space is `<`. Decided on the decoded text, so that the answer is the
 * same however the input is cut into chunks.
 */
async function sniff(file: Ssda903File, limits: ResolvedLimits): Promise<{ xml: boolean; text: AsyncIterable<string> }> {
  const source = textChunks(file.data, limits);
  const iterator = source[Symbol.asyncIterator]();
  const head: string[] = [];
  let seen = 0;
  let first = -1;
  // Only the first SNIFF characters are looked at, whatever the chunks.
  while (first === -1 && seen < SNIFF) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    const m = /[^ \t\r\n]/.exec(next.value);
    if (m !== null && seen + m.index < SNIFF) first = next.value.charCodeAt(m.index);
    seen += next.value.length;
  }
  const xml = /\.xml$/i.test(file.name) || first === 60;
  async function* text(): AsyncGenerator<string, void, undefined> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { xml, text: text() };
}

async function readCsv(file: Ssda903File, text: AsyncIterable<string>, limits: ResolvedLimits, rows: RawRow[], report: (f: Ssda903Finding) => void, counts: Ssda903Read["rowCounts"][number][]): Promise<void> {
  let columns: string[] | undefined;
  let table: Ssda903Table | undefined;
  let skipped = 0;
  let read = 0;
  const fileYear = file.year;
  const parser = createCsvParser((cells, line) => {
    if (columns === undefined) {
      columns = cells.map((c) => c.trim().toUpperCase());
      const set = new Set(columns);
      table = file.table ?? tableOf(set);
      if (table === undefined) {
        report({ code: "ssda903/unknown-table", severity: "error", path: [], params: { file: file.name, line, columns: columns.join(",") } });
        return;
      }
      const known = TABLE_COLUMN_SETS.get(table) ?? new Set<string>();
      // A column named twice that the table reads: which of the two holds the child's value is
      // unknown (a header.csv with CHILD twice merged two children into one), so the table is
      // not read. Unknown columns named twice are reported with the columns not kept.
      const twice = columns.filter((c, i) => c !== "" && columns?.indexOf(c) !== i && (known.has(c) || c === "YEAR"));
      if (twice.length > 0) {
        report({ code: "ssda903/duplicate-column", severity: "error", path: [table], params: { file: file.name, line, table, field: [...new Set(twice)].join(",") } });
        table = undefined;
        return;
      }
      const missing = (REQUIRED[table]).filter((c) => !set.has(c));
      if (missing.length > 0) {
        report({ code: "ssda903/missing-column", severity: "error", path: [], params: { file: file.name, line, table, field: missing.join(",") } });
        table = undefined;
        return;
      }
      // Columns the specification requires that the rows can be read without (DEC, REC, DOB…):
      // the rows are read, and what needs the column cannot be told from this file.
      const unspecified = specifiedColumns(table, fileYear ?? 0).filter((c) => !set.has(c));
      if (unspecified.length > 0) {
        report({ code: "ssda903/missing-specified-column", severity: "error", path: [table], params: { file: file.name, line, table, field: unspecified.join(","), year: fileYear ?? "unknown" } });
      }
      const extra = columns.filter((c) => !known.has(c) && c !== "YEAR" && c !== "");
      if (extra.length > 0) report({ code: "ssda903/columns-not-kept", severity: "info", path: [], params: { file: file.name, line, table, field: extra.join(",") } });
      return;
    }
    if (table === undefined) {
      skipped++;
      return;
    }
    if (cells.length !== columns.length) {
      // Missing cells are read as empty, extra cells are not read.
      const extra = cells.slice(columns.length).filter((c) => c.trim() !== "").length;
      report({ code: "ssda903/ragged-row", severity: "warning", path: [table], params: { file: file.name, line, table, childId: cellOf(cells, columns.indexOf("CHILD")), cells: cells.length, columns: columns.length, extra } });
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i] as string;
      const v = cellOf(cells, i);
      if (v !== "" && c !== "") setOwn(values, c, v);
    }
    const year = fileYear ?? (values["YEAR"] !== undefined && /^\d{4}$/.test(values["YEAR"]) ? Number(values["YEAR"]) : 0);
    rows.push({ table, values, file: file.name, year, line });
    read++;
  }, limits);
  try {
    for await (const chunk of text) parser.write(chunk);
    parser.end();
  } catch (error) {
    if (error instanceof CsvError) report({ code: "ssda903/malformed-csv", severity: "error", path: [], params: { file: file.name, reason: error.message, line: error.line } });
    else {
      const f = fatalFinding("ssda903", error, file.name);
      if (f === undefined) throw error;
      report(f);
    }
  }
  counts.push({ file: file.name, table: table ?? "unknown", rows: read + skipped });
}

/** Sets an own property named by the file (a column named `__proto__` is a value, not a prototype). */
function setOwn(values: Record<string, string>, key: string, value: string): void {
  if (key === "__proto__") Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true });
  else values[key] = value;
}

/** A cell, trimmed, with the writer's formula neutralisation undone (`'-1234` is `-1234`). */
function cellOf(cells: readonly string[], i: number): string {
  const raw = i < 0 ? undefined : cells[i];
  return raw === undefined ? "" : csvCellValue(raw.trim());
}

async function readXml(file: Ssda903File, text: AsyncIterable<string>, limits: ResolvedLimits, rows: RawRow[], report: (f: Ssda903Finding) => void, counts: Ssda903Read["rowCounts"][number][]): Promise<void> {
  const year = file.year ?? 0;
  let children = 0;
  const unknown = (node: XmlNode, parent: string): void => {
    report({ code: "ssda903/unknown-element", severity: "warning", path: [parent, node.name], params: { file: file.name, element: node.name, parent, line: node.line, column: node.column } });
  };
  const repeated = (node: XmlNode, parent: string, childId: string): void => {
    report({ code: "ssda903/repeated-element", severity: "warning", path: [parent, node.name], params: { file: file.name, childId, element: node.name, parent, line: node.line, column: node.column } });
  };
  // The values of a block's leaves by column name: unknown leaves reported, a leaf given twice
  // reported (the last is kept), empty leaves the same as absent ones.
  const leaves = (node: XmlNode, table: Ssda903Table, childId: string, rename?: (name: string) => string): Record<string, string> => {
    const columns = TABLE_COLUMN_SETS.get(table);
    const values = new Map<string, string>([["CHILD", childId]]);
    for (const leaf of node.children) {
      const name = rename === undefined ? leaf.name : rename(leaf.name);
      if (name === "CHILD" || columns?.has(name) !== true) {
        unknown(leaf, node.name);
        continue;
      }
      if (leaf.text === "") continue;
      if (values.has(name)) repeated(leaf, node.name, childId);
      values.set(name, leaf.text);
    }
    return Object.fromEntries(values);
  };
  const handler = createTreeHandler(
    (name, line, column) => {
      if (name !== "EXPSSDA903") report({ code: "ssda903/unknown-element", severity: "error", path: [name], params: { file: file.name, element: name, parent: "(root)", expected: "EXPSSDA903", line, column } });
    },
    (node) => {
      if (node.name !== "CHILD") {
        unknown(node, "EXPSSDA903");
        return;
      }
      children++;
      const at = { file: file.name, year };
      // The fields of every HEADER, in order: a field given twice (in one HEADER or in a second
      // HEADER) is reported, and the last value is kept.
      let headerNode: XmlNode | undefined;
      const fields = new Map<string, XmlNode>();
      const blocks: { node: XmlNode; table: Ssda903Table }[] = [];
      for (const h of node.children) {
        if (h.name !== "HEADER") continue;
        if (headerNode === undefined) headerNode = h;
        else repeated(h, "CHILD", h.children.find((c) => c.name === "CHILDID")?.text ?? "");
        for (const c of h.children) {
          const table = xmlHeaderField(c.name);
          const block = table === undefined ? xmlHeaderBlock(c.name) : undefined;
          if (table !== undefined) {
            if (c.text === "") continue;
            const before = fields.get(c.name);
            if (before !== undefined) repeated(c, "HEADER", fields.get("CHILDID")?.text ?? "");
            fields.set(c.name, c);
          } else if (block !== undefined) blocks.push({ node: c, table: block });
          else unknown(c, "HEADER");
        }
      }
      const childId = fields.get("CHILDID")?.text ?? "";
      const pos = headerNode ?? node;
      const groups = new Map<Ssda903Table, Map<string, string>>();
      for (const [name, c] of fields) {
        const table = xmlHeaderField(name) ?? "header";
        let g = groups.get(table);
        if (g === undefined) {
          g = new Map([["CHILD", childId]]);
          groups.set(table, g);
        }
        if (name !== "CHILDID") g.set(name, c.text);
      }
      for (const { node: c, table } of blocks) rows.push({ table, values: leaves(c, table, childId), ...at, line: c.line, column: c.column });
      const header = Object.fromEntries(groups.get("header") ?? [["CHILD", childId]]);
      rows.push({ table: "header", values: header, ...at, line: pos.line, column: pos.column });
      const uasc = groups.get("uasc");
      // UASC is a 0/1 flag in the XML; the CSV UASC table lists the children flagged.
      if (uasc !== undefined && (uasc.get("UASC") === "1" || uasc.has("DUC"))) {
        const values: Record<string, string> = { CHILD: childId };
        const duc = uasc.get("DUC");
        if (duc !== undefined) values["DUC"] = duc;
        if (header["SEX"] !== undefined) values["SEX"] = header["SEX"];
        if (header["DOB"] !== undefined) values["DOB"] = header["DOB"];
        rows.push({ table: "uasc", values, ...at, line: pos.line, column: pos.column });
      }
      for (const t of ["ad1", "oc3"] as const) {
        const g = groups.get(t);
        if (g !== undefined) rows.push({ table: t, values: Object.fromEntries(g), ...at, line: pos.line, column: pos.column });
      }
      for (const c of node.children) {
        if (c.name === "HEADER") continue;
        if (c.name !== "EPISODE") {
          unknown(c, "CHILD");
          continue;
        }
        rows.push({ table: "episodes", values: leaves(c, "episodes", childId, (name) => (name === "PL" ? "PLACE" : name)), ...at, line: c.line, column: c.column });
      }
    },
  );
  const scanner = createXmlScanner(handler, limits);
  try {
    for await (const chunk of text) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    const f = fatalFinding("ssda903", error, file.name);
    if (f === undefined) throw error;
    report(f);
  }
  counts.push({ file: file.name, table: "header", rows: children });
}

// The OC2, OC3, AD1 and PlacedAdoption lists of two records put together (only those either has).
function concatOptional(a: ChildRecord, b: ChildRecord): Partial<ChildRecord> {
  const out: Record<string, unknown> = {};
  for (const k of ["lookedAfterOutcomes", "careLeaverOutcomes", "adoptions", "adoptionDecisions"] as const) {
    const x = a[k];
    const y = b[k];
    if (x !== undefined || y !== undefined) out[k] = [...(x ?? []), ...(y ?? [])];
  }
  return out;
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/**
 * The child record of a child read (its fields in the order records have always had).
 *
 * @internal
 */
export function recordOf(read: Ssda903ChildRead): ChildRecord {
  const h = read.header;
  const child: Record<string, unknown> = { childId: read.childId, disabilities: [] };
  if (read.la !== undefined) child["la"] = read.la;
  if (h !== undefined) {
    const sex = h["SEX"];
    if (sex !== undefined) child["sex"] = sexOf(sex);
    if (h["DOB"] !== undefined) child["dob"] = h["DOB"];
    if (h["ETHNIC"] !== undefined) child["ethnicity"] = h["ETHNIC"];
    const upn = upnOf(read);
    if (upn !== undefined) child["upn"] = upn;
  }
  if (child["dob"] === undefined) {
    const dob = dobOf(read);
    if (dob !== undefined) child["dob"] = dob;
  }
  if (read.uasc) child["uasc"] = true;
  const ids = new Map<string, number>();
  const idFor = (prefix: string, date: string): string => {
    const n = (ids.get(`${prefix}${date}`) ?? 0) + 1;
    ids.set(`${prefix}${date}`, n);
    return n === 1 ? `${prefix}${date}` : `${prefix}${date}-${String(n)}`;
  };
  const episodes = read.episodes.map((v) => {
    const e: Record<string, unknown> = { id: idFor("la-", v["DECOM"] ?? ""), startDate: v["DECOM"], reasonForNewEpisode: v["RNE"], legalStatus: v["LS"], placementType: v["PLACE"] };
    for (const [col, field] of OPTIONAL_EPISODE_FIELDS) if (v[col] !== undefined) e[field] = v[col];
    return e;
  });
  const reviews = read.reviews.map((v) => {
    const r: Record<string, unknown> = { id: idFor("review-", v["REVIEW"] ?? ""), date: v["REVIEW"] };
    if (v["REVIEW_CODE"] !== undefined) r["participation"] = v["REVIEW_CODE"];
    return r;
  });
  const missing = read.missing.map((v) => {
    const r: Record<string, unknown> = { id: idFor("missing-", v["MIS_START"] ?? ""), missingType: v["MISSING"], startDate: v["MIS_START"] };
    if (v["MIS_END"] !== undefined) r["endDate"] = v["MIS_END"];
    return r;
  });
  const record: Record<string, unknown> = {
    child,
    cinEpisodes: [],
    earlyHelpEpisodes: [],
    lookedAfterEpisodes: episodes,
    lookedAfterReviews: reviews,
    missing,
    visits: [],
    careProceedings: [],
  };
  // The OC2, OC3, AD1 and PlacedAdoption rows, each list only when the child has rows in it.
  const o = read.outcomes;
  // A year the record cannot hold (0: not known; or not a four-digit year) is left out.
  const withYear = (prefix: string, year: number): Record<string, unknown> => (Number.isSafeInteger(year) && year >= 1000 && year <= 9999 ? { id: idFor(`${prefix}-`, String(year)), year } : { id: idFor(prefix, "") });
  const put = (row: Record<string, unknown>, v: Readonly<Record<string, string>>, fields: readonly (readonly [string, string, "text" | "flag" | "number"])[]): Record<string, unknown> => {
    for (const [col, field, kind] of fields) {
      const x = v[col];
      if (x !== undefined) row[field] = kind === "flag" ? x === "1" : kind === "number" ? Number(x) : x;
    }
    return row;
  };
  if (o.oc2.length > 0) record["lookedAfterOutcomes"] = o.oc2.map((r) => put(withYear("oc2", r.year), r.values, OC2_FIELDS));
  if (o.oc3.length > 0) record["careLeaverOutcomes"] = o.oc3.map((r) => put(withYear("oc3", r.year), r.values, OC3_FIELDS));
  if (o.ad1.length > 0) record["adoptions"] = o.ad1.map((r) => put(withYear("adoption", r.year), r.values, AD1_FIELDS));
  if (o.placedForAdoption.length > 0) {
    record["adoptionDecisions"] = o.placedForAdoption.map((r) => {
      const row: Record<string, unknown> = { id: idFor("placed-", r.values["DATE_PLACED"] ?? "undated") };
      if (Number.isSafeInteger(r.year) && r.year >= 1000 && r.year <= 9999) row["year"] = r.year;
      return put(row, r.values, PLACED_FIELDS);
    });
  }
  return record as unknown as ChildRecord;
}

// The columns of the OC2, OC3, AD1 and PlacedAdoption tables and the record's fields they go to,
// with how each is read: as text, as a 0/1 flag, or as a whole number.
const OC2_FIELDS = [
  ["SDQ_SCORE", "sdqScore", "number"], ["SDQ_REASON", "sdqReason", "text"], ["CONVICTED", "convicted", "flag"], ["HEALTH_CHECK", "healthCheck", "flag"],
  ["IMMUNISATIONS", "immunisations", "flag"], ["TEETH_CHECK", "teethCheck", "flag"], ["HEALTH_ASSESSMENT", "healthAssessment", "flag"],
  ["SUBSTANCE_MISUSE", "substanceMisuse", "flag"], ["INTERVENTION_RECEIVED", "interventionReceived", "flag"], ["INTERVENTION_OFFERED", "interventionOffered", "flag"],
] as const;
const OC3_FIELDS = [["IN_TOUCH", "inTouch", "text"], ["ACTIV", "activity", "text"], ["ACCOM", "accommodation", "text"]] as const;
const AD1_FIELDS = [
  ["DATE_INT", "decisionDate", "text"], ["DATE_MATCH", "matchDate", "text"], ["FOSTER_CARE", "fosterCarerAdoption", "flag"], ["NB_ADOPTR", "numberOfAdopters", "number"],
  ["SEX_ADOPTR", "adopterSex", "text"], ["LS_ADOPTR", "adopterLegalStatus", "text"],
] as const;
const PLACED_FIELDS = [["DATE_PLACED", "decisionDate", "text"], ["DATE_PLACED_CEASED", "ceasedDate", "text"], ["REASON_PLACED_CEASED", "ceasedReason", "text"]] as const;

/**
 * Whether the record of a child read would be valid: the reader checks every value against the
 * record's code lists and dates, but not the lengths of lists and of postcodes and URNs.
 *
 * @internal
 */
export function fitsRecord(read: Ssda903ChildRead): boolean {
  if (read.episodes.length > MAX_LIST_LENGTH || read.reviews.length > MAX_LIST_LENGTH || read.missing.length > MAX_LIST_LENGTH) return false;
  const o = read.outcomes;
  if (o.oc2.length > MAX_LIST_LENGTH || o.oc3.length > MAX_LIST_LENGTH || o.ad1.length > MAX_LIST_LENGTH || o.placedForAdoption.length > MAX_LIST_LENGTH) return false;
  for (const v of read.episodes) for (const col of ["HOME_POST", "PL_POST", "URN"]) if ((v[col]?.length ?? 0) > MAX_RECORD_CODE_LENGTH) return false;
  return true;
}

/**
 * The date of birth of a child read: its header's; a child with no header row (a leaving-care
 * team's OC3 extract alone) takes the one its OC3, OC2, AD1 or PlacedAdoption row gives (their
 * `DOB` column, a date), so that its age is known.
 *
 * @internal
 */
export function dobOf(read: Ssda903ChildRead): string | undefined {
  const own = read.header?.["DOB"];
  if (own !== undefined) return own;
  const o = read.outcomes;
  return [...o.oc3, ...o.oc2, ...o.ad1, ...o.placedForAdoption].map((r) => r.values["DOB"]).find((d) => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d));
}

/**
 * The UPN a child read keeps (a header's UPN that is not one is left out).
 *
 * @internal
 */
export function upnOf(read: Ssda903ChildRead): string | undefined {
  const upn = read.header?.["UPN"];
  return upn !== undefined && isUpn(upn) ? upn : undefined;
}

// A child's sex in a record from the SSDA903 code (1 male, 2 female; anything else as it is).
function sexOf(code: string): string {
  return code === "1" ? "M" : code === "2" ? "F" : code;
}

// An episode's optional columns and the record's fields they go to.
const OPTIONAL_EPISODE_FIELDS: readonly (readonly [string, string])[] = [["CIN", "categoryOfNeed"], ["PLACE_PROVIDER", "placementProvider"], ["DEC", "endDate"], ["REC", "reasonEpisodeCeased"], ["REASON_PLACE_CHANGE", "reasonForPlacementChange"], ["HOME_POST", "homePostcode"], ["PL_POST", "placementPostcode"], ["URN", "urn"]];

/** Checks the arguments' shapes (a programmer error is a KinsafeError, never a TypeError from inside). */
function checkArguments(files: unknown, options: unknown): void {
  const bad = (message: string): never => {
    throw new KinsafeError("invalid-argument", message);
  };
  if (!Array.isArray(files)) bad(`readSsda903 takes an array of files ({ name, data }); received ${describe(files)}.`);
  for (const [i, file] of (files as unknown[]).entries()) {
    if (typeof file !== "object" || file === null || Array.isArray(file)) bad(`File ${String(i)} must be an object { name, data }; received ${describe(file)}.`);
    const f = file as Record<string, unknown>;
    if (typeof f["name"] !== "string") bad(`File ${String(i)} must have a name (a string); received ${describe(f["name"])}.`);
    if (f["year"] !== undefined && !Number.isFinite(f["year"])) bad(`File ${String(i)}: year must be a number; received ${describe(f["year"])}.`);
    if (f["table"] !== undefined && !(SSDA903_TABLES as readonly unknown[]).includes(f["table"])) bad(`File ${String(i)}: table must be one of ${SSDA903_TABLES.join(", ")}; received ${describe(f["table"])}.`);
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) bad(`The options must be an object; received ${describe(options)}.`);
  const o = options as Record<string, unknown>;
  const attachTo = o["attachTo"];
  if (attachTo !== undefined) {
    if (!Array.isArray(attachTo)) bad(`attachTo must be an array of child records; received ${describe(attachTo)}.`);
    for (const [i, r] of (attachTo as unknown[]).entries()) {
      const child = typeof r === "object" && r !== null ? (r as Record<string, unknown>)["child"] : undefined;
      const lists = typeof r === "object" && r !== null ? ["lookedAfterEpisodes", "lookedAfterReviews", "missing"].every((k) => Array.isArray((r as Record<string, unknown>)[k])) : false;
      if (typeof child !== "object" || child === null || typeof (child as Record<string, unknown>)["childId"] !== "string" || !lists) bad(`attachTo[${String(i)}] is not a child record (child.childId and the looked-after lists are needed).`);
    }
  }
  if (o["matchBy"] !== undefined && o["matchBy"] !== "child-id" && o["matchBy"] !== "upn") bad(`matchBy must be "child-id" or "upn"; received ${describe(o["matchBy"])}.`);
  if (o["la"] !== undefined && typeof o["la"] !== "string") bad(`la must be a string; received ${describe(o["la"])}.`);
}

// Start and end columns of one row: the end cannot come before the start.
const DATE_PAIRS: readonly (readonly [string, string])[] = [["DECOM", "DEC"], ["MIS_START", "MIS_END"], ["SW_DECOM", "SW_DEC"], ["DOLO_START", "DOLO_END"]];

interface Versioned {
  row: RawRow;
  values: Record<string, string>;
}
interface ChildAcc {
  childId: string;
  header?: Versioned;
  uasc: boolean;
  episodes: Map<string, Versioned>;
  reviews: Map<string, Versioned>;
  missing: Map<string, Versioned>;
  outcomes: { table: OutcomeTable; row: Ssda903Row }[];
}

/**
 * Reads an SSDA903 (children looked after) return, in the CSV layout (any of the 12 tables:
 * header, episodes, reviews, UASC, OC2, OC3, AD1, placed for adoption, previous permanence,
 * missing, social worker episodes, deprivation of liberty orders; dates `dd/mm/yyyy` or
 * `yyyy-mm-dd`; a byte order mark is dropped) or the XML layout (`EXPSSDA903`), into
 * looked-after episodes, reviews and missing incidents on canonical child records.
 *
 * - Several years may be given together (each file with its `year`): a row re-submitted in a
 *   later return replaces the earlier version (episodes matched on child and `DECOM`, reviews on
 *   date, missing incidents on start and type), and exact duplicates are kept once.
 * - With `attachTo`, the looked-after data goes on the CIN census records of the same children
 *   (matched on `CHILD` = `LAchildID`, or on UPN with `matchBy: "upn"`); children not found are
 *   added as records of their own, and counted in a finding.
 * - Every row is accounted for: it is read, or reported in a finding that names the file, line,
 *   table, child and field. Tables with no place in the child record come back in `tables`.
 * - Nothing is changed without a finding: a column named twice (the table is not read), a row
 *   with more or fewer cells than the header, header rows for one child that disagree, or two rows
 *   for one child in a one-row-per-child table (UASC, OC2, OC3, AD1, previous permanence) that
 *   disagree (merged, the later value kept; the same row twice is kept once), an XML element given twice (the last kept), an id with a control
 *   character (the row is not read). A cell the writer neutralised (`'-1234`) reads as written
 *   (`-1234`). XML or CSV is told from the name (`.xml`) or the first character of the text.
 *
 * Periods of care (chains of episodes linked by `X1`) can be made from the records with
 * {@link toPeriodsOfCare}.
 *
 * @param files - The files of the return(s): CSV tables and/or XML, each with its name and year.
 * @param options - The authority code, the CIN records to attach to, how to match, limits.
 * @returns The child records, the other tables' rows, row counts and findings.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `files` is not an
 *   array of `{ name, data }`, a file's `data` is not text, bytes, a stream or an iterable of
 *   text or byte chunks, or an option is of the wrong kind (`attachTo` not an array of child
 *   records): a programmer error; bad content is reported as findings.
 *
 * @example
 * {@includeCode ../../../tests/interop/ssda903.test.ts#docs-example}
 *
 * @example
 * Header rows for one child that disagree are merged, each conflict reported:
 * {@includeCode ../../../tests/interop/repeatedValues.test.ts#conflicting-header}
 *
 * @category SSDA903
 */
export async function readSsda903(files: readonly Ssda903File[], options: ReadSsda903Options = {}): Promise<Ssda903Read> {
  return readSsda903With(files, options);
}

/**
 * A child of SSDA903 returns as read, its findings made, before its record is made: its id, the
 * authority, its header row's values, whether it has a UASC row, and the values of its episodes
 * (in `DECOM` order), reviews and missing incidents, each checked as the reader checks them.
 *
 * @internal
 */
export interface Ssda903ChildRead {
  readonly childId: string;
  readonly la: string | undefined;
  readonly header: Readonly<Record<string, string>> | undefined;
  readonly uasc: boolean;
  readonly episodes: readonly Readonly<Record<string, string>>[];
  readonly reviews: readonly Readonly<Record<string, string>>[];
  readonly missing: readonly Readonly<Record<string, string>>[];
  /** The child's OC2, OC3, AD1 and PlacedAdoption rows, by table, each with its collection year (0: not known). */
  readonly outcomes: Readonly<Record<OutcomeTable, readonly OutcomeRow[]>>;
}

/**
 * The SSDA903 tables whose rows the child record holds beside its episodes, reviews and missing
 * incidents.
 *
 * @internal
 */
export type OutcomeTable = "oc2" | "oc3" | "ad1" | "placedForAdoption";

/**
 * A row of an {@link OutcomeTable} of a child read: its collection year (0: not known) and values.
 *
 * @internal
 */
export interface OutcomeRow {
  readonly year: number;
  readonly values: Readonly<Record<string, string>>;
}

// A child's outcome rows by table, in year order. A decision to place for adoption re-reported
// in a later return (same DATE_PLACED) is kept once, in the later return's version; the same
// row twice in one return is kept once.
function outcomeRows(rows: readonly { table: OutcomeTable; row: Ssda903Row }[]): Ssda903ChildRead["outcomes"] {
  const out: Record<OutcomeTable, OutcomeRow[]> = { oc2: [], oc3: [], ad1: [], placedForAdoption: [] };
  for (const { table, row } of rows) out[table].push({ year: row.year, values: row.values });
  const placed = new Map<string, OutcomeRow[]>();
  for (const r of out.placedForAdoption) {
    const key = r.values["DATE_PLACED"] ?? "";
    const old = placed.get(key);
    if (old === undefined || (old[0] as OutcomeRow).year < r.year) placed.set(key, [r]);
    else if ((old[0] as OutcomeRow).year === r.year && !old.some((o) => JSON.stringify(o.values) === JSON.stringify(r.values))) old.push(r);
  }
  out.placedForAdoption = [...placed.values()].flat();
  const byYear = (a: OutcomeRow, b: OutcomeRow): number => a.year - b.year;
  for (const t of ["oc2", "oc3", "ad1"] as const) out[t].sort(byYear);
  out.placedForAdoption.sort((a, b) => ((a.values["DATE_PLACED"] ?? "") < (b.values["DATE_PLACED"] ?? "") ? -1 : (a.values["DATE_PLACED"] ?? "") > (b.values["DATE_PLACED"] ?? "") ? 1 : a.year - b.year));
  return out;
}

/**
 * {@link readSsda903}, optionally handing each child read (without CIN records to attach to) to
 * `take` before its record is made: when `take` answers true, no record is made for the child
 * and it is not among the records returned.
 *
 * @internal
 */
export async function readSsda903With(files: readonly Ssda903File[], options: ReadSsda903Options = {}, take?: (child: Ssda903ChildRead) => boolean): Promise<Ssda903Read> {
  checkArguments(files, options);
  const limits = resolveLimits(options.limits);
  const findings: Ssda903Finding[] = [];
  const report = (f: Ssda903Finding): void => {
    findings.push(f);
  };
  const rows: RawRow[] = [];
  const rowCounts: Ssda903Read["rowCounts"][number][] = [];
  for (const file of files) {
    let sniffed: { xml: boolean; text: AsyncIterable<string> };
    try {
      sniffed = await sniff(file, limits);
    } catch (error) {
      const f = fatalFinding("ssda903", error, file.name);
      if (f === undefined) throw error;
      report(f);
      rowCounts.push({ file: file.name, table: "unknown", rows: 0 });
      continue;
    }
    if (sniffed.xml) await readXml(file, sniffed.text, limits, rows, report, rowCounts);
    else await readCsv(file, sniffed.text, limits, rows, report, rowCounts);
  }

  const where = (row: RawRow, extra: Params): Params => {
    const p: Params = { file: row.file, line: row.line, table: row.table, ...extra };
    if (row.column !== undefined) p["column"] = row.column;
    return p;
  };

  // Check every value; drop rows that miss what they cannot do without.
  const children = new Map<string, ChildAcc>();
  const order: string[] = [];
  const tables: Record<keyof Ssda903Read["tables"], Ssda903Row[]> = { uasc: [], oc2: [], oc3: [], ad1: [], placedForAdoption: [], previousPermanence: [], swEpisodes: [], dolo: [] };
  const superseded = new Map<string, number>();
  // The tables with at most one row per child in a return (data standards 3.1), each with the
  // row kept for a child, keyed by year and child: a second row is merged into it as the header
  // table's are.
  const single = new Map<Ssda903Table, Map<string, { row: RawRow; kept: Mutable<Ssda903Row> }>>([
    ["uasc", new Map()], ["oc2", new Map()], ["oc3", new Map()], ["ad1", new Map()], ["previousPermanence", new Map()],
  ]);
  for (const row of rows) {
    const childId = row.values["CHILD"] ?? "";
    const values: Record<string, string> = {};
    for (const [col, raw] of Object.entries(row.values)) {
      let v: string | undefined = raw;
      if (DATE_COLUMNS.has(col)) {
        v = toIsoDate(raw);
        if (v === undefined) report({ code: "ssda903/invalid-value", severity: "error", path: [row.table, col], params: where(row, { childId, field: col, value: raw, expected: "a date dd/mm/yyyy or yyyy-mm-dd" }) });
      } else {
        const codes = CODE_COLUMNS.get(col);
        const range = NUMBER_COLUMNS.get(col);
        const pattern = PATTERN_COLUMNS.get(col);
        if (pattern !== undefined && !pattern.test(raw)) {
          report({ code: "ssda903/invalid-value", severity: "error", path: [row.table, col], params: where(row, { childId, field: col, value: raw, expected: "1 to 4 capital letters or digits" }) });
          v = undefined;
        } else if (codes !== undefined && !codes.has(raw)) {
          report({ code: "ssda903/invalid-value", severity: "error", path: [row.table, col], params: where(row, { childId, field: col, value: raw, expected: "a code of the SSDA903 list" }) });
          v = undefined;
        } else if (range !== undefined && !(/^\d{1,3}$/.test(raw) && Number(raw) >= range[0] && Number(raw) <= range[1])) {
          report({ code: "ssda903/invalid-value", severity: "error", path: [row.table, col], params: where(row, { childId, field: col, value: raw, expected: `a whole number from ${String(range[0])} to ${String(range[1])}` }) });
          v = undefined;
        }
      }
      if (v !== undefined) setOwn(values, col, v);
    }
    const missing = REQUIRED[row.table].find((c) => values[c] === undefined) ?? (isId(childId) ? undefined : "CHILD");
    if (missing !== undefined) {
      report({ code: "ssda903/row-dropped", severity: "error", path: [row.table], params: where(row, { childId, field: missing }) });
      continue;
    }
    // An end before its start cannot be right: reported, and the row kept (only the figures
    // that need the dates can tell whether to leave it out).
    for (const [start, end] of DATE_PAIRS) {
      const a = values[start];
      const b = values[end];
      if (a !== undefined && b !== undefined && b < a) {
        report({ code: "ssda903/date-out-of-order", severity: "error", path: [row.table, end], params: where(row, { childId, field: end, value: b, other: start, otherValue: a }) });
      }
    }
    let acc = children.get(childId);
    if (acc === undefined) {
      acc = { childId, uasc: false, episodes: new Map(), reviews: new Map(), missing: new Map(), outcomes: [] };
      children.set(childId, acc);
      order.push(childId);
    }
    const put = (map: Map<string, Versioned>, base: string): void => {
      // The row as text, to tell an exact duplicate: made only when another row has its key.
      let same: string | undefined;
      for (let n = 1; ; n++) {
        const key = `${base}#${String(n)}`;
        const old = map.get(key);
        if (old === undefined) {
          map.set(key, { row, values });
          return;
        }
        if (old.row.year !== row.year) {
          // A later return's version replaces an earlier one's (and vice versa).
          superseded.set(row.table, (superseded.get(row.table) ?? 0) + 1);
          if (row.year > old.row.year) map.set(key, { row, values });
          return;
        }
        same ??= JSON.stringify(values);
        if (JSON.stringify(old.values) === same) {
          report({ code: "ssda903/duplicate-row", severity: "info", path: [row.table], params: where(row, { childId }) });
          return;
        }
      }
    };
    switch (row.table) {
      case "header": {
        const old = acc.header;
        if (old === undefined || row.year > old.row.year) acc.header = { row, values };
        else if (row.year === old.row.year) {
          // A second header row for the child in the same return: the same row is kept once; a
          // different one is merged into the first, field by field, the later value kept where
          // both give one (each such field reported), so nothing is lost without a finding.
          const merged: Record<string, string> = { ...old.values };
          let same = true;
          for (const [field, value] of Object.entries(values)) {
            const before = old.values[field];
            if (before === value) continue;
            same = false;
            if (before !== undefined) report({ code: "ssda903/conflicting-header", severity: "warning", path: [row.table, field], params: where(row, { childId, field, value, previous: before, previousLine: old.row.line }) });
            setOwn(merged, field, value);
          }
          if (same && Object.keys(values).length === Object.keys(old.values).length) report({ code: "ssda903/duplicate-row", severity: "info", path: [row.table], params: where(row, { childId }) });
          acc.header = { row: old.row, values: merged };
        }
        break;
      }
      case "episodes":
        put(acc.episodes, values["DECOM"] ?? "");
        break;
      case "reviews":
        put(acc.reviews, values["REVIEW"] ?? "");
        break;
      case "missing":
        put(acc.missing, `${values["MIS_START"] ?? ""}|${values["MISSING"] ?? ""}`);
        break;
      default: {
        if (row.table === "uasc") acc.uasc = true;
        const byChild = single.get(row.table);
        const key = `${String(row.year)}|${childId}`;
        const first = byChild?.get(key);
        if (first !== undefined) {
          // A second row for the child in the same return: kept once if the same; else merged
          // into the first, field by field, the later value kept (each such field reported).
          const old = first.kept.values;
          const merged: Record<string, string> = { ...old };
          let same = true;
          for (const [field, value] of Object.entries(values)) {
            const before = old[field];
            if (before === value) continue;
            same = false;
            if (before !== undefined) report({ code: "ssda903/conflicting-row", severity: "warning", path: [row.table, field], params: where(row, { childId, field, value, previous: before, previousLine: first.row.line }) });
            setOwn(merged, field, value);
          }
          if (same && Object.keys(values).length === Object.keys(old).length) report({ code: "ssda903/duplicate-row", severity: "info", path: [row.table], params: where(row, { childId }) });
          first.kept.values = merged;
          break;
        }
        const kept: Mutable<Ssda903Row> = { childId, year: row.year, values, file: row.file, line: row.line };
        byChild?.set(key, { row, kept });
        tables[row.table].push(kept);
        // The rows the child record holds (later rows of the same return are merged into `kept`).
        if (row.table === "oc2" || row.table === "oc3" || row.table === "ad1" || row.table === "placedForAdoption") acc.outcomes.push({ table: row.table, row: kept });
      }
    }
  }
  for (const [table, count] of superseded) report({ code: "ssda903/rows-superseded", severity: "info", path: [table], params: { table, count } });

  // Build the records.
  const built: ChildRecord[] = [];
  for (const childId of order) {
    const acc = children.get(childId);
    if (acc === undefined) continue;
    const h = acc.header?.values;
    if (h === undefined) {
      const first = acc.episodes.values().next().value ?? acc.reviews.values().next().value ?? acc.missing.values().next().value;
      if (first !== undefined || acc.uasc) {
        report({ code: "ssda903/child-without-header", severity: "warning", path: ["header"], params: first === undefined ? { childId } : where(first.row, { childId }) });
      }
    }
    const sorted = (m: Map<string, Versioned>, key: string): Versioned[] => [...m.values()].sort((a, b) => ((a.values[key] ?? "") < (b.values[key] ?? "") ? -1 : (a.values[key] ?? "") > (b.values[key] ?? "") ? 1 : 0));
    // Looked after before birth cannot be right.
    const dob = h?.["DOB"];
    if (dob !== undefined) {
      for (const { row, values: v } of acc.episodes.values()) {
        const decom = v["DECOM"];
        if (decom !== undefined && decom < dob) report({ code: "ssda903/date-out-of-order", severity: "error", path: ["episodes", "DECOM"], params: where(row, { childId, field: "DECOM", value: decom, other: "DOB", otherValue: dob }) });
      }
    }
    const sortedEpisodes = sorted(acc.episodes, "DECOM");
    for (let i = 1; i < sortedEpisodes.length; i++) {
      const prev = (sortedEpisodes[i - 1] as Versioned).values;
      const cur = sortedEpisodes[i] as Versioned;
      const prevDec = prev["DEC"];
      const decom = cur.values["DECOM"] as string;
      if (prevDec === undefined || prevDec > decom) {
        // Named by the file and line of the later episode, the one that starts too soon.
        report({ code: "ssda903/overlapping-episodes", severity: "warning", path: ["episodes"], params: where(cur.row, { childId, field: "DECOM", value: decom, previous: prev["DECOM"] as string }) });
      }
    }
    const read: Ssda903ChildRead = {
      childId,
      la: options.la,
      header: h,
      uasc: acc.uasc,
      episodes: sortedEpisodes.map((x) => x.values),
      reviews: sorted(acc.reviews, "REVIEW").map((x) => x.values),
      missing: sorted(acc.missing, "MIS_START").map((x) => x.values),
      outcomes: outcomeRows(acc.outcomes),
    };
    if (options.attachTo === undefined && take?.(read) === true) continue;
    built.push(recordOf(read));
  }

  const attachTo = options.attachTo;
  if (attachTo === undefined) return { records: built, tables, rowCounts, findings };

  // Attach to the CIN records: same child id (or UPN), keeping the CIN details and adding UASC.
  const byUpn = options.matchBy === "upn";
  const index = new Map<string, number>();
  attachTo.forEach((r, i) => {
    const key = byUpn ? r.child.upn : r.child.childId;
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  const merged: ChildRecord[] = [...attachTo];
  let unmatched = 0;
  for (const r of built) {
    const key = byUpn ? r.child.upn : r.child.childId;
    const i = key === undefined ? undefined : index.get(key);
    const target = i === undefined ? undefined : merged[i];
    if (i === undefined || target === undefined) {
      unmatched++;
      merged.push(r);
      continue;
    }
    const child: Mutable<ChildRecord["child"]> = { ...target.child };
    if (r.child.uasc === true) child.uasc = true;
    for (const k of ["upn", "sex", "dob", "ethnicity"] as const) if (child[k] === undefined && r.child[k] !== undefined) Object.assign(child, { [k]: r.child[k] });
    merged[i] = {
      ...target,
      child,
      lookedAfterEpisodes: [...target.lookedAfterEpisodes, ...r.lookedAfterEpisodes],
      lookedAfterReviews: [...target.lookedAfterReviews, ...r.lookedAfterReviews],
      missing: [...target.missing, ...r.missing],
      ...concatOptional(target, r),
    };
  }
  // With no CIN records to attach to (none given), no child was looked for: nothing to say.
  if (unmatched > 0 && attachTo.length > 0) {
    const names = [...new Set(rowCounts.map((c) => c.file))];
    const only = names.length === 1 ? names[0] : undefined;
    report({ code: "ssda903/children-not-matched", severity: "info", path: [], params: { ...(only === undefined ? {} : { file: only }), files: names.join(", "), count: unmatched, matchBy: byUpn ? "upn" : "child-id" } });
  }
  return { records: merged, tables, rowCounts, findings };
}

