// Rule Q14 of checkAssessmentMap: the voice of every child is captured, is the child's own, and is
// current; a baby's voice is an observation, an unborn child's record is the parents' hopes and
// worries and the plan for the arrival; a child old enough scales. Reasons and sources:
// docs/child-voice.md, "Rule Q14".
import type { IsoDate } from "../core";
import type { ChildVoiceChild, ChildVoicePolicy, ChildVoiceRecord } from "../child-voice";
import { childTookPart, childVoiceCurrency, childVoiceExpectation, DEFAULT_CHILD_VOICE_POLICY } from "../child-voice";
import type { AssessmentMap } from "./AssessmentMap";
import type { AssessmentFindingCode } from "./findingCodes";
import type { FindingParamsArg } from "./checkEmit";

type Path = readonly (string | number)[];
type ParamsArg<C extends AssessmentFindingCode> = FindingParamsArg<C>;

/** A record as rule Q14 may be given it: only its id and child, or the whole record. @internal */
export type ChildVoiceOnMapRecord = { readonly id: string; readonly childId: string } | ChildVoiceRecord;

/** What rule Q14 needs from checkAssessmentMap. @internal */
export interface ChildVoiceOnMapContext {
  readonly map: AssessmentMap;
  /** The records the map may link to; `undefined` when the caller gave none (any link then counts for every child). */
  readonly records: readonly ChildVoiceOnMapRecord[] | undefined;
  readonly notRequiredFor: readonly string[];
  /** The children's dates of birth, unborn, and how they communicate. */
  readonly children: readonly ChildVoiceChild[];
  readonly episodeStart: IsoDate | undefined;
  readonly policy: Partial<ChildVoicePolicy>;
  readonly emit: <C extends AssessmentFindingCode>(code: C, path: Path, ...params: ParamsArg<C>) => void;
}

function isWholeRecord(record: ChildVoiceOnMapRecord): record is ChildVoiceRecord {
  return "tool" in record;
}

/**
 * Rule Q14. For each child of the map, in order, one finding at most about the child's voice:
 *
 * - an unborn child: `assessment/unborn-child-record-missing` unless the map links a pre-birth
 *   record (the parents' hopes and worries and the plan for the baby's arrival);
 * - otherwise, when the map links none of the child's own current records:
 *   `assessment/child-voice-only-told` (only a Words and Pictures story written for the child),
 *   `assessment/child-voice-not-current` (the child's own records are of a previous episode or
 *   older than the policy's months), `assessment/child-observation-missing` (a baby or pre-verbal
 *   child), or `assessment/child-voice-missing`;
 *
 * and `assessment/child-not-scaled` when the child's age is known, the child is old enough to
 * scale (policy), and neither a current Safety House path position nor a score of the child's own
 * on the map's scales is recorded. With only ids and children (no whole records), a link counts
 * as before.
 *
 * @internal
 */
export function checkChildVoiceOnMap(ctx: ChildVoiceOnMapContext): void {
  const { map, records } = ctx;
  const policy = { ...DEFAULT_CHILD_VOICE_POLICY, ...ctx.policy };
  const reading = { asOf: map.date, ...(ctx.episodeStart === undefined ? {} : { episodeStart: ctx.episodeStart }), policy };
  const linked: ChildVoiceOnMapRecord[] = [];
  let anyLink = false;
  if (records === undefined) {
    anyLink = map.childVoiceIds.length > 0;
  } else {
    map.childVoiceIds.forEach((recordId, k) => {
      const record = records.find((r) => r.id === recordId);
      if (record === undefined) ctx.emit("assessment/child-voice-unknown-record", ["childVoiceIds", k], { recordId });
      else linked.push(record);
    });
  }
  map.childIds.forEach((childId, i) => {
    const path = ["childIds", i];
    const child = ctx.children.find((c) => c.childId === childId) ?? { childId };
    const expectation = childVoiceExpectation(child, { asOf: map.date, policy });
    const mine = linked.filter((r) => r.childId === childId || (isWholeRecord(r) && r.tool === "words-and-pictures" && r.audiences.includes(childId)));
    // A record made after the map cannot be stale for it; the currency check is about the past.
    const heardBy = (r: ChildVoiceOnMapRecord): boolean => {
      if (r.childId !== childId) return false;
      if (!isWholeRecord(r)) return true;
      if (!childTookPart(r)) return false;
      const currency = childVoiceCurrency(r, reading);
      return currency === "current" || currency === "after-as-of";
    };
    if (!ctx.notRequiredFor.includes(childId)) {
      if (expectation.expects === "pre-birth") {
        const recorded = records === undefined ? anyLink : mine.some((r) => !isWholeRecord(r) || r.tool === "pre-birth" || heardBy(r));
        if (!recorded) ctx.emit("assessment/unborn-child-record-missing", path, { childId });
      } else if (!(anyLink || mine.some(heardBy))) {
        const own = mine.filter((r) => r.childId === childId && isWholeRecord(r) && childTookPart(r)) as ChildVoiceRecord[];
        const stale = own.map((r) => ({ r, currency: childVoiceCurrency(r, reading) })).find((x) => x.currency === "previous-episode" || x.currency === "out-of-date");
        if (stale !== undefined) {
          ctx.emit("assessment/child-voice-not-current", path, {
            childId,
            recordId: stale.r.id,
            recordDate: stale.r.date,
            reason: stale.currency,
            months: policy.currentForMonths,
          });
        } else if (mine.some((r) => isWholeRecord(r) && r.tool === "words-and-pictures")) {
          ctx.emit("assessment/child-voice-only-told", path, { childId });
        } else if (expectation.expects === "observation") {
          ctx.emit("assessment/child-observation-missing", path, { childId });
        } else {
          ctx.emit("assessment/child-voice-missing", path, { childId });
        }
      }
    }
    if (!ctx.notRequiredFor.includes(childId) && expectation.scales && expectation.ageInMonths !== undefined) {
      const scaledOnMap = map.scales.some((s) => s.judgements.some((j) => j.raterRole === "child" && (j.raterId === undefined || j.raterId === childId)));
      const safetyHouse = (records ?? []).some(
        (r) => isWholeRecord(r) && r.tool === "safety-house" && r.childId === childId && r.pathPosition !== undefined && childVoiceCurrency(r, reading) !== "previous-episode" && childVoiceCurrency(r, reading) !== "out-of-date",
      );
      if (!scaledOnMap && !safetyHouse) ctx.emit("assessment/child-not-scaled", path, { childId, years: policy.scalesFromYears });
    }
  });
}
