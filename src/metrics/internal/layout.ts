import { ASSESSMENT_FACTOR_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import { LS_GROUPS, PLACE_GROUPS, REC_GROUPS } from "./lacGroups";

// Layout of the engine's counters: every count lives in one Float64Array, so merging two
// accumulators is one element-wise addition and the state never grows with the input.

/**
 * Age band slots: unborn, under 1, 1 to 4, 5 to 9, 10 to 15, 16 and over, date of birth not
 * recorded (table/breakdowns.ts `AGE_BANDS`).
 *
 * @internal
 */
export const AGE_SLOTS = 7;

let next = 0;
function slot(size = 1): number {
  const i = next;
  next += size;
  return i;
}

/** @internal */
export const C = {
  REF: slot(),
  REF_CH: slot(),
  REREF: slot(),
  REREF_CH: slot(),
  NFA: slot(),
  RC8: slot(),
  RC9: slot(),
  /** One per referral source code, then one for "not recorded". */
  SRC: slot(REFERRAL_SOURCE_CODES.length + 1),
  /** lac, cp, cin, early-help, nfa, pending. */
  OUT: slot(6),
  ASM: slot(),
  ASM_CH: slot(),
  ASM_NEG: slot(),
  R2D_NEG: slot(),
  S47: slot(),
  S47_CH: slot(),
  ICPC: slot(),
  ICPC_CH: slot(),
  ICPC_EP: slot(),
  ICPC_NEG: slot(),
  ICPC_SD_NEG: slot(),
  /** Durations left out because a date is outside the working-day calendar. */
  ASM_OOC: slot(),
  R2D_OOC: slot(),
  ICPC_OOC: slot(),
  ICPC_SD_OOC: slot(),
  /** Durations left out because their start is before the episode's referral date (DfE CIN census validation rules 1103, 2889). */
  ASM_PRE_REF: slot(),
  ICPC_PRE_REF: slot(),
  COURT_NO_PRE: slot(),
  COURT_NEG: slot(),
  THROUGH_NO_ISSUE: slot(),
  THROUGH_NEG: slot(),
  CIN_SNAP: slot(),
  ANY_PLAN_SNAP: slot(),
  /** Per plan type (early-help, cin, cp, lac), PT_SIZE counters each. */
  PT: slot(4 * 18),
  SEEN_ANY_DEN: slot(),
  SEEN_ANY_NUM: slot(),
  /** Children left out of the visits measure because a gap could not be counted in working days. */
  SEEN_ANY_OOC: slot(),
  /** Attainment: matched pupils and score sums per group (early-help, cin, cp, lac, any). */
  ATT_N: slot(5),
  ATT_SUM: slot(5),
  /** Child protection and child in need plans starting in the period (plans, not children). */
  CP_START_PLANS: slot(),
  CIN_START_PLANS: slot(),
  /** Children starting to be looked after (first start in the period), periods of care starting, and the children by legal status group of their first start (lacGroups.ts; last slot: not a code). */
  LAC_START_CH: slot(),
  LAC_START_PERIODS: slot(),
  LAC_START_LS: slot(LS_GROUPS.length + 1),
  /** Children ceasing to be looked after (last cease in the period), and by reason group of that cease. */
  LAC_CEASE_CH: slot(),
  LAC_CEASE_REC: slot(REC_GROUPS.length + 1),
  /** Children looked after at the snapshot, and by placement type group there. */
  LAC_SNAP: slot(),
  LAC_PLACE: slot(PLACE_GROUPS.length + 1),
  /** Of them, children with 3 or more placements during the period. */
  LAC_STAB3: slot(),
  /** Under 16 at the snapshot, looked after 2.5 years or more; of them, same carer 2 years or more; left out: date of birth not recorded. */
  LAC_LONG_DEN: slot(),
  LAC_LONG_NUM: slot(),
  LAC_LONG_NO_DOB: slot(),
  /** Unaccompanied asylum-seeking children looked after at the snapshot, and starting to be looked after in the period. */
  LAC_UASC_SNAP: slot(),
  LAC_UASC_START: slot(),
  /** Children looked after at any time in the period; of them, children with a missing (away) incident starting in the period, and the incidents. */
  LAC_DURING: slot(),
  MIS_CH: slot(),
  MIS_N: slot(),
  AWAY_CH: slot(),
  AWAY_N: slot(),
  /** Looked-after reviews in the period: tested, on time, left out (a day outside the calendar; not in a period of care). */
  REV_N: slot(),
  REV_OK: slot(),
  REV_OOC: slot(),
  REV_NO_PERIOD: slot(),
  /** Children on a CP plan at the snapshot for 3 months or more; of them, every review within its timescale. */
  CPR_DEN: slot(),
  CPR_NUM: slot(),
  // lac.adoption-timeliness (kernel.ts adoptionsOf): children adopted in the period; A1 and A10
  // days summed over those with an adoptive placement; adoptions by the child's foster carers;
  // adoptions with no adoptive placement recorded in the period of care.
  ADOPTED: slot(),
  A1_N: slot(),
  A1_SUM: slot(),
  A10_SUM: slot(),
  ADOPTED_BY_FOSTER_CARER: slot(),
  ADOPTED_NO_PLACEMENT: slot(),
  // A2: children adopted with a court authority and a match; days summed; left out for want of
  // a court authority (E1/D1 in the period of care) or of the AD1 match date.
  A2_N: slot(),
  A2_SUM: slot(),
  A2_NO_AUTHORITY: slot(),
  A2_NO_MATCH: slot(),
  // lac.health (kernel.ts healthOf): children looked after continuously for 12 months or more at
  // the snapshot; of them, with an OC2 row of the year; with no date of birth. Per OC2 flag
  // (OC2_FLAGS order), the children of its group whose row gives it, and those with "yes".
  OC2_POP: slot(),
  OC2_ROW: slot(),
  OC2_NO_DOB: slot(),
  OC2_N: slot(8),
  OC2_Y: slot(8),
  /** SDQ: aged 5 to 16 with a row; with a score; the scores summed; by band (normal, borderline, concern). */
  SDQ_ELIGIBLE: slot(),
  SDQ_N: slot(),
  SDQ_SUM: slot(),
  SDQ_BAND: slot(3),
  // care-leavers.* (kernel.ts careLeaversOf): a block of CL_SIZE counters per age group (17-18,
  // 19-21; CL offsets), then the rows left out: died, returned home, no date of birth, another age.
  CL: slot(2 * 34),
  CL_DIED: slot(),
  CL_RHOM: slot(),
  CL_NO_DOB: slot(),
  CL_OTHER_AGE: slot(),
  // DfE breakdowns at the event (table/breakdowns.ts): each an age band slot per AGE_BANDS (the
  // last: date of birth not recorded), or a code's slot (the last: not recorded).
  /** Referrals in the period by the child's age at the referral. */
  REF_AGE: slot(AGE_SLOTS),
  /** Children in need at the snapshot by age, and by the primary need of the episode open then. */
  CIN_SNAP_AGE: slot(AGE_SLOTS),
  CIN_SNAP_NEED: slot(PRIMARY_NEED_CODES.length + 1),
  /** Children on a child protection plan at the snapshot by age, initial and latest category. */
  CP_SNAP_AGE: slot(AGE_SLOTS),
  CP_SNAP_INITIAL: slot(CP_CATEGORY_CODES.length + 1),
  CP_SNAP_LATEST: slot(CP_CATEGORY_CODES.length + 1),
  /** Children starting a child protection plan by age at the start and initial category (their first plan starting in the period). */
  CP_START_AGE: slot(AGE_SLOTS),
  CP_START_INITIAL: slot(CP_CATEGORY_CODES.length + 1),
  /** Assessments authorised in the period with each factor (the last: none recorded). */
  ASM_FACTOR: slot(ASSESSMENT_FACTOR_CODES.length + 1),
  /** Children starting to be looked after by age on starting (their first start in the period). */
  LAC_START_AGE: slot(AGE_SLOTS),
  /** Children looked after at the snapshot (a period of care open then) by age. */
  LAC_OPEN_AGE: slot(AGE_SLOTS),
} as const;

/**
 * Offsets inside a care leavers' age group block (`C.CL + group * CL_SIZE`): the care leavers;
 * by contact (in touch, not in touch, refuses contact, no longer requires services, not
 * recorded); by suitability of accommodation (suitable, unsuitable, no information); by
 * accommodation type (OC3_ACCOMMODATION_TYPES, then not known); by activity group (CL_ACTIVITY).
 *
 * @internal
 */
export const CL = { N: 0, CONTACT: 1, SUIT: 6, TYPE: 9, ACTIV: 26 } as const;
/** @internal */
export const CL_SIZE = 34;

/**
 * Offsets inside a plan type's block.
 *
 * @internal
 */
export const P = {
  OPEN: 0,
  /** Plans ending in the period whose duration is counted. */
  END: 1,
  /** Lasted more than 6 months (end > start + 6 months): the bands after 6 months. */
  END6: 2,
  END12: 3,
  END24: 4,
  B3: 5,
  B6: 6,
  B12: 7,
  B24: 8,
  START_CH: 9,
  REP12: 10,
  REP24: 11,
  PREV_ANY: 12,
  SEEN_DEN: 13,
  SEEN_NUM: 14,
  OPEN_IN_PERIOD: 15,
  SEEN_OOC: 16,
  /** Plans ending in the period left out of the durations: the plan starts before its episode's referral date (DfE rules 4015, 1105). */
  END_PRE_REF: 17,
} as const;

/** @internal */
export const PT_SIZE = 18;

/**
 * Number of counters.
 *
 * @internal
 */
export const COUNTERS = next;

/**
 * Histogram indices.
 *
 * @internal
 */
export const H = { ASM: 0, R2D: 1, ICPC: 2, ICPC_SD: 3, TO_COURT: 4, THROUGH: 5 } as const;
/** @internal */
export const HISTOGRAMS = 6;
