import { addCalendarMonths, compareIsoDates, KinsafeError, type IsoDate, type PersonId } from "../core";
import type { ChildVoiceRecord, SafetyHouseRecord, WordsAndPicturesRecord } from "./ChildVoiceRecord";

// Which records are the child's own voice, which are current, and who may see them. Imports only
// types from the model, so the assessment module can use it without a cycle at run time.

/**
 * The local policy for reading child-voice records. Every number is this authority's setting,
 * with a documented default (docs/child-voice.md, "Current voice" and "Age").
 *
 * @category Child voice
 */
export interface ChildVoicePolicy {
  /**
   * A record older than this many months (before `asOf`) is not current. Default
   * {@link DEFAULT_CHILD_VOICE_POLICY} (6): the longest interval between child protection review
   * conferences, so each review hears the child afresh.
   */
  readonly currentForMonths: number;
  /**
   * From this age in whole years a child is asked to scale by default (their Safety House path or
   * their own score on the map's scale). Default 5.
   */
  readonly scalesFromYears: number;
  /**
   * Below this age in whole months a child is treated as pre-verbal, so an observation is expected
   * instead of words (unless the child's `communication` says otherwise). Default 24.
   */
  readonly wordsFromMonths: number;
}

/**
 * The default policy: a record is current for 6 months, children scale from 5 years, and words
 * are expected from 24 months. See docs/child-voice.md for the reasons.
 *
 * @category Child voice
 */
export const DEFAULT_CHILD_VOICE_POLICY: ChildVoicePolicy = Object.freeze({ currentForMonths: 6, scalesFromYears: 5, wordsFromMonths: 24 });

/**
 * When to read the records: today's date, the start of the current episode, and the policy.
 *
 * @category Child voice
 */
export interface ChildVoiceReading {
  /** The day of reading; records dated after it are left out. The library never reads the clock. */
  readonly asOf: IsoDate;
  /** The first day of the current episode (the referral or reopening); earlier records belong to a previous episode. */
  readonly episodeStart?: IsoDate;
  /** The local policy; any part left out takes its default. */
  readonly policy?: Partial<ChildVoicePolicy>;
}

/**
 * Whether a record can be read as a child's current voice, and why not:
 *
 * - `current`: the child took part, and the record is of this episode and recent enough.
 * - `not-the-childs-voice`: the child did not take part (a Words and Pictures story written for
 *   the child, a pre-birth record, or a tool with nothing from the child in it).
 * - `after-as-of`: dated after the day of reading.
 * - `previous-episode`: dated before `episodeStart`.
 * - `out-of-date`: older than `currentForMonths`.
 *
 * @category Child voice
 */
export type ChildVoiceCurrency = "current" | "not-the-childs-voice" | "after-as-of" | "previous-episode" | "out-of-date";

// The policy with every part filled in; throws for a value that is not a sensible number.
function resolveChildVoicePolicy(policy: Partial<ChildVoicePolicy> = {}): ChildVoicePolicy {
  const resolved = { ...DEFAULT_CHILD_VOICE_POLICY, ...policy };
  for (const key of ["currentForMonths", "scalesFromYears", "wordsFromMonths"] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 0 || value > 1200) {
      throw new KinsafeError("invalid-argument", `policy.${key} must be a whole number from 0 to 1200; received ${JSON.stringify(value)}.`);
    }
  }
  return resolved;
}

/**
 * Whether the child took part in the record, so that it holds the child's own voice: a Three
 * Houses, Wizards and Fairies or Safety House with something from the child in it (an item, or
 * the child's place on the Safety House path), or an observation record with at least one
 * observed response. A Words and Pictures story is written by the adults to explain things *to*
 * the child (Essex and Turnell): it tells the child, it does not hear them, so it is never the
 * child's voice. A pre-birth record holds the parents' words, not the child's.
 *
 * @param record - Any child-voice record.
 * @returns `true` when the record holds the child's own voice.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#took-part}
 *
 * @category Child voice
 */
export function childTookPart(record: ChildVoiceRecord): boolean {
  switch (record.tool) {
    case "three-houses":
    case "wizards-and-fairies":
      return record.items.length > 0;
    case "safety-house":
      return record.items.length > 0 || record.pathPosition !== undefined;
    case "observation":
      return record.observations.length > 0;
    case "words-and-pictures":
    case "pre-birth":
      return false;
  }
}

