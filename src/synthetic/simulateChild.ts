import { fromDayNumber, toDayNumber, type PersonId } from "../core";
import type {
  AssessmentFactorCode,
  AssessmentRecord,
  CareProceedingsRecord,
  ChildRecord,
  CinEpisodeRecord,
  ClosureReasonCode,
  CpCategoryCode,
  DisabilityCode,
  EarlyHelpEpisodeRecord,
  EpisodeEndReasonCode,
  FinalOrder,
  LegalStatusCode,
  LookedAfterEpisodeRecord,
  LookedAfterReviewRecord,
  MissingRecord,
  NewEpisodeReasonCode,
  PlacementChangeReasonCode,
  PlacementProviderCode,
  PlacementTypeCode,
  PlanType,
  PrimaryNeedCode,
  RecordId,
  ReferralSourceCode,
  ReviewParticipationCode,
  VisitRecord,
} from "../records";
import * as M from "./model";
import { bands, createRandom, fromBands, hash2, pick, weighted, type SyntheticRandom } from "./random";

// One child's whole life in children's social care, simulated from birth to 18 as integer day
// numbers, then written out as a canonical child record as known on the cut date (events after
// it dropped, end dates after it blanked) and without episodes that ended before the history
// start. Each child has its own random stream, seeded by the authority's seed and the child's
// slot, so children are independent and can be generated in any order or in parallel.

/** A day later than any real date: "not yet" or "never". @internal */
export const NEVER = 0x3fffffff;

/**
 * What every child of one synthetic authority shares.
 *
 * @internal
 */
export interface SimulationContext {
  readonly seed: number;
  readonly la: string;
  /** Last day simulated into the records: 31 March of the last collection year. */
  readonly cut: number;
  /** Episodes that ended before this day are left out. */
  readonly historyStart: number;
  /** Day number of the first birth. */
  readonly firstBirth: number;
  /** `children0to17 * 1000`: a child is born every `BIRTH_SPACING / births` days. */
  readonly births: number;
  /** Number of child slots (births) in the simulation. */
  readonly slots: number;
  readonly visits: boolean;
  /** The working-day calendar as arrays: first day, ordinals and working days (see `WorkingDayCalendar`). */
  readonly calendarFirst: number;
  readonly ordinals: Int32Array;
  readonly workingDays: Int32Array;
}

const EVER_THRESHOLD = Math.floor((M.EVER_REFERRED_PPM * 4294967296) / 1000000);
const YEAR = 365;

interface SimAssessment { start: number; auth: number; factors: AssessmentFactorCode[] }
interface SimS47 { start: number; strategy: number; target: number; icpc: number; notRequired: boolean; end: number }
interface SimCinPlan { start: number; end: number }
interface SimCpPlan { start: number; end: number; initial: CpCategoryCode; latest: CpCategoryCode; previous: number; reviews: number[] }
interface SimEpisode {
  ref: number;
  source: ReferralSourceCode;
  need: PrimaryNeedCode | undefined;
  nfa: boolean;
  close: number;
  reason: ClosureReasonCode | undefined;
  last: number;
  assessments: SimAssessment[];
  cinPlans: SimCinPlan[];
  s47s: SimS47[];
  cpPlans: SimCpPlan[];
}
interface SimLac { decom: number; rne: NewEpisodeReasonCode; ls: LegalStatusCode; cin: PrimaryNeedCode | undefined; place: PlacementTypeCode; provider: PlacementProviderCode | undefined; dec: number; rec: EpisodeEndReasonCode | undefined; rpc: PlacementChangeReasonCode | undefined; home: string; placement: string }
interface SimProceedings { pre: number; issue: number; extensions: number[]; final: number; order: FinalOrder }
interface SimVisit { day: number; type: PlanType; alone: boolean }
interface SimEarlyHelp { start: number; end: number; outcome: EarlyHelpEpisodeRecord["outcome"] }
interface SimReview { day: number; participation: ReviewParticipationCode }
interface SimMissing { code: "M" | "A"; start: number; end: number }

