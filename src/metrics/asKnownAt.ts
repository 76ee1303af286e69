import { IsoDateSchema, parseWith } from "../core";
import type { ChildRecord } from "../records";

// "As known at the period end" (docs/metrics.md): a figure for a period uses only the facts
// dated on or before its end (and its snapshot). asKnownAt gives a record as it stood on a date;
// the engine applies it once per record, and only to a record that has a fact dated after the
// horizon (recordHasFactAfter, a scan of the dates the engine reads, without allocation).

type Rec = ChildRecord;
type Episode = Rec["cinEpisodes"][number];
type Proceedings = Rec["careProceedings"][number];

/**
 * Whether an episode of need was known on `h`: referred on or before it, or (a date that cannot
 * be right) holding an assessment, enquiry or plan that started on or before it.
 */
function episodeKnown(e: Episode, h: string): boolean {
  return (
    e.referralDate <= h ||
    e.assessments.some((a) => a.startDate <= h) ||
    e.section47s.some((q) => q.startDate <= h) ||
    e.cinPlans.some((p) => p.startDate <= h) ||
    e.cpPlans.some((p) => p.startDate <= h)
  );
}

/** Whether care proceedings were known on `h`: undated, or with a date on or before it. */
function proceedingsKnown(p: Proceedings, h: string): boolean {
  const a = p.preProceedingsStart;
  const b = p.preProceedingsEnd;
  const c = p.issueDate;
  const d = p.finalOrderDate;
  if (a === undefined && b === undefined && c === undefined && d === undefined) return true;
  return (a !== undefined && a <= h) || (b !== undefined && b <= h) || (c !== undefined && c <= h) || (d !== undefined && d <= h);
}

/**
 * Whether the record has a fact the engine reads dated after `h` (an ISO date; dates compare as
 * strings). `kinds` limits the scan to the parts of the record the enabled metrics read: bit 1
 * episodes of need, 2 looked-after episodes, 4 early help, 8 visits, 16 care proceedings.
 *
 * @internal
 */
export function recordHasFactAfter(r: Rec, h: string, kinds: number): boolean {
  if ((kinds & 1) !== 0) {
    const eps = r.cinEpisodes;
    for (let i = 0; i < eps.length; i++) {
      const e = eps[i] as Episode;
      if (e.referralDate > h) return true;
      if (e.closureDate !== undefined && e.closureDate > h) return true;
      if (e.episodeIcpcDate !== undefined && e.episodeIcpcDate > h) return true;
      const as = e.assessments;
      for (let j = 0; j < as.length; j++) {
        const a = as[j] as Episode["assessments"][number];
        if (a.startDate > h || (a.authorisationDate !== undefined && a.authorisationDate > h)) return true;
      }
      const cp = e.cinPlans;
      for (let j = 0; j < cp.length; j++) {
        const p = cp[j] as Episode["cinPlans"][number];
        if (p.startDate > h || (p.endDate !== undefined && p.endDate > h)) return true;
      }
      const s47 = e.section47s;
      for (let j = 0; j < s47.length; j++) {
        const q = s47[j] as Episode["section47s"][number];
        if (q.startDate > h || (q.icpcDate !== undefined && q.icpcDate > h) || (q.strategyDiscussionDate !== undefined && q.strategyDiscussionDate > h)) return true;
      }
      const cpp = e.cpPlans;
      for (let j = 0; j < cpp.length; j++) {
        const p = cpp[j] as Episode["cpPlans"][number];
        if (p.startDate > h || (p.endDate !== undefined && p.endDate > h)) return true;
      }
    }
  }
  if ((kinds & 2) !== 0) {
    const eps = r.lookedAfterEpisodes;
    for (let i = 0; i < eps.length; i++) {
      const e = eps[i] as Rec["lookedAfterEpisodes"][number];
      if (e.startDate > h || (e.endDate !== undefined && e.endDate > h)) return true;
    }
  }
  if ((kinds & 4) !== 0) {
    const eps = r.earlyHelpEpisodes;
    for (let i = 0; i < eps.length; i++) {
      const e = eps[i] as Rec["earlyHelpEpisodes"][number];
      if (e.startDate > h || (e.endDate !== undefined && e.endDate > h)) return true;
    }
  }
  if ((kinds & 8) !== 0) {
    const vs = r.visits;
    for (let i = 0; i < vs.length; i++) if ((vs[i] as Rec["visits"][number]).date > h) return true;
  }
  if ((kinds & 16) !== 0) {
    const ps = r.careProceedings;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i] as Proceedings;
      if ((p.issueDate !== undefined && p.issueDate > h) || (p.finalOrderDate !== undefined && p.finalOrderDate > h) || (p.preProceedingsStart !== undefined && p.preProceedingsStart > h)) {
        return true;
      }
    }
  }
  return false;
}

