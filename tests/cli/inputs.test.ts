import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionYearOf, detectInputKind, identifyInputs, readInputs } from "../../src/cli/inputs";
import { CliError } from "../../src/cli/CliIo";
import { runCli } from "../../src/cli/runCli";
import type { ChildRecord } from "../../src/records";
import { FIXTURES, memoryIo, readWorkerModule, tempDir } from "./helpers";

function head(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8").slice(0, 65536);
}

describe("detectInputKind", () => {
  it("shows the documented example", () => {
    // #region docs-example
    detectInputKind("<?xml version='1.0'?><EXPSSDA903><CHILD>", "return.xml"); // "ssda903-xml"
    detectInputKind("CHILD,DECOM,RNE,LS,CIN,PLACE\n", "eps.csv"); // "ssda903-csv"
    detectInputKind('{"child":{"childId":"c1"}}\n{"child":{"childId":"c2"}}\n', "records.txt"); // "kinsafe-jsonl"
    // #endregion docs-example
    expect(detectInputKind("<?xml version='1.0'?><EXPSSDA903><CHILD>", "return.xml")).toBe("ssda903-xml");
    expect(detectInputKind("CHILD,DECOM,RNE,LS,CIN,PLACE\n", "eps.csv")).toBe("ssda903-csv");
    expect(detectInputKind('{"child":{"childId":"c1"}}\n{"child":{"childId":"c2"}}\n', "records.txt")).toBe("kinsafe-jsonl");
  });

  it("recognises every fixture by its content", () => {
    expect(detectInputKind(head("csc-validator-be-cin/fake_CIN_data.xml"), "x")).toBe("cin-census");
    expect(detectInputKind(head("csc-validator-be-cin/CIN_Census_2026.xml"), "x")).toBe("cin-census");
    expect(detectInputKind(head("liia-tools/cin-2022.xml"), "x")).toBe("cin-census");
    expect(detectInputKind(head("liia-tools/social_work_workforce_2022.xml"), "x")).toBe("workforce");
    expect(detectInputKind(head("csc-validator-be-903/fake_903.xml"), "x")).toBe("ssda903-xml");
    expect(detectInputKind(head("csc-validator-be-903/sw_episodes.csv"), "x")).toBe("ssda903-csv");
    expect(detectInputKind(head("cs-demand-model/2019-header.csv"), "x")).toBe("ssda903-csv");
    expect(detectInputKind(head("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv"), "x")).toBe("ssda903-csv");
  });

  it("tells JSON from JSON Lines and refuses other files", () => {
    expect(detectInputKind('[{"child":{}}]', "r.json")).toBe("kinsafe-json");
    expect(detectInputKind('{\n  "child": {}\n}\n', "r.json")).toBe("kinsafe-json");
    expect(detectInputKind('{"child":{}}', "r.jsonl")).toBe("kinsafe-jsonl");
    expect(detectInputKind("name,age\nAmy,7\n", "people.csv")).toBeUndefined();
    expect(detectInputKind("<html><body>", "page.xml")).toBeUndefined();
    expect(detectInputKind("", "empty")).toBeUndefined();
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

describe("readInputs", () => {
  it("merges large inputs in parts with the same records and findings as one cohort", async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await runCli(["synth", "--children", "4000", "--years", "3", "--seed", "5", "--format", "cin-census", "--out", "out", "-q"], io)).toBe(0);
    const files = await identifyInputs(["out/cin_census_2023.xml", "out/cin_census_2024.xml", "out/cin_census_2025.xml"], (n) => join(dir, n));
    const collect = async (options: Parameters<typeof readInputs>[1]): Promise<{ records: ChildRecord[]; findings: string[]; read: number }> => {
      const read = await readInputs(files, options);
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
    const files = await identifyInputs(["out/cin_census_2024.xml", "out/cin_census_2025.xml"], (n) => join(dir, n));
    for (const threads of [1, 2]) {
      const read = await readInputs(files, { matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads, readWorkerUrl: await readWorkerModule() });
      const error = await errorOf(read.records);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(3);
      expect((error as CliError).message).toMatch(new RegExp(`^out/cin_census_2025\\.xml:${String(line)}:\\d+: cannot be read \\(cin-census/malformed-xml\\)`));
      expect(read.findings.some((f) => f.file === "out/cin_census_2025.xml" && f.finding.code === "cin-census/malformed-xml")).toBe(true);
    }
  });

  it("lists the merge's findings in the order one merge would, whatever the parts and threads", async () => {
    const dir = tempDir();
    const census = (year: number, dob: string): string => {
      const children = Array.from({ length: 40 }, (_, i) => {
        const born = i % 3 === 0 ? dob : "2015-01-01";
        return `<Child><ChildIdentifiers><LAchildID>C${String(i)}</LAchildID><PersonBirthDate>${born}</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><CINdetails><CINreferralDate>${String(year - 1)}-06-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>`;
      });
      return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${String(year)}</Year><ReferenceDate>${String(year)}-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header><Children>${children.join("")}</Children></Message>`;
    };
    writeFileSync(join(dir, "2024.xml"), census(2024, "2015-01-01"));
    writeFileSync(join(dir, "2025.xml"), census(2025, "2015-02-01"));
    const files = await identifyInputs(["2024.xml", "2025.xml"], (n) => join(dir, n));
    const cohortFindings = async (options: Parameters<typeof readInputs>[1]): Promise<unknown[]> => {
      const read = await readInputs(files, options);
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

  it("stops with exit code 3 when a file goes away after it was identified, however it is read", async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await runCli(["synth", "--children", "2000", "--years", "2", "--seed", "3", "--format", "cin-census", "--out", "out", "-q"], io)).toBe(0);
    const names = ["out/cin_census_2024.xml", "out/cin_census_2025.xml"];
    const files = await identifyInputs(names, (n) => join(dir, n));
    rmSync(join(dir, names[1] ?? ""));
    const settings: Parameters<typeof readInputs>[1][] = [
      { matchBy: "child-id" },
      { matchBy: "child-id", order: "any", bytesPerPart: 50_000 },
      { matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads: 2, readWorkerUrl: await readWorkerModule() },
    ];
    for (const [i, options] of settings.entries()) {
      const read = await readInputs(i === 0 ? files.slice(1) : files, options);
      const error = await errorOf(read.records);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(3);
      expect((error as CliError).message).toBe("out/cin_census_2025.xml: cannot be read: no such file.");
    }
  });
});
