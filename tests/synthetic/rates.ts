// Rates computed straight from child records, independently of the metrics engine, to check
// the synthetic authority against England's published figures (data standards section 6.2).
import type { ChildRecord } from "../../src/records";

/** The published-style rates of one collection year. */
export interface YearRates {
  readonly year: number;
  readonly referrals: number;
  readonly referralsPer10k: number;
  readonly reReferralPct: number;
  readonly nfaPct: number;
  readonly notInNeedPct: number;
  readonly s47Per10k: number;
  readonly icpcPer10k: number;
  readonly cinAt31MarchPer10k: number;
  readonly cpAt31MarchPer10k: number;
  readonly cpStartsPer10k: number;
  readonly cpEndingBandsPct: readonly number[];
  readonly lacAt31MarchPer10k: number;
  readonly shortBreakEpisodes: number;
  readonly assessmentWithin45Pct: number;
}

function plusMonths(date: string, months: number): string {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7)) + months;
  while (m > 12) {
    m -= 12;
    y += 1;
  }
  const d = Number(date.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, dim)).padStart(2, "0")}`;
}

/** Weekday count after `a` up to `b` (weekends only: close enough for a 45-day share). */
function weekdaysBetween(a: string, b: string): number {
  const da = Date.UTC(Number(a.slice(0, 4)), Number(a.slice(5, 7)) - 1, Number(a.slice(8, 10))) / 86400000;
  const db = Date.UTC(Number(b.slice(0, 4)), Number(b.slice(5, 7)) - 1, Number(b.slice(8, 10))) / 86400000;
  let n = 0;
  for (let d = da + 1; d <= db; d++) {
    const w = (d + 4) % 7;
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** Computes the rates of the collection year ending 31 March `year`. */
export function yearRates(records: readonly ChildRecord[], year: number, children0to17: number): YearRates {
  const start = `${String(year - 1)}-04-01`;
  const end = `${String(year)}-03-31`;
  const inYear = (d: string | undefined): boolean => d !== undefined && d >= start && d <= end;
  const per10k = (n: number): number => (n * 10000) / children0to17;
  let referrals = 0, reReferrals = 0, nfa = 0, notInNeed = 0, s47 = 0, icpc = 0, cpStarts = 0, assessments = 0, within45 = 0, shortBreaks = 0;
  let cinChildren = 0, cpChildren = 0, lacChildren = 0;
  const bands = [0, 0, 0, 0, 0];
  for (const r of records) {
    const dates = r.cinEpisodes.map((e) => e.referralDate);
    let cpOpen = false;
    // In need at 31 March: an episode open on the day (no closure date, or closure after it).
    if (r.cinEpisodes.some((e) => e.referralDate <= end && (e.closureDate === undefined || e.closureDate > end))) cinChildren++;
    for (const e of r.cinEpisodes) {
      if (inYear(e.referralDate)) {
        referrals++;
        // Within 12 months of a previous referral, counted forward from it: previous < date <= previous + 12 months.
        if (dates.some((d) => d < e.referralDate && e.referralDate <= plusMonths(d, 12))) reReferrals++;
        if (e.referralNfa) nfa++;
        if (e.closureReason === "RC8" || e.closureReason === "RC9") notInNeed++;
      }
      for (const a of e.assessments) {
        if (inYear(a.authorisationDate) && a.authorisationDate !== undefined) {
          assessments++;
          if (weekdaysBetween(a.startDate, a.authorisationDate) <= 45) within45++;
        }
      }
      for (const s of e.section47s) {
        if (inYear(s.startDate)) s47++;
        if (inYear(s.icpcDate)) icpc++;
      }
      for (const p of e.cpPlans) {
        if (inYear(p.startDate)) cpStarts++;
        if (p.startDate <= end && (p.endDate === undefined || p.endDate > end)) cpOpen = true;
        if (p.endDate !== undefined && inYear(p.endDate)) {
          const s = p.startDate;
          const band = p.endDate <= plusMonths(s, 3) ? 0 : p.endDate <= plusMonths(s, 6) ? 1 : p.endDate < plusMonths(s, 12) ? 2 : p.endDate < plusMonths(s, 24) ? 3 : 4;
          bands[band] = (bands[band] ?? 0) + 1;
        }
      }
    }
    if (cpOpen) cpChildren++;
    let lac = false;
    for (const l of r.lookedAfterEpisodes) {
      if (l.legalStatus === "V3" || l.legalStatus === "V4") {
        if (l.startDate <= end && (l.endDate === undefined || l.endDate >= start)) shortBreaks++;
        continue;
      }
      if (l.startDate <= end && (l.endDate === undefined || l.endDate > end)) lac = true;
    }
    if (lac) lacChildren++;
  }
  const ending = bands.reduce((a, b) => a + b, 0);
  return {
    year,
    referrals,
    referralsPer10k: per10k(referrals),
    reReferralPct: (100 * reReferrals) / referrals,
    nfaPct: (100 * nfa) / referrals,
    notInNeedPct: (100 * notInNeed) / referrals,
    s47Per10k: per10k(s47),
    icpcPer10k: per10k(icpc),
    cinAt31MarchPer10k: per10k(cinChildren),
    cpAt31MarchPer10k: per10k(cpChildren),
    cpStartsPer10k: per10k(cpStarts),
    cpEndingBandsPct: bands.map((b) => (100 * b) / ending),
    lacAt31MarchPer10k: per10k(lacChildren),
    shortBreakEpisodes: shortBreaks,
    assessmentWithin45Pct: (100 * within45) / assessments,
  };
}
