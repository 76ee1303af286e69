// The looked-after measures on the shared SSDA903 fixture (the 2017-18 return of the DfE
// validator's test data), read by the returns reader straight into columns and as records:
// every looked-after figure the tables allow is computed, the same on both paths, and checked
// against figures counted here from the raw CSV with a split and a small period builder, not
// with kinsafe's readers or engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf } from "../../src/cli/coverage";
import { identifyReturns, readReturns } from "../../src/interop/returns";
import { computeCoreDataSet, METRIC_CATALOGUE, type CoreDataSetOptions } from "../../src/metrics";
import type { ChildRecord } from "../../src/records";

const DIR = join(__dirname, "../fixtures/csc-validator-be-903");
const FILES = ["header.csv", "episodes.csv", "uasc.csv", "missing.csv", "reviews.csv", "oc2.csv", "oc3.csv", "ad1.csv"];
const START = "2017-04-01";
const END = "2018-03-31";
const LAC_IDS = METRIC_CATALOGUE.filter((m) => m.family === "lac").map((m) => m.id);
const OUTCOME_IDS: readonly string[] = ["lac.health", "care-leavers.accommodation", "care-leavers.activity"];

const iso = (d: string): string => (d.includes("/") ? `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}` : d);

/** Children starting and ceasing in the year, and looked after at its end, from the raw episodes. */
function rawFigures(): { started: number; ceased: number; atEnd: number; uascAtEnd: number; missingChildren: number; missingIncidents: number } {
  const incidents = readFileSync(join(DIR, "missing.csv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l !== "")
    .map((l) => l.split(","))
    .filter((v) => v[2] === "M" && iso(v[3] ?? "") >= START && iso(v[3] ?? "") <= END);
  const uasc = new Set(
    readFileSync(join(DIR, "uasc.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.split(",")[0]),
  );
  const [head, ...rows] = readFileSync(join(DIR, "episodes.csv"), "utf8").split(/\r?\n/).filter((l) => l !== "");
  const cols = (head ?? "").split(",");
  const at = (name: string): number => cols.indexOf(name);
  const byChild = new Map<string, string[][]>();
  for (const r of rows) {
    const v = r.split(",");
    if (v[at("LS")] === "V3" || v[at("LS")] === "V4") continue;
    const list = byChild.get(v[at("CHILD")] ?? "") ?? [];
    list.push(v);
    byChild.set(v[at("CHILD")] ?? "", list);
  }
  let started = 0;
  let ceased = 0;
  let atEnd = 0;
  let uascAtEnd = 0;
  let missingChildren = 0;
  let missingIncidents = 0;
  for (const [id, eps] of byChild) {
    const sorted = eps.map((v) => ({ decom: iso(v[at("DECOM")] ?? ""), dec: v[at("DEC")] === "" ? undefined : iso(v[at("DEC")] ?? ""), rne: v[at("RNE")], rec: v[at("REC")] })).sort((a, b) => a.decom.localeCompare(b.decom));
    const firstOfPeriod = sorted.map((e, i) => {
      const prev = sorted[i - 1];
      return prev === undefined || e.rne === "S" || prev.rec !== "X1" || prev.dec !== e.decom;
    });
    if (sorted.some((e, i) => firstOfPeriod[i] === true && e.decom >= START && e.decom <= END)) started++;
    if (sorted.some((e, i) => (firstOfPeriod[i + 1] ?? true) && e.dec !== undefined && e.dec >= START && e.dec <= END && e.rec !== "X1")) ceased++;
    if (sorted.some((e) => e.decom <= END && (e.dec === undefined || e.dec >= START))) {
      const own = incidents.filter((v) => v[0] === id).length;
      missingIncidents += own;
      if (own > 0) missingChildren++;
    }
    if (sorted.some((e) => e.decom <= END && (e.dec === undefined || e.dec > END))) {
      atEnd++;
      if (uasc.has(id)) uascAtEnd++;
    }
  }
  return { started, ceased, atEnd, uascAtEnd, missingChildren, missingIncidents };
}

const csv = (name: string): { rows: string[][]; at: (name: string) => number } => {
  const [head, ...lines] = readFileSync(join(DIR, name), "utf8").split(/\r?\n/).filter((l) => l !== "");
  const cols = (head ?? "").split(",");
  return { rows: lines.map((l) => l.split(",")), at: (c) => cols.indexOf(c) };
};

/**
 * lac.health and the care leavers' figures from the raw CSV: the children looked after for the
 * whole year to 31 March 2018 in one period of care with no short break in it, and their OC2
 * rows; the OC3 rows of young people 17 to 21 on 31 March 2018 (header DOB), DIED and RHOM left
 * out.
 */
function rawOutcomes(): { population: number; assessed: number; assessmentGiven: number; leavers: number; suitable: number; eet: number; inTouch: number } {
  const ep = csv("episodes.csv");
  const byChild = new Map<string, { decom: string; dec: string | undefined; rne: string; rec: string; short: boolean }[]>();
  for (const v of ep.rows) {
    const list = byChild.get(v[ep.at("CHILD")] ?? "") ?? [];
    const ls = v[ep.at("LS")] ?? "";
    list.push({ decom: iso(v[ep.at("DECOM")] ?? ""), dec: v[ep.at("DEC")] === "" ? undefined : iso(v[ep.at("DEC")] ?? ""), rne: v[ep.at("RNE")] ?? "", rec: v[ep.at("REC")] ?? "", short: ls === "V3" || ls === "V4" });
    byChild.set(v[ep.at("CHILD")] ?? "", list);
  }
  const population = new Set<string>();
  for (const [id, all] of byChild) {
    if (all.some((e) => e.short && e.decom <= END && (e.dec === undefined || e.dec >= START))) continue;
    const eps = all.filter((e) => !e.short).sort((a, b) => a.decom.localeCompare(b.decom));
    let open = -1;
    eps.forEach((e, i) => {
      if (e.decom <= END && (e.dec === undefined || e.dec > END)) open = i;
    });
    if (open < 0) continue;
    let first = open;
    while (first > 0 && eps[first]?.rne !== "S" && eps[first - 1]?.rec === "X1" && eps[first - 1]?.dec === eps[first]?.decom) first--;
    if ((eps[first]?.decom ?? "") <= START) population.add(id);
  }
  const oc2 = csv("oc2.csv");
  let assessed = 0;
  let assessmentGiven = 0;
  for (const v of oc2.rows) {
    if (!population.has(v[oc2.at("CHILD")] ?? "")) continue;
    const cell = v[oc2.at("HEALTH_ASSESSMENT")] ?? "";
    if (cell === "") continue;
    assessmentGiven++;
    if (cell === "1") assessed++;
  }
  const header = csv("header.csv");
  const dob = new Map(header.rows.map((v) => [v[header.at("CHILD")] ?? "", iso(v[header.at("DOB")] ?? "")]));
  const oc3 = csv("oc3.csv");
  let leavers = 0;
  let suitable = 0;
  let eet = 0;
  let inTouch = 0;
  for (const v of oc3.rows) {
    const born = dob.get(v[oc3.at("CHILD")] ?? "");
    if (born === undefined || born === "") continue;
    const age = 2018 - Number(born.slice(0, 4)) - ("03-31" < born.slice(5) ? 1 : 0);
    const touch = v[oc3.at("IN_TOUCH")] ?? "";
    if (age < 17 || age > 21 || touch === "DIED" || touch === "RHOM") continue;
    leavers++;
    const accom = v[oc3.at("ACCOM")] ?? "";
    if ("BCDEGHKRSTUVWXYZ".includes(accom.slice(0, 1)) && accom.slice(0, 1) !== "" && accom.slice(1) === "1") suitable++;
    if (/^[FP][1-5]$/.test(v[oc3.at("ACTIV")] ?? "")) eet++;
    if (touch === "YES") inTouch++;
  }
  return { population: population.size, assessed, assessmentGiven, leavers, suitable, eet, inTouch };
}

describe("the looked-after measures on the SSDA903 fixture", () => {
  it("computes every looked-after figure the header and episodes allow, the same from columns and from records", async () => {
    const files = await identifyReturns(FILES.map((name) => ({ path: join(DIR, name), name })));
    const options: CoreDataSetOptions = { period: { start: START, end: END }, coverage: coverageOf(files), metrics: [...LAC_IDS] };
    const { cohort } = await (await readReturns(files)).cohort();
    const fromColumns = computeCoreDataSet(cohort, options).metrics;
    const records: ChildRecord[] = [];
    for await (const r of (await readReturns(files)).records) records.push(r);
    expect(computeCoreDataSet(records, options).metrics).toEqual(fromColumns);

    for (const id of LAC_IDS) expect(fromColumns[id]?.status, id).not.toBe("unavailable");
    const raw = rawFigures();
    expect(raw.started).toBeGreaterThan(10);
    expect(fromColumns["lac.started"]?.value).toBe(raw.started);
    expect(fromColumns["lac.ceased"]?.value).toBe(raw.ceased);
    expect(fromColumns["lac.placement-type"]?.denominator).toBe(raw.atEnd);
    expect(fromColumns["lac.placement-stability-short"]?.denominator).toBe(raw.atEnd);
    expect(raw.uascAtEnd).toBeGreaterThan(0);
    expect(fromColumns["lac.uasc"]?.value).toBe(raw.uascAtEnd);
    expect(raw.missingIncidents).toBeGreaterThan(0);
    expect(fromColumns["lac.missing"]?.value).toBe(raw.missingChildren);
    expect(fromColumns["lac.missing"]?.breakdown?.["incidents"]?.value).toBe(raw.missingIncidents);
    // one year's return: the 30 months before the snapshot (and the 6 before the period, for reviews) are not all held
    expect(fromColumns["lac.placement-stability-long"]?.status).toBe("incomplete-history");
    expect(fromColumns["lac.reviews-on-time"]?.status).toBe("incomplete-history");
    expect(fromColumns["lac.reviews-on-time"]?.denominator).toBeGreaterThan(0);

    // OC2 and OC3, against the raw CSV (the fixture's rows have no year: each child's only row is taken)
    const out = rawOutcomes();
    expect(out.population).toBeGreaterThan(20);
    const health = fromColumns["lac.health"];
    expect(health?.breakdown?.["population"]?.value).toBe(out.population);
    expect([health?.numerator, health?.denominator]).toEqual([out.assessed, out.assessmentGiven]);
    expect(out.leavers).toBeGreaterThan(10);
    const accommodation = fromColumns["care-leavers.accommodation"];
    expect([accommodation?.numerator, accommodation?.denominator]).toEqual([out.suitable, out.leavers]);
    expect(accommodation?.breakdown?.["contact"]?.breakdown?.["in-touch"]?.numerator).toBe(out.inTouch);
    const activity = fromColumns["care-leavers.activity"];
    expect([activity?.numerator, activity?.denominator]).toEqual([out.eet, out.leavers]);
    // every OC3 young person of the fixture was 17 on 31 March 2018: the 19 to 21 group is empty, unavailable (not 0)
    expect(activity?.breakdown?.["19-21"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-denominator" } });
    expect(activity?.breakdown?.["17-18"]?.denominator).toBe(out.leavers);
  });

  it("marks lac.uasc, lac.missing and lac.reviews-on-time unavailable without their tables, and computes the rest", async () => {
    const files = await identifyReturns(["header.csv", "episodes.csv"].map((name) => ({ path: join(DIR, name), name })));
    const { cohort } = await (await readReturns(files)).cohort();
    const m = computeCoreDataSet(cohort, { period: { start: START, end: END }, coverage: coverageOf(files), metrics: [...LAC_IDS] }).metrics;
    expect(m["lac.uasc"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["uasc"] } });
    expect(m["lac.missing"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["missing"] } });
    expect(m["lac.reviews-on-time"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-reviews"] } });
    expect(m["lac.health"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-outcomes"] } });
    expect(m["lac.health"]?.breakdown?.["population"]?.status).toBe("available");
    for (const id of ["care-leavers.accommodation", "care-leavers.activity"] as const) expect(m[id], id).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["care-leaver-outcomes"] } });
    // A2 needs the AD1 table; A1 and A10 do not
    expect(m["lac.adoption-timeliness"]?.breakdown?.["a2"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["adoptions"] } });
    for (const id of LAC_IDS.filter((x) => x !== "lac.uasc" && x !== "lac.missing" && x !== "lac.reviews-on-time" && !OUTCOME_IDS.includes(x))) expect(m[id]?.status, id).not.toBe("unavailable");
  });

  it("marks every looked-after figure unavailable for a year the return does not cover", async () => {
    const files = await identifyReturns(FILES.map((name) => ({ path: join(DIR, name), name })));
    const { cohort } = await (await readReturns(files)).cohort();
    const m = computeCoreDataSet(cohort, { period: { year: 2020 }, coverage: coverageOf(files), metrics: [...LAC_IDS] }).metrics;
    for (const id of LAC_IDS) expect(m[id], id).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "not-covered" } });
  });
});
