import { createWorkingDayCalendar, type WorkingDayCalendar } from "../../calendar";
import { IsoDateSchema, KinsafeError, parseWith } from "../../core";
import { METRIC_CATALOGUE, type MetricId } from "../../metrics";
import { requirementAt } from "../../metrics/internal";
import { DIALECTS, SQL_DIALECTS, type Dialect, type SqlDialect } from "./dialects";
import { availabilityTables, calendarTables, COVERAGE_TABLE_COLUMNS, eventViews, periodTable, SQL_TABLES, tableColumns, type FigureNeed, type SqlPeriod } from "./relations";
import { addMonthsToDay, fastDay } from "../../metrics/internal";
import { LONG_TERM_CARE_MONTHS } from "./rules";
import { SQL_METRICS, type SqlFigure, type SqlPredicate } from "./specs";

/**
 * Options of {@link renderSql}.
 *
 * @category SQL
 */
export interface RenderSqlOptions {
  /** The dialect: `duckdb`, `postgres`, `tsql` (SQL Server) or `spark` (Spark SQL). */
  readonly dialect: SqlDialect;
  /** The periods to compute (at least one), each `start` and `end` inclusive, `snapshot` defaulting to the end. */
  readonly periods: readonly SqlPeriod[];
  /**
   * Where the tidy tables' CSV files are (`kinsafe tables --out DIR`): the script then reads them
   * itself (DuckDB `read_csv`, PostgreSQL `COPY`, SQL Server `BULK INSERT`, Spark's CSV source),
   * each `DIR/<table>.csv`, and `DIR/coverage.csv` as the table `coverage`. Without it, the
   * script expects the tables to exist already under their names.
   */
  readonly tables?: string;
  /**
   * Children aged 0 to 17 in the area, for the rates per 10,000 (as `kinsafe metrics
   * --population`). Without it, every rate is `NULL` and unavailable.
   */
  readonly population?: number;
  /** The population estimate used (e.g. "ONS mid-2024"), named in the script's opening comment. */
  readonly populationVintage?: string;
  /** The working-day calendar. Default: kinsafe's (England and Wales, 1970 to 2099). */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Writes the core data set's definitions as one SQL script over kinsafe's tidy tables
 * (`kinsafe tables`): the periods (`ks_period`), the working-day calendar (`ks_closed_day`,
 * `ks_day`), one table per kind of event, the availability of each figure from the tables'
 * `coverage` (as kinsafe metrics reads `coverage.csv`), and the view `ks_metrics` with a row per
 * figure and period: `metric_id` (kinsafe's id of the figure or breakdown entry),
 * `period_start`, `period_end`, `value`, `numerator`, `denominator`, `status` (`available`;
 * `unavailable`, value `NULL`, when the tables do not cover what it needs or there is nothing to
 * divide by or take a median of; `incomplete-history` when they hold less history than it looks
 * back over). The script ends by selecting it.
 * The figures are those of {@link SQL_METRICS}: the metrics it does not compute are listed, with
 * why, in the script's opening comment.
 *
 * @param options - Dialect, periods, where the tables are, calendar.
 * @returns The script.
 * @throws {@link KinsafeError} with code `invalid-argument` for an unknown dialect, no period, a date that is not `YYYY-MM-DD`, a period that ends before it starts, a population that is not a whole number of 1 or more, or a vintage with control characters.
 *
 * @example
 * {@includeCode ../../../tests/sql/sql.test.ts#render}
 *
 * @category SQL
 */
export function renderSql(options: RenderSqlOptions): string {
  if (!(SQL_DIALECTS as readonly string[]).includes(options.dialect)) throw new KinsafeError("invalid-argument", `Unknown SQL dialect ${JSON.stringify(options.dialect)}: one of ${SQL_DIALECTS.join(", ")}.`);
  if (options.periods.length === 0) throw new KinsafeError("invalid-argument", "At least one period is needed.");
  const periods = options.periods.map((p, i): SqlPeriod => {
    const start = parseWith(IsoDateSchema, p.start, `period ${String(i + 1)} start`);
    const end = parseWith(IsoDateSchema, p.end, `period ${String(i + 1)} end`);
    if (end < start) throw new KinsafeError("invalid-argument", `Period ${String(i + 1)} ends (${end}) before it starts (${start}).`);
    return p.snapshot === undefined ? { start, end } : { start, end, snapshot: parseWith(IsoDateSchema, p.snapshot, `period ${String(i + 1)} snapshot`) };
  });
  const population = options.population;
  if (population !== undefined && (!Number.isInteger(population) || population < 1)) throw new KinsafeError("invalid-argument", `The population must be a whole number of children, 1 or more; got ${String(population)}.`);
  if (options.populationVintage !== undefined && /[\p{Cc}\u2028\u2029]/u.test(options.populationVintage)) throw new KinsafeError("invalid-argument", "The population vintage must be one line, with no control characters.");
  const d = DIALECTS[options.dialect];
  const calendar = options.calendar ?? createWorkingDayCalendar();
  const statements: string[] = [];
  const section = (title: string): void => {
    statements.push(`\n${d.comment(title)}`);
  };
  const add = (list: readonly string[]): void => {
    for (const s of list) statements.push(`${s}${d.end}`);
  };

  section(`The tidy tables (kinsafe tables)${options.tables === undefined ? ": expected to exist, with these columns and types" : ", read from their CSV files"}.`);
  for (const [t, columns] of [...SQL_TABLES.map((t) => [t, tableColumns(t)] as const), ["coverage", COVERAGE_TABLE_COLUMNS] as const]) {
    if (options.tables === undefined) statements.push(d.comment(`${t} (${columns.map(([c, ty]) => `${c} ${d.type(ty)}`).join(", ")})`));
    else add(d.loadCsv(t, columns, joinPath(options.tables, `${t}.csv`, options.dialect)));
  }
  section("The periods: ks_period (period_id, period_start, period_end, snapshot, horizon: the later of the end and the snapshot, cover_from: the earlier of the start and the snapshot).");
  add(periodTable(d, periods));
  section(`The working-day calendar, ${calendar.from} to ${calendar.to}: its closed days (ks_closed_day) and every day with its working-day number (ks_day).\nWorking days from a to b (the day after a up to and including b) = b.working_day_number - a.working_day_number.`);
  add(calendarTables(d, calendar));
  section("The events each figure counts, one row per event and period, as known at the period's horizon (the later of its end and the snapshot).");
  add(eventViews(d));
  const selects: string[] = [];
  const needs: FigureNeed[] = [];
  for (const m of METRIC_CATALOGUE) {
    const spec = SQL_METRICS[m.id];
    if ("unsupported" in spec) continue;
    for (const f of spec.figures) {
      selects.push(figureSelect(d, f, population));
      const req = requirementAt(m.needs, f.id === m.id ? "" : f.id.slice(m.id.length + 1));
      const byPeriod = f.id === m.id ? HEADLINE_HISTORY[m.id] : undefined;
      needs.push({ id: f.id, facts: req.facts ?? [], historyMonths: byPeriod === undefined ? (req.historyMonths ?? 0) : periods.map(byPeriod) });
    }
  }
  section(
    "What each figure needs (the catalogue's needs) and what the tables cover (coverage.csv): a figure whose kinds of fact the tables do not cover\nfrom cover_from to the horizon is unavailable (value NULL), one that looks back further than they go is incomplete-history.",
  );
  add(availabilityTables(d, needs));
  section("Every figure: one row per figure and period.");
  const ok = (e: string): string => `CASE WHEN g.metric_id IS NULL THEN ${e} END`;
  add(
    d.view(
      "ks_metrics",
      `SELECT f.metric_id, p.period_start, p.period_end, ${ok("f.value")} AS value, ${ok("f.numerator")} AS numerator, ${ok("f.denominator")} AS denominator,
  CASE WHEN g.metric_id IS NOT NULL THEN ${d.text(STATUS.unavailable)} WHEN f.status = ${d.text(STATUS.available)} AND s.metric_id IS NOT NULL THEN ${d.text("incomplete-history")} ELSE f.status END AS status
FROM (\n${selects.join("\nUNION ALL\n")}\n) AS f
JOIN ks_period AS p ON p.period_id = f.period_id
LEFT JOIN ks_figure_gap AS g ON g.period_id = f.period_id AND g.metric_id = f.metric_id
LEFT JOIN ks_figure_short AS s ON s.period_id = f.period_id AND s.metric_id = f.metric_id`,
    ),
  );
  add([`SELECT * FROM ks_metrics ORDER BY period_start, period_end, metric_id`]);
  return `${header(d, options)}\n${statements.join("\n")}\n`;
}

/** The path of a table's file in the directory, with the directory's own separator. */
function joinPath(dir: string, file: string, dialect: SqlDialect): string {
  const sep = dialect === "tsql" && dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  return dir.endsWith(sep) ? `${dir}${file}` : `${dir}${sep}${file}`;
}

function header(d: Dialect, options: RenderSqlOptions): string {
  const unsupported = METRIC_CATALOGUE.flatMap((m) => {
    const spec = SQL_METRICS[m.id];
    return "unsupported" in spec ? [`  ${m.id}: ${spec.unsupported}.`] : [];
  });
  const omitted = METRIC_CATALOGUE.flatMap((m) => {
    const spec = SQL_METRICS[m.id];
    return "unsupported" in spec ? [] : Object.entries(spec.omitted ?? {}).map(([k, why]) => `  ${m.id}/${k}: ${why}.`);
  });
  const lines = [
    `kinsafe's core data set definitions as SQL (${d.name}), over kinsafe's tidy tables (kinsafe tables).`,
    "Written by kinsafe sql from the definitions kinsafe computes with: the same rules, code lists and limits.",
    "The result: ks_metrics (metric_id, period_start, period_end, value, numerator, denominator, status), one row per figure and period.",
    options.population === undefined
      ? "No population was given: the rates per 10,000 children are NULL (unavailable)."
      : `Rates per 10,000 children are of a population of ${String(options.population)} children aged 0 to 17${options.populationVintage === undefined ? "" : ` (${options.populationVintage})`}.`,
    "Tables written by kinsafe tables are checked as they are written; rows edited by hand are not checked here.",
    "What the tables cover is read from their coverage table (coverage.csv), as kinsafe metrics reads it: a figure the tables cannot tell is unavailable (value NULL), never 0.",
    ...(d.name === "tsql" ? ["SQL Server 2017 or later (CREATE OR ALTER, DROP ... IF EXISTS, BULK INSERT of CSV), in a database of compatibility level 130 or higher (STRING_SPLIT); run with sqlcmd or SSMS (GO separates the batches)."] : []),
    ...(d.name === "spark" ? ["Spark 3.0 or later (add_months keeps the day of the month, clamped to the month's last); every object is a temporary view of the session."] : []),
    "",
    "Not computed here, and why:",
    ...unsupported,
    ...omitted,
  ];
  void options;
  return d.comment(lines.join("\n"));
}

const STATUS = { available: "available", unavailable: "unavailable" } as const;

/**
 * The history a headline looks back over when it depends on the period (the catalogue's
 * `headlineNeeds`): long-term stability needs the episodes from 30 months before the snapshot,
 * the whole months before the period's start back to then (table/lookedAfter.ts, monthsBack).
 *
 * @internal
 */
export const HEADLINE_HISTORY: Partial<Record<MetricId, (p: SqlPeriod) => number>> = {
  "lac.placement-stability-long": (p) => {
    const from = addMonthsToDay(fastDay(p.snapshot ?? p.end), -LONG_TERM_CARE_MONTHS);
    const ps = fastDay(p.start);
    let m = 0;
    while (addMonthsToDay(ps, -m) > from) m++;
    return m;
  },
};

function predicate(d: Dialect, p: SqlPredicate): string {
  const lit = (v: number | string): string => (typeof v === "number" ? String(v) : d.text(v));
  if ("all" in p) return p.all.map((q) => `(${predicate(d, q)})`).join(" AND ");
  if ("equals" in p) return `${p.column} = ${lit(p.equals)}`;
  if ("in" in p) return `${p.column} IN (${p.in.map(lit).join(", ")})`;
  return `${p.column} >= ${String(p.between[0])}${Number.isFinite(p.between[1]) ? ` AND ${p.column} <= ${String(p.between[1])}` : ""}`;
}

/** A SELECT of one figure: metric_id, period_id, value, numerator, denominator, status, one row per period. */
function figureSelect(d: Dialect, f: SqlFigure, population: number | undefined): string {
  const id = d.text(f.id);
  const dbl = (e: string): string => d.toDouble(e);
  const big = (e: string): string => `CAST(${e} AS ${d.type("bigint")})`;
  const nullBig = `CAST(NULL AS ${d.type("bigint")})`;
  const nullDbl = `CAST(NULL AS ${d.type("double")})`;
  const status = (ok: string): string => `CASE WHEN ${ok} THEN ${d.text(STATUS.available)} ELSE ${d.text(STATUS.unavailable)} END`;
  const from = (agg: string, where?: string): string =>
    `FROM ks_period AS p LEFT JOIN (SELECT period_id, ${agg} FROM ${f.of}${where === undefined ? "" : ` WHERE ${where}`} GROUP BY period_id) AS a ON a.period_id = p.period_id`;
  switch (f.kind) {
    case "count": {
      const n = f.children === true ? "COUNT(DISTINCT child_id)" : "COUNT(*)";
      return `SELECT ${id} AS metric_id, p.period_id, ${dbl("COALESCE(a.n, 0)")} AS value, ${nullBig} AS numerator, ${nullBig} AS denominator, ${d.text(STATUS.available)} AS status ${from(`${n} AS n`, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "percent": {
      const cond = predicate(d, f.num);
      const agg = f.children === true ? `COUNT(DISTINCT child_id) AS n, COUNT(DISTINCT CASE WHEN ${cond} THEN child_id END) AS k` : `COUNT(*) AS n, SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS k`;
      return `SELECT ${id} AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN ${nullDbl} ELSE ${dbl("a.k")} * 100 / ${dbl("a.n")} END AS value, ${big("COALESCE(a.k, 0)")} AS numerator, ${big("COALESCE(a.n, 0)")} AS denominator, ${status("COALESCE(a.n, 0) > 0")} AS status ${from(agg, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "total": {
      const n = f.column === undefined ? "COUNT(*)" : `COUNT(${f.column})`;
      return `SELECT ${id} AS metric_id, p.period_id, ${nullDbl} AS value, ${nullBig} AS numerator, ${big("COALESCE(a.n, 0)")} AS denominator, ${status("COALESCE(a.n, 0) > 0")} AS status ${from(`${n} AS n`, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "per10k": {
      const n = f.children === true ? "COUNT(DISTINCT child_id)" : "COUNT(*)";
      const value = population === undefined ? nullDbl : `${dbl("COALESCE(a.n, 0)")} * 10000 / ${dbl(String(population))}`;
      const den = population === undefined ? nullBig : big(String(population));
      return `SELECT ${id} AS metric_id, p.period_id, ${value} AS value, ${big("COALESCE(a.n, 0)")} AS numerator, ${den} AS denominator, ${d.text(population === undefined ? STATUS.unavailable : STATUS.available)} AS status ${from(`${n} AS n`, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "within": {
      const cond = predicate(d, { column: f.column, between: [f.from, f.to] });
      return `SELECT ${id} AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN ${nullDbl} ELSE ${dbl("a.k")} * 100 / ${dbl("a.n")} END AS value, ${big("COALESCE(a.k, 0)")} AS numerator, ${big("COALESCE(a.n, 0)")} AS denominator, ${status("COALESCE(a.n, 0) > 0")} AS status ${from(`COUNT(${f.column}) AS n, SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS k`)}`;
    }
    case "sum": {
      return `SELECT ${id} AS metric_id, p.period_id, ${dbl("COALESCE(a.s, 0)")} AS value, ${nullBig} AS numerator, ${nullBig} AS denominator, ${d.text(STATUS.available)} AS status ${from(`SUM(${f.column}) AS s`, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "mean": {
      return `SELECT ${id} AS metric_id, p.period_id, CASE WHEN COALESCE(a.n, 0) = 0 THEN ${nullDbl} ELSE ${dbl("a.s")} / ${dbl("a.n")} END AS value, ${big("COALESCE(a.s, 0)")} AS numerator, ${big("COALESCE(a.n, 0)")} AS denominator, ${status("COALESCE(a.n, 0) > 0")} AS status ${from(`COUNT(${f.column}) AS n, SUM(${f.column}) AS s`, f.where === undefined ? undefined : predicate(d, f.where))}`;
    }
    case "quantile": {
      const value = f.divide === undefined ? dbl("q.q0") : `${dbl("q.q0")} / ${dbl(String(f.divide))}`;
      return `SELECT ${id} AS metric_id, p.period_id, ${value} AS value, ${nullBig} AS numerator, ${big("COALESCE(a.n, 0)")} AS denominator, ${status("COALESCE(a.n, 0) > 0")} AS status ${from(`COUNT(${f.column}) AS n`)} LEFT JOIN (${d.quantiles(f.of, "period_id", f.column, [f.p])}) AS q ON q.period_id = p.period_id`;
    }
  }
}

/**
 * The ids of the figures the SQL computes (metrics and breakdown entries), in catalogue order.
 *
 * @returns The ids.
 * @internal
 */
export function sqlFigureIds(): string[] {
  return METRIC_CATALOGUE.flatMap((m) => {
    const spec = SQL_METRICS[m.id];
    return "unsupported" in spec ? [] : spec.figures.map((f) => f.id);
  });
}
