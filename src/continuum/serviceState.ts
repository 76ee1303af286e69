import type { MapVariant } from "../assessment";
import type { IsoDate } from "../core";
import { deriveCase, levelOf, openEpisode, openLevelsOf, openPeriodOfCare, overlaysOf, type DTransition } from "./deriveCase";
import { mapVariantForLevel } from "./mapVariantForLevel";
import type { PracticeRecord, ServiceEvent, ServiceEventId } from "./ServiceEvent";
import type { ServiceLevel, ServiceOverlay } from "./ServiceLevel";
import type { ServiceTimeline } from "./ServiceTimeline";

/**
 * A move between levels (or a new practice record) on the timeline, with the assessment map
 * and safety plan that were current when it happened.
 *
 * @category Continuum
 */
export interface ServiceTransition {
  /** The event that caused it. */
  readonly eventId: ServiceEventId;
  readonly type: ServiceEvent["type"];
  readonly date: IsoDate;
  /** The level before the event. */
  readonly from: ServiceLevel;
  /** The level after the event. */
  readonly to: ServiceLevel;
  /** The practice record current at the event: given on it, or the latest given before it. */
  readonly practice?: PracticeRecord;
}

/**
 * The kinds of episode a timeline is made of.
 *
 * @category Continuum
 */
export type ServiceEpisodeKind =
  | "early-help"
  | "episode-of-need"
  | "child-in-need-plan"
  | "child-protection-plan"
  | "looked-after"
  | "pre-proceedings"
  | "care-proceedings";

/**
 * One episode: an early help episode, an episode of need (referral to closure), a child in
 * need or child protection plan, a period of care, pre-proceedings or care proceedings.
 *
 * @category Continuum
 */
export interface ServiceEpisode {
  readonly kind: ServiceEpisodeKind;
  /** The id of the event that started it. */
  readonly id: ServiceEventId;
  readonly start: IsoDate;
  /** Absent while it is open. */
  readonly end?: IsoDate;
  readonly open: boolean;
  /** The transitions during the episode (start and end included), each with its practice record. */
  readonly transitions: readonly ServiceTransition[];
}

/**
 * Where a child is in the continuum of service on a given day.
 *
 * @category Continuum
 */
export interface ServiceState {
  readonly asOf: IsoDate;
  /** The highest open level: looked after over child protection over child in need over early help. */
  readonly level: ServiceLevel;
  /** Every open level, highest first (`["universal"]` when nothing is open). */
  readonly openLevels: readonly ServiceLevel[];
  /** What is open on top of the level: assessment, section 47, pre-proceedings, care proceedings, police protection, emergency protection order. */
  readonly overlays: readonly ServiceOverlay[];
  /** The assessment map variant for the level (see `mapVariantForLevel`). */
  readonly mapVariant: MapVariant;
  /** The open episode of need, if any. */
  readonly openEpisodeId?: ServiceEventId;
  /** Every episode up to `asOf`, in order of start. */
  readonly episodes: readonly ServiceEpisode[];
  /** Every transition up to `asOf`. */
  readonly transitions: readonly ServiceTransition[];
}

function toTransition(t: DTransition): ServiceTransition {
  return { eventId: t.eventId, type: t.type, date: t.date, from: t.from, to: t.to, ...(t.practice === undefined ? {} : { practice: t.practice }) };
}

/**
 * The child's place in the continuum of service on a given day: the open levels and the
 * highest of them, the overlays (an assessment or section 47 enquiry under way, pre-proceedings,
 * care proceedings, police protection, an emergency protection order), and every episode with
 * its transitions.
 *
 * Only events dated on or before `asOf` count. Precedence follows how case management systems
 * show case status: looked after over child protection over child in need over an open referral
 * over early help. Each transition carries the assessment map version and safety plan that were
 * current, so the practice record can be followed across levels. Never throws for a timeline
 * built with `applyServiceEvent`.
 *
 * @param timeline - The child's timeline.
 * @param asOf - The day to report on.
 * @returns The state on that day.
 *
 * @example
 * {@includeCode ../../tests/continuum/serviceState.test.ts#docs-example}
 *
 * @category Continuum
 */
export function serviceState(timeline: ServiceTimeline, asOf: IsoDate): ServiceState {
  const c = deriveCase(timeline.events, asOf);
  const transitions = c.transitions.map(toTransition);
  const within = (start: IsoDate, end: IsoDate | undefined): ServiceTransition[] => transitions.filter((t) => t.date >= start && (end === undefined || t.date <= end));
  const episodes: ServiceEpisode[] = [];
  const add = (kind: ServiceEpisodeKind, id: ServiceEventId, start: IsoDate, end: IsoDate | undefined): void => {
    episodes.push({ kind, id, start, ...(end === undefined ? {} : { end }), open: end === undefined, transitions: within(start, end) });
  };
  for (const e of c.earlyHelp) add("early-help", e.id, e.date, e.end);
  for (const e of c.episodes) {
    add("episode-of-need", e.id, e.date, e.closure?.date);
    for (const p of e.cinPlans) add("child-in-need-plan", p.id, p.date, p.end);
    for (const p of e.cpPlans) add("child-protection-plan", p.id, p.date, p.end);
  }
  for (const p of c.periodsOfCare) add("looked-after", p.id, p.date, p.end);
  for (const p of c.preProceedings) add("pre-proceedings", p.id, p.date, p.end);
  for (const p of c.proceedings) add("care-proceedings", p.id, p.date, p.finalOrder?.date);
  episodes.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const level = levelOf(c);
  const open = openEpisode(c);
  return {
    asOf,
    level,
    openLevels: openLevelsOf(c),
    overlays: overlaysOf(c),
    mapVariant: mapVariantForLevel(level, openPeriodOfCare(c)?.episodes.at(-1)?.place),
    ...(open === undefined ? {} : { openEpisodeId: open.id }),
    episodes,
    transitions,
  };
}
