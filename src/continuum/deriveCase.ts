/* eslint-disable jsdoc/require-example, jsdoc/require-param -- internal module: not exported from the package, documented for maintainers. */
// Internal: folds a timeline's events into the structure every continuum function reads
// (episodes, plans, periods of care, what is open). Not exported from the package.
import type { IsoDate, IsoDateTime } from "../core";
import type {
  AssessmentFactorCode,
  ClosureReasonCode,
  CpCategoryCode,
  EpisodeEndReasonCode,
  FinalOrder,
  LegalStatusCode,
  NewEpisodeReasonCode,
  PlacementChangeReasonCode,
  PlacementProviderCode,
  PlacementTypeCode,
  PrimaryNeedCode,
  ReferralSourceCode,
  ReviewParticipationCode,
} from "../records";
import { referralSourceFor } from "../records";
import type { PracticeRecord, ServiceEvent, ServiceEventId } from "./ServiceEvent";
import type { ServiceLevel, ServiceOverlay } from "./ServiceLevel";

/** @internal */
export interface Dated {
  readonly id: ServiceEventId;
  readonly date: IsoDate;
}

/** @internal */
export interface DAssessment extends Dated {
  completed?: IsoDate;
  completedId?: ServiceEventId;
  factors: readonly AssessmentFactorCode[];
}
/** @internal */
export interface DStrategy extends Dated {
  readonly reasonableCause: boolean;
  readonly section47: boolean;
  usedBy?: ServiceEventId;
}
/** @internal */
export interface DSection47 extends Dated {
  readonly strategyDiscussionId: ServiceEventId;
  readonly strategyDate: IsoDate;
  outcomeDate?: IsoDate;
  icpcRequired?: boolean;
  icpc?: Dated;
}
/** @internal */
export interface DConference extends Dated {
  readonly kind: "initial" | "transfer-in";
  readonly decidedPlan: boolean;
  planId?: ServiceEventId;
}
/** @internal */
export interface DCinPlan extends Dated {
  end?: IsoDate;
  reviews: Dated[];
}
/** @internal */
export interface DCpPlan extends Dated {
  end?: IsoDate;
  readonly conference: Dated;
  readonly initialCategory: CpCategoryCode;
  latestCategory: CpCategoryCode;
  readonly previousPlans: number;
  reviews: Dated[];
  coreGroups: Dated[];
}
/** @internal */
export interface DEpisode extends Dated {
  readonly referralSource: ReferralSourceCode;
  primaryNeed?: PrimaryNeedCode;
  readonly transferIn?: { readonly onPlan: boolean; conferenceHeld: boolean };
  decision?: Dated & { readonly decision: string };
  nfa: boolean;
  assessments: DAssessment[];
  strategyDiscussions: DStrategy[];
  section47s: DSection47[];
  conferences: DConference[];
  cinPlans: DCinPlan[];
  cpPlans: DCpPlan[];
  closure?: { readonly date: IsoDate; readonly reason: ClosureReasonCode };
}
/** @internal */
export interface DEarlyHelp extends Dated {
  end?: IsoDate;
  outcome?: "needs-met" | "stepped-up" | "consent-withdrawn" | "other";
}
/** @internal */
export interface DCareEpisode extends Dated {
  readonly rne: NewEpisodeReasonCode;
  readonly ls: LegalStatusCode;
  readonly place: PlacementTypeCode;
  readonly provider?: PlacementProviderCode;
  readonly cin?: PrimaryNeedCode;
  readonly homePostcode?: string;
  readonly placementPostcode?: string;
  readonly urn?: string;
  /** The placement is intended to last until the child is 18 (as recorded on the event). */
  readonly intendedUntil18?: boolean;
  dec?: IsoDate;
  rec?: EpisodeEndReasonCode;
  reasonPlaceChange?: PlacementChangeReasonCode;
}
/** @internal */
export interface DPeriodOfCare extends Dated {
  end?: IsoDate;
  episodes: DCareEpisode[];
  reviews: (Dated & { readonly participation?: ReviewParticipationCode })[];
  /** Start of the current placement (for visit timescales). */
  placementStart: IsoDate;
}
/** @internal */
export interface DPreProceedings extends Dated {
  end?: IsoDate;
}
/** @internal */
export interface DProceedings extends Dated {
  extensions: (Dated & { readonly weeks: number })[];
  finalOrder?: Dated & { readonly order: FinalOrder };
  preProceedings?: DPreProceedings;
}
/** @internal */
export interface DPolice extends Dated {
  readonly at: IsoDateTime;
  endAt?: IsoDateTime;
  end?: IsoDate;
  endId?: ServiceEventId;
}
/** @internal */
export interface DEpo extends Dated {
  readonly policeProtection?: DPolice;
  extensions: (Dated & { readonly days: number })[];
  end?: IsoDate;
  endId?: ServiceEventId;
}
/** @internal */
export interface DTransition {
  readonly eventId: ServiceEventId;
  readonly type: ServiceEvent["type"];
  readonly date: IsoDate;
  readonly from: ServiceLevel;
  readonly to: ServiceLevel;
  readonly practice?: PracticeRecord;
}

