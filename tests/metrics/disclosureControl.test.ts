import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { computeCoreDataSet, type CoreDataSetOptions, type MetricResult } from "../../src/metrics";
import { type ChildRecord } from "../../src/records";
import { addMonths } from "date-fns";
import { CORE_ADDITIVITY, SECONDARY_NOTE, controlDisclosure, coreRelations, relationsOf, type AdditiveRelation, type DisclosureCell, type DisclosureNode } from "../../src/metrics/disclosureControl";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { imbalances, nodesById, recoverable, shown } from "./disclosureCheck";
import { arbChildRecord, arbDateFrom, child, cpPlan, episode } from "./fixtures";

// ---- helpers

let seq = 0;
function referrals(source: string, n: number, date = "2024-06-03"): ChildRecord[] {
  return Array.from({ length: n }, () => {
    const id = `c${String(++seq)}`;
    return child(id, { cinEpisodes: [episode(`${id}-e`, date, { referralSource: source })] });
  });
}

function results(r: { metrics: Readonly<Partial<Record<string, MetricResult>>> }): MetricResult[] {
  return Object.values(r.metrics).filter((m): m is MetricResult => m !== undefined && !m.id.startsWith("workforce."));
}

/**
 * The identities an analyst can read off the published core data set, written here apart from
 * the implementation's declarations: cumulative shares as sums of bands ("more than 6 months",
 * "1 year or more", "2 years or more" of plan durations; "within 45" and "within 15" working
 * days), one total under several figures, and one count published in several metrics.
 */
function analystIdentities(all: readonly DisclosureNode[]): AdditiveRelation[] {
  const byId = nodesById(all);
  const out: AdditiveRelation[] = [];
  const cell = (id: string, field: DisclosureCell["field"]): DisclosureCell => ({ id, field });
  const has = (id: string): boolean => byId.has(id);
  const eq = (total: DisclosureCell, ...parts: DisclosureCell[]): void => {
    if (has(total.id) && parts.every((p) => has(p.id))) out.push({ total, parts });
  };
  const sum = (total: DisclosureCell, parts: readonly string[]): void => eq(total, ...parts.map((id) => cell(id, "numerator")));
  if (has("plans.duration")) {
    for (const t of ["early-help", "cin", "cp", "lac"]) {
      const id = `plans.duration/${t}`;
      const band = (k: string): string => `${id}/bands/${k}`;
      // every cumulative share is there, over the same plans as the bands
      for (const k of ["more-than-6-months", "1-year-or-more", "2-years-or-more", "bands"]) {
        expect(byId.has(`${id}/${k}`), `${id}/${k}`).toBe(true);
        eq(cell(id, "value"), cell(`${id}/${k}`, "denominator"));
      }
      const after6 = [band("6-months-to-1-year"), band("1-to-2-years"), band("2-years-or-more")];
      sum(cell(`${id}/more-than-6-months`, "numerator"), after6);
      sum(cell(`${id}/1-year-or-more`, "numerator"), after6.slice(1));
      sum(cell(`${id}/2-years-or-more`, "numerator"), after6.slice(2));
      // the subtraction of the issue: total - "3 months or less" - "more than 6 months" = "3 to 6 months"
      sum(cell(id, "value"), [band("3-months-or-less"), band("3-to-6-months"), `${id}/more-than-6-months`]);
    }
  }
  const duration = (id: string, within: string, first: readonly string[]): void => {
    if (!has(id)) return;
    for (const k of ["bands", within, "lower-quartile", "upper-quartile"]) eq(cell(id, "denominator"), cell(`${id}/${k}`, "denominator"));
    sum(cell(`${id}/${within}`, "numerator"), first.map((k) => `${id}/bands/${k}`));
  };
  duration("timeliness.assessment-duration", "within-45", ["0", "1-10", "11-20", "21-30", "31-40", "41-45"]);
  duration("timeliness.icpc", "within-15", ["0-10", "11-15"]);
  duration("timeliness.icpc/from-strategy-discussion", "within-15", ["0-10", "11-15"]);
  for (const id of ["activity.re-referral-rate", "activity.referral-source", "activity.referral-outcome", "activity.nfa-rate", "activity.assessed-not-in-need-rate"]) {
    eq(cell("activity.referrals", "value"), cell(id, "denominator"));
  }
  eq(cell("activity.referrals", "value"), cell("activity.referral-rate", "numerator"));
  eq(cell("activity.referrals/children", "value"), cell("activity.re-referral-rate/children", "denominator"));
  eq(cell("activity.referrals/children", "value"), cell("activity.referral-rate/children", "numerator"));
  for (const id of ["activity.assessments", "activity.s47-enquiries", "activity.icpcs", "plans.open", "plans.open/cin", "plans.open/cp", "plans.open/lac", "plans.open/early-help"]) {
    eq(cell(id, "value"), cell(`${id}/per10k`, "numerator"));
  }
  // DfE breakdowns at the event: each group set is published beside the figure it splits, and
  // its groups (counts) add up to it; the assessment factors are published beside the
  // assessments but do not add up (an assessment has several)
  const groupSets: readonly (readonly [string, string])[] = [
    ["activity.referrals", "age"],
    ["plans.open", "age"],
    ["plans.open", "primary-need"],
    ["plans.open/cp", "age"],
    ["plans.open/cp", "cp-category/initial"],
    ["plans.open/cp", "cp-category/latest"],
    ["plans.open/lac", "age"],
    ["plans.started", "age"],
    ["plans.started", "cp-category/initial"],
    ["lac.started", "age"],
  ];
  for (const [id, key] of groupSets) {
    const set = `${id}/${key}`;
    eq(cell(id, "value"), cell(set, "value"));
    const groups = [...byId.keys()].filter((k) => k.startsWith(`${set}/`) && !k.slice(set.length + 1).includes("/"));
    if (has(set)) expect(groups.length, set).toBeGreaterThan(1);
    eq(cell(set, "value"), ...groups.map((k) => cell(k, "value")));
  }
  eq(cell("activity.assessments", "value"), cell("activity.assessments/assessment-factors", "value"));
  return out;
}

