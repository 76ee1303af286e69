// The read threads merge CIN census returns on columns (records/returnRows.ts) instead of
// merging records: for any returns, the columns, the findings and their order must be those of
// the cohort builder's merge turned into columns.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core";
import type { ChildRecord } from "../../src/records";
import { createColumnPartBuilder, createCohortBuilderWith, createReturnRowsWriter, mayOverflow, mergeReturnRows, type ColumnPart, type ReturnRows } from "../../src/records/internal";

interface Return {
  readonly year: number;
  readonly records: readonly ChildRecord[];
}

interface Merged {
  readonly part: ColumnPart;
  readonly placed: readonly { f: number; seq: number; finding: Finding }[];
  readonly episodes: readonly Finding[];
}

// The record path of the read threads before: the cohort builder, then the merged records as columns.
function viaRecords(returns: readonly Return[]): Merged {
  const placed: { f: number; seq: number; finding: Finding }[] = [];
  let at = { f: 0, seq: 0 };
  const builder = createCohortBuilderWith({ matchBy: "child-id" }, true, (finding) => placed.push({ ...at, finding }));
  returns.forEach((r, f) =>
    r.records.forEach((record, seq) => {
      at = { f, seq };
      builder.add(structuredClone(record), { year: r.year });
    }),
  );
  const columns = createColumnPartBuilder();
  for (const record of builder.records()) columns.add(record);
  return { part: columns.take(), placed, episodes: builder.findings().filter((f) => f.code === "cin-census/episode-not-in-next-return") };
}

// The rows path: each return written in pieces of `piece` records, then merged on columns.
function viaRows(returns: readonly Return[], piece: number): Merged {
  const byFile: ReturnRows[][] = returns.map((r) => {
    const pieces: ReturnRows[] = [];
    const writer = createReturnRowsWriter();
    r.records.forEach((record, seq) => {
      expect(writer.add(record, seq)).toBe(true);
      if (writer.size === piece) pieces.push(writer.take());
    });
    if (writer.size > 0) pieces.push(writer.take());
    return pieces;
  });
  const placed: { f: number; seq: number; finding: Finding }[] = [];
  const merged = mergeReturnRows(
    byFile,
    returns.map((r) => r.year),
    (finding, f, seq) => placed.push({ f, seq, finding }),
  );
  return { part: merged.part, placed, episodes: merged.episodeFindings };
}

const DATES = ["2021-05-01", "2022-03-31", "2022-04-01", "2023-03-31", "2023-04-01", "2024-01-15", "2024-03-31", "2025-02-01"] as const;
const date = fc.constantFrom(...DATES);
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

const episode = fc
  .record({
    referralDate: date,
    closureDate: maybe(date),
    closureReason: maybe(fc.constantFrom("RC1", "RC8")),
    referralSource: maybe(fc.constantFrom("1A", "5D")),
    referralNfa: maybe(fc.boolean()),
    episodeIcpcDate: maybe(date),
    assessments: fc.array(fc.record({ startDate: date, authorisationDate: maybe(date) }), { maxLength: 2 }),
    cinPlans: fc.array(fc.record({ startDate: date, endDate: maybe(date) }), { maxLength: 2 }),
    section47s: fc.array(fc.record({ startDate: date, icpcDate: maybe(date) }), { maxLength: 2 }),
    cpPlans: fc.array(fc.record({ startDate: date, endDate: maybe(date), numberOfPreviousCpp: maybe(fc.nat(3)) }), { maxLength: 2 }),
  })
;

const proceedings = fc.record({ id: fc.constantFrom("p1", "p2"), preProceedingsStart: maybe(date), preProceedingsEnd: maybe(date), issueDate: maybe(date), finalOrderDate: maybe(date) });

