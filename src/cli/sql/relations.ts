// The relations every figure is counted from, written once for every dialect: the periods, the
// working-day calendar, and one view per kind of event (a referral, an assessment authorised, a
// section 47 enquiry started, a conference held, a plan open at the snapshot, care proceedings;
// a child starting, ceasing, looked after at the snapshot or in the period, a looked-after
// review, an adoption, a child on a CP plan at the snapshot) with a row per event and period. They apply the kernel's rules (src/metrics/internal/kernel.ts):
// "as known at the period end" (an item dated after the horizon, the later of the period end and
// the snapshot, is left out; an end, closure or conference after it is read as absent), the
// exclusions of a duration (a start before the referral, a day outside the calendar, an end
// before the start), and the constants of rules.ts.
import type { WorkingDayCalendar } from "../../calendar";
import { fromDayNumber } from "../../core";
import { COVERAGE_COLUMNS, TIDY_TABLE_COLUMNS, type TidyTableName } from "../../interop/returns";
import { ASSESSMENT_FACTOR_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import { LS_GROUPS, PLACE_ADOPTION, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "../../metrics/internal";
import {
  ADOPTED,
  ADOPTIVE_PLACEMENTS,
  AUTHORITY_TO_PLACE,
  CHANGE_OF_CARER,
  CP_FIRST_REVIEW_MONTHS,
  CP_LATER_REVIEW_MONTHS,
  EPISODE_ENDED_FOR_NEXT,
  FIRST_REVIEW_WORKING_DAYS,
  FOSTER_CARER_ADOPTIONS,
  LATER_REVIEW_MONTHS,
  LEGAL_STATUS_CHANGE_ONLY,
  LONG_TERM_CARE_MONTHS,
  MISSING_TYPES,
  NEW_PERIOD_OF_CARE,
  NOT_IN_NEED_CLOSURES,
  PLACEMENTS_UNSTABLE,
  RE_REFERRAL_MONTHS,
  SAME_CARER,
  SAME_CARER_MONTHS,
  SECOND_REVIEW_MONTHS,
  SHORT_BREAK_LEGAL_STATUSES,
  UNDER_16_MONTHS,
  HEALTH_CARE_MONTHS,
  DEVELOPMENT_CHECK_UNDER,
  CONVICTION_FROM,
  SDQ_AGES,
  CARE_LEAVER_AGES,
  LEAVER_LEFT_OUT,
  LEAVER_CONTACT,
  LEAVER_CONTACT_NONE,
  LEAVER_ACCOMMODATION,
  LEAVER_NO_INFORMATION,
  LEAVER_ACTIVITY,
  LEAVER_ACTIVITY_NONE,
} from "./rules";
import type { Dialect, SqlType } from "./dialects";

/** A period as the SQL takes it (dates checked `YYYY-MM-DD`). */
export interface SqlPeriod {
  readonly start: string;
  readonly end: string;
  /** Default: the end. */
  readonly snapshot?: string;
}

/**
 * The tidy tables the SQL reads, and their columns' types (the rest of a table's columns are text).
 *
 * @internal
 */
export const SQL_TABLES = [
  "children",
  "episodes",
  "assessments",
  "section47_enquiries",
  "cin_plans",
  "cp_plans",
  "looked_after_episodes",
  "early_help_episodes",
  "care_proceedings",
  "looked_after_reviews",
  "missing_incidents",
  "adoptions",
  "looked_after_outcomes",
  "care_leaver_outcomes",
] as const satisfies readonly TidyTableName[];

/**
 * The columns of `coverage.csv` (what the tables cover, per kind of fact) with their types.
 *
 * @internal
 */
export const COVERAGE_TABLE_COLUMNS: readonly (readonly [string, SqlType])[] = COVERAGE_COLUMNS.map((c): readonly [string, SqlType] => [c, c === "start" || c === "end" ? "date" : "text"]);

const DATE_COLUMNS = new Set(["dob", "expected_dob", "death_date", "date", "pre_proceedings_start", "pre_proceedings_end"]);
const BOOLEAN_COLUMNS = new Set([
  "referral_nfa",
  "icpc_not_required",
  "uasc",
  "seen_alone",
  "convicted",
  "health_check",
  "immunisations",
  "teeth_check",
  "health_assessment",
  "substance_misuse",
  "intervention_received",
  "intervention_offered",
]);
const INTEGER_COLUMNS = new Set(["number_of_previous_cpp", "weeks", "year", "sdq_score"]);

/**
 * The columns of a tidy table with their types: dates (`YYYY-MM-DD`) as dates, `true`/`false`
 * as booleans, counts as integers, the rest (ids, codes, lists joined by `;`) as text.
 *
 * @internal
 */
export function tableColumns(table: TidyTableName): readonly (readonly [string, SqlType])[] {
  return TIDY_TABLE_COLUMNS[table].map((c): readonly [string, SqlType] => [
    c,
    c.endsWith("_date") || DATE_COLUMNS.has(c) ? "date" : BOOLEAN_COLUMNS.has(c) ? "boolean" : INTEGER_COLUMNS.has(c) ? "integer" : "text",
  ]);
}

const list = (d: Dialect, codes: readonly string[]): string => codes.map((c) => d.text(c)).join(", ");

/**
 * The statements making `ks_period`: one row per period (`period_id` from 1, start, end,
 * snapshot, the horizon: the later of the end and the snapshot, `cover_from`: the earlier of
 * the start and the snapshot, the tables must cover `cover_from` to `horizon`; and
 * `ad1_known_year`, the last collection year whose 31 March is on or before the horizon: an AD1,
 * OC2 or OC3 row of a later year is not known then; `health_year`, the collection year of the
 * snapshot, whose OC2 row lac.health reads; `leaver_year`, the collection year of the end, whose
 * OC3 row the care leavers' measures read, and `leaver_day`, its 31 March, the day their age is
 * taken on).
 *
 * @internal
 */
export function periodTable(d: Dialect, periods: readonly SqlPeriod[]): string[] {
  const rows = periods.map((p, i) => {
    const snapshot = p.snapshot ?? p.end;
    const horizon = snapshot > p.end ? snapshot : p.end;
    const from = snapshot < p.start ? snapshot : p.start;
    const year = Number(horizon.slice(0, 4)) - (horizon.slice(5) >= "03-31" ? 0 : 1);
    // the collection year of a day: the year of the 31 March that ends it
    const collectionYear = (iso: string): number => Number(iso.slice(0, 4)) + (iso.slice(5) >= "04-01" ? 1 : 0);
    const leaverYear = collectionYear(p.end);
    return `SELECT ${String(i + 1)} AS period_id, ${d.date(p.start)} AS period_start, ${d.date(p.end)} AS period_end, ${d.date(snapshot)} AS snapshot, ${d.date(horizon)} AS horizon, ${d.date(from)} AS cover_from, ${String(year)} AS ad1_known_year, ${String(collectionYear(snapshot))} AS health_year, ${String(leaverYear)} AS leaver_year, ${d.date(`${String(leaverYear).padStart(4, "0")}-03-31`)} AS leaver_day`;
  });
  return d.tableAs("ks_period", rows.join("\nUNION ALL\n"));
}

/**
 * The statements making the working-day calendar from kinsafe's: `ks_closed_day` (every closed
 * day in its range: bank holidays of England and Wales, with their names) and `ks_day` (every
 * day in its range, whether it is a working day, and `working_day_number`: the working days from
 * the calendar's first day to it, inclusive). Working days from `a` to `b` are
 * `b.working_day_number - a.working_day_number`, as kinsafe's `workingDaysBetween`; a day outside
 * the range has no row, so a duration from or to it is left out, as kinsafe leaves it out.
 *
 * @internal
 */
export function calendarTables(d: Dialect, calendar: WorkingDayCalendar): string[] {
  const closed = [...calendar.closedDays.entries()].sort((a, b) => a[0] - b[0]);
  const values = closed.map(([day, title]) => `  (${d.date(fromDayNumber(day))}, ${d.text(title)})`);
  // a table value constructor in FROM (no row limit there, in any of the dialects)
  const closedSelect = values.length === 0 ? `SELECT ${d.date(calendar.from)} AS day, ${d.text("")} AS title WHERE 1 = 0` : `SELECT day, title FROM (VALUES\n${values.join(",\n")}\n) AS closed_days(day, title)`;
  const weekend = calendar.spec.weekendDays.map((w) => String(w === 0 ? 7 : w));
  const isWorking = `CASE WHEN ${weekend.length === 0 ? "1 = 0" : `${d.isoWeekday("a.day")} IN (${weekend.join(", ")})`} OR c.day IS NOT NULL THEN 0 ELSE 1 END`;
  return [
    ...d.tableAs("ks_closed_day", closedSelect),
    ...d.tableAs(
      "ks_day",
      `SELECT day, is_working_day, SUM(is_working_day) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS working_day_number FROM (\n  SELECT a.day, ${isWorking} AS is_working_day FROM (${d.days(d.date(calendar.from), d.date(calendar.to))}) AS a LEFT JOIN ks_closed_day AS c ON c.day = a.day\n) AS w`,
    ),
  ];
}

/** Working days from column `a` to column `b` through the calendar rows `da` and `db` (NULL outside it). */
const wd = (da: string, db: string): string => `${db}.working_day_number - ${da}.working_day_number`;
/** A non-negative duration, else NULL. */
const nonNegative = (x: string): string => `CASE WHEN ${x} >= 0 THEN ${x} END`;

/**
 * DfE's age band (table/breakdowns.ts `AGE_BANDS`) of the child of `ch` (a row of `children`) on
 * `day` (kernel.ts, ageSlot): unborn before the date of birth, or with only an expected date of
 * birth; not recorded with neither; else the whole years, a year passing on the birthday (a 29
 * February birthday on 1 March in a year that has none: days.ts, birthdayDay).
 */
function ageBand(d: Dialect, ch: string, day: string): string {
  const dob = `${ch}.dob`;
  // `day` is on or after the k-th birthday: addMonths clamps 29 February to 28 February, which
  // is then a day early (the date does not come back to the date of birth 12k months before)
  const aged = (k: number): string => {
    const b = d.addMonths(dob, 12 * k);
    return `(CASE WHEN ${d.addMonths(b, -12 * k)} = ${dob} THEN CASE WHEN ${b} <= ${day} THEN 1 ELSE 0 END ELSE CASE WHEN ${b} < ${day} THEN 1 ELSE 0 END END) = 1`;
  };
  return `CASE WHEN ${dob} IS NULL THEN CASE WHEN ${ch}.expected_dob IS NOT NULL THEN ${d.text("unborn")} ELSE ${d.text("not-recorded")} END
    WHEN ${day} < ${dob} THEN ${d.text("unborn")} WHEN NOT ${aged(1)} THEN ${d.text("under-1")} WHEN NOT ${aged(5)} THEN ${d.text("1-to-4")}
    WHEN NOT ${aged(10)} THEN ${d.text("5-to-9")} WHEN NOT ${aged(16)} THEN ${d.text("10-to-15")} ELSE ${d.text("16-and-over")} END`;
}

/**
 * The statements making the tables of events each figure counts (one row per event and period).
 *
 * @internal
 */
export function eventViews(d: Dialect): string[] {
  const out: string[] = [];
  // tables, not views: each is read by many figures
  const view = (name: string, select: string): void => {
    out.push(...d.tableAs(name, select));
  };
  const known = (col: string): string => `CASE WHEN ${col} <= p.horizon THEN ${col} END`;
  const notInNeed = NOT_IN_NEED_CLOSURES.map((c) => d.text(c));

  // The first day anything of an episode is dated: its referral or an earlier start of an item.
  view(
    "ks_episode_known",
    `SELECT child_id, episode_id, MIN(day) AS known_from FROM (
  SELECT child_id, episode_id, referral_date AS day FROM episodes
  UNION ALL SELECT child_id, episode_id, start_date FROM assessments
  UNION ALL SELECT child_id, episode_id, start_date FROM section47_enquiries
  UNION ALL SELECT child_id, episode_id, start_date FROM cin_plans
  UNION ALL SELECT child_id, episode_id, start_date FROM cp_plans
) AS dated GROUP BY child_id, episode_id`,
  );
  // Episodes of need known at each period's horizon, as known then.
  view(
    "ks_episode",
    `SELECT p.period_id, e.child_id, e.episode_id, e.referral_date, e.referral_source, e.primary_need,
  CASE WHEN ${d.isTrue("e.referral_nfa")} THEN 1 ELSE 0 END AS nfa,
  ${known("e.closure_date")} AS closure_date,
  CASE WHEN e.closure_date <= p.horizon THEN e.closure_reason END AS closure_reason,
  ${known("e.episode_icpc_date")} AS episode_icpc_date
FROM ks_period AS p
CROSS JOIN episodes AS e
JOIN ks_episode_known AS k ON k.child_id = e.child_id AND k.episode_id = e.episode_id
WHERE k.known_from <= p.horizon`,
  );
  // Whether an episode has an item by the period end (a plan started, an assessment authorised).
  const byEnd = (alias: string, table: string, where: string): string =>
    `LEFT JOIN (SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e JOIN ks_period AS p2 ON p2.period_id = e.period_id JOIN ${table} AS x ON x.child_id = e.child_id AND x.episode_id = e.episode_id WHERE ${where}) AS ${alias} ON ${alias}.period_id = r.period_id AND ${alias}.child_id = r.child_id AND ${alias}.episode_id = r.episode_id`;
  // Referrals in the period (with the furthest level the episode reached by the period end: a
  // looked-after episode other than a short break started from the referral to its closure, a
  // CP plan, a CIN plan, NFA, closed RC9, closed RC8, closed or assessed, else pending); a re-referral is within RE_REFERRAL_MONTHS of a previous referral
  // of the child, counted forward from it (previous < date <= previous + 12 months).
  const group = `CASE ${[...new Set(REFERRAL_SOURCE_CODES.map((c) => c.replace(/[A-Z]$/, "")))].map((g) => `WHEN r.referral_source IN (${list(d, REFERRAL_SOURCE_CODES.filter((c) => c.replace(/[A-Z]$/, "") === g))}) THEN ${d.text(g)}`).join(" ")} ELSE ${d.text("not-recorded")} END`;
  view(
    "ks_referral",
    `SELECT r.period_id, r.child_id, r.episode_id, r.referral_date, r.nfa,
  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason IN (${notInNeed.join(", ")}) THEN 1 ELSE 0 END AS not_in_need,
${NOT_IN_NEED_CLOSURES.map((c) => `  CASE WHEN r.closure_date <= p.period_end AND r.closure_reason = ${d.text(c)} THEN 1 ELSE 0 END AS closed_${c.toLowerCase()},\n`).join("")}  CASE WHEN rr.episode_id IS NULL THEN 0 ELSE 1 END AS re_referral,
  CASE WHEN lx.episode_id IS NOT NULL THEN ${d.text("lac")}
    WHEN cpx.episode_id IS NOT NULL THEN ${d.text("cp")}
    WHEN cinx.episode_id IS NOT NULL THEN ${d.text("cin")}
    WHEN r.nfa = 1 THEN ${d.text("nfa")}
    WHEN r.closure_date <= p.period_end AND r.closure_reason = ${notInNeed[1] ?? ""} THEN ${d.text("early-help")}
    WHEN r.closure_date <= p.period_end AND r.closure_reason = ${notInNeed[0] ?? ""} THEN ${d.text("nfa")}
    WHEN r.closure_date <= p.period_end OR ax.episode_id IS NOT NULL THEN ${d.text("cin")}
    ELSE ${d.text("pending")} END AS outcome,
  ${group} AS source_group,
  CASE WHEN r.referral_source IN (${list(d, REFERRAL_SOURCE_CODES)}) THEN r.referral_source ELSE ${d.text("not-recorded")} END AS source_code,
  ${ageBand(d, "ch", "r.referral_date")} AS age_band
FROM ks_episode AS r
JOIN ks_period AS p ON p.period_id = r.period_id
LEFT JOIN children AS ch ON ch.child_id = r.child_id
LEFT JOIN (
  SELECT DISTINCT i.period_id, i.child_id, i.episode_id FROM ks_episode AS i
  JOIN ks_episode AS j ON j.period_id = i.period_id AND j.child_id = i.child_id
  WHERE j.referral_date < i.referral_date AND i.referral_date <= ${d.addMonths("j.referral_date", RE_REFERRAL_MONTHS)}
) AS rr ON rr.period_id = r.period_id AND rr.child_id = r.child_id AND rr.episode_id = r.episode_id
LEFT JOIN (
  SELECT DISTINCT e.period_id, e.child_id, e.episode_id FROM ks_episode AS e
  JOIN ks_period AS p2 ON p2.period_id = e.period_id
  JOIN looked_after_episodes AS l ON l.child_id = e.child_id
  WHERE (l.legal_status IS NULL OR l.legal_status NOT IN (${list(d, SHORT_BREAK_LEGAL_STATUSES)})) AND l.start_date >= e.referral_date
    AND l.start_date <= CASE WHEN e.closure_date < p2.period_end THEN e.closure_date ELSE p2.period_end END
) AS lx ON lx.period_id = r.period_id AND lx.child_id = r.child_id AND lx.episode_id = r.episode_id
${byEnd("cpx", "cp_plans", "x.start_date <= p2.period_end")}
${byEnd("cinx", "cin_plans", "x.start_date <= p2.period_end")}
${byEnd("ax", "assessments", "x.start_date <= p2.horizon AND x.authorisation_date <= p2.period_end")}
WHERE r.referral_date >= p.period_start AND r.referral_date <= p.period_end`,
  );
  // Assessments (a row each, numbered) and the codes of the factors each identified (each code
  // of the list once; an item that is not a code is left out).
  view("ks_assessment_row", `SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, assessment_id, start_date, authorisation_date, factors) AS asm_n, child_id, episode_id, start_date, authorisation_date, factors FROM assessments`);
  view("ks_assessment_code", `SELECT DISTINCT asm_n, item AS factor FROM (${d.splitList("ks_assessment_row", ["asm_n", "factors"], "factors")}) AS f WHERE item IN (${list(d, ASSESSMENT_FACTOR_CODES)})`);
  // Assessments authorised in the period: working days from start to authorisation, NULL when
  // the start is before the referral, a day is outside the calendar, or it is negative; whether
  // any factor is recorded.
  view(
    "ks_assessment",
    `SELECT e.period_id, e.child_id, a.asm_n,
  CASE WHEN a.start_date < e.referral_date THEN NULL ELSE ${nonNegative(wd("ds", "da"))} END AS working_days,
  CASE WHEN hf.asm_n IS NULL THEN 0 ELSE 1 END AS has_factor
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN ks_assessment_row AS a ON a.child_id = e.child_id AND a.episode_id = e.episode_id
LEFT JOIN (SELECT DISTINCT asm_n FROM ks_assessment_code) AS hf ON hf.asm_n = a.asm_n
LEFT JOIN ks_day AS ds ON ds.day = a.start_date
LEFT JOIN ks_day AS da ON da.day = a.authorisation_date
WHERE a.start_date <= p.horizon AND a.authorisation_date >= p.period_start AND a.authorisation_date <= p.period_end`,
  );
  // The factors of the assessments authorised in the period: a row per assessment and factor.
  view("ks_assessment_factor", "SELECT a.period_id, a.child_id, c.factor FROM ks_assessment AS a JOIN ks_assessment_code AS c ON c.asm_n = a.asm_n");
  // Section 47 enquiries started in the period.
  view(
    "ks_s47",
    `SELECT e.period_id, e.child_id
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN section47_enquiries AS s ON s.child_id = e.child_id AND s.episode_id = e.episode_id
WHERE s.start_date >= p.period_start AND s.start_date <= p.period_end`,
  );
  // Initial conferences held in the period: those of section 47 enquiries (working days from the
  // enquiry's start, and from the strategy discussion where known), then those recorded on the
  // episode that are not one of its enquiries' conferences (no start to measure from).
  view(
    "ks_icpc",
    `SELECT e.period_id, e.child_id,
  CASE WHEN s.start_date < e.referral_date THEN NULL ELSE ${nonNegative(wd("ds", "di"))} END AS working_days,
  CASE WHEN s.strategy_discussion_date <= p.horizon THEN ${nonNegative(wd("dd", "di"))} END AS from_strategy_discussion
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
JOIN section47_enquiries AS s ON s.child_id = e.child_id AND s.episode_id = e.episode_id
LEFT JOIN ks_day AS ds ON ds.day = s.start_date
LEFT JOIN ks_day AS di ON di.day = s.icpc_date
LEFT JOIN ks_day AS dd ON dd.day = s.strategy_discussion_date
WHERE s.start_date <= p.horizon AND s.icpc_date >= p.period_start AND s.icpc_date <= p.period_end
UNION ALL
SELECT e.period_id, e.child_id, NULL AS working_days, NULL AS from_strategy_discussion
FROM ks_episode AS e
JOIN ks_period AS p ON p.period_id = e.period_id
LEFT JOIN (
  SELECT DISTINCT e2.period_id, e2.child_id, e2.episode_id FROM ks_episode AS e2
  JOIN ks_period AS p2 ON p2.period_id = e2.period_id
  JOIN section47_enquiries AS s2 ON s2.child_id = e2.child_id AND s2.episode_id = e2.episode_id
  WHERE s2.start_date <= p2.horizon AND s2.icpc_date = e2.episode_icpc_date
) AS dup ON dup.period_id = e.period_id AND dup.child_id = e.child_id AND dup.episode_id = e.episode_id
WHERE e.episode_icpc_date >= p.period_start AND e.episode_icpc_date <= p.period_end AND dup.episode_id IS NULL`,
  );
  // Plans of each type (early help, CIN, CP; periods of care below), numbered to tell one
  // from another (a plan is known by its child, type and number); a CIN or CP plan that starts before its episode's referral is `bad`
  // (left out of the durations, DfE rules 4015 and 1105).
  view(
    "ks_plan",
    `SELECT ROW_NUMBER() OVER (ORDER BY child_id, plan_type, start_date, end_date) AS plan_n, child_id, plan_type, start_date, end_date, bad, previous FROM (
  SELECT x.child_id, ${d.text("cin")} AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, CAST(NULL AS ${d.type("integer")}) AS previous
  FROM cin_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, ${d.text("cp")} AS plan_type, x.start_date, x.end_date, CASE WHEN x.start_date < e.referral_date THEN 1 ELSE 0 END AS bad, x.number_of_previous_cpp AS previous
  FROM cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  UNION ALL
  SELECT x.child_id, ${d.text("early-help")} AS plan_type, x.start_date, x.end_date, 0 AS bad, CAST(NULL AS ${d.type("integer")}) AS previous
  FROM early_help_episodes AS x
) AS plans`,
  );
  // Looked-after episodes other than short breaks known at each horizon, in order of start
  // (`rn`; two that start on the same day in order of episode_id), each with its end and reason
  // as known then, and whether it starts a period of care (`is_new`: the first, a reason for a
  // new episode S, or an episode that does not follow, on the day it starts, one that ended X1),
  // a placement (`new_place`: a new period, or a reason other than L, a change of legal status
  // only) and a carer's spell (`new_spell`: a new period, or a reason P or B); `care_n`,
  // `place_n` and `spell_n` number them in order, and `last_of_care` marks a period's last
  // episode (kernel.ts, lacMeasuresOf).
  const w = "PARTITION BY period_id, child_id ORDER BY start_date, episode_id";
  const wn = "PARTITION BY period_id, child_id ORDER BY rn";
  const running = (col: string): string => `SUM(${col}) OVER (${wn} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  view(
    "ks_lac_chain",
    `SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, care_n, new_place, new_spell,
  ${running("new_place")} AS place_n, ${running("new_spell")} AS spell_n,
  CASE WHEN LEAD(care_n) OVER (${wn}) IS NULL OR LEAD(care_n) OVER (${wn}) <> care_n THEN 1 ELSE 0 END AS last_of_care
FROM (
  SELECT period_id, child_id, episode_id, rn, start_date, end_date, rec, rne, legal_status, placement_type, is_new, ${running("is_new")} AS care_n,
    CASE WHEN is_new = 1 OR rne IS NULL OR rne <> ${d.text(LEGAL_STATUS_CHANGE_ONLY)} THEN 1 ELSE 0 END AS new_place,
    CASE WHEN is_new = 1 OR rne IN (${list(d, CHANGE_OF_CARER)}) THEN 1 ELSE 0 END AS new_spell
  FROM (
    SELECT period_id, child_id, episode_id, start_date, end_date, rec, rne, legal_status, placement_type, ROW_NUMBER() OVER (${w}) AS rn,
      CASE WHEN ROW_NUMBER() OVER (${w}) = 1 OR rne_s = 1 OR LAG(x1) OVER (${w}) = 0 OR LAG(end_date) OVER (${w}) IS NULL OR LAG(end_date) OVER (${w}) <> start_date THEN 1 ELSE 0 END AS is_new
    FROM (
      SELECT p.period_id, l.child_id, l.episode_id, l.start_date, ${known("l.end_date")} AS end_date,
        CASE WHEN l.end_date <= p.horizon THEN l.reason_episode_ceased END AS rec,
        l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
        CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = ${d.text(EPISODE_ENDED_FOR_NEXT)} THEN 1 ELSE 0 END AS x1,
        CASE WHEN l.reason_for_new_episode = ${d.text(NEW_PERIOD_OF_CARE)} THEN 1 ELSE 0 END AS rne_s
      FROM ks_period AS p CROSS JOIN looked_after_episodes AS l
      WHERE l.start_date <= p.horizon AND (l.legal_status IS NULL OR l.legal_status NOT IN (${list(d, SHORT_BREAK_LEGAL_STATUSES)}))
    ) AS episodes_known
  ) AS flagged
) AS numbered`,
  );
  // Periods of care: start and legal status of the first episode, end and reason of the last.
  view(
    "ks_care_period",
    `SELECT s.period_id, s.child_id, s.care_n, s.start_date, s.legal_status, l.end_date, l.rec
FROM ks_lac_chain AS s
JOIN ks_lac_chain AS l ON l.period_id = s.period_id AND l.child_id = s.child_id AND l.care_n = s.care_n AND l.last_of_care = 1
WHERE s.is_new = 1`,
  );
  view(
    "ks_plan_known",
    `SELECT p.period_id, n.plan_n, n.child_id, n.plan_type, n.start_date, ${known("n.end_date")} AS end_date, n.bad, n.previous
FROM ks_period AS p CROSS JOIN ks_plan AS n WHERE n.start_date <= p.horizon
UNION ALL
SELECT period_id, care_n AS plan_n, child_id, ${d.text("lac")} AS plan_type, start_date, end_date, 0 AS bad, CAST(NULL AS ${d.type("integer")}) AS previous FROM ks_care_period`,
  );
  // Plans ending in the period, by how long they lasted: DfE's bands and the shares with the
  // same edges (more than 6 months; 1 year or more; 2 years or more).
  const m = (k: number): string => d.addMonths("n.start_date", k);
  view(
    "ks_plan_end",
    `SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN n.end_date <= ${m(3)} THEN ${d.text("3-months-or-less")} WHEN n.end_date <= ${m(6)} THEN ${d.text("3-to-6-months")} WHEN n.end_date < ${m(12)} THEN ${d.text("6-months-to-1-year")} WHEN n.end_date < ${m(24)} THEN ${d.text("1-to-2-years")} ELSE ${d.text("2-years-or-more")} END AS band,
  CASE WHEN n.end_date > ${m(6)} THEN 1 ELSE 0 END AS more_than_6_months,
  CASE WHEN n.end_date >= ${m(12)} THEN 1 ELSE 0 END AS one_year_or_more,
  CASE WHEN n.end_date >= ${m(24)} THEN 1 ELSE 0 END AS two_years_or_more
FROM ks_plan_known AS n JOIN ks_period AS p ON p.period_id = n.period_id
WHERE n.bad = 0 AND n.end_date >= p.period_start AND n.end_date <= p.period_end`,
  );
  // Plans starting in the period: after another plan of the type that ended within 12 (24)
  // months before, counted forward; after any earlier plan of the type (or, for CP plans, a
  // number of previous plans of 1 or more).
  const after = (alias: string, where: string): string =>
    `LEFT JOIN (SELECT DISTINCT i.period_id, i.child_id, i.plan_type, i.plan_n FROM ks_plan_known AS i JOIN ks_plan_known AS j ON j.period_id = i.period_id AND j.child_id = i.child_id AND j.plan_type = i.plan_type AND j.plan_n <> i.plan_n WHERE ${where}) AS ${alias} ON ${alias}.period_id = n.period_id AND ${alias}.child_id = n.child_id AND ${alias}.plan_type = n.plan_type AND ${alias}.plan_n = n.plan_n`;
  const ended = "j.end_date IS NOT NULL AND j.end_date <= i.start_date AND j.start_date <= i.start_date";
  view(
    "ks_plan_start",
    `SELECT n.period_id, n.child_id, n.plan_type,
  CASE WHEN r12.plan_n IS NULL THEN 0 ELSE 1 END AS within_12_months,
  CASE WHEN r24.plan_n IS NULL THEN 0 ELSE 1 END AS within_24_months,
  CASE WHEN pa.plan_n IS NOT NULL OR n.previous >= 1 THEN 1 ELSE 0 END AS previous_plan,
  CASE WHEN n.plan_type = ${d.text("cp")} AND n.start_date = MIN(n.start_date) OVER (PARTITION BY n.period_id, n.child_id, n.plan_type) THEN ${ageBand(d, "ch", "n.start_date")} END AS first_age_band
FROM ks_plan_known AS n
JOIN ks_period AS p ON p.period_id = n.period_id
LEFT JOIN children AS ch ON ch.child_id = n.child_id
${after("r12", `${ended} AND i.start_date <= ${d.addMonths("j.end_date", 12)}`)}
${after("r24", `${ended} AND i.start_date <= ${d.addMonths("j.end_date", 24)}`)}
${after("pa", "j.start_date < i.start_date")}
WHERE n.start_date >= p.period_start AND n.start_date <= p.period_end`,
  );
  // Open at the snapshot: in need (an episode not NFA), and each kind of plan (looked after: an
  // episode that is not a short break).
  const shortBreaks = list(d, SHORT_BREAK_LEGAL_STATUSES);
  const openAt = (start: string, end: string): string => `${start} <= p.snapshot AND (${end} IS NULL OR ${end} > p.snapshot)`;
  const plan = (kind: string, table: string): string =>
    `SELECT p.period_id, x.child_id, ${d.text(kind)} AS kind FROM ks_period AS p CROSS JOIN ${table} AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id WHERE ${openAt("x.start_date", "x.end_date")}`;
  view(
    "ks_open",
    `SELECT o.period_id, o.child_id, o.kind, ${ageBand(d, "ch", "p.snapshot")} AS age_band FROM (
` +
    [
      `SELECT e.period_id, e.child_id, ${d.text("in-need")} AS kind FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id WHERE e.nfa = 0 AND ${openAt("e.referral_date", "e.closure_date")}`,
      plan("cin", "cin_plans"),
      plan("cp", "cp_plans"),
      `SELECT p.period_id, x.child_id, ${d.text("early-help")} AS kind FROM ks_period AS p CROSS JOIN early_help_episodes AS x WHERE ${openAt("x.start_date", "x.end_date")}`,
      `SELECT p.period_id, x.child_id, ${d.text("lac")} AS kind FROM ks_period AS p CROSS JOIN looked_after_episodes AS x WHERE (x.legal_status IS NULL OR x.legal_status NOT IN (${shortBreaks})) AND ${openAt("x.start_date", "x.end_date")}`,
    ].join("\nUNION ALL\n") +
    `\n) AS o\nJOIN ks_period AS p ON p.period_id = o.period_id\nLEFT JOIN children AS ch ON ch.child_id = o.child_id`,
  );
  // Children in need at the snapshot with the primary need of the episode open then (not NFA)
  // with the latest referral; of two referred that day, the greater episode_id (kernel.ts,
  // needOf: the later in the record's order).
  view(
    "ks_snap_need",
    `SELECT period_id, child_id, need FROM (
  SELECT e.period_id, e.child_id, CASE WHEN e.primary_need IN (${list(d, PRIMARY_NEED_CODES)}) THEN e.primary_need ELSE ${d.text("not-recorded")} END AS need,
    ROW_NUMBER() OVER (PARTITION BY e.period_id, e.child_id ORDER BY e.referral_date DESC, e.episode_id DESC) AS k
  FROM ks_episode AS e JOIN ks_period AS p ON p.period_id = e.period_id
  WHERE e.nfa = 0 AND ${openAt("e.referral_date", "e.closure_date")}
) AS open_episodes WHERE k = 1`,
  );
  // The category of abuse (initial and latest) of a child's CP plan open at the snapshot that
  // started last, and of the first CP plan starting in the period (kernel.ts, plansOf: of two
  // that start on the same day, the later in the record's order at the snapshot, the earlier
  // starting: here in order of episode_id, then plan_id).
  const category = (col: string): string => `CASE WHEN x.${col} IN (${list(d, CP_CATEGORY_CODES)}) THEN x.${col} ELSE ${d.text("not-recorded")} END`;
  const cpPlan = (name: string, where: string, order: string): void => {
    view(
      name,
      `SELECT period_id, child_id, initial_category, latest_category FROM (
  SELECT p.period_id, x.child_id, ${category("initial_category")} AS initial_category, ${category("latest_category")} AS latest_category,
    ROW_NUMBER() OVER (PARTITION BY p.period_id, x.child_id ORDER BY ${order}) AS k
  FROM ks_period AS p CROSS JOIN cp_plans AS x JOIN episodes AS e ON e.child_id = x.child_id AND e.episode_id = x.episode_id
  WHERE ${where}
) AS plans WHERE k = 1`,
    );
  };
  cpPlan("ks_cp_snap", openAt("x.start_date", "x.end_date"), "x.start_date DESC, x.episode_id DESC, x.plan_id DESC");
  cpPlan("ks_cp_first", "x.start_date >= p.period_start AND x.start_date <= p.period_end", "x.start_date, x.episode_id, x.plan_id");
  // Care proceedings known at the horizon (any date on or before it, or none dated): issued in
  // the period (days from the start of pre-proceedings), concluded in it (days from the issue).
  view(
    "ks_proceedings",
    `SELECT p.period_id, x.child_id, x.pre_proceedings_start, x.issue_date, x.final_order_date, p.period_start, p.period_end, p.horizon
FROM ks_period AS p CROSS JOIN care_proceedings AS x
WHERE x.pre_proceedings_start <= p.horizon OR x.pre_proceedings_end <= p.horizon OR x.issue_date <= p.horizon OR x.final_order_date <= p.horizon
  OR (x.pre_proceedings_start IS NULL AND x.pre_proceedings_end IS NULL AND x.issue_date IS NULL AND x.final_order_date IS NULL)`,
  );
  view(
    "ks_issued",
    `SELECT period_id, child_id,
  CASE WHEN pre_proceedings_start <= horizon THEN ${nonNegative(d.daysBetween("pre_proceedings_start", "issue_date"))} END AS days
FROM ks_proceedings WHERE issue_date >= period_start AND issue_date <= period_end`,
  );
  view(
    "ks_concluded",
    `SELECT period_id, child_id,
  CASE WHEN issue_date <= horizon THEN ${nonNegative(d.daysBetween("issue_date", "final_order_date"))} END AS days
FROM ks_proceedings WHERE final_order_date >= period_start AND final_order_date <= period_end`,
  );
  lookedAfterViews(d, view);
  outcomeViews(d, view);
  return out;
}

/** The group (its key) of an SSDA903 code in DfE's groups; `not-a-code` for a value in none, or none recorded. */
function groupCase(d: Dialect, column: string, groups: readonly CodeGroup[]): string {
  return `CASE ${groups.map((g) => `WHEN ${column} IN (${list(d, g.codes)}) THEN ${d.text(g.key)}`).join(" ")} ELSE ${d.text(NOT_A_CODE)} END`;
}

/**
 * The group of values that are not a code of the list (kinsafe shows it only when it holds any).
 *
 * @internal
 */
export const NOT_A_CODE = "not-a-code";

/**
 * The looked-after measures' relations (kernel.ts: lacMeasuresOf, reviewsOf, adoptionsOf, a2Of,
 * cpReviewsOf; plans starting are ks_plan_start's): one table per thing counted, a row per child
 * (or review, adoption) and period.
 */
function lookedAfterViews(d: Dialect, view: (name: string, select: string) => void): void {
  const inPeriod = (col: string): string => `${col} >= p.period_start AND ${col} <= p.period_end`;
  // Placements: each from its first episode to the next placement's start in the same period of
  // care, or the period's end.
  view(
    "ks_lac_place",
    `SELECT x.period_id, x.child_id, x.start_date, CASE WHEN x.next_new = 0 THEN x.next_start ELSE c.end_date END AS end_date
FROM (
  SELECT period_id, child_id, care_n, start_date, LEAD(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_start, LEAD(is_new) OVER (PARTITION BY period_id, child_id ORDER BY rn) AS next_new
  FROM ks_lac_chain WHERE new_place = 1
) AS x
JOIN ks_care_period AS c ON c.period_id = x.period_id AND c.child_id = x.child_id AND c.care_n = x.care_n`,
  );
  // Carers' spells: each from the episode that starts it, with the spell before it in the same
  // period of care (none when the spell starts the period).
  view(
    "ks_lac_spell",
    `SELECT period_id, child_id, spell_n, start_date AS spell_start,
  CASE WHEN is_new = 1 THEN NULL ELSE LAG(start_date) OVER (PARTITION BY period_id, child_id ORDER BY rn) END AS prev_spell_start
FROM ks_lac_chain WHERE new_spell = 1`,
  );
  // Children looked after at the snapshot: the latest episode open then (start <= snapshot <
  // end), its placement's group; 3 placements or more open on a day of the period; UASC; in
  // long-term stability's denominator (looked after since 30 months before the snapshot, under
  // 16 then: a date of birth is needed) and numerator (the carer's spell, or for a child placed
  // for adoption the spell before the adoptive one, from 24 months before the snapshot).
  const adoption = PLACE_GROUPS[PLACE_ADOPTION]?.key ?? "";
  const longDen = `c.start_date <= ${d.addMonths("p.snapshot", -LONG_TERM_CARE_MONTHS)} AND ch.dob IS NOT NULL AND p.snapshot < ${d.addMonths("ch.dob", UNDER_16_MONTHS)}`;
  view(
    "ks_lac_snap",
    `SELECT a.period_id, a.child_id, a.place_group, c.start_date AS care_start,
  CASE WHEN COALESCE(pl.n, 0) >= ${String(PLACEMENTS_UNSTABLE)} THEN 1 ELSE 0 END AS unstable,
  CASE WHEN ${d.isTrue("ch.uasc")} THEN 1 ELSE 0 END AS uasc,
  CASE WHEN ${longDen} THEN 1 ELSE 0 END AS long_den,
  CASE WHEN ${longDen} AND CASE WHEN a.place_group = ${d.text(adoption)} AND s.prev_spell_start IS NOT NULL THEN s.prev_spell_start ELSE s.spell_start END <= ${d.addMonths("p.snapshot", -SAME_CARER_MONTHS)} THEN 1 ELSE 0 END AS long_num
FROM (
  SELECT x.period_id, x.child_id, x.care_n, x.spell_n, ${groupCase(d, "x.placement_type", PLACE_GROUPS)} AS place_group, ROW_NUMBER() OVER (PARTITION BY x.period_id, x.child_id ORDER BY x.rn DESC) AS k
  FROM ks_lac_chain AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.snapshot AND (x.end_date IS NULL OR x.end_date > p.snapshot)
) AS a
JOIN ks_period AS p ON p.period_id = a.period_id
JOIN ks_care_period AS c ON c.period_id = a.period_id AND c.child_id = a.child_id AND c.care_n = a.care_n
JOIN ks_lac_spell AS s ON s.period_id = a.period_id AND s.child_id = a.child_id AND s.spell_n = a.spell_n
LEFT JOIN children AS ch ON ch.child_id = a.child_id
LEFT JOIN (
  SELECT x.period_id, x.child_id, COUNT(*) AS n FROM ks_lac_place AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.period_end AND (x.end_date IS NULL OR x.end_date > p.period_start)
  GROUP BY x.period_id, x.child_id
) AS pl ON pl.period_id = a.period_id AND pl.child_id = a.child_id
WHERE a.k = 1`,
  );
  // Periods of care starting in the period: the child's first (with its legal status group) and
  // the others (group NULL).
  view(
    "ks_lac_start",
    `SELECT a.period_id, a.child_id, CASE WHEN a.k = 1 THEN a.ls_group END AS ls_group, CASE WHEN ${d.isTrue("ch.uasc")} THEN 1 ELSE 0 END AS uasc,
  CASE WHEN a.k = 1 THEN ${ageBand(d, "ch", "a.start_date")} END AS age_band
FROM (
  SELECT c.period_id, c.child_id, c.start_date, ${groupCase(d, "c.legal_status", LS_GROUPS)} AS ls_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.care_n) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE ${inPeriod("c.start_date")}
) AS a
LEFT JOIN children AS ch ON ch.child_id = a.child_id`,
  );
  // Children ceasing: the last period of care ending in the period (its last episode's reason not
  // X1), by the group of that reason.
  view(
    "ks_lac_cease",
    `SELECT period_id, child_id, rec_group FROM (
  SELECT c.period_id, c.child_id, ${groupCase(d, "c.rec", REC_GROUPS)} AS rec_group, ROW_NUMBER() OVER (PARTITION BY c.period_id, c.child_id ORDER BY c.end_date DESC, c.care_n DESC) AS k
  FROM ks_care_period AS c JOIN ks_period AS p ON p.period_id = c.period_id
  WHERE ${inPeriod("c.end_date")} AND (c.rec IS NULL OR c.rec <> ${d.text(EPISODE_ENDED_FOR_NEXT)})
) AS a WHERE k = 1`,
  );
  // Children looked after at any time in the period (an episode with start <= end of the period
  // and end >= its start), with their missing and away incidents starting in it.
  view(
    "ks_lac_during",
    `SELECT a.period_id, a.child_id, COALESCE(m.missing_n, 0) AS missing_n, COALESCE(m.away_n, 0) AS away_n
FROM (
  SELECT DISTINCT x.period_id, x.child_id FROM ks_lac_chain AS x JOIN ks_period AS p ON p.period_id = x.period_id
  WHERE x.start_date <= p.period_end AND (x.end_date IS NULL OR x.end_date >= p.period_start)
) AS a
LEFT JOIN (
  SELECT p.period_id, i.child_id,
    SUM(CASE WHEN i.missing_type = ${d.text(MISSING_TYPES.missing)} THEN 1 ELSE 0 END) AS missing_n,
    SUM(CASE WHEN i.missing_type = ${d.text(MISSING_TYPES.away)} THEN 1 ELSE 0 END) AS away_n
  FROM ks_period AS p JOIN missing_incidents AS i ON ${inPeriod("i.start_date")}
  GROUP BY p.period_id, i.child_id
) AS m ON m.period_id = a.period_id AND m.child_id = a.child_id`,
  );
  // Looked-after reviews held in the period (each row; rows are numbered to tell one from
  // another), in the latest period of care holding it (start <= review <= end): with no earlier
  // review from that period's start, tested when the working days can be counted, on time within
  // 20; with one, within 3 months of it; with more, within 6 months of the latest.
  view("ks_review", `SELECT ROW_NUMBER() OVER (ORDER BY child_id, ${d.quote("date")}, review_id) AS review_n, child_id, ${d.quote("date")} AS review_date FROM looked_after_reviews WHERE ${d.quote("date")} IS NOT NULL`);
  view(
    "ks_lac_review",
    `SELECT b.period_id, b.child_id, b.care_n,
  CASE WHEN b.care_n IS NULL THEN 0 WHEN b.before_n > 0 THEN 1 WHEN dr.day IS NULL OR ds.day IS NULL THEN 0 ELSE 1 END AS tested,
  CASE WHEN b.care_n IS NULL THEN 0
    WHEN b.before_n = 0 THEN CASE WHEN ${wd("ds", "dr")} <= ${String(FIRST_REVIEW_WORKING_DAYS)} THEN 1 ELSE 0 END
    WHEN b.before_n = 1 THEN CASE WHEN b.review_date <= ${d.addMonths("b.prev_date", SECOND_REVIEW_MONTHS)} THEN 1 ELSE 0 END
    ELSE CASE WHEN b.review_date <= ${d.addMonths("b.prev_date", LATER_REVIEW_MONTHS)} THEN 1 ELSE 0 END END AS on_time
FROM (
  SELECT h.period_id, h.child_id, h.review_n, h.review_date, h.care_n, c.start_date AS care_start, COUNT(x.review_n) AS before_n, MAX(x.review_date) AS prev_date
  FROM (
    SELECT p.period_id, v.child_id, v.review_n, v.review_date, MAX(c.care_n) AS care_n
    FROM ks_period AS p JOIN ks_review AS v ON ${inPeriod("v.review_date")}
    LEFT JOIN ks_care_period AS c ON c.period_id = p.period_id AND c.child_id = v.child_id AND c.start_date <= v.review_date AND (c.end_date IS NULL OR v.review_date <= c.end_date)
    GROUP BY p.period_id, v.child_id, v.review_n, v.review_date
  ) AS h
  LEFT JOIN ks_care_period AS c ON c.period_id = h.period_id AND c.child_id = h.child_id AND c.care_n = h.care_n
  LEFT JOIN ks_review AS x ON x.child_id = h.child_id AND x.review_date >= c.start_date AND x.review_date < h.review_date
  GROUP BY h.period_id, h.child_id, h.review_n, h.review_date, h.care_n, c.start_date
) AS b
LEFT JOIN ks_day AS ds ON ds.day = b.care_start
LEFT JOIN ks_day AS dr ON dr.day = b.review_date`,
  );
  // Adoptions (kernel.ts, adoptionsOf and a2Of): every looked-after episode known at the horizon,
  // short breaks included, in order of start (`arn`), with the first episode of the chain that
  // ends X1 into it (`first_rn`: after the latest earlier episode that did not end X1 by the
  // horizon).
  view(
    "ks_lac_all",
    `SELECT period_id, child_id, arn, start_date, end_date, rec, rne, legal_status, placement_type,
  COALESCE(MAX(CASE WHEN brk = 1 THEN arn END) OVER (PARTITION BY period_id, child_id ORDER BY arn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, 1) AS first_rn
FROM (
  SELECT p.period_id, l.child_id, ROW_NUMBER() OVER (PARTITION BY p.period_id, l.child_id ORDER BY l.start_date, l.episode_id) AS arn,
    l.start_date, l.end_date, l.reason_episode_ceased AS rec, l.reason_for_new_episode AS rne, l.legal_status, l.placement_type,
    CASE WHEN l.end_date <= p.horizon AND l.reason_episode_ceased = ${d.text(EPISODE_ENDED_FOR_NEXT)} THEN 0 ELSE 1 END AS brk
  FROM ks_period AS p CROSS JOIN looked_after_episodes AS l WHERE l.start_date <= p.horizon
) AS e`,
  );
  // An adoption: an episode ending E11 or E12 in the period, with the first adoptive placement
  // (A3-A6) and the first placement or freeing order (E1, D1) of its chain, and the collection
  // year it ended in (the year of the day 9 months later).
  view(
    "ks_adoption_base",
    `SELECT j.period_id, j.child_id, j.arn, j.first_rn, ${d.year(d.addMonths("j.end_date", 9))} AS ad1_year,
  MIN(CASE WHEN m.placement_type IN (${list(d, ADOPTIVE_PLACEMENTS)}) THEN m.arn END) AS placed_rn,
  MIN(CASE WHEN m.legal_status IN (${list(d, AUTHORITY_TO_PLACE)}) THEN m.arn END) AS authority_rn
FROM ks_lac_all AS j
JOIN ks_period AS p ON p.period_id = j.period_id
JOIN ks_lac_all AS m ON m.period_id = j.period_id AND m.child_id = j.child_id AND m.arn >= j.first_rn AND m.arn <= j.arn
WHERE j.rec IN (${list(d, ADOPTED)}) AND ${inPeriod("j.end_date")}
GROUP BY j.period_id, j.child_id, j.arn, j.first_rn, ${d.year(d.addMonths("j.end_date", 9))}`,
  );
  // AD1 rows known at the horizon (their year's 31 March on or before it, or no year), the match
  // date when on or before it; the first row of a year in order of adoption_id; how many rows
  // are known.
  view(
    "ks_ad1",
    `SELECT p.period_id, a.child_id, a.${d.quote("year")} AS ad1_year, CASE WHEN a.match_date <= p.horizon THEN a.match_date END AS match_date,
  ROW_NUMBER() OVER (PARTITION BY p.period_id, a.child_id, a.${d.quote("year")} ORDER BY a.adoption_id, a.match_date) AS k,
  COUNT(*) OVER (PARTITION BY p.period_id, a.child_id) AS known_n
FROM ks_period AS p JOIN adoptions AS a ON a.${d.quote("year")} IS NULL OR a.${d.quote("year")} <= p.ad1_known_year`,
  );
  // A1: days from the chain's first episode to the adoptive placement; A10: for a placement with
  // the foster carers (A3, A5), to the start of the episodes before it with the same carers
  // (reasons L, T, U); A2: days from the court authority to the AD1 match date of the
  // adoption's year (the child's only AD1 row when none is of that year and it has no year), 0
  // when the match came first.
  view(
    "ks_adoption",
    `SELECT b.period_id, b.child_id,
  CASE WHEN b.placed_rn IS NULL THEN 1 ELSE 0 END AS no_placement,
  CASE WHEN pl.placement_type IN (${list(d, FOSTER_CARER_ADOPTIONS)}) THEN 1 ELSE 0 END AS by_foster_carers,
  ${d.daysBetween("f.start_date", "pl.start_date")} AS a1_days,
  ${d.daysBetween("f.start_date", `CASE WHEN pl.placement_type IN (${list(d, FOSTER_CARER_ADOPTIONS)}) THEN wc.start_date ELSE pl.start_date END`)} AS a10_days,
  CASE WHEN au.start_date IS NULL OR mt.match_date IS NULL THEN NULL WHEN mt.match_date < au.start_date THEN 0 ELSE ${d.daysBetween("au.start_date", "mt.match_date")} END AS a2_days
FROM ks_adoption_base AS b
JOIN ks_lac_all AS f ON f.period_id = b.period_id AND f.child_id = b.child_id AND f.arn = b.first_rn
LEFT JOIN ks_lac_all AS pl ON pl.period_id = b.period_id AND pl.child_id = b.child_id AND pl.arn = b.placed_rn
LEFT JOIN ks_lac_all AS au ON au.period_id = b.period_id AND au.child_id = b.child_id AND au.arn = b.authority_rn
LEFT JOIN (
  SELECT b2.period_id, b2.child_id, b2.arn, MAX(m.arn) AS with_rn FROM ks_adoption_base AS b2
  JOIN ks_lac_all AS m ON m.period_id = b2.period_id AND m.child_id = b2.child_id AND m.arn >= b2.first_rn AND m.arn <= b2.placed_rn
  WHERE m.arn = b2.first_rn OR m.rne IS NULL OR m.rne NOT IN (${list(d, SAME_CARER)})
  GROUP BY b2.period_id, b2.child_id, b2.arn
) AS w ON w.period_id = b.period_id AND w.child_id = b.child_id AND w.arn = b.arn
LEFT JOIN ks_lac_all AS wc ON wc.period_id = b.period_id AND wc.child_id = b.child_id AND wc.arn = w.with_rn
LEFT JOIN (
  SELECT b3.period_id, b3.child_id, b3.arn, CASE WHEN y.child_id IS NOT NULL THEN y.match_date WHEN u.known_n = 1 THEN u.match_date END AS match_date
  FROM ks_adoption_base AS b3
  LEFT JOIN ks_ad1 AS y ON y.period_id = b3.period_id AND y.child_id = b3.child_id AND y.ad1_year = b3.ad1_year AND y.k = 1
  LEFT JOIN ks_ad1 AS u ON u.period_id = b3.period_id AND u.child_id = b3.child_id AND u.ad1_year IS NULL AND u.k = 1
) AS mt ON mt.period_id = b.period_id AND mt.child_id = b.child_id AND mt.arn = b.arn`,
  );
  // Child protection plans (a row each, numbered) and their review dates (the list's items
  // shaped YYYY-MM-DD); of children on a plan
  // at the snapshot that started 3 months or more before it, whether every such plan's reviews
  // (after its start, up to the snapshot, in date order) were each within 3 months of the start
  // (the first) or 6 months of the one before, and the next is not overdue at the snapshot.
  view("ks_cp_plan", `SELECT ROW_NUMBER() OVER (ORDER BY child_id, episode_id, plan_id, start_date, end_date, review_dates) AS cp_n, child_id, start_date, end_date, review_dates FROM cp_plans`);
  view("ks_cp_review_date", `SELECT cp_n, CAST(item AS DATE) AS review_date FROM (${d.splitList("ks_cp_plan", ["cp_n", "review_dates"], "review_dates")}) AS r WHERE item LIKE ${d.text("____-__-__")}`);
  view(
    "ks_cp_review",
    `SELECT period_id, child_id, MIN(plan_ok) AS on_time FROM (
  SELECT q.period_id, q.child_id, q.cp_n,
    CASE WHEN MAX(r.late) = 1 THEN 0
      WHEN q.snapshot > CASE WHEN MAX(r.review_date) IS NULL THEN ${d.addMonths("q.start_date", CP_FIRST_REVIEW_MONTHS)} ELSE ${d.addMonths("MAX(r.review_date)", CP_LATER_REVIEW_MONTHS)} END THEN 0
      ELSE 1 END AS plan_ok
  FROM (
    SELECT p.period_id, p.snapshot, x.cp_n, x.child_id, x.start_date FROM ks_period AS p
    JOIN ks_cp_plan AS x ON x.start_date <= ${d.addMonths("p.snapshot", -CP_FIRST_REVIEW_MONTHS)} AND (x.end_date IS NULL OR x.end_date > p.snapshot)
  ) AS q
  LEFT JOIN (
    SELECT period_id, cp_n, review_date,
      CASE WHEN prev IS NULL THEN CASE WHEN review_date > ${d.addMonths("start_date", CP_FIRST_REVIEW_MONTHS)} THEN 1 ELSE 0 END
        WHEN review_date > ${d.addMonths("prev", CP_LATER_REVIEW_MONTHS)} THEN 1 ELSE 0 END AS late
    FROM (
      SELECT period_id, cp_n, start_date, review_date, LAG(review_date) OVER (PARTITION BY period_id, cp_n ORDER BY review_date) AS prev FROM (
        SELECT DISTINCT p.period_id, x.cp_n, x.start_date, r.review_date FROM ks_period AS p
        JOIN ks_cp_plan AS x ON x.start_date <= ${d.addMonths("p.snapshot", -CP_FIRST_REVIEW_MONTHS)} AND (x.end_date IS NULL OR x.end_date > p.snapshot)
        JOIN ks_cp_review_date AS r ON r.cp_n = x.cp_n AND r.review_date > x.start_date AND r.review_date <= p.snapshot
      ) AS held
    ) AS ordered
  ) AS r ON r.period_id = q.period_id AND r.cp_n = q.cp_n
  GROUP BY q.period_id, q.child_id, q.cp_n, q.snapshot, q.start_date
) AS plans GROUP BY period_id, child_id`,
  );
}

/**
 * What a figure needs: kinds of fact, and the months of history it looks back over before the
 * period's start, the same in every period or one number per period (in order).
 *
 * @internal
 */
export interface FigureNeed {
  readonly id: string;
  readonly facts: readonly string[];
  readonly historyMonths: number | readonly number[];
}

/**
 * The statements giving each figure its availability as kinsafe gives it (docs/metrics.md,
 * "Availability"), from the tables' `coverage` (`coverage.csv`) and what each figure needs (the
 * catalogue's `needs`): `ks_figure_need` (metric_id, fact, history_months); `ks_fact_gap`, the
 * kinds of fact a period lacks (one that cannot be used, none held, or a day from `cover_from` to
 * `horizon` that no span covers); `ks_history_gap`, the last day before a period's start that no
 * span covers; `ks_figure_gap` and `ks_figure_short`, the figures unavailable, and those with
 * less history than they look back over.
 *
 * @internal
 */
export function availabilityTables(d: Dialect, needs: readonly FigureNeed[]): string[] {
  const start = d.quote("start");
  const end = d.quote("end");
  // a need of every period has period_id 0; one that differs by period, a row per period
  const rows = needs.flatMap((n) =>
    n.facts.flatMap((f) =>
      (typeof n.historyMonths === "number" ? [[0, n.historyMonths] as const] : n.historyMonths.map((m, i) => [i + 1, m] as const)).map(
        ([period, m]) => `SELECT ${d.text(n.id)} AS metric_id, ${d.text(f)} AS fact, ${String(m)} AS history_months, ${String(period)} AS period_id`,
      ),
    ),
  );
  const months = [...new Set(needs.flatMap((n) => (typeof n.historyMonths === "number" ? [n.historyMonths] : n.historyMonths)).filter((m) => m > 0))];
  return [
    ...d.tableAs("ks_figure_need", rows.length === 0 ? `SELECT ${d.text("")} AS metric_id, ${d.text("")} AS fact, 0 AS history_months, 0 AS period_id WHERE 1 = 0` : rows.join("\nUNION ALL\n")),
    ...d.tableAs(
      "ks_fact_gap",
      `SELECT p.period_id, nf.fact FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need) AS nf
LEFT JOIN (SELECT DISTINCT fact FROM coverage WHERE (${start} IS NULL OR ${end} IS NULL) AND unusable IS NOT NULL) AS u ON u.fact = nf.fact
LEFT JOIN (
  SELECT p2.period_id, c.fact, COUNT(DISTINCT dd.day) AS days FROM ks_period AS p2
  JOIN ks_day AS dd ON dd.day >= p2.cover_from AND dd.day <= p2.horizon
  JOIN coverage AS c ON c.${start} <= dd.day AND dd.day <= c.${end}
  GROUP BY p2.period_id, c.fact
) AS cv ON cv.period_id = p.period_id AND cv.fact = nf.fact
WHERE u.fact IS NOT NULL OR COALESCE(cv.days, 0) < ${d.daysBetween("p.cover_from", "p.horizon")} + 1`,
    ),
    ...d.tableAs(
      "ks_history_gap",
      `SELECT p.period_id, nf.fact, MAX(dd.day) AS last_gap FROM ks_period AS p
CROSS JOIN (SELECT DISTINCT fact FROM ks_figure_need WHERE history_months > 0) AS nf
JOIN ks_day AS dd ON dd.day < p.period_start
LEFT JOIN coverage AS c ON c.fact = nf.fact AND c.${start} <= dd.day AND dd.day <= c.${end}
WHERE c.fact IS NULL
GROUP BY p.period_id, nf.fact`,
    ),
    ...d.tableAs("ks_figure_gap", "SELECT DISTINCT g.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_fact_gap AS g ON g.fact = n.fact AND (n.period_id = 0 OR n.period_id = g.period_id)"),
    ...d.tableAs(
      "ks_figure_short",
      months.length === 0
        ? `SELECT 0 AS period_id, ${d.text("")} AS metric_id WHERE 1 = 0`
        : months
            .map(
              (m) =>
                `SELECT DISTINCT h.period_id, n.metric_id FROM ks_figure_need AS n JOIN ks_history_gap AS h ON h.fact = n.fact AND (n.period_id = 0 OR n.period_id = h.period_id) JOIN ks_period AS p ON p.period_id = h.period_id WHERE n.history_months = ${String(m)} AND h.last_gap >= ${d.addMonths("p.period_start", -m)}`,
            )
            .join("\nUNION ALL\n"),
    ),
  ];
}

/**
 * The SSDA903 outcomes' relations (kernel.ts: healthOf, careLeaversOf): `ks_health`, a row per
 * child of lac.health's population and period, and `ks_leaver`, a row per care leaver counted.
 */
function outcomeViews(d: Dialect, view: (name: string, select: string) => void): void {
  const year = d.quote("year");
  // The OC2 (OC3) row a child's measures read (kernel.ts, outcomeRowOf): of the rows known at the
  // horizon (a row of a year is known from its 31 March on; one with no year always), the first
  // of the collection year `target`, in order of its id; else the child's only known row when it
  // has no year.
  const rowOf = (table: string, id: string, columns: readonly string[], target: string): string =>
    `SELECT period_id, child_id, ${columns.join(", ")} FROM (
  SELECT p.period_id, p.${target} AS target, o.child_id, o.${year} AS row_year, ${columns.map((c) => `o.${c}`).join(", ")},
    ROW_NUMBER() OVER (PARTITION BY p.period_id, o.child_id, o.${year} ORDER BY o.${id}) AS k,
    COUNT(*) OVER (PARTITION BY p.period_id, o.child_id) AS known_n
  FROM ks_period AS p JOIN ${table} AS o ON o.${year} IS NULL OR o.${year} <= p.ad1_known_year
) AS r WHERE (row_year = target AND k = 1) OR (row_year IS NULL AND known_n = 1)`;
  const flags = ["health_assessment", "immunisations", "teeth_check", "health_check", "convicted", "substance_misuse", "intervention_received", "intervention_offered"] as const;
  view("ks_oc2", rowOf("looked_after_outcomes", "looked_after_outcome_id", [...flags, "sdq_score"], "health_year"));
  // Whole years at the snapshot: at least `n` (a date of birth is needed).
  const atLeast = (n: number): string => `${d.addMonths("ch.dob", 12 * n)} <= p.snapshot`;
  const under = (n: number): string => `p.snapshot < ${d.addMonths("ch.dob", 12 * n)}`;
  const sdqAge = `${atLeast(SDQ_AGES[0])} AND ${under(SDQ_AGES[1] + 1)}`;
  // A flag given for the row's child when `group` holds: 1 yes, 0 no, NULL not given or not of the group.
  const flag = (col: string, group?: string): string =>
    `CASE WHEN o.child_id IS NOT NULL${group === undefined ? "" : ` AND ${group}`} THEN CASE WHEN o.${col} IS NULL THEN NULL WHEN ${d.isTrue(`o.${col}`)} THEN 1 ELSE 0 END END AS f_${col}`;
  // lac.health's population: looked after at the snapshot in a period of care that started on
  // or before the day after the snapshot less 12 months, with no short break (V3, V4) known at
  // the horizon that started on or before the snapshot and ended after that day less one (or is
  // open); the flags of the row of the snapshot's collection year, each of its group (under 5:
  // development checks; 10 or over: convictions; with a substance misuse problem: the
  // interventions); the SDQ score of children aged 5 to 16.
  const yearBefore = d.addMonths("p.snapshot", -HEALTH_CARE_MONTHS);
  view(
    "ks_health",
    `SELECT s.period_id, s.child_id, CASE WHEN o.child_id IS NULL THEN 0 ELSE 1 END AS has_row,
  ${flag("health_assessment")},
  ${flag("immunisations")},
  ${flag("teeth_check")},
  ${flag("health_check", `ch.dob <= p.snapshot AND ${under(DEVELOPMENT_CHECK_UNDER)}`)},
  ${flag("convicted", atLeast(CONVICTION_FROM))},
  ${flag("substance_misuse")},
  ${flag("intervention_received", d.isTrue("o.substance_misuse"))},
  ${flag("intervention_offered", d.isTrue("o.substance_misuse"))},
  CASE WHEN o.child_id IS NOT NULL AND ${sdqAge} THEN 1 ELSE 0 END AS sdq_eligible,
  CASE WHEN o.child_id IS NOT NULL AND ${sdqAge} AND o.sdq_score >= 0 THEN o.sdq_score END AS sdq
FROM ks_lac_snap AS s
JOIN ks_period AS p ON p.period_id = s.period_id
LEFT JOIN children AS ch ON ch.child_id = s.child_id
LEFT JOIN ks_oc2 AS o ON o.period_id = s.period_id AND o.child_id = s.child_id
LEFT JOIN (
  SELECT DISTINCT p.period_id, b.child_id FROM ks_period AS p
  JOIN looked_after_episodes AS b ON b.legal_status IN (${list(d, SHORT_BREAK_LEGAL_STATUSES)}) AND b.start_date <= p.snapshot AND (b.end_date IS NULL OR b.end_date > ${yearBefore})
) AS sb ON sb.period_id = s.period_id AND sb.child_id = s.child_id
WHERE ${d.daysBetween(yearBefore, "s.care_start")} <= 1 AND sb.child_id IS NULL`,
  );
  view("ks_oc3", rowOf("care_leaver_outcomes", "care_leaver_outcome_id", ["in_touch", "activity", "accommodation"], "leaver_year"));
  // The care leavers: the OC3 row of the end's collection year of a young person aged 17 to 21
  // on its 31 March (a date of birth is needed), not died or returned home (IN_TOUCH DIED,
  // RHOM); their age group, contact, the suitability and type of their accommodation (the ACCOM
  // code's letter, then 1 suitable or 2 unsuitable; any other value is no information for both)
  // and their activity.
  const [from, middle, to] = CARE_LEAVER_AGES;
  const yearsOn = (n: number): string => d.addMonths("ch.dob", 12 * n);
  const suitable = (digit: string): string => list(d, LEAVER_ACCOMMODATION.map(([, letter]) => `${letter}${digit}`));
  view(
    "ks_leaver",
    `SELECT o.period_id, o.child_id,
  CASE WHEN p.leaver_day < ${yearsOn(middle + 1)} THEN ${d.text(`${String(from)}-${String(middle)}`)} ELSE ${d.text(`${String(middle + 1)}-${String(to)}`)} END AS age_group,
  CASE ${LEAVER_CONTACT.map(([key, code]) => `WHEN o.in_touch = ${d.text(code)} THEN ${d.text(key)}`).join(" ")} ELSE ${d.text(LEAVER_CONTACT_NONE)} END AS contact,
  CASE WHEN o.accommodation IN (${suitable("1")}) THEN ${d.text("suitable")} WHEN o.accommodation IN (${suitable("2")}) THEN ${d.text("unsuitable")} ELSE ${d.text(LEAVER_NO_INFORMATION)} END AS suitability,
  CASE ${LEAVER_ACCOMMODATION.map(([key, letter]) => `WHEN o.accommodation IN (${list(d, [`${letter}1`, `${letter}2`])}) THEN ${d.text(key)}`).join(" ")} ELSE ${d.text(LEAVER_NO_INFORMATION)} END AS accommodation_type,
  CASE ${LEAVER_ACTIVITY.map(([key, codes]) => `WHEN o.activity IN (${list(d, codes)}) THEN ${d.text(key)}`).join(" ")} ELSE ${d.text(LEAVER_ACTIVITY_NONE)} END AS activity
FROM ks_oc3 AS o
JOIN ks_period AS p ON p.period_id = o.period_id
JOIN children AS ch ON ch.child_id = o.child_id
WHERE ch.dob IS NOT NULL AND ${yearsOn(from)} <= p.leaver_day AND p.leaver_day < ${yearsOn(to + 1)}
  AND (o.in_touch IS NULL OR o.in_touch NOT IN (${list(d, LEAVER_LEFT_OUT)}))`,
  );
}
