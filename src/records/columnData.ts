import { ASSESSMENT_FACTOR_CODES, CLOSURE_REASON_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "./codes/cinCensus";
import { EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, MISSING_CODES, NEW_EPISODE_REASON_CODES, OC3_ACCOMMODATION_TYPES, OC3_ACTIVITY_CODES, OC3_IN_TOUCH_CODES, PLACEMENT_TYPE_CODES } from "./codes/ssda903";
import type { ChildRecord } from "./ChildRecord";
import { KinsafeError } from "../core";
import { OPEN_END, toDay } from "./dayNumbers";

// The columns of a cohort: every child record's facts the core data set reads, as typed arrays.
//
// Layout. Children are rows 0..n-1. Each list of a child (episodes of need, looked-after
// episodes, early help, visits, care proceedings) is a table of its own whose rows of child c
// are offsets[c]..offsets[c+1]; the lists inside an episode of need (assessments, section 47
// enquiries, CIN plans, CP plans) hang off the episode the same way. Dates are day numbers
// (days since 1970-01-01); an absent date is OPEN_END, after every real date, so "a date after
// the horizon is not known yet" is one comparison. Codes are their index in the DfE code list
// plus one (0: absent or not a code of the list). Values no figure reads (ids, postcodes,
// extensions) are not kept: the columns are for computing, the records stay the record.

// Which lists of a record the columns hold (bits; the same values as the engine's scan mask):
// the rest are left out when they are built.
/** @internal */
export const PART_CIN = 1;
/** @internal */
export const PART_LAC = 2;
/** @internal */
export const PART_EARLY_HELP = 4;
/** @internal */
export const PART_VISITS = 8;
/** @internal */
export const PART_PROCEEDINGS = 16;
/** Child ids and UPNs (attainment matches scores to children by them). @internal */
export const PART_IDS = 32;
/** @internal */
export const ALL_PARTS = 63;

/** `referralNfa`: 0 no, 1 yes, 2 not recorded. @internal */
export const NFA_NO = 0;
/** @internal */
export const NFA_YES = 1;
/** @internal */
export const NFA_NOT_RECORDED = 2;

/** `numberOfPreviousCpp` not recorded. @internal */
export const PREVIOUS_NOT_RECORDED = -1;

/** The index (plus one) of a code in its list; 0 for absent. */
function codeIndex(codes: readonly string[]): ReadonlyMap<string, number> {
  return new Map(codes.map((c, i) => [c, i + 1]));
}
const CLOSURE = codeIndex(CLOSURE_REASON_CODES);
const SOURCE = codeIndex(REFERRAL_SOURCE_CODES);
const LEGAL_STATUS = codeIndex(LEGAL_STATUS_CODES);
const NEW_EPISODE = codeIndex(NEW_EPISODE_REASON_CODES);
const PLACEMENT = codeIndex(PLACEMENT_TYPE_CODES);
const ENDED = codeIndex(EPISODE_END_REASON_CODES);
const MISSING = codeIndex(MISSING_CODES);
const IN_TOUCH = codeIndex(OC3_IN_TOUCH_CODES);
const ACTIVITY = codeIndex(OC3_ACTIVITY_CODES);
const ACCOM_TYPE = codeIndex(OC3_ACCOMMODATION_TYPES);

/**
 * The OC2 flags the columns keep, in the order of their two bits in `oc2Flags` (flag `i` is
 * `(flags >> 2 * i) & 3`: 0 not given, 1 no, 2 yes).
 *
 * @internal
 */
export const OC2_FLAGS = ["healthAssessment", "immunisations", "teethCheck", "healthCheck", "convicted", "substanceMisuse", "interventionReceived", "interventionOffered"] as const;

/**
 * The flags of an OC2 row packed for `oc2Flags` (see {@link OC2_FLAGS}).
 *
 * @internal
 */
export function oc2FlagsOf(row: Readonly<Partial<Record<(typeof OC2_FLAGS)[number], boolean | undefined>>>): number {
  let flags = 0;
  for (let i = 0; i < OC2_FLAGS.length; i++) {
    const v = row[OC2_FLAGS[i] as (typeof OC2_FLAGS)[number]];
    if (v !== undefined) flags |= (v ? 2 : 1) << (2 * i);
  }
  return flags;
}

/**
 * An OC3 `ACCOM` code as the columns keep it: the type (the letter's index in
 * OC3_ACCOMMODATION_TYPES plus one) times 4, plus the suitability digit (1 suitable, 2
 * unsuitable); 0 (no information) when absent, `0`, or not a letter of the list followed by 1 or 2.
 *
 * @internal
 */
export function oc3AccomCode(accommodation: string | undefined): number {
  // a code is a type's letter and the digit 1 or 2; anything else (`0`, `ZZ9`, `B3`) is no
  // information, for the type and the suitability alike
  if (accommodation === undefined || accommodation.length !== 2) return 0;
  const type = ACCOM_TYPE.get(accommodation.slice(0, 1)) ?? 0;
  const digit = accommodation.slice(1);
  return type === 0 || (digit !== "1" && digit !== "2") ? 0 : type * 4 + Number(digit);
}

const PRIMARY_NEED = codeIndex(PRIMARY_NEED_CODES);
const CP_CATEGORY = codeIndex(CP_CATEGORY_CODES);
const FACTOR = codeIndex(ASSESSMENT_FACTOR_CODES);

/**
 * An assessment's factors as two bit sets: factor code `i` (its index in
 * `ASSESSMENT_FACTOR_CODES`) is bit `i` of the first for `i < 32`, else bit `i - 32` of the
 * second. Repeated codes count once; a value that is not a code is not kept.
 *
 * @internal
 */
export function factorBits(factors: readonly string[] | undefined): readonly [number, number] {
  let lo = 0;
  let hi = 0;
  for (const f of factors ?? []) {
    const i = (FACTOR.get(f) ?? 0) - 1;
    if (i < 0) continue;
    if (i < 32) lo |= 1 << i;
    else hi |= 1 << (i - 32);
  }
  return [lo, hi];
}

/**
 * The code of a column value (its index plus one).
 *
 * @internal
 */
export function codeOf(codes: readonly string[], code: string): number {
  return codes.indexOf(code) + 1;
}

/** Each plan type of a visit as a bit (an unknown one counts as looked after). @internal */
export const PLAN_TYPE_BIT: Readonly<Record<string, number>> = { "early-help": 1, cin: 2, cp: 4, lac: 8 };

/**
 * The columns of a set of child records.
 *
 * @internal
 */
export interface ColumnData {
  /** Children. */
  readonly n: number;
  readonly parts: number;
  readonly childIds: readonly string[];
  readonly upns: readonly (string | undefined)[];
  /** Each child's date of birth (OPEN_END when not recorded, or unborn). */
  readonly dobDay: Int32Array;
  /** Each child's unborn flag: 1 when no date of birth is recorded and an expected date of birth is (CIN census ExpectedPersonBirthDate), else 0. */
  readonly unborn: Uint8Array;
  /** Each child's UASC flag: 1 an unaccompanied asylum-seeking child at any time (SSDA903 UASC), else 0. */
  readonly uascFlag: Uint8Array;
  // child → rows of each list (length n + 1)
  readonly cinOff: Int32Array;
  readonly lacOff: Int32Array;
  readonly ehOff: Int32Array;
  readonly visitOff: Int32Array;
  readonly procOff: Int32Array;
  readonly misOff: Int32Array;
  readonly revOff: Int32Array;
  // episodes of need
  readonly refDay: Int32Array;
  /** The first day anything of the episode is dated (its referral, or an earlier start of an item in it). */
  readonly epKnown: Int32Array;
  readonly closeDay: Int32Array;
  readonly closeReason: Uint8Array;
  readonly nfa: Uint8Array;
  readonly source: Uint8Array;
  /** `PrimaryNeedCode` (`PRIMARY_NEED_CODES` as `codeOf`; 0 not recorded). */
  readonly primaryNeed: Uint8Array;
  readonly epIcpcDay: Int32Array;
  readonly asmOff: Int32Array;
  readonly s47Off: Int32Array;
  readonly cinPlanOff: Int32Array;
  readonly cpPlanOff: Int32Array;
  readonly asmStart: Int32Array;
  readonly asmAuth: Int32Array;
  /** Each assessment's factors (see {@link factorBits}): codes 0-31, and 32 on. */
  readonly asmFactorLo: Int32Array;
  readonly asmFactorHi: Int32Array;
  readonly s47Start: Int32Array;
  readonly s47Icpc: Int32Array;
  readonly s47Sd: Int32Array;
  readonly cinPlanStart: Int32Array;
  readonly cinPlanEnd: Int32Array;
  readonly cpPlanStart: Int32Array;
  readonly cpPlanEnd: Int32Array;
  readonly cpPrevious: Int32Array;
  /** `InitialCategoryOfAbuse`, `LatestCategoryOfAbuse` (`CP_CATEGORY_CODES` as `codeOf`; 0 not recorded). */
  readonly cpInitial: Uint8Array;
  readonly cpLatest: Uint8Array;
  /** CP plan → rows of its review conference dates (length: CP plans + 1). */
  readonly cpRevOff: Int32Array;
  readonly cpRevDay: Int32Array;
  // looked-after episodes
  readonly lacStart: Int32Array;
  readonly lacEnd: Int32Array;
  readonly lacLegalStatus: Uint8Array;
  readonly lacNewEpisode: Uint8Array;
  readonly lacPlacement: Uint8Array;
  readonly lacEnded: Uint8Array;
  // early help
  readonly ehStart: Int32Array;
  readonly ehEnd: Int32Array;
  // visits
  readonly visitDay: Int32Array;
  readonly visitPlans: Uint8Array;
  // care proceedings
  /** The first day anything of the proceedings is dated; -OPEN_END when nothing is (always known). */
  readonly procKnown: Int32Array;
  readonly procPreStart: Int32Array;
  readonly procIssue: Int32Array;
  readonly procFinal: Int32Array;
  // missing and away-without-authorisation incidents (SSDA903 Missing)
  readonly misStart: Int32Array;
  /** `MISSING`: 1 missing (M), 2 away without authorisation (A), 0 not a code. */
  readonly misType: Uint8Array;
  /** Looked-after reviews (SSDA903 Reviews): their dates. */
  readonly revDay: Int32Array;
  // adoptions (AD1 rows; with the looked-after part): child -> rows, each row's collection year
  // (0 when not known) and match day (DATE_MATCH; OPEN_END when absent)
  readonly adOff: Int32Array;
  readonly adYear: Int32Array;
  readonly adMatch: Int32Array;
  // OC2 rows (with the looked-after part): child -> rows, each row's collection year (0 when not
  // known), its flags (OC2_FLAGS, two bits each: 0 not given, 1 no, 2 yes) and SDQ score (-1: none)
  readonly oc2Off: Int32Array;
  readonly oc2Year: Int32Array;
  readonly oc2Flags: Int32Array;
  readonly oc2Sdq: Int32Array;
  // OC3 rows (with the looked-after part): child -> rows, each row's collection year (0 when not
  // known), IN_TOUCH (OC3_IN_TOUCH_CODES index + 1; 0 absent), ACTIV (OC3_ACTIVITY_CODES index +
  // 1; 0 absent or not a code of the list) and ACCOM (oc3AccomCode)
  readonly oc3Off: Int32Array;
  readonly oc3Year: Int32Array;
  readonly oc3InTouch: Uint8Array;
  readonly oc3Activ: Uint8Array;
  readonly oc3Accom: Uint8Array;
  /** Referrals (episodes of need) held. */
  readonly referrals: number;
}

/** A growable column. */
class Col<T extends Int32Array | Uint8Array> {
  a: T;
  n = 0;
  /** Whether `a` was handed out by `take` (it must then never be written again). */
  private shared = false;
  constructor(make: (size: number) => T, size: number) {
    this.a = make(size);
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new (this.a.constructor as new (n: number) => T)(this.a.length * 2);
      b.set(this.a);
      this.a = b;
      this.shared = false;
    }
    this.a[this.n++] = v;
  }
  /** Empties the column (keeping its buffer unless it was handed out). */
  clear(): void {
    if (this.shared) {
      this.a = new (this.a.constructor as new (n: number) => T)(this.a.length);
      this.shared = false;
    }
    this.n = 0;
  }
  /** Makes room for `size` values in all, in one allocation. */
  reserve(size: number): void {
    if (size <= this.a.length) return;
    const b = new (this.a.constructor as new (n: number) => T)(size);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
    this.shared = false;
  }
  /**
   * The column's values, trimmed to their length (a copy, or the buffer itself when it holds
   * exactly them, which the column then never writes again: the next value, or the next batch
   * after `clear`, goes to a new buffer), or as a view.
   */
  take(copy: boolean): T {
    if (!copy) return this.a.subarray(0, this.n) as T;
    if (this.n !== this.a.length) return this.a.slice(0, this.n) as T;
    this.shared = true;
    return this.a;
  }
}

