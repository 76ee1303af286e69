// The four SQL dialects `kinsafe sql` writes: what differs between them (literals, date
// arithmetic, quantiles, how a table or a view is made, how a script's statements are separated).
// Everything else (the relations and the figures) is written once against this interface.

/**
 * The SQL dialects kinsafe writes: DuckDB, PostgreSQL, T-SQL (SQL Server) and Spark SQL.
 *
 * @category SQL
 */
export const SQL_DIALECTS = ["duckdb", "postgres", "tsql", "spark"] as const;

/**
 * A SQL dialect kinsafe writes (see {@link SQL_DIALECTS}).
 *
 * @category SQL
 */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** A column type of a table, in the dialect's words. */
export type SqlType = "text" | "date" | "integer" | "boolean" | "bigint" | "double";

/**
 * What differs between dialects. Every method returns SQL text.
 *
 * @internal
 */
export interface Dialect {
  readonly name: SqlDialect;
  /** A column name, quoted. */
  quote(name: string): string;
  type(t: SqlType): string;
  /** A date literal (`YYYY-MM-DD`, already checked). */
  date(iso: string): string;
  /** A text literal. */
  text(s: string): string;
  /** The date `months` calendar months after `expr`, the day of month clamped to the month's last (date-fns `addMonths`). */
  addMonths(expr: string, months: number): string;
  /** Days from `a` to `b` (`b - a`), a whole number. */
  daysBetween(a: string, b: string): string;
  /** The ISO weekday of a date: 1 Monday … 7 Sunday. */
  isoWeekday(expr: string): string;
  /** The calendar year of a date, an integer. */
  year(expr: string): string;
  /**
   * A SELECT of the columns `keep` of `table` (aliased `t`) and `item`, a row per item of the
   * list in the text column `column` (items joined by `;`, as the tidy tables write lists); a
   * NULL list has no rows (an empty item is left to the caller).
   */
  splitList(table: string, keep: readonly string[], column: string): string;
  /** A predicate: the boolean column is true (false and NULL are not). */
  isTrue(expr: string): string;
  /** A whole number as a double (for exact division). */
  toDouble(expr: string): string;
  /** A SELECT of one column `day`, every day from `from` to `to` inclusive. */
  days(from: string, to: string): string;
  /**
   * A SELECT of `group` and, per quantile, `q<i>` (linear interpolation, Hyndman and Fan type
   * 7) of `column` (NULLs ignored) over the rows of `source`, one row per group that has rows.
   */
  quantiles(source: string, group: string, column: string, ps: readonly number[]): string;
  /** Statements making a table from a SELECT (replacing one of the same name). */
  tableAs(name: string, select: string): string[];
  /** Statements making a view (replacing one of the same name). */
  view(name: string, select: string): string[];
  /** Statements making an empty table with these columns (replacing one of the same name). */
  createTable(name: string, columns: readonly (readonly [string, SqlType])[]): string[];
  /** Statements loading a table's CSV file (header row, comma-separated) from `path`, or a view reading it. */
  loadCsv(name: string, columns: readonly (readonly [string, SqlType])[], path: string): string[];
  /** How a statement ends. */
  readonly end: string;
  /** A line comment. */
  comment(text: string): string;
}

const sqlText = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const comment = (text: string): string =>
  text
    .split("\n")
    .map((l) => (l === "" ? "--" : `-- ${l}`))
    .join("\n");
const standardQuantiles = (source: string, group: string, column: string, ps: readonly number[]): string =>
  `SELECT ${group}, ${ps.map((p, i) => `percentile_cont(${String(p)}) WITHIN GROUP (ORDER BY ${column}) AS q${String(i)}`).join(", ")} FROM ${source} WHERE ${column} IS NOT NULL GROUP BY ${group}`;
const columnList = (d: Pick<Dialect, "quote" | "type">, columns: readonly (readonly [string, SqlType])[]): string => columns.map(([c, t]) => `  ${d.quote(c)} ${d.type(t)}`).join(",\n");