/** Every part of the record: the scan mask of {@link recordHasFactAfter} for all kinds. */
const ALL_KINDS = 31;

function after(d: string | undefined, h: string): boolean {
  return d !== undefined && d > h;
}

/**
 * A copy of `o` without the keys given (an optional field absent, never `undefined`). Keys are
 * copied in their order, so copies share one shape.
 */
function without<T extends object>(o: T, k1: string, k2 = "", k3 = ""): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (k !== k1 && k !== k2 && k !== k3) out[k] = o[k];
  return out as T;
}

/**
 * The items of `list` known on the date (`known`), each as `fix` gives it; `list` itself when
 * every item is known and unchanged (`fix` returns the item), so an unchanged part of a record
 * is not copied.
 */
function keep<T>(list: readonly T[], known: (x: T) => boolean, fix: (x: T) => T): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as T;
    const y = known(x) ? fix(x) : null;
    if (out === null) {
      if (y === x) continue;
      out = list.slice(0, i);
    }
    if (y !== null) out.push(y);
  }
  return out ?? list;
}

const same = <T>(x: T): T => x;

// The date of the copy in progress. asKnownAt is not re-entrant (it calls nothing that calls it),
// so the helpers below read it instead of closing over it: no closure is allocated per record.
let H = "";

type A = Episode["assessments"][number];
type Q = Episode["section47s"][number];
type Cin = Episode["cinPlans"][number];
type Cp = Episode["cpPlans"][number];
type Eh = Rec["earlyHelpEpisodes"][number];
type Lac = Rec["lookedAfterEpisodes"][number];
type Missing = Rec["missing"][number];
type Adoption = NonNullable<Rec["adoptions"]>[number];
type AdoptionDecision = NonNullable<Rec["adoptionDecisions"]>[number];