/**
 * How many rows each table of the columns will hold, to make room for them at once (see
 * {@link ColumnsBuilder.reserve}).
 *
 * @internal
 */
export interface ColumnSizes {
  children: number;
  referrals: number;
  assessments: number;
  section47s: number;
  cinPlans: number;
  cpPlans: number;
  lookedAfter: number;
  earlyHelp: number;
  visits: number;
  proceedings: number;
  adoptions: number;
  oc2: number;
  oc3: number;
}

const lengthOf = (list: unknown): number => (Array.isArray(list) ? list.length : 0);

/**
 * The rows a set of records will take in the columns, counted without checking them (what is
 * not a list counts as empty).
 *
 * @internal
 */
export function columnSizesOf(records: readonly unknown[]): ColumnSizes {
  const sizes: ColumnSizes = { children: records.length, referrals: 0, assessments: 0, section47s: 0, cinPlans: 0, cpPlans: 0, lookedAfter: 0, earlyHelp: 0, visits: 0, proceedings: 0, adoptions: 0, oc2: 0, oc3: 0 };
  for (const r of records) {
    if (typeof r !== "object" || r === null) continue;
    const record = r as Record<string, unknown>;
    const episodes = record["cinEpisodes"];
    if (Array.isArray(episodes)) {
      sizes.referrals += episodes.length;
      for (const e of episodes as unknown[]) {
        if (typeof e !== "object" || e === null) continue;
        const episode = e as Record<string, unknown>;
        sizes.assessments += lengthOf(episode["assessments"]);
        sizes.section47s += lengthOf(episode["section47s"]);
        sizes.cinPlans += lengthOf(episode["cinPlans"]);
        sizes.cpPlans += lengthOf(episode["cpPlans"]);
      }
    }
    sizes.lookedAfter += lengthOf(record["lookedAfterEpisodes"]);
    sizes.earlyHelp += lengthOf(record["earlyHelpEpisodes"]);
    sizes.visits += lengthOf(record["visits"]);
    sizes.proceedings += lengthOf(record["careProceedings"]);
    sizes.adoptions += lengthOf(record["adoptions"]);
    sizes.oc2 += lengthOf(record["lookedAfterOutcomes"]);
    sizes.oc3 += lengthOf(record["careLeaverOutcomes"]);
  }
  return sizes;
}

