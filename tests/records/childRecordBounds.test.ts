import { describe, expect, it } from "vitest";
import { ASSESSMENT_FACTOR_CODES, DISABILITY_CODES, safeParseChildRecord, validateChildRecord } from "../../src/records";
import { child, episode } from "../metrics/fixtures";

// The bounds of a child record, and the hand-written check agreeing with the schema on them.

function both(record: unknown): [boolean, boolean] {
  return [validateChildRecord(record).ok, safeParseChildRecord(record).ok];
}

function withFactors(factors: readonly string[]): unknown {
  return child("c-1", { cinEpisodes: [episode("e-1", "2024-01-01", { assessments: [{ id: "a-1", startDate: "2024-01-02", factors }] })] });
}

describe("child record bounds", () => {
  it("allows at most as many assessment factors as the code list has", () => {
    expect(both(withFactors([...ASSESSMENT_FACTOR_CODES]))).toEqual([true, true]);
    expect(both(withFactors([...ASSESSMENT_FACTOR_CODES, "1A"]))).toEqual([false, false]);
  });

  it("allows at most as many disabilities as the code list has", () => {
    const ok = child("c-1");
    const over = { ...(ok as object), child: { childId: "c-1", disabilities: [...DISABILITY_CODES, "NONE"] } };
    expect(both(ok)).toEqual([true, true]);
    expect(both(over)).toEqual([false, false]);
  });

  it("allows at most 10,000 items in a list and 100 characters in a postcode or URN", () => {
    const visits = (n: number): unknown => child("c-1", { visits: Array.from({ length: n }, (_, i) => ({ id: `v-${String(i)}`, date: "2024-01-01", planTypes: ["cin"] })) });
    expect(both(visits(10_000))).toEqual([true, true]);
    expect(both(visits(10_001))).toEqual([false, false]);
    const lac = (postcode: string): unknown => child("c-1", { lookedAfterEpisodes: [{ id: "l-1", startDate: "2024-01-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4", homePostcode: postcode }] });
    expect(both(lac("x".repeat(100)))).toEqual([true, true]);
    expect(both(lac("x".repeat(101)))).toEqual([false, false]);
  });

  it("refuses ids with control characters, as the schema does", () => {
    for (const id of ["a\r\nb", "a\tb", "a\u0000b", "a\u001bb", "a\u0085b", "a\u2028b"]) {
      expect(both(child(id)), JSON.stringify(id)).toEqual([false, false]);
    }
    for (const id of ["a b", "Zoë-1", "子供"]) expect(both(child(id)), id).toEqual([true, true]);
  });
});