const DUCKDB: Dialect = {
  name: "duckdb",
  quote: (n) => `"${n}"`,
  type: (t) => ({ text: "VARCHAR", date: "DATE", integer: "INTEGER", boolean: "BOOLEAN", bigint: "BIGINT", double: "DOUBLE" })[t],
  date: (iso) => `DATE '${iso}'`,
  text: sqlText,
  addMonths: (e, m) => `CAST(${e} + INTERVAL (${String(m)}) MONTH AS DATE)`,
  daysBetween: (a, b) => `date_diff('day', ${a}, ${b})`,
  isoWeekday: (e) => `isodow(${e})`,
  year: (e) => `year(${e})`,
  splitList: (table, keep, column) => `SELECT ${keep.map((k) => `t.${k}`).join(", ")}, unnest(string_split(t.${column}, ';')) AS item FROM ${table} AS t WHERE t.${column} IS NOT NULL`,
  isTrue: (e) => `${e} = TRUE`,
  toDouble: (e) => `CAST(${e} AS DOUBLE)`,
  days: (from, to) => `SELECT CAST(generate_series AS DATE) AS day FROM generate_series(CAST(${from} AS TIMESTAMP), CAST(${to} AS TIMESTAMP), INTERVAL 1 DAY)`,
  quantiles: (source, group, column, ps) => `SELECT ${group}, ${ps.map((p, i) => `quantile_cont(${column}, ${String(p)}) AS q${String(i)}`).join(", ")} FROM ${source} WHERE ${column} IS NOT NULL GROUP BY ${group}`,
  tableAs: (name, select) => [`CREATE OR REPLACE TABLE ${name} AS\n${select}`],
  view: (name, select) => [`CREATE OR REPLACE VIEW ${name} AS\n${select}`],
  createTable: (name, columns) => [`CREATE OR REPLACE TABLE ${name} (\n${columnList(DUCKDB, columns)}\n)`],
  loadCsv: (name, columns, path) => [
    `CREATE OR REPLACE VIEW ${name} AS\nSELECT * FROM read_csv(${sqlText(path)}, header = true, auto_detect = false, columns = {${columns.map(([c, t]) => `${sqlText(c)}: ${sqlText(DUCKDB.type(t))}`).join(", ")}})`,
  ],
  end: ";",
  comment,
};

const POSTGRES: Dialect = {
  name: "postgres",
  quote: (n) => `"${n}"`,
  type: (t) => ({ text: "TEXT", date: "DATE", integer: "INTEGER", boolean: "BOOLEAN", bigint: "BIGINT", double: "DOUBLE PRECISION" })[t],
  date: (iso) => `DATE '${iso}'`,
  text: sqlText,
  addMonths: (e, m) => `CAST(${e} + INTERVAL '${String(m)} months' AS DATE)`,
  daysBetween: (a, b) => `(${b} - ${a})`,
  isoWeekday: (e) => `CAST(EXTRACT(ISODOW FROM ${e}) AS INTEGER)`,
  year: (e) => `CAST(EXTRACT(YEAR FROM ${e}) AS INTEGER)`,
  splitList: (table, keep, column) => `SELECT ${keep.map((k) => `t.${k}`).join(", ")}, unnest(string_to_array(t.${column}, ';')) AS item FROM ${table} AS t WHERE t.${column} IS NOT NULL`,
  isTrue: (e) => `${e} = TRUE`,
  toDouble: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  days: (from, to) => `SELECT CAST(g AS DATE) AS day FROM generate_series(CAST(${from} AS TIMESTAMP), CAST(${to} AS TIMESTAMP), INTERVAL '1 day') AS g`,
  quantiles: standardQuantiles,
  tableAs: (name, select) => [`DROP TABLE IF EXISTS ${name} CASCADE`, `CREATE TABLE ${name} AS\n${select}`],
  view: (name, select) => [`DROP VIEW IF EXISTS ${name} CASCADE`, `CREATE VIEW ${name} AS\n${select}`],
  createTable: (name, columns) => [`DROP TABLE IF EXISTS ${name} CASCADE`, `CREATE TABLE ${name} (\n${columnList(POSTGRES, columns)}\n)`],
  loadCsv: (name, columns, path) => [...POSTGRES.createTable(name, columns), `COPY ${name} FROM ${sqlText(path)} WITH (FORMAT csv, HEADER true)`],
  end: ";",
  comment,
};

