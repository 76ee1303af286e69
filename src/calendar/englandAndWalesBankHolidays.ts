import { fromDayNumber, KinsafeError, toDayNumber, weekdayOfDayNumber } from "../core";
import type { ClosedDay } from "./WorkingDayCalendar";

// England and Wales bank holidays, computed from the rules rather than listed.
//
// The statutory days: Banking and Financial Dealings Act 1971, schedule 1, paragraph 1
// (https://www.legislation.gov.uk/ukpga/1971/80/schedule/1): Easter Monday, the last Monday in
// May, the last Monday in August, 26 December if it is not a Sunday, and 27 December in a year
// in which 25 or 26 December is a Sunday. Good Friday and Christmas Day are common-law holidays.
// The rest are appointed each year by royal proclamation under section 1(3) of the Act, and
// section 1(2) lets a proclamation move a scheduled day (https://www.legislation.gov.uk/ukpga/1971/80):
// New Year's Day from 1974 (the next Monday when it falls at a weekend), the early May bank
// holiday (first Monday in May) from 1978, and the substitute Monday or Tuesday when Christmas
// Day or Boxing Day falls at a weekend. A proclamation of the usual form: The Gazette, notice
// L-55182-5SI (28 December 1998, 1 January 1999 and 3 May 1999).
//
// Substitute days at Christmas and New Year were proclaimed in 1976 (Monday 27 and Tuesday 28
// December 1976, Monday 3 January 1977: HC Deb 27 October 1976 vol 918 c266W). In 1970 the
// Christmas bank holidays were "the traditional days, 25th and 26th December", with no Monday in
// place of Boxing Day on a Saturday (HC Deb 11 November 1970 vol 806 c212W): the substitute-day
// rule applies from 1971. The spring and late summer holidays of 1970 (last Mondays of May and
// August, as in the 1965-1970 trial: HL Deb 4 March 1964 vol 256 cc146-52, HC Deb 3 June 1965
// vol 713 c250W) are the rule's, not checked against that year's announcement.
//
// The one-off days and moved days (ONE_OFF_DAYS, MOVED_DAYS below):
// - 14 November 1973, the wedding of Princess Anne: declared a special bank holiday.
// - 1977, the Silver Jubilee: "the Spring Bank Holiday will be changed to Monday 6th June and a
//   special Silver Jubilee Bank Holiday will be held on Tuesday 7th June" (HC Deb 19 January 1977
//   vol 924 cc191-3W).
// - 29 July 1981, the wedding of the Prince of Wales and Lady Diana Spencer: an extra bank holiday.
// - 1995: the early May bank holiday moved to Monday 8 May for the 50th anniversary of VE day
//   (the only earlier move, as reported when the 2020 move was announced).
// - 31 December 1999, the millennium: a one-off bank holiday.
// - 2002, the Golden Jubilee: a special holiday on Monday 3 June and the spring bank holiday moved
//   to Tuesday 4 June.
// - 29 April 2011, the royal wedding.
// - 2012, the Diamond Jubilee: the spring bank holiday moved to Monday 4 June, and Tuesday 5 June.
// - 2020: the early May bank holiday moved to Friday 8 May for the 75th anniversary of VE day
//   (The Gazette, notice 3326938).
// - 2022, the Platinum Jubilee: the spring bank holiday moved to Thursday 2 June, and Friday 3
//   June; Monday 19 September, the State Funeral of Queen Elizabeth II (The Gazette, notice 4158896).
// - 8 May 2023, the coronation of King Charles III.
// 2010-2030 agree with the published list (tests/fixtures/bank-holidays, checked in a test).
// Not a bank holiday: 23 July 1986 (the Duke of York's wedding), despite one press report.
//
// Years after ENGLAND_AND_WALES_ANNOUNCED_THROUGH are computed: a new one-off day or move is added
// here when proclaimed, or by a caller with the calendar's `extraClosedDays` and `openDays`.

/**
 * The first year of the built-in England and Wales bank holidays.
 *
 * @category Calendar
 */
export const ENGLAND_AND_WALES_FIRST_YEAR = 1970;

/**
 * The last year of the built-in England and Wales bank holidays.
 *
 * @category Calendar
 */
export const ENGLAND_AND_WALES_LAST_YEAR = 2099;

/**
 * The last year whose England and Wales bank holidays are announced (published on gov.uk).
 * Later years are computed from the statutory rules: a one-off day proclaimed later is not in
 * them, so timescales that reach into them may move (see `isComputed`).
 *
 * @category Calendar
 */
export const ENGLAND_AND_WALES_ANNOUNCED_THROUGH = 2027;

/** One-off bank holidays, in date order. */
const ONE_OFF_DAYS: readonly (readonly [date: string, title: string])[] = [
  ["1973-11-14", "Wedding of Princess Anne"],
  ["1977-06-07", "Queen's Silver Jubilee"],
  ["1981-07-29", "Royal wedding"],
  ["1999-12-31", "Millennium celebrations"],
  ["2002-06-03", "Queen's Golden Jubilee"],
  ["2011-04-29", "Royal wedding"],
  ["2012-06-05", "Queen's Diamond Jubilee"],
  ["2022-06-03", "Queen's Platinum Jubilee"],
  ["2022-09-19", "State Funeral of Queen Elizabeth II"],
  ["2023-05-08", "Coronation of King Charles III"],
];

/** Years in which a regular day was moved by proclamation: `"year:which"` to the day it moved to. */
const MOVED_DAYS: Readonly<Record<string, readonly [date: string, title: string]>> = {
  "1977:spring": ["1977-06-06", "Spring bank holiday"],
  "1995:early-may": ["1995-05-08", "Early May bank holiday (VE day)"],
  "2002:spring": ["2002-06-04", "Spring bank holiday"],
  "2012:spring": ["2012-06-04", "Spring bank holiday"],
  "2020:early-may": ["2020-05-08", "Early May bank holiday (VE day)"],
  "2022:spring": ["2022-06-02", "Spring bank holiday"],
};

