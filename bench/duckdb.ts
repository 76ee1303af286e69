// DuckDB: the same metrics as SQL over the same data, loaded from CSV files written from the
// columns. Loading and querying are timed separately.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { DuckDBDateValue, DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { fromDayNumber } from "../src/core";
import type { WorkingDayCalendar } from "../src/calendar";
import { NONE, type Columns } from "./columns";
import type { CoreFigures } from "./baseline";

async function writeCsv(path: string, header: string, rows: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let buf = "";
  for (let i = 0; i < rows; i++) {
    buf += `${row(i)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.write(buf);
  out.end();
  await once(out, "finish");
}

// Dates as ISO text, open dates empty (NULL): what a CSV export of the returns looks like.
const dateCache = new Map<number, string>();
function d(x: number): string {
  if (x === NONE) return "";
  let s = dateCache.get(x);
  if (s === undefined) {
    s = fromDayNumber(x);
    dateCache.set(x, s);
  }
  return s;
}

/** Writes the CSV files into `dir`. */
export async function writeCsvs(c: Columns, cal: WorkingDayCalendar, dir: string): Promise<void> {
  const R = c.referrals, A = c.assessments, S = c.s47, P = c.cp, L = c.lac;
  await writeCsv(`${dir}/referrals.csv`, "child,ref,nfa,close,reason", R.ref.length, (i) => `${String(R.child[i])},${d(R.ref[i] ?? NONE)},${R.nfa[i] === 1 ? "true" : "false"},${d(R.close[i] ?? NONE)},${R.reason[i] === 0 ? "" : `RC${String(R.reason[i])}`}`);
  await writeCsv(`${dir}/assessments.csv`, "child,start,auth", A.start.length, (i) => `${String(A.child[i])},${d(A.start[i] ?? NONE)},${d(A.auth[i] ?? NONE)}`);
  await writeCsv(`${dir}/s47.csv`, "child,start,icpc", S.start.length, (i) => `${String(S.child[i])},${d(S.start[i] ?? NONE)},${d(S.icpc[i] ?? NONE)}`);
  await writeCsv(`${dir}/cp.csv`, "child,start,end", P.start.length, (i) => `${String(P.child[i])},${d(P.start[i] ?? NONE)},${d(P.end[i] ?? NONE)}`);
  await writeCsv(`${dir}/lac.csv`, "child,decom,dec,short_break", L.decom.length, (i) => `${String(L.child[i])},${d(L.decom[i] ?? NONE)},${d(L.dec[i] ?? NONE)},${L.shortBreak[i] === 1 ? "true" : "false"}`);
  await writeCsv(`${dir}/calendar.csv`, "day,ord", cal.ordinals.length, (i) => `${fromDayNumber(cal.firstDay + i)},${String(cal.ordinals[i])}`);
}

const TABLES: Record<string, string> = {
  referrals: "child INTEGER, ref DATE, nfa BOOLEAN, close DATE, reason VARCHAR",
  assessments: "child INTEGER, start DATE, auth DATE",
  s47: "child INTEGER, start DATE, icpc DATE",
  cp: "child INTEGER, start DATE, \"end\" DATE",
  lac: "child INTEGER, decom DATE, dec DATE, short_break BOOLEAN",
  calendar: "day DATE, ord INTEGER",
};

/** A fresh in-memory database with the CSV files loaded; returns the connection. */
export async function loadDuckDb(dir: string): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  for (const [table, columns] of Object.entries(TABLES)) {
    const cols = columns.split(", ").map((c) => {
      const [name = "", type = ""] = c.split(" ");
      return `'${name.replaceAll('"', "")}': '${type}'`;
    });
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${dir}/${table}.csv', header = true, columns = {${cols.join(", ")}})`);
  }
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * A fresh in-memory database holding kinsafe's tidy tables (`kinsafe tables`) as the tables the
 * shared queries read: the same columns, renamed, with the calendar. Timed by the caller.
 */