const i32 = (size: number): Col<Int32Array> => new Col((k) => new Int32Array(k), size);
const u8 = (size: number): Col<Uint8Array> => new Col((k) => new Uint8Array(k), size);

function date(d: string | undefined): number {
  return d === undefined ? OPEN_END : toDay(d);
}

// The values of an episode of need the columns keep, and of an item of its lists (a record's,
// or as the CIN census reader holds them).
/** @internal */
export interface EpisodeValues {
  readonly closureDate?: string | undefined;
  readonly closureReason?: string | undefined;
  readonly referralNfa?: boolean | undefined;
  readonly referralSource?: string | undefined;
  readonly primaryNeed?: string | undefined;
  readonly episodeIcpcDate?: string | undefined;
}
/** @internal */
export interface DatedValues {
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly authorisationDate?: string | undefined;
  readonly icpcDate?: string | undefined;
  readonly strategyDiscussionDate?: string | undefined;
  readonly numberOfPreviousCpp?: number | undefined;
  readonly reviewDates?: readonly string[] | undefined;
  readonly factors?: readonly string[] | undefined;
  readonly initialCategory?: string | undefined;
  readonly latestCategory?: string | undefined;
}

/**
 * Appends child records to columns. `append` converts every date it keeps with the checked
 * converter, so an impossible date in a record that was not validated throws core
 * `toDayNumber`'s `KinsafeError`, and a value that is not the shape of a child record a
 * `KinsafeError` with code `invalid-input`; the columns are then as they were before the call.
 *
 * @internal
 */
