import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isKinsafeError, type KinsafeError } from "../../../src/core";
import { formatFinding } from "../../../src/findings";
import { runCli } from "../../../src/cli/runCli";
import { collectionYearOf, detectReturnKind } from "../../../src/interop/returns/identifyReturns";
import { DEFAULT_RETURN_LIMITS, enReturns, identifyReturns, readReturns, RETURN_KIND_NAMES, RETURNS_FINDING_CODES, type ReadProgress, type ReturnSource } from "../../../src/interop/returns";
import type { ChildRecord } from "../../../src/records";
import { FIXTURES, memoryIo, readWorkerModule, tempDir } from "../../cli/helpers";
import { smallCensus } from "./smallCensus";

/** The files as given, read from `dir` and named as given. */
function inDir(dir: string, names: readonly string[]): ReturnSource[] {
  return names.map((name) => ({ path: join(dir, name), name }));
}

/** The refusal (a KinsafeError `invalid-input`) and its message without the `[kinsafe] ` prefix. */
function refusalOf(error: unknown): { error: KinsafeError; message: string } {
  expect(isKinsafeError(error)).toBe(true);
  const e = error as KinsafeError;
  expect(e.code).toBe("invalid-input");
  return { error: e, message: e.message.replace(/^\[kinsafe\] /, "") };
}

function head(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8").slice(0, 65536);
}

describe("detectReturnKind", () => {
  it("shows the documented example", () => {
    // #region docs-example
    detectReturnKind("<?xml version='1.0'?><EXPSSDA903><CHILD>", "return.xml"); // "ssda903-xml"
    detectReturnKind("CHILD,DECOM,RNE,LS,CIN,PLACE\n", "eps.csv"); // "ssda903-csv"
    detectReturnKind('{"child":{"childId":"c1"}}\n{"child":{"childId":"c2"}}\n', "records.txt"); // "kinsafe-jsonl"
    // #endregion docs-example
    expect(detectReturnKind("<?xml version='1.0'?><EXPSSDA903><CHILD>", "return.xml")).toBe("ssda903-xml");
    expect(detectReturnKind("CHILD,DECOM,RNE,LS,CIN,PLACE\n", "eps.csv")).toBe("ssda903-csv");
    expect(detectReturnKind('{"child":{"childId":"c1"}}\n{"child":{"childId":"c2"}}\n', "records.txt")).toBe("kinsafe-jsonl");
  });

  it("recognises every fixture by its content", () => {
    expect(detectReturnKind(head("csc-validator-be-cin/fake_CIN_data.xml"), "x")).toBe("cin-census");
    expect(detectReturnKind(head("csc-validator-be-cin/CIN_Census_2026.xml"), "x")).toBe("cin-census");
    expect(detectReturnKind(head("liia-tools/cin-2022.xml"), "x")).toBe("cin-census");
    expect(detectReturnKind(head("liia-tools/social_work_workforce_2022.xml"), "x")).toBe("workforce");
    expect(detectReturnKind(head("csc-validator-be-903/fake_903.xml"), "x")).toBe("ssda903-xml");
    expect(detectReturnKind(head("csc-validator-be-903/sw_episodes.csv"), "x")).toBe("ssda903-csv");
    expect(detectReturnKind(head("cs-demand-model/2019-header.csv"), "x")).toBe("ssda903-csv");
    expect(detectReturnKind(head("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv"), "x")).toBe("ssda903-csv");
  });

  it("tells JSON from JSON Lines and refuses other files", () => {
    expect(detectReturnKind('[{"child":{}}]', "r.json")).toBe("kinsafe-json");
    expect(detectReturnKind('{\n  "child": {}\n}\n', "r.json")).toBe("kinsafe-json");
    expect(detectReturnKind('{"child":{}}', "r.jsonl")).toBe("kinsafe-jsonl");
    expect(detectReturnKind("name,age\nAmy,7\n", "people.csv")).toBeUndefined();
    expect(detectReturnKind("<html><body>", "page.xml")).toBeUndefined();
    expect(detectReturnKind("", "empty")).toBeUndefined();
  });
});

describe("collectionYearOf", () => {
  it("reads the census reference date, the workforce year and SSDA903 file names", () => {
    expect(collectionYearOf("cin-census", head("csc-validator-be-cin/CIN_Census_2024.xml"), "x")).toBe(2024);
    expect(collectionYearOf("workforce", head("liia-tools/social_work_workforce_2022.xml"), "x")).toBe(2023);
    expect(collectionYearOf("ssda903-csv", "", "data/2019-episodes.csv")).toBe(2019);
    expect(collectionYearOf("ssda903-csv", "", "SSDA903_2020_episodes.csv")).toBe(2020);
    expect(collectionYearOf("ssda903-csv", "", "episodes.csv")).toBeUndefined();
    expect(collectionYearOf("kinsafe-jsonl", "", "2025.jsonl")).toBeUndefined();
  });
});

