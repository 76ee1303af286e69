import type { ChildVoiceRecord, SafetyHouseRecord } from "../child-voice";
import type { IsoDate, PersonId } from "../core";

// How readiness reads the child's voice, kept in one place so that it can follow the
// child-voice rules (who took part, staleness) as they grow.

/** A child's own scaling of their safety from a Safety House path, read safety-high (10 = safe). */
export interface ChildPathScore {
  readonly childId: PersonId;
  readonly recordId: string;
  readonly on: IsoDate;
  readonly value: number;
}

/** Who the child put outside their latest Safety House ("not safe with"). */
export interface ChildNotSafeWith {
  readonly childId: PersonId;
  readonly recordIds: readonly string[];
  readonly on: IsoDate;
  readonly itemIds: readonly string[];
  readonly personIds: readonly string[];
}

/** Safety House records of the case's children, on or before the day. */
function safetyHouses(records: readonly ChildVoiceRecord[], childIds: readonly PersonId[] | undefined, asOf: IsoDate): SafetyHouseRecord[] {
  return records.filter((r): r is SafetyHouseRecord => r.tool === "safety-house" && r.date <= asOf && (childIds === undefined || childIds.includes(r.childId)));
}

/**
 * What readiness reads from the child-voice records: every Safety House path position as the
 * child's score, and, for each child, who is in "not safe with" in their latest Safety House
 * (records of the same latest day are read together).
 *
 * @internal
 */
export function readChildVoiceForReadiness(records: readonly ChildVoiceRecord[], childIds: readonly PersonId[] | undefined, asOf: IsoDate): { readonly scores: readonly ChildPathScore[]; readonly notSafeWith: readonly ChildNotSafeWith[] } {
  const houses = safetyHouses(records, childIds, asOf);
  const scores = houses.flatMap((r) => (r.pathPosition === undefined ? [] : [{ childId: r.childId, recordId: r.id, on: r.date, value: r.pathPosition }]));
  const notSafeWith: ChildNotSafeWith[] = [];
  for (const childId of [...new Set(houses.map((r) => r.childId))].sort()) {
    const own = houses.filter((r) => r.childId === childId);
    const on = own.reduce((v, r) => (r.date > v ? r.date : v), own[0]?.date ?? asOf);
    const latest = own.filter((r) => r.date === on);
    const items = latest.flatMap((r) => r.items.filter((i) => i.section === "not-safe-with").map((i) => ({ recordId: r.id, item: i })));
    if (items.length === 0) continue;
    notSafeWith.push({
      childId,
      on,
      recordIds: [...new Set(items.map((i) => i.recordId))].sort(),
      itemIds: [...new Set(items.map((i) => i.item.id))].sort(),
      personIds: [...new Set(items.flatMap((i) => i.item.people ?? []))].sort(),
    });
  }
  return { scores, notSafeWith };
}
