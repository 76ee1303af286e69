import * as z from "zod";
import { fromDayNumber, IsoDateSchema, KinsafeError, MAX_LIST_LENGTH, parseWith, toDayNumber, weekdayOfDayNumber, type IsoDate } from "../core";
import { ENGLAND_AND_WALES_ANNOUNCED_THROUGH, ENGLAND_AND_WALES_FIRST_YEAR, ENGLAND_AND_WALES_LAST_YEAR, holidaysOf } from "./englandAndWalesBankHolidays";
import { ClosedDaySchema, WorkingDayCalendarSpecSchema, type ClosedDay, type WorkingDayCalendar, type WorkingDayCalendarSpec } from "./WorkingDayCalendar";

/** First and last days of the built-in England and Wales bank holidays. */
const BUILT_IN_FIRST = `${String(ENGLAND_AND_WALES_FIRST_YEAR)}-01-01` as IsoDate;
const BUILT_IN_LAST = `${String(ENGLAND_AND_WALES_LAST_YEAR)}-12-31` as IsoDate;
/** The first day of the first year whose built-in bank holidays are computed, not announced. */
const BUILT_IN_COMPUTED_FROM = `${String(ENGLAND_AND_WALES_ANNOUNCED_THROUGH + 1)}-01-01` as IsoDate;

/**
 * Options of {@link createWorkingDayCalendar}.
 *
 * @category Calendar
 */
export interface WorkingDayCalendarOptions {
  /** First day covered. Default `1970-01-01`. */
  readonly from?: IsoDate;
  /** Last day covered. Default `2099-12-31`. */
  readonly to?: IsoDate;
  /**
   * The bank holidays to use instead of the built-in England and Wales set (e.g. Scotland's or
   * Northern Ireland's). When given, the range may extend beyond 1970–2099.
   */
  readonly holidays?: readonly ClosedDay[];
  /**
   * The first day whose closed days are computed from rules rather than announced (see
   * {@link isComputed}). Default: with the built-in holidays, 1 January of the year after
   * {@link ENGLAND_AND_WALES_ANNOUNCED_THROUGH}; with your own `holidays`, none.
   */
  readonly computedFrom?: IsoDate;
  /** Further closed days on top of the holidays (local closure days, an extra proclaimed bank holiday). */
  readonly extraClosedDays?: readonly ClosedDay[];
  /** Days that are working days even though the holiday set lists them. */
  readonly openDays?: readonly IsoDate[];
  /** Weekend days as `Date.getDay` numbers. Default `[0, 6]` (Sunday and Saturday). */
  readonly weekendDays?: readonly number[];
}

/** The options, checked before use so that a bad one is reported with its path. */
const OptionsSchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  holidays: z.array(ClosedDaySchema).max(MAX_LIST_LENGTH).optional(),
  computedFrom: IsoDateSchema.optional(),
  extraClosedDays: z.array(ClosedDaySchema).max(MAX_LIST_LENGTH).optional(),
  openDays: z.array(IsoDateSchema).max(MAX_LIST_LENGTH).optional(),
  weekendDays: WorkingDayCalendarSpecSchema.shape.weekendDays.optional(),
});

/**
 * Builds a working-day calendar: by default England and Wales, 1970 to 2099, weekends and bank
 * holidays closed. Statutory timescales in working days (a referral decision in 1 working day,
 * an assessment in 45, an initial child protection conference in 15) exclude Saturdays, Sundays
 * and bank holidays (Working Together to Safeguard Children 2023).
 *
 * Building is O(days in range); afterwards every question is O(1). Called without options it
 * returns the same default calendar each time, built once. The built-in holidays
 * (see {@link englandAndWalesBankHolidays}) cover 1970–2099: a range beyond that needs
 * `holidays`, so that no answer is silently wrong. Years after
 * {@link ENGLAND_AND_WALES_ANNOUNCED_THROUGH} are computed, not announced: the calendar's
 * `computedFrom` says from when, and {@link isComputed} tells for a date.
 *
 * @param input - Range, holidays and weekend.
 * @returns The built calendar.
 * @throws {@link KinsafeError} with code `invalid-input` for bad options (not an object, a holiday
 * that is not a `{ date, title }`, a date that is not `YYYY-MM-DD`, more than 10,000 days in a
 * list) or a bad spec (a closed day outside the range, `to` before `from`), or `invalid-argument` for a range beyond the built-in holidays (1970–2099) without `holidays`.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#docs-example}
 *
 * @category Calendar
 */