/**
 * Whether the record tells the child something: a Words and Pictures story written for the child
 * (the child is one of its `audiences`, or it is filed under them) and shown to them (the child is
 * among the people of one of its sharings). This is "the child has been told", not the child's
 * voice.
 *
 * @param record - Any child-voice record.
 * @param childId - The child.
 * @returns `true` when the record is a story shown to the child.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#told}
 *
 * @category Child voice
 */
export function childHasBeenToldBy(record: ChildVoiceRecord, childId: PersonId): record is WordsAndPicturesRecord {
  if (record.tool !== "words-and-pictures") return false;
  if (record.childId !== childId && !record.audiences.includes(childId)) return false;
  return record.sharedWith.some((s) => s.personIds?.includes(childId) === true);
}

/**
 * Says whether a record is a child's current voice on a day, and if not, why (see
 * {@link ChildVoiceCurrency}). Practice: the child's voice informs each assessment and review; a
 * record from a previous episode, or older than the policy's months, is history, not what the child
 * says now.
 *
 * @param record - Any child-voice record.
 * @param reading - The day of reading, the episode start and the policy.
 * @returns `current`, or the first reason it is not, in the order of {@link ChildVoiceCurrency}.
 * @throws {@link KinsafeError} with code `invalid-argument` for a policy number that is not a whole number from 0 to 1200.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#currency}
 *
 * @category Child voice
 */
export function childVoiceCurrency(record: ChildVoiceRecord, reading: ChildVoiceReading): ChildVoiceCurrency {
  const policy = resolveChildVoicePolicy(reading.policy);
  if (!childTookPart(record)) return "not-the-childs-voice";
  if (compareIsoDates(record.date, reading.asOf) > 0) return "after-as-of";
  if (reading.episodeStart !== undefined && compareIsoDates(record.date, reading.episodeStart) < 0) return "previous-episode";
  if (compareIsoDates(addCalendarMonths(record.date, policy.currentForMonths), reading.asOf) < 0) return "out-of-date";
  return "current";
}

/**
 * The records that are a child's current voice on a day: the child took part
 * ({@link childTookPart}), and the record is dated on or before `asOf`, not before the episode
 * started, and not older than the policy's months. Audits, dashboards, readiness and rule Q14
 * read the child's voice through this function.
 *
 * @param records - Child-voice records, of one child or of several.
 * @param reading - The day of reading, the episode start and the policy (default 6 months).
 * @returns The current records, in the order given.
 * @throws {@link KinsafeError} with code `invalid-argument` for a policy number that is not a whole number from 0 to 1200.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#docs-example}
 *
 * @category Child voice
 */
export function currentChildVoice(records: readonly ChildVoiceRecord[], reading: ChildVoiceReading): readonly ChildVoiceRecord[] {
  resolveChildVoicePolicy(reading.policy);
  return records.filter((r) => childVoiceCurrency(r, reading) === "current");
}

/**
 * The child's own latest scaling of their safety: the path position of their latest current
 * Safety House (the child's scaling, Parker; domain specification 4.3 and 1.10).
 *
 * @param records - Child-voice records.
 * @param childId - The child.
 * @param reading - The day of reading, the episode start and the policy.
 * @returns The latest current Safety House of the child with a path position (the later listed on the same day), or `undefined`.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#own-scale}
 *
 * @category Child voice
 */
export function childsOwnScale(
  records: readonly ChildVoiceRecord[],
  childId: PersonId,
  reading: ChildVoiceReading,
): (SafetyHouseRecord & { readonly pathPosition: number }) | undefined {
  let latest: (SafetyHouseRecord & { readonly pathPosition: number }) | undefined;
  for (const r of currentChildVoice(records, reading)) {
    if (r.tool !== "safety-house" || r.childId !== childId || r.pathPosition === undefined) continue;
    if (latest === undefined || compareIsoDates(r.date, latest.date) >= 0) latest = r as SafetyHouseRecord & { readonly pathPosition: number };
  }
  return latest;
}

