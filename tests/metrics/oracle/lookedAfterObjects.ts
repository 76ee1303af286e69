import { workingDaysBetweenDayNumbers } from "../../../src/calendar";
import { addMonthsToDay, toDay } from "../../../src/metrics/internal/days";
import type { EngineConfig } from "../../../src/metrics/internal/engine";
import { LS_GROUPS, PLACE_GROUPS, REC_GROUPS, type CodeGroup } from "../../../src/metrics/internal/lacGroups";
import { C } from "../../../src/metrics/internal/layout";
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
