import type { ChildRecord } from "../../metrics";
import {
  CsvError,
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
import type { ReadSsda903Options, Ssda903File, Ssda903Finding, Ssda903Read, Ssda903Row, Ssda903Table } from "./Ssda903";
import { CODE_COLUMNS, DATE_COLUMNS, REQUIRED, TABLE_COLUMNS, XML_HEADER_BLOCKS, XML_HEADER_FIELDS, tableOf } from "./ssda903Tables";

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

function looksLikeXml(file: Ssda903File): boolean {
  if (/\.xml$/i.test(file.name)) return true;
  if (typeof file.data === "string") return file.data.trimStart().startsWith("<");
  return false;
}

async function readCsv(file: Ssda903File, limits: ResolvedLimits, rows: RawRow[], report: (f: Ssda903Finding) => void, counts: Ssda903Read["rowCounts"][number][]): Promise<void> {
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
      const missing = (REQUIRED[table]).filter((c) => !set.has(c));
      if (missing.length > 0) {
        report({ code: "ssda903/missing-column", severity: "error", path: [], params: { file: file.name, line, table, field: missing.join(",") } });
        table = undefined;
        return;
      }
      const known = new Set(TABLE_COLUMNS[table]);
      const extra = columns.filter((c) => !known.has(c) && c !== "YEAR" && c !== "");
      if (extra.length > 0) report({ code: "ssda903/columns-not-kept", severity: "info", path: [], params: { file: file.name, line, table, field: extra.join(",") } });
      return;
    }
    if (table === undefined) {
      skipped++;
      return;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => {
      const v = cells[i]?.trim() ?? "";
      if (v !== "") values[c] = v;
    });
    const year = fileYear ?? (values["YEAR"] !== undefined && /^\d{4}$/.test(values["YEAR"]) ? Number(values["YEAR"]) : 0);
    rows.push({ table, values, file: file.name, year, line });
    read++;
  }, limits);
  try {
    for await (const chunk of textChunks(file.data, limits)) parser.write(chunk);
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

async function readXml(file: Ssda903File, limits: ResolvedLimits, rows: RawRow[], report: (f: Ssda903Finding) => void, counts: Ssda903Read["rowCounts"][number][]): Promise<void> {
  const year = file.year ?? 0;
  let children = 0;
  const unknown = (node: XmlNode, parent: string): void => {
    report({ code: "ssda903/unknown-element", severity: "warning", path: [parent, node.name], params: { file: file.name, element: node.name, parent, line: node.line, column: node.column } });
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
      const headerNode = node.children.find((c) => c.name === "HEADER");
      const childId = headerNode?.children.find((c) => c.name === "CHILDID")?.text ?? "";
      const pos = headerNode ?? node;
      const groups: Partial<Record<Ssda903Table, Record<string, string>>> = {};
      for (const c of headerNode?.children ?? []) {
        const table = XML_HEADER_FIELDS[c.name];
        const block = XML_HEADER_BLOCKS[c.name];
        if (table !== undefined) {
          if (c.text !== "") (groups[table] ??= { CHILD: childId })[c.name === "CHILDID" ? "CHILD" : c.name] = c.text;
        } else if (block !== undefined) {
          const values: Record<string, string> = { CHILD: childId };
          for (const leaf of c.children) if (leaf.text !== "") values[leaf.name] = leaf.text;
          rows.push({ table: block, values, ...at, line: c.line, column: c.column });
        } else unknown(c, "HEADER");
      }
      const header = groups.header ?? { CHILD: childId };
      rows.push({ table: "header", values: header, ...at, line: pos.line, column: pos.column });
      const uasc = groups.uasc;
      // UASC is a 0/1 flag in the XML; the CSV UASC table lists the children flagged.
      if (uasc !== undefined && (uasc["UASC"] === "1" || uasc["DUC"] !== undefined)) {
        const values: Record<string, string> = { CHILD: childId };
        if (uasc["DUC"] !== undefined) values["DUC"] = uasc["DUC"];
        if (header["SEX"] !== undefined) values["SEX"] = header["SEX"];
        if (header["DOB"] !== undefined) values["DOB"] = header["DOB"];
        rows.push({ table: "uasc", values, ...at, line: pos.line, column: pos.column });
      }
      for (const t of ["ad1", "oc3"] as const) {
        const g = groups[t];
        if (g !== undefined) rows.push({ table: t, values: g, ...at, line: pos.line, column: pos.column });
      }
      for (const c of node.children) {
        if (c.name === "HEADER") continue;
        if (c.name !== "EPISODE") {
          unknown(c, "CHILD");
          continue;
        }
        const values: Record<string, string> = { CHILD: childId };
        for (const leaf of c.children) if (leaf.text !== "") values[leaf.name === "PL" ? "PLACE" : leaf.name] = leaf.text;
        rows.push({ table: "episodes", values, ...at, line: c.line, column: c.column });
      }
    },
  );
  const scanner = createXmlScanner(handler, limits);
  try {
    for await (const chunk of textChunks(file.data, limits)) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    const f = fatalFinding("ssda903", error, file.name);
    if (f === undefined) throw error;
    report(f);
  }
  counts.push({ file: file.name, table: "header", rows: children });
}

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
 *
 * Periods of care (chains of episodes linked by `X1`) can be made from the records with
 * {@link toPeriodsOfCare}.
 *
 * @param files - The files of the return(s): CSV tables and/or XML, each with its name and year.
 * @param options - The authority code, the CIN records to attach to, how to match, limits.
 * @returns The child records, the other tables' rows, row counts and findings.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when a file's `data` is not text,
 *   bytes, a stream or an iterable of text or byte chunks (a programmer error; bad content is
 *   reported as findings).
 *
 * @example
 * {@includeCode ../../../tests/interop/ssda903.test.ts#docs-example}
 *
 * @category SSDA903
 */
export async function readSsda903(files: readonly Ssda903File[], options: ReadSsda903Options = {}): Promise<Ssda903Read> {
  const limits = resolveLimits(options.limits);
  const findings: Ssda903Finding[] = [];
  const report = (f: Ssda903Finding): void => {
    findings.push(f);
  };
  const rows: RawRow[] = [];
  const rowCounts: Ssda903Read["rowCounts"][number][] = [];
  for (const file of files) {
    if (looksLikeXml(file)) await readXml(file, limits, rows, report, rowCounts);
    else await readCsv(file, limits, rows, report, rowCounts);
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
        if (codes !== undefined && !codes.has(raw)) {
          report({ code: "ssda903/invalid-value", severity: "error", path: [row.table, col], params: where(row, { childId, field: col, value: raw, expected: "a code of the SSDA903 list" }) });
          v = undefined;
        }
      }
      if (v !== undefined) values[col] = v;
    }
    const missing = REQUIRED[row.table].find((c) => values[c] === undefined) ?? (isId(childId) ? undefined : "CHILD");
    if (missing !== undefined) {
      report({ code: "ssda903/row-dropped", severity: "error", path: [row.table], params: where(row, { childId, field: missing }) });
      continue;
    }
    let acc = children.get(childId);
    if (acc === undefined) {
      acc = { childId, uasc: false, episodes: new Map(), reviews: new Map(), missing: new Map() };
      children.set(childId, acc);
      order.push(childId);
    }
    const put = (map: Map<string, Versioned>, base: string): void => {
      const same = JSON.stringify(values);
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
        if (JSON.stringify(old.values) === same) {
          report({ code: "ssda903/duplicate-row", severity: "info", path: [row.table], params: where(row, { childId }) });
          return;
        }
      }
    };
    switch (row.table) {
      case "header":
        if (acc.header === undefined || row.year >= acc.header.row.year) acc.header = { row, values };
        break;
      case "episodes":
        put(acc.episodes, values["DECOM"] ?? "");
        break;
      case "reviews":
        put(acc.reviews, values["REVIEW"] ?? "");
        break;
      case "missing":
        put(acc.missing, `${values["MIS_START"] ?? ""}|${values["MISSING"] ?? ""}`);
        break;
      default:
        if (row.table === "uasc") acc.uasc = true;
        tables[row.table].push({ childId, year: row.year, values, file: row.file, line: row.line });
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
    const child: Record<string, unknown> = { childId, disabilities: [] };
    if (options.la !== undefined) child["la"] = options.la;
    if (h !== undefined) {
      const sex = h["SEX"];
      if (sex !== undefined) child["sex"] = sex === "1" ? "M" : sex === "2" ? "F" : sex;
      if (h["DOB"] !== undefined) child["dob"] = h["DOB"];
      if (h["ETHNIC"] !== undefined) child["ethnicity"] = h["ETHNIC"];
      if (h["UPN"] !== undefined && isUpn(h["UPN"])) child["upn"] = h["UPN"];
    }
    if (acc.uasc) child["uasc"] = true;
    const sorted = (m: Map<string, Versioned>, key: string): Versioned[] => [...m.values()].sort((a, b) => ((a.values[key] ?? "") < (b.values[key] ?? "") ? -1 : (a.values[key] ?? "") > (b.values[key] ?? "") ? 1 : 0));
    const ids = new Map<string, number>();
    const idFor = (prefix: string, date: string): string => {
      const n = (ids.get(`${prefix}${date}`) ?? 0) + 1;
      ids.set(`${prefix}${date}`, n);
      return n === 1 ? `${prefix}${date}` : `${prefix}${date}-${String(n)}`;
    };
    const episodes = sorted(acc.episodes, "DECOM").map(({ values: v }) => {
      const e: Record<string, unknown> = { id: idFor("la-", v["DECOM"] ?? ""), decom: v["DECOM"], rne: v["RNE"], ls: v["LS"], place: v["PLACE"] };
      const optional: [string, string][] = [["CIN", "cin"], ["PLACE_PROVIDER", "provider"], ["DEC", "dec"], ["REC", "rec"], ["REASON_PLACE_CHANGE", "reasonPlaceChange"], ["HOME_POST", "homePostcode"], ["PL_POST", "placementPostcode"], ["URN", "urn"]];
      for (const [col, field] of optional) if (v[col] !== undefined) e[field] = v[col];
      return e;
    });
    for (let i = 1; i < episodes.length; i++) {
      const prev = episodes[i - 1];
      const cur = episodes[i];
      const prevDec = prev?.["dec"] as string | undefined;
      const prevDecom = prev?.["decom"] as string;
      const decom = cur?.["decom"] as string;
      if (prev !== undefined && (prevDec === undefined || prevDec > decom)) {
        report({ code: "ssda903/overlapping-episodes", severity: "warning", path: ["episodes"], params: { childId, field: "DECOM", value: decom, previous: prevDecom } });
      }
    }
    const reviews = sorted(acc.reviews, "REVIEW").map(({ values: v }) => {
      const r: Record<string, unknown> = { id: idFor("review-", v["REVIEW"] ?? ""), date: v["REVIEW"] };
      if (v["REVIEW_CODE"] !== undefined) r["participation"] = v["REVIEW_CODE"];
      return r;
    });
    const missing = sorted(acc.missing, "MIS_START").map(({ values: v }) => {
      const r: Record<string, unknown> = { id: idFor("missing-", v["MIS_START"] ?? ""), missing: v["MISSING"], start: v["MIS_START"] };
      if (v["MIS_END"] !== undefined) r["end"] = v["MIS_END"];
      return r;
    });
    built.push({
      child,
      cinEpisodes: [],
      earlyHelpEpisodes: [],
      lookedAfterEpisodes: episodes,
      lookedAfterReviews: reviews,
      missing,
      visits: [],
      careProceedings: [],
    } as unknown as ChildRecord);
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
    };
  }
  if (unmatched > 0) report({ code: "ssda903/children-not-matched", severity: "info", path: [], params: { count: unmatched, matchBy: byUpn ? "upn" : "child-id" } });
  return { records: merged, tables, rowCounts, findings };
}

