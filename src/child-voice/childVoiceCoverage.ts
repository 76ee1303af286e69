import { compareIsoDates, type IsoDate, type PersonId } from "../core";
import type { ChildVoiceRecordId } from "./ChildVoiceRecordId";
import { ChildVoiceToolSchema, type ChildVoiceRecord, type ChildVoiceTool } from "./ChildVoiceRecord";
import { childTookPart, childVoiceCurrency, type ChildVoiceReading } from "./currentChildVoice";

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
  /**
   * The records that hold the child's own voice: the child took part ({@link childTookPart}), and,
   * when a `reading` is given, the record is current ({@link currentChildVoice}). In the order given.
   * A Words and Pictures story written for the child is not among them (see `toldRecordIds`).
   */
  readonly recordIds: readonly ChildVoiceRecordId[];
  /** The Words and Pictures stories written for the child (they explain to the child; they are not the child's voice). */
  readonly toldRecordIds: readonly ChildVoiceRecordId[];
  /** The pre-birth records of an unborn child (the parents' hopes and worries, the plan for the arrival). */
  readonly preBirthRecordIds: readonly ChildVoiceRecordId[];
  /** Only with a `reading`: the child's own records that are no longer current (a previous episode, or too old). */
  readonly notCurrentRecordIds?: readonly ChildVoiceRecordId[];
  /** The date of the earliest record in `recordIds`; absent when there are none. */
  readonly earliestDate?: IsoDate;
  /** The date of the latest record in `recordIds`; absent when there are none. */
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
 * A record is the child's voice only when the child took part in it ({@link childTookPart}): a
 * Words and Pictures story the parents wrote for the child explains things to the child and is
 * listed in `toldRecordIds`, not in `recordIds`. With a `reading` (the day, the episode start and
 * the policy), only current records count as the child's voice; the others are listed in
 * `notCurrentRecordIds`. The child has been told the plan when a Words and
 * Pictures story with purpose `safety-plan` was shared with them (they are among the `personIds`
 * of one of its sharings) or when they have a Safety House (Parker: the Safety House helps the
 * child understand the safety plan; Words and Pictures explains the plan to the children; domain
 * specification 4.3 and 4.4). Rule Q14 (the child's voice is captured before the plan; WA CPM
 * 2.2.17, Missouri ch7) can be read from `tools`, `earliestDate` and `linkedRecordIds`.
 *
 * @param childIds - The children to report on, in the order wanted.
 * @param records - Child-voice records of the family.
 * @param mapLinks - The child-voice record ids an assessment map draws on (`map.childVoiceIds`).
 * @param reading - When given, only records current on `reading.asOf` (this episode, within the policy's months) are the child's voice.
 * @returns One entry per child, in the order of `childIds`.
 * @throws {@link KinsafeError} with code `invalid-argument` for a policy number that is not a whole number from 0 to 1200.
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
  reading?: ChildVoiceReading,
): readonly ChildVoiceCoverage[] {
  const linked = mapLinks === undefined ? undefined : new Set<string>(mapLinks);
  return childIds.map((childId) => {
    const own = records.filter((r) => r.childId === childId || (r.tool === "words-and-pictures" && r.audiences.includes(childId)));
    const voice = own.filter((r) => r.childId === childId && childTookPart(r));
    const current = reading === undefined ? voice : voice.filter((r) => childVoiceCurrency(r, reading) === "current");
    const notCurrent = reading === undefined ? undefined : voice.filter((r) => !current.includes(r) && childVoiceCurrency(r, reading) !== "after-as-of");
    const used = new Set(own.map((r) => r.tool));
    const dates = current.map((r) => r.date).sort(compareIsoDates);
    const through: PlanToldThrough[] = [];
    const toldByStory = own.some(
      (r) => r.tool === "words-and-pictures" && r.purpose === "safety-plan" && r.sharedWith.some((s) => s.personIds?.includes(childId) === true),
    );
    if (toldByStory) through.push("words-and-pictures");
    if (own.some((r) => r.tool === "safety-house" && r.childId === childId && childTookPart(r))) through.push("safety-house");
    const earliest = dates[0];
    const latest = dates[dates.length - 1];
    return {
      childId,
      tools: ChildVoiceToolSchema.options.filter((t) => used.has(t)),
      recordIds: current.map((r) => r.id),
      toldRecordIds: own.filter((r) => r.tool === "words-and-pictures").map((r) => r.id),
      preBirthRecordIds: own.filter((r) => r.tool === "pre-birth").map((r) => r.id),
      ...(notCurrent === undefined ? {} : { notCurrentRecordIds: notCurrent.map((r) => r.id) }),
      ...(earliest === undefined ? {} : { earliestDate: earliest }),
      ...(latest === undefined ? {} : { latestDate: latest }),
      toldThePlan: through.length > 0,
      planToldThrough: through,
      ...(linked === undefined ? {} : { linkedRecordIds: current.filter((r) => linked.has(r.id)).map((r) => r.id) }),
    };
  });
}
