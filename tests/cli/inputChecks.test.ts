// kinsafe metrics on partial and hostile inputs: one return, SSDA903 alone, a missing column, a
// date that cannot be right, a workforce census alone, a period no file holds.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

interface Finding {
  readonly file: string;
  readonly code: string;
  readonly severity: string;
  readonly params?: Record<string, string | number>;
}
interface Metric {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly breakdown?: Record<string, Metric>;
}
interface Json {
  readonly inputs: { file: string; year?: number; yearFrom?: string }[];
  readonly coverage: { facts: Record<string, unknown>; unusable?: Record<string, string> };
  readonly findings: Finding[];
  readonly results: { period: { start: string; end: string }; metrics: Record<string, Metric> }[];
}

describe("kinsafe metrics: input checks", () => {
  it("reports an SSDA903 episodes file without DEC and a header without DOB as errors naming the column, and the episodes as unusable", async () => {
    const dir = tempDir();
    for (const f of ["2018_episodes_no_dec.csv", "2018_header_no_dob.csv"]) copyFileSync(join(FIXTURES, "input-checks", f), join(dir, f));
    const r = await run(["metrics", "2018_episodes_no_dec.csv", "2018_header_no_dob.csv", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    const missing = json.findings.filter((f) => f.code === "ssda903/missing-specified-column").map((f) => [f.file, f.severity, f.params?.["field"]]);
    expect(missing).toEqual([
      ["2018_episodes_no_dec.csv", "error", "DEC"],
      ["2018_header_no_dob.csv", "error", "DOB"],
    ]);
    expect(json.coverage.unusable).toEqual({ "looked-after-episodes": "the SSDA903 episodes file 2018_episodes_no_dec.csv has no DEC column" });
    expect(r.err).toMatch(/2018_episodes_no_dec\.csv:1: error: The episodes table in 2018_episodes_no_dec\.csv has no DEC column/);
  });

  it("gives the reason an input cannot be used, in words, in the notes of every figure it makes unavailable: table, CSV and HTML", async () => {
    const dir = tempDir();
    for (const f of ["2018_episodes_no_dec.csv", "2018_header_no_dob.csv"]) copyFileSync(join(FIXTURES, "input-checks", f), join(dir, f));
    const reason = "the SSDA903 episodes file 2018_episodes_no_dec.csv has no DEC column";
    const json = JSON.parse((await run(["metrics", "2018_episodes_no_dec.csv", "2018_header_no_dob.csv", "--format", "json"], dir)).out) as Json & {
      results: { metrics: Record<string, Metric & { notes: string[]; status: string; unavailable?: { reason: string }; breakdown?: Record<string, Metric & { notes: string[]; unavailable?: { reason: string } }> }> }[];
    };
    const unusable: { id: string; notes: string[] }[] = [];
    const walk = (m: { notes: string[]; unavailable?: { reason: string }; breakdown?: Record<string, unknown> }, id: string): void => {
      if (m.unavailable?.reason === "unusable-input") unusable.push({ id, notes: m.notes });
      for (const [k, b] of Object.entries(m.breakdown ?? {})) walk(b as typeof m, `${id}/${k}`);
    };
    for (const r of json.results) for (const [id, m] of Object.entries(r.metrics)) walk(m, id);
    expect(unusable.map((u) => u.id)).toContain("plans.open/lac");
    for (const u of unusable) expect(u.notes.join(" "), u.id).toContain(reason);
    const table = (await run(["metrics", "2018_episodes_no_dec.csv", "2018_header_no_dob.csv"], dir)).out;
    expect(table).toContain(`Unavailable: ${reason}.`);
    const csv = (await run(["metrics", "2018_episodes_no_dec.csv", "2018_header_no_dob.csv", "--format", "csv"], dir)).out;
    const lacRow = csv.split("\n").find((l) => l.includes(",plans.open/lac,"));
    expect(lacRow).toContain(reason);
    expect(lacRow).toContain(",unusable-input,");
    await run(["metrics", "2018_episodes_no_dec.csv", "2018_header_no_dob.csv", "--format", "html", "--out", "report.html"], dir);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain(reason);
  });

  it("computes a workforce census alone, for the collection year of its reference date, with the agency cover it gives", async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, "liia-tools/social_work_workforce_2022.xml"), join(dir, "csww.xml"));
    const r = await run(["metrics", "csww.xml", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.results.map((x) => x.period)).toEqual([{ start: "2022-04-01", end: "2023-03-31" }]);
    const cover = json.results[0]?.metrics["workforce.vacancy-rate"]?.breakdown?.["covered-by-agency"];
    expect(cover).toMatchObject({ numerator: 59.82, denominator: 79.68 });
    expect(cover?.value).toBeCloseTo((59.82 * 100) / 79.68, 10);
    // 59.82 FTE covering vacancies but 2.34 agency FTE in post: no share over 100%, a warning naming the file and both values
    const covering = json.results[0]?.metrics["workforce.agency-rate"]?.breakdown?.["covering-vacancies"];
    expect(covering).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "unusable-input" } });
    const over = json.findings.filter((f) => f.code === "workforce/agency-cover-exceeds");
    expect(over.map((f) => [f.file, f.severity, f.params?.["value"]])).toEqual([["csww.xml", "warning", 59.82]]);
    expect(over[0]?.params?.["limit"]).toBeCloseTo(2.34, 2);
    expect(r.err).toMatch(/csww\.xml:17:\d+: warning: NoAgencyFTE \(line 17\) gives 59\.82 FTE of agency workers covering vacancies, more than the FTE of agency workers in post at the reference date \(2\.335268\)/);
    const table = (await run(["metrics", "csww.xml"], dir)).out;
    const percentages = [...table.matchAll(/([\d,]+(?:\.\d+)?)%/g)].map((m) => Number((m[1] ?? "").replaceAll(",", "")));
    expect(percentages.length).toBeGreaterThan(0);
    expect(percentages.filter((p) => p > 100)).toEqual([]);
  });

  it("warns about a period no file holds records of", async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml"), join(dir, "cin.xml"));
    const r = await run(["metrics", "cin.xml", "--period", "1999", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.findings.filter((f) => f.code === "cli/empty-period").map((f) => [f.severity, f.params?.["start"], f.params?.["end"]])).toEqual([["warning", "1998-04-01", "1999-03-31"]]);
    const ok = await run(["metrics", "cin.xml", "--period", "2024", "--format", "json"], dir);
    expect((JSON.parse(ok.out) as Json).findings.filter((f) => f.code === "cli/empty-period")).toEqual([]);
  });

  it("labels cs-demand-model's 2017 files as the 2017-18 return from their dates, warning that the names disagree", async () => {
    const dir = tempDir();
    for (const f of ["2017-episodes.csv", "2017-header.csv"]) copyFileSync(join(FIXTURES, "cs-demand-model", f), join(dir, f));
    const r = await run(["metrics", "2017-episodes.csv", "2017-header.csv", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(json.results.map((x) => x.period)).toEqual([{ start: "2017-04-01", end: "2018-03-31" }]);
    expect(json.inputs.map((i) => [i.file, i.year])).toEqual([
      ["2017-episodes.csv", 2018],
      ["2017-header.csv", 2018],
    ]);
    expect(json.findings.filter((f) => f.code === "returns/year-mismatch").map((f) => [f.file, f.severity, f.params?.["nameYear"], f.params?.["year"]])).toEqual([
      ["2017-episodes.csv", "warning", 2017, 2018],
      ["2017-header.csv", "warning", 2017, 2018],
    ]);
  });
});

