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
const FILES = ["header.csv", "episodes.csv", "uasc.csv", "missing.csv", "reviews.csv"];
const START = "2017-04-01";
const END = "2018-03-31";
const LAC_IDS = METRIC_CATALOGUE.filter((m) => m.family === "lac").map((m) => m.id);

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
  });

  it("marks lac.uasc, lac.missing and lac.reviews-on-time unavailable without their tables, and computes the rest", async () => {
    const files = await identifyReturns(["header.csv", "episodes.csv"].map((name) => ({ path: join(DIR, name), name })));
    const { cohort } = await (await readReturns(files)).cohort();
    const m = computeCoreDataSet(cohort, { period: { start: START, end: END }, coverage: coverageOf(files), metrics: [...LAC_IDS] }).metrics;
    expect(m["lac.uasc"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["uasc"] } });
    expect(m["lac.missing"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["missing"] } });
    expect(m["lac.reviews-on-time"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-reviews"] } });
    for (const id of LAC_IDS.filter((x) => x !== "lac.uasc" && x !== "lac.missing" && x !== "lac.reviews-on-time")) expect(m[id]?.status, id).not.toBe("unavailable");
  });

  it("marks every looked-after figure unavailable for a year the return does not cover", async () => {
    const files = await identifyReturns(FILES.map((name) => ({ path: join(DIR, name), name })));
    const { cohort } = await (await readReturns(files)).cohort();
    const m = computeCoreDataSet(cohort, { period: { year: 2020 }, coverage: coverageOf(files), metrics: [...LAC_IDS] }).metrics;
    for (const id of LAC_IDS) expect(m[id], id).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "not-covered" } });
  });
});
