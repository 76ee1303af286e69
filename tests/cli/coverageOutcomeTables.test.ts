// The SSDA903 OC2, OC3 and AD1 tables cover their own collection year (not the episodes'), named
// as DfE names a year (`2017-18`) or not; kinsafe records cover them only when they carry the
// lists; records of which none was read cover nothing. Run through `kinsafe metrics`, the
// coverage and the figures' availability are checked against the raw files read here.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf } from "../../src/cli/coverage";
import { runCli } from "../../src/cli/runCli";
import { identifyReturns } from "../../src/interop/returns";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

const V903 = join(FIXTURES, "csc-validator-be-903");

interface Metric {
  readonly status: string;
  readonly value: number | null;
  readonly denominator?: number;
  readonly unavailable?: { readonly reason: string; readonly needs?: readonly string[] };
}
interface Run {
  readonly coverage: { readonly facts: Record<string, { start: string; end: string; source: string }[] | undefined>; readonly unusable?: Record<string, string> };
  readonly inputs: readonly { file: string; year?: number; yearFrom?: string; read: number }[];
  readonly findings: readonly { code: string; file: string; params?: Record<string, unknown> }[];
  readonly results: readonly { period: { start: string; end: string }; metrics: Record<string, Metric> }[];
}

/** Copies fixtures into a new folder under the names given (`to` ← `from`), runs `kinsafe metrics` there. */
async function metrics(copies: Readonly<Record<string, string>>, args: readonly string[] = [], lines: Readonly<Record<string, string>> = {}): Promise<Run> {
  const dir = tempDir();
  for (const [to, from] of Object.entries(copies)) copyFileSync(join(V903, from), join(dir, to));
  for (const [to, text] of Object.entries(lines)) writeFileSync(join(dir, to), text);
  const io = memoryIo(dir);
  const code = await runCli(["metrics", ...Object.keys(copies), ...Object.keys(lines), ...args, "--format", "json", "--quiet"], io);
  expect(code, io.err()).toBe(0);
  return JSON.parse(io.out()) as Run;
}

const result = (run: Run, start: string): Run["results"][number]["metrics"] => {
  const r = run.results.find((x) => x.period.start === start);
  if (r === undefined) throw new Error(`no period from ${start}`);
  return r.metrics;
};
const metric = (run: Run, start: string, id: string): Metric => {
  const m = result(run, start)[id];
  if (m === undefined) throw new Error(`no ${id}`);
  return m;
};

