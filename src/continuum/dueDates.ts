import { addWorkingDays, isComputed, type WorkingDayCalendar } from "../calendar";
import { addCalendarDays, addCalendarMonths, isKinsafeError, type Finding, type IsoDate, type IsoDateTime } from "../core";
import type { PlanType } from "../records";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy, type Timescale, type VisitSchedule } from "./ContinuumPolicy";
import { deriveCase, type Dated, type DerivedCase } from "./deriveCase";
import type { ContinuumFindingCode } from "./findingCodes";
import type { ServiceEventId } from "./ServiceEvent";
import type { ServiceTimeline } from "./ServiceTimeline";

/**
 * The statutory deadlines `dueDates` computes.
 *
 * @category Continuum
 */
export const DUE_DATE_KINDS = [
  "referral-decision",
  "assessment",
  "initial-conference",
  "first-core-group",
  "review-conference",
  "looked-after-review",
  "care-proceedings",
  "police-protection",
  "emergency-protection-order",
  "visit",
] as const;
/** A due date kind (see {@link DUE_DATE_KINDS}). @category Continuum */
export type DueDateKind = (typeof DUE_DATE_KINDS)[number];

/**
 * Where a deadline stands on the `asOf` day: `pending` (not yet due and not yet done), `met`
 * (done on or before the due date), `missed` (done late, or the need for it lapsed after the due
 * date without it being done), `overdue` (not done and the due date has passed).
 *
 * @category Continuum
 */
export type DueDateStatus = "pending" | "met" | "missed" | "overdue";

/**
 * One statutory deadline.
 *
 * @category Continuum
 */
export interface DueDate {
  readonly kind: DueDateKind;
  /** The event that started the clock (for a chain of reviews or visits, the previous one; for the first looked-after visit, the placement). */
  readonly clockStartId: ServiceEventId;
  readonly clockStart: IsoDate;
  /** The last day on which it is on time. */
  readonly due: IsoDate;
  /** For hour-based deadlines (police protection), the instant it expires. */
  readonly dueAt?: IsoDateTime;
  readonly status: DueDateStatus;
  /** The event that did it (on time or late). */
  readonly doneById?: ServiceEventId;
  readonly doneOn?: IsoDate;
  /**
   * The episode, plan, period of care or proceedings it belongs to (the id of the event that
   * started it). For looked-after visits, the placement: the `looked-after-start` or the
   * `looked-after-change` that started it.
   */
  readonly episodeId: ServiceEventId;
  /** Its position in a chain: 1 for the first review or visit, 2 for the second, … (looked-after visits count from 1 in each placement) */
  readonly sequence: number;
  /** For visits: the plan type the visit is due under. */
  readonly planType?: PlanType;
  /** The rule: amount, unit, clock start and source. */
  readonly timescale: Timescale;
  /** The guidance or legislation (the timescale's source). */
  readonly source: string;
}

/**
 * Options of {@link dueDates}.
 *
 * @category Continuum
 */
export interface DueDatesOptions {
  /** The authority's policy; England defaults when omitted. */
  readonly policy?: ContinuumPolicy;
  /** The working-day calendar (e.g. `createWorkingDayCalendar()` for England and Wales). */
  readonly calendar: WorkingDayCalendar;
  /** The day to report on: later events are ignored. */
  readonly asOf: IsoDate;
}

/**
 * What {@link dueDates} returns: the deadlines it could compute, and findings about the ones
 * it could not or that may still move.
 *
 * Findings: `continuum/date-outside-calendar` (warning) for a deadline counted in working days
 * whose clock start or due date falls outside the calendar's range (the deadline is left out;
 * for a chain of reviews or visits, the rest of that chain too); `continuum/due-date-on-computed-holidays`
 * (info) for a deadline counted in working days whose due date falls in years whose bank holidays
 * are computed rather than announced (see `isComputed`), so that it may move when a new bank
 * holiday is proclaimed. Each finding's path is the clock-start event's date
 * (`["events", index, "date"]`) and its params name the `kind`, the `eventId` and the dates.
 *
 * @category Continuum
 */
