import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../../src/core";
import { runCli } from "../../../src/cli/runCli";
import { computeCoreDataSets, type CoreDataSetOptions } from "../../../src/metrics";
import { identifyReturns, readReturns, type ReadProgress, type ReturnSource } from "../../../src/interop/returns";
import type { ChildRecord } from "../../../src/records";
import { memoryIo, readWorkerModule, tempDir } from "../../cli/helpers";
import { smallCensus } from "./smallCensus";

function inDir(dir: string, names: readonly string[]): ReturnSource[] {
  return names.map((name) => ({ path: join(dir, name), name }));
}

const PERIODS: CoreDataSetOptions[] = [
  { period: { start: "2023-04-01", end: "2024-03-31" } },
  { period: { start: "2024-04-01", end: "2025-03-31" } },
  { period: { start: "2024-10-01", end: "2025-09-30" }, snapshot: "2025-03-31" },
];

describe("readReturns: the cohort", () => {
  it("gives the figures and findings of the records, whether worker threads merge the parts or not", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "4000", "--years", "3", "--seed", "7", "--format", "cin-census", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const files = await identifyReturns(inDir(dir, ["out/cin_census_2023.xml", "out/cin_census_2024.xml", "out/cin_census_2025.xml"]));
    const read = await readReturns(files, { order: "any", bytesPerPart: 50_000 });
    const records: ChildRecord[] = [];
    for await (const r of read.records) records.push(r);
    const expected = computeCoreDataSets(records, PERIODS);
    const findings = read.findings.map((f) => JSON.stringify(f));

    // #region read-returns-cohort
    const threaded = await readReturns(files, { order: "any", threads: 2, bytesPerPart: 50_000, readWorkerUrl: await readWorkerModule() });
    const { cohort, read: checked, skipped } = await threaded.cohort();
    const [year2024, year2025] = computeCoreDataSets(cohort, PERIODS);
    // #endregion read-returns-cohort
    expect(cohort.children).toBe(records.length);
    expect(checked).toBe(records.length);
    expect(skipped).toBe(0);
    // Figures of the cohort say how many children they read; records say the same.
    const strip = (r: (typeof expected)[number] | undefined): unknown => r?.metrics;
    expect([year2024, year2025].map(strip)).toEqual(expected.slice(0, 2).map(strip));
    expect(computeCoreDataSets(cohort, PERIODS).map(strip)).toEqual(expected.map(strip));
    expect(threaded.findings.map((f) => JSON.stringify(f))).toEqual(findings);
    expect(threaded.counts).toEqual(read.counts);

    // The same in the calling thread (records turned into columns in batches).
    const plain = await (await readReturns(files, { order: "any", bytesPerPart: 50_000 })).cohort();
    expect(plain.cohort.children).toBe(records.length);
    expect(computeCoreDataSets(plain.cohort, PERIODS).map(strip)).toEqual(expected.map(strip));
  });

  it("lists the merge's findings as the records do when the threads merge", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "2024.xml"), smallCensus(2024, "2015-01-01"));
    writeFileSync(join(dir, "2025.xml"), smallCensus(2025, "2015-02-01"));
    const files = await identifyReturns(inDir(dir, ["2024.xml", "2025.xml"]));
    const whole = await readReturns(files);
    for await (const record of whole.records) void record;
    const threaded = await readReturns(files, { order: "any", bytesPerPart: 500, threads: 2, readWorkerUrl: await readWorkerModule() });
    const { cohort } = await threaded.cohort();
    expect(cohort.children).toBe(40);
    // 14 conflicting dates of birth and 40 episodes missing from the next return, in one order.
    expect(threaded.findings.filter((f) => f.file === "(cohort)")).toHaveLength(54);
    expect(threaded.findings).toEqual(whole.findings);
    // Merged in parts in the calling thread (the records held in their compact form meanwhile).
    const inParts = await readReturns(files, { order: "any", bytesPerPart: 500 });
    expect((await inParts.cohort()).cohort.children).toBe(40);
    expect(inParts.findings).toEqual(whole.findings);
  });

  it("merges as records, with the same figures, findings and progress, returns whose merge could make a list too long for a record", async () => {
    // Child X has 5,001 referrals in each of two returns: merged on columns it could hold more
    // than a record may (10,000), so the threads hand the returns back to be merged as records.
    const dir = tempDir();
    const many = (year: number): string => {
      const first = Date.UTC(year - 16, 0, 1);
      const episodes = Array.from({ length: 5001 }, (_, i) => `<CINdetails><CINreferralDate>${new Date(first + i * 86_400_000).toISOString().slice(0, 10)}</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA><CINclosureDate>${new Date(first + i * 86_400_000).toISOString().slice(0, 10)}</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure></CINdetails>`);
      const x = `<Child><ChildIdentifiers><LAchildID>X</LAchildID><PersonBirthDate>2005-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>${episodes.join("")}</Child>`;
      return smallCensus(year, "2015-01-01").replace("<Children>", `<Children>${x}`);
    };
    writeFileSync(join(dir, "2024.xml"), many(2024));
    writeFileSync(join(dir, "2025.xml"), many(2025));
    const files = await identifyReturns(inDir(dir, ["2024.xml", "2025.xml"]));
    const whole = await readReturns(files);
    const records: ChildRecord[] = [];
    for await (const r of whole.records) records.push(r);
    expect(records.find((r) => r.child.childId === "X")?.cinEpisodes).toHaveLength(5001 + 366);
    const events: ReadProgress[] = [];
    const threaded = await readReturns(files, { order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule(), onProgress: (e) => events.push(e) });
    const { cohort, read: checked } = await threaded.cohort();
    expect(checked).toBe(41);
    const strip = (r: { metrics: unknown } | undefined): unknown => r?.metrics;
    expect(computeCoreDataSets(cohort, PERIODS).map(strip)).toEqual(computeCoreDataSets(records, PERIODS).map(strip));
    expect(threaded.findings).toEqual(whole.findings);
    expect(threaded.counts).toEqual(whole.counts);
    expect(events.reduce((n, e) => n + (e.type === "bytes" ? e.bytes : 0), 0)).toBe(files.reduce((n, f) => n + f.size, 0));
  });

  it("merges as records a child given twice in one return whose episodes together outgrow a record, as one thread does", async () => {
    const dir = tempDir();
    const day = (i: number): string => new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const copy = (from: number): string =>
      `<Child><ChildIdentifiers><LAchildID>X</LAchildID><Sex>M</Sex></ChildIdentifiers>${Array.from({ length: 5001 }, (_, i) => `<CINdetails><CINreferralDate>${day(from + i)}</CINreferralDate><ReferralNFA>false</ReferralNFA><CINclosureDate>${day(from + i)}</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure></CINdetails>`).join("")}</Child>`;
    writeFileSync(join(dir, "2024.xml"), smallCensus(2024, "2015-01-01").replace("<Children>", `<Children>${copy(0)}${copy(5001)}`));
    writeFileSync(join(dir, "2025.xml"), smallCensus(2025, "2015-01-01"));
    const files = await identifyReturns(inDir(dir, ["2024.xml", "2025.xml"]));
    const one = await readReturns(files, { order: "any", bytesPerPart: 50_000 });
    const expected = await one.cohort();
    expect(expected.skipped).toBe(1);
    expect(expected.errors[0]?.childId).toBe("X");
    const threaded = await readReturns(files, { order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() });
    const actual = await threaded.cohort();
    expect([actual.read, actual.skipped, actual.errors]).toEqual([expected.read, expected.skipped, expected.errors]);
    expect(threaded.findings).toEqual(one.findings);
  });

  it("tells onProgress every byte once when the cohort is read, whatever else is read with the CIN census returns", async () => {
    const fixtures = join(__dirname, "../../fixtures");
    const sets = [
      ["liia-tools/social_work_workforce_2022.xml", "liia-tools/cin-2022.xml"],
      ["input-checks/records.jsonl", "liia-tools/cin-2022.xml"],
      ["liia-tools/social_work_workforce_2022.xml", "csc-validator-be-cin/CIN_Census_2021.xml", "csc-validator-be-cin/CIN_Census_2024.xml"],
    ];
    for (const set of sets) {
      const files = await identifyReturns(inDir(fixtures, set));
      const total = files.reduce((n, f) => n + f.size, 0);
      for (const threads of [1, 2]) {
        const events: ReadProgress[] = [];
        const read = await readReturns(files, { order: "any", bytesPerPart: 2_000, threads, readWorkerUrl: await readWorkerModule(), onProgress: (e) => events.push(e) });
        await read.cohort();
        expect(events.reduce((n, e) => n + (e.type === "bytes" ? e.bytes : 0), 0)).toBe(total);
      }
    }
  });

  it("hands out records merged in parts with their fields in the order the reader gave them", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "2024.xml"), smallCensus(2024, "2015-01-01"));
    writeFileSync(join(dir, "2025.xml"), smallCensus(2025, "2015-02-01"));
    const files = await identifyReturns(inDir(dir, ["2024.xml", "2025.xml"]));
    const texts = async (options: Parameters<typeof readReturns>[1]): Promise<string[]> => {
      const out: string[] = [];
      for await (const record of (await readReturns(files, options)).records) out.push(JSON.stringify(record));
      return out.sort();
    };
    const whole = await texts({});
    expect(whole).toHaveLength(40);
    expect(await texts({ order: "any", bytesPerPart: 500 })).toEqual(whole);
    expect(await texts({ order: "any", bytesPerPart: 500, threads: 2, readWorkerUrl: await readWorkerModule() })).toEqual(whole);
  });

  it("is taken once: the records or the cohort", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "300", "--years", "1", "--seed", "2", "--format", "cin-census", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const read = await readReturns(inDir(dir, ["out/cin_census_2025.xml"]));
    for await (const r of read.records) void r;
    let thrown: unknown;
    try {
      await read.cohort();
    } catch (error) {
      thrown = error;
    }
    expect(isKinsafeError(thrown) && thrown.code === "invalid-argument" && thrown.message.includes("records was taken")).toBe(true);
  });

  it("stops with the file and position of broken XML when the threads hand columns", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "3000", "--years", "2", "--seed", "5", "--format", "cin-census", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const good = readFileSync(join(dir, "out/cin_census_2025.xml"), "utf8");
    const at = good.indexOf("</Sex>", good.length >> 1);
    writeFileSync(join(dir, "out/cin_census_2025.xml"), `${good.slice(0, at)}</Sax>${good.slice(at + 6)}`);
    const line = good.slice(0, at).split("\n").length;
    const files = await identifyReturns(inDir(dir, ["out/cin_census_2024.xml", "out/cin_census_2025.xml"]));
    const read = await readReturns(files, { order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() });
    let thrown: unknown;
    try {
      await read.cohort();
    } catch (error) {
      thrown = error;
    }
    expect(isKinsafeError(thrown) && thrown.code === "invalid-input").toBe(true);
    expect((thrown as Error).message).toMatch(new RegExp(`out/cin_census_2025\\.xml:${String(line)}:\\d+: cannot be read \\(cin-census/malformed-xml\\)`));
  });

  it("refuses a file that goes away, naming it, when the threads hand columns", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "2000", "--years", "2", "--seed", "3", "--format", "cin-census", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const files = await identifyReturns(inDir(dir, ["out/cin_census_2024.xml", "out/cin_census_2025.xml"]));
    const { rmSync } = await import("node:fs");
    rmSync(join(dir, "out/cin_census_2025.xml"));
    const read = await readReturns(files, { order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() });
    await expect(read.cohort()).rejects.toThrow("out/cin_census_2025.xml: cannot be read: no such file.");
  });
});
