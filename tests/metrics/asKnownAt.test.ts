import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asKnownAt, computeCoreDataSet, type CoreDataSetOptions } from "../../src/metrics";
import { type ChildRecord } from "../../src/records";
import { arbChildRecord, arbDateFrom, child, cpPlan, episode } from "./fixtures";

// As known at the period end: a period's figures use only facts dated on or before its end (and
// its snapshot). asKnownAt gives a record as it stood on a date; the engine applies it.

const options: CoreDataSetOptions = {
  period: { year: 2024 },
  population: { children0to17: 10_000, vintage: "test" },
  outcomes: { attainment: { measure: "test", scores: [{ childId: "a", score: 40 }] }, offencesAgainstChildren: 3 },
};
const END = "2024-03-31";

type Mutable = { -readonly [K in keyof ChildRecord]: unknown[] } & { child: ChildRecord["child"] };

/**
 * The record with events dated after `h` added: `later`'s episodes, plans, visits and
 * proceedings, and an end after `h` for every item of `r` that is open (closure with a reason,
 * placement end, plan end, authorisation). Nothing dated on or before `h` changes.
 */
function addLater(r: ChildRecord, later: ChildRecord, after: (i: number) => string): ChildRecord {
  let n = 0;
  const next = (): string => after(n++);
  const x = structuredClone(r) as unknown as Mutable;
  const eps = x.cinEpisodes as Record<string, unknown>[];
  for (const e of eps) {
    if (e["closureDate"] === undefined && e["closureReason"] === undefined) {
      e["closureDate"] = next();
      e["closureReason"] = n % 2 === 0 ? "RC8" : "RC9";
    }
    for (const a of e["assessments"] as Record<string, unknown>[]) if (a["authorisationDate"] === undefined && (a["factors"] as unknown[]).length === 0) a["authorisationDate"] = next();
    for (const p of [...(e["cinPlans"] as Record<string, unknown>[]), ...(e["cpPlans"] as Record<string, unknown>[])]) if (p["endDate"] === undefined) p["endDate"] = next();
    for (const q of e["section47s"] as Record<string, unknown>[]) if (q["icpcDate"] === undefined) q["icpcDate"] = next();
    (e["assessments"] as unknown[]).push({ id: "later-a", startDate: next(), authorisationDate: next(), factors: ["21"] });
  }
  for (const e of x.lookedAfterEpisodes as Record<string, unknown>[]) {
    if (e["endDate"] === undefined && e["reasonEpisodeCeased"] === undefined) {
      e["endDate"] = next();
      e["reasonEpisodeCeased"] = "E13";
    }
  }
  for (const e of x.earlyHelpEpisodes as Record<string, unknown>[]) if (e["endDate"] === undefined) e["endDate"] = next();
  for (const p of x.careProceedings as Record<string, unknown>[]) {
    const dated = p["preProceedingsStart"] !== undefined || p["issueDate"] !== undefined;
    if (dated && p["finalOrderDate"] === undefined && p["finalOrder"] === undefined) {
      p["finalOrderDate"] = next();
      p["finalOrder"] = "no-order";
    }
  }
  for (const k of ["cinEpisodes", "earlyHelpEpisodes", "lookedAfterEpisodes", "visits"] as const) x[k].push(...(later[k] as unknown[]));
  // proceedings with a date (an undated one is not an event after the date)
  x.careProceedings.push(...later.careProceedings.filter((p) => (p.preProceedingsStart ?? p.issueDate ?? p.finalOrderDate) !== undefined));
  return x as unknown as ChildRecord;
}

const arbLaterDate = arbDateFrom("2024-04-01", 900);

