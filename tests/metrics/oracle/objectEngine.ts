import { asKnownAtUnchecked, recordHasFactAfter } from "../../../src/metrics/asKnownAt";
import { addMonthsToDay, OPEN_END, toDay } from "../../../src/metrics/internal/days";
import type { EngineState } from "../../../src/metrics/internal/engine";
import { addToHistogram, type Histogram } from "../../../src/metrics/internal/Histogram";
import { grow, pushPlan, visitsKept, wdays } from "../../../src/metrics/internal/kernel";
import { C, H, P, PT_SIZE } from "../../../src/metrics/internal/layout";
import { REFERRAL_SOURCE_CODES, type ChildRecord } from "../../../src/records";
import { addCareLeaversAsObjects, addCpReviewsAsObjects, addHealthAsObjects, addLookedAfterAsObjects, addPlanStartsAsObjects } from "./lookedAfterObjects";
import { addEventBreakdownsAsObjects } from "./eventBreakdownObjects";

// The engine's pass over child records as objects, as it was before the pass moved to columns
// (src/metrics/internal/kernel.ts): kept here, unchanged but for its imports and the record's
// field names, as an independent oracle of the walk (dates converted per record, "as known at
// the period end" by asKnownAt on the record). The visit-gap check, working days and the plan
// scratch are the kernel's own (they were the same code; tests/metrics/visits.test.ts pins
// them). The columnar pass must give the same counters for every record and period.

const EH = 0;
const CIN = 1;
const CP = 2;
const LAC = 3;

const SOURCE_INDEX: ReadonlyMap<string, number> = new Map(REFERRAL_SOURCE_CODES.map((c, i) => [c, i]));
const SOURCE_MISSING = REFERRAL_SOURCE_CODES.length;

