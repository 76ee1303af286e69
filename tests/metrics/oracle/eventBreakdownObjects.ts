import type { EngineConfig } from "../../../src/metrics/internal/engine";
import { C } from "../../../src/metrics/internal/layout";
import { ASSESSMENT_FACTOR_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES, type ChildRecord } from "../../../src/records";
import { periodsOfCare } from "./lookedAfterObjects";

// DfE's breakdowns at the event (age at the event, primary need, category of abuse, assessment
// factors) over a record as objects, written apart from the kernel (src/metrics/internal/kernel.ts)
// as an oracle: ages from ISO date strings (years between the dates, one fewer before the
// birthday in the year), every rule on the record known at the horizon (asKnownAt), as the rest
// of the object pass takes it.

/** The age band's index (unborn, under 1, 1-4, 5-9, 10-15, 16+, not recorded) of the child on `date`. */
export function ageBandAt(child: ChildRecord["child"], date: string): number {
  const { dob, expectedDob } = child;
  if (dob === undefined) return expectedDob === undefined ? 6 : 0;
  if (date < dob) return 0;
  const years = Number(date.slice(0, 4)) - Number(dob.slice(0, 4)) - (date.slice(5) < dob.slice(5) ? 1 : 0);
  if (years < 1) return 1;
  if (years < 5) return 2;
  if (years < 10) return 3;
  if (years < 16) return 4;
  return 5;
}

/** A code's slot: its index in the list, or the slot after the list when absent. */
function slotOf(codes: readonly string[], code: string | undefined): number {
  const i = code === undefined ? -1 : codes.indexOf(code);
  return i < 0 ? codes.length : i;
}

/** Adds one record's breakdown counters (the record known at the horizon) to `c`. */
export function addEventBreakdownsAsObjects(c: Float64Array, cfg: EngineConfig, r: ChildRecord): void {
  const add = (i: number): void => {
    c[i] = (c[i] as number) + 1;
  };
  const inPeriod = (d: string | undefined): boolean => d !== undefined && d >= cfg.start && d <= cfg.end;
  const snap = cfg.snapshot;
  if (cfg.needCin) {
    // referrals by age at the referral
    for (const e of r.cinEpisodes) if (inPeriod(e.referralDate)) add(C.REF_AGE + ageBandAt(r.child, e.referralDate));
    // children in need at the snapshot: the open episode (not NFA) referred last
    const open = r.cinEpisodes.filter((e) => e.referralNfa !== true && e.referralDate <= snap && (e.closureDate === undefined || e.closureDate > snap));
    if (open.length > 0) {
      const latest = open.reduce((a, b) => (b.referralDate >= a.referralDate ? b : a));
      add(C.CIN_SNAP_AGE + ageBandAt(r.child, snap));
      add(C.CIN_SNAP_NEED + slotOf(PRIMARY_NEED_CODES, latest.primaryNeed));
    }
    // assessments authorised in the period, by their factors (each distinct factor once)
    for (const e of r.cinEpisodes) {
      for (const a of e.assessments) {
        if (!inPeriod(a.authorisationDate)) continue;
        const factors = new Set(a.factors);
        if (factors.size === 0) add(C.ASM_FACTOR + ASSESSMENT_FACTOR_CODES.length);
        for (const f of factors) add(C.ASM_FACTOR + ASSESSMENT_FACTOR_CODES.indexOf(f));
      }
    }
  }
  if (cfg.needPlans) {
    const plans = r.cinEpisodes.flatMap((e) => e.cpPlans);
    // on a plan at the snapshot: the open plan that started last
    const open = plans.filter((p) => p.startDate <= snap && (p.endDate === undefined || p.endDate > snap));
    if (open.length > 0) {
      const latest = open.reduce((a, b) => (b.startDate >= a.startDate ? b : a));
      add(C.CP_SNAP_AGE + ageBandAt(r.child, snap));
      add(C.CP_SNAP_INITIAL + slotOf(CP_CATEGORY_CODES, latest.initialCategory));
      add(C.CP_SNAP_LATEST + slotOf(CP_CATEGORY_CODES, latest.latestCategory));
    }
    // looked after at the snapshot: a period of care open then
    const periods = periodsOfCare(r);
    if (cfg.needLac && periods.some((p) => (p[0]?.startDate ?? "") <= snap && (p[p.length - 1]?.endDate ?? "9999-12-31") > snap)) add(C.LAC_OPEN_AGE + ageBandAt(r.child, snap));
    // starting a plan: the first plan starting in the period
    const starting = plans.filter((p) => inPeriod(p.startDate));
    if (starting.length > 0) {
      const first = starting.reduce((a, b) => (b.startDate < a.startDate ? b : a));
      add(C.CP_START_AGE + ageBandAt(r.child, first.startDate));
      add(C.CP_START_INITIAL + slotOf(CP_CATEGORY_CODES, first.initialCategory));
    }
  }
  if (cfg.needLacMeasures) {
    // starting to be looked after: the first period of care starting in the period
    const first = periodsOfCare(r).find((p) => inPeriod(p[0]?.startDate))?.[0];
    if (first !== undefined) add(C.LAC_START_AGE + ageBandAt(r.child, first.startDate));
  }
}
