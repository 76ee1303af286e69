// SSDA903 tables alone, and CIN census returns in the calling thread, are read straight into the
// columns of a cohort (`readReturns(...).cohort()`): no record is made for a child whose record
// would be valid. The columns, the children read and skipped, the errors, the findings and the
// counts must be those of making each record.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import { identifyReturns, readReturns, type ReadReturnsOptions, type ReturnSource } from "../../../src/interop/returns";
import type { ChildRecord } from "../../../src/records";
import { columnsOf, concatColumns, createColumnPartBuilder, type ColumnPart } from "../../../src/records/internal";
import { memoryIo, readWorkerModule, tempDir } from "../../cli/helpers";
import { smallCensus } from "./smallCensus";

const FIXTURES = join(__dirname, "../../fixtures");

function inDir(dir: string, names: readonly string[]): ReturnSource[] {
  return names.map((name) => ({ path: join(dir, name), name }));
}

// The cohort made from the records, in the parts columnsOfRecords makes (16,384 records each).
function partsOf(records: readonly ChildRecord[]): ColumnPart[] {
  const parts: ColumnPart[] = [];
  const builder = createColumnPartBuilder();
  for (const record of records) {
    builder.add(record);
    if (builder.size >= 16_384) parts.push(builder.take());
  }
  if (builder.size > 0) parts.push(builder.take());
  return parts;
}

async function expectSame(sources: readonly ReturnSource[], options: ReadReturnsOptions = {}): Promise<number> {
  const files = await identifyReturns(sources);
  const direct = await readReturns(files, options);
  const { cohort, read, skipped, errors } = await direct.cohort();
  const viaRecords = await readReturns(files, options);
  const records: ChildRecord[] = [];
  for await (const r of viaRecords.records) records.push(r);
  const parts = partsOf(records);
  expect(read).toBe(records.length);
  expect(skipped).toBe(parts.reduce((n, p) => n + p.skipped, 0));
  expect(errors.map((e) => [e.index, e.childId, e.issues])).toEqual(parts.flatMap((p) => p.errors.map((e) => [e.index, e.childId, e.issues])));
  expect(columnsOf(cohort)).toEqual(concatColumns(parts.map((p) => p.data)));
  expect(direct.findings).toEqual(viaRecords.findings);
  expect(direct.counts).toEqual(viaRecords.counts);
  return read;
}

describe("readReturns: SSDA903 tables straight into columns", () => {
  it("gives the columns, findings and counts of the records for every SSDA903 fixture", async () => {
    let children = 0;
    const demand = readdirSync(join(FIXTURES, "cs-demand-model")).filter((f) => f.endsWith(".csv"));
    children += await expectSame(inDir(join(FIXTURES, "cs-demand-model"), demand));
    const validator = readdirSync(join(FIXTURES, "csc-validator-be-903")).filter((f) => f.endsWith(".csv"));
    children += await expectSame(inDir(join(FIXTURES, "csc-validator-be-903"), validator));
    children += await expectSame(inDir(join(FIXTURES, "csc-validator-be-903"), ["fake_903.xml"]));
    children += await expectSame(inDir(join(FIXTURES, "liia-tools"), ["SSDA903_2020_episodes.csv"]));
    expect(children).toBeGreaterThan(100);
  });

  it("gives them for a synthetic authority's returns of several years", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "3000", "--years", "3", "--seed", "4", "--format", "ssda903", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const names = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".csv"));
    expect(await expectSame(inDir(join(dir, "out"), names))).toBeGreaterThan(20);
  });

  it("gives them, errors and children skipped included, for tables with values broken anywhere", async () => {
    const dir = tempDir();
    const episodes = readFileSync(join(FIXTURES, "csc-validator-be-903", "episodes.csv"), "utf8").split(/\r?\n/).filter((l) => l !== "");
    const header = readFileSync(join(FIXTURES, "csc-validator-be-903", "header.csv"), "utf8");
    const width = (episodes[0] ?? "").split(",").length;
    const value = fc.oneof(
      fc.constantFrom("", "x".repeat(101), "SW1A 1AA", "L1", "l1", "P1", "S", "RC8", "E11", "01/01/2020", "31/02/2020", "2020-01-01", "1", "2", "9", "=1+1"),
      fc.string({ maxLength: 8 }).map((t) => t.replace(/[,"\r\n]/g, "")),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 1, max: Math.max(1, episodes.length - 1) }), fc.nat(width - 1), value), { minLength: 1, maxLength: 8 }), async (edits) => {
        const rows = episodes.map((l) => l.split(","));
        for (const [r, c, v] of edits) if (rows[r] !== undefined) rows[r][c] = v;
        const sub = join(dir, `t${String(run++)}`);
        mkdirSync(sub);
        writeFileSync(join(sub, "episodes.csv"), `${rows.map((r) => r.join(",")).join("\n")}\n`);
        writeFileSync(join(sub, "header.csv"), header);
        await expectSame(inDir(sub, ["episodes.csv", "header.csv"]));
      }),
      { numRuns: 25 },
    );
  });
});

