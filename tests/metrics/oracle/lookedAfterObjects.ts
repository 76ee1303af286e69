import { workingDaysBetweenDayNumbers } from "../../../src/calendar";
import { addMonthsToDay, toDay } from "../../../src/metrics/internal/days";
import type { EngineConfig } from "../../../src/metrics/internal/engine";
import { LS_GROUPS, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "../../../src/metrics/internal/lacGroups";
import { C, CL, CL_SIZE } from "../../../src/metrics/internal/layout";
import type { ChildRecord } from "../../../src/records";

// The looked-after measures over a record as objects, written apart from the kernel's pass
// (src/metrics/internal/kernel.ts, lacMeasuresOf) as an oracle: periods of care are built as
// lists of episodes and every rule is applied to ISO date strings. The record is the one known
// at the horizon (asKnownAt), as the rest of the object pass takes it.

type Episode = ChildRecord["lookedAfterEpisodes"][number];

function groupIndex(groups: readonly CodeGroup[], code: string | undefined): number {
  const i = groups.findIndex((g) => code !== undefined && g.codes.includes(code));
  return i < 0 ? groups.length : i;
}

/** Periods of care: chains of episodes that are not short breaks, in start order. */
export function periodsOfCare(record: ChildRecord): Episode[][] {
  const eps = record.lookedAfterEpisodes.filter((e) => e.legalStatus !== "V3" && e.legalStatus !== "V4");
  const sorted = [...eps].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const periods: Episode[][] = [];
  for (const e of sorted) {
    const current = periods[periods.length - 1];
    const last = current?.[current.length - 1];
    if (current !== undefined && last !== undefined && e.reasonForNewEpisode !== "S" && last.reasonEpisodeCeased === "X1" && last.endDate === e.startDate) current.push(e);
    else periods.push([e]);
  }
  return periods;
}

/** Adds the looked-after counters of one record (known at the horizon) to `c`. */
export function addLookedAfterAsObjects(c: Float64Array, cfg: EngineConfig, record: ChildRecord): void {
  const add = (i: number): void => {
    c[i] = (c[i] as number) + 1;
  };
  const inPeriod = (d: string | undefined): boolean => d !== undefined && d >= cfg.start && d <= cfg.end;
  const periods = periodsOfCare(record);

  // starting: the first period starting in the period
  const starting = periods.filter((p) => inPeriod(p[0]?.startDate));
  for (let i = 0; i < starting.length; i++) add(C.LAC_START_PERIODS);
  const first = starting[0]?.[0];
  const uasc = record.child.uasc === true;
  if (first !== undefined) {
    add(C.LAC_START_CH);
    if (uasc) add(C.LAC_UASC_START);
    add(C.LAC_START_LS + groupIndex(LS_GROUPS, first.legalStatus));
  }

  // ceasing: the last period ending in the period, not X1
  let cease: Episode | undefined;
  for (const p of periods) {
    const last = p[p.length - 1] as Episode;
    if (inPeriod(last.endDate) && last.reasonEpisodeCeased !== "X1" && (cease === undefined || (last.endDate as string) >= (cease.endDate as string))) cease = last;
  }
  if (cease !== undefined) {
    add(C.LAC_CEASE_CH);
    add(C.LAC_CEASE_REC + groupIndex(REC_GROUPS, cease.reasonEpisodeCeased));
  }

  // reviews in the period, in the (last) period of care holding them
  for (const review of record.lookedAfterReviews) {
    if (!inPeriod(review.date)) continue;
    const holding = periods.filter((p) => (p[0] as Episode).startDate <= review.date && (p[p.length - 1]?.endDate === undefined || review.date <= (p[p.length - 1]?.endDate as string)));
    const period = holding[holding.length - 1];
    if (period === undefined) {
      add(C.REV_NO_PERIOD);
      continue;
    }
    const from = (period[0] as Episode).startDate;
    const earlier = record.lookedAfterReviews.map((x) => x.date).filter((x) => x >= from && x < review.date).sort();
    let ok: boolean;
    if (earlier.length === 0) {
      let wd: number;
      try {
        // working days after the start up to and including the review (the calendar's own count)
        wd = workingDaysBetweenDayNumbers(cfg.calendar, toDay(from), toDay(review.date));
      } catch {
        add(C.REV_OOC);
        continue;
      }
      ok = wd <= 20;
    } else ok = toDay(review.date) <= addMonthsToDay(toDay(earlier[earlier.length - 1] as string), earlier.length === 1 ? 3 : 6);
    add(C.REV_N);
    if (ok) add(C.REV_OK);
  }

  // missing and away incidents of children looked after in the period
  if (periods.flat().some((e) => e.startDate <= cfg.end && (e.endDate === undefined || e.endDate >= cfg.start))) {
    add(C.LAC_DURING);
    const inYear = record.missing.filter((x) => inPeriod(x.startDate));
    const missing = inYear.filter((x) => x.missingType === "M").length;
    const away = inYear.filter((x) => x.missingType === "A").length;
    if (missing > 0) add(C.MIS_CH);
    if (away > 0) add(C.AWAY_CH);
    c[C.MIS_N] = (c[C.MIS_N] as number) + missing;
    c[C.AWAY_N] = (c[C.AWAY_N] as number) + away;
  }

  // at the snapshot: the latest episode open then; placements during the period
  const open = periods.flat().filter((e) => e.startDate <= cfg.snapshot && (e.endDate === undefined || e.endDate > cfg.snapshot));
  const atSnapshot = open[open.length - 1];
  if (atSnapshot === undefined) return;
  add(C.LAC_SNAP);
  add(C.LAC_PLACE + groupIndex(PLACE_GROUPS, atSnapshot.placementType));
  let placements = 0;
  for (const p of periods) {
    const starts = p.filter((e, i) => i === 0 || e.reasonForNewEpisode !== "L");
    starts.forEach((e, i) => {
      const end = i + 1 < starts.length ? (starts[i + 1] as Episode).startDate : p[p.length - 1]?.endDate;
      if (e.startDate <= cfg.end && (end === undefined || end > cfg.start)) placements++;
    });
  }
  if (placements >= 3) add(C.LAC_STAB3);
  if (uasc) add(C.LAC_UASC_SNAP);

  // long-term stability: the period and the carer's spells (a new carer: the period's first
  // episode, RNE P or B) holding the episode open at the snapshot
  const period = periods.find((p) => p.includes(atSnapshot)) as Episode[];
  const snap = toDay(cfg.snapshot);
  if (toDay((period[0] as Episode).startDate) > addMonthsToDay(snap, -30)) return;
  if (record.child.dob === undefined) {
    add(C.LAC_LONG_NO_DOB);
    return;
  }
  if (snap >= addMonthsToDay(toDay(record.child.dob), 16 * 12)) return;
  add(C.LAC_LONG_DEN);
  const upTo = period.slice(0, period.indexOf(atSnapshot) + 1);
  const spells = upTo.filter((e, i) => i === 0 || e.reasonForNewEpisode === "P" || e.reasonForNewEpisode === "B");
  const adoption = ["A3", "A4", "A5", "A6"].includes(atSnapshot.placementType) && spells.length >= 2;
  const from = (spells[spells.length - (adoption ? 2 : 1)] as Episode).startDate;
  if (toDay(from) <= addMonthsToDay(snap, -24)) add(C.LAC_LONG_NUM);
}

/** Adds the plans-starting counters (plans, not children) of one record known at the horizon. */
export function addPlanStartsAsObjects(c: Float64Array, cfg: EngineConfig, record: ChildRecord): void {
  for (const e of record.cinEpisodes) {
    for (const p of e.cpPlans) if (p.startDate >= cfg.start && p.startDate <= cfg.end) c[C.CP_START_PLANS] = (c[C.CP_START_PLANS] as number) + 1;
    for (const p of e.cinPlans) if (p.startDate >= cfg.start && p.startDate <= cfg.end) c[C.CIN_START_PLANS] = (c[C.CIN_START_PLANS] as number) + 1;
  }
}

/** Adds the CP review counters of one record known at the horizon. */
export function addCpReviewsAsObjects(c: Float64Array, cfg: EngineConfig, record: ChildRecord): void {
  const snap = toDay(cfg.snapshot);
  const plans = record.cinEpisodes.flatMap((e) => e.cpPlans).filter((p) => toDay(p.startDate) <= addMonthsToDay(snap, -3) && (p.endDate === undefined || p.endDate > cfg.snapshot));
  if (plans.length === 0) return;
  c[C.CPR_DEN] = (c[C.CPR_DEN] as number) + 1;
  const kept = plans.every((p) => {
    const reviews = [...new Set(p.reviewDates.filter((r) => r > p.startDate && r <= cfg.snapshot))].sort();
    let due = addMonthsToDay(toDay(p.startDate), 3);
    for (const r of reviews) {
      if (toDay(r) > due) return false;
      due = addMonthsToDay(toDay(r), 6);
    }
    return snap <= due;
  });
  if (kept) c[C.CPR_NUM] = (c[C.CPR_NUM] as number) + 1;
}

// --- lac.health and care-leavers.* ---------------------------------------------------------------

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Whole years from `dob` to `on` (ISO dates); a 29 February birthday falls on 28 February in other years. */
export function ageOnIso(dob: string, on: string): number {
  const y = Number(on.slice(0, 4));
  let md = dob.slice(5);
  if (md === "02-29" && !leap(y)) md = "02-28";
  return y - Number(dob.slice(0, 4)) - (on.slice(5) < md ? 1 : 0);
}

/** The ISO date `days` after `iso`. */
function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The collection year holding an ISO date (the year of the 31 March that ends it). */
function collectionYear(iso: string): number {
  return Number(iso.slice(0, 4)) + (iso.slice(5) >= "04-01" ? 1 : 0);
}

/** The row of a year, else the only row when it has no year, of the rows known at the horizon (a row of a year from its 31 March). */
function rowOfYear<T extends { readonly year?: number | undefined }>(rows: readonly T[] | undefined, year: number, horizon: string): T | undefined {
  const list = (rows ?? []).filter((x) => x.year === undefined || `${String(x.year)}-03-31` <= horizon);
  return list.find((x) => x.year === year) ?? (list.length === 1 && list[0]?.year === undefined ? list[0] : undefined);
}

/** Adds the lac.health counters of one record known at the horizon. */
export function addHealthAsObjects(c: Float64Array, cfg: EngineConfig, record: ChildRecord): void {
  const add = (i: number): void => {
    c[i] = (c[i] as number) + 1;
  };
  const snapshot = cfg.snapshot;
  // the first day of the 12 months to the snapshot: the day after the same day a year before
  let before = `${String(Number(snapshot.slice(0, 4)) - 1).padStart(4, "0")}${snapshot.slice(4)}`;
  if (before.slice(5) === "02-29" && !leap(Number(before.slice(0, 4)))) before = `${before.slice(0, 5)}02-28`;
  const yearStart = plusDays(before, 1);
  const short = record.lookedAfterEpisodes.some((e) => (e.legalStatus === "V3" || e.legalStatus === "V4") && e.startDate <= snapshot && (e.endDate === undefined || e.endDate >= yearStart));
  if (short) return;
  // the period of care holding the (latest) episode open at the snapshot
  const periods = periodsOfCare(record);
  const open = periods.flat().filter((e) => e.startDate <= snapshot && (e.endDate === undefined || e.endDate > snapshot));
  const atSnapshot = open[open.length - 1];
  const period = periods.find((p) => atSnapshot !== undefined && p.includes(atSnapshot));
  if (period === undefined || (period[0] as Episode).startDate > yearStart) return;
  add(C.OC2_POP);
  const row = rowOfYear(record.lookedAfterOutcomes, collectionYear(snapshot), cfg.horizon);
  if (row === undefined) return;
  add(C.OC2_ROW);
  const dob = record.child.dob;
  if (dob === undefined) add(C.OC2_NO_DOB);
  const age = dob === undefined ? undefined : ageOnIso(dob, snapshot);
  const flag = (i: number, v: boolean | undefined, inGroup: boolean): void => {
    if (!inGroup || v === undefined) return;
    add(C.OC2_N + i);
    if (v) add(C.OC2_Y + i);
  };
  flag(0, row.healthAssessment, true);
  flag(1, row.immunisations, true);
  flag(2, row.teethCheck, true);
  flag(3, row.healthCheck, age !== undefined && age >= 0 && age < 5);
  flag(4, row.convicted, age !== undefined && age >= 10);
  flag(5, row.substanceMisuse, true);
  flag(6, row.interventionReceived, row.substanceMisuse === true);
  flag(7, row.interventionOffered, row.substanceMisuse === true);
  if (age !== undefined && age >= 5 && age <= 16) {
    add(C.SDQ_ELIGIBLE);
    const score = row.sdqScore;
    if (score !== undefined) {
      add(C.SDQ_N);
      c[C.SDQ_SUM] = (c[C.SDQ_SUM] as number) + score;
      add(C.SDQ_BAND + (score < 14 ? 0 : score < 17 ? 1 : 2));
    }
  }
}

const ACCOMMODATION_LETTERS = "BCDEGHKRSTUVWXYZ";
const ACTIVITY_GROUPS: Readonly<Record<string, number>> = { F1: 0, P1: 0, F2: 1, P2: 1, F4: 2, P4: 2, F3: 3, P3: 3, F5: 3, P5: 3, G4: 4, G6: 5, G5: 6 };

/** Adds the care leavers' counters of one record known at the horizon. */
export function addCareLeaversAsObjects(c: Float64Array, cfg: EngineConfig, record: ChildRecord): void {
  const add = (i: number): void => {
    c[i] = (c[i] as number) + 1;
  };
  const year = collectionYear(cfg.end);
  const row = rowOfYear(record.careLeaverOutcomes, year, cfg.horizon);
  if (row === undefined) return;
  const dob = record.child.dob;
  if (dob === undefined) return add(C.CL_NO_DOB);
  const age = ageOnIso(dob, `${String(year)}-03-31`);
  if (age < 17 || age > 21) return add(C.CL_OTHER_AGE);
  if (row.inTouch === "DIED") return add(C.CL_DIED);
  if (row.inTouch === "RHOM") return add(C.CL_RHOM);
  const base = C.CL + (age < 19 ? 0 : CL_SIZE);
  add(base + CL.N);
  add(base + CL.CONTACT + (row.inTouch === undefined ? 4 : ["YES", "NO", "REFU", "NREQ"].indexOf(row.inTouch)));
  // a code is a listed letter and 1 (suitable) or 2 (unsuitable); anything else is no information
  const code = /^([A-Z])([12])$/.exec(row.accommodation ?? "");
  const letter = code === null ? -1 : ACCOMMODATION_LETTERS.indexOf(code[1] as string);
  add(base + CL.SUIT + (letter < 0 ? 2 : code?.[2] === "1" ? 0 : 1));
  add(base + CL.TYPE + (letter < 0 ? 16 : letter));
  add(base + CL.ACTIV + (ACTIVITY_GROUPS[row.activity ?? ""] ?? 7));
}