/** @internal */
export interface DerivedCase {
  readonly episodes: DEpisode[];
  readonly earlyHelp: DEarlyHelp[];
  readonly periodsOfCare: DPeriodOfCare[];
  readonly preProceedings: DPreProceedings[];
  readonly proceedings: DProceedings[];
  readonly policeProtections: DPolice[];
  readonly epos: DEpo[];
  readonly visits: Dated[];
  readonly networkMeetings: Dated[];
  readonly transitions: DTransition[];
  readonly events: ReadonlyMap<string, ServiceEvent>;
  lastDate?: IsoDate;
  /** The practice record most recently given. */
  practice?: PracticeRecord;
}

/** The last item of a list if it is still open. */
function lastOpen<T>(xs: readonly T[] | undefined, isOpen: (x: T) => boolean): T | undefined {
  const x = xs?.at(-1);
  return x !== undefined && isOpen(x) ? x : undefined;
}

/** @internal */
export const openEpisode = (c: DerivedCase): DEpisode | undefined => lastOpen(c.episodes, (e) => e.closure === undefined);
/** @internal */
export const openEarlyHelp = (c: DerivedCase): DEarlyHelp | undefined => lastOpen(c.earlyHelp, (e) => e.end === undefined);
/** @internal */
export const openPeriodOfCare = (c: DerivedCase): DPeriodOfCare | undefined => lastOpen(c.periodsOfCare, (p) => p.end === undefined);
/** @internal */
export const openCpPlan = (c: DerivedCase): DCpPlan | undefined => lastOpen(openEpisode(c)?.cpPlans, (p) => p.end === undefined);
/** @internal */
export const openCinPlan = (c: DerivedCase): DCinPlan | undefined => lastOpen(openEpisode(c)?.cinPlans, (p) => p.end === undefined);
/** @internal */
export const openAssessment = (c: DerivedCase): DAssessment | undefined => lastOpen(openEpisode(c)?.assessments, (a) => a.completed === undefined);
/** @internal */
export const openSection47 = (c: DerivedCase): DSection47 | undefined => lastOpen(openEpisode(c)?.section47s, (s) => s.outcomeDate === undefined);
/** @internal */
export const openPreProceedings = (c: DerivedCase): DPreProceedings | undefined => lastOpen(c.preProceedings, (p) => p.end === undefined);
/** @internal */
export const openProceedings = (c: DerivedCase): DProceedings | undefined => lastOpen(c.proceedings, (p) => p.finalOrder === undefined);
/** @internal */
export const openPoliceProtection = (c: DerivedCase): DPolice | undefined => lastOpen(c.policeProtections, (p) => p.end === undefined);
/** @internal */
export const openEpo = (c: DerivedCase): DEpo | undefined => lastOpen(c.epos, (p) => p.end === undefined);

/** The highest open level. @internal */
export function levelOf(c: DerivedCase): ServiceLevel {
  if (openPeriodOfCare(c) !== undefined) return "looked-after";
  if (openCpPlan(c) !== undefined) return "child-protection";
  if (openCinPlan(c) !== undefined) return "child-in-need";
  if (openEpisode(c) !== undefined) return "referral";
  if (openEarlyHelp(c) !== undefined) return "early-help";
  return "universal";
}