/** What reading every record throws (`undefined` when nothing does). */
async function errorOf(records: AsyncIterable<ChildRecord>): Promise<unknown> {
  try {
    for await (const record of records) void record;
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("readReturns: merging", () => {
  it("merges large inputs in parts with the same records and findings as one cohort", async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await runCli(["synth", "--children", "4000", "--years", "3", "--seed", "5", "--format", "cin-census", "--out", "out", "-q"], io)).toBe(0);
    const files = await identifyReturns(inDir(dir, ["out/cin_census_2023.xml", "out/cin_census_2024.xml", "out/cin_census_2025.xml"]));
    const collect = async (options: Parameters<typeof readReturns>[1]): Promise<{ records: ChildRecord[]; findings: string[]; read: number }> => {
      const read = await readReturns(files, options);
      const records: ChildRecord[] = [];
      for await (const r of read.records) records.push(r);
      return { records, findings: read.findings.map((f) => JSON.stringify(f)), read: [...read.counts.values()].reduce((a, b) => a + b, 0) };
    };
    const whole = await collect({ matchBy: "child-id" });
    const parts = await collect({ matchBy: "child-id", order: "any", bytesPerPart: 50_000 });
    // Read by two worker threads: the same parts, in the same order.
    const threaded = await collect({ matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() });
    expect(threaded.records).toEqual(parts.records);
    expect(threaded.findings).toEqual(parts.findings);
    expect(threaded.read).toBe(parts.read);
    const key = (r: ChildRecord): string => `${r.child.la ?? ""}|${r.child.childId}`;
    const byId = (rs: ChildRecord[]): ChildRecord[] => [...rs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(whole.records.length).toBeGreaterThan(100);
    // Children seen in more than one return were merged (fewer records than were read).
    expect(whole.records.length).toBeLessThan(whole.read);
    expect(parts.read).toBe(whole.read);
    // The parts hand children out in another order (which shows the test went through them).
    expect(parts.records.map(key)).not.toEqual(whole.records.map(key));
    expect(byId(parts.records)).toEqual(byId(whole.records));
    expect(parts.findings).toEqual(whole.findings);
  });

  it("stops with the file and position of broken XML, also when worker threads read it", async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await runCli(["synth", "--children", "3000", "--years", "2", "--seed", "5", "--format", "cin-census", "--out", "out", "-q"], io)).toBe(0);
    const good = readFileSync(join(dir, "out/cin_census_2025.xml"), "utf8");
    // A closing tag that does not match, some way into the file.
    const at = good.indexOf("</Sex>", good.length >> 1);
    writeFileSync(join(dir, "out/cin_census_2025.xml"), `${good.slice(0, at)}</Sax>${good.slice(at + 6)}`);
    const line = good.slice(0, at).split("\n").length;
    const files = await identifyReturns(inDir(dir, ["out/cin_census_2024.xml", "out/cin_census_2025.xml"]));
    for (const threads of [1, 2]) {
      const read = await readReturns(files, { matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads, readWorkerUrl: await readWorkerModule() });
      const error = await errorOf(read.records);
      expect(refusalOf(error).message).toMatch(new RegExp(`^out/cin_census_2025\\.xml:${String(line)}:\\d+: cannot be read \\(cin-census/malformed-xml\\)`));
      expect(read.findings.some((f) => f.file === "out/cin_census_2025.xml" && f.finding.code === "cin-census/malformed-xml")).toBe(true);
    }
  });

  it("lists the merge's findings in the order one merge would, whatever the parts and threads", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "2024.xml"), smallCensus(2024, "2015-01-01"));
    writeFileSync(join(dir, "2025.xml"), smallCensus(2025, "2015-02-01"));
    const files = await identifyReturns(inDir(dir, ["2024.xml", "2025.xml"]));
    const cohortFindings = async (options: Parameters<typeof readReturns>[1]): Promise<unknown[]> => {
      const read = await readReturns(files, options);
      for await (const record of read.records) void record;
      return read.findings.filter((f) => f.file === "(cohort)").map((f) => f.finding);
    };
    const whole = await cohortFindings({ matchBy: "child-id" });
    const code = (f: unknown): string => (f as { code: string }).code;
    // Every third child's date of birth differs between the two returns: 14 conflicts, C0 first.
    const conflicts = whole.filter((f) => code(f) === "cin-census/conflicting-details");
    expect(conflicts).toHaveLength(14);
    expect(conflicts.map((f) => (f as { params: { childId: string } }).params.childId).slice(0, 3)).toEqual(["C0", "C3", "C6"]);
    // The 2024 return's open episode (referred 2023-06-01) is not in the 2025 return: one warning
    // a child, after the conflicts, by child.
    const gaps = whole.slice(14);
    expect(gaps.map(code)).toEqual(Array.from({ length: 40 }, () => "cin-census/episode-not-in-next-return"));
    expect(gaps.map((f) => (f as { params: { childId: string } }).params.childId).slice(0, 3)).toEqual(["C0", "C1", "C10"]);
    expect(await cohortFindings({ matchBy: "child-id", order: "any", bytesPerPart: 500 })).toEqual(whole);
    expect(await cohortFindings({ matchBy: "child-id", order: "any", bytesPerPart: 500, threads: 2, readWorkerUrl: await readWorkerModule() })).toEqual(whole);
  });

  it("refuses a file that goes away after it was identified, however it is read", async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await runCli(["synth", "--children", "2000", "--years", "2", "--seed", "3", "--format", "cin-census", "--out", "out", "-q"], io)).toBe(0);
    const names = ["out/cin_census_2024.xml", "out/cin_census_2025.xml"];
    const files = await identifyReturns(inDir(dir, names));
    rmSync(join(dir, names[1] ?? ""));
    const settings: Parameters<typeof readReturns>[1][] = [
      { matchBy: "child-id" },
      { matchBy: "child-id", order: "any", bytesPerPart: 50_000 },
      { matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() },
    ];
    for (const [i, options] of settings.entries()) {
      const read = await readReturns(i === 0 ? files.slice(1) : files, options);
      const error = await errorOf(read.records);
      expect(refusalOf(error).message).toBe("out/cin_census_2025.xml: cannot be read: no such file.");
    }
  });
});