export interface DueDatesResult {
  /** The deadlines in order of due date. */
  readonly deadlines: readonly DueDate[];
  /** Deadlines that could not be computed, and due dates that depend on computed bank holidays. */
  readonly findings: readonly Finding<ContinuumFindingCode>[];
}

/** Where deadlines and findings are collected while the case is walked. */
interface Sink {
  readonly calendar: WorkingDayCalendar;
  readonly asOf: IsoDate;
  readonly out: DueDate[];
  readonly findings: Finding<ContinuumFindingCode>[];
  /** Index of each event on the timeline, for finding paths. */
  readonly indexOf: ReadonlyMap<string, number>;
}

function pathOf(sink: Sink, id: ServiceEventId): (string | number)[] {
  const i = sink.indexOf.get(id);
  return i === undefined ? [] : ["events", i, "date"];
}

/**
 * The due date of a timescale from a clock start, or `undefined` (with a finding) when it
 * counts working days and the clock start or the result is outside the calendar's range.
 * Adds an info finding when a working-day due date falls in computed bank-holiday years.
 */
function dueOf(sink: Sink, kind: DueDateKind, start: Dated, ts: Timescale): IsoDate | undefined {
  if (ts.unit !== "working-days") return addTimescale(sink.calendar, start.date, ts);
  const { calendar } = sink;
  const params = { kind, eventId: start.id, date: start.date, from: calendar.from, to: calendar.to };
  if (start.date < calendar.from || start.date > calendar.to) {
    sink.findings.push({ code: "continuum/date-outside-calendar", severity: "warning", path: pathOf(sink, start.id), params });
    return undefined;
  }
  let due: IsoDate;
  try {
    due = addTimescale(calendar, start.date, ts);
  } catch (e) {
    // The due date falls beyond the calendar's range (the clock start is inside it).
    if (!isKinsafeError(e)) throw e;
    sink.findings.push({ code: "continuum/date-outside-calendar", severity: "warning", path: pathOf(sink, start.id), params: { ...params, workingDays: ts.amount } });
    return undefined;
  }
  if (isComputed(calendar, due) && calendar.computedFrom !== undefined) {
    sink.findings.push({
      code: "continuum/due-date-on-computed-holidays",
      severity: "info",
      path: pathOf(sink, start.id),
      params: { kind, eventId: start.id, date: start.date, due, computedFrom: calendar.computedFrom },
    });
  }
  return due;
}

function addTimescale(calendar: WorkingDayCalendar, date: IsoDate, ts: Timescale): IsoDate {
  const back = ts.countsStartDay ? 1 : 0;
  switch (ts.unit) {
    case "working-days":
      return addWorkingDays(calendar, date, ts.amount - back);
    case "calendar-days":
      return addCalendarDays(date, ts.amount - back);
    case "weeks":
      return addCalendarDays(date, 7 * ts.amount - back);
    case "months":
      return addCalendarDays(addCalendarMonths(date, ts.amount), -back);
    case "hours":
      return addCalendarDays(date, Math.floor(ts.amount / 24) - back);
  }
}

function addHours(at: IsoDateTime, hours: number): IsoDateTime {
  return new Date(Date.parse(at) + hours * 3_600_000).toISOString() as IsoDateTime;
}

interface ChainSpec {
  readonly kind: DueDateKind;
  readonly start: Dated;
  readonly episodeId: ServiceEventId;
  /** The timescale of the n-th deadline (0-based), given the date of its clock start. */
  readonly timescale: (n: number, clock: IsoDate) => Timescale;
  /** The events that meet the deadlines, in date order. */
  readonly done: readonly Dated[];
  /** When the obligation ends (plan ended, episode closed); absent while it continues. */
  readonly end: IsoDate | undefined;
  /** Only the first deadline (no chain). */
  readonly single?: boolean;
  readonly planType?: PlanType;
}