/** Every open level, highest first. @internal */
export function openLevelsOf(c: DerivedCase): ServiceLevel[] {
  const out: ServiceLevel[] = [];
  if (openPeriodOfCare(c) !== undefined) out.push("looked-after");
  if (openCpPlan(c) !== undefined) out.push("child-protection");
  if (openCinPlan(c) !== undefined) out.push("child-in-need");
  if (openEpisode(c) !== undefined) out.push("referral");
  if (openEarlyHelp(c) !== undefined) out.push("early-help");
  if (out.length === 0) out.push("universal");
  return out;
}

/** What is open on top of the level. @internal */
export function overlaysOf(c: DerivedCase): ServiceOverlay[] {
  const out: ServiceOverlay[] = [];
  if (openAssessment(c) !== undefined) out.push("assessment");
  if (openSection47(c) !== undefined) out.push("section-47");
  if (openPreProceedings(c) !== undefined) out.push("pre-proceedings");
  if (openProceedings(c) !== undefined) out.push("care-proceedings");
  if (openPoliceProtection(c) !== undefined) out.push("police-protection");
  if (openEpo(c) !== undefined) out.push("emergency-protection-order");
  return out;
}

/** An empty derived case. @internal */
export function emptyCase(): DerivedCase {
  return {
    episodes: [],
    earlyHelp: [],
    periodsOfCare: [],
    preProceedings: [],
    proceedings: [],
    policeProtections: [],
    epos: [],
    visits: [],
    networkMeetings: [],
    transitions: [],
    events: new Map<string, ServiceEvent>(),
  };
}

function countCpPlans(c: DerivedCase): number {
  let n = 0;
  for (const e of c.episodes) n += e.cpPlans.length;
  return n;
}

/**
 * Adds one event to a derived case (mutating the local accumulator, never the timeline). The
 * event is assumed to have passed the transition rules; an event that does not fit (for
 * example, the end of something not open) is ignored, so derivation never throws.
 *
 * @internal
 */