const started = (x: { readonly startDate: string }): boolean => x.startDate <= H;
const dated = (x: { readonly date: string }): boolean => x.date <= H;
const onOrBefore = (d: string): boolean => d <= H;
const assessment = (a: A): A => (after(a.authorisationDate, H) ? { ...without(a, "authorisationDate"), factors: [] } : a);
const enquiry = (q: Q): Q => {
  const icpc = after(q.icpcDate, H);
  const sd = after(q.strategyDiscussionDate, H);
  return icpc || sd ? without(q, icpc ? "icpcDate" : "", sd ? "strategyDiscussionDate" : "") : q;
};
const cinPlan = (p: Cin): Cin => (after(p.endDate, H) ? without(p, "endDate") : p);
const cpPlan = (p: Cp): Cp => {
  const reviewDates = keep(p.reviewDates, onOrBefore, same);
  const x = after(p.endDate, H) ? without(p, "endDate") : p;
  return reviewDates === p.reviewDates ? x : { ...x, reviewDates };
};
const episodeIsKnown = (e: Episode): boolean => episodeKnown(e, H);
const episodeOf = (e: Episode): Episode => {
  const assessments = keep(e.assessments, started, assessment);
  const cinPlans = keep(e.cinPlans, started, cinPlan);
  const section47s = keep(e.section47s, started, enquiry);
  const cpPlans = keep(e.cpPlans, started, cpPlan);
  const closed = after(e.closureDate, H);
  const icpc = after(e.episodeIcpcDate, H);
  if (!closed && !icpc && assessments === e.assessments && cinPlans === e.cinPlans && section47s === e.section47s && cpPlans === e.cpPlans) return e;
  const x = closed || icpc ? without(e, closed ? "closureDate" : "", closed ? "closureReason" : "", icpc ? "episodeIcpcDate" : "") : e;
  return { ...x, assessments, cinPlans, section47s, cpPlans };
};
const proceedingsIsKnown = (p: Proceedings): boolean => proceedingsKnown(p, H);
const proceedings = (p: Proceedings): Proceedings => {
  const timetableExtensions = keep(p.timetableExtensions, dated, same);
  const pre = after(p.preProceedingsStart, H);
  const preEnd = after(p.preProceedingsEnd, H);
  const issue = after(p.issueDate, H);
  const final = after(p.finalOrderDate, H);
  if (!pre && !preEnd && !issue && !final && timetableExtensions === p.timetableExtensions) return p;
  let x: Proceedings = p;
  if (pre || preEnd || issue) x = without(x, pre ? "preProceedingsStart" : "", preEnd ? "preProceedingsEnd" : "", issue ? "issueDate" : "");
  if (final) x = without(x, "finalOrderDate", "finalOrder");
  return { ...x, timetableExtensions };
};
const earlyHelp = (e: Eh): Eh => (after(e.endDate, H) ? without(e, "endDate", "outcome") : e);
const lacKnown = (e: Lac): boolean => e.startDate <= H;
const lacEpisode = (e: Lac): Lac => (after(e.endDate, H) ? without(e, "endDate", "reasonEpisodeCeased", "reasonForPlacementChange") : e);
const missingKnown = (m: Missing): boolean => m.startDate <= H;
const missingOf = (m: Missing): Missing => (after(m.endDate, H) ? without(m, "endDate") : m);
// The SSDA903 OC2, OC3 and AD1 rows of a collection year are known from its 31 March; a decision
// to place for adoption from its date. Dates after the date are read as absent.
const ofKnownYear = (x: { readonly year?: number | undefined }): boolean => x.year === undefined || `${String(x.year)}-03-31` <= H;
const adoption = (a: Adoption): Adoption => {
  const decision = after(a.decisionDate, H);
  const match = after(a.matchDate, H);
  return decision || match ? without(a, decision ? "decisionDate" : "", match ? "matchDate" : "") : a;
};
const decisionKnown = (d: AdoptionDecision): boolean => ofKnownYear(d) && !after(d.decisionDate, H);
const decisionOf = (d: AdoptionDecision): AdoptionDecision => (after(d.ceasedDate, H) ? without(d, "ceasedDate", "ceasedReason") : d);

/** The record's SSDA903 outcome lists as known on the date in progress (only those it has). */
function outcomesOf(r: Rec): Partial<Rec> {
  const out: { -readonly [K in keyof Rec]?: Rec[K] } = {};
  if (r.lookedAfterOutcomes !== undefined) out.lookedAfterOutcomes = keep(r.lookedAfterOutcomes, ofKnownYear, same);
  if (r.careLeaverOutcomes !== undefined) out.careLeaverOutcomes = keep(r.careLeaverOutcomes, ofKnownYear, same);
  if (r.adoptions !== undefined) out.adoptions = keep(r.adoptions, ofKnownYear, adoption);
  if (r.adoptionDecisions !== undefined) out.adoptionDecisions = keep(r.adoptionDecisions, decisionKnown, decisionOf);
  return out;
}