/** Walks a chain of deadlines: each met (or late) event restarts the clock. */
function chain(spec: ChainSpec, sink: Sink): void {
  const { asOf, out } = sink;
  let clock = spec.start;
  let index = 0;
  for (let n = 0; ; n++) {
    const timescale = spec.timescale(n, clock.date);
    const due = dueOf(sink, spec.kind, clock, timescale);
    if (due === undefined) return;
    const base = {
      kind: spec.kind,
      clockStartId: clock.id,
      clockStart: clock.date,
      due,
      episodeId: spec.episodeId,
      sequence: n + 1,
      ...(spec.planType === undefined ? {} : { planType: spec.planType }),
      timescale,
      source: timescale.source,
    };
    while (index < spec.done.length && (spec.done[index]?.date ?? "") < clock.date) index++;
    const done = spec.done[index];
    if (done !== undefined && (spec.end === undefined || done.date <= spec.end)) {
      out.push({ ...base, status: done.date <= due ? "met" : "missed", doneById: done.id, doneOn: done.date });
      index++;
      if (spec.single === true) return;
      clock = done;
      continue;
    }
    if (spec.end !== undefined) {
      if (spec.end > due) out.push({ ...base, status: "missed" });
      return;
    }
    out.push({ ...base, status: asOf > due ? "overdue" : "pending" });
    return;
  }
}

function visitSchedule(schedule: VisitSchedule): (n: number) => Timescale {
  return (n) => (n === 0 ? (schedule.first ?? schedule.interval) : schedule.interval);
}

/**
 * Looked-after visits (CPPCR Regulations 2010 reg 28(2)): within one week of the start of any
 * placement; then at intervals of not more than six weeks in the placement's first year; after
 * it, three months where the placement is intended to last until the child is 18, six weeks
 * otherwise. The interval is chosen on the date of the visit that starts it.
 */
function placementVisitSchedule(schedule: VisitSchedule, placement: Placement): (n: number, clock: IsoDate) => Timescale {
  const anniversary = addCalendarMonths(placement.date, 12);
  return (n, clock) => {
    if (n === 0) return schedule.first ?? schedule.interval;
    if (schedule.afterFirstYear !== undefined && clock >= anniversary && placement.untilEighteenOn(clock)) return schedule.afterFirstYear;
    return schedule.interval;
  };
}

/** One placement of a period of care: from its start to the next placement or the end of care. */
interface Placement extends Dated {
  readonly end: IsoDate | undefined;
  /** Whether, on a date, the placement is intended to last until the child is 18. */
  readonly untilEighteenOn: (date: IsoDate) => boolean;
}

function placementsOf(p: DerivedCase["periodsOfCare"][number]): Placement[] {
  const starts = p.episodes.filter((x) => x.rne !== "L");
  return starts.map((x, i) => {
    const next = starts[i + 1];
    // The placement's own episode and any legal-status-only changes during it (the plan may be
    // recorded as long-term on one of them), in date order.
    const stated = p.episodes.filter((e) => e.date >= x.date && (next === undefined || e.date < next.date) && (e === x || e.rne === "L") && e.intendedUntil18 !== undefined);
    const byCode = LONG_TERM_FOSTERING.has(x.place);
    const untilEighteenOn = (date: IsoDate): boolean => stated.reduce((acc, e) => (e.date <= date ? (e.intendedUntil18 ?? acc) : acc), byCode);
    return { id: x.id, date: x.date, end: next?.date ?? p.end, untilEighteenOn };
  });
}

/** SSDA903 placement types of long-term fostering: intended to last until the child is 18 unless stated otherwise. */
const LONG_TERM_FOSTERING: ReadonlySet<string> = new Set(["U1", "U4"]);

