import { describe, expect, it } from "vitest";
import { computeCoreDataSet, type MetricResult } from "../../src/metrics";
import type { AdditiveRelation, DisclosureCell, DisclosureNode } from "../../src/metrics/disclosureControl";
import { recoverable } from "./disclosureCheck";
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

  // The attacker's identities below are written from the measures' definitions (DfE's OC3 and
  // OC2 guidance), not read from the relations kinsafe declares: each is a fact about the young
  // people counted, whatever kinsafe hides.
  const cell = (id: string, field: DisclosureCell["field"]): DisclosureCell => ({ id, field });
  const sum = (total: DisclosureCell, ...parts: DisclosureCell[]): AdditiveRelation => ({ total, parts });
  const groupsOf = (id: string): string[] => [id, `${id}/17-18`, `${id}/19-21`];
  /** Every percentage of a care leavers' group (a share's too) is of the group's care leavers; each age group's count adds up to the pooled one. */
  function leaverIdentities(m: DisclosureNode): AdditiveRelation[] {
    const out: AdditiveRelation[] = [];
    const walk = (n: DisclosureNode, group: string): void => {
      if (n.unit === "percent") out.push(sum(cell(`${group}/care-leavers`, "value"), cell(n.id, "denominator")));
      for (const [k, b] of Object.entries(n.breakdown ?? {})) walk(b, k === "17-18" || k === "19-21" ? b.id : group);
    };
    walk(m, m.id);
    const pooled = (n: DisclosureNode): void => {
      const rest = n.id.slice(m.id.length);
      const field = n.unit === "count" ? "value" : "numerator";
      if (n.unit === "count" || n.numerator !== null) out.push(sum(cell(n.id, field), cell(`${m.id}/17-18${rest}`, field), cell(`${m.id}/19-21${rest}`, field)));
      for (const [k, b] of Object.entries(n.breakdown ?? {})) if (n !== m || (k !== "17-18" && k !== "19-21")) pooled(b);
    };
    pooled(m);
    return out;
  }
  const leaver = (id: string, dob: string, activity: string, accommodation: string, inTouch = "YES"): ReturnType<typeof child> =>
    child(id, { child: { childId: id, disabilities: [], dob }, careLeaverOutcomes: [{ id: "o", year: 2025, inTouch, activity, accommodation }] });
  const many = (n: number, f: (i: number) => ReturnType<typeof child>): ReturnType<typeof child>[] => Array.from({ length: n }, (_, i) => f(i));

  it("does not let EET, NEET and not known give away the main activities they are made of", () => {
    // 31 care leavers aged 17: EET 21 = higher education 5 + other education 8 + apprenticeship 0
    // + training or employment 8; NEET 8 = illness 2 + parenting 3 + other 3; not known 2
    const codes = [...Array<string>(5).fill("F1"), ...Array<string>(8).fill("F2"), ...Array<string>(8).fill("F5"), "G4", "G4", "G6", "G6", "G6", "G5", "G5", "G5", "0", "0"];
    const leavers = codes.map((a, i) => leaver(`l${String(i)}`, "2007-06-01", a, "U1"));
    const options = { period, metrics: ["care-leavers.activity"] as const };
    const before = computeCoreDataSet(leavers, options).metrics["care-leavers.activity"] as MetricResult;
    expect([before.numerator, at(before, "neet")?.numerator, at(before, "not-known")?.numerator, before.denominator]).toEqual([21, 8, 2, 31]);
    const after = computeCoreDataSet(leavers, { ...options, suppress: { threshold: 6 } }).metrics["care-leavers.activity"] as MetricResult;
    const activity = (g: string, k: string): DisclosureCell => cell(`${g}/activity/${k}`, "numerator");
    const identities = [
      ...leaverIdentities(before),
      ...groupsOf(before.id).flatMap((g) => [
        sum(cell(g, "numerator"), ...["higher-education", "other-education", "apprenticeship", "training-or-employment"].map((k) => activity(g, k))),
        sum(cell(`${g}/neet`, "numerator"), ...["neet-illness-or-disability", "neet-pregnancy-or-parenting", "neet-other"].map((k) => activity(g, k))),
        sum(cell(`${g}/not-known`, "numerator"), activity(g, "not-known")),
        sum(cell(`${g}/care-leavers`, "value"), cell(g, "numerator"), cell(`${g}/neet`, "numerator"), cell(`${g}/not-known`, "numerator")),
      ]),
    ];
    // higher education (5) and not known (2) are hidden, and nothing gives them (or any other hidden count) away
    expect(at(after, "activity", "higher-education")?.numerator).toBeNull();
    expect(at(after, "not-known")?.numerator).toBeNull();
    expect(recoverable(identities, [before], [after])).toEqual([]);
  });

  it("does not let suitable, unsuitable and no information give away one another", () => {
    // 31 care leavers aged 20: 20 in suitable accommodation (U1), 8 unsuitable (U2), 3 with no suitability (U)
    const accommodation = [...Array<string>(20).fill("U1"), ...Array<string>(8).fill("U2"), "U", "U", "U"];
    const leavers = accommodation.map((a, i) => leaver(`l${String(i)}`, "2004-06-01", "F2", a, i % 2 === 0 ? "YES" : "NO"));
    const options = { period, metrics: ["care-leavers.accommodation"] as const };
    const before = computeCoreDataSet(leavers, options).metrics["care-leavers.accommodation"] as MetricResult;
    expect([before.numerator, at(before, "unsuitable")?.numerator, at(before, "no-information")?.numerator, before.denominator]).toEqual([20, 8, 3, 31]);
    const after = computeCoreDataSet(leavers, { ...options, suppress: { threshold: 5 } }).metrics["care-leavers.accommodation"] as MetricResult;
    const sharesSum = (g: string, k: string): AdditiveRelation[] => {
      const dist = at(before, ...g.slice(before.id.length).split("/").filter(Boolean), k);
      return [sum(cell(`${g}/care-leavers`, "value"), ...Object.values(dist?.breakdown ?? {}).map((b) => cell(b.id, "numerator")))];
    };
    const identities = [
      ...leaverIdentities(before),
      ...groupsOf(before.id).flatMap((g) => [
        sum(cell(`${g}/care-leavers`, "value"), cell(g, "numerator"), cell(`${g}/unsuitable`, "numerator"), cell(`${g}/no-information`, "numerator")),
        ...sharesSum(g, "contact"),
        ...sharesSum(g, "type"),
      ]),
    ];
    expect(at(after, "no-information")?.numerator).toBeNull();
    expect(recoverable(identities, [before], [after])).toEqual([]);
  });

  it("hides every denominator of an age group whose care leavers are hidden, and the pooled count or the other group's", () => {
    // 31 care leavers aged 17 and 2 aged 20: the 19-21 count (2) is hidden, so the pooled count
    // (33) or the 17-18 count (31) is hidden too, and then every figure over it hides its denominator
    const codes = [...Array<string>(20).fill("F1"), ...Array<string>(11).fill("F2")];
    const leavers = [...codes.map((a, i) => leaver(`y${String(i)}`, "2007-06-01", a, i < 16 ? "U1" : "U2", i < 13 ? "YES" : "NO")), ...many(2, (i) => leaver(`o${String(i)}`, "2004-06-01", "F2", "U1"))];
    for (const id of ["care-leavers.accommodation", "care-leavers.activity"] as const) {
      const before = computeCoreDataSet(leavers, { period, metrics: [id] }).metrics[id] as MetricResult;
      expect([at(before, "17-18", "care-leavers")?.value, at(before, "19-21", "care-leavers")?.value, at(before, "care-leavers")?.value], id).toEqual([31, 2, 33]);
      const after = computeCoreDataSet(leavers, { period, metrics: [id], suppress: { threshold: 5 } }).metrics[id] as MetricResult;
      const hiddenGroups = [after, at(after, "17-18"), at(after, "19-21")].filter((g) => at(g, "care-leavers")?.value === null) as MetricResult[];
      // the 19-21 group and one of the others
      expect(hiddenGroups.length, id).toBeGreaterThanOrEqual(2);
      for (const g of hiddenGroups) {
        const denominators: (number | null)[] = [];
        const walk = (n: DisclosureNode, top: boolean): void => {
          if (n.unit === "percent") denominators.push(n.denominator);
          for (const [k, b] of Object.entries(n.breakdown ?? {})) if (!(top && (k === "17-18" || k === "19-21"))) walk(b, false);
        };
        walk(g, true);
        expect(denominators.length, `${id} ${g.id}`).toBeGreaterThan(3);
        expect(new Set(denominators), `${id} ${g.id}`).toEqual(new Set([null]));
      }
      expect(recoverable(leaverIdentities(before), [before], [after]), id).toEqual([]);
    }
  });

  it("does not let the population less a denominator of every row give away the children with no OC2 row", () => {
    // 23 children looked after since 2020; 20 have an OC2 row for 2025 giving every item (5 aged 3,
    // 10 aged 8, 5 aged 12), 3 have none: population 23, not recorded 3, each whole-population
    // item's denominator 20 = the children with a row
    const row = { healthAssessment: true, immunisations: true, teethCheck: true, healthCheck: true, convicted: false, substanceMisuse: false };
    const looked = (id: string, dob: string, withRow: boolean): ReturnType<typeof child> =>
      child(id, { child: { childId: id, disabilities: [], dob }, lookedAfterEpisodes: [lac("e1", "2020-01-01", "C2")], ...(withRow ? { lookedAfterOutcomes: [{ id: "oc2", year: 2025, ...row }] } : {}) });
    const children = [
      ...many(5, (i) => looked(`a${String(i)}`, "2021-06-01", true)),
      ...many(10, (i) => looked(`b${String(i)}`, "2016-06-01", true)),
      ...many(5, (i) => looked(`c${String(i)}`, "2012-06-01", true)),
      ...many(3, (i) => looked(`n${String(i)}`, "2016-06-01", false)),
    ];
    const options = { period, metrics: ["lac.health"] as const };
    const before = computeCoreDataSet(children, options).metrics["lac.health"] as MetricResult;
    expect([at(before, "population")?.value, at(before, "not-recorded")?.value, before.denominator, at(before, "immunisations")?.denominator]).toEqual([23, 3, 20, 20]);
    const after = computeCoreDataSet(children, { ...options, suppress: { threshold: 5 } }).metrics["lac.health"] as MetricResult;
    // the children with a row: not published, known to be population - not recorded, and the
    // denominator of every item of the whole population when every row gives it
    const withRow = cell("lac.health/with-an-oc2-row", "value");
    const identities = [
      sum(cell("lac.health/population", "value"), withRow, cell("lac.health/not-recorded", "value")),
      ...["lac.health", "lac.health/immunisations", "lac.health/teeth-checked", "lac.health/substance-misuse"].map((id) => sum(withRow, cell(id, "denominator"))),
    ];
    expect(at(after, "not-recorded")?.value).toBeNull();
    expect(recoverable(identities, [before], [after])).toEqual([]);
    // the least hidden: the population (the denominators, shown by several measures, stay)
    expect(at(after, "population")?.value).toBeNull();
    expect(after.denominator).toBe(20);
  });
});