interface SimChild {
  readonly ctx: SimulationContext;
  readonly r: SyntheticRandom;
  readonly dob: number;
  readonly day18: number;
  readonly disabled: boolean;
  uasc: boolean;
  cpCount: number;
  readonly home: string;
  readonly episodes: SimEpisode[];
  readonly lac: SimLac[];
  readonly reviews: SimReview[];
  readonly missing: SimMissing[];
  readonly proceedings: SimProceedings[];
  readonly visits: SimVisit[];
  readonly earlyHelp: SimEarlyHelp[];
}

const ORDERS_YOUNG = weighted<FinalOrder>([["care-order", 400], ["placement-order", 300], ["special-guardianship-order", 150], ["child-arrangements-order", 50], ["supervision-order", 50], ["no-order", 30], ["withdrawn", 20]]);
const ORDERS_OLDER = weighted<FinalOrder>([["care-order", 650], ["special-guardianship-order", 150], ["child-arrangements-order", 70], ["supervision-order", 80], ["no-order", 30], ["withdrawn", 20]]);
const AT_18 = weighted<EpisodeEndReasonCode>([["E17", 350], ["E5", 300], ["E6", 100], ["E13", 100], ["E8", 150]]);
const HOME = weighted<EpisodeEndReasonCode>([["E4A", 500], ["E4B", 400], ["E13", 100]]);
const CLOSE_AFTER_PLAN = weighted<ClosureReasonCode>([["RC7", 900], ["RC3", 30], ["RC5", 50], ["RC4", 20]]);
const EH_OUTCOMES = weighted<NonNullable<EarlyHelpEpisodeRecord["outcome"]>>([["needs-met", 700], ["stepped-up", 100], ["consent-withdrawn", 100], ["other", 100]]);
const SHORT_BREAK_GAP = bands([[1, 1, 3]]);
const PARTICIPATION = weighted<ReviewParticipationCode>([["PN1", 500], ["PN2", 80], ["PN3", 60], ["PN4", 60], ["PN5", 100], ["PN6", 100], ["PN7", 100]]);

/** The day `n` working days after `day` (England and Wales calendar; weekends only outside it). */
function addWd(ctx: SimulationContext, day: number, n: number): number {
  if (n === 0) return day;
  const i = day - ctx.calendarFirst;
  const k = (ctx.ordinals[i] ?? -1) + n;
  const target = i >= 0 && i < ctx.ordinals.length ? ctx.workingDays[k - 1] : undefined;
  if (target !== undefined) return target;
  let d = day;
  let left = n;
  while (left > 0) {
    d += 1;
    const w = (((d + 4) % 7) + 7) % 7;
    if (w !== 0 && w !== 6) left -= 1;
  }
  return d;
}

/** The 18th birthday (a 29 February birthday falls on 1 March in a common year). */
function eighteenth(dob: number): number {
  const iso = fromDayNumber(dob);
  const y = Number(iso.slice(0, 4)) + 18;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return toDayNumber(md === "02-29" && !leap ? `${String(y)}-03-01` : `${String(y)}-${md}`);
}

function mark(ep: SimEpisode, day: number): void {
  if (day > ep.last) ep.last = day;
}

function close(c: SimChild, ep: SimEpisode, day: number, reason: ClosureReasonCode): number {
  let d = day;
  let why = reason;
  if (d >= c.day18) {
    d = c.day18;
    why = c.disabled ? "RC6" : "RC7";
  }
  if (d < ep.last) d = ep.last;
  ep.close = d;
  ep.reason = why;
  return d;
}

function addVisits(c: SimChild, type: PlanType, start: number, end: number): void {
  if (!c.ctx.visits) return;
  const r = c.r;
  const alone = c.dob + 5 * YEAR;
  let day = type === "lac" ? start + 1 + r.below(7) : addWd(c.ctx, start, r.below(5));
  let n = 0;
  while (day < end && n < 400) {
    c.visits.push({ day, type, alone: day >= alone && r.chance(750000) });
    n++;
    if (type === "cp") day = addWd(c.ctx, day, r.chance(900000) ? 5 + r.below(6) : 11 + r.below(5));
    else if (type === "cin") day = addWd(c.ctx, day, r.chance(900000) ? 10 + r.below(11) : 21 + r.below(10));
    else if (day - start < YEAR) day += r.chance(900000) ? 20 + r.below(23) : 43 + r.below(18);
    else day += 42 + r.below(50);
  }
}

