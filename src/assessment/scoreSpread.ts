import { compareIsoDates } from "../core";
import { ParticipantRoleSchema, type MapItemId, type ParticipantRole, type SafetyScale, type SafetyScaleId, type ScaleJudgement, type ScaleSubject } from "./AssessmentMap";
import { normaliseScore } from "./normaliseScore";

/**
 * The role a score is grouped under: the rater's role, or `unknown` when the judgement does not
 * record one.
 *
 * @category Assessment map
 */
export type RaterRole = ParticipantRole | "unknown";

/**
 * Summary of a set of normalised scores (safety-high: 10 = safe enough to close).
 *
 * @category Assessment map
 */
export interface ScoreSummary {
  /** How many scores. Always at least 1. */
  readonly count: number;
  /** The lowest score. */
  readonly min: number;
  /** The highest score. */
  readonly max: number;
  /** The middle score; with an even count, the mean of the two middle scores. */
  readonly median: number;
  /** The arithmetic mean, not rounded. */
  readonly mean: number;
}

/**
 * Options of {@link scoreSpread}.
 *
 * @category Assessment map
 */
export interface ScoreSpreadOptions {
  /**
   * Use every judgement on the scale instead of only each rater's latest one. Default `false`.
   */
  readonly allJudgements?: boolean;
}

/**
 * How far apart people's judgements on one scale are: overall and for each rater role.
 *
 * @category Assessment map
 */
export interface ScoreSpread {
  /** The scale summarised. */
  readonly scaleId: SafetyScaleId;
  /** What the scale is about. */
  readonly subject: ScaleSubject;
  /** The judgements that were counted, in the order they appear on the scale. */
  readonly judgementIds: readonly MapItemId[];
  /** All counted scores together; absent when nobody has scaled yet. */
  readonly overall?: ScoreSummary;
  /** One summary per rater role that has scored, in the order of {@link ParticipantRoleSchema}, then `unknown`. */
  readonly byRole: Readonly<Partial<Record<RaterRole, ScoreSummary>>>;
  /**
   * The highest role median minus the lowest: how far apart the groups are (0 when only one
   * role has scored); absent when nobody has scaled yet.
   */
  readonly range?: number;
}

const ROLE_ORDER: readonly RaterRole[] = [...ParticipantRoleSchema.options, "unknown"];

/** Who gave a judgement: their id, else their role and name, else nobody known (each such judgement counts alone). */
function raterKey(j: ScaleJudgement): string {
  if (j.raterId !== undefined) return `id:${j.raterId}`;
  if (j.raterName !== undefined) return `name:${j.raterRole ?? "unknown"}:${j.raterName}`;
  return `judgement:${j.id}`;
}

function summarise(values: readonly number[]): ScoreSummary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  const mid = Math.floor(count / 2);
  const upper = sorted[mid] ?? 0;
  const median = count % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / count;
  return { count, min: sorted[0] ?? 0, max: sorted[count - 1] ?? 0, median, mean };
}

/**
 * Summarises how far apart people's scores on one safety scale are: overall and for each
 * rater role (worker, parent, child, network, professional…).
 *
 * Scaling makes each person's judgement explicit, and good conference practice asks everyone
 * to scale independently and then asks each person why they gave their score; at review the
 * scores are compared with the previous conference (domain specification 1.10; Norfolk LSCB
 * "The Safety Scale", 28 Nov 2016; "Quick Child Protection Conference Guides", docsbay.net).
 * This summary lets a chair or manager see at a glance where views differ, for example
 * professionals at 3 and parents at 7. It is a prompt for that conversation, not a judgement:
 * the scores are not weighted and no average replaces anyone's view.
 *
 * Every score is first normalised with {@link normaliseScore}, so 10 always means safe enough
 * to close, whatever the scale's polarity. By default only each rater's latest judgement
 * counts (the latest `on` date; on the same day, the one later in the list). A rater is known
 * by `raterId`, else by role and `raterName`; a judgement with neither counts on its own.
 * Judgements without a role are grouped under `unknown`.
 *
 * @param scale - The scale. It is not changed.
 * @param options - Set `allJudgements` to count every judgement, including earlier ones by the same rater.
 * @returns The counted judgement ids, the overall summary, one summary per role, and the range of the role medians.
 *
 * @example
 * {@includeCode ../../tests/assessment/scoreSpread.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function scoreSpread(scale: SafetyScale, options: ScoreSpreadOptions = {}): ScoreSpread {
  const indexed = scale.judgements.map((judgement, index) => ({ judgement, index }));
  let counted = indexed;
  if (options.allJudgements !== true) {
    const latest = new Map<string, { judgement: ScaleJudgement; index: number }>();
    for (const entry of indexed) {
      const key = raterKey(entry.judgement);
      const previous = latest.get(key);
      // Later in the list wins a tie on the date, so ">= 0" rather than "> 0".
      if (previous === undefined || compareIsoDates(entry.judgement.on, previous.judgement.on) >= 0) latest.set(key, entry);
    }
    const keep = new Set([...latest.values()].map((e) => e.index));
    counted = indexed.filter((e) => keep.has(e.index));
  }

  const all: number[] = [];
  const perRole = new Map<RaterRole, number[]>();
  for (const { judgement } of counted) {
    const value = normaliseScore(judgement.value, scale.polarity);
    all.push(value);
    const role: RaterRole = judgement.raterRole ?? "unknown";
    const values = perRole.get(role) ?? [];
    values.push(value);
    perRole.set(role, values);
  }

  const byRole: Partial<Record<RaterRole, ScoreSummary>> = {};
  const medians: number[] = [];
  for (const role of ROLE_ORDER) {
    const summary = summarise(perRole.get(role) ?? []);
    if (summary !== undefined) {
      byRole[role] = summary;
      medians.push(summary.median);
    }
  }

  const overall = summarise(all);
  const base = { scaleId: scale.id, subject: scale.subject, judgementIds: counted.map((e) => e.judgement.id), byRole };
  if (overall === undefined) return base;
  return { ...base, overall, range: Math.max(...medians) - Math.min(...medians) };
}