// LAC flags
const F_SHORT = 1; // V3/V4 short break
const F_NOT_PLACEMENT = 2; // rne L: legal status change only
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
 * Adds one record to the state. Dates are converted by {@link toDay} (checked, so an invalid
 * date in a record that was not validated throws `toDayNumber`'s error).
 *
 * @internal
 */
export function addRecordAsObjects(st: EngineState, record: ChildRecord): void {
  const day = toDay;
  const cfg = st.config;
  // As known at the period end (or the snapshot, when later): a record with a fact dated after
  // it is replaced by the record as it stood then (docs/metrics.md). Most records have none, and
  // the scan allocates nothing.
  const r = recordHasFactAfter(record, cfg.horizon, cfg.scanKinds) ? asKnownAtUnchecked(record, cfg.horizon) : record;
  const c = st.c;
  const hs = st.h;
  const cal = cfg.calendar;
  const ord = cal.ordinals;
  const first = cal.firstDay;
  const last = cal.lastDay;
  const ps = cfg.ps;
  const pe = cfg.pe;
  const snap = cfg.snap;
  const needPlans = cfg.needPlans;
  const needVisits = cfg.needVisits;

  // --- Looked-after episodes: day numbers, order, flags (needed by plans and referral outcomes).
  let nLac = 0;
  if (cfg.needLac) {
    const eps = r.lookedAfterEpisodes;
    nLac = eps.length;
    if (nLac > st.lacDecom.length) {
      st.lacDecom = grow(st.lacDecom, nLac);
      st.lacDec = grow(st.lacDec, nLac);
      st.lacFlags = grow(st.lacFlags, nLac);
      st.lacOrder = grow(st.lacOrder, nLac);
    }
    const decom = st.lacDecom;
    const dec = st.lacDec;
    const flags = st.lacFlags;
    const order = st.lacOrder;
    for (let i = 0; i < nLac; i++) {
      const e = eps[i] as ChildRecord["lookedAfterEpisodes"][number];
      decom[i] = day(e.startDate);
      dec[i] = e.endDate === undefined ? OPEN_END : day(e.endDate);
      flags[i] =
        (e.legalStatus === "V3" || e.legalStatus === "V4" ? F_SHORT : 0) |
        (e.reasonForNewEpisode === "L" ? F_NOT_PLACEMENT : 0) |
        (e.reasonEpisodeCeased === "X1" ? F_X1 : 0) |
        (e.reasonForNewEpisode === "S" ? F_RNE_S : 0) |
        (e.placementType === "U1" || e.placementType === "U4" ? F_LONG : 0);
      // insertion sort of indices by start (records are in date order, so this is one pass)
      let j = i;
      while (j > 0 && (decom[order[j - 1] as number] as number) > (decom[i] as number)) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = i;
    }
  }

  if (cfg.needLacMeasures) addLookedAfterAsObjects(st.c, cfg, r);
  if (cfg.needHealth) addHealthAsObjects(st.c, cfg, r);
  if (cfg.needCareLeavers) addCareLeaversAsObjects(st.c, cfg, r);
  if (cfg.needPlans) addPlanStartsAsObjects(st.c, cfg, r);
  if (cfg.needPlans) addCpReviewsAsObjects(st.c, cfg, r);
  addEventBreakdownsAsObjects(st.c, cfg, r);

  // --- Episodes of need.
  let inNeedInPeriod = false;
  let nCin = 0;
  let nCp = 0;
  if (cfg.needCin) {
    const eps = r.cinEpisodes;
    const k = eps.length;
    if (k > st.refDays.length) st.refDays = grow(st.refDays, k);
    const refDays = st.refDays;
    for (let i = 0; i < k; i++) refDays[i] = day((eps[i] as ChildRecord["cinEpisodes"][number]).referralDate);
    let childRef = false;
    let childReRef = false;
    let childAsm = false;
    let childS47 = false;
    let childIcpc = false;
    let cinSnap = false;
    for (let i = 0; i < k; i++) {
      const ep = eps[i] as ChildRecord["cinEpisodes"][number];
      const rd = refDays[i] as number;
      const closure = ep.closureDate === undefined ? OPEN_END : day(ep.closureDate);
      const reason = ep.closureReason;
      // In need at the snapshot: open then and not an NFA referral. (An episode closed RC8/RC9
      // after the snapshot was open at it: its closure is not known at the snapshot.)
      if (!ep.referralNfa) {
        if (rd <= snap && closure > snap) cinSnap = true;
        if (rd <= pe && closure > ps && !(closure <= pe && (reason === "RC8" || reason === "RC9"))) inNeedInPeriod = true;
      }
      const referralInPeriod = rd >= ps && rd <= pe;

      // assessments
      let firstStart = OPEN_END;
      let firstAuth = -OPEN_END;
      let authorisedByEnd = false;
      const asms = ep.assessments;
      for (let a = 0; a < asms.length; a++) {
        const as = asms[a] as ChildRecord["cinEpisodes"][number]["assessments"][number];
        const s = day(as.startDate);
        const ad = as.authorisationDate === undefined ? -OPEN_END : day(as.authorisationDate);
        if (as.authorisationDate !== undefined) {
          if (ad <= pe) authorisedByEnd = true;
          if (ad >= ps && ad <= pe) {
            inc(c, C.ASM);
            childAsm = true;
            // a start before the referral cannot be right (DfE CIN census validation rule 1103):
            // the duration is left out, the assessment is counted
            const wd = s < rd ? PRE_REFERRAL : wdays(ord, first, last, s, ad);
            if (wd === PRE_REFERRAL) inc(c, C.ASM_PRE_REF);
            else if (wd === OUTSIDE) inc(c, C.ASM_OOC);
            else if (wd < 0) inc(c, C.ASM_NEG);
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
        if (wd === OUTSIDE) inc(c, C.R2D_OOC);
        else if (wd < 0) inc(c, C.R2D_NEG);
        else addToHistogram(hs[H.R2D] as Histogram, wd);
      }

      // section 47 enquiries and conferences
      const s47s = ep.section47s;
      for (let q = 0; q < s47s.length; q++) {
        const e = s47s[q] as ChildRecord["cinEpisodes"][number]["section47s"][number];
        const s = day(e.startDate);
        if (s >= ps && s <= pe) {
          inc(c, C.S47);
          childS47 = true;
        }
        if (e.icpcDate !== undefined) {
          const ic = day(e.icpcDate);
          if (ic >= ps && ic <= pe) {
            inc(c, C.ICPC);
            childIcpc = true;
            // a section 47 start before the referral cannot be right (DfE rule 2889)
            const wd = s < rd ? PRE_REFERRAL : wdays(ord, first, last, s, ic);
            if (wd === PRE_REFERRAL) inc(c, C.ICPC_PRE_REF);
            else if (wd === OUTSIDE) inc(c, C.ICPC_OOC);
            else if (wd < 0) inc(c, C.ICPC_NEG);
            else addToHistogram(hs[H.ICPC] as Histogram, wd);
            if (e.strategyDiscussionDate !== undefined) {
              const sd = wdays(ord, first, last, day(e.strategyDiscussionDate), ic);
              if (sd === OUTSIDE) inc(c, C.ICPC_SD_OOC);
              else if (sd < 0) inc(c, C.ICPC_SD_NEG);
              else addToHistogram(hs[H.ICPC_SD] as Histogram, sd);
            }
          }
        }
      }
      if (ep.episodeIcpcDate !== undefined) {
        const eic = day(ep.episodeIcpcDate);
        if (eic >= ps && eic <= pe) {
          let duplicate = false;
          for (let q = 0; q < s47s.length; q++) if ((s47s[q] as { icpcDate?: string }).icpcDate === ep.episodeIcpcDate) duplicate = true;
          if (!duplicate) {
            inc(c, C.ICPC);
            inc(c, C.ICPC_EP);
            childIcpc = true;
          }
        }
      }

      // plans of the episode, into the per-type scratch
      let cinPlanByEnd = false;
      let cpPlanByEnd = false;
      if (needPlans || referralInPeriod) {
        const cps = ep.cinPlans;
        for (let p = 0; p < cps.length; p++) {
          const pl = cps[p] as ChildRecord["cinEpisodes"][number]["cinPlans"][number];
          const s = day(pl.startDate);
          if (s <= pe) cinPlanByEnd = true;
          // a start before the referral cannot be right (DfE rule 4015): the plan's duration is left out
          pushPlan(st, CIN, nCin++, s, pl.endDate === undefined ? OPEN_END : day(pl.endDate), 0, s < rd ? 1 : 0);
        }
        const cpp = ep.cpPlans;
        for (let p = 0; p < cpp.length; p++) {
          const pl = cpp[p] as ChildRecord["cinEpisodes"][number]["cpPlans"][number];
          const s = day(pl.startDate);
          if (s <= pe) cpPlanByEnd = true;
          // DfE rule 1105, as rule 4015 for CIN plans
          pushPlan(st, CP, nCp++, s, pl.endDate === undefined ? OPEN_END : day(pl.endDate), pl.numberOfPreviousCpp ?? 0, s < rd ? 1 : 0);
        }
      }

      if (referralInPeriod) {
        inc(c, C.REF);
        childRef = true;
        // a re-referral: within 12 months of a previous referral p, counted forward from p:
        // p < rd <= p + 12 months (lo - 4 only narrows the candidates before the exact test)
        const lo = addMonthsToDay(rd, -12) - 4;
        for (let j = 0; j < k; j++) {
          const rj = refDays[j] as number;
          if (j !== i && rj < rd && rj >= lo && rd <= addMonthsToDay(rj, 12)) {
            inc(c, C.REREF);
            childReRef = true;
            break;
          }
        }
        const src = ep.referralSource === undefined ? SOURCE_MISSING : (SOURCE_INDEX.get(ep.referralSource) ?? SOURCE_MISSING);
        inc(c, C.SRC + src);
        if (ep.referralNfa) inc(c, C.NFA);
        if (closure <= pe) {
          if (reason === "RC8") inc(c, C.RC8);
          else if (reason === "RC9") inc(c, C.RC9);
        }
        // furthest level reached, as known at the end of the period
        let lac = false;
        const until = closure < pe ? closure : pe;
        for (let q = 0; q < nLac; q++) {
          const d = st.lacDecom[q] as number;
          if ((st.lacFlags[q]! & F_SHORT) === 0 && d >= rd && d <= until) lac = true;
        }
        const closedByEnd = closure <= pe;
        let out: number;
        if (lac) out = 0;
        else if (cpPlanByEnd) out = 1;
        else if (cinPlanByEnd) out = 2;
        else if (ep.referralNfa) out = 4;
        else if (closedByEnd && reason === "RC9") out = 3;
        else if (closedByEnd && reason === "RC8") out = 4;
        else if (closedByEnd || authorisedByEnd) out = 2;
        else out = 5;
        inc(c, C.OUT + out);
      }
    }
    if (childRef) inc(c, C.REF_CH);
    if (childReRef) inc(c, C.REREF_CH);
    if (childAsm) inc(c, C.ASM_CH);
    if (childS47) inc(c, C.S47_CH);
    if (childIcpc) inc(c, C.ICPC_CH);
    if (cinSnap) inc(c, C.CIN_SNAP);
  }

  // --- Plans of each type: open at snapshot, ending, starting (repeats), visits.
  let openAtSnap = 0;
  let openInPeriod = 0;
  if (needPlans) {
    // visits: day numbers and plan-type masks, sorted by day
    let nVisits = 0;
    if (needVisits) {
      const vs = r.visits;
      nVisits = vs.length;
      if (nVisits > st.visitDays.length) {
        st.visitDays = grow(st.visitDays, nVisits);
        st.visitMask = grow(st.visitMask, nVisits);
      }
      const vd = st.visitDays;
      const vm = st.visitMask;
      for (let i = 0; i < nVisits; i++) {
        const v = vs[i] as ChildRecord["visits"][number];
        const d = day(v.date);
        let mask = 0;
        for (const t of v.planTypes) mask |= t === "early-help" ? 1 : t === "cin" ? 2 : t === "cp" ? 4 : 8;
        let j = i;
        while (j > 0 && (vd[j - 1] as number) > d) {
          vd[j] = vd[j - 1] as number;
          vm[j] = vm[j - 1] as number;
          j--;
        }
        vd[j] = d;
        vm[j] = mask;
      }
    }

    // early help
    const ehs = r.earlyHelpEpisodes;
    for (let i = 0; i < ehs.length; i++) {
      const e = ehs[i] as ChildRecord["earlyHelpEpisodes"][number];
      pushPlan(st, EH, i, day(e.startDate), e.endDate === undefined ? OPEN_END : day(e.endDate), 0, 0);
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
      const d = st.lacDecom[i] as number;
      const isNew = nPeriods === 0 || (f & F_RNE_S) !== 0 || !prevX1 || prevEnd !== d;
      if (isNew) {
        pushPlan(st, LAC, nPeriods++, d, st.lacDec[i] as number, nPlace, 0);
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
        st.placeStarts[nPlace++] = d;
      }
      prevEnd = st.lacDec[i] as number;
      prevX1 = (f & F_X1) !== 0;
    }

    const nEh = ehs.length;
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
      for (let i = 0; i < n; i++) {
        const s = starts[i] as number;
        const e = ends[i] as number;
        if (s <= snap && e > snap) open = true;
        const openDuring = s <= pe && e > ps;
        if (openDuring) inPeriod = true;
        if (e >= ps && e <= pe && bad[i] === 1) inc(c, base + P.END_PRE_REF);
        else if (e >= ps && e <= pe) {
          // The DfE bands (3 months or less; more than 3 up to 6 months; more than 6 months,
          // less than 1 year; 1 year, less than 2; 2 years or more) and the cumulative shares
          // with the same edges, so each share is a sum of bands: more than 6 months (e > m6),
          // 1 year or more (e >= m12), 2 years or more (e >= m24).
          inc(c, base + P.END);
          const m6 = addMonthsToDay(s, 6);
          const m12 = addMonthsToDay(s, 12);
          const m24 = addMonthsToDay(s, 24);
          if (e <= addMonthsToDay(s, 3)) inc(c, base + P.B3);
          else if (e <= m6) inc(c, base + P.B6);
          else if (e < m12) inc(c, base + P.B12);
          else if (e < m24) inc(c, base + P.B24);
          if (e > m6) inc(c, base + P.END6);
          if (e >= m12) inc(c, base + P.END12);
          if (e >= m24) inc(c, base + P.END24);
        }
        if (s >= ps && s <= pe) {
          started = true;
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
        inc(c, base + P.OPEN);
        openAtSnap++;
      }
      if (inPeriod) {
        inc(c, base + P.OPEN_IN_PERIOD);
        openInPeriod |= 1 << t;
        if (rule !== undefined && needVisits) {
          if (visitsOk === -1) {
            inc(c, base + P.SEEN_OOC);
            seenUnknown = true;
          } else {
            inc(c, base + P.SEEN_DEN);
            seenDen = true;
            if (visitsOk === 1) inc(c, base + P.SEEN_NUM);
            else seenOk = false;
          }
        }
      }
      if (started) {
        inc(c, base + P.START_CH);
        if (rep12) inc(c, base + P.REP12);
        if (rep24) inc(c, base + P.REP24);
        if (prevAny) inc(c, base + P.PREV_ANY);
      }
    }
    if (openAtSnap > 0) inc(c, C.ANY_PLAN_SNAP);
    if (seenUnknown) inc(c, C.SEEN_ANY_OOC);
    else if (seenDen) {
      inc(c, C.SEEN_ANY_DEN);
      if (seenOk) inc(c, C.SEEN_ANY_NUM);
    }
  }

  // --- Care proceedings.
  if (cfg.needCourt) {
    const cps = r.careProceedings;
    for (let i = 0; i < cps.length; i++) {
      const p = cps[i] as ChildRecord["careProceedings"][number];
      const issue = p.issueDate === undefined ? null : day(p.issueDate);
      if (issue !== null && issue >= ps && issue <= pe) {
        if (p.preProceedingsStart === undefined) inc(c, C.COURT_NO_PRE);
        else {
          const d = issue - day(p.preProceedingsStart);
          if (d < 0) inc(c, C.COURT_NEG);
          else addToHistogram(hs[H.TO_COURT] as Histogram, d);
        }
      }
      if (p.finalOrderDate !== undefined) {
        const f = day(p.finalOrderDate);
        if (f >= ps && f <= pe) {
          if (issue === null) inc(c, C.THROUGH_NO_ISSUE);
          else if (f - issue < 0) inc(c, C.THROUGH_NEG);
          else addToHistogram(hs[H.THROUGH] as Histogram, f - issue);
        }
      }
    }
  }

  // --- Attainment: groups are plan types open at any time in the period (child in need: an
  // episode of need open in the period).
  if (cfg.needAttainment) {
    const score = cfg.scoreByChild.get(r.child.childId) ?? (r.child.upn === undefined ? undefined : cfg.scoreByUpn.get(r.child.upn));
    if (score !== undefined) {
      const groups = [(openInPeriod & 1) !== 0, inNeedInPeriod || (openInPeriod & 2) !== 0, (openInPeriod & 4) !== 0, (openInPeriod & 8) !== 0];
      let any = false;
      for (let g = 0; g < 4; g++) {
        if (groups[g] === true) {
          any = true;
          inc(c, C.ATT_N + g);
          c[C.ATT_SUM + g] = (c[C.ATT_SUM + g] as number) + score;
        }
      }
      if (any) {
        inc(c, C.ATT_N + 4);
        c[C.ATT_SUM + 4] = (c[C.ATT_SUM + 4] as number) + score;
      }
    }
  }
  if (cfg.needAdoptions) adoptionsAsObjects(c, r, cfg.ps, cfg.pe);
}

/**
 * lac.adoption-timeliness on the record as objects, written apart from the kernel's walk: the
 * episodes split into periods of care (a period ends at an episode that did not end X1), then
 * each adoption (E11, E12 ending in the period) measured from its period's first episode.
 */
export function adoptionsAsObjects(c: Float64Array, r: ChildRecord, ps: number, pe: number): void {
  const sorted = r.lookedAfterEpisodes.map((e, i) => ({ e, i })).sort((x, y) => (x.e.startDate < y.e.startDate ? -1 : x.e.startDate > y.e.startDate ? 1 : x.i - y.i)).map((x) => x.e);
  const periods: (typeof sorted)[] = [];
  for (const e of sorted) {
    const last = periods[periods.length - 1];
    const previous = last?.[last.length - 1];
    // (an X1 on an episode with no end, in a record not validated, links nothing)
    if (last === undefined || previous?.reasonEpisodeCeased !== "X1" || previous.endDate === undefined) periods.push([e]);
    else last.push(e);
  }
  for (const period of periods) {
    period.forEach((e, j) => {
      if (e.reasonEpisodeCeased !== "E11" && e.reasonEpisodeCeased !== "E12") return;
      if (e.endDate === undefined || toDay(e.endDate) < ps || toDay(e.endDate) > pe) return;
      inc(c, C.ADOPTED);
      const upTo = period.slice(0, j + 1);
      // A2: court authority (first E1/D1 of the period) to the match of the adoption year's AD1 row.
      const authority = upTo.find((x) => x.legalStatus === "E1" || x.legalStatus === "D1");
      const end = e.endDate;
      const adoptionYear = Number(end.slice(0, 4)) + (Number(end.slice(5, 7)) >= 4 ? 1 : 0);
      const rows = r.adoptions ?? [];
      const row = rows.find((a) => a.year === adoptionYear) ?? (rows.length === 1 && rows[0]?.year === undefined ? rows[0] : undefined);
      if (authority === undefined) inc(c, C.A2_NO_AUTHORITY);
      else if (row?.matchDate === undefined) inc(c, C.A2_NO_MATCH);
      else {
        inc(c, C.A2_N);
        c[C.A2_SUM] = (c[C.A2_SUM] as number) + Math.max(0, toDay(row.matchDate) - toDay(authority.startDate));
      }
      const placed = upTo.findIndex((x) => ["A3", "A4", "A5", "A6"].includes(x.placementType));
      if (placed === -1) {
        inc(c, C.ADOPTED_NO_PLACEMENT);
        return;
      }
      const entry = toDay((period[0] as (typeof period)[number]).startDate);
      const adoptive = upTo[placed] as (typeof period)[number];
      let movedIn = toDay(adoptive.startDate);
      if (adoptive.placementType === "A3" || adoptive.placementType === "A5") {
        inc(c, C.ADOPTED_BY_FOSTER_CARER);
        let p = placed;
        while (p > 0 && ["L", "T", "U"].includes((upTo[p] as (typeof period)[number]).reasonForNewEpisode)) p--;
        movedIn = toDay((upTo[p] as (typeof period)[number]).startDate);
      }
      inc(c, C.A1_N);
      c[C.A1_SUM] = (c[C.A1_SUM] as number) + toDay(adoptive.startDate) - entry;
      c[C.A10_SUM] = (c[C.A10_SUM] as number) + movedIn - entry;
    });
  }
}

/** Increments a counter (V8 inlines it). */
function inc(c: Float64Array, i: number): void {
  c[i] = (c[i] as number) + 1;
}