/**
 * Whether the child's consent allows the record to be seen by a person. Documents, checks and
 * readers ask this before showing, reading out or copying a record.
 *
 * - Words and Pictures is written to be shown to the children and their network: `true`, unless
 *   the child's limits exclude the person.
 * - The child and the practitioner who did the work may always see it.
 * - Otherwise the child must have `given` consent (or be `not-able-to-consent`, where the adults
 *   decide), the person must not be in the child's `notWith` list, and when the child named an
 *   `onlyWith` list the person must be on it ("Mummy can see it but not Daddy").
 *
 * @param record - Any child-voice record.
 * @param personId - The person who would see it.
 * @returns `true` when the child's consent allows it.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#may-share}
 *
 * @category Child voice
 */
export function mayShareWith(record: ChildVoiceRecord, personId: PersonId): boolean {
  if (personId === record.childId || personId === record.facilitatorId) return true;
  const { status, limits } = record.consent.child;
  if (limits?.notWith?.includes(personId) === true) return false;
  if (limits?.onlyWith !== undefined && !limits.onlyWith.includes(personId)) return false;
  if (record.tool === "words-and-pictures") return true;
  return status === "given" || status === "not-able-to-consent";
}

/**
 * What a child is expected to give at a given age: words (and from an age, a scale), an
 * observation (a baby or a pre-verbal child), or nothing yet (an unborn child).
 *
 * @category Child voice
 */
export interface ChildVoiceChild {
  /** The child. */
  readonly childId: PersonId;
  /** The child's date of birth; a date after the day of reading is the expected date of birth. */
  readonly birthDate?: IsoDate;
  /** `true` for an unborn child (also when `birthDate` is after the day of reading). */
  readonly unborn?: boolean;
  /** How the child communicates, when it is not what their age suggests (a child with a disability, or an early talker). */
  readonly communication?: "words" | "pre-verbal";
}

/**
 * What to record as the child's voice: `words` (their own tool), `observation` (a baby or a
 * pre-verbal child), or `pre-birth` (an unborn child: the parents' hopes and worries for the baby
 * and the plan for the baby's arrival). `scales` says whether the child is asked to scale by default.
 *
 * @category Child voice
 */
export interface ChildVoiceExpectation {
  /** The kind of record expected. */
  readonly expects: "words" | "observation" | "pre-birth";
  /** Whether the child is old enough to scale by default (policy `scalesFromYears`). */
  readonly scales: boolean;
  /** The child's age in whole months on the day, when the date of birth is known and past. */
  readonly ageInMonths?: number;
}

function wholeMonths(from: IsoDate, to: IsoDate): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) >= Number(from.slice(8, 10)) ? months : months - 1;
}

/**
 * Says what to record as a child's voice on a day: words from the age the policy sets (24
 * months), an observation before it or when the child is pre-verbal, a pre-birth record for an
 * unborn child; and whether the child scales by default (from 5 years, policy). Without a date of
 * birth the child is taken to speak and to scale (the safe reading: ask for the child's voice).
 *
 * @param child - The child: date of birth, unborn, and how they communicate.
 * @param reading - The day of reading and the policy.
 * @returns What to record, whether the child scales, and the age in months when known.
 * @throws {@link KinsafeError} with code `invalid-argument` for a policy number that is not a whole number from 0 to 1200.
 *
 * @example
 * {@includeCode ../../tests/child-voice/currentChildVoice.test.ts#expectation}
 *
 * @category Child voice
 */
export function childVoiceExpectation(child: ChildVoiceChild, reading: Pick<ChildVoiceReading, "asOf" | "policy">): ChildVoiceExpectation {
  const policy = resolveChildVoicePolicy(reading.policy);
  if (child.unborn === true || (child.birthDate !== undefined && compareIsoDates(child.birthDate, reading.asOf) > 0)) {
    return { expects: "pre-birth", scales: false };
  }
  if (child.birthDate === undefined) {
    return { expects: child.communication === "pre-verbal" ? "observation" : "words", scales: child.communication !== "pre-verbal" };
  }
  const ageInMonths = wholeMonths(child.birthDate, reading.asOf);
  const preVerbal = child.communication === undefined ? ageInMonths < policy.wordsFromMonths : child.communication === "pre-verbal";
  return { expects: preVerbal ? "observation" : "words", scales: !preVerbal && ageInMonths >= policy.scalesFromYears * 12, ageInMonths };
}