export class ColumnsBuilder {
  readonly parts: number;
  childIds: string[] = [];
  upns: (string | undefined)[] = [];
  readonly cinOff = i32(64);
  readonly lacOff = i32(64);
  readonly ehOff = i32(64);
  readonly visitOff = i32(64);
  readonly procOff = i32(64);
  readonly misOff = i32(64);
  readonly misStart = i32(64);
  readonly misType = u8(64);
  readonly revOff = i32(64);
  readonly revDay = i32(64);
  readonly dobDay = i32(64);
  readonly unborn = u8(64);
  readonly uascFlag = u8(64);
  readonly refDay = i32(64);
  readonly epKnown = i32(64);
  readonly closeDay = i32(64);
  readonly closeReason = u8(64);
  readonly nfa = u8(64);
  readonly source = u8(64);
  readonly primaryNeed = u8(64);
  readonly epIcpcDay = i32(64);
  readonly asmOff = i32(64);
  readonly s47Off = i32(64);
  readonly cinPlanOff = i32(64);
  readonly cpPlanOff = i32(64);
  readonly asmStart = i32(64);
  readonly asmAuth = i32(64);
  readonly asmFactorLo = i32(64);
  readonly asmFactorHi = i32(64);
  readonly s47Start = i32(64);
  readonly s47Icpc = i32(64);
  readonly s47Sd = i32(64);
  readonly cinPlanStart = i32(64);
  readonly cinPlanEnd = i32(64);
  readonly cpPlanStart = i32(64);
  readonly cpPlanEnd = i32(64);
  readonly cpPrevious = i32(64);
  readonly cpInitial = u8(64);
  readonly cpLatest = u8(64);
  readonly cpRevOff = i32(64);
  readonly cpRevDay = i32(64);
  readonly lacStart = i32(64);
  readonly lacEnd = i32(64);
  readonly lacLegalStatus = u8(64);
  readonly lacNewEpisode = u8(64);
  readonly lacPlacement = u8(64);
  readonly lacEnded = u8(64);
  readonly ehStart = i32(64);
  readonly ehEnd = i32(64);
  readonly visitDay = i32(64);
  readonly visitPlans = u8(64);
  readonly procKnown = i32(64);
  readonly procPreStart = i32(64);
  readonly procIssue = i32(64);
  readonly procFinal = i32(64);
  readonly adOff = i32(64);
  readonly adYear = i32(16);
  readonly adMatch = i32(16);
  readonly oc2Off = i32(64);
  readonly oc2Year = i32(16);
  readonly oc2Flags = i32(16);
  readonly oc2Sdq = i32(16);
  readonly oc3Off = i32(64);
  readonly oc3Year = i32(16);
  readonly oc3InTouch = u8(16);
  readonly oc3Activ = u8(16);
  readonly oc3Accom = u8(16);
  private readonly all: readonly Col<Int32Array | Uint8Array>[];
  private readonly lengths: Int32Array;

  constructor(parts: number = ALL_PARTS) {
    this.parts = parts;
    this.all = [
      this.cinOff, this.lacOff, this.ehOff, this.visitOff, this.procOff, this.refDay, this.epKnown, this.closeDay, this.closeReason, this.nfa, this.source,
      this.epIcpcDay, this.asmOff, this.s47Off, this.cinPlanOff, this.cpPlanOff, this.asmStart, this.asmAuth, this.s47Start, this.s47Icpc, this.s47Sd,
      this.cinPlanStart, this.cinPlanEnd, this.cpPlanStart, this.cpPlanEnd, this.cpPrevious, this.lacStart, this.lacEnd, this.lacLegalStatus,
      this.lacNewEpisode, this.lacPlacement, this.lacEnded, this.ehStart, this.ehEnd, this.visitDay, this.visitPlans, this.procKnown, this.procPreStart,
      this.procIssue, this.procFinal, this.dobDay, this.uascFlag, this.misOff, this.misStart, this.misType, this.revOff, this.revDay, this.cpRevOff, this.cpRevDay, this.adOff, this.adYear, this.adMatch,
      this.oc2Off, this.oc2Year, this.oc2Flags, this.oc2Sdq, this.oc3Off, this.oc3Year, this.oc3InTouch, this.oc3Activ, this.oc3Accom,
      this.unborn, this.primaryNeed, this.asmFactorLo, this.asmFactorHi, this.cpInitial, this.cpLatest,
    ];
    this.lengths = new Int32Array(this.all.length);
    this.reset();
  }

