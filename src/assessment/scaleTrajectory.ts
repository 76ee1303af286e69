import { compareIsoDates, KinsafeError, type IsoDate } from "../core";
import type { AssessmentMap, AssessmentMapId, SafetyScale, ScaleSubject } from "./AssessmentMap";
import { normaliseScore } from "./normaliseScore";
import { scoreSpread, type RaterRole } from "./scoreSpread";

/**
 * Options of {@link scaleTrajectory}.
 *
 * @category Assessment map
 */
export interface ScaleTrajectoryOptions {
  /** Count every judgement in each map, not only each rater's latest one (see {@link scoreSpread}). Default `false`. */
  readonly allJudgements?: boolean;
}

/**
 * Where one version of the map stands on the scale.
 *
 * @category Assessment map
 */
export interface TrajectoryPoint {
  /** The map. */
  readonly mapId: AssessmentMapId;
  /** Its version. */
  readonly version: number;
  /** The day of the mapping. */
  readonly date: IsoDate;
  /** The median of every counted score, normalised (10 = safe enough to close). */
  readonly median: number;
  /** The median of each rater role that scored, normalised. */
  readonly byRole: Readonly<Partial<Record<RaterRole, number>>>;
  /** How many scores were counted. */
  readonly count: number;
}

/**
 * A version of the map that has no point on the trajectory, and why.
 *
 * @category Assessment map
 */
export interface MissingScalePoint {
  /** The map. */
  readonly mapId: AssessmentMapId;
  /** Its version. */
  readonly version: number;
  /** The day of the mapping. */
  readonly date: IsoDate;
  /** `no-scale`: the map has no scale about the subject; `no-judgements`: it has one, but nobody scaled. */
  readonly reason: "no-scale" | "no-judgements";
}

/**
 * How the scores on one scale have moved across versions of a family's map.
 *
 * @category Assessment map
 */
export interface ScaleTrajectory {
  /** What the scale is about. */
  readonly subject: ScaleSubject;
  /** One point per map version that has scores, oldest first (by date, then version). */
  readonly points: readonly TrajectoryPoint[];
  /** The versions that have no point, oldest first, so that gaps are visible rather than dropped. */
  readonly missing: readonly MissingScalePoint[];
  /** The last point's median minus the first's (positive = safer); present when there are at least two points. */
  readonly change?: number;
}

function matches(scale: SafetyScale, subject: ScaleSubject): boolean {
  if (subject.kind === "overall") return scale.subject.kind === "overall";
  return scale.subject.kind === "danger" && scale.subject.dangerId === subject.dangerId;
}

/** One scale holding every judgement of the matching scales, read safety-high. */
function combine(scales: readonly SafetyScale[]): SafetyScale | undefined {
  const [first, ...rest] = scales;
  if (first === undefined) return undefined;
  if (rest.length === 0) return first;
  // A map should have one scale per subject; if it has more, every judgement counts, each
  // normalised with its own scale's polarity (judgement ids are unique within a map).
  return {
    ...first,
    polarity: "safety-high",
    judgements: scales.flatMap((s) => s.judgements.map((j) => ({ ...j, value: normaliseScore(j.value, s.polarity) }))),
  };
}

/**
 * Tracks one safety scale across the versions of a family's assessment map: the median
 * score at each mapping, overall and by rater role, and the change from first to last.
 *
 * Good practice scales each danger statement and its safety goal separately, and review
 * conferences compare today's scores with the previous conference's to show whether things
 * are moving towards the safety goal (domain specification 1.10 and 1.13; "Quick Child
 * Protection Conference Guides", docsbay.net/doc/159792; Norfolk LSCB "The Safety Scale").
 * Each map's scores are summarised with {@link scoreSpread} (each rater's latest judgement,
 * normalised so that 10 always means safe enough to close), so scales of either polarity can
 * sit on one line.
 *
 * Maps are ordered by the day of the mapping, then by version. A map with no scale about the
 * subject, or whose scale nobody has scored, gets no point but is listed in `missing`: a gap in
 * scaling is itself worth seeing (scaling is the part of the framework most often dropped).
 *
 * @param maps - Versions of one family's map, in any order. They are not changed.
 * @param subject - The scale to follow: `{ kind: "overall" }` or `{ kind: "danger", dangerId }`.
 * @param options - Set `allJudgements` to count every judgement in each map.
 * @returns The points, the versions without a point, and the change in median when there are two points or more.
 * @throws {@link KinsafeError} with code `invalid-argument` when the maps belong to different cases (different `caseId`s).
 *
 * @example
 * {@includeCode ../../tests/assessment/scaleTrajectory.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function scaleTrajectory(maps: readonly AssessmentMap[], subject: ScaleSubject, options: ScaleTrajectoryOptions = {}): ScaleTrajectory {
  const caseIds = new Set(maps.flatMap((m) => (m.caseId === undefined ? [] : [m.caseId])));
  if (caseIds.size > 1) {
    throw new KinsafeError("invalid-argument", `scaleTrajectory needs the maps of one family; received maps of ${String(caseIds.size)} cases (${[...caseIds].map((c) => JSON.stringify(c)).join(", ")}).`);
  }
  const ordered = [...maps].sort((a, b) => compareIsoDates(a.date, b.date) || a.version - b.version);
  const spreadOptions = options.allJudgements === undefined ? {} : { allJudgements: options.allJudgements };

  const points: TrajectoryPoint[] = [];
  const missing: MissingScalePoint[] = [];
  for (const map of ordered) {
    const where = { mapId: map.id, version: map.version, date: map.date };
    const scale = combine(map.scales.filter((s) => matches(s, subject)));
    if (scale === undefined) {
      missing.push({ ...where, reason: "no-scale" });
      continue;
    }
    const spread = scoreSpread(scale, spreadOptions);
    if (spread.overall === undefined) {
      missing.push({ ...where, reason: "no-judgements" });
      continue;
    }
    const byRole: Partial<Record<RaterRole, number>> = {};
    for (const [role, summary] of Object.entries(spread.byRole) as [RaterRole, { median: number }][]) byRole[role] = summary.median;
    points.push({ ...where, median: spread.overall.median, byRole, count: spread.overall.count });
  }

  const first = points[0];
  const last = points[points.length - 1];
  const result = { subject, points, missing };
  return points.length >= 2 && first !== undefined && last !== undefined ? { ...result, change: last.median - first.median } : result;
}
