// The columnar form of the synthetic data for the baseline ("C") and DuckDB: one Int32Array per
// column of day numbers and codes, built once from the same child records kinsafe reads.
import { toDayNumber } from "../src/core";
import type { ChildRecord } from "../src/records";

/** "No date" (open episode, no conference): later than any day. */
export const NONE = 0x3fffffff;

/** A growable Int32Array column. */
class Column {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** The tables, each a set of equal-length columns; rows of a child are contiguous and in date order. */
export interface Columns {
  referrals: { child: Int32Array; ref: Int32Array; nfa: Int32Array; close: Int32Array; reason: Int32Array };
  assessments: { child: Int32Array; start: Int32Array; auth: Int32Array };
  s47: { child: Int32Array; start: Int32Array; icpc: Int32Array };
  cp: { child: Int32Array; start: Int32Array; end: Int32Array };
  lac: { child: Int32Array; decom: Int32Array; dec: Int32Array; shortBreak: Int32Array };
  children: number;
}

const day = (d: string | undefined): number => (d === undefined ? NONE : toDayNumber(d));
const reasonCode = (r: string | undefined): number => (r === undefined ? 0 : Number(r.slice(2)));

/** Builds the columns from child records (an array or a stream). */
export function toColumns(records: Iterable<ChildRecord>): Columns {
  const R = { child: new Column(), ref: new Column(), nfa: new Column(), close: new Column(), reason: new Column() };
  const A = { child: new Column(), start: new Column(), auth: new Column() };
  const S = { child: new Column(), start: new Column(), icpc: new Column() };
  const P = { child: new Column(), start: new Column(), end: new Column() };
  const L = { child: new Column(), decom: new Column(), dec: new Column(), shortBreak: new Column() };
  let child = 0;
  for (const r of records) {
    for (const e of r.cinEpisodes) {
      R.child.push(child);
      R.ref.push(day(e.referralDate));
      R.nfa.push(e.referralNfa ? 1 : 0);
      R.close.push(day(e.closureDate));
      R.reason.push(reasonCode(e.closureReason));
      for (const a of e.assessments) {
        A.child.push(child);
        A.start.push(day(a.startDate));
        A.auth.push(day(a.authorisationDate));
      }
      for (const s of e.section47s) {
        S.child.push(child);
        S.start.push(day(s.startDate));
        S.icpc.push(day(s.icpcDate));
      }
      for (const p of e.cpPlans) {
        P.child.push(child);
        P.start.push(day(p.startDate));
        P.end.push(day(p.endDate));
      }
    }
    for (const l of r.lookedAfterEpisodes) {
      L.child.push(child);
      L.decom.push(day(l.startDate));
      L.dec.push(day(l.endDate));
      L.shortBreak.push(l.legalStatus === "V3" || l.legalStatus === "V4" ? 1 : 0);
    }
    child++;
  }
  const done = <K extends string>(t: Record<K, Column>): Record<K, Int32Array> => Object.fromEntries(Object.entries<Column>(t).map(([k, c]) => [k, c.done()])) as Record<K, Int32Array>;
  return { referrals: done(R), assessments: done(A), s47: done(S), cp: done(P), lac: done(L), children: child };
}