function collect(c: DerivedCase, policy: ContinuumPolicy, sink: Sink): void {
  const ts = policy.timescales;
  const { asOf, out } = sink;
  const visitsIn = (start: IsoDate, end: IsoDate | undefined): Dated[] => c.visits.filter((v) => v.date >= start && (end === undefined || v.date <= end));

  for (const e of c.episodes) {
    const closed = e.closure?.date;
    if (e.transferIn === undefined) {
      chain({ kind: "referral-decision", start: e, episodeId: e.id, timescale: () => ts.referralDecision, done: e.decision === undefined ? [] : [e.decision], end: closed, single: true }, sink);
      const decidedToAssess = e.decision?.decision === "assessment" || e.decision?.decision === "strategy-discussion";
      const firstAssessment = e.assessments[0];
      if (decidedToAssess || firstAssessment !== undefined) {
        const done = firstAssessment?.completedId === undefined || firstAssessment.completed === undefined ? [] : [{ id: firstAssessment.completedId, date: firstAssessment.completed }];
        chain({ kind: "assessment", start: e, episodeId: e.id, timescale: () => ts.assessment, done, end: closed, single: true }, sink);
      }
    }
    for (const s of e.section47s) {
      if (s.icpcRequired === false) continue;
      const fromSection47 = ts.initialConference.clockStart === "section-47-start";
      const start = fromSection47 ? { id: s.id, date: s.date } : { id: s.strategyDiscussionId, date: s.strategyDate };
      chain({ kind: "initial-conference", start, episodeId: s.id, timescale: () => ts.initialConference, done: s.icpc === undefined ? [] : [s.icpc], end: closed, single: true }, sink);
    }
    for (const p of e.cpPlans) {
      chain(
        { kind: "review-conference", start: p.conference, episodeId: p.id, timescale: (n) => (n === 0 ? ts.firstReviewConference : ts.subsequentReviewConference), done: p.reviews, end: p.end },
        sink,
      );
      if (ts.firstCoreGroup !== undefined) {
        const first = ts.firstCoreGroup;
        const network = policy.networkMeetingCountsAsCoreGroup ? c.networkMeetings.filter((m) => m.date >= p.date && (p.end === undefined || m.date <= p.end)) : [];
        const done = [...p.coreGroups, ...network].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        chain({ kind: "first-core-group", start: p.conference, episodeId: p.id, timescale: () => first, done, end: p.end, single: true }, sink);
      }
      chain(
        { kind: "visit", start: p, episodeId: p.id, timescale: visitSchedule(policy.visits.childProtection), done: visitsIn(p.date, p.end), end: p.end, planType: "cp" },
        sink,
      );
    }
    for (const p of e.cinPlans) {
      chain(
        { kind: "visit", start: p, episodeId: p.id, timescale: visitSchedule(policy.visits.childInNeed), done: visitsIn(p.date, p.end), end: p.end, planType: "cin" },
        sink,
      );
    }
  }

  for (const p of c.periodsOfCare) {
    chain(
      {
        kind: "looked-after-review",
        start: p,
        episodeId: p.id,
        timescale: (n) => (n === 0 ? ts.firstLookedAfterReview : n === 1 ? ts.secondLookedAfterReview : ts.subsequentLookedAfterReview),
        done: p.reviews,
        end: p.end,
      },
      sink,
    );
    for (const placement of placementsOf(p)) {
      chain(
        {
          kind: "visit",
          start: placement,
          episodeId: placement.id,
          timescale: placementVisitSchedule(policy.visits.lookedAfter, placement),
          done: visitsIn(placement.date, placement.end),
          end: placement.end,
          planType: "lac",
        },
        sink,
      );
    }
  }

  for (const p of c.proceedings) {
    let due = dueOf(sink, "care-proceedings", p, ts.careProceedings);
    if (due === undefined) continue;
    for (const x of p.extensions) due = addCalendarDays(due, 7 * x.weeks);
    const base = { kind: "care-proceedings" as const, clockStartId: p.id, clockStart: p.date, due, episodeId: p.id, sequence: 1, timescale: ts.careProceedings, source: ts.careProceedings.source };
    const f = p.finalOrder;
    out.push(f === undefined ? { ...base, status: asOf > due ? "overdue" : "pending" } : { ...base, status: f.date <= due ? "met" : "missed", doneById: f.id, doneOn: f.date });
  }

  for (const p of c.policeProtections) {
    const t = ts.policeProtection;
    const dueAt = t.unit === "hours" ? addHours(p.at, t.amount) : undefined;
    const due = dueAt === undefined ? dueOf(sink, "police-protection", p, t) : (dueAt.slice(0, 10) as IsoDate);
    if (due === undefined) continue;
    const base = { kind: "police-protection" as const, clockStartId: p.id, clockStart: p.date, due, ...(dueAt === undefined ? {} : { dueAt }), episodeId: p.id, sequence: 1, timescale: t, source: t.source };
    if (p.end === undefined || p.endId === undefined) {
      out.push({ ...base, status: asOf > due ? "overdue" : "pending" });
    } else {
      const onTime = dueAt !== undefined && p.endAt !== undefined ? Date.parse(p.endAt) <= Date.parse(dueAt) : p.end <= due;
      out.push({ ...base, status: onTime ? "met" : "missed", doneById: p.endId, doneOn: p.end });
    }
  }

  for (const o of c.epos) {
    const t = ts.emergencyProtectionOrder;
    // After police protection the eight days begin with the first day of police protection (s45(3)).
    const pp = o.policeProtection;
    const start = pp === undefined ? { id: o.id, date: o.date } : { id: pp.id, date: pp.date };
    let due = dueOf(sink, "emergency-protection-order", start, pp === undefined ? t : { ...t, countsStartDay: true });
    if (due === undefined) continue;
    for (const x of o.extensions) due = addCalendarDays(due, x.days);
    const base = { kind: "emergency-protection-order" as const, clockStartId: start.id, clockStart: start.date, due, episodeId: o.id, sequence: 1, timescale: t, source: t.source };
    out.push(
      o.end === undefined || o.endId === undefined
        ? { ...base, status: asOf > due ? "overdue" : "pending" }
        : { ...base, status: o.end <= due ? "met" : "missed", doneById: o.endId, doneOn: o.end },
    );
  }

  out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : DUE_DATE_KINDS.indexOf(a.kind) - DUE_DATE_KINDS.indexOf(b.kind)));
}

