// "C": the columnar baseline. A minimal single pass per table over Int32Array columns of day
// numbers computes the same core metrics as the DuckDB queries and kinsafe: the practical floor
// for this work in JavaScript.
import { fromDayNumber, toDayNumber } from "../src/core";
import type { WorkingDayCalendar } from "../src/calendar";
import type { Columns } from "./columns";

/** The metrics all three implementations compute, for one period (snapshot = period end). */
export interface CoreFigures {
  referrals: number;
  reReferrals: number;
  nfa: number;
  notInNeed: number;
  assessments: number;
  assessmentsWithin45: number;
  assessmentMedianWd: number;
  s47: number;
  icpcs: number;
  icpcsWithin15: number;
  icpcMedianWd: number;
  cpOpenChildren: number;
  cpEnding: number;
  cpEnding2y: number;
  lacChildren: number;
  cinChildren: number;
}

/** Day-number lookup tables built once: d + 12 months and d + 24 months (calendar months, clamped). */
export interface MonthTables {
  base: number;
  plus12: Int32Array;
  plus24: Int32Array;
}

export function monthTables(from: number, to: number): MonthTables {
  const n = to - from + 1;
  const plus12 = new Int32Array(n);
  const plus24 = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const iso = fromDayNumber(from + i);
    const y = Number(iso.slice(0, 4));
    const md = iso.slice(4);
    const shift = (years: number): number => {
      const yy = y + years;
      const leap = (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
      return toDayNumber(md === "-02-29" && !leap ? `${String(yy)}-02-28` : `${String(yy)}${md}`);
    };
    plus12[i] = shift(1);
    plus24[i] = shift(2);
  }
  return { base: from, plus12, plus24 };
}

function lowerMedian(hist: Int32Array, n: number): number {
  if (n === 0) return NaN;
  const k = Math.floor((n - 1) / 2);
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i] ?? 0;
    if (seen > k) return i;
  }
  return hist.length - 1;
}

/** One pass per table over the columns. */
export function computeBaseline(c: Columns, start: number, end: number, cal: WorkingDayCalendar, months: MonthTables): CoreFigures {
  const ord = cal.ordinals;
  const first = cal.firstDay;
  const { base, plus12, plus24 } = months;
  const f: CoreFigures = {
    referrals: 0, reReferrals: 0, nfa: 0, notInNeed: 0, assessments: 0, assessmentsWithin45: 0, assessmentMedianWd: 0, s47: 0, icpcs: 0,
    icpcsWithin15: 0, icpcMedianWd: 0, cpOpenChildren: 0, cpEnding: 0, cpEnding2y: 0, lacChildren: 0, cinChildren: 0,
  };
  const R = c.referrals;
  let lastCin = -1;
  for (let i = 0; i < R.ref.length; i++) {
    const ref = R.ref[i] as number;
    const child = R.child[i] as number;
    const reason = R.reason[i] as number;
    const nfa = R.nfa[i] as number;
    if (ref >= start && ref <= end) {
      f.referrals++;
      if (nfa === 1) f.nfa++;
      // closed RC8/RC9 by the period end (as known at the period end)
      if ((reason === 8 || reason === 9) && (R.close[i] as number) <= end) f.notInNeed++;
      // Nearest earlier referral p of the same child (rows are in date order within a child);
      // a re-referral when ref <= p + 12 months (counted forward from p).
      let j = i - 1;
      while (j >= 0 && R.child[j] === child && (R.ref[j] as number) >= ref) j--;
      if (j >= 0 && R.child[j] === child && ref <= (plus12[(R.ref[j] as number) - base] as number)) f.reReferrals++;
    }
    // open at the end and not NFA: an episode closed (RC8/RC9 or not) after the end was open at it
    if (child !== lastCin && nfa === 0 && ref <= end && (R.close[i] as number) > end) {
      f.cinChildren++;
      lastCin = child;
    }
  }
  const aHist = new Int32Array(1024);
  const A = c.assessments;
  for (let i = 0; i < A.auth.length; i++) {
    const auth = A.auth[i] as number;
    if (auth < start || auth > end) continue;
    const wd = (ord[auth - first] as number) - (ord[(A.start[i] as number) - first] as number);
    f.assessments++;
    if (wd <= 45) f.assessmentsWithin45++;
    const ai = wd < 1023 ? wd : 1023;
    aHist[ai] = (aHist[ai] ?? 0) + 1;
  }
  f.assessmentMedianWd = lowerMedian(aHist, f.assessments);
  const iHist = new Int32Array(1024);
  const S = c.s47;
  for (let i = 0; i < S.start.length; i++) {
    const s = S.start[i] as number;
    const icpc = S.icpc[i] as number;
    if (s >= start && s <= end) f.s47++;
    if (icpc >= start && icpc <= end) {
      const wd = (ord[icpc - first] as number) - (ord[s - first] as number);
      f.icpcs++;
      if (wd <= 15) f.icpcsWithin15++;
      const ii = wd < 1023 ? wd : 1023;
      iHist[ii] = (iHist[ii] ?? 0) + 1;
    }
  }
  f.icpcMedianWd = lowerMedian(iHist, f.icpcs);
  const P = c.cp;
  let lastCp = -1;
  for (let i = 0; i < P.start.length; i++) {
    const s = P.start[i] as number;
    const e = P.end[i] as number;
    const child = P.child[i] as number;
    if (child !== lastCp && s <= end && e > end) {
      f.cpOpenChildren++;
      lastCp = child;
    }
    if (e >= start && e <= end) {
      f.cpEnding++;
      if (e >= (plus24[s - base] as number)) f.cpEnding2y++;
    }
  }
  const L = c.lac;
  let lastLac = -1;
  for (let i = 0; i < L.decom.length; i++) {
    const child = L.child[i] as number;
    if (child !== lastLac && L.shortBreak[i] === 0 && (L.decom[i] as number) <= end && (L.dec[i] as number) > end) {
      f.lacChildren++;
      lastLac = child;
    }
  }
  return f;
}
