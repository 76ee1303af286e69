import type { WorkingDayCalendar } from "../../calendar";
import { codeOf, type ColumnData, NFA_YES, OC3_ACTIVITY_CODES, OC3_IN_TOUCH_CODES } from "../../records/internal";
import { ASSESSMENT_FACTOR_CODES, CLOSURE_REASON_CODES, CP_CATEGORY_CODES, EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, MISSING_CODES, NEW_EPISODE_REASON_CODES, PLACEMENT_TYPE_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import type { VisitInterval, VisitRule } from "../CoreDataSet";
import type { EngineState } from "./engine";
import { addMonthsToDay, birthdayDay, fastDay, OPEN_END } from "./days";
import { addToHistogram, type Histogram } from "./Histogram";
import { LS_GROUP_OF, PLACE_ADOPTION, PLACE_GROUP_OF, REC_GROUP_OF } from "./lacGroups";
import { AGE_SLOTS, C, CL, CL_SIZE, H, P, PT_SIZE } from "./layout";

// The single pass, over columns. Each child (every episode) is walked once and every metric's
// counters are updated in the same walk; durations go into histograms. Per-child work uses
// scratch typed arrays owned by the state, so nothing is allocated per child and memory does not
// grow with the number of children. The pass is split by family: looked-after episodes (needed
// by plans and referral outcomes), episodes of need (activity and timeliness), plans of each
// type (open, ending, repeats, visits), care proceedings, attainment.
//
// "As known at the period end" (docs/metrics.md) is applied here, item by item, as asKnownAt
// does to a record: an item that starts after the horizon (the later of the period end and the
// snapshot) is left out, and an end, closure, authorisation, conference or other date after it
// is read as absent (OPEN_END), with what it carries (a closure's reason, an episode's reason for
// ending). An episode of need is known when anything in it is dated on or before the horizon
// (`epKnown`); care proceedings when any of their dates is, or none is dated.

const EH = 0;
const CIN = 1;
const CP = 2;
const LAC = 3;

const SOURCE_MISSING = REFERRAL_SOURCE_CODES.length;
const RC8 = codeOf(CLOSURE_REASON_CODES, "RC8");
const RC9 = codeOf(CLOSURE_REASON_CODES, "RC9");
const LS_V3 = codeOf(LEGAL_STATUS_CODES, "V3");
const LS_V4 = codeOf(LEGAL_STATUS_CODES, "V4");
const RNE_L = codeOf(NEW_EPISODE_REASON_CODES, "L");
const RNE_S = codeOf(NEW_EPISODE_REASON_CODES, "S");
const RNE_P = codeOf(NEW_EPISODE_REASON_CODES, "P");
const MIS_M = codeOf(MISSING_CODES, "M");
const MIS_A = codeOf(MISSING_CODES, "A");
const RNE_B = codeOf(NEW_EPISODE_REASON_CODES, "B");
const REC_X1 = codeOf(EPISODE_END_REASON_CODES, "X1");
const PLACE_U1 = codeOf(PLACEMENT_TYPE_CODES, "U1");
const PLACE_U4 = codeOf(PLACEMENT_TYPE_CODES, "U4");

// LAC flags
const F_SHORT = 1; // V3/V4 short break
const F_NOT_PLACEMENT = 2; // new episode reason L: legal status change only
const F_X1 = 4; // ended X1 (a new episode follows the same day)
const F_RNE_S = 8;
const F_LONG = 16; // long-term fostering (U1/U4): intended to last until 18

/**
 * A duration that cannot be counted: a day outside the working-day calendar. Below every real
 * difference of day numbers, so it is tested before the sign.
 */
const OUTSIDE = -2_147_483_648;

/**
 * A duration that cannot be counted: it starts before its episode's referral date, which cannot
 * be right (DfE CIN census validation rules 1103 assessment, 2889 section 47, 4015 CIN plan,
 * 1105 child protection plan; the CIN census reader reports it as
 * `cin-census/date-before-referral`). The engine applies the rule itself, so records no reader
 * checked (kinsafe JSON) get the same treatment.
 */
const PRE_REFERRAL = OUTSIDE + 1;

/**
 * The age band slot (layout.ts `AGE_SLOTS`) of child `c` on day `day`, as DfE counts age at an
 * event: whole years from the date of birth; unborn when the day is before it, or when no date
 * of birth is recorded and an expected one is; the last slot when neither is recorded.
 *
 * @internal
 */
export function ageSlot(d: ColumnData, c: number, day: number): number {
  const dob = d.dobDay[c] as number;
  if (dob === OPEN_END) return d.unborn[c] === 1 ? 0 : AGE_SLOTS - 1;
  if (day < dob) return 0;
  if (!aged(dob, day, 10)) return !aged(dob, day, 1) ? 1 : !aged(dob, day, 5) ? 2 : 3;
  return aged(dob, day, 16) ? 5 : 4;
}

/**
 * Whether a child born on `dob` is `k` years old or more on `day`. `k` years are 365k days and
 * a day per 29 February in them (at most k), so the birthday itself is needed only between.
 */
function aged(dob: number, day: number, k: number): boolean {
  const days = day - dob;
  if (days < 365 * k) return false;
  return days >= 366 * k || day >= birthdayDay(dob, k);
}

/** A code's slot (codes as `codeOf`: 0 not recorded, which takes the slot after the list's). */
function codeSlot(code: number, codes: number): number {
  return code === 0 ? codes : code - 1;
}

const NEEDS = PRIMARY_NEED_CODES.length;
const CATEGORIES = CP_CATEGORY_CODES.length;
const FACTORS = ASSESSMENT_FACTOR_CODES.length;

/** Counts an assessment's factors (bit sets, columnData `factorBits`); none: the last slot. */
function factorsOf(cnt: Float64Array, lo: number, hi: number): void {
  if (lo === 0 && hi === 0) inc(cnt, C.ASM_FACTOR + FACTORS);
  // each set bit, lowest first (x & -x isolates it)
  for (let x = lo; x !== 0; x &= x - 1) inc(cnt, C.ASM_FACTOR + 31 - Math.clz32(x & -x));
  for (let x = hi; x !== 0; x &= x - 1) inc(cnt, C.ASM_FACTOR + 63 - Math.clz32(x & -x));
}

/** A date as known at the horizon: absent (OPEN_END) when after it. */
function upTo(d: number, hz: number): number {
  return d > hz ? OPEN_END : d;
}

/**
 * Adds children `from..to` of the columns to the state.
 *
 * @internal
 */
export function addChildren(st: EngineState, d: ColumnData, from: number, to: number): void {
  for (let c = from; c < to; c++) addChild(st, d, c);
}

/**
 * Adds child `c` of the columns to each state (several periods in one pass over the columns:
 * the child's rows are read while they are in the cache).
 *
 * @internal
 */
export function addChildToEach(states: readonly EngineState[], d: ColumnData, c: number): void {
  for (let i = 0; i < states.length; i++) addChild(states[i] as EngineState, d, c);
}

/** Adds one child. */
function addChild(st: EngineState, d: ColumnData, c: number): void {
  const cfg = st.config;
  const nLac = cfg.needLac ? lookedAfterOf(st, d, c) : 0;
  if (cfg.needLacMeasures) lacMeasuresOf(st, d, c, nLac);
  let inNeedInPeriod = false;
  if (cfg.needCin) inNeedInPeriod = needOf(st, d, c, nLac);
  let openInPeriod = 0;
  if (cfg.needPlans) {
    openInPeriod = plansOf(st, d, c, nLac);
    cpReviewsOf(st, d);
  }
  if (cfg.needCourt) proceedingsOf(st, d, c);
  if (cfg.needAttainment) attainmentOf(st, d, c, openInPeriod, inNeedInPeriod);
  if (cfg.needAdoptions) adoptionsOf(st, d, c);
  if (cfg.needCareLeavers) careLeaversOf(st, d, c);
}

/** Looked-after episodes known at the horizon: start, end, flags, order by start. */
function lookedAfterOf(st: EngineState, d: ColumnData, c: number): number {
  const hz = st.config.hz;
  const a = d.lacOff[c] as number;
  const b = d.lacOff[c + 1] as number;
  if (b - a > st.lacDecom.length) {
    st.lacDecom = grow(st.lacDecom, b - a);
    st.lacDec = grow(st.lacDec, b - a);
    st.lacFlags = grow(st.lacFlags, b - a);
    st.lacOrder = grow(st.lacOrder, b - a);
    st.lacRow = grow(st.lacRow, b - a);
  }
  const start = st.lacDecom;
  const end = st.lacDec;
  const flags = st.lacFlags;
  const order = st.lacOrder;
  let n = 0;
  for (let k = a; k < b; k++) {
    const s = d.lacStart[k] as number;
    if (s > hz) continue;
    const e = d.lacEnd[k] as number;
    const i = n++;
    start[i] = s;
    st.lacRow[i] = k;
    const ended = e <= hz;
    end[i] = ended ? e : OPEN_END;
    const ls = d.lacLegalStatus[k];
    const rne = d.lacNewEpisode[k];
    const place = d.lacPlacement[k];
    flags[i] =
      (ls === LS_V3 || ls === LS_V4 ? F_SHORT : 0) |
      (rne === RNE_L ? F_NOT_PLACEMENT : 0) |
      (ended && d.lacEnded[k] === REC_X1 ? F_X1 : 0) |
      (rne === RNE_S ? F_RNE_S : 0) |
      (place === PLACE_U1 || place === PLACE_U4 ? F_LONG : 0);
    // insertion sort of indices by start (records are in date order, so this is one pass)
    let j = i;
    while (j > 0 && (start[order[j - 1] as number] as number) > s) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = i;
  }
  return n;
}

/**
 * The looked-after measures (`lac.*`), from the child's episodes known at the horizon (in the
 * scratch, ordered by start): periods of care are chains of episodes that are not short breaks
 * (V3/V4), as in {@link plansOf}; a placement starts with a period of care and with every episode
 * that is not a change of legal status only (RNE `L`), and lasts until the next placement starts
 * in the same period of care or the period ends. A carer's spell (long-term stability) starts with
 * each period of care and each change of carer (RNE `P`, `B`).
 */
function lacMeasuresOf(st: EngineState, d: ColumnData, c: number, nLac: number): void {
  const cfg = st.config;
  const cnt = st.c;
  const ps = cfg.ps;
  const pe = cfg.pe;
  const snap = cfg.snap;
  let nPeriods = 0;
  let prevEnd = -OPEN_END;
  let prevX1 = false;
  // the first period starting in the period, and its legal status
  let firstStart = OPEN_END;
  let firstLs = 0;
  // the last period ending in the period (not X1), and its reason
  let lastCease = -OPEN_END;
  let lastRec = 0;
  // the period being walked: its last episode's end and reason
  let endOfPeriod = -OPEN_END;
  let recOfPeriod = 0;
  // the placement being walked, and the placements during the period
  let placeStart = OPEN_END;
  let placements = 0;
  let atSnap = false;
  let during = false;
  let snapPlace = 0;
  // the period and the carer's spells being walked, and as they were at the snapshot
  let periodStart = OPEN_END;
  let spellStart = OPEN_END;
  let prevSpellStart = OPEN_END;
  let snapPeriodStart = OPEN_END;
  let snapSpellStart = OPEN_END;
  let snapPrevSpellStart = OPEN_END;
  // lac.health: the first day of the 12 months to the snapshot, and whether a short break (V3/V4) falls in them
  const yearStart = addMonthsToDay(snap, -12) + 1;
  let shortInYear = false;
  for (let q = 0; q <= nLac; q++) {
    const i = q < nLac ? (st.lacOrder[q] as number) : -1;
    const f = i < 0 ? 0 : (st.lacFlags[i] as number);
    if ((f & F_SHORT) !== 0) {
      if ((st.lacDecom[i] as number) <= snap && (st.lacDec[i] as number) >= yearStart) shortInYear = true;
      continue;
    }
    const s = i < 0 ? OPEN_END : (st.lacDecom[i] as number);
    const isNew = i < 0 || nPeriods === 0 || (f & F_RNE_S) !== 0 || !prevX1 || prevEnd !== s;
    const newPlace = isNew || (f & F_NOT_PLACEMENT) === 0;
    // the placement before ends where this one starts, or with its period of care
    if (newPlace && placeStart !== OPEN_END) {
      const placeEnd = isNew ? endOfPeriod : s;
      if (placeStart <= pe && placeEnd > ps) placements++;
      placeStart = OPEN_END;
    }
    if (isNew && nPeriods > 0 && endOfPeriod >= ps && endOfPeriod <= pe && recOfPeriod !== REC_X1 && endOfPeriod >= lastCease) {
      lastCease = endOfPeriod;
      lastRec = recOfPeriod;
    }
    if (i < 0) break;
    const k = st.lacRow[i] as number;
    const e = st.lacDec[i] as number;
    if (isNew) {
      pushPlan(st, LAC, nPeriods, s, e, 0, 0);
      nPeriods++;
      if (s >= ps && s <= pe) {
        inc(cnt, C.LAC_START_PERIODS);
        if (s < firstStart) {
          firstStart = s;
          firstLs = d.lacLegalStatus[k] as number;
        }
      }
    }
    if (newPlace) placeStart = s;
    const rne = d.lacNewEpisode[k] as number;
    if (isNew) {
      periodStart = s;
      prevSpellStart = OPEN_END;
      spellStart = s;
    } else if (rne === RNE_P || rne === RNE_B) {
      prevSpellStart = spellStart;
      spellStart = s;
    }
    if (s <= pe && e >= ps) during = true;
    if (s <= snap && e > snap) {
      atSnap = true;
      snapPlace = d.lacPlacement[k] as number;
      snapPeriodStart = periodStart;
      snapSpellStart = spellStart;
      snapPrevSpellStart = prevSpellStart;
    }
    endOfPeriod = e;
    (st.planEnd[LAC] as Int32Array)[nPeriods - 1] = e;
    recOfPeriod = e === OPEN_END ? 0 : (d.lacEnded[k] as number);
    prevEnd = e;
    prevX1 = (f & F_X1) !== 0;
  }
  const uasc = d.uascFlag[c] === 1;
  reviewsOf(st, d, c, nPeriods);
  if (during) {
    inc(cnt, C.LAC_DURING);
    let missing = 0;
    let away = 0;
    for (let k = d.misOff[c] as number, b = d.misOff[c + 1] as number; k < b; k++) {
      const s = d.misStart[k] as number;
      if (s < ps || s > pe) continue;
      if (d.misType[k] === MIS_M) missing++;
      else if (d.misType[k] === MIS_A) away++;
    }
    if (missing > 0) inc(cnt, C.MIS_CH);
    if (away > 0) inc(cnt, C.AWAY_CH);
    cnt[C.MIS_N] = (cnt[C.MIS_N] as number) + missing;
    cnt[C.AWAY_N] = (cnt[C.AWAY_N] as number) + away;
  }
  if (firstStart !== OPEN_END) {
    inc(cnt, C.LAC_START_CH);
    inc(cnt, C.LAC_START_AGE + ageSlot(d, c, firstStart));
    if (uasc) inc(cnt, C.LAC_UASC_START);
    inc(cnt, C.LAC_START_LS + (LS_GROUP_OF[firstLs] as number));
  }
  if (lastCease !== -OPEN_END) {
    inc(cnt, C.LAC_CEASE_CH);
    inc(cnt, C.LAC_CEASE_REC + (REC_GROUP_OF[lastRec] as number));
  }
  // lac.health: looked after continuously for 12 months or more at the snapshot, no short break in them
  if (cfg.needHealth && atSnap && snapPeriodStart <= yearStart && !shortInYear) healthOf(st, d, c);
  if (atSnap) {
    inc(cnt, C.LAC_SNAP);
    inc(cnt, C.LAC_PLACE + (PLACE_GROUP_OF[snapPlace] as number));
    if (placements >= 3) inc(cnt, C.LAC_STAB3);
    if (uasc) inc(cnt, C.LAC_UASC_SNAP);
    // long-term stability: looked after continuously for 2.5 years or more, under 16
    if (snapPeriodStart <= addMonthsToDay(snap, -30)) {
      const dob = d.dobDay[c] as number;
      if (dob === OPEN_END) inc(cnt, C.LAC_LONG_NO_DOB);
      else if (snap < addMonthsToDay(dob, 192)) {
        inc(cnt, C.LAC_LONG_DEN);
        // placed for adoption: the adoptive placement and the one before it together
        const adoption = PLACE_GROUP_OF[snapPlace] === PLACE_ADOPTION && snapPrevSpellStart !== OPEN_END;
        if ((adoption ? snapPrevSpellStart : snapSpellStart) <= addMonthsToDay(snap, -24)) inc(cnt, C.LAC_LONG_NUM);
      }
    }
  }
}

/**
 * Child protection review conferences (Working Together to Safeguard Children 2023): of children
 * on a plan at the snapshot that started 3 months or more before it, whether every plan's
 * reviews up to the snapshot were held in time, the first within 3 months of the plan's start
 * (the initial conference), each later one within 6 months of the one before, and the next one
 * not overdue at the snapshot. CP plans are in the plan scratch (from the pass over episodes of need).
 */
function cpReviewsOf(st: EngineState, d: ColumnData): void {
  const snap = st.config.snap;
  const starts = st.planStart[CP] as Int32Array;
  const ends = st.planEnd[CP] as Int32Array;
  let on = false;
  let ok = true;
  for (let i = 0; i < st.nCp; i++) {
    const s = starts[i] as number;
    if (s > addMonthsToDay(snap, -3) || (ends[i] as number) <= snap) continue;
    on = true;
    const row = st.cpRow[i] as number;
    const a = d.cpRevOff[row] as number;
    const b = d.cpRevOff[row + 1] as number;
    let prev = s;
    let due = addMonthsToDay(s, 3);
    for (;;) {
      let next = OPEN_END;
      for (let k = a; k < b; k++) {
        const x = d.cpRevDay[k] as number;
        if (x > prev && x <= snap && x < next) next = x;
      }
      if (next === OPEN_END) break;
      if (next > due) ok = false;
      prev = next;
      due = addMonthsToDay(next, 6);
    }
    if (snap > due) ok = false;
  }
  if (on) {
    inc(st.c, C.CPR_DEN);
    if (ok) inc(st.c, C.CPR_NUM);
  }
}

/**
 * Looked-after reviews in the period, each against its timescale (Care Planning, Placement and
 * Case Review (England) Regulations 2010, reg 33): in the period of care holding it, the first
 * within 20 working days of the period's start, the second within 3 months of the first, each
 * later one within 6 months of the one before. Periods of care are in the LAC plan scratch.
 */
function reviewsOf(st: EngineState, d: ColumnData, c: number, nPeriods: number): void {
  const cfg = st.config;
  const cnt = st.c;
  const cal = cfg.calendar;
  const starts = st.planStart[LAC] as Int32Array;
  const ends = st.planEnd[LAC] as Int32Array;
  const a = d.revOff[c] as number;
  const b = d.revOff[c + 1] as number;
  for (let k = a; k < b; k++) {
    const r = d.revDay[k] as number;
    if (r < cfg.ps || r > cfg.pe) continue;
    let p = -1;
    for (let i = 0; i < nPeriods; i++) if ((starts[i] as number) <= r && r <= (ends[i] as number)) p = i;
    if (p < 0) {
      inc(cnt, C.REV_NO_PERIOD);
      continue;
    }
    const from = starts[p] as number;
    let before = 0;
    let prev = from;
    for (let j = a; j < b; j++) {
      const x = d.revDay[j] as number;
      if (x >= from && x < r) {
        before++;
        if (x > prev) prev = x;
      }
    }
    let ok: boolean;
    if (before === 0) {
      const wd = wdays(cal.ordinals, cal.firstDay, cal.lastDay, from, r);
      if (wd === OUTSIDE) {
        inc(cnt, C.REV_OOC);
        continue;
      }
      ok = wd <= 20;
    } else ok = r <= addMonthsToDay(prev, before === 1 ? 3 : 6);
    inc(cnt, C.REV_N);
    if (ok) inc(cnt, C.REV_OK);
  }
}

/**
 * Episodes of need: referrals, re-referrals, sources, outcomes, assessments, section 47
 * enquiries and conferences, children in need; the episode's CIN and CP plans go into the
 * per-type scratch for {@link plansOf}. Returns whether the child was in need during the period.
 */
function needOf(st: EngineState, d: ColumnData, c: number, nLac: number): boolean {
  const cfg = st.config;
  const cnt = st.c;
  const hs = st.h;
  const cal = cfg.calendar;
  const ord = cal.ordinals;
  const first = cal.firstDay;
  const last = cal.lastDay;
  const ps = cfg.ps;
  const pe = cfg.pe;
  const snap = cfg.snap;
  const hz = cfg.hz;
  const needPlans = cfg.needPlans;
  const a0 = d.cinOff[c] as number;
  const b0 = d.cinOff[c + 1] as number;
  const epKnown = d.epKnown;
  const refDay = d.refDay;
  let inNeedInPeriod = false;
  let childRef = false;
  let childReRef = false;
  let childAsm = false;
  let childS47 = false;
  let childIcpc = false;
  let cinSnap = false;
  // the episode open at the snapshot with the latest referral: its primary need
  let snapRef = -OPEN_END;
  let snapNeed = 0;
  let nCin = 0;
  let nCp = 0;
  for (let i = a0; i < b0; i++) {
    if ((epKnown[i] as number) > hz) continue;
    const rd = refDay[i] as number;
    const closure = upTo(d.closeDay[i] as number, hz);
    const reason = closure === OPEN_END ? 0 : (d.closeReason[i] as number);
    const nfa = d.nfa[i] === NFA_YES;
    // In need at the snapshot: open then and not an NFA referral. (An episode closed RC8/RC9
    // after the snapshot was open at it: its closure is not known at the snapshot.)
    if (!nfa) {
      if (rd <= snap && closure > snap) {
        cinSnap = true;
        if (rd >= snapRef) {
          snapRef = rd;
          snapNeed = d.primaryNeed[i] as number;
        }
      }
      if (rd <= pe && closure > ps && !(closure <= pe && (reason === RC8 || reason === RC9))) inNeedInPeriod = true;
    }
    const referralInPeriod = rd >= ps && rd <= pe;

    // assessments
    let firstStart = OPEN_END;
    let firstAuth = -OPEN_END;
    let authorisedByEnd = false;
    for (let a = d.asmOff[i] as number, ae = d.asmOff[i + 1] as number; a < ae; a++) {
      const s = d.asmStart[a] as number;
      if (s > hz) continue;
      const auth = upTo(d.asmAuth[a] as number, hz);
      const ad = auth === OPEN_END ? -OPEN_END : auth;
      if (auth !== OPEN_END) {
        if (ad <= pe) authorisedByEnd = true;
        if (ad >= ps && ad <= pe) {
          inc(cnt, C.ASM);
          factorsOf(cnt, d.asmFactorLo[a] as number, d.asmFactorHi[a] as number);
          childAsm = true;
          // a start before the referral cannot be right (DfE CIN census validation rule 1103):
          // the duration is left out, the assessment is counted
          const wd = s < rd ? PRE_REFERRAL : wdays(ord, first, last, s, ad);
          if (wd === PRE_REFERRAL) inc(cnt, C.ASM_PRE_REF);
          else if (wd === OUTSIDE) inc(cnt, C.ASM_OOC);
          else if (wd < 0) inc(cnt, C.ASM_NEG);
          else addToHistogram(hs[H.ASM] as Histogram, wd);
        }
      }
      if (s < firstStart) {
        firstStart = s;
        firstAuth = ad;
      }
    }
    if (firstAuth >= ps && firstAuth <= pe) {
      const wd = wdays(ord, first, last, rd, firstAuth);
      if (wd === OUTSIDE) inc(cnt, C.R2D_OOC);
      else if (wd < 0) inc(cnt, C.R2D_NEG);
      else addToHistogram(hs[H.R2D] as Histogram, wd);
    }

    // section 47 enquiries and conferences
    const q0 = d.s47Off[i] as number;
    const q1 = d.s47Off[i + 1] as number;
    for (let q = q0; q < q1; q++) {
      const s = d.s47Start[q] as number;
      if (s > hz) continue;
      if (s >= ps && s <= pe) {
        inc(cnt, C.S47);
        childS47 = true;
      }
      const ic = upTo(d.s47Icpc[q] as number, hz);
      if (ic !== OPEN_END && ic >= ps && ic <= pe) {
        inc(cnt, C.ICPC);
        childIcpc = true;
        // a section 47 start before the referral cannot be right (DfE rule 2889)
        const wd = s < rd ? PRE_REFERRAL : wdays(ord, first, last, s, ic);
        if (wd === PRE_REFERRAL) inc(cnt, C.ICPC_PRE_REF);
        else if (wd === OUTSIDE) inc(cnt, C.ICPC_OOC);
        else if (wd < 0) inc(cnt, C.ICPC_NEG);
        else addToHistogram(hs[H.ICPC] as Histogram, wd);
        const sdDay = upTo(d.s47Sd[q] as number, hz);
        if (sdDay !== OPEN_END) {
          const sd = wdays(ord, first, last, sdDay, ic);
          if (sd === OUTSIDE) inc(cnt, C.ICPC_SD_OOC);
          else if (sd < 0) inc(cnt, C.ICPC_SD_NEG);
          else addToHistogram(hs[H.ICPC_SD] as Histogram, sd);
        }
      }
    }
    const eic = upTo(d.epIcpcDay[i] as number, hz);
    if (eic !== OPEN_END && eic >= ps && eic <= pe) {
      // not a second count of a conference an enquiry of the episode already holds
      let duplicate = false;
      for (let q = q0; q < q1; q++) if ((d.s47Start[q] as number) <= hz && d.s47Icpc[q] === eic) duplicate = true;
      if (!duplicate) {
        inc(cnt, C.ICPC);
        inc(cnt, C.ICPC_EP);
        childIcpc = true;
      }
    }

    // plans of the episode, into the per-type scratch
    let cinPlanByEnd = false;
    let cpPlanByEnd = false;
    if (needPlans || referralInPeriod) {
      for (let p = d.cinPlanOff[i] as number, pe1 = d.cinPlanOff[i + 1] as number; p < pe1; p++) {
        const s = d.cinPlanStart[p] as number;
        if (s > hz) continue;
        if (s <= pe) cinPlanByEnd = true;
        // a start before the referral cannot be right (DfE rule 4015): the plan's duration is left out
        pushPlan(st, CIN, nCin++, s, upTo(d.cinPlanEnd[p] as number, hz), 0, s < rd ? 1 : 0);
      }
      for (let p = d.cpPlanOff[i] as number, pe1 = d.cpPlanOff[i + 1] as number; p < pe1; p++) {
        const s = d.cpPlanStart[p] as number;
        if (s > hz) continue;
        if (s <= pe) cpPlanByEnd = true;
        // DfE rule 1105, as rule 4015 for CIN plans; a number of previous plans not recorded
        // (-1) counts as none
        if (nCp >= st.cpRow.length) {
          const g = grow(st.cpRow, nCp + 1);
          g.set(st.cpRow);
          st.cpRow = g;
        }
        st.cpRow[nCp] = p;
        pushPlan(st, CP, nCp++, s, upTo(d.cpPlanEnd[p] as number, hz), d.cpPrevious[p] as number, s < rd ? 1 : 0);
      }
    }

    if (referralInPeriod) {
      inc(cnt, C.REF);
      inc(cnt, C.REF_AGE + ageSlot(d, c, rd));
      childRef = true;
      // a re-referral: within 12 months of a previous referral p, counted forward from p:
      // p < rd <= p + 12 months (lo - 4 only narrows the candidates before the exact test)
      const lo = addMonthsToDay(rd, -12) - 4;
      for (let j = a0; j < b0; j++) {
        if (j === i || (epKnown[j] as number) > hz) continue;
        const rj = refDay[j] as number;
        if (rj < rd && rj >= lo && rd <= addMonthsToDay(rj, 12)) {
          inc(cnt, C.REREF);
          childReRef = true;
          break;
        }
      }
      const src = d.source[i] as number;
      inc(cnt, C.SRC + (src === 0 ? SOURCE_MISSING : src - 1));
      if (nfa) inc(cnt, C.NFA);
      if (closure <= pe) {
        if (reason === RC8) inc(cnt, C.RC8);
        else if (reason === RC9) inc(cnt, C.RC9);
      }
      // furthest level reached, as known at the end of the period
      let lac = false;
      const until = closure < pe ? closure : pe;
      for (let q = 0; q < nLac; q++) {
        const s = st.lacDecom[q] as number;
        if ((st.lacFlags[q]! & F_SHORT) === 0 && s >= rd && s <= until) lac = true;
      }
      const closedByEnd = closure <= pe;
      let out: number;
      if (lac) out = 0;
      else if (cpPlanByEnd) out = 1;
      else if (cinPlanByEnd) out = 2;
      else if (nfa) out = 4;
      else if (closedByEnd && reason === RC9) out = 3;
      else if (closedByEnd && reason === RC8) out = 4;
      else if (closedByEnd || authorisedByEnd) out = 2;
      else out = 5;
      inc(cnt, C.OUT + out);
    }
  }
  if (childRef) inc(cnt, C.REF_CH);
  if (childReRef) inc(cnt, C.REREF_CH);
  if (childAsm) inc(cnt, C.ASM_CH);
  if (childS47) inc(cnt, C.S47_CH);
  if (childIcpc) inc(cnt, C.ICPC_CH);
  if (cinSnap) {
    inc(cnt, C.CIN_SNAP);
    inc(cnt, C.CIN_SNAP_AGE + ageSlot(d, c, snap));
    inc(cnt, C.CIN_SNAP_NEED + codeSlot(snapNeed, NEEDS));
  }
  st.nCin = nCin;
  st.nCp = nCp;
  return inNeedInPeriod;
}

/** Plans of each type: open at the snapshot, ending, starting (repeats), visits. Returns the types open in the period (bits). */
function plansOf(st: EngineState, d: ColumnData, c: number, nLac: number): number {
  const cfg = st.config;
  const cnt = st.c;
  const cal = cfg.calendar;
  const ps = cfg.ps;
  const pe = cfg.pe;
  const snap = cfg.snap;
  const hz = cfg.hz;
  const needVisits = cfg.needVisits;
  // CIN and CP plans were gathered by needOf (needPlans implies needCin)
  const nCin = st.nCin;
  const nCp = st.nCp;
  let openAtSnap = 0;
  let openInPeriod = 0;

  // visits: day numbers and plan-type masks, sorted by day
  let nVisits = 0;
  if (needVisits) {
    const a = d.visitOff[c] as number;
    const b = d.visitOff[c + 1] as number;
    if (b - a > st.visitDays.length) {
      st.visitDays = grow(st.visitDays, b - a);
      st.visitMask = grow(st.visitMask, b - a);
    }
    const vd = st.visitDays;
    const vm = st.visitMask;
    for (let k = a; k < b; k++) {
      const day = d.visitDay[k] as number;
      if (day > hz) continue;
      const mask = d.visitPlans[k] as number;
      let j = nVisits++;
      while (j > 0 && (vd[j - 1] as number) > day) {
        vd[j] = vd[j - 1] as number;
        vm[j] = vm[j - 1] as number;
        j--;
      }
      vd[j] = day;
      vm[j] = mask;
    }
  }

  // early help
  let nEh = 0;
  for (let k = d.ehOff[c] as number, b = d.ehOff[c + 1] as number; k < b; k++) {
    const s = d.ehStart[k] as number;
    if (s > hz) continue;
    pushPlan(st, EH, nEh++, s, upTo(d.ehEnd[k] as number, hz), 0, 0);
  }
  // looked after: periods of care from non-short-break episodes; placement starts for visits
  let nPeriods = 0;
  let nPlace = 0;
  let prevEnd = -OPEN_END;
  let prevX1 = false;
  for (let q = 0; q < nLac; q++) {
    const i = st.lacOrder[q] as number;
    const f = st.lacFlags[i] as number;
    if ((f & F_SHORT) !== 0) continue;
    const s = st.lacDecom[i] as number;
    const isNew = nPeriods === 0 || (f & F_RNE_S) !== 0 || !prevX1 || prevEnd !== s;
    if (isNew) {
      pushPlan(st, LAC, nPeriods++, s, st.lacDec[i] as number, nPlace, 0);
    } else {
      st.planEnd[LAC]![nPeriods - 1] = st.lacDec[i] as number;
    }
    if (isNew || (f & F_NOT_PLACEMENT) === 0) {
      if (nPlace >= st.placeStarts.length) {
        const g = grow(st.placeStarts, nPlace + 1);
        g.set(st.placeStarts);
        st.placeStarts = g;
        const l = grow(st.placeLong, nPlace + 1);
        l.set(st.placeLong);
        st.placeLong = l;
      }
      st.placeLong[nPlace] = (f & F_LONG) !== 0 ? 1 : 0;
      st.placeStarts[nPlace++] = s;
    }
    prevEnd = st.lacDec[i] as number;
    prevX1 = (f & F_X1) !== 0;
  }

  let seenDen = false;
  let seenOk = true;
  let seenUnknown = false;
  for (let t = 0; t < 4; t++) {
    const n = t === EH ? nEh : t === CIN ? nCin : t === CP ? nCp : nPeriods;
    if (n === 0) continue;
    const base = C.PT + t * PT_SIZE;
    const starts = st.planStart[t] as Int32Array;
    const ends = st.planEnd[t] as Int32Array;
    const extra = st.planExtra[t] as Int32Array;
    const bad = st.planBad[t] as Int32Array;
    let open = false;
    let inPeriod = false;
    let started = false;
    let rep12 = false;
    let rep24 = false;
    let prevAny = false;
    let visitsOk = 1;
    const rule = cfg.visitRules[t];
    // the plan open at the snapshot that started last, and the first starting in the period
    let atSnap = -1;
    let first = -1;
    for (let i = 0; i < n; i++) {
      const s = starts[i] as number;
      const e = ends[i] as number;
      if (s <= snap && e > snap) {
        open = true;
        if (atSnap < 0 || s >= (starts[atSnap] as number)) atSnap = i;
      }
      const openDuring = s <= pe && e > ps;
      if (openDuring) inPeriod = true;
      if (e >= ps && e <= pe && bad[i] === 1) inc(cnt, base + P.END_PRE_REF);
      else if (e >= ps && e <= pe) {
        // The DfE bands (3 months or less; more than 3 up to 6 months; more than 6 months,
        // less than 1 year; 1 year, less than 2; 2 years or more) and the cumulative shares
        // with the same edges, so each share is a sum of bands: more than 6 months (e > m6),
        // 1 year or more (e >= m12), 2 years or more (e >= m24).
        inc(cnt, base + P.END);
        const m6 = addMonthsToDay(s, 6);
        const m12 = addMonthsToDay(s, 12);
        const m24 = addMonthsToDay(s, 24);
        if (e <= addMonthsToDay(s, 3)) inc(cnt, base + P.B3);
        else if (e <= m6) inc(cnt, base + P.B6);
        else if (e < m12) inc(cnt, base + P.B12);
        else if (e < m24) inc(cnt, base + P.B24);
        if (e > m6) inc(cnt, base + P.END6);
        if (e >= m12) inc(cnt, base + P.END12);
        if (e >= m24) inc(cnt, base + P.END24);
      }
      if (s >= ps && s <= pe) {
        started = true;
        if (first < 0 || s < (starts[first] as number)) first = i;
        if (t === CP) inc(cnt, C.CP_START_PLANS);
        else if (t === CIN) inc(cnt, C.CIN_START_PLANS);
        if (t === CP && (extra[i] as number) >= 1) prevAny = true;
        // a previous plan that ended e <= s, with s within 12 (24) months of e counted
        // forward: s <= e + 12 months (lo24 - 4 only narrows the candidates)
        const lo24 = addMonthsToDay(s, -24) - 4;
        for (let j = 0; j < n; j++) {
          if (j === i) continue;
          const ej = ends[j] as number;
          const sj = starts[j] as number;
          if (sj < s) prevAny = true;
          if (ej !== OPEN_END && ej <= s && sj <= s && ej >= lo24) {
            if (s <= addMonthsToDay(ej, 12)) rep12 = true;
            if (s <= addMonthsToDay(ej, 24)) rep24 = true;
          }
        }
      }
      if (rule !== undefined && openDuring && needVisits && visitsOk === 1) {
        const a = s > ps ? s : ps;
        const b = e < pe ? e : pe;
        if (a <= b) {
          // placement starts of this period of care (looked after), else only the plan start
          const pFrom = t === LAC ? (extra[i] as number) : 0;
          const pTo = t === LAC ? (i + 1 < n ? (extra[i + 1] as number) : nPlace) : 0;
          visitsOk = visitsKept(st, cal, rule, 1 << t, nVisits, s, a, b, pFrom, pTo);
        }
      }
    }
    if (open) {
      inc(cnt, base + P.OPEN);
      openAtSnap++;
      if (t === LAC) inc(cnt, C.LAC_OPEN_AGE + ageSlot(d, c, snap));
      if (t === CP) {
        const row = st.cpRow[atSnap] as number;
        inc(cnt, C.CP_SNAP_AGE + ageSlot(d, c, snap));
        inc(cnt, C.CP_SNAP_INITIAL + codeSlot(d.cpInitial[row] as number, CATEGORIES));
        inc(cnt, C.CP_SNAP_LATEST + codeSlot(d.cpLatest[row] as number, CATEGORIES));
      }
    }
    if (inPeriod) {
      inc(cnt, base + P.OPEN_IN_PERIOD);
      openInPeriod |= 1 << t;
      if (rule !== undefined && needVisits) {
        if (visitsOk === -1) {
          inc(cnt, base + P.SEEN_OOC);
          seenUnknown = true;
        } else {
          inc(cnt, base + P.SEEN_DEN);
          seenDen = true;
          if (visitsOk === 1) inc(cnt, base + P.SEEN_NUM);
          else seenOk = false;
        }
      }
    }
    if (started) {
      inc(cnt, base + P.START_CH);
      if (t === CP) {
        inc(cnt, C.CP_START_AGE + ageSlot(d, c, starts[first] as number));
        inc(cnt, C.CP_START_INITIAL + codeSlot(d.cpInitial[st.cpRow[first] as number] as number, CATEGORIES));
      }
      if (rep12) inc(cnt, base + P.REP12);
      if (rep24) inc(cnt, base + P.REP24);
      if (prevAny) inc(cnt, base + P.PREV_ANY);
    }
  }
  if (openAtSnap > 0) inc(cnt, C.ANY_PLAN_SNAP);
  if (seenUnknown) inc(cnt, C.SEEN_ANY_OOC);
  else if (seenDen) {
    inc(cnt, C.SEEN_ANY_DEN);
    if (seenOk) inc(cnt, C.SEEN_ANY_NUM);
  }
  return openInPeriod;
}

/** Care proceedings: pre-proceedings to issue, issue to final order. */
function proceedingsOf(st: EngineState, d: ColumnData, c: number): void {
  const cfg = st.config;
  const cnt = st.c;
  const hs = st.h;
  const ps = cfg.ps;
  const pe = cfg.pe;
  const hz = cfg.hz;
  for (let k = d.procOff[c] as number, b = d.procOff[c + 1] as number; k < b; k++) {
    if ((d.procKnown[k] as number) > hz) continue;
    const issue = upTo(d.procIssue[k] as number, hz);
    if (issue !== OPEN_END && issue >= ps && issue <= pe) {
      const pre = upTo(d.procPreStart[k] as number, hz);
      if (pre === OPEN_END) inc(cnt, C.COURT_NO_PRE);
      else {
        const days = issue - pre;
        if (days < 0) inc(cnt, C.COURT_NEG);
        else addToHistogram(hs[H.TO_COURT] as Histogram, days);
      }
    }
    const f = upTo(d.procFinal[k] as number, hz);
    if (f !== OPEN_END && f >= ps && f <= pe) {
      if (issue === OPEN_END) inc(cnt, C.THROUGH_NO_ISSUE);
      else if (f - issue < 0) inc(cnt, C.THROUGH_NEG);
      else addToHistogram(hs[H.THROUGH] as Histogram, f - issue);
    }
  }
}

/**
 * Attainment: groups are plan types open at any time in the period (child in need: an episode
 * of need open in the period).
 */
function attainmentOf(st: EngineState, d: ColumnData, c: number, openInPeriod: number, inNeedInPeriod: boolean): void {
  const cfg = st.config;
  const cnt = st.c;
  const upn = d.upns[c];
  const score = cfg.scoreByChild.get(d.childIds[c] as string) ?? (upn === undefined ? undefined : cfg.scoreByUpn.get(upn));
  if (score === undefined) return;
  const groups = [(openInPeriod & 1) !== 0, inNeedInPeriod || (openInPeriod & 2) !== 0, (openInPeriod & 4) !== 0, (openInPeriod & 8) !== 0];
  let any = false;
  for (let g = 0; g < 4; g++) {
    if (groups[g] === true) {
      any = true;
      inc(cnt, C.ATT_N + g);
      cnt[C.ATT_SUM + g] = (cnt[C.ATT_SUM + g] as number) + score;
    }
  }
  if (any) {
    inc(cnt, C.ATT_N + 4);
    cnt[C.ATT_SUM + 4] = (cnt[C.ATT_SUM + 4] as number) + score;
  }
}

/**
 * Within a visit interval from `prev` to `next`: 1 yes, 0 no, -1 cannot tell (a day outside the calendar).
 *
 * @internal
 */
export function within(cal: WorkingDayCalendar, iv: VisitInterval, prev: number, next: number): number {
  if (iv.unit === "workingDays") {
    const wd = wdays(cal.ordinals, cal.firstDay, cal.lastDay, prev, next);
    return wd === OUTSIDE ? -1 : wd <= iv.value ? 1 : 0;
  }
  if (iv.unit === "days") return next - prev <= iv.value ? 1 : 0;
  return next <= addMonthsToDay(prev, iv.value) ? 1 : 0;
}

/**
 * Working days from `a` to `b` with the calendar's ordinals read directly (the same value as
 * `workingDaysBetweenDayNumbers`), or {@link OUTSIDE} when a day is outside the calendar: the
 * duration is then left out of its figure and counted there as excluded, and the child is
 * kept for every other figure.
 *
 * @internal
 */
export function wdays(ord: Int32Array, first: number, last: number, a: number, b: number): number {
  if (a >= first && b >= first && a <= last && b <= last) return (ord[b - first] as number) - (ord[a - first] as number);
  return OUTSIDE;
}

/**
 * Whether the visits counting towards plan type `bit` kept to the rule from `a` to `b` (the
 * part of the plan, started `planStart`, inside the period): 1 yes, 0 no, -1 cannot tell (a gap
 * in working days with a day outside the calendar). Every gap is measured: from `a` (the period
 * start stands in for a visit before it), between visits, and to `b`. Under a
 * {@link PlacementVisitRule} (Care Planning, Placement and Case Review (England) Regulations
 * 2010, reg 28(2)), the start of each placement (`st.placeStarts[pFrom..pTo)`) opens a gap that
 * must close within `afterPlacementStart`; a gap that starts in the first year of its placement
 * must close within `firstYear`; later gaps within `thereafterLongTerm` for a placement intended
 * to last until 18 (long-term fostering, U1/U4), else `thereafter`. A placement start on a
 * visit's day comes first, so a visit on the day of the move is the visit after it.
 *
 * @internal
 */
export function visitsKept(st: EngineState, cal: WorkingDayCalendar, rule: VisitRule, bit: number, nVisits: number, planStart: number, a: number, b: number, pFrom: number, pTo: number): number {
  const vd = st.visitDays;
  const vm = st.visitMask;
  const places = st.placeStarts;
  const placement = !("unit" in rule);
  let placed = planStart;
  let longTerm = false;
  let x = pFrom;
  if (placement) {
    while (x < pTo && (places[x] as number) <= a) {
      placed = places[x] as number;
      longTerm = st.placeLong[x] === 1;
      x++;
    }
  } else x = pTo;
  let fresh = placement && placed === a;
  let prev = a;
  let v = 0;
  for (;;) {
    while (v < nVisits && (((vm[v] as number) & bit) === 0 || (vd[v] as number) < a)) v++;
    const nextVisit = v < nVisits && (vd[v] as number) <= b ? (vd[v] as number) : OPEN_END;
    const nextPlace = x < pTo && (places[x] as number) <= b ? (places[x] as number) : OPEN_END;
    const d = nextPlace <= nextVisit ? (nextPlace === OPEN_END ? b : nextPlace) : nextVisit;
    let iv: VisitInterval;
    if (!placement) iv = rule;
    else iv = fresh ? rule.afterPlacementStart : prev < addMonthsToDay(placed, 12) ? rule.firstYear : longTerm ? rule.thereafterLongTerm : rule.thereafter;
    const ok = within(cal, iv, prev, d);
    if (ok !== 1) return ok;
    if (nextPlace === OPEN_END && nextVisit === OPEN_END) return 1;
    prev = d;
    if (nextPlace <= nextVisit) {
      placed = nextPlace;
      longTerm = st.placeLong[x] === 1;
      fresh = true;
      x++;
    } else {
      fresh = false;
      v++;
    }
  }
}

/** @internal */
export function grow(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a;
  let size = a.length;
  while (size < n) size *= 2;
  return new Int32Array(size);
}

/** @internal */
export function pushPlan(st: EngineState, t: number, i: number, start: number, end: number, extra: number, bad: number): void {
  if (i >= (st.planStart[t] as Int32Array).length) {
    const size = i + 1;
    const s = grow(st.planStart[t] as Int32Array, size);
    s.set(st.planStart[t] as Int32Array);
    const e = grow(st.planEnd[t] as Int32Array, size);
    e.set(st.planEnd[t] as Int32Array);
    const x = grow(st.planExtra[t] as Int32Array, size);
    x.set(st.planExtra[t] as Int32Array);
    const b = grow(st.planBad[t] as Int32Array, size);
    b.set(st.planBad[t] as Int32Array);
    st.planBad[t] = b;
    st.planStart[t] = s;
    st.planEnd[t] = e;
    st.planExtra[t] = x;
  }
  (st.planStart[t] as Int32Array)[i] = start;
  (st.planEnd[t] as Int32Array)[i] = end;
  (st.planExtra[t] as Int32Array)[i] = extra;
  (st.planBad[t] as Int32Array)[i] = bad;
}

/** Increments a counter (V8 inlines it). */
function inc(c: Float64Array, i: number): void {
  c[i] = (c[i] as number) + 1;
}

// --- lac.adoption-timeliness ------------------------------------------------------------------

const REC_E11 = codeOf(EPISODE_END_REASON_CODES, "E11");
const REC_E12 = codeOf(EPISODE_END_REASON_CODES, "E12");
const PLACE_A3 = codeOf(PLACEMENT_TYPE_CODES, "A3");
const PLACE_A4 = codeOf(PLACEMENT_TYPE_CODES, "A4");
const PLACE_A5 = codeOf(PLACEMENT_TYPE_CODES, "A5");
const PLACE_A6 = codeOf(PLACEMENT_TYPE_CODES, "A6");
const RNE_T = codeOf(NEW_EPISODE_REASON_CODES, "T");
const RNE_U = codeOf(NEW_EPISODE_REASON_CODES, "U");
const LS_E1 = codeOf(LEGAL_STATUS_CODES, "E1");
const LS_D1 = codeOf(LEGAL_STATUS_CODES, "D1");

/** The collection year (the year of the 31 March that ends it) of a day. */
function collectionYearOf(day: number): number {
  // The civil year, then one more from 1 April.
  let y = Math.floor(day / 365.2425) + 1970;
  while (fastDay(`${String(y)}-01-01`) > day) y--;
  while (fastDay(`${String(y + 1)}-01-01`) <= day) y++;
  return day >= fastDay(`${String(y)}-04-01`) ? y + 1 : y;
}

/**
 * A2 for an adoption (episode `j` of the sorted episodes, its period of care starting at
 * `first`): days from the court authority to place (the first episode of the period with legal
 * status E1 placement order or D1 freeing order) to the match (the AD1 row of the adoption's
 * collection year, or the child's only AD1 row when it has no year), 0 when the match came
 * first. Known at the horizon: AD1 rows of a later year, and match dates after it, are not.
 */
function a2Of(st: EngineState, d: ColumnData, c: number, order: Int32Array, first: number, j: number): void {
  const cfg = st.config;
  const cs = st.c;
  let authority = OPEN_END;
  for (let m = first; m <= j && authority === OPEN_END; m++) {
    const ls = d.lacLegalStatus[order[m] as number];
    if (ls === LS_E1 || ls === LS_D1) authority = d.lacStart[order[m] as number] as number;
  }
  if (authority === OPEN_END) {
    inc(cs, C.A2_NO_AUTHORITY);
    return;
  }
  const year = collectionYearOf(d.lacEnd[order[j] as number] as number);
  let match = OPEN_END;
  let found = false;
  let known = 0;
  let undated = OPEN_END;
  for (let k = d.adOff[c] as number, end = d.adOff[c + 1] as number; k < end; k++) {
    const y = d.adYear[k] as number;
    if (y !== 0 && fastDay(`${String(y)}-03-31`) > cfg.hz) continue;
    known++;
    const m = d.adMatch[k] as number;
    const day = m > cfg.hz ? OPEN_END : m;
    if (y === year && !found) {
      found = true;
      match = day;
    }
    if (y === 0) undated = day;
  }
  if (!found && known === 1) match = undated;
  if (match === OPEN_END) {
    inc(cs, C.A2_NO_MATCH);
    return;
  }
  inc(cs, C.A2_N);
  cs[C.A2_SUM] = (cs[C.A2_SUM] as number) + Math.max(0, match - authority);
}

// The child's looked-after episodes known at the horizon, by start (column rows).
let adoptionOrder: Int32Array = new Int32Array(16);

/**
 * Adoptions in the period (an episode ending E11 or E12 in it): A1, days from the start of the
 * period of care (its first episode: the chain of episodes ending X1 back from the adoption) to
 * the start of its first adoptive placement (A3-A6); A10, A1 but to the day the child moved in
 * with the foster carers who adopted them when the adoptive placement is with the current foster
 * carers (A3, A5): the start of the chain of episodes before it with the same carers (each next
 * episode's reason L, T or U).
 */
function adoptionsOf(st: EngineState, d: ColumnData, c: number): void {
  const cfg = st.config;
  const a = d.lacOff[c] as number;
  const b = d.lacOff[c + 1] as number;
  if (b - a > adoptionOrder.length) adoptionOrder = grow(adoptionOrder, b - a);
  const order = adoptionOrder;
  let n = 0;
  for (let k = a; k < b; k++) {
    const s = d.lacStart[k] as number;
    if (s > cfg.hz) continue;
    let j = n++;
    while (j > 0 && (d.lacStart[order[j - 1] as number] as number) > s) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = k;
  }
  const cs = st.c;
  for (let j = 0; j < n; j++) {
    const k = order[j] as number;
    const end = d.lacEnd[k] as number;
    const rec = d.lacEnded[k];
    if ((rec !== REC_E11 && rec !== REC_E12) || end < cfg.ps || end > cfg.pe) continue;
    inc(cs, C.ADOPTED);
    let first = j;
    while (first > 0 && d.lacEnded[order[first - 1] as number] === REC_X1 && (d.lacEnd[order[first - 1] as number] as number) <= cfg.hz) first--;
    a2Of(st, d, c, order, first, j);
    let placed = -1;
    for (let m = first; m <= j && placed < 0; m++) {
      const place = d.lacPlacement[order[m] as number];
      if (place === PLACE_A3 || place === PLACE_A4 || place === PLACE_A5 || place === PLACE_A6) placed = m;
    }
    if (placed < 0) {
      inc(cs, C.ADOPTED_NO_PLACEMENT);
      continue;
    }
    const entry = d.lacStart[order[first] as number] as number;
    const movedIn = d.lacStart[order[placed] as number] as number;
    const place = d.lacPlacement[order[placed] as number];
    let withCarers = placed;
    if (place === PLACE_A3 || place === PLACE_A5) {
      inc(cs, C.ADOPTED_BY_FOSTER_CARER);
      while (withCarers > first) {
        const rne = d.lacNewEpisode[order[withCarers] as number];
        if (rne !== RNE_L && rne !== RNE_T && rne !== RNE_U) break;
        withCarers--;
      }
    }
    inc(cs, C.A1_N);
    cs[C.A1_SUM] = (cs[C.A1_SUM] as number) + (movedIn - entry);
    cs[C.A10_SUM] = (cs[C.A10_SUM] as number) + ((d.lacStart[order[withCarers] as number] as number) - entry);
  }
}

// --- lac.health and care-leavers.* (SSDA903 OC2, OC3) -----------------------------------------

/**
 * The row of a child's OC2 or OC3 rows (`off`, `years`) for collection year `year`, known at the
 * horizon (a row of a year is known from its 31 March): the first row of that year, else the
 * child's only known row when it has no year; -1 when there is none.
 */
function outcomeRowOf(off: Int32Array, years: Int32Array, c: number, year: number, hz: number): number {
  let known = 0;
  let undated = -1;
  for (let k = off[c] as number, end = off[c + 1] as number; k < end; k++) {
    const y = years[k] as number;
    if (y !== 0 && fastDay(`${String(y)}-03-31`) > hz) continue;
    if (y === year) return k;
    known++;
    if (y === 0) undated = k;
  }
  return known === 1 ? undated : -1;
}

/** Whole years from a date of birth to a day (-1 before the birth). */
function ageOn(dob: number, day: number): number {
  if (day < dob) return -1;
  let a = Math.max(0, Math.floor((day - dob) / 365.25));
  while (a > 0 && addMonthsToDay(dob, 12 * a) > day) a--;
  while (addMonthsToDay(dob, 12 * (a + 1)) <= day) a++;
  return a;
}

// OC2 flags (OC2_FLAGS order) with a group of their own: development checks (under 5),
// convictions (aged 10 or over), the interventions (of those with a substance misuse problem).
const HEALTH_CHECK = 3;
const CONVICTED = 4;
const SUBSTANCE = 5;

/**
 * lac.health for a child of its population (looked after continuously for 12 months or more at
 * the snapshot): the OC2 row of the collection year that ends at the snapshot; per flag, whether
 * the row gives it and whether it is "yes", in the flag's group (age at the snapshot); the SDQ
 * score of children aged 5 to 16.
 */
function healthOf(st: EngineState, d: ColumnData, c: number): void {
  const cfg = st.config;
  const cs = st.c;
  inc(cs, C.OC2_POP);
  const row = outcomeRowOf(d.oc2Off, d.oc2Year, c, cfg.healthYear, cfg.hz);
  if (row < 0) return;
  inc(cs, C.OC2_ROW);
  const dob = d.dobDay[c] as number;
  const age = dob === OPEN_END ? -1 : ageOn(dob, cfg.snap);
  if (dob === OPEN_END) inc(cs, C.OC2_NO_DOB);
  const flags = d.oc2Flags[row] as number;
  const substance = (flags >> (2 * SUBSTANCE)) & 3;
  for (let i = 0; i < 8; i++) {
    if (i === HEALTH_CHECK && !(age >= 0 && age < 5)) continue;
    if (i === CONVICTED && age < 10) continue;
    if (i > SUBSTANCE && substance !== 2) continue;
    const v = (flags >> (2 * i)) & 3;
    if (v === 0) continue;
    inc(cs, C.OC2_N + i);
    if (v === 2) inc(cs, C.OC2_Y + i);
  }
  if (age >= 5 && age <= 16) {
    inc(cs, C.SDQ_ELIGIBLE);
    const score = d.oc2Sdq[row] as number;
    if (score >= 0) {
      inc(cs, C.SDQ_N);
      cs[C.SDQ_SUM] = (cs[C.SDQ_SUM] as number) + score;
      inc(cs, C.SDQ_BAND + (score <= 13 ? 0 : score <= 16 ? 1 : 2));
    }
  }
}

const IN_TOUCH_DIED = codeOf(OC3_IN_TOUCH_CODES, "DIED");
const IN_TOUCH_RHOM = codeOf(OC3_IN_TOUCH_CODES, "RHOM");
/** The contact group of each IN_TOUCH code (+1; 0: not recorded): in touch, not in touch, refuses, no longer requires services. */
const CONTACT_OF: readonly number[] = [4, 0, 1, -1, 2, 3, -1];
/** The activity group of each ACTIV code (+1; 0 absent): higher education, other education, apprenticeship, training or employment, NEET illness or disability, NEET pregnancy or parenting, NEET other, not known. */
const ACTIVITY_OF: readonly number[] = OC3_ACTIVITY_CODES.reduce<number[]>(
  (out, code) => {
    const n = code.slice(1);
    const g = code === "0" ? 7 : code === "G4" ? 4 : code === "G6" ? 5 : code === "G5" ? 6 : n === "1" ? 0 : n === "2" ? 1 : n === "4" ? 2 : 3;
    out.push(g);
    return out;
  },
  [7],
);

/**
 * care-leavers.*: the child's OC3 row of the collection year of the period end, when the young
 * person was 17 to 21 on their birthday in that year (their age on its 31 March); left out, and
 * counted, when they died or returned home (IN_TOUCH DIED, RHOM), or their date of birth or age
 * does not place them.
 */
function careLeaversOf(st: EngineState, d: ColumnData, c: number): void {
  const cfg = st.config;
  const cs = st.c;
  const row = outcomeRowOf(d.oc3Off, d.oc3Year, c, cfg.leaverYear, cfg.hz);
  if (row < 0) return;
  const dob = d.dobDay[c] as number;
  if (dob === OPEN_END) {
    inc(cs, C.CL_NO_DOB);
    return;
  }
  const age = ageOn(dob, cfg.leaverDay);
  if (age < 17 || age > 21) {
    inc(cs, C.CL_OTHER_AGE);
    return;
  }
  const touch = d.oc3InTouch[row] as number;
  if (touch === IN_TOUCH_DIED) {
    inc(cs, C.CL_DIED);
    return;
  }
  if (touch === IN_TOUCH_RHOM) {
    inc(cs, C.CL_RHOM);
    return;
  }
  const base = C.CL + (age <= 18 ? 0 : CL_SIZE);
  inc(cs, base + CL.N);
  inc(cs, base + CL.CONTACT + (CONTACT_OF[touch] as number));
  const accom = d.oc3Accom[row] as number;
  const type = accom >> 2;
  const suit = accom & 3;
  inc(cs, base + CL.SUIT + (type === 0 || suit === 0 ? 2 : suit - 1));
  inc(cs, base + CL.TYPE + (type === 0 ? 16 : type - 1));
  inc(cs, base + CL.ACTIV + (ACTIVITY_OF[d.oc3Activ[row] as number] as number));
}
