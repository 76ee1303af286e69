// kinsafe's tidy tables read straight into the columns of a cohort: the rows placed and checked
// as for the records (scanTidyTables), each value written into its column as a day number or a
// code, with no child record made. The same columns as the records would give, to the value.
import type { Finding } from "../../core";
import { CLOSURE_REASON_CODES, EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, NEW_EPISODE_REASON_CODES, PLACEMENT_TYPE_CODES, REFERRAL_SOURCE_CODES } from "../../records";
import { ALL_PARTS, codeOf, PLAN_TYPE_BIT, NFA_NO, NFA_NOT_RECORDED, NFA_YES, OPEN_END, PREVIOUS_NOT_RECORDED, toDay, type ColumnData, type ColumnPart } from "../../records/internal";
import { scanTidyTables, type TidySink, type TidyTableSource } from "./tidyTables";

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
  const ep = { child: [] as number[], ref: [] as number[], close: [] as number[], reason: [] as number[], nfa: [] as number[], source: [] as number[], icpc: [] as number[] };
  const asm = { ep: [] as number[], start: [] as number[], auth: [] as number[] };
  const s47 = { ep: [] as number[], start: [] as number[], icpc: [] as number[], sd: [] as number[] };
  const cinp = { ep: [] as number[], start: [] as number[], end: [] as number[] };
  const cpp = { ep: [] as number[], start: [] as number[], end: [] as number[], previous: [] as number[] };
  const eh = { child: [] as number[], start: [] as number[], end: [] as number[] };
  const visit = { child: [] as number[], day: [] as number[], plans: [] as number[] };
  const proc = { child: [] as number[], known: [] as number[], pre: [] as number[], issue: [] as number[], final: [] as number[] };
  const lac = { child: [] as number[], start: [] as number[], end: [] as number[], legal: [] as number[], rne: [] as number[], place: [] as number[], ended: [] as number[] };
  const sink: TidySink = {
    child(values: Obj): void {
      childIds.push(typeof values["childId"] === "string" ? values["childId"] : "");
      upns.push(typeof values["upn"] === "string" ? values["upn"] : undefined);
    },
    episode(child, v): void {
      ep.child.push(child);
      ep.ref.push(day(v["referralDate"]));
      ep.close.push(day(v["closureDate"]));
      ep.reason.push(code(CLOSURE_REASON_CODES, v["closureReason"]));
      const nfa = v["referralNfa"];
      ep.nfa.push(nfa === undefined ? NFA_NOT_RECORDED : nfa === true ? NFA_YES : NFA_NO);
      ep.source.push(code(REFERRAL_SOURCE_CODES, v["referralSource"]));
      ep.icpc.push(day(v["episodeIcpcDate"]));
    },
    item(kind, _child, episode, v): void {
      if (kind === "assessment") {
        asm.ep.push(episode);
        asm.start.push(day(v["startDate"]));
        asm.auth.push(day(v["authorisationDate"]));
      } else if (kind === "section47") {
        s47.ep.push(episode);
        s47.start.push(day(v["startDate"]));
        s47.icpc.push(day(v["icpcDate"]));
        s47.sd.push(day(v["strategyDiscussionDate"]));
      } else if (kind === "cinPlan") {
        cinp.ep.push(episode);
        cinp.start.push(day(v["startDate"]));
        cinp.end.push(day(v["endDate"]));
      } else {
        cpp.ep.push(episode);
        cpp.start.push(day(v["startDate"]));
        cpp.end.push(day(v["endDate"]));
        const previous = v["numberOfPreviousCpp"];
        cpp.previous.push(typeof previous === "number" ? previous : PREVIOUS_NOT_RECORDED);
      }
    },
    listItem(table, child, v): void {
      if (table === "early_help_episodes") {
        eh.child.push(child);
        eh.start.push(day(v["startDate"]));
        eh.end.push(day(v["endDate"]));
        return;
      }
      if (table === "visits") {
        visit.child.push(child);
        visit.day.push(day(v["date"]));
        let mask = 0;
        const types = v["planTypes"];
        if (Array.isArray(types)) for (const t of types) mask |= PLAN_TYPE_BIT[t as string] ?? 8;
        visit.plans.push(mask);
        return;
      }
      if (table === "care_proceedings") {
        const pre = day(v["preProceedingsStart"]);
        const preEnd = day(v["preProceedingsEnd"]);
        const issue = day(v["issueDate"]);
        const final = day(v["finalOrderDate"]);
        const first = Math.min(pre, preEnd, issue, final);
        proc.child.push(child);
        proc.known.push(first === OPEN_END ? -OPEN_END : first);
        proc.pre.push(pre);
        proc.issue.push(issue);
        proc.final.push(final);
        return;
      }
      // Reviews and missing incidents are not read by the metrics.
      if (table !== "looked_after_episodes") return;
      lac.child.push(child);
      lac.start.push(day(v["startDate"]));
      lac.end.push(day(v["endDate"]));
      lac.legal.push(code(LEGAL_STATUS_CODES, v["legalStatus"]));
      lac.rne.push(code(NEW_EPISODE_REASON_CODES, v["reasonForNewEpisode"]));
      lac.place.push(code(PLACEMENT_TYPE_CODES, v["placementType"]));
      lac.ended.push(code(EPISODE_END_REASON_CODES, v["reasonEpisodeCeased"]));
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
  for (let c = 0; c < childIds.length; c++) {
    if (leftOut[c] === 1) continue;
    kept[c] = ids.length;
    ids.push(childIds[c] as string);
    keptUpns.push(upns[c]);
  }
  const n = ids.length;

  // Rows grouped by their owner (a child, or an episode), in the order they were read: the
  // position of each row in its column, by a counting sort on the owner's new number.
  const place = (owners: readonly number[], owner: (row: number) => number, groups: number): { offsets: Int32Array; at: Int32Array; rows: number } => {
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
  const fill = <T extends Int32Array | Uint8Array>(make: new (size: number) => T, values: readonly number[], at: Int32Array, size: number): T => {
    const out = new make(size);
    for (let r = 0; r < values.length; r++) {
      const i = at[r] as number;
      if (i >= 0) out[i] = values[r] as number;
    }
    return out;
  };

  const episodes = place(ep.child, (r) => kept[ep.child[r] as number] as number, n);
  const E = episodes.rows;
  const epAt = episodes.at;
  const byEpisode = (list: readonly number[]): ReturnType<typeof place> => place(list, (r) => epAt[list[r] as number] as number, E);
  const asmP = byEpisode(asm.ep);
  const s47P = byEpisode(s47.ep);
  const cinP = byEpisode(cinp.ep);
  const cpP = byEpisode(cpp.ep);
  const byChild = (list: readonly number[]): ReturnType<typeof place> => place(list, (r) => kept[list[r] as number] as number, n);
  const lacP = byChild(lac.child);
  const ehP = byChild(eh.child);
  const visitP = byChild(visit.child);
  const procP = byChild(proc.child);

  const refDay = fill(Int32Array, ep.ref, epAt, E);
  // The first day anything of an episode is dated: its referral, or an earlier start of an item.
  const epKnown = refDay.slice();
  const earlier = (owners: readonly number[], starts: readonly number[]): void => {
    for (let r = 0; r < owners.length; r++) {
      const e = epAt[owners[r] as number] as number;
      if (e < 0) continue;
      const s = starts[r] as number;
      if (s < (epKnown[e] as number)) epKnown[e] = s;
    }
  };
  earlier(asm.ep, asm.start);
  earlier(s47.ep, s47.start);
  earlier(cinp.ep, cinp.start);
  earlier(cpp.ep, cpp.start);

  const data: ColumnData = {
    n,
    parts: ALL_PARTS,
    childIds: ids,
    upns: keptUpns,
    cinOff: episodes.offsets,
    lacOff: lacP.offsets,
    ehOff: ehP.offsets,
    visitOff: visitP.offsets,
    procOff: procP.offsets,
    refDay,
    epKnown,
    closeDay: fill(Int32Array, ep.close, epAt, E),
    closeReason: fill(Uint8Array, ep.reason, epAt, E),
    nfa: fill(Uint8Array, ep.nfa, epAt, E),
    source: fill(Uint8Array, ep.source, epAt, E),
    epIcpcDay: fill(Int32Array, ep.icpc, epAt, E),
    asmOff: asmP.offsets,
    s47Off: s47P.offsets,
    cinPlanOff: cinP.offsets,
    cpPlanOff: cpP.offsets,
    asmStart: fill(Int32Array, asm.start, asmP.at, asmP.rows),
    asmAuth: fill(Int32Array, asm.auth, asmP.at, asmP.rows),
    s47Start: fill(Int32Array, s47.start, s47P.at, s47P.rows),
    s47Icpc: fill(Int32Array, s47.icpc, s47P.at, s47P.rows),
    s47Sd: fill(Int32Array, s47.sd, s47P.at, s47P.rows),
    cinPlanStart: fill(Int32Array, cinp.start, cinP.at, cinP.rows),
    cinPlanEnd: fill(Int32Array, cinp.end, cinP.at, cinP.rows),
    cpPlanStart: fill(Int32Array, cpp.start, cpP.at, cpP.rows),
    cpPlanEnd: fill(Int32Array, cpp.end, cpP.at, cpP.rows),
    cpPrevious: fill(Int32Array, cpp.previous, cpP.at, cpP.rows),
    lacStart: fill(Int32Array, lac.start, lacP.at, lacP.rows),
    lacEnd: fill(Int32Array, lac.end, lacP.at, lacP.rows),
    lacLegalStatus: fill(Uint8Array, lac.legal, lacP.at, lacP.rows),
    lacNewEpisode: fill(Uint8Array, lac.rne, lacP.at, lacP.rows),
    lacPlacement: fill(Uint8Array, lac.place, lacP.at, lacP.rows),
    lacEnded: fill(Uint8Array, lac.ended, lacP.at, lacP.rows),
    ehStart: fill(Int32Array, eh.start, ehP.at, ehP.rows),
    ehEnd: fill(Int32Array, eh.end, ehP.at, ehP.rows),
    visitDay: fill(Int32Array, visit.day, visitP.at, visitP.rows),
    visitPlans: fill(Uint8Array, visit.plans, visitP.at, visitP.rows),
    procKnown: fill(Int32Array, proc.known, procP.at, procP.rows),
    procPreStart: fill(Int32Array, proc.pre, procP.at, procP.rows),
    procIssue: fill(Int32Array, proc.issue, procP.at, procP.rows),
    procFinal: fill(Int32Array, proc.final, procP.at, procP.rows),
    referrals: E,
  };
  return { part: { data, read: n, skipped: 0, errors: [] }, rows };
}
