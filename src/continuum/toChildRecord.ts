import { addWorkingDays, type WorkingDayCalendar } from "../calendar";
import { isKinsafeError, type Finding, type IsoDate } from "../core";
import type { CareProceedingsRecord, ChildRecord, CinEpisodeRecord, LookedAfterEpisodeRecord, PlanType, RecordId } from "../records";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy } from "./ContinuumPolicy";
import { deriveCase, type DerivedCase } from "./deriveCase";
import type { ContinuumFindingCode } from "./findingCodes";
import type { ServiceTimeline } from "./ServiceTimeline";

/**
 * Options of {@link toChildRecord}.
 *
 * @category Continuum
 */
export interface ToChildRecordOptions {
  /** When given, each section 47 enquiry gets its `icpcTargetDate` (the CIN census `InitialCPCtarget`). */
  readonly calendar?: WorkingDayCalendar;
  /** The policy whose initial conference timescale sets the target; England defaults when omitted. */
  readonly policy?: ContinuumPolicy;
  /**
   * Called with each finding: `continuum/date-outside-calendar` (warning) for a section 47
   * enquiry whose initial conference target cannot be worked out because its clock start or the
   * target falls outside the calendar's range; the enquiry is written without `icpcTargetDate`
   * and the rest of the record is unaffected. Path `["events", index, "date"]` of the clock-start
   * event; params `kind` (`initial-conference`), `eventId`, `date`, `from`, `to` (and
   * `workingDays` when the target is the date outside the range), as `dueDates` gives them.
   */
  readonly onFinding?: (finding: Finding<ContinuumFindingCode>) => void;
}

const rid = (id: string): RecordId => id as RecordId;

function plansOpenOn(c: DerivedCase, date: IsoDate): PlanType[] {
  const within = (start: IsoDate, end: IsoDate | undefined): boolean => start <= date && (end === undefined || date <= end);
  const out: PlanType[] = [];
  if (c.earlyHelp.some((e) => within(e.date, e.end))) out.push("early-help");
  if (c.episodes.some((e) => e.cinPlans.some((p) => within(p.date, p.end)))) out.push("cin");
  if (c.episodes.some((e) => e.cpPlans.some((p) => within(p.date, p.end)))) out.push("cp");
  if (c.periodsOfCare.some((p) => within(p.date, p.end))) out.push("lac");
  return out;
}

/**
 * Converts a service timeline to the canonical child record that the metrics engine reads.
 *
 * Each referral (or transfer in) becomes a CIN census episode with its referral source,
 * primary need, NFA flag, closure date and reason, assessments (start, authorisation, factors),
 * CIN plans, section 47 enquiries (start, strategy discussion date, ICPC target when a
 * calendar is given, ICPC date, ICPC not required) and CP plans (start, end, initial and latest
 * category, number of previous plans, review dates); a transfer-in conference is the episode's
 * own ICPC date. Periods of care become SSDA903 episodes (a new one at every change, the old one
 * ending `X1`) with the reviews; visits record the plan types open on the day; pre-proceedings
 * and care proceedings become one public law record each.
 *
 * A date outside the calendar's range is a finding, not an exception: the enquiry's target is
 * left out and reported to `options.onFinding` (see {@link ToChildRecordOptions.onFinding}).
 *
 * @param timeline - The child's timeline.
 * @param options - A working-day calendar to compute ICPC target dates, the policy, and where findings go.
 * @returns The child record.
 *
 * @example
 * {@includeCode ../../tests/continuum/toChildRecord.test.ts#docs-example}
 *
 * @category Continuum
 */
