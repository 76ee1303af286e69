import { compareIsoDates, type IsoDate, type PersonId } from "../core";
import type { ChildVoiceRecordId } from "../assessment";
import { ChildVoiceToolSchema, type ChildVoiceRecord, type ChildVoiceTool } from "./ChildVoiceRecord";

/**
 * How a child has been told the safety plan: through a Words and Pictures safety-plan story
 * shown to them, or through their own Safety House.
 *
 * @category Child voice
 */
export type PlanToldThrough = "words-and-pictures" | "safety-house";

/**
 * The child-voice work done with one child.
 *
 * @category Child voice
 */
export interface ChildVoiceCoverage {
  /** The child. */
  readonly childId: PersonId;
  /** The tools used with or for the child, each once, in the order of {@link ChildVoiceToolSchema}. */
  readonly tools: readonly ChildVoiceTool[];
  /** The records about the child, or written for them (Words and Pictures `audiences`), in the order given. */
  readonly recordIds: readonly ChildVoiceRecordId[];
  /** The date of the earliest of those records; absent when there are none. */
  readonly earliestDate?: IsoDate;
  /** The date of the latest of those records; absent when there are none. */
  readonly latestDate?: IsoDate;
  /** Whether the child has been told the safety plan. */
  readonly toldThePlan: boolean;
  /** How the child was told the plan, each way once. */
  readonly planToldThrough: readonly PlanToldThrough[];
  /**
   * The records of the child that the map links to (only when `mapLinks` was given): the
   * map's evidence that the child's voice informed it (rule Q14).
   */
  readonly linkedRecordIds?: readonly ChildVoiceRecordId[];
}

/**
 * Summarises, child by child, the child-voice work done: which tools were used, when, whether
 * the child has been told the safety plan, and which records a map draws on.
 *
 * A record counts for a child when it is about the child (`childId`) or, for Words and Pictures,
 * when the child is one of the `audiences`. The child has been told the plan when a Words and
 * Pictures story with purpose `safety-plan` was shared with them (they are among the `personIds`
 * of one of its sharings) or when they have a Safety House (Parker: the Safety House helps the
 * child understand the safety plan; Words and Pictures explains the plan to the children; domain
 * specification 4.3 and 4.4). Rule Q14 (the child's voice is captured before the plan; WA CPM
 * 2.2.17, Missouri ch7) can be read from `tools`, `earliestDate` and `linkedRecordIds`.
 *
 * @param childIds - The children to report on, in the order wanted.
 * @param records - Child-voice records of the family.
 * @param mapLinks - The child-voice record ids an assessment map draws on (`map.childVoiceIds`).
 * @returns One entry per child, in the order of `childIds`.
 *
 * @example
 * {@includeCode ../../tests/child-voice/childVoiceCoverage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function childVoiceCoverage(
  childIds: readonly PersonId[],
  records: readonly ChildVoiceRecord[],
  mapLinks?: readonly ChildVoiceRecordId[],
): readonly ChildVoiceCoverage[] {
  const linked = mapLinks === undefined ? undefined : new Set<string>(mapLinks);
  return childIds.map((childId) => {
    const own = records.filter((r) => r.childId === childId || (r.tool === "words-and-pictures" && r.audiences.includes(childId)));
    const used = new Set(own.map((r) => r.tool));
    const dates = own.map((r) => r.date).sort(compareIsoDates);
    const through: PlanToldThrough[] = [];
    const toldByStory = own.some(
      (r) => r.tool === "words-and-pictures" && r.purpose === "safety-plan" && r.sharedWith.some((s) => s.personIds?.includes(childId) === true),
    );
    if (toldByStory) through.push("words-and-pictures");
    if (own.some((r) => r.tool === "safety-house" && r.childId === childId)) through.push("safety-house");
    const earliest = dates[0];
    const latest = dates[dates.length - 1];
    return {
      childId,
      tools: ChildVoiceToolSchema.options.filter((t) => used.has(t)),
      recordIds: own.map((r) => r.id),
      ...(earliest === undefined ? {} : { earliestDate: earliest }),
      ...(latest === undefined ? {} : { latestDate: latest }),
      toldThePlan: through.length > 0,
      planToldThrough: through,
      ...(linked === undefined ? {} : { linkedRecordIds: own.filter((r) => linked.has(r.id)).map((r) => r.id) }),
    };
  });
}