describe("asKnownAt", () => {
  it("gives the record as it was known on a date", () => {
    // #region as-known-at
    const record = child("c-1", {
      cinEpisodes: [episode("e-1", "2024-01-15", { closureDate: "2024-05-02", closureReason: "RC8", assessments: [{ id: "a-1", startDate: "2024-01-16", authorisationDate: "2024-04-20", factors: ["21"] }] })],
    });
    const known = asKnownAt(record, "2024-03-31");
    // the episode is open again: its closure (and reason) and the authorisation are after the date
    // known.cinEpisodes[0]: { referralDate: "2024-01-15", no closureDate, assessments: [{ startDate: "2024-01-16", factors: [] }] }
    // #endregion as-known-at
    expect(known.cinEpisodes[0]).not.toHaveProperty("closureDate");
    expect(known.cinEpisodes[0]).not.toHaveProperty("closureReason");
    expect(known.cinEpisodes[0]?.assessments[0]).toEqual({ id: "a-1", startDate: "2024-01-16", factors: [] });
    expect(record.cinEpisodes[0]?.closureDate).toBe("2024-05-02");
    expect(asKnownAt(record, "2024-06-01")).toBe(record);
    expect(() => asKnownAt(record, "2024-02-30")).toThrow();
  });

  it("keeps an episode referred after the date that holds a plan starting before it (a date that cannot be right)", () => {
    const r = child("c-1", { cinEpisodes: [episode("e-1", "2022-10-06", { cpPlans: [cpPlan("p-1", "2022-02-17", "2023-03-14"), cpPlan("p-2", "2022-11-01")] })] });
    const known = asKnownAt(r, "2022-03-31");
    expect(known.cinEpisodes[0]?.cpPlans).toEqual([{ ...r.cinEpisodes[0]?.cpPlans[0], endDate: undefined }].map(({ endDate: _, ...p }) => p));
    expect(computeCoreDataSet([r], { period: { year: 2022 } }).metrics["plans.open"]?.breakdown?.["cp"]?.value).toBe(1);
  });

  it("counts a child in need at the snapshot whose episode closed RC8 or RC9 after it", () => {
    // Before: episodes closed RC8/RC9 were dropped whenever they closed, so adding the next
    // year's return (which closes them) lowered the earlier year's children in need.
    const open = child("c-1", { cinEpisodes: [episode("e-1", "2024-02-01", { assessments: [{ id: "a", startDate: "2024-02-02", factors: [] }] })] });
    const closedLater = child("c-1", {
      cinEpisodes: [episode("e-1", "2024-02-01", { closureDate: "2024-05-10", closureReason: "RC8", assessments: [{ id: "a", startDate: "2024-02-02", authorisationDate: "2024-05-01", factors: ["21"] }] })],
    });
    const closedBefore = child("c-1", {
      cinEpisodes: [episode("e-1", "2024-02-01", { closureDate: "2024-03-10", closureReason: "RC8", assessments: [{ id: "a", startDate: "2024-02-02", authorisationDate: "2024-03-01", factors: ["21"] }] })],
    });
    const cin = (r: ChildRecord): number | null | undefined => computeCoreDataSet([r], options).metrics["plans.open"]?.value;
    expect(cin(open)).toBe(1);
    expect(cin(closedLater)).toBe(1);
    expect(cin(closedBefore)).toBe(0);
    const notInNeed = (r: ChildRecord): number | null | undefined => computeCoreDataSet([r], options).metrics["activity.assessed-not-in-need-rate"]?.numerator;
    expect(notInNeed(closedLater)).toBe(0);
    expect(notInNeed(closedBefore)).toBe(1);
  });

  describe("properties", () => {
    it("the figures of a period are the figures of the records as known at its end", () => {
      fc.assert(
        fc.property(fc.array(arbChildRecord(), { maxLength: 10 }), (records) => {
          expect(computeCoreDataSet(records, options)).toEqual(computeCoreDataSet(records.map((r) => asKnownAt(r, END)), options));
        }),
        { numRuns: 150 },
      );
    });

    it("adding events dated after a period's end never changes any figure of that period", () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(arbChildRecord(), arbChildRecord(arbLaterDate), fc.array(arbLaterDate, { minLength: 1, maxLength: 8 })), { maxLength: 10 }),
          fc.constantFrom<Partial<CoreDataSetOptions>>({}, { snapshot: "2023-12-31" }),
          (triples, extra) => {
            const opts = { ...options, ...extra };
            const before = triples.map(([r]) => r);
            const after = triples.map(([r, later, dates]) => addLater(r, later, (i) => dates[i % dates.length] as string));
            expect(computeCoreDataSet(after, opts)).toEqual(computeCoreDataSet(before, opts));
            for (let i = 0; i < before.length; i++) expect(asKnownAt(after[i] as ChildRecord, END)).toEqual(asKnownAt(before[i] as ChildRecord, END));
          },
        ),
        { numRuns: 150 },
      );
    });

    it("is idempotent and never changes its input", () => {
      fc.assert(
        fc.property(arbChildRecord(), arbChildRecord().map((r) => r.cinEpisodes[0]?.referralDate ?? "2023-06-30"), (r, date) => {
          const copy = structuredClone(r);
          const once = asKnownAt(r, date);
          expect(asKnownAt(once, date)).toEqual(once);
          expect(r).toEqual(copy);
        }),
        { numRuns: 100 },
      );
    });
  });
});