export function createWorkingDayCalendar(input?: WorkingDayCalendarOptions): WorkingDayCalendar {
  // The default calendar is immutable and the same every time: build it once.
  if (input === undefined) return (defaultCalendar ??= Object.freeze(build({})));
  return build(input);
}

let defaultCalendar: WorkingDayCalendar | undefined;

function build(input: WorkingDayCalendarOptions): WorkingDayCalendar {
  const options = parseWith(OptionsSchema, input, "working-day calendar options");
  const from = options.from ?? BUILT_IN_FIRST;
  const to = options.to ?? BUILT_IN_LAST;
  if (options.holidays === undefined && (from < BUILT_IN_FIRST || to > BUILT_IN_LAST)) {
    throw new KinsafeError(
      "invalid-argument",
      `The built-in bank holidays cover ${BUILT_IN_FIRST} to ${BUILT_IN_LAST}; a calendar from ${from} to ${to} needs its own \`holidays\`.`,
    );
  }
  const base: readonly ClosedDay[] = options.holidays ?? builtInHolidays(from, to);
  const open = new Set<string>(options.openDays ?? []);
  const inRange = (d: ClosedDay): boolean => d.date >= from && d.date <= to;
  const closedDays = [...base.filter(inRange), ...(options.extraClosedDays ?? [])].filter((d) => !open.has(d.date));
  const computedFrom = options.computedFrom ?? (options.holidays === undefined && BUILT_IN_COMPUTED_FROM <= to ? BUILT_IN_COMPUTED_FROM : undefined);
  return buildWorkingDayCalendar({ from, to, weekendDays: [...(options.weekendDays ?? [0, 6])], closedDays, ...(computedFrom === undefined ? {} : { computedFrom }) });
}

/** The built-in bank holidays of every year that meets `[from, to]` (both within 1970–2099). */
function builtInHolidays(from: IsoDate, to: IsoDate): ClosedDay[] {
  const out: ClosedDay[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) out.push(...holidaysOf(year));
  return out;
}

/**
 * Builds a calendar from a stored {@link WorkingDayCalendarSpec} (policy as data).
 *
 * @param spec - The calendar as data.
 * @returns The built calendar.
 * @throws {@link KinsafeError} with code `invalid-input` listing every problem of the spec.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#from-spec}
 *
 * @category Calendar
 */
export function buildWorkingDayCalendar(spec: WorkingDayCalendarSpec): WorkingDayCalendar {
  const checked = parseWith(
    WorkingDayCalendarSpecSchema.superRefine((s, ctx) => {
      if (s.to < s.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The calendar ends before it starts.", input: s.to });
      s.closedDays.forEach((d, i) => {
        if (d.date < s.from || d.date > s.to) {
          ctx.addIssue({ code: "custom", path: ["closedDays", i, "date"], message: `A closed day outside the calendar's range ${s.from} to ${s.to}.`, input: d.date });
        }
      });
    }),
    spec,
    "working-day calendar",
  );
  const firstDay = toDayNumber(checked.from);
  const lastDay = toDayNumber(checked.to);
  const span = lastDay - firstDay + 1;
  const closed = new Map<number, string>();
  for (const d of checked.closedDays) closed.set(toDayNumber(d.date), d.title);
  const weekend = new Set(checked.weekendDays);
  const ordinals = new Int32Array(span);
  const working: number[] = [];
  let count = 0;
  for (let i = 0; i < span; i++) {
    const day = firstDay + i;
    if (!weekend.has(weekdayOfDayNumber(day)) && !closed.has(day)) {
      count += 1;
      working.push(day);
    }
    ordinals[i] = count;
  }
  return {
    from: fromDayNumber(firstDay),
    to: fromDayNumber(lastDay),
    firstDay,
    lastDay,
    ordinals,
    workingDays: Int32Array.from(working),
    closedDays: closed,
    ...(checked.computedFrom === undefined ? {} : { computedFrom: checked.computedFrom }),
    spec: checked,
  };
}
