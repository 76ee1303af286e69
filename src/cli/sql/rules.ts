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
/** An SSDA903 reason for a new episode that changes the legal status only: not a new placement (kernel.ts, `F_NOT_PLACEMENT`). */
export const LEGAL_STATUS_CHANGE_ONLY = "L";
/** The SSDA903 reasons for a new episode that change the carer: a new carer's spell (kernel.ts, `RNE_P`, `RNE_B`). */
export const CHANGE_OF_CARER = ["P", "B"] as const;
/** The SSDA903 reasons for a new episode that keep the carer (adoption by the foster carers, A10: kernel.ts, `RNE_L`, `RNE_T`, `RNE_U`). */
export const SAME_CARER = ["L", "T", "U"] as const;
/** The SSDA903 reasons an episode ceased that are adoptions (kernel.ts, `REC_E11`, `REC_E12`). */
export const ADOPTED = ["E11", "E12"] as const;
/** The SSDA903 adoptive placements (kernel.ts, `PLACE_A3` to `PLACE_A6`). */
export const ADOPTIVE_PLACEMENTS = ["A3", "A4", "A5", "A6"] as const;
/** The adoptive placements with the child's current foster carers (A10: kernel.ts, `PLACE_A3`, `PLACE_A5`). */
export const FOSTER_CARER_ADOPTIONS = ["A3", "A5"] as const;
/** The legal statuses that are a court authority to place for adoption: placement order E1, freeing order D1 (A2: kernel.ts, `LS_E1`, `LS_D1`). */
export const AUTHORITY_TO_PLACE = ["E1", "D1"] as const;
/** The SSDA903 Missing codes: missing (M) and away from placement without authorisation (A) (kernel.ts, `MIS_M`, `MIS_A`). */
export const MISSING_TYPES = { missing: "M", away: "A" } as const;
/** Looked-after reviews: the first within this many working days of the period of care's start (kernel.ts, reviewsOf). */
export const FIRST_REVIEW_WORKING_DAYS = 20;
/** Looked-after reviews: the second within this many months of the first, each later one within `LATER_REVIEW_MONTHS` of the one before (kernel.ts, reviewsOf). */
export const SECOND_REVIEW_MONTHS = 3;
/** See {@link SECOND_REVIEW_MONTHS}. */
export const LATER_REVIEW_MONTHS = 6;
/** Child protection reviews: the first within this many months of the plan's start, each later one within `CP_LATER_REVIEW_MONTHS` of the one before; plans that started this long before the snapshot are tested (kernel.ts, cpReviewsOf). */
export const CP_FIRST_REVIEW_MONTHS = 3;
/** See {@link CP_FIRST_REVIEW_MONTHS}. */
export const CP_LATER_REVIEW_MONTHS = 6;
/** Long-term stability: looked after continuously for this many months (2.5 years) at the snapshot (kernel.ts, lacMeasuresOf). */
export const LONG_TERM_CARE_MONTHS = 30;
/** Long-term stability: with the same carer for this many months (2 years) (kernel.ts, lacMeasuresOf). */
export const SAME_CARER_MONTHS = 24;
/** Long-term stability: under 16, this many months after the date of birth (kernel.ts, lacMeasuresOf). */
export const UNDER_16_MONTHS = 192;
/** Short-term stability: this many placements or more in the period (kernel.ts, lacMeasuresOf). */
export const PLACEMENTS_UNSTABLE = 3;
/** lac.health: looked after continuously for this many months at the snapshot, with no short break in them (kernel.ts, lacMeasuresOf and healthOf). */
export const HEALTH_CARE_MONTHS = 12;
/** lac.health's development checks are of children under this many years at the snapshot (kernel.ts, healthOf). */
export const DEVELOPMENT_CHECK_UNDER = 5;
/** lac.health's convictions are of children this many years old or more at the snapshot (kernel.ts, healthOf). */
export const CONVICTION_FROM = 10;
/** lac.health's SDQ scores are of children aged from the first to the second, in whole years, at the snapshot (kernel.ts, healthOf). */
export const SDQ_AGES = [5, 16] as const;
/** The SDQ bands: normal up to the first score, borderline up to the second, a cause for concern above it (kernel.ts, healthOf). */
export const SDQ_BAND_TOPS = [13, 16] as const;
/** care-leavers.*: young people aged from the first to the last, in whole years, on 31 March of the year; the first group those up to the middle (kernel.ts, careLeaversOf). */
export const CARE_LEAVER_AGES = [17, 18, 21] as const;
/** The OC3 IN_TOUCH codes that leave a young person out: died, returned home for 6 months or more (kernel.ts, `IN_TOUCH_DIED`, `IN_TOUCH_RHOM`). */
export const LEAVER_LEFT_OUT = ["DIED", "RHOM"] as const;
/** The OC3 contact groups, by IN_TOUCH code; any other value, or none, is `not-recorded` (kernel.ts, `CONTACT_OF`; table/lookedAfterOutcomes.ts, `CONTACT`). */
export const LEAVER_CONTACT = [
  ["in-touch", "YES"],
  ["not-in-touch", "NO"],
  ["refuses-contact", "REFU"],
  ["no-longer-requires-services", "NREQ"],
] as const;
/** The key of a young person with no contact group. */
export const LEAVER_CONTACT_NONE = "not-recorded";
/** The OC3 accommodation types, by the ACCOM code's first letter (table/lookedAfterOutcomes.ts, `ACCOMMODATION`); a code that starts with none of them is `no-information`. */
export const LEAVER_ACCOMMODATION = [
  ["with-parents-or-relatives", "B"],
  ["community-home", "C"],
  ["semi-independent", "D"],
  ["supported-lodgings", "E"],
  ["gone-abroad", "G"],
  ["deported", "H"],
  ["ordinary-lodgings", "K"],
  ["residence-not-known", "R"],
  ["no-fixed-abode", "S"],
  ["foyers", "T"],
  ["independent-living", "U"],
  ["emergency-accommodation", "V"],
  ["bed-and-breakfast", "W"],
  ["in-custody", "X"],
  ["other", "Y"],
  ["with-former-foster-carers", "Z"],
] as const;
/** The key of an ACCOM code with no type, and of one with no suitability (a letter of the list then `1` suitable or `2` unsuitable, nothing else). */
export const LEAVER_NO_INFORMATION = "no-information";
/** The OC3 activity groups, by ACTIV code; any other value, or none, is `not-known` (kernel.ts, `ACTIVITY_OF`; table/lookedAfterOutcomes.ts, `ACTIVITY`). */
export const LEAVER_ACTIVITY = [
  ["higher-education", ["F1", "P1"]],
  ["other-education", ["F2", "P2"]],
  ["apprenticeship", ["F4", "P4"]],
  ["training-or-employment", ["F3", "P3", "F5", "P5"]],
  ["neet-illness-or-disability", ["G4"]],
  ["neet-pregnancy-or-parenting", ["G6"]],
  ["neet-other", ["G5"]],
] as const;
/** The key of a young person with no activity group. */
export const LEAVER_ACTIVITY_NONE = "not-known";
/** DfE's age bands at the event, as kinsafe's keys (table/breakdowns.ts, `AGE_BANDS`: the ages each holds are in relations.ts, `ageBand`). */
export const AGE_BAND_KEYS = ["unborn", "under-1", "1-to-4", "5-to-9", "10-to-15", "16-and-over", "not-recorded"] as const;