  /** Children held. */
  get size(): number {
    return this.cinOff.n - 1;
  }

  /**
   * Makes room for this many more rows in each table, each column in one allocation: building
   * a large cohort then allocates each column once instead of doubling it again and again
   * (every new buffer counts towards the memory outside the heap that starts a full garbage
   * collection, which is slow when many records are alive).
   */
  reserve(more: ColumnSizes): void {
    const grow = (cols: readonly Col<Int32Array | Uint8Array>[], rows: number): void => {
      for (const c of cols) c.reserve(c.n + rows);
    };
    grow([this.cinOff, this.lacOff, this.ehOff, this.visitOff, this.procOff, this.misOff, this.revOff, this.dobDay, this.unborn, this.uascFlag, this.adOff, this.oc2Off, this.oc3Off], more.children);
    grow([this.refDay, this.epKnown, this.closeDay, this.closeReason, this.nfa, this.source, this.primaryNeed, this.epIcpcDay, this.asmOff, this.s47Off, this.cinPlanOff, this.cpPlanOff], more.referrals);
    grow([this.asmStart, this.asmAuth, this.asmFactorLo, this.asmFactorHi], more.assessments);
    grow([this.s47Start, this.s47Icpc, this.s47Sd], more.section47s);
    grow([this.cinPlanStart, this.cinPlanEnd], more.cinPlans);
    grow([this.cpPlanStart, this.cpPlanEnd, this.cpPrevious, this.cpInitial, this.cpLatest], more.cpPlans);
    grow([this.lacStart, this.lacEnd, this.lacLegalStatus, this.lacNewEpisode, this.lacPlacement, this.lacEnded], more.lookedAfter);
    grow([this.ehStart, this.ehEnd], more.earlyHelp);
    grow([this.visitDay, this.visitPlans], more.visits);
    grow([this.procKnown, this.procPreStart, this.procIssue, this.procFinal], more.proceedings);
    grow([this.adYear, this.adMatch], more.adoptions);
    grow([this.oc2Year, this.oc2Flags, this.oc2Sdq], more.oc2);
    grow([this.oc3Year, this.oc3InTouch, this.oc3Activ, this.oc3Accom], more.oc3);
  }

  /** Empties the columns (their buffers are kept for the next batch). */
  reset(): void {
    for (const c of this.all) c.clear();
    this.childIds = [];
    this.upns = [];
    this.cinOff.push(0);
    this.lacOff.push(0);
    this.ehOff.push(0);
    this.visitOff.push(0);
    this.procOff.push(0);
    this.misOff.push(0);
    this.revOff.push(0);
    this.adOff.push(0);
    this.oc2Off.push(0);
    this.oc3Off.push(0);
    this.asmOff.push(0);
    this.s47Off.push(0);
    this.cinPlanOff.push(0);
    this.cpPlanOff.push(0);
    this.cpRevOff.push(0);
  }

  /** Appends one record (trusted shape; dates checked). On an error, nothing is appended. */
  append(r: ChildRecord): void {
    try {
      this.guarded(() => this.appendUnsafe(r));
    } catch (error) {
      if (error instanceof KinsafeError) throw error;
      // a record given as trusted that is not the shape of a child record
      throw new KinsafeError("invalid-input", `Not a child record (it was not validated): ${error instanceof Error ? error.message : String(error)}.`);
    }
    this.ids(r.child.childId, r.child.upn);
  }

  /** Runs `write`; when it throws, the columns are put back as they were and the error rethrown. */
  guarded(write: () => void): void {
    // the lengths before, to roll back (kept in a buffer: nothing is allocated per record)
    const all = this.all;
    const lengths = this.lengths;
    for (let i = 0; i < all.length; i++) lengths[i] = (all[i] as Col<Int32Array | Uint8Array>).n;
    try {
      write();
    } catch (error) {
      for (let i = 0; i < all.length; i++) (all[i] as Col<Int32Array | Uint8Array>).n = lengths[i] as number;
      throw error;
    }
  }

  /** Keeps a child's id and UPN (when the columns hold them). */
  ids(childId: string, upn: string | undefined): void {
    if ((this.parts & PART_IDS) !== 0) {
      this.childIds.push(childId);
      this.upns.push(upn);
    }
  }