function simulateEpisode(c: SimChild, ref: number, first: boolean): number {
  const r = c.r;
  const ep: SimEpisode = {
    ref,
    source: c.uasc && first ? (r.chance(500000) ? "6" : "5C") : pick(r, M.REFERRAL_SOURCES),
    need: undefined,
    nfa: false,
    close: NEVER,
    reason: undefined,
    last: ref,
    assessments: [],
    cinPlans: [],
    s47s: [],
    cpPlans: [],
  };
  c.episodes.push(ep);
  if (!(c.uasc && first) && r.chance(M.NFA_PPM)) {
    ep.nfa = true;
    return close(c, ep, ref, "RC7");
  }
  ep.need = c.disabled && r.chance(400000) ? "N2" : c.uasc && first ? "N8" : pick(r, M.PRIMARY_NEEDS);
  const aStart = addWd(c.ctx, ref, fromBands(r, M.ASSESSMENT_START_WD));
  const aAuth = addWd(c.ctx, aStart, fromBands(r, M.ASSESSMENT_WD));
  const a: SimAssessment = { start: aStart, auth: aAuth, factors: [] };
  ep.assessments.push(a);
  mark(ep, aAuth);
  if (c.uasc && first) {
    a.factors.push("9A");
    return enterCare(c, ep, ref, "uasc");
  }
  if (r.chance(M.S47_PPM)) {
    drawFactors(r, a);
    return fromS47(c, ep, addWd(c.ctx, ref, r.below(3)), aAuth);
  }
  if (r.chance(M.NOT_IN_NEED_PPM)) {
    if (r.chance(500000)) a.factors.push("21");
    else a.factors.push(pick(r, M.ASSESSMENT_FACTORS));
    const rc9 = r.chance(M.RC9_PPM);
    const day = close(c, ep, aAuth + r.below(6), rc9 ? "RC9" : "RC8");
    if (rc9 && ep.reason === "RC9") {
      const start = day + r.below(15);
      if (start < c.day18) c.earlyHelp.push({ start, end: Math.min(c.day18, start + 60 + r.below(211)), outcome: pick(r, EH_OUTCOMES) });
    }
    return day;
  }
  drawFactors(r, a);
  if (r.chance(M.CIN_PLAN_PPM)) return fromCinPlan(c, ep, aAuth + r.below(11), true);
  return close(c, ep, aAuth + fromBands(r, M.SHORT_SUPPORT_DAYS), "RC7");
}

function drawFactors(r: SyntheticRandom, a: SimAssessment): void {
  const n = 1 + r.below(3);
  for (let i = 0; i < n; i++) {
    const f = pick(r, M.ASSESSMENT_FACTORS);
    if (!a.factors.includes(f)) a.factors.push(f);
  }
}

function fromS47(c: SimChild, ep: SimEpisode, start: number, assessed: number): number {
  const r = c.r;
  if (start >= c.day18) return close(c, ep, start, "RC7");
  const s: SimS47 = { start, strategy: r.chance(750000) ? start : NEVER, target: addWd(c.ctx, start, 15), icpc: NEVER, notRequired: false, end: NEVER };
  ep.s47s.push(s);
  if (r.chance(M.ICPC_PPM)) {
    s.icpc = addWd(c.ctx, start, fromBands(r, M.ICPC_WD));
    s.end = s.icpc;
    mark(ep, s.icpc);
    if (s.icpc >= c.day18) return close(c, ep, s.icpc, "RC7");
    if (r.chance(M.CP_PLAN_PPM)) return fromCpPlan(c, ep, s.icpc);
    return fromCinPlan(c, ep, s.icpc, false);
  }
  s.notRequired = true;
  s.end = addWd(c.ctx, start, 5 + r.below(16));
  mark(ep, s.end);
  if (r.chance(M.S47_EMERGENCY_CARE_PPM)) return enterCare(c, ep, start + r.below(3), "emergency");
  if (r.chance(M.S47_TO_CIN_PLAN_PPM)) return fromCinPlan(c, ep, Math.max(s.end, assessed), true);
  return close(c, ep, Math.max(s.end, assessed) + r.below(11), "RC7");
}

