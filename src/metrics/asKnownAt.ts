import { IsoDateSchema, parseWith } from "../core";
import type { ChildRecord } from "./ChildRecord";

// "As known at the period end" (docs/metrics.md): a figure for a period uses only the facts
// dated on or before its end (and its snapshot). asKnownAt gives a record as it stood on a date;
// the engine applies it once per record, and only to a record that has a fact dated after the
// horizon (recordHasFactAfter, a scan of the dates the engine reads, without allocation).

type Rec = ChildRecord;
type Episode = Rec["cinEpisodes"][number];
type Proceedings = Rec["careProceedings"][number];

/** The day a set of care proceedings starts: pre-proceedings, else the issue, else the final order. */
function proceedingsStart(p: Proceedings): string | undefined {
  return p.preProceedingsStart ?? p.issueDate ?? p.finalOrderDate;
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
      if (e.decom > h || (e.dec !== undefined && e.dec > h)) return true;
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

/** A copy of `o` without the keys given (an optional field absent, never `undefined`). */
function without<T extends object>(o: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return out as T;
}

function asKnownAtIso(r: Rec, h: string): Rec {
  if (!recordHasFactAfter(r, h, ALL_KINDS) && !hasOtherFactAfter(r, h)) return r;
  const cinEpisodes = r.cinEpisodes
    .filter((e) => e.referralDate <= h)
    .map((e): Episode => {
      let x: Episode = after(e.closureDate, h) ? without(e, ["closureDate", "closureReason"]) : e;
      if (after(x.episodeIcpcDate, h)) x = without(x, ["episodeIcpcDate"]);
      return {
        ...x,
        assessments: x.assessments.filter((a) => a.startDate <= h).map((a) => (after(a.authorisationDate, h) ? { ...without(a, ["authorisationDate"]), factors: [] } : a)),
        cinPlans: x.cinPlans.filter((p) => p.startDate <= h).map((p) => (after(p.endDate, h) ? without(p, ["endDate"]) : p)),
        section47s: x.section47s
          .filter((q) => q.startDate <= h)
          .map((q) => without(q, [...(after(q.icpcDate, h) ? ["icpcDate"] : []), ...(after(q.strategyDiscussionDate, h) ? ["strategyDiscussionDate"] : [])])),
        cpPlans: x.cpPlans
          .filter((p) => p.startDate <= h)
          .map((p) => ({ ...(after(p.endDate, h) ? without(p, ["endDate"]) : p), reviewDates: p.reviewDates.filter((d) => d <= h) })),
      };
    });
  const careProceedings = r.careProceedings
    .filter((p) => {
      const s = proceedingsStart(p);
      return s === undefined || s <= h;
    })
    .map((p) => {
      const drop: string[] = [];
      if (after(p.preProceedingsEnd, h)) drop.push("preProceedingsEnd");
      if (after(p.issueDate, h)) drop.push("issueDate");
      if (after(p.finalOrderDate, h)) drop.push("finalOrderDate", "finalOrder");
      return { ...without(p, drop), extensions: p.extensions.filter((x) => x.date <= h) };
    });
  return {
    child: after(r.child.deathDate, h) ? without(r.child, ["deathDate"]) : r.child,
    cinEpisodes,
    earlyHelpEpisodes: r.earlyHelpEpisodes.filter((e) => e.startDate <= h).map((e) => (after(e.endDate, h) ? without(e, ["endDate", "outcome"]) : e)),
    lookedAfterEpisodes: r.lookedAfterEpisodes.filter((e) => e.decom <= h).map((e) => (after(e.dec, h) ? without(e, ["dec", "rec", "reasonPlaceChange"]) : e)),
    lookedAfterReviews: r.lookedAfterReviews.filter((x) => x.date <= h),
    missing: r.missing.filter((m) => m.start <= h).map((m) => (after(m.end, h) ? without(m, ["end"]) : m)),
    visits: r.visits.filter((v) => v.date <= h),
    careProceedings,
  };
}

/** Dates the engine does not read but {@link asKnownAt} removes too. */
function hasOtherFactAfter(r: Rec, h: string): boolean {
  if (after(r.child.deathDate, h)) return true;
  if (r.lookedAfterReviews.some((x) => x.date > h) || r.missing.some((m) => m.start > h || after(m.end, h))) return true;
  if (r.earlyHelpEpisodes.some((e) => after(e.endDate, h))) return true;
  if (r.cinEpisodes.some((e) => e.cpPlans.some((p) => p.reviewDates.some((d) => d > h)))) return true;
  return r.careProceedings.some((p) => after(p.preProceedingsEnd, h) || p.extensions.some((x) => x.date > h));
}

/**
 * The record as it was known on `date`: every fact dated after it is taken out, so what was
 * open on that date is open again. Episodes of need, assessments, section 47 enquiries, plans,
 * early help and looked-after episodes, reviews, missing incidents, visits and care proceedings
 * that started after the date are removed; on the others, end and closure dates after it go
 * with what they carry (closure reason, `rec` and reason for placement change, early help
 * outcome, final order), as do authorisation dates (and the factors identified), conference and
 * strategy discussion dates, review dates, extensions and a date of death after it. Undated
 * fields (`referralNfa`, categories, `numberOfPreviousCpp`) are kept.
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
  return asKnownAtIso(record, parseWith(IsoDateSchema, date, "date"));
}

/**
 * {@link asKnownAt} for a date already checked.
 *
 * @internal
 */
export function asKnownAtUnchecked(record: ChildRecord, h: string): ChildRecord {
  return asKnownAtIso(record, h);
}
