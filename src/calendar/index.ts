export { ClosedDaySchema, type ClosedDay, WorkingDayCalendarSpecSchema, type WorkingDayCalendarSpec, type WorkingDayCalendar } from "./WorkingDayCalendar";
export { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./englandAndWalesBankHolidays";
export { createWorkingDayCalendar, buildWorkingDayCalendar, type WorkingDayCalendarOptions } from "./createWorkingDayCalendar";
export { isWorkingDay, closedDayTitle } from "./isWorkingDay";
export { workingDaysBetween, workingDaysBetweenDayNumbers } from "./workingDaysBetween";
export { addWorkingDays } from "./addWorkingDays";