// The care leavers of the fixture's OC3 table, counted here from the raw CSV: aged 17 to 21 on
// 31 March 2018 (the 2017-18 return), those who died (DIED) or returned home (RHOM) left out,
// as DfE's methodology does (children looked after in England, care leavers' tables).
function careLeavers(dobFrom: "oc3" | "header"): number {
  const rows = (name: string): string[][] => readFileSync(join(V903, name), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
  const headerDob = new Map(rows("header.csv").map((r) => [r[0], r[2]]));
  let n = 0;
  for (const [child, dob, inTouch] of rows("oc3.csv")) {
    const d = dobFrom === "oc3" ? dob : headerDob.get(child ?? "");
    if (d === undefined || inTouch === "DIED" || inTouch === "RHOM") continue;
    const [dd, mm, yyyy] = d.split("/").map(Number) as [number, number, number];
    const age = 2018 - yyyy - (mm > 3 || (mm === 3 && dd > 31) ? 1 : 0);
    if (age >= 17 && age <= 21) n++;
  }
  return n;
}

describe("an OC3 table on its own (a leaving-care team's extract)", () => {
  it("covers its collection year from --period, and gives the care leavers' figures from its own dates of birth", async () => {
    const run = await metrics({ "oc3.csv": "oc3.csv" }, ["--period", "2018"]);
    expect(run.coverage.facts).toEqual({ "care-leaver-outcomes": [{ start: "2017-04-01", end: "2018-03-31", source: "oc3.csv" }] });
    const m = metric(run, "2017-04-01", "care-leavers.accommodation");
    expect(m.status).toBe("available");
    expect(careLeavers("oc3")).toBeGreaterThan(0);
    expect(m.denominator).toBe(careLeavers("oc3"));
    // Nothing else is claimed: the looked-after figures stay unavailable.
    expect(metric(run, "2017-04-01", "lac.health").status).toBe("unavailable");
    expect(run.findings.map((f) => f.code)).not.toContain("cli/empty-period");
  });

  it("with the header only, covers the same year, the ages then from the header", async () => {
    const run = await metrics({ "header.csv": "header.csv", "oc3.csv": "oc3.csv" }, ["--period", "2018"]);
    expect(run.coverage.facts["care-leaver-outcomes"]).toEqual([{ start: "2017-04-01", end: "2018-03-31", source: "oc3.csv" }]);
    expect(metric(run, "2017-04-01", "care-leavers.activity").denominator).toBe(careLeavers("header"));
  });

  it("takes its year from a DfE-style name or the return's other tables, and with neither nor --period is unusable, naming the file", async () => {
    const named = await metrics({ "oc3_2017-18.csv": "oc3.csv" });
    expect(named.inputs[0]?.year).toBe(2018);
    expect(named.results.map((r) => r.period.start)).toEqual(["2017-04-01"]);
    expect(metric(named, "2017-04-01", "care-leavers.accommodation").status).toBe("available");
    const dir = tempDir();
    copyFileSync(join(V903, "oc3.csv"), join(dir, "oc3.csv"));
    copyFileSync(join(V903, "episodes.csv"), join(dir, "e_2019.csv"));
    // An episodes file dated 2017-18 by its dates (whatever its name): the OC3 table takes its year.
    const io = memoryIo(dir);
    expect(await runCli(["metrics", "oc3.csv", "e_2019.csv", "--format", "json", "--quiet"], io)).toBe(0);
    expect((JSON.parse(io.out()) as Run).inputs[0]).toMatchObject({ year: 2018, yearFrom: "the other tables of the same return" });
    // Episodes of two years: the OC3 table's year is not known, and without --period it is unusable.
    const files = await identifyReturns(["oc3.csv", "cs-demand-model/2017-episodes.csv", "cs-demand-model/2018-episodes.csv"].map((n) => ({ path: n === "oc3.csv" ? join(V903, n) : join(FIXTURES, n), name: n })));
    expect(files[0]?.year).toBeUndefined();
    expect(coverageOf(files).unusable?.["care-leaver-outcomes"]).toContain("SSDA903 OC3 table oc3.csv is not known");
    expect(coverageOf(files).facts["care-leaver-outcomes"]).toBeUndefined();
    expect(coverageOf(files, [{ start: "2018-04-01", end: "2019-03-31" }]).facts["care-leaver-outcomes"]).toEqual([{ start: "2018-04-01", end: "2019-03-31", source: "oc3.csv" }]);
  });

  it("reads the years of a YEAR column (tables kinsafe writes), each row's own", async () => {
    const text = ["CHILD,DOB,IN_TOUCH,ACTIV,ACCOM,YEAR", "1,01/06/2000,YES,F1,T1,2018", "2,01/06/2000,YES,F2,T2,2019", ""].join("\r\n");
    const run = await metrics({}, ["--period", "2018", "--period", "2019", "--period", "2020"], { "oc3.csv": text });
    expect(run.coverage.facts["care-leaver-outcomes"]?.map((s) => [s.start, s.end])).toEqual([["2017-04-01", "2018-03-31"], ["2018-04-01", "2019-03-31"]]);
    expect(metric(run, "2017-04-01", "care-leavers.accommodation").status).toBe("available");
    expect(metric(run, "2019-04-01", "care-leavers.accommodation").unavailable?.reason).toBe("not-covered");
    // Without --period, each year of the column is a period.
    const own = await metrics({}, [], { "oc3.csv": text });
    expect(own.results.map((r) => r.period.start)).toEqual(["2017-04-01", "2018-04-01"]);
  });
});

describe("OC2 and OC3 tables of a year other than the episodes'", () => {
  it("dates OC3 coverage from its own name (2020), not the episodes (2017-18), with a finding", async () => {
    const run = await metrics({ "header.csv": "header.csv", "episodes.csv": "episodes.csv", "oc3_2020.csv": "oc3.csv" });
    expect(run.coverage.facts["care-leaver-outcomes"]).toEqual([{ start: "2019-04-01", end: "2020-03-31", source: "oc3_2020.csv" }]);
    expect(run.coverage.facts["looked-after-episodes"]).toEqual([{ start: "2017-04-01", end: "2018-03-31", source: "episodes.csv" }]);
    // 2017-18: the OC3 table is not of that year, so its figures are not there (not 0).
    expect(metric(run, "2017-04-01", "care-leavers.accommodation").unavailable?.reason).toBe("not-covered");
    // 2019-20: covered by the OC3 table.
    expect(metric(run, "2019-04-01", "care-leavers.accommodation").status).toBe("available");
    const differs = run.findings.filter((f) => f.code === "returns/table-year-differs");
    expect(differs.map((f) => [f.file, f.params?.["table"], f.params?.["year"], f.params?.["years"]])).toEqual([["oc3_2020.csv", "OC3", "2020", "2018"]]);
  });

  it("gives lac.health unavailable (not 'not recorded') for 2017-18 when the OC2 table is 2016-17's, saying so", async () => {
    const run = await metrics({ "header.csv": "header.csv", "episodes.csv": "episodes.csv", "oc2_2016-17.csv": "oc2.csv" }, ["--period", "2018"]);
    expect(run.inputs.find((i) => i.file === "oc2_2016-17.csv")?.year).toBe(2017);
    expect(run.coverage.facts["looked-after-outcomes"]).toEqual([{ start: "2016-04-01", end: "2017-03-31", source: "oc2_2016-17.csv" }]);
    const m = metric(run, "2017-04-01", "lac.health");
    expect(m.status).toBe("unavailable");
    expect(m.unavailable?.reason).toBe("not-covered");
    expect(run.findings.some((f) => f.code === "returns/table-year-differs" && f.file === "oc2_2016-17.csv")).toBe(true);
  });

  it("keeps a return's OC tables of its own year without a finding (the fixture, unnamed)", async () => {
    const run = await metrics({ "header.csv": "header.csv", "episodes.csv": "episodes.csv", "oc2.csv": "oc2.csv", "oc3.csv": "oc3.csv", "ad1.csv": "ad1.csv" });
    for (const [kind, file] of [["looked-after-outcomes", "oc2.csv"], ["care-leaver-outcomes", "oc3.csv"], ["adoptions", "ad1.csv"]] as const) {
      expect(run.coverage.facts[kind], kind).toEqual([{ start: "2017-04-01", end: "2018-03-31", source: file }]);
    }
    expect(run.findings.map((f) => f.code)).not.toContain("returns/table-year-differs");
  });
});

describe("DfE-style names (2017-18)", () => {
  it("reads SSDA903_2017-18_*.csv as the 2017-18 return, with no year-mismatch warning", async () => {
    const run = await metrics({ "SSDA903_2017-18_header.csv": "header.csv", "SSDA903_2017-18_episodes.csv": "episodes.csv", "SSDA903_2017-18_oc2.csv": "oc2.csv", "SSDA903_2017-18_oc3.csv": "oc3.csv" });
    expect(run.inputs.map((i) => i.year)).toEqual([2018, 2018, 2018, 2018]);
    expect(run.findings.map((f) => f.code)).not.toContain("returns/year-mismatch");
    expect(run.findings.map((f) => f.code)).not.toContain("returns/table-year-differs");
    expect(run.results.map((r) => r.period.start)).toEqual(["2017-04-01"]);
  });
});

// kinsafe records as JSON Lines, written for a test: one child a line, looked after in 2024-25.
function recordLine(id: string, parts: Record<string, unknown> = {}): string {
  const child = { childId: id, dob: "2007-01-01", disabilities: [] };
  const episode = { id: "la-1", startDate: "2024-05-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U1" };
  return JSON.stringify({ child, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [episode], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [], ...parts });
}

describe("kinsafe records: OC2, OC3 and AD1 covered only when the records carry the lists", () => {
  it("claims none of them for records without the lists (a synthetic authority's), so the care leavers are unavailable, not 0", async () => {
    const run = await metrics({}, [], { "r.jsonl": `${[recordLine("A"), recordLine("B")].join("\n")}\n` });
    expect(Object.keys(run.coverage.facts).sort()).toEqual(["looked-after-episodes", "looked-after-reviews", "missing", "uasc"]);
    const m = metric(run, "2024-04-01", "care-leavers.accommodation");
    expect(m.status).toBe("unavailable");
    expect(m.unavailable?.reason).toBe("no-input");
    expect(metric(run, "2024-04-01", "lac.health").unavailable?.reason).toBe("no-input");
  });

  it("claims a kind for a list present, even empty (read: none)", async () => {
    const run = await metrics({}, [], { "r.jsonl": `${[recordLine("A", { careLeaverOutcomes: [] }), recordLine("B")].join("\n")}\n` });
    expect(run.coverage.facts["care-leaver-outcomes"]).toEqual([{ start: "2024-04-01", end: "2025-03-31", source: "r.jsonl" }]);
    expect(run.coverage.facts["looked-after-outcomes"]).toBeUndefined();
    expect(metric(run, "2024-04-01", "care-leavers.accommodation").unavailable?.reason).not.toBe("no-input");
  });

  it("kinsafe synth's records carry no OC2, OC3 or AD1 list (it does not simulate them)", () => {
    const records = generateSyntheticAuthority({ seed: 3, children0to17: 400, years: 1, endYear: 2025 });
    expect(records.some((r) => r.lookedAfterEpisodes.length > 0)).toBe(true);
    expect(records.filter((r) => r.lookedAfterOutcomes !== undefined || r.careLeaverOutcomes !== undefined || r.adoptions !== undefined)).toEqual([]);
  });
});

describe("kinsafe records of which none was read", () => {
  it("cover nothing: every record rejected (no child.disabilities) leaves Referrals unavailable, not 0", async () => {
    const line = (id: string): string => JSON.stringify({ child: { childId: id, dob: "2012-01-01" }, cinEpisodes: [{ id: "c", referralDate: "2024-06-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] });
    const run = await metrics({}, ["--period", "2025"], { "r.jsonl": `${[line("A"), line("B")].join("\n")}\n` });
    expect(run.inputs[0]?.read).toBe(0);
    expect(run.coverage.facts).toEqual({});
    expect(run.findings.filter((f) => f.code === "returns/invalid-child-record")).toHaveLength(2);
    const m = metric(run, "2024-04-01", "activity.referrals");
    expect(m.status).toBe("unavailable");
    expect(m.unavailable?.reason).toBe("no-input");
  });

  it("still cover what the records read hold when only some are rejected", async () => {
    const bad = JSON.stringify({ child: { childId: "X", dob: "2012-01-01" }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] });
    const good = JSON.stringify({ child: { childId: "A", dob: "2012-01-01", disabilities: [] }, cinEpisodes: [{ id: "c", referralDate: "2024-06-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] });
    const run = await metrics({}, ["--period", "2025"], { "r.jsonl": `${[bad, good].join("\n")}\n` });
    expect(run.inputs[0]?.read).toBe(1);
    expect(metric(run, "2024-04-01", "activity.referrals")).toMatchObject({ status: "available", value: 1 });
  });
});