  private appendUnsafe(r: ChildRecord): void {
    const parts = this.parts;
    this.details(r.child.dob, r.child.uasc, r.child.expectedDob !== undefined);
    if ((parts & PART_CIN) !== 0) for (const e of r.cinEpisodes) this.pushCinEpisode(e.referralDate, e, e.assessments, e.section47s, e.cinPlans, e.cpPlans);
    this.cinOff.push(this.refDay.n);
    if ((parts & PART_LAC) !== 0) for (const e of r.lookedAfterEpisodes) this.pushLookedAfter(e.startDate, e.endDate, e.legalStatus, e.reasonForNewEpisode, e.placementType, e.reasonEpisodeCeased);
    this.lacOff.push(this.lacStart.n);
    if ((parts & PART_EARLY_HELP) !== 0) {
      for (const e of r.earlyHelpEpisodes) {
        this.ehStart.push(toDay(e.startDate));
        this.ehEnd.push(date(e.endDate));
      }
    }
    this.ehOff.push(this.ehStart.n);
    if ((parts & PART_VISITS) !== 0) {
      for (const v of r.visits) {
        this.visitDay.push(toDay(v.date));
        let mask = 0;
        for (const t of v.planTypes) mask |= PLAN_TYPE_BIT[t] ?? 8;
        this.visitPlans.push(mask);
      }
    }
    this.visitOff.push(this.visitDay.n);
    if ((parts & PART_PROCEEDINGS) !== 0) {
      for (const p of r.careProceedings) this.pushProceedings(p.preProceedingsStart, p.preProceedingsEnd, p.issueDate, p.finalOrderDate);
    }
    this.procOff.push(this.procKnown.n);
    if ((parts & PART_LAC) !== 0) for (const m of r.missing) this.pushMissing(m.startDate, m.missingType);
    this.misOff.push(this.misStart.n);
    if ((parts & PART_LAC) !== 0) for (const x of r.lookedAfterReviews) this.revDay.push(toDay(x.date));
    this.revOff.push(this.revDay.n);
    if ((parts & PART_LAC) !== 0) for (const a of r.adoptions ?? []) this.pushAdoption(a.year, a.matchDate);
    this.adOff.push(this.adYear.n);
    if ((parts & PART_LAC) !== 0) for (const o of r.lookedAfterOutcomes ?? []) this.pushOc2(o.year, o.sdqScore, oc2FlagsOf(o));
    this.oc2Off.push(this.oc2Year.n);
    if ((parts & PART_LAC) !== 0) for (const o of r.careLeaverOutcomes ?? []) this.pushOc3(o.year, o.inTouch, o.activity, o.accommodation);
    this.oc3Off.push(this.oc3Year.n);
  }

  /** One OC2 row: its collection year (absent: 0), SDQ score and flags (see {@link oc2FlagsOf}). */
  pushOc2(year: number | undefined, sdqScore: number | undefined, flags: number): void {
    this.oc2Year.push(year ?? 0);
    this.oc2Sdq.push(sdqScore ?? -1);
    this.oc2Flags.push(flags);
  }

  /** One OC3 row: its collection year (absent: 0) and codes as the return gives them. */
  pushOc3(year: number | undefined, inTouch: string | undefined, activity: string | undefined, accommodation: string | undefined): void {
    this.oc3Year.push(year ?? 0);
    this.oc3InTouch.push(inTouch === undefined ? 0 : (IN_TOUCH.get(inTouch) ?? 0));
    this.oc3Activ.push(activity === undefined ? 0 : (ACTIVITY.get(activity) ?? 0));
    this.oc3Accom.push(oc3AccomCode(accommodation));
  }

  /** One missing or away-without-authorisation incident. */
  pushMissing(startDate: string, missingType: string): void {
    this.misStart.push(toDay(startDate));
    this.misType.push(MISSING.get(missingType) ?? 0);
  }

  /** One adoption (AD1 row): its collection year (absent: 0) and match date. */
  pushAdoption(year: number | undefined, matchDate: string | undefined): void {
    this.adYear.push(year ?? 0);
    this.adMatch.push(date(matchDate));
  }

  /** A child's details the columns keep (once per child, before its lists end): `expectedDob`, whether an expected date of birth is recorded. */
  details(dob: string | undefined, uasc: boolean | undefined, expectedDob = false): void {
    this.dobDay.push(date(dob));
    this.unborn.push(dob === undefined && expectedDob ? 1 : 0);
    this.uascFlag.push(uasc === true ? 1 : 0);
  }

  /** One looked-after episode. */
  pushLookedAfter(startDate: string, endDate: string | undefined, legalStatus: string, reasonForNewEpisode: string, placementType: string, reasonEpisodeCeased: string | undefined): void {
    this.lacStart.push(toDay(startDate));
    this.lacEnd.push(date(endDate));
    this.lacLegalStatus.push(LEGAL_STATUS.get(legalStatus) ?? 0);
    this.lacNewEpisode.push(NEW_EPISODE.get(reasonForNewEpisode) ?? 0);
    this.lacPlacement.push(PLACEMENT.get(placementType) ?? 0);
    this.lacEnded.push(reasonEpisodeCeased === undefined ? 0 : (ENDED.get(reasonEpisodeCeased) ?? 0));
  }

