import { describe, expect, it } from "vitest";
import { computeCoreDataSet, type MetricResult } from "../../src/metrics";
import { child, lac } from "./fixtures";

// Disclosure control of the looked-after measures: a suppressed count is not given away by a
// published figure it is part of (found by review: the incidents per child and the children
// adopted with and without an adoptive placement).

const period = { year: 2025 } as const;
const at = (m: MetricResult | undefined, ...path: string[]): MetricResult | undefined => path.reduce<MetricResult | undefined>((n, k) => n?.breakdown?.[k], m);

describe("disclosure control of the looked-after measures", () => {
  it("hides the incidents per child with the incidents they are made of", () => {
    const looked = Array.from({ length: 32 }, (_, i) => child(`c${String(i)}`, { lookedAfterEpisodes: [lac("e1", "2023-01-01", "C2")] }));
    looked[0] = child("c0", { lookedAfterEpisodes: [lac("e1", "2023-01-01", "C2")], missing: [1, 2].map((k) => ({ id: `m${String(k)}`, missingType: "M", startDate: `2024-06-0${String(k)}` })) });
    looked[1] = child("c1", { lookedAfterEpisodes: [lac("e1", "2023-01-01", "C2")], missing: [1, 2, 3].map((k) => ({ id: `m${String(k)}`, missingType: "M", startDate: `2024-07-0${String(k)}` })) });
    const open = computeCoreDataSet(looked, { period }).metrics["lac.missing"];
    expect(at(open, "incidents")?.value).toBe(5);
    expect(at(open, "per-child")?.numerator).toBe(5);
    const shut = computeCoreDataSet(looked, { period, suppress: { threshold: 10 } }).metrics["lac.missing"];
    expect(at(shut, "incidents")?.value).toBeNull();
    expect(at(shut, "per-child")?.numerator).toBeNull();
    expect(at(shut, "per-child")?.value).toBeNull();
  });

  it("does not let the children adopted less those timed give away the children with no adoptive placement", () => {
    const timed = Array.from({ length: 13 }, (_, i) =>
      child(`a${String(i)}`, {
        lookedAfterEpisodes: [
          lac("e1", "2022-05-01", "C2", { endDate: "2024-01-10", reasonEpisodeCeased: "X1" }),
          lac("e2", "2024-01-10", "E1", { reasonForNewEpisode: "P", placementType: "A4", endDate: "2024-06-01", reasonEpisodeCeased: "E11" }),
        ],
      }),
    );
    const untimed = Array.from({ length: 2 }, (_, i) => child(`n${String(i)}`, { lookedAfterEpisodes: [lac("e1", "2022-05-01", "E1", { endDate: "2024-06-01", reasonEpisodeCeased: "E11" })] }));
    const open = computeCoreDataSet([...timed, ...untimed], { period }).metrics["lac.adoption-timeliness"];
    expect([at(open, "adopted")?.value, open?.denominator, at(open, "no-adoptive-placement")?.value]).toEqual([15, 13, 2]);
    const shut = computeCoreDataSet([...timed, ...untimed], { period, suppress: { threshold: 10 } }).metrics["lac.adoption-timeliness"];
    expect(at(shut, "no-adoptive-placement")?.value).toBeNull();
    // adopted - timed would give it: one of them is hidden too
    expect(at(shut, "adopted")?.value === null || shut?.denominator === null).toBe(true);
  });

  it("does not let the pooled care leavers less one age group give away the other, nor one measure's count the other's", () => {
    // 14 care leavers aged 17 and 3 aged 20 (on 31 March 2025), all in suitable accommodation and in education
    const leaver = (id: string, dob: string): ReturnType<typeof child> =>
      child(id, { child: { childId: id, disabilities: [], dob }, careLeaverOutcomes: [{ id: "o", year: 2025, inTouch: "YES", activity: "F1", accommodation: "U1" }] });
    const young = Array.from({ length: 14 }, (_, i) => leaver(`y${String(i)}`, "2007-06-01"));
    const old = Array.from({ length: 3 }, (_, i) => leaver(`o${String(i)}`, "2004-06-01"));
    const open = computeCoreDataSet([...young, ...old], { period }).metrics;
    expect([open["care-leavers.accommodation"]?.denominator, at(open["care-leavers.accommodation"], "19-21")?.denominator]).toEqual([17, 3]);
    const shut = computeCoreDataSet([...young, ...old], { period, suppress: { threshold: 10 } }).metrics;
    for (const id of ["care-leavers.accommodation", "care-leavers.activity"] as const) {
      const m = shut[id];
      expect(at(m, "19-21", "care-leavers")?.value, id).toBeNull();
      expect(at(m, "19-21")?.numerator, id).toBeNull();
      // pooled - 17-18 would give the 19-21 count: one of them is hidden too
      expect(at(m, "care-leavers")?.value === null || at(m, "17-18", "care-leavers")?.value === null, id).toBe(true);
      expect(m?.numerator === null || at(m, "17-18")?.numerator === null, id).toBe(true);
    }
  });
});