export async function loadTidyTables(dir: string, cal: WorkingDayCalendar): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const csv = (table: string, columns: string): string => `read_csv('${dir}/${table}.csv', header = true, all_varchar = false, types = {${columns}})`;
  await connection.run(`CREATE TABLE referrals AS SELECT child_id AS child, referral_date AS ref, coalesce(referral_nfa, false) AS nfa, closure_date AS close, closure_reason AS reason FROM ${csv("episodes", "'child_id': 'VARCHAR', 'referral_date': 'DATE', 'referral_nfa': 'BOOLEAN', 'closure_date': 'DATE', 'closure_reason': 'VARCHAR'")}`);
  await connection.run(`CREATE TABLE assessments AS SELECT child_id AS child, start_date AS start, authorisation_date AS auth FROM ${csv("assessments", "'child_id': 'VARCHAR', 'start_date': 'DATE', 'authorisation_date': 'DATE'")}`);
  await connection.run(`CREATE TABLE s47 AS SELECT child_id AS child, start_date AS start, icpc_date AS icpc FROM ${csv("section47_enquiries", "'child_id': 'VARCHAR', 'start_date': 'DATE', 'icpc_date': 'DATE'")}`);
  await connection.run(`CREATE TABLE cp AS SELECT child_id AS child, start_date AS start, end_date AS "end" FROM ${csv("cp_plans", "'child_id': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE'")}`);
  await connection.run(`CREATE TABLE lac AS SELECT child_id AS child, start_date AS decom, end_date AS dec, legal_status IN ('V3', 'V4') AS short_break FROM ${csv("looked_after_episodes", "'child_id': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE', 'legal_status': 'VARCHAR'")}`);
  await connection.run("CREATE TABLE calendar (day DATE, ord INTEGER)");
  const appender = await connection.createAppender("calendar");
  for (let i = 0; i < cal.ordinals.length; i++) {
    appender.appendDate(new DuckDBDateValue(cal.firstDay + i));
    appender.appendInteger(cal.ordinals[i] ?? 0);
    appender.endRow();
  }
  appender.closeSync();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The same metrics as {@link computeBaseline}, as SQL. */
export async function queryDuckDb(connection: DuckDBConnection, start: string, end: string): Promise<CoreFigures> {
  const s = `DATE '${start}'`;
  const e = `DATE '${end}'`;
  const one = async (sql: string): Promise<number[]> => {
    const reader = await connection.runAndReadAll(sql);
    const row = reader.getRows()[0] ?? [];
    return row.map((v) => (v === null ? NaN : Number(v)));
  };
  const [referrals = 0, nfa = 0, notInNeed = 0] = await one(
    `SELECT count(*), count(*) FILTER (WHERE nfa), count(*) FILTER (WHERE reason IN ('RC8', 'RC9') AND close <= ${e}) FROM referrals WHERE ref BETWEEN ${s} AND ${e}`,
  );
  const [reReferrals = 0] = await one(
    `WITH r AS (SELECT ref, lag(ref) OVER (PARTITION BY child ORDER BY ref) AS prev FROM referrals)
     SELECT count(*) FROM r WHERE ref BETWEEN ${s} AND ${e} AND prev < ref AND ref <= CAST(prev + INTERVAL 12 MONTH AS DATE)`,
  );
  const [assessments = 0, assessmentsWithin45 = 0, assessmentMedianWd = 0] = await one(
    `SELECT count(*), count(*) FILTER (WHERE c2.ord - c1.ord <= 45), quantile_disc(c2.ord - c1.ord, 0.5)
     FROM assessments a JOIN calendar c1 ON c1.day = a.start JOIN calendar c2 ON c2.day = a.auth WHERE a.auth BETWEEN ${s} AND ${e}`,
  );
  const [s47 = 0] = await one(`SELECT count(*) FROM s47 WHERE start BETWEEN ${s} AND ${e}`);
  const [icpcs = 0, icpcsWithin15 = 0, icpcMedianWd = 0] = await one(
    `SELECT count(*), count(*) FILTER (WHERE c2.ord - c1.ord <= 15), quantile_disc(c2.ord - c1.ord, 0.5)
     FROM s47 JOIN calendar c1 ON c1.day = s47.start JOIN calendar c2 ON c2.day = s47.icpc WHERE s47.icpc BETWEEN ${s} AND ${e}`,
  );
  const [cpOpenChildren = 0] = await one(`SELECT count(DISTINCT child) FROM cp WHERE start <= ${e} AND ("end" IS NULL OR "end" > ${e})`);
  const [cpEnding = 0, cpEnding2y = 0] = await one(
    `SELECT count(*), count(*) FILTER (WHERE "end" >= CAST(start + INTERVAL 24 MONTH AS DATE)) FROM cp WHERE "end" BETWEEN ${s} AND ${e}`,
  );
  const [lacChildren = 0] = await one(`SELECT count(DISTINCT child) FROM lac WHERE NOT short_break AND decom <= ${e} AND (dec IS NULL OR dec > ${e})`);
  const [cinChildren = 0] = await one(
    `SELECT count(DISTINCT child) FROM referrals WHERE NOT nfa AND ref <= ${e} AND (close IS NULL OR close > ${e})`,
  );
  return {
    referrals, reReferrals, nfa, notInNeed, assessments, assessmentsWithin45, assessmentMedianWd, s47, icpcs, icpcsWithin15, icpcMedianWd,
    cpOpenChildren, cpEnding, cpEnding2y, lacChildren, cinChildren,
  };
}
