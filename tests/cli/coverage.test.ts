// What `kinsafe metrics` tells the engine the files cover, from what was read.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf, filesMeetPeriod, returnSpan } from "../../src/cli/coverage";
import { identifyReturns, type ReturnFile } from "../../src/interop/returns";
import { writeFileSync } from "node:fs";
import { factDatesOf } from "../../src/interop/returns/internal";
import { runCli } from "../../src/cli/runCli";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

/** The files, read from `dir` (the fixtures) and named as given. */
const identify = (names: readonly string[], dir: string = FIXTURES): Promise<readonly ReturnFile[]> => identifyReturns(names.map((name) => ({ path: join(dir, name), name })));

describe("coverageOf", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const files = await identify(["csc-validator-be-cin/CIN_Census_2024.xml", "cs-demand-model/2017-episodes.csv", "cs-demand-model/2017-header.csv"]);
    const coverage = coverageOf(files);
    // { facts: {
    //     "cin-episodes": [{ start: "2023-04-01", end: "2024-03-31", source: "csc-validator-be-cin/CIN_Census_2024.xml" }],
    //     "looked-after-episodes": [{ start: "2017-04-01", end: "2018-03-31", source: "cs-demand-model/2017-episodes.csv" }] } }
    // #endregion docs-example
    expect(coverage).toEqual({
      facts: {
        "cin-episodes": [{ start: "2023-04-01", end: "2024-03-31", source: "csc-validator-be-cin/CIN_Census_2024.xml" }],
        "looked-after-episodes": [{ start: "2017-04-01", end: "2018-03-31", source: "cs-demand-model/2017-episodes.csv" }],
      },
    });
  });

  it("makes looked-after episodes unusable when an episodes file lacks a column they need, naming file and column", async () => {
    const files = await identify(["input-checks/2018_episodes_no_dec.csv", "input-checks/2018_header_no_dob.csv"]);
    expect(coverageOf(files)).toEqual({ facts: {}, unusable: { "looked-after-episodes": "the SSDA903 episodes file input-checks/2018_episodes_no_dec.csv has no DEC column" } });
  });

  it("covers OC2, OC3 and AD1 over what the episodes read with them cover, and only when their table is among the files", async () => {
    const v903 = (names: readonly string[]): string[] => names.map((n) => `csc-validator-be-903/${n}.csv`);
    const all = coverageOf(await identify(v903(["header", "episodes", "oc2", "oc3", "ad1"]))).facts;
    const episodes = all["looked-after-episodes"];
    expect(episodes).toHaveLength(1);
    for (const kind of ["looked-after-outcomes", "care-leaver-outcomes", "adoptions"] as const) expect(all[kind]?.map((s) => [s.start, s.end]), kind).toEqual(episodes?.map((s) => [s.start, s.end]));
    const some = coverageOf(await identify(v903(["header", "episodes", "oc3"]))).facts;
    expect(Object.keys(some).sort()).toEqual(["care-leaver-outcomes", "looked-after-episodes"]);
    // kinsafe records: an OC2 row dates its collection year's 31 March
    expect(factDatesOf({ lookedAfterOutcomes: [{ id: "o", year: 2024 }, { id: "p" }], lookedAfterEpisodes: [] }, "looked-after-outcomes")).toEqual(["2024-03-31"]);
  });

  it("covers, kind by kind, the whole collection years kinsafe records hold facts of, not their dates of birth", async () => {
    const files = await identify(["input-checks/records.jsonl"]);
    const spans = coverageOf(files).facts;
    // The records hold referrals (from 2023-05-01) and visits (2023-05-02 to 2024-11-20): no
    // early help, looked-after episodes or proceedings, which are therefore not held.
    expect(Object.keys(spans).sort()).toEqual(["cin-episodes", "visits"]);
    expect(spans["cin-episodes"]).toEqual([{ start: "2023-04-01", end: "2025-03-31", source: "input-checks/records.jsonl" }]);
    expect(spans["visits"]).toEqual([{ start: "2023-04-01", end: "2025-03-31", source: "input-checks/records.jsonl" }]);
  });

  it("takes a census year ending on a reference date that is not 31 March from the day after, a year before", () => {
    const file = { name: "x.xml", path: "x.xml", kind: "cin-census", size: 1, year: 2024, referenceDate: "2024-02-29" } as const;
    expect(returnSpan(file)).toEqual({ start: "2023-03-01", end: "2024-02-29", source: "x.xml" });
    expect(returnSpan({ ...file, referenceDate: "2025-03-31" })).toEqual({ start: "2024-04-01", end: "2025-03-31", source: "x.xml" });
    expect(filesMeetPeriod([file], { start: "1998-04-01", end: "1999-03-31" })).toBe(false);
    expect(filesMeetPeriod([file], { start: "2023-04-01", end: "2024-03-31" })).toBe(true);
  });
});

