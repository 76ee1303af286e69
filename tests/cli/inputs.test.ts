import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionYearOf, detectInputKind, identifyInputs, readInputs } from "../../src/cli/inputs";
import { CliError } from "../../src/cli/CliIo";
import { runCli } from "../../src/cli/runCli";
import type { ChildRecord } from "../../src/metrics";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

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
    const threaded = await collect({ matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads: 2 });
    expect(threaded.records).toEqual(parts.records);
    expect(threaded.findings).toEqual(parts.findings);
    expect(threaded.read).toBe(parts.read);
    const byId = (rs: ChildRecord[]): ChildRecord[] => [...rs].sort((a, b) => (a.child.childId < b.child.childId ? -1 : 1));
    expect(whole.records.length).toBeGreaterThan(100);
    // Children seen in more than one return were merged (fewer records than were read).
    expect(whole.records.length).toBeLessThan(whole.read);
    expect(parts.read).toBe(whole.read);
    expect(parts.records.map((r) => r.child.childId)).not.toEqual(whole.records.map((r) => r.child.childId));
    expect(byId(parts.records)).toEqual(byId(whole.records));
    expect([...parts.findings].sort()).toEqual([...whole.findings].sort());
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
      const read = await readInputs(files, { matchBy: "child-id", order: "any", bytesPerPart: 50_000, threads });
      const error = await (async () => {
        try {
          for await (const record of read.records) void record;
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(3);
      expect((error as CliError).message).toMatch(new RegExp(`^out/cin_census_2025\\.xml:${String(line)}:\\d+: cannot be read \\(cin-census/malformed-xml\\)`));
      expect(read.findings.some((f) => f.file === "out/cin_census_2025.xml" && f.finding.code === "cin-census/malformed-xml")).toBe(true);
    }
  });
});
