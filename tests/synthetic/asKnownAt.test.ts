import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChildRecord } from "../../src/records";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { inconsistency } from "./consistency";

// The records of an authority cut at an earlier 31 March (the same first collection year, fewer
// years) are the same children with the same histories, as known then: the returns of
// consecutive years describe the same children.

/** Ids of the rows dated on or before `cut` in the records. */
function rowsUpTo(records: readonly ChildRecord[], cut: string): string[] {
  const ids: string[] = [];
  for (const r of records) {
    for (const e of r.cinEpisodes) if (e.referralDate <= cut) ids.push(e.id);
    for (const e of r.lookedAfterEpisodes) if (e.startDate <= cut) ids.push(e.id);
    for (const v of r.lookedAfterReviews) if (v.date <= cut) ids.push(v.id ?? "");
    for (const v of r.visits) if (v.date <= cut) ids.push(v.id);
    for (const m of r.missing) if (m.startDate <= cut) ids.push(m.id ?? "");
    for (const h of r.earlyHelpEpisodes) if (h.startDate <= cut) ids.push(h.id);
  }
  return ids.sort();
}

describe("generateSyntheticAuthority: the same histories whatever the cut", () => {
  it("gives every child the same date of birth and referral dates in the records of each year (the drift of one day is gone)", () => {
    // Cut at 2022 and at 2025, the same first collection year (2022).
    const early = generateSyntheticAuthority({ seed: 1, children0to17: 10_000, years: 1, endYear: 2022 });
    const late = new Map(generateSyntheticAuthority({ seed: 1, children0to17: 10_000, years: 4, endYear: 2025 }).map((r) => [r.child.childId, r]));
    let compared = 0;
    for (const r of early) {
      const l = late.get(r.child.childId);
      expect(l, r.child.childId).toBeDefined();
      expect(l?.child.dob, r.child.childId).toBe(r.child.dob);
      const refs = new Set(l?.cinEpisodes.map((e) => e.referralDate));
      for (const e of r.cinEpisodes) expect(refs.has(e.referralDate), `${r.child.childId} ${e.referralDate}`).toBe(true);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("is, cut earlier, the later records as known at the earlier cut (a property over seeds)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 300, max: 2_500 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 2012, max: 2030 }),
        fc.integer({ min: 0, max: 3 }),
        (seed, children0to17, years, endYear, historyYears) => {
          const late = generateSyntheticAuthority({ seed, children0to17, years, endYear, historyYears });
          const byId = new Map(late.map((r) => [r.child.childId, r]));
          for (let k = 1; k < years; k++) {
            const early = generateSyntheticAuthority({ seed, children0to17, years: years - k, endYear: endYear - k, historyYears });
            const cut = `${String(endYear - k)}-03-31`;
            for (const r of early) {
              const l = byId.get(r.child.childId);
              if (l === undefined) throw new Error(`${r.child.childId} is in the records cut at ${cut} but not in the later ones`);
              const bad = inconsistency(r, l, r.child.childId);
              if (bad !== undefined) throw new Error(`cut at ${cut}: ${bad}`);
            }
            // Nothing known at the earlier cut is missing from the earlier records.
            expect(rowsUpTo(early, cut)).toEqual(rowsUpTo(late, cut));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