/** Every check of a suppressed core data set against the same records unsuppressed. */
function checkCore(records: readonly ChildRecord[], options: CoreDataSetOptions, threshold: number): void {
  const before = results(computeCoreDataSet(records, options));
  const after = results(computeCoreDataSet(records, { ...options, suppress: { threshold } }));
  const relations = coreRelations(before);
  const analyst = analystIdentities(before);
  // The declared relations, and the analyst's, are identities of the engine's figures...
  expect(imbalances(relations, before)).toEqual([]);
  expect(imbalances(analyst, before)).toEqual([]);
  // ...and no hidden count can be worked out from the published ones through them.
  expect(recoverable([...relations, ...analyst], before, after, options.population?.children0to17)).toEqual([]);
  const b = nodesById(before);
  for (const [id, n] of nodesById(after)) {
    const o = b.get(id) as DisclosureNode;
    // published numbers are the true ones; a percentage or rate on a hidden count is hidden
    for (const f of ["value", "numerator", "denominator"] as const) if (n[f] !== null) expect(n[f]).toBe(o[f]);
    if (o.numerator !== null && n.numerator === null) expect(n.value).toBeNull();
    if (o.denominator !== null && n.denominator === null) expect(n.value).toBeNull();
    // a suppressed figure says so, machine-readably
    if (n.suppressed) expect(n).toMatchObject({ status: "unavailable" });
    if (n.suppressed && o.value !== null) expect(n.unavailable?.reason).toBe("suppressed");
    // zero is never hidden
    if (n.unit === "count" && o.value === 0) expect(n.value).toBe(0);
  }
}

// ---- random hierarchical tables

interface Table {
  readonly results: DisclosureNode[];
  readonly relations: AdditiveRelation[];
}

const share = (id: string, n: number, total: number, breakdown?: Record<string, DisclosureNode>): DisclosureNode => ({
  id,
  unit: "percent",
  value: total === 0 ? null : (n * 100) / total,
  numerator: n,
  denominator: total,
  countingUnit: "referrals",
  notes: [],
  suppressed: false,
  ...(breakdown === undefined ? {} : { breakdown }),
});
const count = (id: string, n: number, breakdown?: Record<string, DisclosureNode>): DisclosureNode => ({
  id,
  unit: "count",
  value: n,
  numerator: null,
  denominator: null,
  countingUnit: "children",
  notes: [],
  suppressed: false,
  ...(breakdown === undefined ? {} : { breakdown }),
});

