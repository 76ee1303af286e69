import { describe, expect, it } from "vitest";
import { computeCoreDataSet, DEFAULT_VISIT_POLICY, type VisitPolicy } from "../../src/metrics";
import { type ChildRecord } from "../../src/records";
import { child, lac } from "./fixtures";

// plans.seen-per-plan for looked-after children: Care Planning, Placement and Case Review
// (England) Regulations 2010, reg 28(2) (https://www.legislation.gov.uk/uksi/2010/959/regulation/28):
// a visit within one week of the start of any placement; then at intervals of not more than six
// weeks in the first year of a placement; after that six weeks, or three months where the
// placement is intended to last until 18 (long-term fostering, U1/U4).

const PERIOD = { year: 2024 } as const; // 2023-04-01 .. 2024-03-31

function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(d: string, n: number): string {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty)}-${String(tm).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

/** Visit dates from `first`, each `next(previous)` after the one before, up to `until`. */
function visits(first: string, next: (d: string) => string, until: string): { id: string; date: string; planTypes: string[] }[] {
  const out: { id: string; date: string; planTypes: string[] }[] = [];
  for (let d = first; d <= until; d = next(d)) out.push({ id: `v-${String(out.length)}`, date: d, planTypes: ["lac"] });
  return out;
}

function seen(r: ChildRecord, visitPolicy?: VisitPolicy): number | null | undefined {
  const m = computeCoreDataSet([r], { period: PERIOD, ...(visitPolicy === undefined ? {} : { visitPolicy }) }).metrics["plans.seen-per-plan"];
  return m?.breakdown?.["lac"]?.value;
}

/** Placed 2023-04-01 (U6); moved on 2023-07-01 (RNE P, U6); visits every 6 weeks; the first visit after the move `gap` days after it. */
function moved(gap: number): ChildRecord {
  const before = [{ id: "v-a", date: "2023-04-01", planTypes: ["lac"] }, { id: "v-b", date: "2023-05-10", planTypes: ["lac"] }, { id: "v-c", date: "2023-06-20", planTypes: ["lac"] }];
  return child("c", {
    lookedAfterEpisodes: [
      lac("e-1", "2023-04-01", "C2", { placementType: "U6", endDate: "2023-07-01", reasonEpisodeCeased: "X1" }),
      lac("e-2", "2023-07-01", "C2", { reasonForNewEpisode: "P", placementType: "U6" }),
    ],
    visits: [...before, ...visits(addDays("2023-07-01", gap), (d) => addDays(d, 42), "2024-03-31")],
  });
}

/** Placed 2021-01-01 (more than a year before the period) with `place`; visits every `next`. */
function settled(place: string, next: (d: string) => string): ChildRecord {
  return child("c", { lookedAfterEpisodes: [lac("e-1", "2021-01-01", "C2", { placementType: place })], visits: visits("2023-04-01", next, "2024-03-31") });
}

describe("plans.seen-per-plan: looked-after visits (reg 28(2))", () => {
  it("has the reg 28(2) schedule as its default policy", () => {
    // #region default-policy
    const lacRule = DEFAULT_VISIT_POLICY.lac;
    // { afterPlacementStart: 7 days, firstYear: 42 days, thereafter: 42 days, thereafterLongTerm: 3 months }
    // #endregion default-policy
    expect(lacRule).toEqual({
      afterPlacementStart: { unit: "days", value: 7 },
      firstYear: { unit: "days", value: 42 },
      thereafter: { unit: "days", value: 42 },
      thereafterLongTerm: { unit: "months", value: 3 },
    });
  });

  it("needs a visit within one week of the start of every placement, not only the first", () => {
    expect(seen(moved(7))).toBe(100);
    expect(seen(moved(8))).toBe(0);
    // a visit on the day of the move counts as the visit after it
    expect(seen(moved(0))).toBe(100);
  });

  it("needs a visit within one week of the start of the first placement", () => {
    const r = (gap: number): ChildRecord =>
      child("c", { lookedAfterEpisodes: [lac("e-1", "2023-05-01", "C2", { placementType: "U6" })], visits: visits(addDays("2023-05-01", gap), (d) => addDays(d, 42), "2024-03-31") });
    expect(seen(r(7))).toBe(100);
    expect(seen(r(8))).toBe(0);
  });

  it("after the first year of a placement: six weeks, or three months when it is long-term fostering (U1/U4)", () => {
    const six = (d: string): string => addDays(d, 42);
    const sixAndADay = (d: string): string => addDays(d, 43);
    const three = (d: string): string => addMonths(d, 3);
    const threeAndADay = (d: string): string => addDays(addMonths(d, 3), 1);
    expect(seen(settled("U6", six))).toBe(100);
    expect(seen(settled("U6", sixAndADay))).toBe(0);
    expect(seen(settled("U6", three))).toBe(0);
    expect(seen(settled("U4", three))).toBe(100);
    expect(seen(settled("U1", three))).toBe(100);
    expect(seen(settled("U4", threeAndADay))).toBe(0);
  });

  it("keeps the meaning of a placement rule written as { firstYear, thereafter }", () => {
    const old = { lac: { firstYear: { unit: "days", value: 42 }, thereafter: { unit: "months", value: 3 } } } as unknown as VisitPolicy;
    expect(seen(settled("U6", (d) => addMonths(d, 3)), old)).toBe(100);
    expect(seen(moved(20), old)).toBe(100);
  });
});