export function addEvent(c: DerivedCase, event: ServiceEvent): void {
  const from = levelOf(c);
  (c.events as Map<string, ServiceEvent>).set(event.id, event);
  c.lastDate = event.date;
  if (event.practice !== undefined) c.practice = event.practice;
  const ref = { id: event.id, date: event.date };
  const episode = openEpisode(c);
  switch (event.type) {
    case "contact":
      break;
    case "referral":
      c.episodes.push({
        ...ref,
        referralSource: referralSourceFor(event.referrer),
        ...(event.primaryNeed === undefined ? {} : { primaryNeed: event.primaryNeed }),
        nfa: false,
        assessments: [],
        strategyDiscussions: [],
        section47s: [],
        conferences: [],
        cinPlans: [],
        cpPlans: [],
      });
      break;
    case "transfer-in":
      c.episodes.push({
        ...ref,
        referralSource: "5C",
        ...(event.primaryNeed === undefined ? {} : { primaryNeed: event.primaryNeed }),
        transferIn: { onPlan: event.onChildProtectionPlan, conferenceHeld: false },
        // A transferred case arrives with its decision made.
        decision: { ...ref, decision: "transfer-in" },
        nfa: false,
        assessments: [],
        strategyDiscussions: [],
        section47s: [],
        conferences: [],
        cinPlans: [],
        cpPlans: [],
      });
      break;
    case "referral-decision":
      if (episode !== undefined) {
        episode.decision = { ...ref, decision: event.decision };
        episode.nfa = event.decision === "no-further-action";
        if (event.primaryNeed !== undefined) episode.primaryNeed = event.primaryNeed;
      }
      break;
    case "early-help-start":
      c.earlyHelp.push({ ...ref });
      break;
    case "early-help-end": {
      const eh = openEarlyHelp(c);
      if (eh !== undefined) {
        eh.end = event.date;
        eh.outcome = event.outcome;
      }
      break;
    }
    case "team-around-the-family":
      break;
    case "assessment-start":
      episode?.assessments.push({ ...ref, factors: [] });
      break;
    case "assessment-complete": {
      const a = openAssessment(c);
      if (a !== undefined) {
        a.completed = event.date;
        a.completedId = event.id;
        a.factors = event.factors;
      }
      if (episode !== undefined && event.primaryNeed !== undefined) episode.primaryNeed = event.primaryNeed;
      break;
    }
    case "strategy-discussion":
      episode?.strategyDiscussions.push({ ...ref, reasonableCause: event.reasonableCauseToSuspectSignificantHarm, section47: event.decision === "section-47" });
      break;
    case "section-47-start": {
      const sd = episode?.strategyDiscussions.find((s) => s.id === event.strategyDiscussionId);
      if (episode !== undefined && sd !== undefined) {
        sd.usedBy = event.id;
        episode.section47s.push({ ...ref, strategyDiscussionId: sd.id, strategyDate: sd.date });
      }
      break;
    }
    case "section-47-outcome": {
      const s = openSection47(c);
      if (s !== undefined) {
        s.outcomeDate = event.date;
        s.icpcRequired = event.icpcRequired;
      }
      break;
    }
    case "initial-conference": {
      if (episode === undefined) break;
      episode.conferences.push({ ...ref, kind: event.kind, decidedPlan: event.decision === "child-protection-plan" });
      if (event.kind === "initial") {
        const s = [...episode.section47s].reverse().find((x) => x.icpcRequired === true && x.icpc === undefined);
        if (s !== undefined) s.icpc = ref;
      } else if (episode.transferIn !== undefined) {
        episode.transferIn.conferenceHeld = true;
      }
      break;
    }
    case "cp-plan-start": {
      const conf = episode?.conferences.find((x) => x.id === event.conferenceId);
      if (episode === undefined || conf === undefined) break;
      conf.planId = event.id;
      episode.cpPlans.push({
        ...ref,
        conference: { id: conf.id, date: conf.date },
        initialCategory: event.category,
        latestCategory: event.category,
        previousPlans: countCpPlans(c) + (event.previousPlansElsewhere ?? 0),
        reviews: [],
        coreGroups: [],
      });
      break;
    }
    case "review-conference": {
      const p = openCpPlan(c);
      if (p !== undefined) {
        p.reviews.push(ref);
        if (event.category !== undefined) p.latestCategory = event.category;
      }
      break;
    }
    case "core-group":
      openCpPlan(c)?.coreGroups.push(ref);
      break;
    case "cp-plan-end": {
      const p = openCpPlan(c);
      if (p !== undefined) p.end = event.date;
      break;
    }
    case "cin-plan-start":
      episode?.cinPlans.push({ ...ref, reviews: [] });
      break;
    case "cin-review":
      openCinPlan(c)?.reviews.push(ref);
      break;
    case "cin-plan-end": {
      const p = openCinPlan(c);
      if (p !== undefined) p.end = event.date;
      break;
    }
    case "pre-proceedings-start":
      c.preProceedings.push({ ...ref });
      break;
    case "pre-proceedings-meeting":
      break;
    case "pre-proceedings-end": {
      const p = openPreProceedings(c);
      if (p !== undefined) p.end = event.date;
      break;
    }
    case "care-proceedings-issued": {
      const pre = openPreProceedings(c) ?? c.preProceedings.at(-1);
      const linked = pre !== undefined && !c.proceedings.some((x) => x.preProceedings === pre) ? pre : undefined;
      if (linked !== undefined && linked.end === undefined) linked.end = event.date;
      c.proceedings.push({ ...ref, extensions: [], ...(linked === undefined ? {} : { preProceedings: linked }) });
      break;
    }
    case "care-proceedings-extended":
      openProceedings(c)?.extensions.push({ ...ref, weeks: event.weeks });
      break;
    case "care-proceedings-final-order": {
      const p = openProceedings(c);
      if (p !== undefined) p.finalOrder = { ...ref, order: event.order };
      break;
    }
    case "police-protection-start":
      c.policeProtections.push({ ...ref, at: event.at });
      break;
    case "police-protection-end": {
      const p = openPoliceProtection(c);
      if (p !== undefined) {
        p.end = event.date;
        p.endAt = event.at;
        p.endId = event.id;
      }
      break;
    }
    case "emergency-protection-order": {
      const pp = event.policeProtectionId === undefined ? undefined : c.policeProtections.find((p) => p.id === event.policeProtectionId);
      c.epos.push({ ...ref, extensions: [], ...(pp === undefined ? {} : { policeProtection: pp }) });
      break;
    }
    case "emergency-protection-order-extended":
      openEpo(c)?.extensions.push({ ...ref, days: event.days });
      break;
    case "emergency-protection-order-end": {
      const p = openEpo(c);
      if (p !== undefined) {
        p.end = event.date;
        p.endId = event.id;
      }
      break;
    }
    case "looked-after-start":
      c.periodsOfCare.push({
        ...ref,
        placementStart: event.date,
        reviews: [],
        episodes: [
          {
            ...ref,
            rne: "S",
            ls: event.legalStatus,
            place: event.placement,
            ...(event.provider === undefined ? {} : { provider: event.provider }),
            ...(event.categoryOfNeed === undefined ? {} : { cin: event.categoryOfNeed }),
            ...(event.homePostcode === undefined ? {} : { homePostcode: event.homePostcode }),
            ...(event.placementPostcode === undefined ? {} : { placementPostcode: event.placementPostcode }),
            ...(event.urn === undefined ? {} : { urn: event.urn }),
            ...(event.intendedUntil18 === undefined ? {} : { intendedUntil18: event.intendedUntil18 }),
          },
        ],
      });
      break;
    case "looked-after-change": {
      const period = openPeriodOfCare(c);
      const current = period?.episodes.at(-1);
      if (period === undefined || current === undefined) break;
      current.dec = event.date;
      current.rec = "X1";
      const placementChanges = event.reason !== "L";
      if (placementChanges) {
        if (event.reasonPlaceChange !== undefined) current.reasonPlaceChange = event.reasonPlaceChange;
        period.placementStart = event.date;
      }
      const provider = placementChanges ? event.provider : (event.provider ?? current.provider);
      const placementPostcode = placementChanges ? event.placementPostcode : current.placementPostcode;
      const urn = placementChanges ? event.urn : current.urn;
      period.episodes.push({
        ...ref,
        rne: event.reason,
        ls: event.legalStatus ?? current.ls,
        place: event.placement ?? current.place,
        ...(provider === undefined ? {} : { provider }),
        ...(current.cin === undefined ? {} : { cin: current.cin }),
        ...(current.homePostcode === undefined ? {} : { homePostcode: current.homePostcode }),
        ...(placementPostcode === undefined ? {} : { placementPostcode }),
        ...(urn === undefined ? {} : { urn }),
        ...(event.intendedUntil18 === undefined ? {} : { intendedUntil18: event.intendedUntil18 }),
      });
      break;
    }
    case "looked-after-review":
      openPeriodOfCare(c)?.reviews.push({ ...ref, ...(event.participation === undefined ? {} : { participation: event.participation }) });
      break;
    case "looked-after-end": {
      const period = openPeriodOfCare(c);
      const current = period?.episodes.at(-1);
      if (period === undefined || current === undefined) break;
      period.end = event.date;
      current.dec = event.date;
      current.rec = event.reason;
      break;
    }
    case "visit":
      c.visits.push(ref);
      break;
    case "family-group-conference":
      break;
    case "network-meeting":
      c.networkMeetings.push(ref);
      break;
    case "transfer-out":
      if (episode !== undefined) episode.closure = { date: event.date, reason: "RC5" };
      break;
    case "closure":
      if (episode !== undefined) episode.closure = { date: event.date, reason: event.reason };
      break;
  }
  const to = levelOf(c);
  if (to !== from || event.practice !== undefined) {
    c.transitions.push({ eventId: event.id, type: event.type, date: event.date, from, to, ...(c.practice === undefined ? {} : { practice: c.practice }) });
  }
}

/**
 * Derives the case from events, optionally only those dated on or before `asOf`.
 *
 * @internal
 */
export function deriveCase(events: readonly ServiceEvent[], asOf?: IsoDate): DerivedCase {
  const c = emptyCase();
  for (const event of events) {
    if (asOf !== undefined && event.date > asOf) break;
    addEvent(c, event);
  }
  return c;
}