const arbCount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 60 }));

/** A distribution of groups (some split into detail), a "within" share of its first groups, and a two-way table with margins. */
const arbTable: fc.Arbitrary<Table> = fc
  .record({
    groups: fc.array(fc.array(arbCount, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    within: fc.nat(6),
    grid: fc.array(fc.array(arbCount, { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
  })
  .map(({ groups, within, grid }) => {
    const sums = groups.map((g) => g.reduce((s, x) => s + x, 0));
    const total = sums.reduce((s, x) => s + x, 0);
    const groupNodes: Record<string, DisclosureNode> = {};
    groups.forEach((g, i) => {
      const gid = `t/${String(i)}`;
      const detail = g.length > 1 ? Object.fromEntries(g.map((x, j) => [String(j), share(`${gid}/${String(j)}`, x, total)])) : undefined;
      groupNodes[String(i)] = share(gid, sums[i] ?? 0, total, detail);
    });
    const t: DisclosureNode = { ...share("t", 0, total, groupNodes), value: null, numerator: null };
    const k = Math.min(within, groups.length);
    const w = share("w", sums.slice(0, k).reduce((s, x) => s + x, 0), total);
    const cols = grid[0]?.length ?? 0;
    const rows = grid.map((r) => Array.from({ length: cols }, (_, j) => r[j] ?? 0));
    const rowSums = rows.map((r) => r.reduce((s, x) => s + x, 0));
    const colSums = Array.from({ length: cols }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0));
    const m = count(
      "m",
      rowSums.reduce((s, x) => s + x, 0),
      Object.fromEntries([
        ...rows.map((r, i) => [`r${String(i)}`, count(`m/r${String(i)}`, rowSums[i] ?? 0, Object.fromEntries(r.map((x, j) => [`c${String(j)}`, count(`m/r${String(i)}/c${String(j)}`, x)])))] as const),
        ...colSums.map((x, j) => [`c${String(j)}`, count(`m/c${String(j)}`, x)] as const),
      ]),
    );
    const cell = (id: string, field: "value" | "numerator" | "denominator") => ({ id, field });
    const relations: AdditiveRelation[] = [
      { total: cell("t", "denominator"), parts: groups.map((_, i) => cell(`t/${String(i)}`, "numerator")) },
      ...groups.flatMap((g, i) => (g.length > 1 ? [{ total: cell(`t/${String(i)}`, "numerator"), parts: g.map((_, j) => cell(`t/${String(i)}/${String(j)}`, "numerator")) }] : [])),
      { total: cell("w", "numerator"), parts: groups.slice(0, k).map((_, i) => cell(`t/${String(i)}`, "numerator")) },
      { total: cell("w", "denominator"), parts: [cell("t", "denominator")] },
      ...rows.map((r, i) => ({ total: cell(`m/r${String(i)}`, "value"), parts: r.map((_, j) => cell(`m/r${String(i)}/c${String(j)}`, "value")) })),
      ...colSums.map((_, j) => ({ total: cell(`m/c${String(j)}`, "value"), parts: rows.map((_, i) => cell(`m/r${String(i)}/c${String(j)}`, "value")) })),
      { total: cell("m", "value"), parts: rows.map((_, i) => cell(`m/r${String(i)}`, "value")) },
      { total: cell("m", "value"), parts: colSums.map((_, j) => cell(`m/c${String(j)}`, "value")) },
    ];
    return { results: [t, w, m], relations };
  });

describe("disclosure control", () => {
  it("hides the smallest other health source so that 3C cannot be worked out from Health (the worked example)", () => {
    // Health 41 = 3A 7 + 3B 6 + 3C 1 + 3D 8 + 3E 9 + 3F 10: before, 41 - 40 = 1 gave 3C away.
    const records = [...referrals("3A", 7), ...referrals("3B", 6), ...referrals("3C", 1), ...referrals("3D", 8), ...referrals("3E", 9), ...referrals("3F", 10), ...referrals("6", 30)];
    const r = computeCoreDataSet(records, { period: { year: 2025 }, suppress: { threshold: 6 } });
    const health = r.metrics["activity.referral-source"]?.breakdown?.["3"];
    expect(health).toMatchObject({ numerator: 41, denominator: 71, suppressed: false });
    expect(health?.breakdown?.["3C"]).toMatchObject({ value: null, numerator: null, suppressed: true, status: "unavailable", unavailable: { reason: "suppressed" } });
    expect(health?.breakdown?.["3C"]?.notes).toContain("Suppressed: a count from 1 to 5 (disclosure control).");
    // 3B (6) is the smallest non-zero sibling: hidden too, marked as a secondary suppression
    expect(health?.breakdown?.["3B"]).toMatchObject({ value: null, numerator: null, denominator: 71, suppressed: true, status: "unavailable", unavailable: { reason: "suppressed" } });
    expect(health?.breakdown?.["3B"]?.notes).toContain(SECONDARY_NOTE);
    for (const code of ["3A", "3D", "3E", "3F"]) expect(health?.breakdown?.[code]?.suppressed).toBe(false);
    // the other groups and the total are untouched
    expect(r.metrics["activity.referral-source"]?.breakdown?.["6"]).toMatchObject({ numerator: 30, suppressed: false });
    expect(r.metrics["activity.referrals"]).toMatchObject({ value: 71, suppressed: false });
  });

  it("closes the second route through a cumulative share: '1 year or more' minus a band", () => {
    // Child protection plans ending in the period: 3 months or less x7, 6 months to 1 year x8,
    // 1 to 2 years x9, 2 years or more x2. "1 year or more" (11) - "1 to 2 years" (9) = 2.
    const plans: [string, string][] = [
      ...Array.from({ length: 7 }, () => ["2024-05-01", "2024-07-01"] as [string, string]),
      ...Array.from({ length: 8 }, () => ["2024-01-02", "2024-09-02"] as [string, string]),
      ...Array.from({ length: 9 }, () => ["2023-06-01", "2024-10-01"] as [string, string]),
      ...Array.from({ length: 2 }, () => ["2022-05-01", "2024-11-01"] as [string, string]),
    ];
    const records = plans.map(([s, e], i) => child(`p${String(i)}`, { cinEpisodes: [episode(`p${String(i)}-e`, s, { cpPlans: [cpPlan(`p${String(i)}-cp`, s, e)] })] }));
    const r = computeCoreDataSet(records, { period: { year: 2025 }, suppress: { threshold: 6 }, metrics: ["plans.duration"] });
    const cp = r.metrics["plans.duration"]?.breakdown?.["cp"];
    expect(cp).toMatchObject({ value: 26 });
    expect(cp?.breakdown?.["2-years-or-more"]).toMatchObject({ value: null, suppressed: true });
    expect(cp?.breakdown?.["bands"]?.breakdown?.["2-years-or-more"]).toMatchObject({ value: null, suppressed: true });
    // suppressing the smallest band (3 months or less, 7) would leave 11 - 9 = 2: the 1-to-2-years band goes instead
    expect(cp?.breakdown?.["bands"]?.breakdown?.["3-months-or-less"]).toMatchObject({ numerator: 7, suppressed: false });
    expect(cp?.breakdown?.["bands"]?.breakdown?.["1-to-2-years"]).toMatchObject({ numerator: null, suppressed: true, notes: [SECONDARY_NOTE] });
    expect(cp?.breakdown?.["1-year-or-more"]).toMatchObject({ numerator: 11, suppressed: false });
    checkCore(records, { period: { year: 2025 } }, 6);
  });

  it("protects a band from the cumulative shares: total - '3 months or less' - 'more than 6 months' (the issue's subtraction)", () => {
    // CP plans ending in the period over 25: 3 months or less x8, more than 3 up to 6 months x2
    // (one ending exactly 6 months after it started), 6 months to 1 year x9, 1 to 2 years x6.
    const plans: [string, string][] = [
      ...Array.from({ length: 8 }, () => ["2024-05-01", "2024-07-01"] as [string, string]),
      ["2024-03-15", "2024-09-15"],
      ["2024-03-01", "2024-08-01"],
      ...Array.from({ length: 9 }, () => ["2024-01-02", "2024-09-02"] as [string, string]),
      ...Array.from({ length: 6 }, () => ["2023-06-01", "2024-10-01"] as [string, string]),
    ];
    const records = plans.map(([s, e], i) => child(`x${String(i)}`, { cinEpisodes: [episode(`x${String(i)}-e`, s, { cpPlans: [cpPlan(`x${String(i)}-cp`, s, e)] })] }));
    const plain = computeCoreDataSet(records, { period: { year: 2025 }, metrics: ["plans.duration"] });
    const cp0 = plain.metrics["plans.duration"]?.breakdown?.["cp"];
    // exactly 6 months is in "more than 3 months up to 6 months", and not "more than 6 months"
    expect(cp0?.breakdown?.["bands"]?.breakdown?.["3-to-6-months"]?.numerator).toBe(2);
    expect(cp0?.breakdown?.["more-than-6-months"]).toMatchObject({ label: "Lasted more than 6 months", numerator: 15, denominator: 25 });
    const r = computeCoreDataSet(records, { period: { year: 2025 }, suppress: { threshold: 6 }, metrics: ["plans.duration"] });
    const cp = r.metrics["plans.duration"]?.breakdown?.["cp"];
    expect(cp?.breakdown?.["bands"]?.breakdown?.["3-to-6-months"]).toMatchObject({ numerator: null, suppressed: true });
    // 25 - 8 - 15 would give the 2 away: one of the three is hidden too
    const shown = [cp?.value, cp?.breakdown?.["bands"]?.breakdown?.["3-months-or-less"]?.numerator, cp?.breakdown?.["more-than-6-months"]?.numerator];
    expect(shown.filter((x) => x === null || x === undefined).length).toBeGreaterThan(0);
    checkCore(records, { period: { year: 2025 } }, 6);
  });

  it("declares each count that several metrics publish as one count (a hidden copy protects nothing while another is shown)", () => {
    // referrals by source: 3C x2 (hidden) ... the referral count is shown by activity.referrals,
    // so hiding the distribution's denominator would protect nothing
    const records = [...referrals("3C", 2), ...referrals("3A", 7), ...referrals("6", 9)];
    const all = results(computeCoreDataSet(records, { period: { year: 2025 } }));
    const links = coreRelations(all).filter((x) => x.total.id === "activity.referrals");
    expect(links.map((x) => x.parts[0]?.id).sort()).toEqual(
      ["activity.assessed-not-in-need-rate", "activity.nfa-rate", "activity.re-referral-rate", "activity.referral-outcome", "activity.referral-rate", "activity.referral-source", "activity.referrals/age"].sort(),
    );
    checkCore(records, { period: { year: 2025 } }, 6);
  });

  it("hides the only other part of a published total, and leaves tables without small counts alone", () => {
    // assessed not in need: RC8 3 + RC9 20 = 23; RC8 is small, so RC9 would give it away from 23
    const closed = (reason: string, n: number): ChildRecord[] =>
      Array.from({ length: n }, () => {
        const id = `q${String(++seq)}`;
        return child(id, { cinEpisodes: [episode(`${id}-e`, "2024-06-03", { closureDate: "2024-07-01", closureReason: reason })] });
      });
    const records = [...closed("RC8", 3), ...closed("RC9", 20), ...closed("RC1", 40)];
    const r = computeCoreDataSet(records, { period: { year: 2025 }, suppress: { threshold: 6 }, metrics: ["activity.assessed-not-in-need-rate"] });
    const m = r.metrics["activity.assessed-not-in-need-rate"];
    expect(m).toMatchObject({ numerator: 23, suppressed: false });
    expect(m?.breakdown?.["RC8"]).toMatchObject({ numerator: null, suppressed: true });
    expect(m?.breakdown?.["RC9"]).toMatchObject({ numerator: null, suppressed: true, notes: [SECONDARY_NOTE] });
    const big = [...closed("RC8", 30), ...closed("RC9", 20)];
    const plain = computeCoreDataSet(big, { period: { year: 2025 }, metrics: ["activity.assessed-not-in-need-rate"] });
    const suppressed = computeCoreDataSet(big, { period: { year: 2025 }, suppress: { threshold: 6 }, metrics: ["activity.assessed-not-in-need-rate"] });
    expect(suppressed.metrics).toEqual(plain.metrics);
  });

  it("returns the same objects when nothing is hidden, and never changes its input", () => {
    const t = count("t", 10, { a: count("t/a", 6), b: count("t/b", 4) });
    const frozen = Object.freeze({ ...t, breakdown: Object.freeze({ ...t.breakdown }) });
    const relations = [{ total: { id: "t", field: "value" as const }, parts: [{ id: "t/a", field: "value" as const }, { id: "t/b", field: "value" as const }] }];
    expect(controlDisclosure([frozen], 4, relations)[0]).toBe(frozen);
    const out = controlDisclosure([frozen], 6, relations)[0];
    expect(out?.breakdown?.["b"]).toMatchObject({ value: null, suppressed: true });
    expect(out?.breakdown?.["a"]).toMatchObject({ value: null, suppressed: true, notes: [SECONDARY_NOTE] });
    expect(frozen.breakdown["a"]?.value).toBe(6);
    expect(() => controlDisclosure([frozen], 1.5, relations)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  describe("properties", () => {
    test.prop([arbTable, fc.integer({ min: 2, max: 8 })], { numRuns: 300 })("no hidden count of a random hierarchical table can be derived from the published cells", (table, threshold) => {
      const after = controlDisclosure(table.results, threshold, table.relations);
      expect(recoverable(table.relations, table.results, after)).toEqual([]);
      const before = nodesById(table.results);
      for (const [id, n] of nodesById(after)) {
        const o = before.get(id) as DisclosureNode;
        // every small count is hidden; a shown number is the true one; zero is shown
        const f = o.unit === "count" ? "value" : "numerator";
        const v = o[f];
        if (v !== null && v >= 1 && v < threshold) expect(shown(n, f)).toBeNull();
        if (v === 0) expect(shown(n, f)).toBe(0);
        for (const g of ["value", "numerator", "denominator"] as const) if (n[g] !== null) expect(n[g]).toBe(o[g]);
      }
    });

    test.prop([fc.array(arbChildRecord(), { maxLength: 40 }), fc.integer({ min: 2, max: 8 })], { numRuns: 60 })("on the engine's results, the declared relations hold and no hidden count can be derived", (records, threshold) => {
      checkCore(records, { period: { year: 2024 }, population: { children0to17: 5000, vintage: "test" } }, threshold);
    });

    // plans ending on and next to the band edges (3, 6, 12, 24 months after their start)
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    const arbEdgePlan = fc.record({ start: arbDateFrom("2021-04-01", 1000), months: fc.constantFrom(3, 6, 12, 24), shift: fc.constantFrom(-1, 0, 1), cin: fc.boolean() }).map(({ start, months, shift, cin }) => {
      const end = iso(new Date(addMonths(new Date(`${start}T00:00:00Z`), months).getTime() + shift * 86_400_000));
      return { start, end, cin };
    });
    test.prop([fc.array(arbEdgePlan, { maxLength: 40 }), fc.integer({ min: 2, max: 8 })], { numRuns: 60 })("plans ending on the band edges: every cumulative share is a sum of bands, and no hidden band can be derived", (plans, threshold) => {
      const records = plans.map((p, i) => {
        const id = `e${String(i)}`;
        const plan = p.cin ? { cinPlans: [{ id: `${id}-p`, startDate: p.start, endDate: p.end }] } : { cpPlans: [cpPlan(`${id}-p`, p.start, p.end)] };
        return child(id, { cinEpisodes: [episode(`${id}-e`, p.start, plan)] });
      });
      checkCore(records, { period: { year: 2024 }, metrics: ["plans.duration"] }, threshold);
    });
  });

  it("protects every year of small synthetic authorities", () => {
    for (const seed of [1, 2, 3]) {
      const records = generateSyntheticAuthority({ seed, children0to17: 1500, years: 2, endYear: 2025 });
      for (const year of [2024, 2025]) checkCore(records, { period: { year }, population: { children0to17: 1500, vintage: "synthetic" } }, 6);
    }
  });

  it("declares every distribution of the core data set as additive", () => {
    const records = generateSyntheticAuthority({ seed: 7, children0to17: 3000, years: 1, endYear: 2025 });
    const all = results(computeCoreDataSet(records, { period: { year: 2025 } }));
    const totals = new Set(relationsOf(all, CORE_ADDITIVITY).map((r) => `${r.total.field} ${r.total.id}`));
    const distributions = [...nodesById(all).values()].filter((n) => n.notes.some((x) => x.startsWith("A distribution")));
    expect(distributions.length).toBeGreaterThan(5);
    for (const d of distributions) expect(totals).toContain(`denominator ${d.id}`);
  });
});