const NEW_YEAR = "New Year's Day";
const CHRISTMAS = "Christmas Day";
const BOXING_DAY = "Boxing Day";
const SUBSTITUTE = " (substitute day)";

/** Day number of Easter Sunday (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayOf(year, Math.floor(n / 31), (n % 31) + 1);
}

/** Day number (days since 1970-01-01) of a calendar date; month 1–12. */
function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The first Monday on or after a day. */
function mondayOnOrAfter(day: number): number {
  return day + ((8 - weekdayOfDayNumber(day)) % 7);
}

/** The last Monday of a month (month 1–12). */
function lastMonday(year: number, month: number): number {
  const last = month === 12 ? dayOf(year + 1, 1, 1) - 1 : dayOf(year, month + 1, 1) - 1;
  return last - ((weekdayOfDayNumber(last) + 6) % 7);
}

/**
 * The England and Wales bank holidays of one year, computed from the Banking and Financial
 * Dealings Act 1971 (schedule 1), the royal proclamations (New Year's Day from 1974, the early
 * May bank holiday from 1978, substitute days) and every one-off or moved day announced, in
 * date order. Days that fall at a weekend and are replaced by a substitute day are not listed.
 *
 * Years after {@link ENGLAND_AND_WALES_ANNOUNCED_THROUGH} are computed: a day proclaimed later
 * is not in them.
 *
 * @param year - A year from 1970 to 2099.
 * @returns The bank holidays, each with its title as gov.uk gives it.
 * @throws {@link KinsafeError} with code `invalid-argument` for a year outside 1970–2099 or not a whole number.
 *
 * @example
 * {@includeCode ../../tests/calendar/bankHolidays.test.ts#one-year}
 *
 * @category Calendar
 */
export function englandAndWalesBankHolidays(year: number): ClosedDay[] {
  if (!Number.isInteger(year) || year < ENGLAND_AND_WALES_FIRST_YEAR || year > ENGLAND_AND_WALES_LAST_YEAR) {
    throw new KinsafeError(
      "invalid-argument",
      `The built-in bank holidays cover ${String(ENGLAND_AND_WALES_FIRST_YEAR)} to ${String(ENGLAND_AND_WALES_LAST_YEAR)}; received ${String(year)}.`,
    );
  }
  return holidaysOf(year);
}

/**
 * The bank holidays of a year from 1970 to 2099 (not checked: `createWorkingDayCalendar` calls
 * it only for years in range).
 *
 * @internal
 */
export function holidaysOf(year: number): ClosedDay[] {
  const days: [number, string][] = [];
  const regular = (which: string, day: number, title: string): void => {
    const moved = MOVED_DAYS[`${String(year)}:${which}`];
    if (moved === undefined) days.push([day, title]);
    else days.push([toDayNumber(moved[0]), moved[1]]);
  };
  if (year >= 1974) {
    const newYear = dayOf(year, 1, 1);
    const weekday = weekdayOfDayNumber(newYear);
    if (weekday === 0 || weekday === 6) days.push([mondayOnOrAfter(newYear), NEW_YEAR + SUBSTITUTE]);
    else days.push([newYear, NEW_YEAR]);
  }
  const easter = easterSunday(year);
  days.push([easter - 2, "Good Friday"], [easter + 1, "Easter Monday"]);
  if (year >= 1978) regular("early-may", mondayOnOrAfter(dayOf(year, 5, 1)), "Early May bank holiday");
  regular("spring", lastMonday(year, 5), "Spring bank holiday");
  regular("summer", lastMonday(year, 8), "Summer bank holiday");
  const christmas = dayOf(year, 12, 25);
  switch (weekdayOfDayNumber(christmas)) {
    case 5: // Friday: Boxing Day is a Saturday
      days.push([christmas, CHRISTMAS]);
      if (year >= 1971) days.push([christmas + 3, BOXING_DAY + SUBSTITUTE]);
      break;
    case 6: // Saturday: the Act makes 27 December a bank holiday; a proclamation adds the 28th
      days.push([christmas + 2, CHRISTMAS + SUBSTITUTE], [christmas + 3, BOXING_DAY + SUBSTITUTE]);
      break;
    case 0: // Sunday: Boxing Day is the Monday; the Act makes 27 December a bank holiday
      days.push([christmas + 1, BOXING_DAY], [christmas + 2, CHRISTMAS + SUBSTITUTE]);
      break;
    default:
      days.push([christmas, CHRISTMAS], [christmas + 1, BOXING_DAY]);
  }
  const prefix = `${String(year)}-`;
  for (const [date, title] of ONE_OFF_DAYS) if (date.startsWith(prefix)) days.push([toDayNumber(date), title]);
  return days.sort((x, y) => x[0] - y[0]).map(([day, title]) => ({ date: fromDayNumber(day), title }));
}

/**
 * England and Wales bank holidays from 2010 to 2030 as `[date, title]` pairs, in date order.
 *
 * @deprecated Use {@link englandAndWalesBankHolidays} (one year at a time, 1970 to 2099); the
 * default calendar of `createWorkingDayCalendar` now covers 1970 to 2099. This list is those
 * days for 2010–2030 and stays for compatibility.
 *
 * @category Calendar
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly (readonly [date: string, title: string])[] = /* @__PURE__ */ listYears(2010, 2030);

function listYears(first: number, last: number): (readonly [date: string, title: string])[] {
  const out: (readonly [string, string])[] = [];
  for (let year = first; year <= last; year++) for (const d of holidaysOf(year)) out.push([d.date, d.title]);
  return out;
}
