export { ClosedDaySchema, type ClosedDay, WorkingDayCalendarSpecSchema, type WorkingDayCalendarSpec, type WorkingDayCalendar } from "./WorkingDayCalendar";
export {
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  ENGLAND_AND_WALES_FIRST_YEAR,
  ENGLAND_AND_WALES_LAST_YEAR,
  ENGLAND_AND_WALES_ANNOUNCED_THROUGH,
  englandAndWalesBankHolidays,
} from "./englandAndWalesBankHolidays";
export { createWorkingDayCalendar, buildWorkingDayCalendar, type WorkingDayCalendarOptions } from "./createWorkingDayCalendar";
export { isWorkingDay, closedDayTitle } from "./isWorkingDay";
export { isComputed } from "./isComputed";
export { workingDaysBetween, workingDaysBetweenDayNumbers } from "./workingDaysBetween";
export { addWorkingDays } from "./addWorkingDays";