export function toChildRecord(timeline: ServiceTimeline, options: ToChildRecordOptions = {}): ChildRecord {
  const c = deriveCase(timeline.events);
  const icpcTs = (options.policy ?? DEFAULT_CONTINUUM_POLICY).timescales.initialConference;
  const calendar = options.calendar;
  const onFinding = options.onFinding;
  // The initial conference target (CIN census InitialCPCtarget), or undefined with a finding
  // when the clock start or the target is outside the calendar's range.
  const targetOf = (start: { readonly id: string; readonly date: IsoDate }): IsoDate | undefined => {
    if (calendar === undefined || icpcTs.unit !== "working-days") return undefined;
    const index = timeline.events.findIndex((e) => e.id === start.id);
    const report = (extra: Record<string, number>): undefined => {
      onFinding?.({
        code: "continuum/date-outside-calendar",
        severity: "warning",
        path: index < 0 ? [] : ["events", index, "date"],
        params: { kind: "initial-conference", eventId: start.id, date: start.date, from: calendar.from, to: calendar.to, ...extra },
      });
      return undefined;
    };
    if (start.date < calendar.from || start.date > calendar.to) return report({});
    try {
      return addWorkingDays(calendar, start.date, icpcTs.amount);
    } catch (e) {
      // The target falls beyond the calendar's range (the clock start is inside it).
      if (!isKinsafeError(e)) throw e;
      return report({ workingDays: icpcTs.amount });
    }
  };

  const cinEpisodes: CinEpisodeRecord[] = c.episodes.map((e) => {
    const transferConference = e.conferences.find((x) => x.kind === "transfer-in");
    return {
      id: rid(e.id),
      referralDate: e.date,
      referralSource: e.referralSource,
      ...(e.primaryNeed === undefined ? {} : { primaryNeed: e.primaryNeed }),
      referralNfa: e.nfa,
      ...(e.closure === undefined ? {} : { closureDate: e.closure.date, closureReason: e.closure.reason }),
      ...(transferConference === undefined ? {} : { episodeIcpcDate: transferConference.date }),
      assessments: e.assessments.map((a) => ({ id: rid(a.id), startDate: a.date, ...(a.completed === undefined ? {} : { authorisationDate: a.completed }), factors: a.factors })),
      cinPlans: e.cinPlans.map((p) => ({ id: rid(p.id), startDate: p.date, ...(p.end === undefined ? {} : { endDate: p.end }) })),
      section47s: e.section47s.map((s) => {
        const target = targetOf(icpcTs.clockStart === "section-47-start" ? { id: s.id, date: s.date } : { id: s.strategyDiscussionId, date: s.strategyDate });
        return {
          id: rid(s.id),
          startDate: s.strategyDate,
          strategyDiscussionDate: s.strategyDate,
          ...(target === undefined ? {} : { icpcTargetDate: target }),
          ...(s.icpc === undefined ? {} : { icpcDate: s.icpc.date }),
          icpcNotRequired: s.icpcRequired === false,
        };
      }),
      cpPlans: e.cpPlans.map((p) => ({
        id: rid(p.id),
        startDate: p.date,
        ...(p.end === undefined ? {} : { endDate: p.end }),
        initialCategory: p.initialCategory,
        latestCategory: p.latestCategory,
        numberOfPreviousCpp: p.previousPlans,
        reviewDates: p.reviews.map((r) => r.date),
      })),
    };
  });

  const lookedAfterEpisodes: LookedAfterEpisodeRecord[] = c.periodsOfCare.flatMap((p) =>
    p.episodes.map((x) => ({
      id: rid(x.id),
      startDate: x.date,
      reasonForNewEpisode: x.rne,
      legalStatus: x.ls,
      ...(x.cin === undefined ? {} : { categoryOfNeed: x.cin }),
      placementType: x.place,
      ...(x.provider === undefined ? {} : { placementProvider: x.provider }),
      ...(x.dec === undefined ? {} : { endDate: x.dec }),
      ...(x.rec === undefined ? {} : { reasonEpisodeCeased: x.rec }),
      ...(x.reasonPlaceChange === undefined ? {} : { reasonForPlacementChange: x.reasonPlaceChange }),
      ...(x.homePostcode === undefined ? {} : { homePostcode: x.homePostcode }),
      ...(x.placementPostcode === undefined ? {} : { placementPostcode: x.placementPostcode }),
      ...(x.urn === undefined ? {} : { urn: x.urn }),
    })),
  );

  const careProceedings: CareProceedingsRecord[] = [
    ...c.proceedings.map((p) => ({
      id: rid(p.id),
      ...(p.preProceedings === undefined ? {} : { preProceedingsStart: p.preProceedings.date }),
      issueDate: p.date,
      timetableExtensions: p.extensions.map((x) => ({ date: x.date, weeks: x.weeks })),
      ...(p.finalOrder === undefined ? {} : { finalOrderDate: p.finalOrder.date, finalOrder: p.finalOrder.order }),
    })),
    // Pre-proceedings that did not lead to an application.
    ...c.preProceedings
      .filter((pre) => !c.proceedings.some((p) => p.preProceedings === pre))
      .map((pre) => ({ id: rid(pre.id), preProceedingsStart: pre.date, ...(pre.end === undefined ? {} : { preProceedingsEnd: pre.end }), timetableExtensions: [] })),
  ];
  careProceedings.sort((a, b) => {
    const da = a.preProceedingsStart ?? a.issueDate ?? "";
    const db = b.preProceedingsStart ?? b.issueDate ?? "";
    return da < db ? -1 : da > db ? 1 : 0;
  });

  return {
    child: timeline.child,
    cinEpisodes,
    earlyHelpEpisodes: c.earlyHelp.map((e) => ({ id: rid(e.id), startDate: e.date, ...(e.end === undefined ? {} : { endDate: e.end }), ...(e.outcome === undefined ? {} : { outcome: e.outcome }) })),
    lookedAfterEpisodes,
    lookedAfterReviews: c.periodsOfCare.flatMap((p) => p.reviews.map((r) => ({ id: rid(r.id), date: r.date, ...(r.participation === undefined ? {} : { participation: r.participation }) }))),
    missing: [],
    visits: c.visits.map((v) => {
      const event = c.events.get(v.id);
      const seenAlone = event?.type === "visit" ? event.seenAlone : undefined;
      return { id: rid(v.id), date: v.date, planTypes: plansOpenOn(c, v.date), ...(seenAlone === undefined ? {} : { seenAlone }) };
    }),
    careProceedings,
  };
}
