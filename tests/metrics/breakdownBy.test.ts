import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KinsafeError } from "../../src/core";
import { breakdownBy, computeCoreDataSet, toColumnarCohort, type CoreDataSetGroup, type MetricResult } from "../../src";
import { coreRelations, type AdditiveRelation, type DisclosureNode } from "../../src/metrics/disclosureControl";
import { recoverable } from "./disclosureCheck";
import { allFigures, arbChildRecord, arbDateFrom, child, cpPlan, episode } from "./fixtures";

const period = { year: 2025 } as const;

function withDetails(id: string, details: Record<string, unknown>, parts: Parameters<typeof child>[1] = {}): ReturnType<typeof child> {
  const r = child(id, parts);
  return { ...r, child: { ...r.child, ...details } };
}

const referral = (id: string, date: string): Record<string, unknown> => episode(id, date);

describe("breakdownBy", () => {
  it("gives the core data set of each group of children, in DfE's order, not recorded last", () => {
    const records = [
      withDetails("a", { sex: "M" }, { cinEpisodes: [referral("e1", "2024-05-01"), referral("e2", "2024-07-01")] }),
      withDetails("b", { sex: "F" }, { cinEpisodes: [referral("e1", "2024-06-01")] }),
      withDetails("c", {}, { cinEpisodes: [referral("e1", "2024-06-01")] }),
      withDetails("d", { sex: "F" }, { cinEpisodes: [episode("e1", "2024-08-01", { cpPlans: [cpPlan("p1", "2024-08-20")] })] }),
    ];
    // #region docs-example
    const bySex = breakdownBy(records, "sex", { period: { year: 2025 } });
    // bySex.groups: female (2 children), male (1), not-recorded (1), each with its own core data set
    const female = bySex.groups.find((g) => g.key === "female");
    // female?.result.metrics["activity.referrals"]?.value === 2
    // #endregion docs-example
    expect(bySex.by).toBe("sex");
    expect(bySex.groups.map((g) => [g.key, g.label, g.children])).toEqual([
      ["female", "Female", 2],
      ["male", "Male", 1],
      ["not-recorded", "Not recorded", 1],
    ]);
    expect(female?.result.metrics["activity.referrals"]?.value).toBe(2);
    expect(bySex.groups.find((g) => g.key === "male")?.result.metrics["activity.referrals"]?.value).toBe(2);
    expect(bySex.total.metrics["activity.referrals"]?.value).toBe(5);
    expect(female?.result.metrics["plans.open"]?.breakdown?.["cp"]?.value).toBe(1);
    // the total is computeCoreDataSet's
    expect(bySex.total.metrics).toEqual(computeCoreDataSet(records, { period }).metrics);
  });

  it("puts each child in the DfE age band at the snapshot, unborn children included", () => {
    const at = (id: string, details: Record<string, unknown>): ReturnType<typeof child> => withDetails(id, details);
    const records = [
      at("unborn-expected", { expectedDob: "2025-06-01" }),
      at("born-after-snapshot", { dob: "2025-04-02" }),
      at("0-on-snapshot", { dob: "2025-03-31" }),
      at("turns-1-on-snapshot", { dob: "2024-03-31" }),
      at("turns-1-after", { dob: "2024-04-01" }),
      at("4", { dob: "2020-04-01" }),
      at("5", { dob: "2020-03-31" }),
      at("9", { dob: "2015-04-01" }),
      at("10", { dob: "2015-03-31" }),
      at("15", { dob: "2009-04-01" }),
      at("16", { dob: "2009-03-31" }),
      at("no-date", {}),
    ];
    const result = breakdownBy(records, "age", { period });
    const groupOf = (g: CoreDataSetGroup): [string, number | null] => [g.key, g.children];
    expect(result.groups.map(groupOf)).toEqual([
      ["unborn", 2],
      ["under-1", 2],
      ["1-to-4", 2],
      ["5-to-9", 2],
      ["10-to-15", 2],
      ["16-and-over", 1],
      ["not-recorded", 1],
    ]);
    expect(result.notes.join(" ")).toContain("age at the event");
  });

  it("gives ethnicity in DfE's major groups with the minor groups inside", () => {
    const records = [
      withDetails("a", { ethnicity: "WBRI" }),
      withDetails("b", { ethnicity: "WROM" }),
      withDetails("c", { ethnicity: "CHNE" }),
      withDetails("d", { ethnicity: "BAFR" }),
      withDetails("e", { ethnicity: "NOBT" }),
    ];
    const result = breakdownBy(records, "ethnicity", { period });
    expect(result.groups.map((g) => [g.key, g.children, g.subgroups?.map((s) => `${s.key}:${String(s.children)}`)])).toEqual([
      ["white", 2, ["WBRI:1", "WROM:1"]],
      ["black", 1, ["BAFR:1"]],
      ["other", 1, ["CHNE:1"]],
      ["not-obtained", 1, ["NOBT:1"]],
    ]);
    expect(result.groups[0]?.label).toBe("White");
    expect(result.groups[0]?.subgroups?.[1]?.label).toBe("Gypsy/Roma");
  });

  it("groups disability as disabled, not disabled or not recorded", () => {
    const records = [withDetails("a", { disabilities: ["AUT", "LD"] }), withDetails("b", { disabilities: ["NONE"] }), withDetails("c", { disabilities: [] })];
    expect(breakdownBy(records, "disability", { period }).groups.map((g) => g.key)).toEqual(["disabled", "not-disabled", "not-recorded"]);
  });

  it("groups by a field path of the child or of the extensions, and by a function", () => {
    const records = [withDetails("a", { la: "201" }), withDetails("b", { la: "202" }), { ...withDetails("c", { la: "201" }), extensions: { team: { name: "North" } } }];
    expect(breakdownBy(records, "child.la", { period }).groups.map((g) => [g.key, g.children])).toEqual([
      ["201", 2],
      ["202", 1],
    ]);
    expect(breakdownBy(records, "extensions.team.name", { period }).groups.map((g) => [g.key, g.children])).toEqual([
      ["North", 1],
      ["not-recorded", 2],
    ]);
    const byReferrals = breakdownBy(records, { name: "has-referrals", groupOf: (r) => (r.cinEpisodes.length > 0 ? "yes" : "no"), order: ["yes", "no"] }, { period });
    expect(byReferrals.by).toBe("has-referrals");
    expect(byReferrals.groups.map((g) => g.key)).toEqual(["no"]);
  });

  it("refuses what it cannot group by, naming it", () => {
    const records = [withDetails("a", {})];
    expect(() => breakdownBy(records, "gender" as "sex", { period })).toThrow(/not a breakdown key/);
    expect(() => breakdownBy(records, "child.gender", { period })).toThrow(KinsafeError);
    expect(() => breakdownBy(records, "cinEpisodes.referralSource" as "child.x", { period })).toThrow(/lists/);
    // a JavaScript caller can pass a cohort: refused with the reason
    expect(() => breakdownBy(toColumnarCohort(records) as unknown as Iterable<unknown>, "sex", { period })).toThrow(/columnar cohort/);
    expect(() => breakdownBy(records, { name: "x", groupOf: () => 3 as unknown as string }, { period })).toThrow(/child a/);
    // a function or nothing, from a caller without types
    expect(() => breakdownBy(records, ((r: unknown) => String(r)) as unknown as "sex", { period })).toThrow(/must be a breakdown key/);
    expect(() => breakdownBy(records, null as unknown as "sex", { period })).toThrow(KinsafeError);
    const withObject = [{ ...withDetails("a", {}), extensions: { team: { name: "North" } } }];
    expect(() => breakdownBy(withObject, "extensions.team", { period })).toThrow(/is an object/);
  });

  it("validates records as computeCoreDataSet does: skipped ones are in the total's count, in no group", () => {
    const records = [withDetails("a", { sex: "F" }), { child: { childId: "bad" } }];
    expect(() => breakdownBy(records, "sex", { period })).toThrow(KinsafeError);
    const result = breakdownBy(records, "sex", { period, validate: "skip" });
    expect(result.total.records.read).toBe(2);
    expect(result.total.records.skipped).toBe(1);
    expect(result.total.records.errors[0]?.childId).toBe("bad");
    expect(result.groups.map((g) => [g.key, g.children])).toEqual([["female", 1]]);
  });

  it("gives a group's rates only with the group's own population, and leaves workforce figures to the total", () => {
    const records = [withDetails("a", { sex: "F" }, { cinEpisodes: [referral("e1", "2024-05-01")] }), withDetails("b", { sex: "M" }, { cinEpisodes: [referral("e1", "2024-05-01")] })];
    const result = breakdownBy(records, "sex", {
      period,
      population: { children0to17: 20_000, vintage: "ONS mid-2024" },
      populations: { female: { children0to17: 9_800, vintage: "ONS mid-2024" } },
    });
    const rate = (key: string): MetricResult | undefined => result.groups.find((g) => g.key === key)?.result.metrics["activity.referral-rate"];
    expect(result.total.metrics["activity.referral-rate"]?.value).toBe(1);
    expect(rate("female")?.value).toBeCloseTo(10_000 / 9_800, 12);
    expect(rate("male")?.value).toBeNull();
    expect(rate("male")?.unavailable?.reason).toBe("no-population");
  });

  it("suppresses small groups and whatever would give them away (the total less the others)", () => {
    // 6 girls referred, 2 boys referred: with threshold 3 (counts 1-2 hidden) the boys' referrals are hidden,
    // and so is the girls' (else total 8 - 6 = 2), or the total.
    const girls = Array.from({ length: 6 }, (_, i) => withDetails(`f${String(i)}`, { sex: "F" }, { cinEpisodes: [referral("e1", "2024-05-01")] }));
    const boys = Array.from({ length: 2 }, (_, i) => withDetails(`m${String(i)}`, { sex: "M" }, { cinEpisodes: [referral("e1", "2024-05-01")] }));
    const result = breakdownBy([...girls, ...boys], "sex", { period, suppress: { threshold: 3 } });
    const referrals = (r: { result: { metrics: Record<string, MetricResult | undefined> } }): number | null => r.result.metrics["activity.referrals"]?.value ?? null;
    const male = result.groups.find((g) => g.key === "male");
    const female = result.groups.find((g) => g.key === "female");
    expect(male?.children).toBeNull();
    expect(referrals(male as CoreDataSetGroup)).toBeNull();
    expect(male?.result.metrics["activity.referrals"]?.suppressed).toBe(true);
    // not recoverable: either the girls' or the total's figure is hidden too
    const total = result.total.metrics["activity.referrals"]?.value ?? null;
    expect(total === null || referrals(female as CoreDataSetGroup) === null).toBe(true);
    expect(female?.children === null || result.groups.length > 2 || total === null || referrals(female as CoreDataSetGroup) === null).toBe(true);
    expect(result.total.suppress).toEqual({ threshold: 3 });
    expect(male?.result.suppress).toEqual({ threshold: 3 });
  });

  it("law: every group's counts add up to the total's (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(arbDateFrom("2023-01-01", 900)), { maxLength: 25 }), fc.constantFrom("sex", "age", "ethnicity", "disability", "child.upn"), (raw, by) => {
        const records = raw.map((r, i) => ({ ...r, child: { ...r.child, childId: `c${String(i)}` } }));
        const result = breakdownBy(records, by, { period });
        expect(result.groups.reduce((s, g) => s + (g.children ?? 0), 0)).toBe(records.length);
        const totals = allFigures(result.total);
        const groupFigures = result.groups.map((g) => new Map(allFigures(g.result).map((m) => [m.id, m])));
        for (const t of totals) {
          if (t.id.startsWith("workforce.")) continue;
          const fields = t.unit === "count" ? (["value"] as const) : t.unit === "percent" ? (["numerator", "denominator"] as const) : [];
          for (const f of fields) {
            const parts = groupFigures.map((m) => m.get(t.id)?.[f]);
            if (t[f] === null || parts.some((p) => p === null || p === undefined)) continue;
            expect(parts.reduce<number>((s, p) => s + (p as number), 0), `${t.id} ${f}`).toBe(t[f]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("law: no suppressed count can be worked out from the published total and groups (fast-check, an attacker's check)", () => {
    // The identities an analyst knows: each result's own (the engine's declared relations) and,
    // for every count, numerator and denominator of children or events, total = the sum of the groups.
    const renamed = (n: DisclosureNode, prefix: string): DisclosureNode => ({
      ...n,
      id: `${prefix}|${n.id}`,
      ...(n.breakdown === undefined ? {} : { breakdown: Object.fromEntries(Object.entries(n.breakdown).map(([k, v]) => [k, renamed(v, prefix)])) }),
    });
    const nodesOf = (r: { metrics: Record<string, MetricResult | undefined> }, prefix: string): DisclosureNode[] =>
      Object.entries(r.metrics)
        .filter(([id, m]) => m !== undefined && !id.startsWith("workforce."))
        .map(([, m]) => renamed(m as DisclosureNode, prefix));
    fc.assert(
      fc.property(fc.array(arbChildRecord(arbDateFrom("2023-06-01", 700)), { minLength: 1, maxLength: 14 }), fc.constantFrom("sex", "disability"), fc.integer({ min: 2, max: 4 }), (raw, by, threshold) => {
        const records = raw.map((r, i) => ({ ...r, child: { ...r.child, childId: `c${String(i)}` } }));
        // a few linked metrics, so that the exact check stays small
        const metrics = ["activity.referrals", "activity.referral-rate", "activity.re-referral-rate", "activity.referral-outcome", "activity.s47-enquiries", "plans.open"] as const;
        const open = breakdownBy(records, by, { period, metrics });
        const shut = breakdownBy(records, by, { period, metrics, suppress: { threshold } });
        const results = [{ prefix: "total", open: open.total, shut: shut.total }, ...open.groups.map((g, i) => ({ prefix: g.key, open: g.result, shut: shut.groups[i]!.result }))];
        const before = results.flatMap((r) => nodesOf(r.open, r.prefix));
        const after = results.flatMap((r) => nodesOf(r.shut, r.prefix));
        const relations: AdditiveRelation[] = results.flatMap((r) =>
          coreRelations(nodesOf(r.open, "x").map((n) => renamed({ ...n, id: n.id.slice(2) }, ""))).map((rel) => ({
            total: { ...rel.total, id: `${r.prefix}${rel.total.id}` },
            parts: rel.parts.map((c) => ({ ...c, id: `${r.prefix}${c.id}` })),
          })),
        );
        for (const t of allFigures(open.total)) {
          if (t.id.startsWith("workforce.")) continue;
          const fields = t.unit === "count" ? (["value"] as const) : t.unit === "percent" ? (["numerator", "denominator"] as const) : t.unit === "per10k" ? (["numerator"] as const) : [];
          for (const field of fields) {
            if (t[field] === null) continue;
            relations.push({ total: { id: `total|${t.id}`, field }, parts: open.groups.map((g) => ({ id: `${g.key}|${t.id}`, field })) });
          }
        }
        expect(recoverable(relations, before, after)).toEqual([]);
        // and the groups' children
        const kids = shut.groups.map((g) => g.children);
        expect(kids.filter((k) => k === null).length === 1 && kids.length > 1).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
