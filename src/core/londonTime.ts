import { IsoDateSchema, IsoDateTimeSchema, type IsoDate, type IsoDateTime } from "./dates";
import { dayNumberOf, daysInMonth, fromDayNumber, toDayNumber, weekdayOfDayNumber } from "./dayNumber";
import { KinsafeError, type InputIssue } from "./errors";
import { describeReceived, parseWith } from "./parse";

// Local time in England and Wales, computed from the rule of the Summer Time Act 1972 as the
// Summer Time Order 2002 (SI 2002/262) sets it: British Summer Time (GMT+1) begins at 01:00 GMT
// on the last Sunday of March and ends at 01:00 GMT on the last Sunday of October. The rule has
// been the same since 1996. Nothing here reads the machine's time zone or its time-zone data.

/** The first year this module computes: the present rule holds from 1996. */
const FIRST_YEAR = 1996;
const MINUTES_PER_DAY = 1440;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** The day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = dayNumberOf(year, month, daysInMonth(year, month));
  return last - weekdayOfDayNumber(last);
}

/** Whether British Summer Time is in force at a UTC minute (minutes since 1970-01-01T00:00Z). */
function isSummerTime(utcMinute: number): boolean {
  const year = Number(fromDayNumber(Math.floor(utcMinute / MINUTES_PER_DAY)).slice(0, 4));
  const begins = lastSunday(year, 3) * MINUTES_PER_DAY + 60;
  const ends = lastSunday(year, 10) * MINUTES_PER_DAY + 60;
  return utcMinute >= begins && utcMinute < ends;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function instantAt(utcMinute: number, seconds: string): IsoDateTime {
  const day = Math.floor(utcMinute / MINUTES_PER_DAY);
  const minute = utcMinute - day * MINUTES_PER_DAY;
  return `${fromDayNumber(day)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:${seconds}Z` as IsoDateTime;
}

/**
 * What {@link londonTimeToInstant} does with a time that happens twice.
 *
 * @category Core
 */
export interface LondonTimeOptions {
  /**
   * For a time in the autumn overlap (01:00–01:59 on the last Sunday of October, which happens
   * once in British Summer Time and again, an hour later, in GMT): `"earlier"` (the default)
   * takes the first, BST (`+01:00`); `"later"` takes the second, GMT (`+00:00`). The default is
   * the choice of RFC 5545 and of JavaScript's Temporal (`disambiguation: "compatible"`).
   */
  readonly overlap?: "earlier" | "later";
}

/**
 * A local date and time in London, as a form shows it.
 *
 * @category Core
 */
export interface LondonTime {
  /** The local calendar date. */
  readonly date: IsoDate;
  /** The local time, `HH:mm:ss`. */
  readonly time: string;
  /** The offset from UTC then: `+01:00` in British Summer Time, `+00:00` in GMT. */
  readonly offset: "+00:00" | "+01:00";
  /** `BST` or `GMT`. */
  readonly zone: "BST" | "GMT";
}

/**
 * Turns a date and a time on the clock in London (England and Wales) into an instant, the way
 * a form that asks "date" and "time" needs it stored.
 *
 * British Summer Time (GMT+1) begins at 01:00 GMT on the last Sunday of March and ends at 01:00
 * GMT on the last Sunday of October (Summer Time Act 1972, as the Summer Time Order 2002 sets
 * it; the same rule since 1996). So:
 *
 * - **The spring gap.** On the last Sunday of March the clocks go from 01:00 straight to 02:00:
 *   01:00–01:59 does not exist and is refused (rule `london-time/does-not-exist`). A time
 *   written in that hour is a mistake to ask about, not a time to guess.
 * - **The autumn overlap.** On the last Sunday of October the clocks go back from 02:00 BST to
 *   01:00 GMT: 01:00–01:59 happens twice. The first (BST) is taken unless `options.overlap` is
 *   `"later"`.
 *
 * The rule is computed, so the result is the same on every machine whatever its time zone, and
 * nothing is read from the environment. Dates before 1996 are refused: the rules then were
 * different.
 *
 * @param date - The local date, `YYYY-MM-DD`, from 1996-01-01.
 * @param time - The local time, `HH:mm` or `HH:mm:ss` (24-hour clock).
 * @param options - Which of the two times to take in the autumn overlap.
 * @returns The instant in UTC, e.g. `2025-07-01T09:30:00Z` for 10:30 on 1 July.
 * @throws {@link KinsafeError} with code `invalid-input` when `date` is not a date from 1996
 * (path `["date"]`), `time` is not a time (path `["time"]`), or the time does not exist that day
 * (path `["time"]`, rule `london-time/does-not-exist`); every problem is listed at once.
 *
 * @example
 * {@includeCode ../../tests/core/dates.london.test.ts#london-time-to-instant}
 *
 * @category Core
 */
export function londonTimeToInstant(date: string, time: string, options: LondonTimeOptions = {}): IsoDateTime {
  const issues: InputIssue[] = [];
  const dateOk = IsoDateSchema.safeParse(date).success;
  const year = dateOk ? Number(date.slice(0, 4)) : Number.NaN;
  if (!dateOk) issues.push({ path: ["date"], rule: "invalid_format", message: "Invalid date: expected YYYY-MM-DD", received: describeReceived(date) });
  else if (year < FIRST_YEAR) issues.push({ path: ["date"], rule: "london-time/before-1996", message: `London time is computed from 1996-01-01, when the present summer-time rule began.`, received: describeReceived(date) });
  const clock = typeof time === "string" ? TIME.exec(time) : null;
  if (clock === null) issues.push({ path: ["time"], rule: "invalid_format", message: "Invalid time: expected HH:mm or HH:mm:ss (24-hour clock)", received: describeReceived(time) });
  const overlap: unknown = options.overlap ?? "earlier";
  if (overlap !== "earlier" && overlap !== "later") {
    throw new KinsafeError("invalid-argument", `options.overlap must be "earlier" or "later"; received ${describeReceived(overlap)}.`);
  }
  if (issues.length === 0 && clock !== null) {
    const local = toDayNumber(date) * MINUTES_PER_DAY + Number(clock[1]) * 60 + Number(clock[2]);
    const seconds = clock[3] ?? "00";
    const summer = isSummerTime(local - 60); // read as BST
    const winter = !isSummerTime(local); // read as GMT
    if (summer && winter) return instantAt(overlap === "earlier" ? local - 60 : local, seconds);
    if (summer) return instantAt(local - 60, seconds);
    if (winter) return instantAt(local, seconds);
    issues.push({
      path: ["time"],
      rule: "london-time/does-not-exist",
      message: `${time} on ${date} does not exist in London: the clocks go forward from 01:00 GMT to 02:00 BST.`,
      received: describeReceived(time),
    });
  }
  const lines = issues.map((i) => `  - ${String(i.path[0])}: ${i.message}`).join("\n");
  throw new KinsafeError("invalid-input", `Invalid London date and time: ${issues.length === 1 ? "1 problem" : `${String(issues.length)} problems`}.\n${lines}`, issues);
}

/**
 * The date and time on the clock in London at an instant, for a form that shows local time:
 * the reverse of {@link londonTimeToInstant}, computed from the same rule, whatever the
 * machine's time zone.
 *
 * @param at - An instant (any RFC 3339 date-time, see {@link IsoDateTimeSchema}), from 1996.
 * @returns The local date, time (`HH:mm:ss`; a fraction of a second is dropped), offset and zone.
 * @throws {@link KinsafeError} with code `invalid-input` when `at` is not an RFC 3339
 * date-time, or `invalid-argument` when it is before 1996.
 *
 * @example
 * {@includeCode ../../tests/core/dates.london.test.ts#instant-to-london-time}
 *
 * @category Core
 */
export function instantToLondonTime(at: string): LondonTime {
  const utc = parseWith(IsoDateTimeSchema, at, "date-time");
  if (Number(utc.slice(0, 4)) < FIRST_YEAR) {
    throw new KinsafeError("invalid-argument", `London time is computed from 1996, when the present summer-time rule began; received ${describeReceived(at)}.`);
  }
  const minute = toDayNumber(utc.slice(0, 10)) * MINUTES_PER_DAY + Number(utc.slice(11, 13)) * 60 + Number(utc.slice(14, 16));
  const summer = isSummerTime(minute);
  const local = minute + (summer ? 60 : 0);
  const day = Math.floor(local / MINUTES_PER_DAY);
  const ofDay = local - day * MINUTES_PER_DAY;
  return {
    date: fromDayNumber(day),
    time: `${pad2(Math.floor(ofDay / 60))}:${pad2(ofDay % 60)}:${utc.slice(17, 19)}`,
    offset: summer ? "+01:00" : "+00:00",
    zone: summer ? "BST" : "GMT",
  };
}