describe("kinsafe metrics: a date that cannot be right is a finding, not a failed run", () => {
  // A real-format CIN census return of the synthetic authority, then the same return with one
  // assessment started on 2004-03-03 (before its referral) and one child referred in 2009 and
  // still open.
  const CHILD_2009 = `<Child><ChildIdentifiers><LAchildID>OLD2009</LAchildID><PersonBirthDate>2008-01-05</PersonBirthDate><Sex>F</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics><CINdetails><CINreferralDate>2009-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA><Assessments><AssessmentActualStartDate>2009-06-03</AssessmentActualStartDate><AssessmentAuthorisationDate>2009-07-20</AssessmentAuthorisationDate></Assessments><CINPlanDates><CINPlanStartDate>2009-07-21</CINPlanStartDate></CINPlanDates></CINdetails></Child>`;

  it("reports the 2004 assessment naming file, line, child and element, exits 0, and leaves the other figures as they were", async () => {
    const dir = tempDir();
    expect((await run(["synth", "--children", "2000", "--years", "1", "--seed", "5", "--format", "cin-census", "--out", "good", "-q"], dir)).code).toBe(0);
    const good = readFileSync(join(dir, "good", "cin_census_2025.xml"), "utf8");
    // An assessment completed in the year, so that its duration is one of the year's figures.
    const inYear = /<AssessmentActualStartDate>[^<]+<\/AssessmentActualStartDate>(\s*<AssessmentAuthorisationDate>(?:2024-(?:0[4-9]|1[0-2])|2025-0[1-3])-\d\d<\/AssessmentAuthorisationDate>)/.exec(good);
    expect(inYear).not.toBeNull();
    const bad = `${good.slice(0, inYear?.index ?? 0)}<AssessmentActualStartDate>2004-03-03</AssessmentActualStartDate>${inYear?.[1] ?? ""}${good.slice((inYear?.index ?? 0) + (inYear?.[0].length ?? 0))}`.replace("</Children>", `${CHILD_2009}</Children>`);
    writeFileSync(join(dir, "bad_2025.xml"), bad);
    const before = await run(["metrics", "good/cin_census_2025.xml", "--format", "json"], dir);
    const after = await run(["metrics", "bad_2025.xml", "--format", "json"], dir);
    expect(after.err).not.toMatch(/outside the working-day calendar/);
    expect(after.code).toBe(0);
    const json = JSON.parse(after.out) as Json;
    const line = bad.slice(0, bad.indexOf("2004-03-03")).split("\n").length;
    const found = json.findings.filter((f) => f.code === "cin-census/date-before-referral");
    expect(found.map((f) => [f.file, f.params?.["element"], f.params?.["value"]])).toEqual([["bad_2025.xml", "AssessmentActualStartDate", "2004-03-03"]]);
    expect(found[0]?.params?.["childId"]).toMatch(/\S/);
    expect(Number(found[0]?.params?.["line"])).toBeLessThanOrEqual(line);
    // The figures that do not need the assessment's start are unchanged; the 2009 child adds one
    // child in need at 31 March 2025 and nothing in the year.
    const was = (JSON.parse(before.out) as Json).results[0]?.metrics ?? {};
    const now = json.results[0]?.metrics ?? {};
    for (const id of ["activity.referrals", "activity.s47-enquiries", "activity.icpcs"]) expect(now[id]?.value).toBe(was[id]?.value);
    expect(now["plans.open"]?.value).toBe((was["plans.open"]?.value ?? 0) + 1);
  });

  it("never exits 2 (the usage code) for a file's content", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "cin_2025.xml"), readFileSync(join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml"), "utf8").replace("2023-12-25", "2004-03-03"));
    const r = await run(["metrics", "cin_2025.xml"], dir);
    expect(r.code).not.toBe(2);
  });
});
