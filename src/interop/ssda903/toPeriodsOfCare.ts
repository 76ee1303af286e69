import type { IsoDate } from "../../core";
import type { EpisodeEndReasonCode, LookedAfterEpisodeRecord, RecordId } from "../../records";

/**
 * A period of care: a chain of looked-after episodes linked by `REC` `X1` (the episode ceases
 * and a new one begins the same day).
 *
 * @category SSDA903
 */
export interface PeriodOfCare {
  /** `DECOM` of the first episode. */
  readonly start: IsoDate;
  /** `DEC` of the last episode; absent while the child is still looked after. */
  readonly end?: IsoDate;
  /** `REC` of the last episode (not `X1`); absent while open. */
  readonly endReason?: EpisodeEndReasonCode;
  /** The episodes, in date order. */
  readonly episodeIds: readonly RecordId[];
  /** Whether every episode is a short break (`LS` V3 or V4), which DfE leaves out of its counts. */
  readonly shortBreaksOnly: boolean;
}

/**
 * Groups a child's looked-after episodes into periods of care (data standards 3.3): a period
 * starts with an episode whose reason for new episode is `S` (or with the first episode, or one
 * that follows an episode that did not end with `X1`) and ends with an episode whose reason
 * for ending is not `X1`.
 *
 * @param episodes - One child's looked-after episodes, in any order. Not changed.
 * @returns The periods of care in date order.
 *
 * @example
 * {@includeCode ../../../tests/interop/ssda903.test.ts#periods}
 *
 * @category SSDA903
 */
export function toPeriodsOfCare(episodes: readonly LookedAfterEpisodeRecord[]): PeriodOfCare[] {
  const sorted = [...episodes].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const periods: PeriodOfCare[] = [];
  let current: { start: IsoDate; ids: RecordId[]; shortBreaksOnly: boolean } | undefined;
  let last: LookedAfterEpisodeRecord | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const period: { -readonly [K in keyof PeriodOfCare]: PeriodOfCare[K] } = { start: current.start, episodeIds: current.ids, shortBreaksOnly: current.shortBreaksOnly };
    if (last?.endDate !== undefined && last.reasonEpisodeCeased !== undefined && last.reasonEpisodeCeased !== "X1") {
      period.end = last.endDate;
      period.endReason = last.reasonEpisodeCeased;
    }
    periods.push(period);
    current = undefined;
  };
  for (const e of sorted) {
    const continues = current !== undefined && e.reasonForNewEpisode !== "S" && last?.reasonEpisodeCeased === "X1";
    if (!continues) close();
    current ??= { start: e.startDate, ids: [], shortBreaksOnly: true };
    current.ids.push(e.id);
    if (e.legalStatus !== "V3" && e.legalStatus !== "V4") current.shortBreaksOnly = false;
    last = e;
  }
  close();
  return periods;
}