const TSQL: Dialect = {
  name: "tsql",
  quote: (n) => `[${n}]`,
  // booleans are read as their text in the CSV (true, false): BULK INSERT has no boolean
  type: (t) => ({ text: "NVARCHAR(4000)", date: "DATE", integer: "INT", boolean: "NVARCHAR(5)", bigint: "BIGINT", double: "FLOAT" })[t],
  date: (iso) => `CAST('${iso}' AS DATE)`,
  text: (s) => `N${sqlText(s)}`,
  addMonths: (e, m) => `DATEADD(month, ${String(m)}, ${e})`,
  daysBetween: (a, b) => `DATEDIFF(day, ${a}, ${b})`,
  // 1 January 1900 was a Monday; independent of SET DATEFIRST
  isoWeekday: (e) => `(DATEDIFF(day, CAST('1900-01-01' AS DATE), ${e}) % 7 + 1)`,
  year: (e) => `YEAR(${e})`,
  // STRING_SPLIT: SQL Server 2016 or later, database compatibility level 130 or higher
  splitList: (table, keep, column) => `SELECT ${keep.map((k) => `t.${k}`).join(", ")}, s.value AS item FROM ${table} AS t CROSS APPLY STRING_SPLIT(t.${column}, N';') AS s WHERE t.${column} IS NOT NULL`,
  isTrue: (e) => `${e} = N'true'`,
  toDouble: (e) => `CAST(${e} AS FLOAT)`,
  days: (from, to) =>
    `SELECT DATEADD(day, n, ${from}) AS day FROM (SELECT a.v + 10 * b.v + 100 * c.v + 1000 * d.v + 10000 * e.v + 100000 * f.v AS n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS a(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS b(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS c(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS e(v) CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS f(v)) AS numbers WHERE n <= DATEDIFF(day, ${from}, ${to})`,
  // PERCENTILE_CONT is only a window function in T-SQL
  quantiles: (source, group, column, ps) =>
    `SELECT DISTINCT ${group}, ${ps.map((p, i) => `PERCENTILE_CONT(${String(p)}) WITHIN GROUP (ORDER BY ${column}) OVER (PARTITION BY ${group}) AS q${String(i)}`).join(", ")} FROM ${source} WHERE ${column} IS NOT NULL`,
  tableAs: (name, select) => [`DROP TABLE IF EXISTS ${name}`, `SELECT * INTO ${name} FROM (\n${select}\n) AS made`],
  view: (name, select) => [`CREATE OR ALTER VIEW ${name} AS\n${select}`],
  createTable: (name, columns) => [`DROP TABLE IF EXISTS ${name}`, `CREATE TABLE ${name} (\n${columnList(TSQL, columns)}\n)`],
  loadCsv: (name, columns, path) => [...TSQL.createTable(name, columns), `BULK INSERT ${name} FROM ${sqlText(path)} WITH (FORMAT = 'CSV', FIRSTROW = 2, FIELDQUOTE = '"', ROWTERMINATOR = '0x0d0a', CODEPAGE = '65001')`],
  end: ";\nGO",
  comment,
};

// Spark's string literals escape with a backslash ('' would be two literals, concatenated)
const sparkText = (s: string): string => `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

const SPARK: Dialect = {
  name: "spark",
  quote: (n) => `\`${n}\``,
  type: (t) => ({ text: "STRING", date: "DATE", integer: "INT", boolean: "BOOLEAN", bigint: "BIGINT", double: "DOUBLE" })[t],
  date: (iso) => `DATE '${iso}'`,
  text: sparkText,
  addMonths: (e, m) => `add_months(${e}, ${String(m)})`,
  daysBetween: (a, b) => `datediff(${b}, ${a})`,
  // dayofweek: 1 Sunday … 7 Saturday
  isoWeekday: (e) => `((dayofweek(${e}) + 5) % 7 + 1)`,
  year: (e) => `year(${e})`,
  splitList: (table, keep, column) => `SELECT ${keep.map((k) => `t.${k}`).join(", ")}, explode(split(t.${column}, ';')) AS item FROM ${table} AS t WHERE t.${column} IS NOT NULL`,
  isTrue: (e) => `${e} = TRUE`,
  toDouble: (e) => `CAST(${e} AS DOUBLE)`,
  days: (from, to) => `SELECT explode(sequence(${from}, ${to}, INTERVAL 1 DAY)) AS day`,
  // percentile: exact, linear interpolation between order statistics
  quantiles: (source, group, column, ps) => `SELECT ${group}, ${ps.map((p, i) => `percentile(${column}, ${String(p)}) AS q${String(i)}`).join(", ")} FROM ${source} WHERE ${column} IS NOT NULL GROUP BY ${group}`,
  tableAs: (name, select) => [`CREATE OR REPLACE TEMPORARY VIEW ${name} AS\n${select}`, `CACHE TABLE ${name}`],
  view: (name, select) => [`CREATE OR REPLACE TEMPORARY VIEW ${name} AS\n${select}`],
  createTable: (name, columns) => [`CREATE TABLE IF NOT EXISTS ${name} (\n${columnList(SPARK, columns)}\n) USING parquet`],
  loadCsv: (name, columns, path) => [`CREATE OR REPLACE TEMPORARY VIEW ${name} (\n${columnList(SPARK, columns)}\n) USING csv OPTIONS (path ${sparkText(path)}, header 'true')`],
  end: ";",
  comment,
};

/**
 * The dialect by name.
 *
 * @internal
 */
export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = { duckdb: DUCKDB, postgres: POSTGRES, tsql: TSQL, spark: SPARK };