describe("identifyReturns", () => {
  it("finds each file's kind and its collection year from its content", async () => {
    // #region identify
    const files = await identifyReturns([
      join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml"),
      join(FIXTURES, "cs-demand-model/2017-episodes.csv"),
      join(FIXTURES, "cs-demand-model/2017-header.csv"),
    ]);
    files.map((f) => [RETURN_KIND_NAMES[f.kind], f.year, f.yearFrom]);
    // [["CIN census XML", 2024, "ReferenceDate"],
    //  ["SSDA903 CSV", 2018, "the dates in it"],   (named 2017: it holds the 2017-18 return)
    //  ["SSDA903 CSV", 2018, "the other tables of the same return"]]
    // #endregion identify
    expect(files.map((f) => [RETURN_KIND_NAMES[f.kind], f.year, f.yearFrom])).toEqual([
      ["CIN census XML", 2024, "ReferenceDate"],
      ["SSDA903 CSV", 2018, "the dates in it"],
      ["SSDA903 CSV", 2018, "the other tables of the same return"],
    ]);
    expect(files.map((f) => f.name)).toEqual(files.map((f) => f.path));
    expect(files[1]?.nameYear).toBe(2017);
  });

  it("refuses a file of no kind it reads, naming it as given", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "people.csv"), "name,age\nAmy,7\n");
    const error = await identifyReturns([{ path: join(dir, "people.csv"), name: "people.csv" }]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusalOf(error).message).toMatch(/^people\.csv:1:1: not a file kinsafe can read: /);
  });
});

