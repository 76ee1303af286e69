import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCoreDataSetAccumulator, type CoreDataSetOptions } from "../../src/metrics";
import { accumulateColumns } from "../../src/metrics/internal";
import { concatColumns, createColumnPartBuilder, cohortOfColumns, columnsOf, type ColumnPart } from "../../src/records/internal";
import { toColumnarCohort, type ChildRecord } from "../../src/records";
import { isKinsafeError } from "../../src/core";
import { arbChildRecord, child, episode } from "./fixtures";

// Records checked and turned into columns in parts (what the read threads of readReturns hand
// back) give the figures, counts and errors of the same records added one by one.

const options = (validate: "skip" | "stop"): CoreDataSetOptions => ({ period: { start: "2023-04-01", end: "2024-03-31" }, validate, maxErrors: 3 });

/** A record no child-record schema accepts (a referral date that is no date). */
function broken(id: string): unknown {
  return { ...child(id), cinEpisodes: [{ ...episode("e1", "2023-05-01"), referralDate: "2023-02-30" }] };
}

/** The records cut into parts of the given sizes (the last part takes the rest). */
function inParts(records: readonly unknown[], sizes: readonly number[]): ColumnPart[] {
  const parts: ColumnPart[] = [];
  const builder = createColumnPartBuilder();
  let i = 0;
  for (const size of sizes) {
    for (const end = Math.min(records.length, i + size); i < end; i++) builder.add(records[i]);
    parts.push(builder.take());
  }
  for (; i < records.length; i++) builder.add(records[i]);
  parts.push(builder.take());
  return parts;
}

describe("accumulateColumns", () => {
  it("gives the figures, counts and errors of adding the records one by one, however they are cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: arbChildRecord() }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => broken(`bad${String(n)}`)) }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
        (records, sizes) => {
          const one = createCoreDataSetAccumulator(options("skip"));
          for (const r of records) one.add(r);
          const cut = createCoreDataSetAccumulator(options("skip"));
          for (const part of inParts(records, sizes)) accumulateColumns(cut, part);
          expect(cut.result()).toEqual(one.result());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps each error's place in the whole stream and refuses the first invalid record under validate: stop", () => {
    const records = [child("a"), broken("b"), child("c"), broken("d"), broken("e"), broken("f")];
    const acc = createCoreDataSetAccumulator(options("skip"));
    for (const part of inParts(records, [2, 3])) accumulateColumns(acc, part);
    const result = acc.result();
    expect(result.records.read).toBe(6);
    expect(result.records.skipped).toBe(4);
    // maxErrors 3: the first three, at their places in the stream (part sizes 2, 3, 1).
    expect(result.records.errors.map((e) => [e.index, e.childId])).toEqual([
      [1, "b"],
      [3, "d"],
      [4, "e"],
    ]);
    const stop = createCoreDataSetAccumulator(options("stop"));
    accumulateColumns(stop, inParts(records.slice(0, 1), [])[0] as ColumnPart);
    let thrown: unknown;
    try {
      for (const part of inParts(records.slice(1), [])) accumulateColumns(stop, part);
    } catch (error) {
      thrown = error;
    }
    expect(isKinsafeError(thrown) && thrown.code === "invalid-input" && thrown.message.includes("child record #1 (child b)")).toBe(true);
  });
});

describe("concatColumns", () => {
  it("joins parts into the columns of one builder given every record in order", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 25 }), fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 4 }), (records: ChildRecord[], sizes) => {
        const whole = columnsOf(toColumnarCohort(records));
        const joined = concatColumns(inParts(records, sizes).map((p) => p.data));
        expect(joined).toEqual(whole);
        expect(cohortOfColumns(joined).children).toBe(records.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe("columns handed out whole", () => {
  it("are never written again when the builder goes on (a column exactly full when taken)", () => {
    // 64 records of one referral each fill the referral columns' first buffer exactly.
    const records = Array.from({ length: 64 }, (_, i) => child(`c${String(i)}`, { cinEpisodes: [episode(`e${String(i)}`, "2024-01-10")] }));
    const builder = createColumnPartBuilder();
    for (const r of records) builder.add(r);
    const first = builder.take();
    const before = Array.from(first.data.refDay);
    expect(first.data.refDay.length).toBe(64);
    // The next part reuses the builder: its values must go elsewhere.
    for (let i = 0; i < 64; i++) builder.add(child(`d${String(i)}`, { cinEpisodes: [episode(`f${String(i)}`, "2020-05-05")] }));
    const second = builder.take();
    expect(Array.from(first.data.refDay)).toEqual(before);
    expect(second.data.refDay[0]).not.toBe(first.data.refDay[0]);
    expect(concatColumns([first.data, second.data])).toEqual(columnsOf(toColumnarCohort([...records, ...Array.from({ length: 64 }, (_, i) => child(`d${String(i)}`, { cinEpisodes: [episode(`f${String(i)}`, "2020-05-05")] }))])));
  });

  it("toColumnarCohort counts an array first and gives the columns of adding its records one by one", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 40 }), (records: ChildRecord[]) => {
        const oneByOne = createColumnPartBuilder();
        for (const r of records) oneByOne.add(r);
        expect(columnsOf(toColumnarCohort(records))).toEqual(oneByOne.take().data);
        // From an iterable that is not an array (not counted first): the same.
        expect(columnsOf(toColumnarCohort(new Set(records)))).toEqual(columnsOf(toColumnarCohort(records)));
      }),
      { numRuns: 60 },
    );
  });
});
