import { KinsafeError, parseWith, type DeepReadonly } from "../core";
import { AssessmentMapSchema, type AssessmentMap, type AssessmentMapInput } from "./AssessmentMap";

/**
 * What {@link newAssessmentMapVersion} needs to know about the review. Plain JSON: ids and dates
 * are strings.
 *
 * @category Assessment map
 */
export interface NewAssessmentMapVersionInit {
  /** The day of the review mapping, `YYYY-MM-DD`. */
  readonly date: string;
  /** When the new version was recorded (UTC). Omitted: the new version has none. */
  readonly recordedAt?: string;
  /** The practitioner who writes the review up (default: the previous version's author). */
  readonly authorId?: string;
  /** Who took part in the review (default none: who came last time is not who came now). */
  readonly participants?: DeepReadonly<AssessmentMapInput["participants"]>;
  /** The variant from now on, when the child has stepped up or down (default: unchanged). */
  readonly variant?: AssessmentMapInput["variant"];
  /**
   * Which next steps to carry: `open` (the default) carries those `planned` or `in-progress`,
   * with their status; `all` carries every one; `none` starts the column empty. Steps left
   * behind stay on the earlier version, where they were agreed.
   */
  readonly nextSteps?: "open" | "all" | "none";
}

const OPEN = new Set(["planned", "in-progress"]);

/**
 * Carries an assessment map forward for a review: the next version, ready for the review
 * meeting to revise. The earlier version is not changed; store both (the case file keeps every
 * version, `add-map-version`).
 *
 * What is carried, and what starts again, follows the practice of a review (the safety scales
 * are re-asked at each meeting, next steps are refreshed, new strengths go into the map):
 *
 * - carried as they are: the map's id, case, children and variant (unless given), harm, danger
 *   statements, complicating factors, grey areas, strengths, existing safety, safety goals, the
 *   child-voice records it draws on, and `extensions`;
 * - carried without their scores: each safety scale keeps its subject, question, anchors and
 *   polarity, with no judgements, because the scores of the review are asked afresh (the earlier
 *   scores stay on the earlier version, and `scaleTrajectory` compares them);
 * - next steps: the open ones (`planned`, `in-progress`) with their status, by default;
 * - parents and carers: who they are (person, name, relation), without what was said at the
 *   earlier meeting (view, absence reason, why the view is not recorded);
 * - started again: `participants` (unless given), the analysis (a review writes its own
 *   judgement statement), `recordedAt` (unless given);
 * - `version` is the earlier one plus one; `date` is the review's; `authorId` is given or kept.
 *
 * @param map - The version before the review.
 * @param init - The review's date and, optionally, when it was recorded, its author, participants and variant, and which next steps to carry.
 * @returns The new version, parsed like any map.
 * @throws {@link KinsafeError} with code `invalid-input` when `init` is not valid (an impossible date, a date before the earlier version's, an unknown variant), with every problem at its path in the new map (`["date"]`).
 *
 * @example
 * {@includeCode ../../tests/assessment/newAssessmentMapVersion.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function newAssessmentMapVersion(map: AssessmentMap, init: NewAssessmentMapVersionInit): AssessmentMap {
  const { analysis: _analysis, recordedAt: _recordedAt, participants: _participants, ...rest } = map;
  const carry = init.nextSteps ?? "open";
  const next = {
    ...rest,
    version: map.version + 1,
    date: init.date,
    ...(init.recordedAt === undefined ? {} : { recordedAt: init.recordedAt }),
    authorId: init.authorId ?? map.authorId,
    variant: init.variant ?? map.variant,
    participants: init.participants ?? [],
    ...(map.parentsAndCarers === undefined
      ? {}
      : { parentsAndCarers: map.parentsAndCarers.map(({ view: _v, absenceReason: _a, viewNotRecordedReason: _r, ...who }) => who) }),
    scales: map.scales.map((scale) => ({ ...scale, judgements: [] })),
    nextSteps: carry === "all" ? map.nextSteps : carry === "none" ? [] : map.nextSteps.filter((s) => OPEN.has(s.status)),
  };
  const parsed = parseWith(AssessmentMapSchema, next, "assessment map");
  // A review comes after the meeting it follows: the same day at the earliest.
  if (parsed.date < map.date) {
    const message = `The review's date ${parsed.date} is before the date of version ${String(map.version)} (${map.date}): a new version cannot be dated before the one it follows.`;
    throw new KinsafeError("invalid-input", `Invalid assessment map: 1 problem.\n  - date: ${message}`, [{ path: ["date"], rule: "date-before-previous-version", message, received: JSON.stringify(parsed.date) }]);
  }
  return parsed;
}