/** Drops the fields that are undefined (a record holds no undefined value). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const record: fc.Arbitrary<ChildRecord> = fc
  .record({
    childId: fc.constantFrom("A", "B", "C", "D"),
    la: maybe(fc.constantFrom("201", "202")),
    upn: maybe(fc.constantFrom("A12345678901B", "C12345678901D")),
    sex: maybe(fc.constantFrom("M", "F")),
    dob: maybe(fc.constantFrom("2015-01-01", "2016-02-02")),
    episodes: fc.array(episode, { maxLength: 3 }),
    proceedings: fc.array(proceedings, { maxLength: 2 }),
  })
  .map(({ childId, la, upn, sex, dob, episodes, proceedings }) => {
    const cinEpisodes = episodes.map((e, i) => ({
      ...defined({ ...e, assessments: undefined, cinPlans: undefined, section47s: undefined, cpPlans: undefined }),
      id: `e${String(i)}`,
      assessments: e.assessments.map((a, j) => defined({ id: `a${String(j)}`, factors: [], ...a })),
      cinPlans: e.cinPlans.map((p, j) => defined({ id: `c${String(j)}`, ...p })),
      section47s: e.section47s.map((s, j) => defined({ id: `s${String(j)}`, ...s })),
      cpPlans: e.cpPlans.map((p, j) => defined({ id: `p${String(j)}`, reviewDates: [], ...p })),
    }));
    return {
      child: defined({ childId, la, upn, sex, dob, disabilities: [] }),
      cinEpisodes,
      earlyHelpEpisodes: [],
      lookedAfterEpisodes: [],
      lookedAfterReviews: [],
      missing: [],
      visits: [],
      careProceedings: proceedings.map((p) => defined({ ...p, timetableExtensions: [] })),
    } as unknown as ChildRecord;
  });

const returns = fc.array(fc.record({ year: fc.constantFrom(2022, 2023, 2024, 2025), records: fc.array(record, { maxLength: 8 }) }), { minLength: 1, maxLength: 4 });

describe("merging returns on columns", () => {
  it("gives the columns and findings, in their order, of merging the records, for any returns", () => {
    fc.assert(
      fc.property(returns, fc.integer({ min: 1, max: 4 }), (rs, piece) => {
        const expected = viaRecords(rs);
        const actual = viaRows(rs, piece);
        expect(actual.part.read).toBe(expected.part.read);
        expect(expected.part.skipped).toBe(0);
        expect(actual.part.data).toEqual(expected.part.data);
        expect(actual.placed).toEqual(expected.placed);
        expect(actual.episodes).toEqual(expected.episodes);
      }),
      { numRuns: 400 },
    );
  });

  it("reports episodes missing from the next return, and differing details, as the records do", () => {
    const base = { earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const open = { id: "e1", referralDate: "2023-06-01", assessments: [], cinPlans: [], section47s: [], cpPlans: [] };
    const a2024 = { ...base, child: { childId: "A", la: "201", sex: "M", dob: "2015-01-01", disabilities: [] }, cinEpisodes: [open] } as unknown as ChildRecord;
    const b2025 = { ...base, child: { childId: "B", la: "201", disabilities: [] }, cinEpisodes: [{ ...open, id: "e2" }] } as unknown as ChildRecord;
    const a2025 = { ...base, child: { childId: "A", la: "201", sex: "F", dob: "2015-01-02", disabilities: [] }, cinEpisodes: [] } as unknown as ChildRecord;
    const rs: Return[] = [
      { year: 2024, records: [a2024] },
      { year: 2025, records: [b2025, a2025] },
    ];
    const actual = viaRows(rs, 10);
    expect(actual.episodes.map((f) => f.params)).toEqual([{ childId: "A", la: "201", element: "cinEpisodes", startDate: "2023-06-01", referenceDate: "2024-03-31", year: 2024, nextYear: 2025 }]);
    expect(actual.placed.map((p) => [p.f, p.seq, p.finding.params?.["element"]])).toEqual([
      [1, 1, "sex"],
      [1, 1, "dob"],
    ]);
    expect(actual).toEqual(viaRecords(rs));
  });

  it("takes no record it cannot merge as the records would be merged, and says when a list could grow too long", () => {
    const writer = createReturnRowsWriter();
    const plain = { child: { childId: "A", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    expect(writer.add({ ...plain, child: { childId: " A", disabilities: [] } } as unknown as ChildRecord, 0)).toBe(false);
    expect(writer.add({ ...plain, visits: [{ id: "v1", date: "2024-01-01", planTypes: ["cin"] }] } as unknown as ChildRecord, 1)).toBe(false);
    expect(writer.size).toBe(0);
    expect(writer.add(plain as unknown as ChildRecord, 2)).toBe(true);
    const rows = writer.take();
    expect(rows.data.n).toBe(1);
    // A child's episodes summed over its records: across returns, and twice in one return.
    const episodes = (from: number, n: number): unknown[] =>
      Array.from({ length: n }, (_, i) => ({ id: `e${String(i)}`, referralDate: new Date(Date.UTC(1990, 0, 1) + (from + i) * 86_400_000).toISOString().slice(0, 10), assessments: [], cinPlans: [], section47s: [], cpPlans: [] }));
    const piece = (...counts: [number, number][]): ReturnRows => {
      const w = createReturnRowsWriter();
      counts.forEach(([from, n], i) => expect(w.add({ ...plain, cinEpisodes: episodes(from, n) } as unknown as ChildRecord, i)).toBe(true));
      return w.take();
    };
    expect(mayOverflow([[rows], [rows]])).toBe(false);
    expect(mayOverflow([[piece([0, 5000])], [piece([5000, 5000])]])).toBe(false);
    expect(mayOverflow([[piece([0, 6000])], [piece([6000, 4001])]])).toBe(true);
    expect(mayOverflow([[piece([0, 5001], [5001, 5001])], [rows]])).toBe(true);
    expect(mayOverflow([[piece([0, 5001]), piece([5001, 5001])]])).toBe(true);
    expect(() => mergeReturnRows([[piece([0, 5001], [5001, 5001])]], [2025], () => undefined)).toThrow(/merge them as records/);
  });
});