  /** One episode of need and its lists (a record's, or as the CIN census reader holds it). */
  pushCinEpisode(referralDate: string, e: EpisodeValues, assessments: readonly DatedValues[], section47s: readonly DatedValues[], cinPlans: readonly DatedValues[], cpPlans: readonly DatedValues[]): void {
    const ref = toDay(referralDate);
    let known = ref;
    this.refDay.push(ref);
    this.closeDay.push(date(e.closureDate));
    this.closeReason.push(e.closureReason === undefined ? 0 : (CLOSURE.get(e.closureReason) ?? 0));
    const nfa = e.referralNfa;
    this.nfa.push(nfa === undefined ? NFA_NOT_RECORDED : nfa ? NFA_YES : NFA_NO);
    this.source.push(e.referralSource === undefined ? 0 : (SOURCE.get(e.referralSource) ?? 0));
    this.primaryNeed.push(e.primaryNeed === undefined ? 0 : (PRIMARY_NEED.get(e.primaryNeed) ?? 0));
    this.epIcpcDay.push(date(e.episodeIcpcDate));
    for (const a of assessments) {
      const s = toDay(a.startDate as string);
      if (s < known) known = s;
      this.asmStart.push(s);
      this.asmAuth.push(date(a.authorisationDate));
      const [lo, hi] = factorBits(a.factors);
      this.asmFactorLo.push(lo);
      this.asmFactorHi.push(hi);
    }
    for (const q of section47s) {
      const s = toDay(q.startDate as string);
      if (s < known) known = s;
      this.s47Start.push(s);
      this.s47Icpc.push(date(q.icpcDate));
      this.s47Sd.push(date(q.strategyDiscussionDate));
    }
    for (const p of cinPlans) {
      const s = toDay(p.startDate as string);
      if (s < known) known = s;
      this.cinPlanStart.push(s);
      this.cinPlanEnd.push(date(p.endDate));
    }
    for (const p of cpPlans) {
      const s = toDay(p.startDate as string);
      if (s < known) known = s;
      this.cpPlanStart.push(s);
      this.cpPlanEnd.push(date(p.endDate));
      const previous = p.numberOfPreviousCpp;
      this.cpPrevious.push(previous === undefined ? PREVIOUS_NOT_RECORDED : previous);
      this.cpInitial.push(p.initialCategory === undefined ? 0 : (CP_CATEGORY.get(p.initialCategory) ?? 0));
      this.cpLatest.push(p.latestCategory === undefined ? 0 : (CP_CATEGORY.get(p.latestCategory) ?? 0));
      for (const r of p.reviewDates ?? []) this.cpRevDay.push(toDay(r));
      this.cpRevOff.push(this.cpRevDay.n);
    }
    this.epKnown.push(known);
    this.asmOff.push(this.asmStart.n);
    this.s47Off.push(this.s47Start.n);
    this.cinPlanOff.push(this.cinPlanStart.n);
    this.cpPlanOff.push(this.cpPlanStart.n);
  }

  /** One care proceedings. */
  pushProceedings(preStart: string | undefined, preEnd: string | undefined, issueDate: string | undefined, finalOrderDate: string | undefined): void {
    const pre = date(preStart);
    const issue = date(issueDate);
    const final = date(finalOrderDate);
    const first = Math.min(pre, date(preEnd), issue, final);
    this.procKnown.push(first === OPEN_END ? -OPEN_END : first);
    this.procPreStart.push(pre);
    this.procIssue.push(issue);
    this.procFinal.push(final);
  }

  /**
   * The columns so far: views of the builder's buffers (`copy` false, valid until the next
   * `append` or `reset`), or trimmed copies.
   */
  data(copy: boolean): ColumnData {
    return {
      n: this.size,
      parts: this.parts,
      childIds: copy ? this.childIds.slice() : this.childIds,
      upns: copy ? this.upns.slice() : this.upns,
      dobDay: this.dobDay.take(copy),
      unborn: this.unborn.take(copy),
      uascFlag: this.uascFlag.take(copy),
      cinOff: this.cinOff.take(copy),
      lacOff: this.lacOff.take(copy),
      ehOff: this.ehOff.take(copy),
      visitOff: this.visitOff.take(copy),
      procOff: this.procOff.take(copy),
      misOff: this.misOff.take(copy),
      misStart: this.misStart.take(copy),
      misType: this.misType.take(copy),
      revOff: this.revOff.take(copy),
      revDay: this.revDay.take(copy),
      refDay: this.refDay.take(copy),
      epKnown: this.epKnown.take(copy),
      closeDay: this.closeDay.take(copy),
      closeReason: this.closeReason.take(copy),
      nfa: this.nfa.take(copy),
      source: this.source.take(copy),
      primaryNeed: this.primaryNeed.take(copy),
      epIcpcDay: this.epIcpcDay.take(copy),
      asmOff: this.asmOff.take(copy),
      s47Off: this.s47Off.take(copy),
      cinPlanOff: this.cinPlanOff.take(copy),
      cpPlanOff: this.cpPlanOff.take(copy),
      asmStart: this.asmStart.take(copy),
      asmAuth: this.asmAuth.take(copy),
      asmFactorLo: this.asmFactorLo.take(copy),
      asmFactorHi: this.asmFactorHi.take(copy),
      s47Start: this.s47Start.take(copy),
      s47Icpc: this.s47Icpc.take(copy),
      s47Sd: this.s47Sd.take(copy),
      cinPlanStart: this.cinPlanStart.take(copy),
      cinPlanEnd: this.cinPlanEnd.take(copy),
      cpPlanStart: this.cpPlanStart.take(copy),
      cpPlanEnd: this.cpPlanEnd.take(copy),
      cpPrevious: this.cpPrevious.take(copy),
      cpInitial: this.cpInitial.take(copy),
      cpLatest: this.cpLatest.take(copy),
      cpRevOff: this.cpRevOff.take(copy),
      cpRevDay: this.cpRevDay.take(copy),
      lacStart: this.lacStart.take(copy),
      lacEnd: this.lacEnd.take(copy),
      lacLegalStatus: this.lacLegalStatus.take(copy),
      lacNewEpisode: this.lacNewEpisode.take(copy),
      lacPlacement: this.lacPlacement.take(copy),
      lacEnded: this.lacEnded.take(copy),
      ehStart: this.ehStart.take(copy),
      ehEnd: this.ehEnd.take(copy),
      visitDay: this.visitDay.take(copy),
      visitPlans: this.visitPlans.take(copy),
      procKnown: this.procKnown.take(copy),
      procPreStart: this.procPreStart.take(copy),
      procIssue: this.procIssue.take(copy),
      procFinal: this.procFinal.take(copy),
      adOff: this.adOff.take(copy),
      adYear: this.adYear.take(copy),
      adMatch: this.adMatch.take(copy),
      oc2Off: this.oc2Off.take(copy),
      oc2Year: this.oc2Year.take(copy),
      oc2Flags: this.oc2Flags.take(copy),
      oc2Sdq: this.oc2Sdq.take(copy),
      oc3Off: this.oc3Off.take(copy),
      oc3Year: this.oc3Year.take(copy),
      oc3InTouch: this.oc3InTouch.take(copy),
      oc3Activ: this.oc3Activ.take(copy),
      oc3Accom: this.oc3Accom.take(copy),
      referrals: this.refDay.n,
    };
  }
}

