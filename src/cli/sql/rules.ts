// The constants of the definitions that the metric kernel (src/metrics/internal/kernel.ts) and
// the metric table (src/metrics/internal/table) write inline. The main entry's size budget has
// no room for the kernel to read them from here (an exported constant is not inlined into the
// bundle): they are repeated, and the equality tests (tests/sql) run this SQL over the synthetic
// authority against the kernel's figures, so a change to one and not the other fails them. The
// code lists and the duration bands are the kernel's own objects (REFERRAL_SOURCE_CODES,
// DFE_ASSESSMENT_BANDS, ICPC_BANDS), read directly.

/** A referral is a re-referral when it is no later than this many months after a previous one (kernel.ts, `needOf`). */
export const RE_REFERRAL_MONTHS = 12;
/** The reasons for closure meaning "assessed as not in need": RC8 (no further action), RC9 (referred to early help) (kernel.ts). */
export const NOT_IN_NEED_CLOSURES = ["RC8", "RC9"] as const;
/** The SSDA903 legal statuses of short breaks, not a period of care (kernel.ts, `F_SHORT`). */
export const SHORT_BREAK_LEGAL_STATUSES = ["V3", "V4"] as const;
/** An assessment within this many working days is timely (table/timeliness.ts, `within-45`). */
export const ASSESSMENT_WORKING_DAYS = 45;
/** An initial conference within this many working days is timely (table/timeliness.ts, `within-15`). */
export const ICPC_WORKING_DAYS = 15;
/** Care proceedings concluded within 26 weeks, in days (table/timeliness.ts, `within-26-weeks`). */
export const PROCEEDINGS_DAYS = 182;
/** Proceedings durations are given in weeks: days divided by this (table/timeliness.ts, scale 1 / 7). */
export const DAYS_PER_WEEK = 7;
/** An SSDA903 episode that ended for the next to start the same day: a period of care goes on (kernel.ts, `F_X1`). */
export const EPISODE_ENDED_FOR_NEXT = "X1";
/** An SSDA903 reason for a new episode that starts a new period of care (kernel.ts, `F_RNE_S`). */
export const NEW_PERIOD_OF_CARE = "S";