/** The record as known on `h`; `scanned` when the caller has found a fact after `h` already. */
function asKnownAtIso(r: Rec, h: string, scanned: boolean): Rec {
  if (!scanned && !recordHasFactAfter(r, h, ALL_KINDS) && !hasOtherFactAfter(r, h)) return r;
  H = h;
  return {
    child: after(r.child.deathDate, h) ? without(r.child, "deathDate") : r.child,
    cinEpisodes: keep(r.cinEpisodes, episodeIsKnown, episodeOf),
    earlyHelpEpisodes: keep(r.earlyHelpEpisodes, started, earlyHelp),
    lookedAfterEpisodes: keep(r.lookedAfterEpisodes, lacKnown, lacEpisode),
    lookedAfterReviews: keep(r.lookedAfterReviews, dated, same),
    missing: keep(r.missing, missingKnown, missingOf),
    visits: keep(r.visits, dated, same),
    careProceedings: keep(r.careProceedings, proceedingsIsKnown, proceedings),
    ...outcomesOf(r),
  };
}

/** Dates the engine does not read but {@link asKnownAt} removes too. */
function hasOtherFactAfter(r: Rec, h: string): boolean {
  if (after(r.child.deathDate, h)) return true;
  if (r.lookedAfterReviews.some((x) => x.date > h) || r.missing.some((m) => m.startDate > h || after(m.endDate, h))) return true;
  if (r.earlyHelpEpisodes.some((e) => after(e.endDate, h))) return true;
  const laterYear = (x: { readonly year?: number | undefined }): boolean => x.year !== undefined && `${String(x.year)}-03-31` > h;
  if (r.lookedAfterOutcomes?.some(laterYear) === true || r.careLeaverOutcomes?.some(laterYear) === true) return true;
  if (r.adoptions?.some((a) => laterYear(a) || after(a.decisionDate, h) || after(a.matchDate, h)) === true) return true;
  if (r.adoptionDecisions?.some((d) => laterYear(d) || after(d.decisionDate, h) || after(d.ceasedDate, h)) === true) return true;
  if (r.cinEpisodes.some((e) => e.cpPlans.some((p) => p.reviewDates.some((d) => d > h)))) return true;
  return r.careProceedings.some((p) => after(p.preProceedingsEnd, h) || p.timetableExtensions.some((x) => x.date > h));
}

/**
 * The record as it was known on `date`: every fact dated after it is taken out, so what was
 * open on that date is open again. Episodes of need, assessments, section 47 enquiries, plans,
 * early help and looked-after episodes, reviews, missing incidents, visits and care proceedings
 * that started after the date are removed; on the others, end and closure dates after it go
 * with what they carry (closure reason, reason the episode ceased and reason for placement change, early help
 * outcome, final order), as do authorisation dates (and the factors identified), conference and
 * strategy discussion dates, review dates, extensions and a date of death after it. SSDA903
 * OC2, OC3 and AD1 rows of a collection year whose 31 March is after the date, and decisions to
 * place for adoption made after it, are removed; an adoption's decision or match date, and a
 * decision's end (with its reason), after it are taken out. Undated
 * fields (`referralNfa`, categories, `numberOfPreviousCpp`) are kept. An episode of need
 * referred after the date that holds an assessment, enquiry or plan starting on or before it (a
 * date that cannot be right, found in real returns) is kept with those items.
 *
 * Every figure of the core data set for a period is the figure of the records as known at the
 * period end (or the snapshot, when it is later): `computeCoreDataSet(records, options)` equals
 * `computeCoreDataSet(records.map((r) => asKnownAt(r, end)), options)`. The record is not
 * changed; when it has nothing after the date it is returned as it is.
 *
 * @param record - A valid child record.
 * @param date - The date (`YYYY-MM-DD`).
 * @returns The record as known on that date.
 * @throws {@link KinsafeError} with code `invalid-input` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * {@includeCode ../../tests/metrics/asKnownAt.test.ts#as-known-at}
 *
 * @category Metrics
 */
export function asKnownAt(record: ChildRecord, date: string): ChildRecord {
  return asKnownAtIso(record, parseWith(IsoDateSchema, date, "date"), false);
}

/**
 * {@link asKnownAt} for a date already checked, of a record in which the engine's scan
 * ({@link recordHasFactAfter}) found a fact after it.
 *
 * @internal
 */
export function asKnownAtUnchecked(record: ChildRecord, h: string): ChildRecord {
  return asKnownAtIso(record, h, true);
}