function fromCpPlan(c: SimChild, ep: SimEpisode, start: number): number {
  const r = c.r;
  let end = start + fromBands(r, M.CP_PLAN_DAYS);
  const agesOut = end >= c.day18;
  if (agesOut) end = Math.max(start + 1, c.day18);
  const initial = pick(r, M.CP_CATEGORIES);
  const plan: SimCpPlan = { start, end, initial, latest: r.chance(900000) ? initial : pick(r, M.CP_CATEGORIES), previous: c.cpCount, reviews: [] };
  c.cpCount += 1;
  let review = start + (r.chance(950000) ? 60 + r.below(31) : 92 + r.below(30));
  while (review < end) {
    plan.reviews.push(review);
    review += r.chance(950000) ? 150 + r.below(33) : 183 + r.below(40);
  }
  ep.cpPlans.push(plan);
  mark(ep, end);
  addVisits(c, "cp", start, end);
  if (agesOut) return close(c, ep, end, "RC7");
  if (r.chance(M.CP_TO_CARE_PPM)) return enterCare(c, ep, end, r.chance(700000) ? "proceedings" : "s20");
  if (r.chance(M.CP_STEP_DOWN_PPM)) return fromCinPlan(c, ep, end, false);
  return close(c, ep, end, "RC7");
}

function fromCinPlan(c: SimChild, ep: SimEpisode, start: number, escalate: boolean): number {
  const r = c.r;
  if (start >= c.day18) return close(c, ep, start, "RC7");
  const length = fromBands(r, M.CIN_PLAN_DAYS);
  const end = Math.min(start + length, c.day18);
  const plan: SimCinPlan = { start, end };
  ep.cinPlans.push(plan);
  if (end - start > 30 && end < c.day18) {
    const at = start + 14 + r.below(end - start - 28);
    if (escalate && r.chance(M.CIN_ESCALATION_PPM)) {
      plan.end = at;
      mark(ep, at);
      addVisits(c, "cin", start, at);
      return fromS47(c, ep, at, at);
    }
    if (start - c.dob >= 10 * YEAR && r.chance(M.CIN_TO_CARE_PPM)) {
      plan.end = at;
      mark(ep, at);
      addVisits(c, "cin", start, at);
      return enterCare(c, ep, at, "s20");
    }
  }
  mark(ep, end);
  addVisits(c, "cin", start, end);
  if (ep.need === "N2" && end - start > 60 && r.chance(M.SHORT_BREAKS_PPM)) shortBreaks(c, start, end);
  return close(c, ep, end + r.below(15), end >= c.day18 ? "RC7" : pick(r, CLOSE_AFTER_PLAN));
}

function postcode(r: SyntheticRandom): string {
  return `XX${String(1 + r.below(20))}`;
}

function provider(r: SyntheticRandom, place: PlacementTypeCode): PlacementProviderCode | undefined {
  if (place === "P1") return "PR0";
  if (place.startsWith("U") || place.startsWith("A")) return pick(r, M.PROVIDERS_FOSTER);
  if (place.startsWith("T")) return undefined;
  return pick(r, M.PROVIDERS_HOME);
}

function shortBreaks(c: SimChild, start: number, end: number): void {
  const r = c.r;
  if (r.chance(500000)) {
    const decom = start + 7 + r.below(20);
    if (decom >= end) return;
    c.lac.push({ decom, rne: "S", ls: "V4", cin: "N2", place: "K2", provider: "PR1", dec: end, rec: "E8", rpc: undefined, home: c.home, placement: postcode(r) });
    return;
  }
  const n = 3 + r.below(8);
  const step = Math.floor((end - start) / (n + 1));
  if (step < 5) return;
  for (let i = 1; i <= n; i++) {
    const decom = start + step * i;
    c.lac.push({ decom, rne: "S", ls: "V3", cin: "N2", place: "K2", provider: "PR1", dec: decom + fromBands(r, SHORT_BREAK_GAP), rec: "E4A", rpc: undefined, home: c.home, placement: "XX1" });
  }
}

type Route = "proceedings" | "s20" | "emergency" | "uasc";

