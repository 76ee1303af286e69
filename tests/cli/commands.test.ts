// The commands run in-process on temporary directories (the spawned bin is tested in cli.test.ts).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/csv";
import { checkCaseFile, loadCaseFile } from "../../src/cli/commands/check";
import { demoResults } from "../../src/cli/commands/demo";
import { runCli } from "../../src/cli/runCli";
import type { IsoDate } from "../../src/core";
import { computeCoreDataSet } from "../../src/metrics";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { asVersion1 } from "../records/version1";
import { FIXTURES, ROOT, memoryIo, tempDir, writeSchemas } from "./helpers";

const STORED_CASE = join(ROOT, "tests/case-file/stored/case-file-v1.json");

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

interface Json {
  results: { period: { start: string; end: string }; metrics: Record<string, { value: number | null; numerator: number | null }> }[];
}

describe("kinsafe synth and kinsafe metrics", () => {
  const authority = { seed: 11, children0to17: 3000, years: 2, endYear: 2025 } as const;
  const records = generateSyntheticAuthority(authority);
  const direct = computeCoreDataSet(records, { period: { year: 2025 } });
  // The synthetic records carry no OC2, OC3 or AD1 lists (synth does not simulate them): read
  // from a file, those figures are unavailable (`no-input`), the rest are the engine's.
  const OUTCOME_IDS = ["lac.health", "care-leavers.accommodation", "care-leavers.activity"];
  const sameFigures = (metrics: Json["results"][number]["metrics"] | undefined): void => {
    const expected = JSON.parse(JSON.stringify(direct.metrics)) as Json["results"][number]["metrics"];
    // The adoption timeliness's A2 (court authority to match) needs AD1's match dates.
    type Breakdowns = { breakdown?: Record<string, { unavailable?: { reason: string } }> };
    const strip = (m: Json["results"][number]["metrics"]): unknown =>
      Object.fromEntries(
        Object.entries(m)
          .filter(([id]) => !OUTCOME_IDS.includes(id))
          .map(([id, x]) => [id, id === "lac.adoption-timeliness" ? { ...x, breakdown: { ...(x as Breakdowns).breakdown, a2: undefined } } : x]),
      );
    expect(strip(metrics ?? {})).toEqual(strip(expected));
    for (const id of OUTCOME_IDS) expect((metrics?.[id] as { unavailable?: { reason: string } } | undefined)?.unavailable?.reason, id).toBe("no-input");
    expect((metrics?.["lac.adoption-timeliness"] as Breakdowns | undefined)?.breakdown?.["a2"]?.unavailable?.reason).toBe("no-input");
  };

  it("writes JSON Lines that give the engine's figures exactly", async () => {
    const dir = tempDir();
    expect((await run(["synth", "--children", "3000", "--years", "2", "--seed", "11", "--out", "out", "-q"], dir)).code).toBe(0);
    const r = await run(["metrics", "out/records.jsonl", "--period", "2025", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    sameFigures(json.results[0]?.metrics);
  });

  it("writes a CIN census per year, which reads back to the same referrals and enquiries", async () => {
    const dir = tempDir();
    expect((await run(["synth", "--children", "3000", "--years", "2", "--seed", "11", "--format", "cin-census", "--out", "out", "-q"], dir)).code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["cin_census_2024.xml", "cin_census_2025.xml"]);
    const r = await run(["metrics", "out/cin_census_2024.xml", "out/cin_census_2025.xml", "--format", "json", "-q"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.results).toHaveLength(2);
    const m = json.results[1]?.metrics ?? {};
    expect(m["activity.referrals"]?.value).toBe(direct.metrics["activity.referrals"]?.value);
    expect(m["activity.s47-enquiries"]?.value).toBe(direct.metrics["activity.s47-enquiries"]?.value);
    expect(m["activity.re-referral-rate"]?.numerator).toBeGreaterThan(0);
  });

  it("writes SSDA903 tables per year that give the children looked after at 31 March", async () => {
    const dir = tempDir();
    expect((await run(["synth", "--children", "3000", "--years", "2", "--seed", "11", "--format", "ssda903", "--out", "out", "-q"], dir)).code).toBe(0);
    const files = readdirSync(join(dir, "out")).filter((f) => f.startsWith("ssda903_2025_")).map((f) => `out/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const r = await run(["metrics", ...files, "--format", "json", "-q"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { results: { metrics: Record<string, { breakdown?: Record<string, { value: number }> }> }[] };
    expect(json.results[0]?.metrics["plans.open"]?.breakdown?.["lac"]?.value).toBe(direct.metrics["plans.open"]?.breakdown?.["lac"]?.value);
  });

  it("takes the periods of JSON Lines from the dates of their facts, and needs a period only when they hold none", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), `${JSON.stringify(records[0])}\n`);
    const r = await run(["metrics", "r.jsonl", "--format", "json", "-q"], dir);
    expect(r.code).toBe(0);
    const periods = (JSON.parse(r.out) as Json).results.map((x) => x.period.start);
    expect(periods.length).toBeGreaterThan(0);
    const noDates = { ...records[0], cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    writeFileSync(join(dir, "none.jsonl"), `${JSON.stringify(noDates)}\n`);
    const none = await run(["metrics", "none.jsonl"], dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain("give the period");
  });

  it("writes CSV and a self-contained HTML report", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), records.map((x) => JSON.stringify(x)).join("\n"));
    const csv = await run(["metrics", "r.jsonl", "--period", "2025", "--format", "csv", "--suppress", "5"], dir);
    expect(csv.code).toBe(0);
    expect(parseCsv(csv.out)[0]?.[3]).toBe("metric_id");
    const html = await run(["metrics", "r.jsonl", "--period", "2024", "--period", "2025", "--format", "html", "--out", "report/cds.html", "--population", "3000", "--population-vintage", "synthetic"], dir);
    expect(html.code).toBe(0);
    expect(html.err).toContain("Wrote ");
    const page = readFileSync(join(dir, "report/cds.html"), "utf8");
    expect(page).toContain('class="chart trend"'); // several periods: the trend charts
    expect(page).toContain("r.jsonl (kinsafe child records (JSON Lines), ");
  });

  it("reports invalid records in JSON with the file and line, and goes on", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), `${JSON.stringify(records[0])}\n{"child":{}}\n`);
    const r = await run(["metrics", "r.jsonl", "--period", "2025", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^r\.jsonl: error: .*line 2/m);
    writeFileSync(join(dir, "bad.json"), "[\n  {\"child\": }\n]");
    const bad = await run(["metrics", "bad.json", "--period", "2025"], dir);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/^kinsafe metrics: bad\.json:2:\d+: the|^kinsafe metrics: bad\.json(:\d+:\d+)?: not JSON/);
  });

  it("writes each stored record with its schemaVersion, migrates records of an earlier version with one finding a file, and refuses a newer one by file and line", async () => {
    const dir = tempDir();
    expect((await run(["synth", "--children", "3000", "--years", "2", "--seed", "11", "--out", "out", "-q"], dir)).code).toBe(0);
    const lines = readFileSync(join(dir, "out/records.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines.every((l) => l.startsWith('{"schemaVersion":2,"child":'))).toBe(true);
    // The same records as version 1 stored them (old names, no version): the same figures.
    const old = records.map(asVersion1);
    const migrated = old.filter((r) => JSON.stringify(r) !== JSON.stringify(records[old.indexOf(r)])).length;
    expect(migrated).toBeGreaterThan(0);
    writeFileSync(join(dir, "old.jsonl"), old.map((x) => JSON.stringify(x)).join("\n"));
    writeFileSync(join(dir, "old.json"), JSON.stringify(old));
    for (const file of ["old.jsonl", "old.json"]) {
      const r = await run(["metrics", file, "--period", "2025", "--format", "json"], dir);
      expect(r.code).toBe(0);
      sameFigures((JSON.parse(r.out) as Json).results[0]?.metrics);
      const info = r.err.split("\n").filter((l) => l.includes("schema version"));
      expect(info).toEqual([`${file}: info: Written by an earlier release: ${String(migrated)} child records are of record schema version 1 and were read as version 2. [returns/records-migrated]`]);
    }
    // Records of today's version give no such finding.
    expect((await run(["metrics", "out/records.jsonl", "--period", "2025", "--format", "json"], dir)).err).not.toMatch(/schema version/);
    writeFileSync(join(dir, "newer.jsonl"), `${lines[0] ?? ""}\n${JSON.stringify({ schemaVersion: 3, ...records[1] })}\n`);
    const newer = await run(["metrics", "newer.jsonl", "--period", "2025"], dir);
    expect(newer.code).toBe(3);
    expect(newer.err).toMatch(/newer\.jsonl: line 2: the child record is of schema version 3, written by a newer release of kinsafe/);
  });

  it("reads the workforce census into the workforce metrics of the period that holds its reference date", async () => {
    const r = await run(["metrics", join(FIXTURES, "liia-tools/social_work_workforce_2022.xml"), join(FIXTURES, "liia-tools/cin-2022.xml"), "--period", "2023", "--format", "json", "-q"], ROOT);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.results[0]?.metrics["workforce.vacancy-rate"]?.value).not.toBeNull();
  });

  it("says a workforce census alone read its workers, not \"0 records read\"", async () => {
    const r = await run(["metrics", join(FIXTURES, "liia-tools/social_work_workforce_2022.xml"), "--format", "html", "-q"], ROOT);
    expect(r.code).toBe(0);
    const meta = /<dl class="meta">(.*?)<\/dl>/s.exec(r.out)?.[1] ?? "";
    expect(meta).not.toContain("<dt>Records</dt>");
    expect(meta).toMatch(/<dt>Workers<\/dt><dd>\d+ read from the workforce census<\/dd>/);
    expect(meta).toMatch(/workforce census XML, \d+ workers\)/);
  });

  it("puts the title and the authority, escaped, at the head of the report and in the JSON, and refuses a bad code or title", async () => {
    const cin = join(FIXTURES, "liia-tools/cin-2022.xml");
    const html = await run(["metrics", cin, "--format", "html", "-q", "--title", "Children's services <board> report", "--authority", "Anytown & District", "--authority-code", "999"], ROOT);
    expect(html.code).toBe(0);
    expect(html.out).toContain("<h1>Children&#39;s services &lt;board&gt; report</h1>");
    expect(html.out).toContain('<p class="sub">Anytown &amp; District (999)</p>');
    expect(html.out).toContain("<title>Children&#39;s services &lt;board&gt; report</title>");
    const codeOnly = await run(["metrics", cin, "--format", "html", "-q", "--authority-code", "999"], ROOT);
    expect(codeOnly.out).toContain('<p class="sub">Local authority 999</p>');
    expect(codeOnly.out).toContain("<h1>Core data set</h1>");
    const json = JSON.parse((await run(["metrics", cin, "--format", "json", "-q", "--authority", "Anytown", "--authority-code", "999"], ROOT)).out) as { title?: string; authority?: unknown };
    expect(json.authority).toEqual({ name: "Anytown", code: "999" });
    expect(json.title).toBeUndefined();
    for (const bad of [["--authority-code", "99"], ["--authority-code", "9999"], ["--title", " "], ["--title", "a\u0007b"], ["--authority", "x".repeat(201)]]) {
      const r = await run(["metrics", cin, "-q", ...bad], ROOT);
      expect(r.code).toBe(2);
      expect(r.err).toContain(bad[0] as string);
    }
  });

  it("refuses unsafe XML with the file and position (exit 3)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "evil.xml"), `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>`);
    const r = await run(["metrics", "evil.xml"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^kinsafe metrics: evil\.xml(:\d+:\d+)?: cannot be read/);
    expect(r.out).toBe("");
  });
});

describe("kinsafe tables", () => {
  it("writes one tidy, neutralised CSV per table", async () => {
    const dir = tempDir();
    const record = generateSyntheticAuthority({ seed: 2, children0to17: 2000, years: 1 }).find((r) => r.lookedAfterEpisodes.length > 0);
    if (record === undefined) throw new Error("no looked-after child in the sample");
    const evil = { ...record, lookedAfterEpisodes: record.lookedAfterEpisodes.map((e) => ({ ...e, homePostcode: "=HYPERLINK(\"http://x\")" })) };
    writeFileSync(join(dir, "r.json"), JSON.stringify([evil]));
    const r = await run(["tables", "r.json", join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml"), "--out", "tables"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual([
      "adoption_decisions.csv", "adoptions.csv", "assessments.csv", "care_leaver_outcomes.csv", "care_proceedings.csv", "children.csv", "cin_plans.csv", "coverage.csv", "cp_plans.csv",
      "early_help_episodes.csv", "episodes.csv", "looked_after_episodes.csv", "looked_after_outcomes.csv", "looked_after_reviews.csv", "missing_incidents.csv", "proceedings_extensions.csv",
      "section47_enquiries.csv", "visits.csv",
    ]);
    const children = parseCsv(readFileSync(join(dir, "tables/children.csv"), "utf8"));
    expect(children.map((c) => c[0])).toEqual(["child_id", record.child.childId, "DfEX0000001", "child_fails_assessments"]);
    const la = parseCsv(readFileSync(join(dir, "tables/looked_after_episodes.csv"), "utf8"));
    expect(la.slice(1).every((row) => row[11] === "'=HYPERLINK(\"http://x\")")).toBe(true);
    const s47 = parseCsv(readFileSync(join(dir, "tables/section47_enquiries.csv"), "utf8"));
    expect(s47.find((row) => row[0] === "DfEX0000001")?.[3]).toBe("2022-06-02");
  });
});

describe("kinsafe schema", () => {
  it("lists the schemas and prints one", async () => {
    const dir = tempDir();
    writeSchemas(dir);
    const list = await run(["schema"], dir);
    expect(list.code).toBe(0);
    expect(list.out.split("\n")).toContain("child-record");
    const one = await run(["schema", "child-record"], dir);
    expect((JSON.parse(one.out) as { $id: string }).$id).toBe("urn:kinsafe:schema:child-record");
    expect((await run(["schema", "nope"], dir)).code).toBe(2);
    expect((await run(["schema"], tempDir())).code).toBe(3);
  });
});

describe("kinsafe check", () => {
  it("shows the documented example", async () => {
    const caseFile = await loadCaseFile(memoryIo(ROOT), STORED_CASE);
    // #region check-case-file
    const check = checkCaseFile(caseFile, caseFile.bottomLines, "2025-06-01" as IsoDate);
    check.bottomLines.counts; // { met: 10, unmet: 2, "cannot-tell": 1, "covered-by-rule": 1 }
    check.assessmentMap.length; // every finding of checkAssessmentMap on the current map
    // #endregion check-case-file
    // The free-text bottom line is covered by a rule but no worker has judged it: never met.
    expect(check.bottomLines.counts).toEqual({ met: 10, unmet: 2, "cannot-tell": 1, "covered-by-rule": 1 });
    expect(check.assessmentMap.length).toBeGreaterThan(0);
  });

  it("prints every finding and the bottom-line report, and exits 1 when a bottom line is not met", async () => {
    const r = await run(["check", STORED_CASE, "--as-of", "2025-06-01"], ROOT);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Case file case-amy-ben, checked as of 2025-06-01.");
    expect(r.out).toContain("Bottom lines as of 2025-06-01: 10 met, 2 not met, 1 cannot tell, 1 covered by a rule but not judged.");
    // Findings name people as the case file names them, never by their ids.
    expect(r.out).not.toMatch(/\b(child ben|of lee|of kerry)\b/);
    const json = await run(["check", STORED_CASE, "--as-of", "2025-06-01", "--format", "json"], ROOT);
    expect((JSON.parse(json.out) as { fails: boolean; bottomLines: { meetsAll: boolean } }).bottomLines.meetsAll).toBe(false);
  });

  it("evaluates the bottom lines given with --bottom-lines", async () => {
    const dir = tempDir();
    const stored = JSON.parse(readFileSync(STORED_CASE, "utf8")) as { bottomLines: { id: string }[] };
    writeFileSync(join(dir, "lines.json"), JSON.stringify(stored.bottomLines.slice(0, 2)));
    const r = await run(["check", STORED_CASE, "--as-of", "2025-06-01", "--bottom-lines", "lines.json", "--format", "json"], dir);
    const json = JSON.parse(r.out) as { bottomLines: { counts: Record<string, number>; meetsAll: boolean }; assessmentMap: { severity: string }[]; fails: boolean };
    expect(json.bottomLines.counts).toEqual({ met: 2, unmet: 0, "cannot-tell": 0, "covered-by-rule": 0 });
    // Findings of error severity are reported but do not fail the command: only an unmet bottom line does.
    expect(json.assessmentMap.some((f) => f.severity === "error")).toBe(true);
    expect(json.fails).toBe(false);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, "policy.json"), JSON.stringify({ authority: "Northshire", version: "1", bottomLines: [{ id: "ns-supervised", kind: "no-unsupervised-contact", statement: "No unsupervised contact", rationaleDangerIds: [] }] }));
    const policy = await run(["check", STORED_CASE, "--bottom-lines", "policy.json"], dir);
    expect(policy.code).toBe(3);
    expect(policy.err).toContain("policy.json: the policy's bottom lines cannot be set for a case as they are");
  });

  it("refuses a missing or invalid case file (3) and a bad date (2)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "case.json"), JSON.stringify({ schemaVersion: 1, id: "" }));
    expect((await run(["check", "missing.json"], dir)).code).toBe(3);
    const invalid = await run(["check", "case.json"], dir);
    expect(invalid.code).toBe(3);
    expect(invalid.err).toContain("case.json: not a valid case file:");
    expect((await run(["check", STORED_CASE, "--as-of", "1 June"], dir)).code).toBe(2);
  });
});

describe("kinsafe demo", () => {
  it("shows the documented example", () => {
    // #region demo
    const results = demoResults({ children: 2000, years: 2, seed: 1, endYear: 2025 });
    results.map((r) => r.period.end); // ["2024-03-31", "2025-03-31"]
    // #endregion demo
    expect(results.map((r) => r.period.end)).toEqual(["2024-03-31", "2025-03-31"]);
    expect(results[1]?.suppress).toEqual({ threshold: 6 });
  });

  it("prints the table and writes the report and the figures", async () => {
    const dir = tempDir();
    const r = await run(["demo", "--out", "demo", "--children", "2000", "--years", "2"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Core data set, 2 periods/);
    expect(readdirSync(join(dir, "demo")).sort()).toEqual(["core-data-set.json", "report.html"]);
    expect(readFileSync(join(dir, "demo/report.html"), "utf8")).toContain("<svg");
  });
});