/**
 * Every statutory deadline on a child's timeline, with its due date, its status on the `asOf`
 * day and its source.
 *
 * The deadlines, with the England defaults of {@link DEFAULT_CONTINUUM_POLICY}:
 * a decision on each referral within 1 working day; the child and family assessment within 45
 * working days of the referral (Working Together 2023); the initial child protection
 * conference within 15 working days of the strategy discussion; the first core group within 10
 * working days of it (local rule, optional); the first review conference within 3 months of the
 * initial conference, then every 6 months while the plan lasts; looked-after reviews within 20
 * working days, then 3 months, then every 6 months (CPPCR Regulations 2010 reg 33); care
 * proceedings within 26 weeks of issue plus each extension (Children Act 1989 s32); police
 * protection at most 72 hours (s46); an emergency protection order at most 8 days plus one
 * extension of up to 7 (s45); and visits at the policy's intervals under each plan. A
 * looked-after child is visited within one week of the start of every placement, then at
 * intervals of not more than six weeks in the placement's first year, and after it every three
 * months where the placement is intended to last until the child is 18 (six weeks otherwise)
 * (CPPCR Regulations 2010 reg 28(2)): the placement's `intendedUntil18` says so, or, when it is
 * not recorded, the SSDA903 placement types of long-term fostering (`U1`, `U4`).
 *
 * Working days are counted from the day after the clock start on the given calendar, so bank
 * holidays are skipped; months are calendar months. For chains (reviews, visits), each
 * review or visit restarts the clock, including a late one. A deadline that lapses (the plan
 * ended, the episode closed) before it falls due is not listed; one that lapsed after its due
 * date without being done is `missed`. Events after `asOf` are ignored.
 *
 * Never throws for the timeline's dates: a deadline counted in working days whose clock start or
 * due date is outside the calendar's range is left out with a finding, and the rest of the
 * timeline's deadlines are still computed; a due date in years whose bank holidays are computed
 * rather than announced carries an info finding (see {@link DueDatesResult}).
 *
 * @param timeline - The child's timeline.
 * @param options - The policy, the working-day calendar and the day to report on.
 * @returns The deadlines in order of due date, and the findings.
 *
 * @example
 * {@includeCode ../../tests/continuum/dueDates.test.ts#docs-example}
 *
 * @category Continuum
 */
export function dueDates(timeline: ServiceTimeline, options: DueDatesOptions): DueDatesResult {
  const policy = options.policy ?? DEFAULT_CONTINUUM_POLICY;
  const sink: Sink = {
    calendar: options.calendar,
    asOf: options.asOf,
    out: [],
    findings: [],
    indexOf: new Map(timeline.events.map((e, i) => [e.id as string, i])),
  };
  collect(deriveCase(timeline.events, options.asOf), policy, sink);
  return { deadlines: sink.out, findings: sink.findings };
}