function enterCare(c: SimChild, ep: SimEpisode, day: number, route: Route): number {
  const r = c.r;
  if (day >= c.day18) return close(c, ep, day, "RC7");
  const age = day - c.dob;
  const young = age < 5 * YEAR;
  const statuses: [number, LegalStatusCode][] = [];
  const forcedMoves: [number, PlacementTypeCode][] = [];
  let end: number;
  let rec: EpisodeEndReasonCode;
  const fromProceedings = (issue: number): void => {
    statuses.push([issue, "C1"]);
    const weeks = fromBands(r, M.PROCEEDINGS_WEEKS);
    const final = issue + weeks * 7;
    const order = pick(r, young ? ORDERS_YOUNG : ORDERS_OLDER);
    const extensions: number[] = [];
    for (let w = 26; w < weeks; w += 8) extensions.push(issue + w * 7 - r.below(7));
    c.proceedings.push({ pre: r.chance(550000) ? issue - 30 - r.below(120) : NEVER, issue, extensions, final, order });
    if (order === "care-order") {
      statuses.push([final, "C2"]);
      if (r.chance(young ? 450000 : 650000)) {
        end = NEVER;
        rec = "E8";
      } else if (r.chance(600000)) {
        end = final + fromBands(r, M.RETURN_HOME_DAYS);
        rec = pick(r, HOME);
      } else {
        end = final + 180 + r.below(721);
        rec = r.chance(700000) ? "E45" : "E46";
      }
    } else if (order === "placement-order") {
      statuses.push([final, "E1"]);
      const placed = final + 60 + r.below(141);
      forcedMoves.push([placed, r.chance(500000) ? "A5" : "A6"]);
      end = placed + 70 + r.below(231);
      rec = r.chance(800000) ? "E11" : "E12";
    } else {
      end = final;
      rec = order === "special-guardianship-order" ? (r.chance(700000) ? "E45" : "E46") : order === "child-arrangements-order" ? "E41" : "E4A";
    }
  };
  end = NEVER;
  rec = "E8";
  if (route === "proceedings") fromProceedings(day);
  else if (route === "emergency") {
    statuses.push([day, r.chance(700000) ? "L1" : "L2"]);
    const next = day + 1 + r.below(8);
    if (r.chance(500000)) {
      end = next;
      rec = "E4B";
    } else fromProceedings(next);
  } else if (route === "uasc") {
    statuses.push([day, "V2"]);
    if (r.chance(800000)) end = NEVER;
    else {
      end = day + 60 + r.below(641);
      rec = "E8";
    }
  } else {
    statuses.push([day, "V2"]);
    if (age >= 13 * YEAR && r.chance(450000)) end = NEVER;
    else if (r.chance(150000)) fromProceedings(day + 30 + r.below(171));
    else {
      end = day + fromBands(r, M.RETURN_HOME_DAYS);
      rec = pick(r, HOME);
    }
  }
  if (end >= c.day18) {
    end = c.day18;
    rec = pick(r, AT_18);
  }
  // Placement moves: about one in three years in care brings a move.
  const moves: [number, PlacementTypeCode | undefined][] = forcedMoves.filter(([d]) => d < end);
  for (let from = day; from + 30 < end; from += YEAR) {
    if (r.chance(330000)) {
      const at = from + 15 + r.below(Math.min(YEAR, end - from - 15));
      if (at < end) moves.push([at, undefined]);
    }
  }
  const points = new Map<number, { ls?: LegalStatusCode; place?: PlacementTypeCode | undefined; move?: boolean }>();
  for (const [d, ls] of statuses) if (d > day && d < end) points.set(d, { ...points.get(d), ls });
  for (const [d, place] of moves) if (d > day) points.set(d, { ...points.get(d), place, move: true });
  const older = age >= 10 * YEAR;
  const placeFor = (): PlacementTypeCode => (route === "uasc" ? (r.chance(500000) ? "U6" : "K3") : pick(r, older ? M.PLACEMENTS_OLDER : M.PLACEMENTS_YOUNG));
  let ls: LegalStatusCode = statuses[0]?.[1] ?? "V2";
  let place = placeFor();
  const homePost = c.home;
  let current: SimLac = { decom: day, rne: "S", ls, cin: ep.need ?? "N1", place, provider: provider(r, place), dec: NEVER, rec: undefined, rpc: undefined, home: homePost, placement: postcode(r) };
  c.lac.push(current);
  for (const d of [...points.keys()].sort((x, y) => x - y)) {
    const p = points.get(d);
    if (p === undefined) continue;
    const lsChange = p.ls !== undefined && p.ls !== ls;
    if (p.move === true) {
      place = p.place ?? placeFor();
      current.rpc = p.place === undefined ? pick(r, M.PLACEMENT_CHANGE_REASONS) : "CARPL";
    }
    if (p.ls !== undefined) ls = p.ls;
    current.dec = d;
    current.rec = "X1";
    const rne: NewEpisodeReasonCode = p.move === true ? (lsChange ? "B" : "P") : "L";
    current = { decom: d, rne, ls, cin: current.cin, place, provider: p.move === true ? provider(r, place) : current.provider, dec: NEVER, rec: undefined, rpc: undefined, home: homePost, placement: p.move === true ? postcode(r) : current.placement };
    c.lac.push(current);
  }
  current.dec = end;
  current.rec = rec;
  // Reviews within 20 working days, then 3 months, then every 6 months.
  let review = day + 14 + r.below(7);
  let k = 0;
  while (review < end) {
    c.reviews.push({ day: review, participation: review - c.dob < 4 * YEAR ? "PN0" : pick(r, PARTICIPATION) });
    review += k === 0 ? 84 + r.below(8) : 165 + r.below(18);
    k++;
  }
  if (age >= 12 * YEAR && r.chance(150000)) {
    const n = 1 + r.below(5);
    const span = Math.min(end, day + 3 * YEAR) - day;
    for (let i = 0; i < n && span > 10; i++) {
      const start = day + 5 + r.below(span - 5);
      c.missing.push({ code: r.chance(700000) ? "M" : "A", start, end: start + r.below(4) });
    }
    c.missing.sort((x, y) => x.start - y.start);
  }
  addVisits(c, "lac", day, end);
  mark(ep, end);
  if ((rec === "E4A" || rec === "E4B" || rec === "E13") && end < c.day18 && r.chance(M.HOME_WITH_CIN_PLAN_PPM)) return fromCinPlan(c, ep, end, false);
  const reason: ClosureReasonCode = rec === "E11" || rec === "E12" ? "RC1" : rec === "E45" || rec === "E46" ? "RC4" : rec === "E41" ? "RC3" : "RC7";
  return close(c, ep, end, reason);
}

const UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

function upnFor(la: string, r: SyntheticRandom, year: number): string {
  const body = `${la}${String(2000 + r.below(8000))}${String(year % 100).padStart(2, "0")}${String(r.below(100)).padStart(2, "0")}${String(r.below(10))}`;
  // DfE check letter: sum of each of the 12 characters after it times its position (2..13), mod 23.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(i) - 48) * (i + 2);
  return `${UPN_LETTERS[sum % 23] ?? "A"}${body}`;
}

/**
 * Simulates the child in `slot`, or returns `undefined` when the child has no involvement with
 * children's social care by the cut date (most children) or none since the history start.
 *
 * @internal
 */
export function simulateChild(ctx: SimulationContext, slot: number): ChildRecord | undefined {
  if (hash2(ctx.seed, slot) >= EVER_THRESHOLD) return undefined;
  // The date of birth depends on the slot and the population only (not on the cut), so that a
  // child is the same child in the records of every year.
  const dob = ctx.firstBirth + Math.floor((slot * M.BIRTH_SPACING) / ctx.births);
  const r = createRandom(ctx.seed, slot);
  const firstRef = dob + fromBands(r, M.FIRST_REFERRAL_AGE);
  // An early help episode may start up to 299 days before the first referral: a child referred
  // after the cut may already be known to early help (the same child whatever the cut).
  if (firstRef - 299 > ctx.cut) return undefined;
  const disabled = r.chance(120000);
  const c: SimChild = {
    ctx,
    r,
    dob,
    day18: eighteenth(dob),
    disabled,
    uasc: firstRef - dob >= 14 * YEAR && r.chance(M.UASC_PPM),
    cpCount: 0,
    home: postcode(r),
    episodes: [],
    lac: [],
    reviews: [],
    missing: [],
    proceedings: [],
    visits: [],
    earlyHelp: [],
  };
  const sex = r.chance(520000) ? "M" : "F";
  const ethnicity = c.uasc ? (r.chance(500000) ? "AOTH" : "BAFR") : pick(r, M.ETHNICITIES);
  const disabilities: DisabilityCode[] = [];
  if (disabled) {
    disabilities.push(pick(r, M.DISABILITIES));
    if (r.chance(300000)) {
      const d = pick(r, M.DISABILITIES);
      if (!disabilities.includes(d)) disabilities.push(d);
    }
  } else if (r.chance(900000)) disabilities.push("NONE");
  const hasUpn = r.chance(900000);
  const upn = upnFor(ctx.la, r, Number(fromDayNumber(dob + 4 * YEAR).slice(0, 4)));
  if (!c.uasc && r.chance(M.EARLY_HELP_BEFORE_PPM)) {
    const start = firstRef - 60 - r.below(240);
    if (start > dob) c.earlyHelp.push({ start, end: firstRef, outcome: "stepped-up" });
  }
  let ref = firstRef;
  let first = true;
  while (ref <= ctx.cut && ref < c.day18) {
    const closed = simulateEpisode(c, ref, first);
    first = false;
    if (!r.chance(M.NEXT_REFERRAL_PPM)) break;
    ref = closed + fromBands(r, M.REREFERRAL_GAP);
  }
  return toRecord(c, slot, { sex, ethnicity, disabilities, upn: hasUpn ? upn : undefined });
}