describe("readReturns", () => {
  const cin = join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml");
  const episodes = join(FIXTURES, "cs-demand-model/2017-episodes.csv");
  const header = join(FIXTURES, "cs-demand-model/2017-header.csv");

  it("reads the returns given as paths: records, findings and what each file was read as", async () => {
    // #region read-returns
    const read = await readReturns([cin, episodes, header], { matchBy: "child-id" });
    read.returns.map((f) => `${f.kind} ${String(f.year)}`); // ["cin-census 2024", "ssda903-csv 2018", "ssda903-csv 2018"]
    let children = 0;
    for await (const record of read.records) if (record.child.childId !== "") children++;
    children; // 821: the CIN census children, and the SSDA903 children not among them
    read.findings.filter((f) => f.finding.code === "returns/year-mismatch").length; // 2: the 2017 files hold 2017-18
    // #endregion read-returns
    expect(read.returns.map((f) => `${f.kind} ${String(f.year)}`)).toEqual(["cin-census 2024", "ssda903-csv 2018", "ssda903-csv 2018"]);
    expect(children).toBe(821);
    expect(read.findings.filter((f) => f.finding.code === "returns/year-mismatch").map((f) => f.file)).toEqual([episodes, header]);
    // Every file's records are counted; the episodes table gives one row per episode.
    expect([...read.counts.keys()].sort()).toEqual([cin, episodes, header].sort());
    expect(read.counts.get(episodes)).toBe(1460);
  });

  it("reads identified files and paths alike", async () => {
    const all = async (read: Awaited<ReturnType<typeof readReturns>>): Promise<{ records: ChildRecord[]; findings: string[] }> => {
      const records: ChildRecord[] = [];
      for await (const r of read.records) records.push(r);
      return { records, findings: read.findings.map((f) => JSON.stringify(f)) };
    };
    const byPath = await all(await readReturns([cin, episodes, header]));
    const identified = await all(await readReturns(await identifyReturns([cin, episodes, header])));
    expect(identified).toEqual(byPath);
    expect(byPath.records.length).toBeGreaterThan(0);
  });

  it("gives the same findings as `kinsafe metrics`, which only calls it", async () => {
    const names = ["csc-validator-be-cin/CIN_Census_2024.xml", "cs-demand-model/2017-episodes.csv", "cs-demand-model/2017-header.csv"];
    const cli = memoryIo(FIXTURES);
    expect(await runCli(["metrics", ...names, "--format", "json", "--threads", "1"], cli)).toBe(0);
    const json = JSON.parse(cli.out()) as { findings: ({ file: string; code: string } & Record<string, unknown>)[] };
    const read = await readReturns(inDir(FIXTURES, names), { order: "any" });
    for await (const record of read.records) void record;
    const library = read.findings.map(({ file, finding }) => ({ file, ...finding }));
    expect(library.length).toBeGreaterThan(10);
    expect(json.findings.filter((f) => f.code !== "cli/empty-period")).toEqual(library);
  });

  it("tells onProgress each file it starts, every byte it reads, and when it is done", async () => {
    // #region progress
    const events: ReadProgress[] = [];
    const read = await readReturns([cin, episodes, header], { onProgress: (event) => events.push(event) });
    for await (const record of read.records) void record;
    events.filter((e) => e.type !== "bytes"); // [{ type: "file", file: cin }, { type: "file", file: `${episodes}, ${header}` }, { type: "done" }]
    // #endregion progress
    expect(events.filter((e) => e.type !== "bytes")).toEqual([{ type: "file", file: cin }, { type: "file", file: `${episodes}, ${header}` }, { type: "done" }]);
    const bytes = events.reduce((n, e) => n + (e.type === "bytes" ? e.bytes : 0), 0);
    expect(bytes).toBe(read.returns.reduce((n, f) => n + f.size, 0));
  });

  it("applies the limits it is given", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "header.csv"), `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,${"A".repeat(2000)},,\n`);
    const path = join(dir, "header.csv");
    // #region limits
    DEFAULT_RETURN_LIMITS.maxLineBytes; // 16 MiB: a CSV or JSON Lines line may be that long
    const read = await readReturns([path], { limits: { maxLineBytes: 1024 } });
    // Iterating read.records rejects: "…/header.csv:2: cannot be read (limit-exceeded): the line is longer than the limit of 1 KiB."
    // #endregion limits
    expect(DEFAULT_RETURN_LIMITS.maxLineBytes).toBe(16 * 1024 ** 2);
    expect(refusalOf(await errorOf(read.records)).message).toBe(`${path}:2: cannot be read (limit-exceeded): the line is longer than the limit of 1 KiB.`);
    // Within the default limits the same file is read.
    const whole = await readReturns([path]);
    expect(await errorOf(whole.records)).toBeUndefined();
  });

  it("names its own findings in its catalogue", () => {
    // #region finding-codes
    const finding = { code: "returns/year-mismatch", severity: "warning", path: [], params: { reason: "the name says 2017, but by the dates in it it is the return of the year ending 31 March 2018, so 2018 is used" } } as const;
    formatFinding(finding, { catalogue: enReturns });
    // "The year in the file's name does not match its content: the name says 2017, …, so 2018 is used."
    // #endregion finding-codes
    expect(formatFinding(finding, { catalogue: enReturns })).toBe(`The year in the file's name does not match its content: ${finding.params.reason}.`);
    for (const code of RETURNS_FINDING_CODES) expect(enReturns.messages[code]).toMatch(/\{/);
  });
});