describe("the year of a file, from its content", () => {
  it("reads cs-demand-model's 2017 files as the 2017-18 return (episode end dates), with a warning for the name", async () => {
    const files = await identify(["cs-demand-model/2017-episodes.csv", "cs-demand-model/2017-header.csv", "cs-demand-model/2018-episodes.csv"]);
    expect(files.map((f) => [f.name, f.nameYear, f.year, f.yearFrom])).toEqual([
      ["cs-demand-model/2017-episodes.csv", 2017, 2018, "the dates in it"],
      ["cs-demand-model/2017-header.csv", 2017, 2018, "the other tables of the same return"],
      ["cs-demand-model/2018-episodes.csv", 2018, 2019, "the dates in it"],
    ]);
  });

  it("keeps the name's year when the dates agree, and takes a CIN census's year from its ReferenceDate", async () => {
    const files = await identify(["liia-tools/SSDA903_2020_episodes.csv", "csc-validator-be-cin/CIN_Census_2021.xml"]);
    expect(files.map((f) => [f.nameYear, f.year, f.yearFrom])).toEqual([
      [2020, 2020, "the dates in it"],
      [2021, 2023, "ReferenceDate"],
    ]);
  });
});

// kinsafe records as JSON Lines, written for a test: one child a line.
function recordLine(id: string, parts: Record<string, unknown>): string {
  return JSON.stringify({ child: { childId: id, dob: "2012-01-01", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [], ...parts });
}
const referral = (date: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: `cin-${date}`, referralDate: date, referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [], ...extra });

describe("coverage of kinsafe records, kind by kind", () => {
  it("covers a year of referrals starting 10 days into it as the whole year, and holds no kind it has no fact of", async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 12 }, (_, i) => recordLine(`C${String(i)}`, { cinEpisodes: [referral(`${i >= 9 ? "2025" : "2024"}-${String(((i + 3) % 12) + 1).padStart(2, "0")}-10`)] }));
    writeFileSync(join(dir, "t2.jsonl"), `${lines.join("\n")}\n`);
    const coverage = coverageOf(await identify(["t2.jsonl"], dir));
    expect(coverage.facts).toEqual({ "cin-episodes": [{ start: "2024-04-01", end: "2025-03-31", source: "t2.jsonl" }] });
  });

  it("gives a stray old referral history of referrals only, and takes the end from the latest fact of any kind", async () => {
    const dir = tempDir();
    const lines = [
      recordLine("A", { cinEpisodes: [referral("1999-06-01")] }),
      recordLine("B", { cinEpisodes: [referral("2024-05-01", { section47s: [{ id: "s", startDate: "2024-05-02", strategyDiscussionDate: "2024-05-01", icpcNotRequired: true }] })] }),
      recordLine("C", { earlyHelpEpisodes: [{ id: "eh", startDate: "2023-02-01", endDate: "2025-06-30" }] }),
    ];
    writeFileSync(join(dir, "t3.jsonl"), `${lines.join("\n")}\n`);
    const files = await identify(["t3.jsonl"], dir);
    expect(coverageOf(files).facts).toEqual({
      "cin-episodes": [{ start: "1999-04-01", end: "2026-03-31", source: "t3.jsonl" }],
      "early-help": [{ start: "2022-04-01", end: "2026-03-31", source: "t3.jsonl" }],
      "strategy-discussions": [{ start: "2024-04-01", end: "2026-03-31", source: "t3.jsonl" }],
    });
    expect(files[0]?.facts?.years).toEqual([2000, 2023, 2025, 2026]);
  });

  it("reads the facts of each kind from the fields of that kind only", () => {
    const record = {
      child: { childId: "X", dob: "2010-01-01", deathDate: "2030-01-01" },
      cinEpisodes: [referral("2024-01-01", { closureDate: "2024-02-01", section47s: [{ startDate: "2024-01-05", icpcTargetDate: "2031-01-01" }] })],
      lookedAfterEpisodes: [{ startDate: "2020-01-01", endDate: "2021-01-01" }],
      visits: [{ date: "2022-01-01" }],
      earlyHelpEpisodes: [{ startDate: "2019-01-01" }],
      careProceedings: [{ issueDate: "2018-01-01", timetableExtensions: [{ date: "2018-06-01" }] }],
    };
    expect(factDatesOf(record, "cin-episodes").sort()).toEqual(["2024-01-01", "2024-01-05", "2024-02-01"]);
    expect(factDatesOf(record, "looked-after-episodes").sort()).toEqual(["2020-01-01", "2021-01-01"]);
    expect(factDatesOf(record, "visits")).toEqual(["2022-01-01"]);
    expect(factDatesOf(record, "early-help")).toEqual(["2019-01-01"]);
    expect(factDatesOf(record, "care-proceedings").sort()).toEqual(["2018-01-01", "2018-06-01"]);
    expect(factDatesOf(record, "strategy-discussions")).toEqual([]);
    expect(factDatesOf("not a record", "cin-episodes")).toEqual([]);
  });
});

describe("kinsafe metrics on JSON Lines without --period", () => {
  it("computes the collection years the records hold facts in (exit 0), not a usage error", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), `${[recordLine("A", { cinEpisodes: [referral("2024-04-10")] }), recordLine("B", { cinEpisodes: [referral("2025-03-10")] })].join("\n")}\n`);
    const io = memoryIo(dir);
    const code = await runCli(["metrics", "r.jsonl", "--format", "json", "--quiet"], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out()) as { results: { period: { start: string; end: string } }[] };
    expect(out.results.map((r) => r.period)).toEqual([{ start: "2024-04-01", end: "2025-03-31" }]);
  });

  it("is still a usage error (exit 2) when the records hold no dated fact", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), `${recordLine("A", {})}\n`);
    const io = memoryIo(dir);
    expect(await runCli(["metrics", "r.jsonl"], io)).toBe(2);
    expect(io.err()).toContain("--period");
  });
});