const TYPES_BY_DAY = (a: SimVisit, b: SimVisit): number => a.day - b.day;

function toRecord(
  c: SimChild,
  slot: number,
  details: { sex: "M" | "F"; ethnicity: ChildRecord["child"]["ethnicity"]; disabilities: DisabilityCode[]; upn: string | undefined },
): ChildRecord | undefined {
  const { cut, historyStart, la } = c.ctx;
  const iso = fromDayNumber;
  const id = (s: string): RecordId => s as RecordId;
  const childId = `${la}C${String(slot)}`;
  const known = (d: number): boolean => d <= cut;
  const recent = (end: number): boolean => end >= historyStart || end > cut;

  const cinEpisodes: CinEpisodeRecord[] = [];
  c.episodes.forEach((e, n) => {
    if (!known(e.ref) || !recent(e.close)) return;
    const eid = `${childId}-r${String(n + 1)}`;
    const assessments: AssessmentRecord[] = [];
    e.assessments.forEach((a, k) => {
      if (!known(a.start)) return;
      assessments.push({ id: id(`${eid}-a${String(k + 1)}`), startDate: iso(a.start), ...(known(a.auth) ? { authorisationDate: iso(a.auth) } : {}), factors: known(a.auth) ? a.factors : [] });
    });
    const cinPlans = e.cinPlans.filter((p) => known(p.start)).map((p, k) => ({ id: id(`${eid}-p${String(k + 1)}`), startDate: iso(p.start), ...(known(p.end) ? { endDate: iso(p.end) } : {}) }));
    const section47s = e.s47s
      .filter((s) => known(s.start))
      .map((s, k) => ({
        id: id(`${eid}-s${String(k + 1)}`),
        startDate: iso(s.start),
        ...(s.strategy !== NEVER ? { strategyDiscussionDate: iso(s.strategy) } : {}),
        icpcTargetDate: iso(s.target),
        ...(known(s.icpc) ? { icpcDate: iso(s.icpc) } : {}),
        icpcNotRequired: s.notRequired && known(s.end),
      }));
    const cpPlans = e.cpPlans
      .filter((p) => known(p.start))
      .map((p, k) => ({
        id: id(`${eid}-c${String(k + 1)}`),
        startDate: iso(p.start),
        ...(known(p.end) ? { endDate: iso(p.end) } : {}),
        initialCategory: p.initial,
        latestCategory: p.reviews.some(known) ? p.latest : p.initial,
        numberOfPreviousCpp: p.previous,
        reviewDates: p.reviews.filter(known).map(iso),
      }));
    const closed = known(e.close) && e.reason !== undefined;
    cinEpisodes.push({
      id: id(eid),
      referralDate: iso(e.ref),
      referralSource: e.source,
      ...(e.need !== undefined ? { primaryNeed: e.need } : {}),
      referralNfa: e.nfa,
      ...(closed && e.reason !== undefined ? { closureDate: iso(e.close), closureReason: e.reason } : {}),
      assessments,
      cinPlans,
      section47s,
      cpPlans,
    });
  });

  const lookedAfterEpisodes: LookedAfterEpisodeRecord[] = [];
  c.lac.sort((a, b) => a.decom - b.decom);
  c.lac.forEach((l, n) => {
    if (!known(l.decom) || !recent(l.dec)) return;
    const ended = known(l.dec) && l.rec !== undefined;
    lookedAfterEpisodes.push({
      id: id(`${childId}-l${String(n + 1)}`),
      startDate: iso(l.decom),
      reasonForNewEpisode: l.rne,
      legalStatus: l.ls,
      ...(l.cin !== undefined && l.cin !== "N0" && l.cin !== "N9" ? { categoryOfNeed: l.cin } : {}),
      placementType: l.place,
      ...(l.provider !== undefined ? { placementProvider: l.provider } : {}),
      ...(ended && l.rec !== undefined ? { endDate: iso(l.dec), reasonEpisodeCeased: l.rec } : {}),
      ...(ended && l.rpc !== undefined ? { reasonForPlacementChange: l.rpc } : {}),
      homePostcode: l.home,
      placementPostcode: l.placement,
    });
  });

  const earlyHelpEpisodes: EarlyHelpEpisodeRecord[] = [];
  c.earlyHelp.sort((a, b) => a.start - b.start);
  c.earlyHelp.forEach((h, n) => {
    if (!known(h.start) || !recent(h.end)) return;
    earlyHelpEpisodes.push({
      id: id(`${childId}-h${String(n + 1)}`),
      startDate: iso(h.start),
      ...(known(h.end) ? { endDate: iso(h.end), ...(h.outcome !== undefined ? { outcome: h.outcome } : {}) } : {}),
    });
  });

  const lookedAfterReviews: LookedAfterReviewRecord[] = [];
  c.reviews.forEach((v, n) => {
    if (known(v.day) && v.day >= historyStart) lookedAfterReviews.push({ id: id(`${childId}-lr${String(n + 1)}`), date: iso(v.day), participation: v.participation });
  });
  const missing: MissingRecord[] = [];
  c.missing.forEach((m, n) => {
    if (known(m.start) && recent(m.end)) missing.push({ id: id(`${childId}-m${String(n + 1)}`), missingType: m.code, startDate: iso(m.start), ...(known(m.end) ? { endDate: iso(m.end) } : {}) });
  });
  const visits: VisitRecord[] = [];
  c.visits.sort(TYPES_BY_DAY);
  c.visits.forEach((v, n) => {
    if (known(v.day) && v.day >= historyStart) visits.push({ id: id(`${childId}-v${String(n + 1)}`), date: iso(v.day), planTypes: [v.type], seenAlone: v.alone });
  });
  const careProceedings: CareProceedingsRecord[] = [];
  c.proceedings.forEach((p, n) => {
    const start = Math.min(p.pre, p.issue);
    if (!known(start) || !recent(p.final)) return;
    careProceedings.push({
      id: id(`${childId}-cp${String(n + 1)}`),
      ...(p.pre !== NEVER ? { preProceedingsStart: iso(p.pre) } : {}),
      ...(known(p.issue) ? { issueDate: iso(p.issue) } : {}),
      timetableExtensions: p.extensions.filter(known).map((d) => ({ date: iso(d), weeks: 8 })),
      ...(known(p.final) ? { finalOrderDate: iso(p.final), finalOrder: p.order } : {}),
    });
  });

  if (cinEpisodes.length === 0 && lookedAfterEpisodes.length === 0 && earlyHelpEpisodes.length === 0) return undefined;
  return {
    child: {
      childId: childId as PersonId,
      la,
      ...(details.upn !== undefined && cut - c.dob >= 4 * YEAR ? { upn: details.upn } : {}),
      sex: details.sex,
      dob: iso(c.dob),
      ...(details.ethnicity !== undefined ? { ethnicity: details.ethnicity } : {}),
      disabilities: details.disabilities,
      ...(c.uasc ? { uasc: true } : {}),
    },
    cinEpisodes,
    earlyHelpEpisodes,
    lookedAfterEpisodes,
    lookedAfterReviews,
    missing,
    visits,
    careProceedings,
  };
}