describe("readReturns: CIN census returns straight into columns in the calling thread", () => {
  it("gives the columns, findings and counts of the records for one return, and for several merged whole or in parts", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "3000", "--years", "3", "--seed", "9", "--format", "cin-census", "--out", "out", "-q"], memoryIo(dir))).toBe(0);
    const names = ["out/cin_census_2023.xml", "out/cin_census_2024.xml", "out/cin_census_2025.xml"];
    expect(await expectSame(inDir(dir, names.slice(2)))).toBeGreaterThan(100);
    expect(await expectSame(inDir(dir, names))).toBeGreaterThan(100);
    expect(await expectSame(inDir(dir, names), { order: "any", bytesPerPart: 50_000 })).toBeGreaterThan(100);
    expect(await expectSame(inDir(dir, names), { order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() })).toBeGreaterThan(100);
    // Every CIN census fixture alone, and two of them merged.
    for (const name of ["CIN_Census_2021.xml", "CIN_Census_2024.xml", "CIN_Census_2026.xml", "fake_CIN_data.xml"]) await expectSame(inDir(join(FIXTURES, "csc-validator-be-cin"), [name]));
    await expectSame(inDir(join(FIXTURES, "csc-validator-be-cin"), ["CIN_Census_2021.xml", "CIN_Census_2024.xml"]));
  });

  it("reads as records a return with a record the columns cannot hold, with the same result", async () => {
    const dir = tempDir();
    const reviews = Array.from({ length: 10_001 }, () => "<CPPreviewDate>2024-12-01</CPPreviewDate>").join("");
    const child = `<Child><ChildIdentifiers><LAchildID>L</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralNFA>false</ReferralNFA><ChildProtectionPlans><CPPstartDate>2024-07-01</CPPstartDate><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews>${reviews}</Reviews></ChildProtectionPlans></CINdetails></Child>`;
    writeFileSync(join(dir, "2025.xml"), smallCensus(2025, "2015-01-01").replace("<Children>", `<Children>${child}`));
    writeFileSync(join(dir, "2024.xml"), smallCensus(2024, "2015-01-01"));
    expect(await expectSame(inDir(dir, ["2025.xml"]))).toBe(41);
    expect(await expectSame(inDir(dir, ["2024.xml", "2025.xml"]))).toBe(41);
  });

  it("notes, counts, stops and refuses as the records do when a return cannot be read to its end", async () => {
    const dir = tempDir();
    const kid = (i: number): string => `<Child><ChildIdentifiers><LAchildID>C${String(i)}</LAchildID><Sex>M</Sex></ChildIdentifiers><CINdetails><CINreferralDate>2023-06-01</CINreferralDate>${i === 0 ? "" : "<ReferralNFA>false</ReferralNFA>"}</CINdetails></Child>`;
    writeFileSync(join(dir, "grow.xml"), smallCensus(2024, "2015-01-01").replace("<Children>", `<Children>${Array.from({ length: 8000 }, (_, i) => kid(i)).join("")}`));
    writeFileSync(join(dir, "a.xml"), smallCensus(2025, "2015-01-01"));
    writeFileSync(join(dir, "bad.xml"), smallCensus(2024, "2014-01-01").replace("</Children>", "<Child><oops></Children>"));
    writeFileSync(join(dir, "gone.xml"), smallCensus(2025, "2015-01-01"));
    // What reading gives: the refusal, the children, the findings, the counts and the bytes told.
    const outcome = async (names: readonly string[], how: "records" | "cohort", options: ReadReturnsOptions, removed?: string): Promise<unknown> => {
      const files = await identifyReturns(inDir(dir, names));
      if (removed !== undefined) rmSync(join(dir, removed), { force: true });
      let bytes = 0;
      const read = await readReturns(files, { ...options, onProgress: (e) => (bytes += e.type === "bytes" ? e.bytes : 0) });
      let refusal: string | undefined;
      let children = 0;
      try {
        if (how === "cohort") children = (await read.cohort()).read;
        else for await (const record of read.records) children += record === undefined ? 0 : 1;
      } catch (error) {
        refusal = (error as Error).message;
      }
      return { refusal, children: refusal === undefined ? children : undefined, findings: read.findings, counts: [...read.counts], bytes };
    };
    const cases: [readonly string[], ReadReturnsOptions, string?][] = [
      [["grow.xml"], { limits: { maxBytes: 1_500_000 } }],
      [["a.xml", "grow.xml"], { limits: { maxBytes: 1_500_000 } }],
      [["bad.xml"], {}],
      [["bad.xml", "a.xml"], {}],
      [["bad.xml", "a.xml"], { order: "any", bytesPerPart: 2_000 }],
    ];
    for (const [names, options] of cases) expect(await outcome(names, "cohort", options)).toEqual(await outcome(names, "records", options));
    // A later file gone after it was identified: the first file's problem stops the reading first.
    const cohort = await outcome(["bad.xml", "gone.xml"], "cohort", {}, "gone.xml");
    writeFileSync(join(dir, "gone.xml"), smallCensus(2025, "2015-01-01"));
    expect(cohort).toEqual(await outcome(["bad.xml", "gone.xml"], "records", {}, "gone.xml"));
    expect((cohort as { refusal: string }).refusal).toMatch(/bad\.xml/);
  });
});