/**
 * Bytes held by the typed arrays of the columns (ids and UPNs are strings, counted apart).
 *
 * @internal
 */
export function typedBytes(d: ColumnData): number {
  let total = 0;
  for (const v of Object.values(d)) if (ArrayBuffer.isView(v)) total += v.byteLength;
  return total;
}

// Each offsets column and the column whose rows it counts: concatenating shifts its values by
// the rows of that column already held.
const OFFSETS: readonly (readonly [keyof ColumnData, keyof ColumnData])[] = [
  ["cinOff", "refDay"],
  ["lacOff", "lacStart"],
  ["ehOff", "ehStart"],
  ["visitOff", "visitDay"],
  ["procOff", "procKnown"],
  ["misOff", "misStart"],
  ["revOff", "revDay"],
  ["adOff", "adYear"],
  ["oc2Off", "oc2Year"],
  ["oc3Off", "oc3Year"],
  ["asmOff", "asmStart"],
  ["s47Off", "s47Start"],
  ["cinPlanOff", "cinPlanStart"],
  ["cpPlanOff", "cpPlanStart"],
  ["cpRevOff", "cpRevDay"],
];
const OFFSET_KEYS = new Set<string>(OFFSETS.map(([o]) => o));

/**
 * The columns of several sets of children, one after another (as if their records had been
 * appended to one builder in that order). Every part must hold the same lists (`parts`).
 *
 * @internal
 */
export function concatColumns(list: readonly ColumnData[]): ColumnData {
  const first = list[0];
  if (first === undefined) return new ColumnsBuilder(ALL_PARTS).data(true);
  if (list.length === 1) return first;
  if (list.some((d) => d.parts !== first.parts)) throw new KinsafeError("invalid-argument", "Columns holding different parts of the records cannot be joined.");
  const out: Record<string, unknown> = { n: 0, parts: first.parts, referrals: 0, childIds: list.flatMap((d) => d.childIds), upns: list.flatMap((d) => d.upns) };
  out["n"] = list.reduce((s, d) => s + d.n, 0);
  out["referrals"] = list.reduce((s, d) => s + d.referrals, 0);
  for (const key of Object.keys(first) as (keyof ColumnData)[]) {
    const sample = first[key];
    if (!(sample instanceof Int32Array || sample instanceof Uint8Array)) continue;
    const offsets = OFFSET_KEYS.has(key);
    // An offsets column has n + 1 values: each part after the first adds all but its leading 0.
    const length = list.reduce((s, d) => s + (d[key] as Int32Array | Uint8Array).length, 0) - (offsets ? list.length - 1 : 0);
    const joined = sample instanceof Int32Array ? new Int32Array(length) : new Uint8Array(length);
    let at = 0;
    if (offsets) {
      const rowsOf = (OFFSETS.find(([o]) => o === key) as readonly [keyof ColumnData, keyof ColumnData])[1];
      let shift = 0;
      for (let i = 0; i < list.length; i++) {
        const d = list[i] as ColumnData;
        const values = d[key] as Int32Array;
        for (let j = i === 0 ? 0 : 1; j < values.length; j++) joined[at++] = (values[j] as number) + shift;
        shift += (d[rowsOf] as Int32Array | Uint8Array).length;
      }
    } else {
      for (const d of list) {
        const values = d[key] as Int32Array | Uint8Array;
        joined.set(values, at);
        at += values.length;
      }
    }
    out[key] = joined;
  }
  return out as unknown as ColumnData;
}

/**
 * The buffers of a set of columns, to hand them to another thread without copying them
 * (`postMessage(data, transferList)`). The columns must own their buffers (`data(true)`).
 *
 * @internal
 */
export function columnBuffers(d: ColumnData): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const v of Object.values(d)) if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  return [...out];
}
