// kinsafe's tidy tables read straight into the columns of a cohort: the rows placed and checked
// as for the records (scanTidyTables), each value written into its column as a day number or a
// code, with no child record made. The same columns as the records would give, to the value.
import type { Finding } from "../../core";
import { CLOSURE_REASON_CODES, CP_CATEGORY_CODES, EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, MISSING_CODES, NEW_EPISODE_REASON_CODES, PLACEMENT_TYPE_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import { ALL_PARTS, codeOf, type ColumnData, type ColumnPart, factorBits, NFA_NO, NFA_NOT_RECORDED, NFA_YES, OC2_FLAGS, oc2FlagsOf, OC3_ACTIVITY_CODES, OC3_IN_TOUCH_CODES, oc3AccomCode, OPEN_END, PLAN_TYPE_BIT, PREVIOUS_NOT_RECORDED, toDay } from "../../records/internal";
import { Ints } from "./ints";
import { scanTidyTables, type TidyFastSink, type TidySink, type TidyTableSource } from "./tidyTables";

type Obj = Record<string, unknown>;



/** A day number of a checked date; "no end" when absent (or, for a row of a child left out, not a date). */
function day(v: unknown): number {
  if (typeof v !== "string") return OPEN_END;
  try {
    return toDay(v);
  } catch {
    return OPEN_END;
  }
}

function code(codes: readonly string[], v: unknown): number {
  return typeof v === "string" ? codeOf(codes, v) : 0;
}

/**
 * Reads a set of tidy tables straight into columns (see {@link scanTidyTables} for what is read
 * and left out): one part holding every child not left out, in the order of the children table.
 *
 * @param sources - The tables.
 * @param report - Receives each finding with its file.
 * @param maxTextLength - The longest cell.
 * @returns The part and the rows read per file.
 * @internal
 */
export async function readTidyColumns(sources: readonly TidyTableSource[], report: (file: string, finding: Finding) => void, maxTextLength: number): Promise<{ readonly part: ColumnPart; readonly rows: ReadonlyMap<string, number> }> {
  const childIds: string[] = [];
  const upns: (string | undefined)[] = [];
  const dobs = new Ints();
  const uascs = new Ints();
  const unborns = new Ints();
  const ep = { child: new Ints(), ref: new Ints(), close: new Ints(), reason: new Ints(), nfa: new Ints(), source: new Ints(), icpc: new Ints(), need: new Ints() };
  const asm = { ep: new Ints(), start: new Ints(), auth: new Ints(), lo: new Ints(), hi: new Ints() };
  const s47 = { ep: new Ints(), start: new Ints(), icpc: new Ints(), sd: new Ints() };
  const cinp = { ep: new Ints(), start: new Ints(), end: new Ints() };
  const cpp = { ep: new Ints(), start: new Ints(), end: new Ints(), previous: new Ints(), reviews: new Ints(), reviewDays: new Ints(), initial: new Ints(), latest: new Ints() };
  const eh = { child: new Ints(), start: new Ints(), end: new Ints() };
  const visit = { child: new Ints(), day: new Ints(), plans: new Ints() };
  const proc = { child: new Ints(), known: new Ints(), pre: new Ints(), issue: new Ints(), final: new Ints() };
  const mis = { child: new Ints(), start: new Ints(), type: new Ints() };
  const rev = { child: new Ints(), day: new Ints() };
  const lac = { child: new Ints(), start: new Ints(), end: new Ints(), legal: new Ints(), rne: new Ints(), place: new Ints(), ended: new Ints() };
  const ad = { child: new Ints(), year: new Ints(), match: new Ints() };
  const oc2 = { child: new Ints(), year: new Ints(), flags: new Ints(), sdq: new Ints() };
  const oc3 = { child: new Ints(), year: new Ints(), inTouch: new Ints(), activ: new Ints(), accom: new Ints() };
  // The values of each row, converted: what valid plain rows read straight from their bytes
  // give, and what the rows read as text give through the object methods below.
  const fast: TidyFastSink = {
    child(childId, upn, dob, uasc, unborn): void {
      childIds.push(childId);
      upns.push(upn);
      dobs.push(dob);
      uascs.push(uasc);
      unborns.push(unborn);
    },
    episode(child, referral, closure, closureReason, nfa, referralSource, icpc, primaryNeed): void {
      ep.child.push(child);
      ep.ref.push(referral);
      ep.close.push(closure);
      ep.reason.push(closureReason);
      ep.nfa.push(nfa);
      ep.source.push(referralSource);
      ep.icpc.push(icpc);
      ep.need.push(primaryNeed);
    },
    assessment(episode, start, authorisation, factorLo, factorHi): void {
      asm.ep.push(episode);
      asm.start.push(start);
      asm.auth.push(authorisation);
      asm.lo.push(factorLo);
      asm.hi.push(factorHi);
    },
    section47(episode, start, icpc, strategyDiscussion): void {
      s47.ep.push(episode);
      s47.start.push(start);
      s47.icpc.push(icpc);
      s47.sd.push(strategyDiscussion);
    },
    cinPlan(episode, start, end): void {
      cinp.ep.push(episode);
      cinp.start.push(start);
      cinp.end.push(end);
    },
    cpPlan(episode, start, end, previous, reviews, initial, latest): void {
      cpp.ep.push(episode);
      cpp.initial.push(initial);
      cpp.latest.push(latest);
      cpp.start.push(start);
      cpp.end.push(end);
      cpp.previous.push(previous);
      cpp.reviews.push(reviews.length);
      for (const r of reviews) cpp.reviewDays.push(r);
    },
    lookedAfter(child, start, end, legalStatus, reasonForNewEpisode, placementType, reasonEpisodeCeased): void {
      lac.child.push(child);
      lac.start.push(start);
      lac.end.push(end);
      lac.legal.push(legalStatus);
      lac.rne.push(reasonForNewEpisode);
      lac.place.push(placementType);
      lac.ended.push(reasonEpisodeCeased);
    },
    earlyHelp(child, start, end): void {
      eh.child.push(child);
      eh.start.push(start);
      eh.end.push(end);
    },
    careProceedings(child, pre, preEnd, issue, final): void {
      // The first day anything of the proceedings is dated (none: never known).
      const first = Math.min(pre, preEnd, issue, final);
      proc.child.push(child);
      proc.known.push(first === OPEN_END ? -OPEN_END : first);
      proc.pre.push(pre);
      proc.issue.push(issue);
      proc.final.push(final);
    },
    review(child, date): void {
      rev.child.push(child);
      rev.day.push(date);
    },
    missing(child, start, type): void {
      mis.child.push(child);
      mis.start.push(start);
      mis.type.push(type);
    },
    visit(child, day, plans): void {
      visit.child.push(child);
      visit.day.push(day);
      visit.plans.push(plans);
    },
  };
  const sink: TidySink = {
    fast,
    child(values: Obj): void {
      fast.child(typeof values["childId"] === "string" ? values["childId"] : "", typeof values["upn"] === "string" ? values["upn"] : undefined, day(values["dob"]), values["uasc"] === true ? 1 : 0, values["dob"] === undefined && values["expectedDob"] !== undefined ? 1 : 0);
    },
    episode(child, v): void {
      const nfa = v["referralNfa"];
      fast.episode(child, day(v["referralDate"]), day(v["closureDate"]), code(CLOSURE_REASON_CODES, v["closureReason"]), nfa === undefined ? NFA_NOT_RECORDED : nfa === true ? NFA_YES : NFA_NO, code(REFERRAL_SOURCE_CODES, v["referralSource"]), day(v["episodeIcpcDate"]), code(PRIMARY_NEED_CODES, v["primaryNeed"]));
    },
    item(kind, _child, episode, v): void {
      const start = day(v["startDate"]);
      if (kind === "assessment") {
        const factors = v["factors"];
        const [lo, hi] = factorBits(Array.isArray(factors) ? (factors as string[]) : []);
        fast.assessment(episode, start, day(v["authorisationDate"]), lo, hi);
      }
      else if (kind === "section47") fast.section47(episode, start, day(v["icpcDate"]), day(v["strategyDiscussionDate"]));
      else if (kind === "cinPlan") fast.cinPlan(episode, start, day(v["endDate"]));
      else {
        const previous = v["numberOfPreviousCpp"];
        const reviews = v["reviewDates"];
        fast.cpPlan(episode, start, day(v["endDate"]), typeof previous === "number" ? previous : PREVIOUS_NOT_RECORDED, Array.isArray(reviews) ? reviews.map(day) : [], code(CP_CATEGORY_CODES, v["initialCategory"]), code(CP_CATEGORY_CODES, v["latestCategory"]));
      }
    },
    listItem(table, child, v): void {
      if (table === "early_help_episodes") {
        fast.earlyHelp(child, day(v["startDate"]), day(v["endDate"]));
        return;
      }
      if (table === "visits") {
        let mask = 0;
        const types = v["planTypes"];
        if (Array.isArray(types)) for (const t of types) mask |= PLAN_TYPE_BIT[t as string] ?? 8;
        fast.visit(child, day(v["date"]), mask);
        return;
      }
      if (table === "care_proceedings") {
        fast.careProceedings(child, day(v["preProceedingsStart"]), day(v["preProceedingsEnd"]), day(v["issueDate"]), day(v["finalOrderDate"]));
        return;
      }
      if (table === "missing_incidents") {
        fast.missing(child, day(v["startDate"]), code(MISSING_CODES, v["missingType"]));
        return;
      }
      if (table === "looked_after_reviews") {
        fast.review(child, day(v["date"]));
        return;
      }
      if (table === "adoptions") {
        const year = v["year"];
        ad.child.push(child);
        ad.year.push(typeof year === "number" ? year : 0);
        ad.match.push(day(v["matchDate"]));
        return;
      }
      if (table === "looked_after_outcomes") {
        const year = v["year"];
        const sdq = v["sdqScore"];
        const flag = (k: string): boolean | undefined => (typeof v[k] === "boolean" ? (v[k]) : undefined);
        oc2.child.push(child);
        oc2.year.push(typeof year === "number" ? year : 0);
        oc2.sdq.push(typeof sdq === "number" ? sdq : -1);
        oc2.flags.push(oc2FlagsOf(Object.fromEntries(OC2_FLAGS.map((k) => [k, flag(k)]))));
        return;
      }
      if (table === "care_leaver_outcomes") {
        const year = v["year"];
        const text = (k: string): string | undefined => (typeof v[k] === "string" ? (v[k]) : undefined);
        const inTouch = text("inTouch");
        const activity = text("activity");
        oc3.child.push(child);
        oc3.year.push(typeof year === "number" ? year : 0);
        oc3.inTouch.push(inTouch === undefined ? 0 : codeOf(OC3_IN_TOUCH_CODES, inTouch));
        oc3.activ.push(activity === undefined ? 0 : codeOf(OC3_ACTIVITY_CODES, activity));
        oc3.accom.push(oc3AccomCode(text("accommodation")));
        return;
      }
      // The other SSDA903 outcome rows are not read by the metrics.
      if (table !== "looked_after_episodes") return;
      const legal = code(LEGAL_STATUS_CODES, v["legalStatus"]);
      const newEpisode = code(NEW_EPISODE_REASON_CODES, v["reasonForNewEpisode"]);
      fast.lookedAfter(child, day(v["startDate"]), day(v["endDate"]), legal, newEpisode, code(PLACEMENT_TYPE_CODES, v["placementType"]), code(EPISODE_END_REASON_CODES, v["reasonEpisodeCeased"]));
    },
    timetableExtension(): void {
      // Not read by the metrics.
    },
  };
  const { leftOut, rows } = await scanTidyTables(sources, sink, report, maxTextLength);

  // The children kept, numbered anew in their order.
  const kept = new Int32Array(childIds.length).fill(-1);
  const ids: string[] = [];
  const keptUpns: (string | undefined)[] = [];
  const dobView = dobs.view();
  const uascView = uascs.view();
  const unbornView = unborns.view();
  const keptDob: number[] = [];
  const keptUasc: number[] = [];
  const keptUnborn: number[] = [];
  for (let c = 0; c < childIds.length; c++) {
    if (leftOut[c] === 1) continue;
    kept[c] = ids.length;
    ids.push(childIds[c] as string);
    keptUpns.push(upns[c]);
    keptDob.push(dobView[c] as number);
    keptUasc.push(uascView[c] as number);
    keptUnborn.push(unbornView[c] as number);
  }
  const n = ids.length;

  // Rows grouped by their owner (a child, or an episode), in the order they were read: the
  // position of each row in its column, by a counting sort on the owner's new number.
  const place = (owners: Int32Array, owner: (row: number) => number, groups: number): { offsets: Int32Array; at: Int32Array; rows: number } => {
    const offsets = new Int32Array(groups + 1);
    for (let r = 0; r < owners.length; r++) {
      const g = owner(r);
      if (g >= 0) (offsets[g + 1] as number)++;
    }
    for (let g = 0; g < groups; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
    const next = offsets.slice(0, groups);
    const at = new Int32Array(owners.length).fill(-1);
    for (let r = 0; r < owners.length; r++) {
      const g = owner(r);
      if (g >= 0) at[r] = (next[g] as number)++;
    }
    return { offsets, at, rows: offsets[groups] as number };
  };
  const fill = <T extends Int32Array | Uint8Array>(make: new (size: number) => T, values: Int32Array, at: Int32Array, size: number): T => {
    const out = new make(size);
    for (let r = 0; r < values.length; r++) {
      const i = at[r] as number;
      if (i >= 0) out[i] = values[r] as number;
    }
    return out;
  };

  const epChild = ep.child.view();
  const episodes = place(epChild, (r) => kept[epChild[r] as number] as number, n);
  const E = episodes.rows;
  const epAt = episodes.at;
  const byEpisode = (list: Int32Array): ReturnType<typeof place> => place(list, (r) => epAt[list[r] as number] as number, E);
  const asmP = byEpisode(asm.ep.view());
  const s47P = byEpisode(s47.ep.view());
  const cinP = byEpisode(cinp.ep.view());
  const cpP = byEpisode(cpp.ep.view());
  const byChild = (list: Int32Array): ReturnType<typeof place> => place(list, (r) => kept[list[r] as number] as number, n);
  const lacP = byChild(lac.child.view());
  // each CP plan's review dates, in the plans' new order
  const cpRevOff = new Int32Array(cpP.rows + 1);
  const reviewCounts = cpp.reviews.view();
  const reviewStarts = new Int32Array(reviewCounts.length);
  for (let r = 0, at = 0; r < reviewCounts.length; r++) {
    reviewStarts[r] = at;
    at += reviewCounts[r] as number;
    const to = cpP.at[r] as number;
    if (to >= 0) cpRevOff[to + 1] = reviewCounts[r] as number;
  }
  for (let i = 0; i < cpP.rows; i++) cpRevOff[i + 1] = (cpRevOff[i + 1] as number) + (cpRevOff[i] as number);
  const cpRevDay = new Int32Array(cpRevOff[cpP.rows] as number);
  const allReviewDays = cpp.reviewDays.view();
  for (let r = 0; r < reviewCounts.length; r++) {
    const to = cpP.at[r] as number;
    if (to < 0) continue;
    cpRevDay.set(allReviewDays.subarray(reviewStarts[r], (reviewStarts[r] as number) + (reviewCounts[r] as number)), cpRevOff[to]);
  }
  const ehP = byChild(eh.child.view());
  const visitP = byChild(visit.child.view());
  const procP = byChild(proc.child.view());
  const misP = byChild(mis.child.view());
  const revP = byChild(rev.child.view());
  const adP = byChild(ad.child.view());
  const oc2P = byChild(oc2.child.view());
  const oc3P = byChild(oc3.child.view());

  const refDay = fill(Int32Array, ep.ref.view(), epAt, E);
  // The first day anything of an episode is dated: its referral, or an earlier start of an item.
  const epKnown = refDay.slice();
  const earlier = (owners: Int32Array, starts: Int32Array): void => {
    for (let r = 0; r < owners.length; r++) {
      const e = epAt[owners[r] as number] as number;
      if (e < 0) continue;
      const s = starts[r] as number;
      if (s < (epKnown[e] as number)) epKnown[e] = s;
    }
  };
  earlier(asm.ep.view(), asm.start.view());
  earlier(s47.ep.view(), s47.start.view());
  earlier(cinp.ep.view(), cinp.start.view());
  earlier(cpp.ep.view(), cpp.start.view());

  const data: ColumnData = {
    n,
    parts: ALL_PARTS,
    childIds: ids,
    upns: keptUpns,
    dobDay: Int32Array.from(keptDob),
    unborn: Uint8Array.from(keptUnborn),
    uascFlag: Uint8Array.from(keptUasc),
    cinOff: episodes.offsets,
    lacOff: lacP.offsets,
    ehOff: ehP.offsets,
    visitOff: visitP.offsets,
    procOff: procP.offsets,
    misOff: misP.offsets,
    revOff: revP.offsets,
    refDay,
    epKnown,
    closeDay: fill(Int32Array, ep.close.view(), epAt, E),
    closeReason: fill(Uint8Array, ep.reason.view(), epAt, E),
    nfa: fill(Uint8Array, ep.nfa.view(), epAt, E),
    source: fill(Uint8Array, ep.source.view(), epAt, E),
    primaryNeed: fill(Uint8Array, ep.need.view(), epAt, E),
    epIcpcDay: fill(Int32Array, ep.icpc.view(), epAt, E),
    asmOff: asmP.offsets,
    s47Off: s47P.offsets,
    cinPlanOff: cinP.offsets,
    cpPlanOff: cpP.offsets,
    asmStart: fill(Int32Array, asm.start.view(), asmP.at, asmP.rows),
    asmAuth: fill(Int32Array, asm.auth.view(), asmP.at, asmP.rows),
    asmFactorLo: fill(Int32Array, asm.lo.view(), asmP.at, asmP.rows),
    asmFactorHi: fill(Int32Array, asm.hi.view(), asmP.at, asmP.rows),
    s47Start: fill(Int32Array, s47.start.view(), s47P.at, s47P.rows),
    s47Icpc: fill(Int32Array, s47.icpc.view(), s47P.at, s47P.rows),
    s47Sd: fill(Int32Array, s47.sd.view(), s47P.at, s47P.rows),
    cinPlanStart: fill(Int32Array, cinp.start.view(), cinP.at, cinP.rows),
    cinPlanEnd: fill(Int32Array, cinp.end.view(), cinP.at, cinP.rows),
    cpPlanStart: fill(Int32Array, cpp.start.view(), cpP.at, cpP.rows),
    cpPlanEnd: fill(Int32Array, cpp.end.view(), cpP.at, cpP.rows),
    cpPrevious: fill(Int32Array, cpp.previous.view(), cpP.at, cpP.rows),
    cpInitial: fill(Uint8Array, cpp.initial.view(), cpP.at, cpP.rows),
    cpLatest: fill(Uint8Array, cpp.latest.view(), cpP.at, cpP.rows),
    cpRevOff,
    cpRevDay,
    lacStart: fill(Int32Array, lac.start.view(), lacP.at, lacP.rows),
    lacEnd: fill(Int32Array, lac.end.view(), lacP.at, lacP.rows),
    lacLegalStatus: fill(Uint8Array, lac.legal.view(), lacP.at, lacP.rows),
    lacNewEpisode: fill(Uint8Array, lac.rne.view(), lacP.at, lacP.rows),
    lacPlacement: fill(Uint8Array, lac.place.view(), lacP.at, lacP.rows),
    lacEnded: fill(Uint8Array, lac.ended.view(), lacP.at, lacP.rows),
    ehStart: fill(Int32Array, eh.start.view(), ehP.at, ehP.rows),
    ehEnd: fill(Int32Array, eh.end.view(), ehP.at, ehP.rows),
    visitDay: fill(Int32Array, visit.day.view(), visitP.at, visitP.rows),
    visitPlans: fill(Uint8Array, visit.plans.view(), visitP.at, visitP.rows),
    procKnown: fill(Int32Array, proc.known.view(), procP.at, procP.rows),
    procPreStart: fill(Int32Array, proc.pre.view(), procP.at, procP.rows),
    procIssue: fill(Int32Array, proc.issue.view(), procP.at, procP.rows),
    procFinal: fill(Int32Array, proc.final.view(), procP.at, procP.rows),
    misStart: fill(Int32Array, mis.start.view(), misP.at, misP.rows),
    misType: fill(Uint8Array, mis.type.view(), misP.at, misP.rows),
    revDay: fill(Int32Array, rev.day.view(), revP.at, revP.rows),
    adOff: adP.offsets,
    adYear: fill(Int32Array, ad.year.view(), adP.at, adP.rows),
    adMatch: fill(Int32Array, ad.match.view(), adP.at, adP.rows),
    oc2Off: oc2P.offsets,
    oc2Year: fill(Int32Array, oc2.year.view(), oc2P.at, oc2P.rows),
    oc2Flags: fill(Int32Array, oc2.flags.view(), oc2P.at, oc2P.rows),
    oc2Sdq: fill(Int32Array, oc2.sdq.view(), oc2P.at, oc2P.rows),
    oc3Off: oc3P.offsets,
    oc3Year: fill(Int32Array, oc3.year.view(), oc3P.at, oc3P.rows),
    oc3InTouch: fill(Uint8Array, oc3.inTouch.view(), oc3P.at, oc3P.rows),
    oc3Activ: fill(Uint8Array, oc3.activ.view(), oc3P.at, oc3P.rows),
    oc3Accom: fill(Uint8Array, oc3.accom.view(), oc3P.at, oc3P.rows),
    referrals: E,
  };
  return { part: { data, read: n, skipped: 0, errors: [] }, rows };
}
