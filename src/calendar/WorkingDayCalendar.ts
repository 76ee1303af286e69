import * as z from "zod";
import { ExtensionsSchema, IsoDateSchema, type DeepReadonly, type IsoDate, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

/**
 * A day on which the office is closed, with its name.
 *
 * @category Calendar
 */
export const ClosedDaySchema = z.strictObject({
  date: IsoDateSchema,
  /** What the day is, e.g. "Easter Monday" or "Council closure day". */
  title: z.string().max(MAX_TEXT_LENGTH).min(1),
});
/** @category Calendar */
export type ClosedDay = DeepReadonly<z.output<typeof ClosedDaySchema>>;

/**
 * A working-day calendar as data (policy a local authority can store): its range, the weekday
 * numbers that are weekend days, and the closed days. Build it into a fast
 * {@link WorkingDayCalendar} with `createWorkingDayCalendar`.
 *
 * Bounds: at most 10,000 closed days and 7 weekend days; a title at most 10,000 characters.
 *
 * @category Calendar
 */
export const WorkingDayCalendarSpecSchema = z.strictObject({
  /** First day the calendar covers. */
  from: IsoDateSchema,
  /** Last day the calendar covers. */
  to: IsoDateSchema,
  /** Weekend days as `Date.getDay` numbers: 0 Sunday … 6 Saturday. */
  weekendDays: z.array(z.number().int().min(0).max(6)).max(7),
  /** Bank holidays and other closed days in the range. */
  closedDays: z.array(ClosedDaySchema).max(MAX_LIST_LENGTH),
  /**
   * The first day whose closed days are computed from rules, not announced: answers that count
   * working days on or after it may change when new days are proclaimed. Absent when every
   * closed day is announced.
   */
  computedFrom: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Calendar */
export type WorkingDayCalendarSpec = DeepReadonly<z.output<typeof WorkingDayCalendarSpecSchema>>;

/**
 * A built working-day calendar. Every day in its range has a precomputed working-day ordinal,
 * so each question is answered in constant time. Treat it as opaque and build it once.
 *
 * @category Calendar
 */
export interface WorkingDayCalendar {
  /** First day covered. */
  readonly from: IsoDate;
  /** Last day covered. */
  readonly to: IsoDate;
  /** Day number (days since 1970-01-01) of `from`. */
  readonly firstDay: number;
  /** Day number of `to`. */
  readonly lastDay: number;
  /** `ordinals[i]` = working days in `[from, from + i]`. */
  readonly ordinals: Int32Array;
  /** Day numbers of every working day in the range, ascending. */
  readonly workingDays: Int32Array;
  /** The closed days, by day number. */
  readonly closedDays: ReadonlyMap<number, string>;
  /**
   * The first day whose closed days are computed from rules rather than announced (for the
   * built-in England and Wales holidays, 1 January of the year after the last published list).
   * Absent when every closed day in the range is announced. See `isComputed`.
   */
  readonly computedFrom?: IsoDate;
  /** The spec it was built from. */
  readonly spec: WorkingDayCalendarSpec;
}
