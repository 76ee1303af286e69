import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../../src/core";
import { runCli } from "../../../src/cli/runCli";
import { COVERAGE_COLUMNS, identifyReturns, readReturns, TIDY_TABLE_COLUMNS, TIDY_TABLE_COLUMNS as TABLE_COLUMNS, type ReturnSource } from "../../../src/interop/returns";
import type { ChildRecord } from "../../../src/records";
import { cohortOfColumns, columnsOf, createColumnPartBuilder } from "../../../src/records/internal";
import { computeCoreDataSets } from "../../../src/metrics";
import { memoryIo, tempDir } from "../../cli/helpers";
import { tidyCsvRow, tidyTableRows as tableRows } from "../../../src/interop/returns/tidyTables";
import { generateSyntheticAuthority } from "../../../src/synthetic";
import { parseChildRecord } from "../../../src/records";

describe("tableRows", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const record = parseChildRecord({
      child: { childId: "C1", sex: "F", dob: "2015-03-27", disabilities: [] },
      cinEpisodes: [{ id: "cin-2024-05-01", referralDate: "2024-05-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }],
      earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [],
    });
    const rows = tableRows(record);
    rows.episodes; // [["C1", "cin-2024-05-01", "2024-05-01", undefined, undefined, false, ...]]
    // #endregion docs-example
    expect(rows.children).toEqual([["C1", undefined, undefined, "F", "2015-03-27", undefined, undefined, undefined, "", undefined]]);
    expect(rows.episodes[0]?.slice(0, 6)).toEqual(["C1", "cin-2024-05-01", "2024-05-01", undefined, undefined, false]);
  });

  it("gives every table a row per item, in column order", () => {
    const records = generateSyntheticAuthority({ seed: 5, children0to17: 3000, years: 1 });
    let episodes = 0;
    let s47 = 0;
    let la = 0;
    for (const r of records) {
      const rows = tableRows(r);
      for (const [name, list] of Object.entries(rows)) for (const row of list) expect(row).toHaveLength(TABLE_COLUMNS[name as keyof typeof TABLE_COLUMNS].length);
      episodes += rows.episodes.length;
      s47 += rows.section47_enquiries.length;
      la += rows.looked_after_episodes.length;
    }
    expect(episodes).toBe(records.reduce((n, r) => n + r.cinEpisodes.length, 0));
    expect(s47).toBe(records.reduce((n, r) => n + r.cinEpisodes.reduce((m, e) => m + e.section47s.length, 0), 0));
    expect(la).toBe(records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0));
  });

  it("neutralises text cells against formula injection", () => {
    expect([["=cmd|' /C calc'!A0", "ok", 3]].map(tidyCsvRow).join("")).toBe("'=cmd|' /C calc'!A0,ok,3\r\n");
    expect([["@SUM(A1)", "+1", "-1"]].map(tidyCsvRow).join("")).toBe("'@SUM(A1),'+1,'-1\r\n");
  });
});

function inDir(dir: string, names: readonly string[]): ReturnSource[] {
  return names.map((name) => ({ path: join(dir, name), name }));
}

async function recordsOf(files: readonly ReturnSource[]): Promise<{ records: ChildRecord[]; findings: string[]; counts: ReadonlyMap<string, number> }> {
  const read = await readReturns(files);
  const records: ChildRecord[] = [];
  for await (const r of read.records) records.push(r);
  return { records, findings: read.findings.map((f) => `${f.file}: ${f.finding.code} ${JSON.stringify(f.finding.params ?? {})}`), counts: read.counts };
}

// What the tables hold of a record: everything but the host system's extensions.
function tabled(r: ChildRecord): ChildRecord {
  const strip = <T extends object>(o: T): T => {
    const { extensions: _, ...rest } = o as T & { extensions?: unknown };
    return rest as T;
  };
  return {
    child: r.child,
    cinEpisodes: r.cinEpisodes.map((e) => ({
      ...strip(e),
      assessments: e.assessments.map(strip),
      cinPlans: e.cinPlans.map(strip),
      section47s: e.section47s.map(strip),
      cpPlans: e.cpPlans.map(strip),
    })),
    earlyHelpEpisodes: r.earlyHelpEpisodes.map(strip),
    lookedAfterEpisodes: r.lookedAfterEpisodes.map(strip),
    lookedAfterReviews: r.lookedAfterReviews.map(strip),
    missing: r.missing.map(strip),
    visits: r.visits.map(strip),
    careProceedings: r.careProceedings.map(strip),
    ...(r.lookedAfterOutcomes === undefined ? {} : { lookedAfterOutcomes: r.lookedAfterOutcomes.map(strip) }),
    ...(r.careLeaverOutcomes === undefined ? {} : { careLeaverOutcomes: r.careLeaverOutcomes.map(strip) }),
    ...(r.adoptions === undefined ? {} : { adoptions: r.adoptions.map(strip) }),
    ...(r.adoptionDecisions === undefined ? {} : { adoptionDecisions: r.adoptionDecisions.map(strip) }),
  };
}

const TABLE_FILES = [...Object.keys(TABLE_COLUMNS).map((t) => `tables/${t}.csv`), "tables/coverage.csv"];

describe("kinsafe's tidy tables, read back", () => {
  it("names every column of every table", () => {
    // #region columns
    TIDY_TABLE_COLUMNS.episodes; // ["child_id", "episode_id", "referral_date", ...]
    COVERAGE_COLUMNS; // ["fact", "start", "end", "source", "unusable"]
    // #endregion columns
    expect(TIDY_TABLE_COLUMNS.episodes.slice(0, 3)).toEqual(["child_id", "episode_id", "referral_date"]);
    expect(COVERAGE_COLUMNS).toEqual(["fact", "start", "end", "source", "unusable"]);
  });

  it("reads the tables kinsafe tables writes into the same records, and kinsafe metrics gives the same figures from them", async () => {
    const dir = tempDir();
    expect(await runCli(["synth", "--children", "3000", "--years", "3", "--seed", "9", "--format", "cin-census", "--out", "cin", "-q"], memoryIo(dir))).toBe(0);
    const returns = ["cin/cin_census_2023.xml", "cin/cin_census_2024.xml", "cin/cin_census_2025.xml"];
    expect(await runCli(["tables", ...returns, "--out", "tables", "-q"], memoryIo(dir))).toBe(0);
    const fromReturns = await recordsOf(inDir(dir, returns));
    const fromTables = await recordsOf(inDir(dir, TABLE_FILES));
    expect(fromTables.records.length).toBe(fromReturns.records.length);
    expect(fromTables.records).toEqual(fromReturns.records.map(tabled));
    expect(fromTables.findings).toEqual([]);
    expect(fromTables.counts.get("tables/children.csv")).toBe(fromReturns.records.length);
    expect(fromTables.counts.get("tables/episodes.csv")).toBe(fromReturns.records.reduce((n, r) => n + r.cinEpisodes.length, 0));
    // The coverage the returns had, written beside the tables.
    const coverage = readFileSync(join(dir, "tables/coverage.csv"), "utf8").split("\r\n");
    expect(coverage.slice(0, 4)).toEqual(["fact,start,end,source,unusable", "cin-episodes,2022-04-01,2023-03-31,cin/cin_census_2023.xml,", "cin-episodes,2023-04-01,2024-03-31,cin/cin_census_2024.xml,", "cin-episodes,2024-04-01,2025-03-31,cin/cin_census_2025.xml,"]);

    const viaReturns = memoryIo(dir);
    const viaTables = memoryIo(dir);
    expect(await runCli(["metrics", ...returns, "--period", "2025", "--format", "json", "-q"], viaReturns)).toBe(0);
    expect(await runCli(["metrics", ...TABLE_FILES, "--period", "2025", "--format", "json", "-q"], viaTables)).toBe(0);
    // Every figure the same.
    const metricsOf = (io: ReturnType<typeof memoryIo>): unknown =>
      (JSON.parse(io.out()) as { results: { metrics: Record<string, { value: unknown; status: string; numerator: unknown; denominator: unknown; breakdown?: unknown }> }[] }).results.map((r) =>
        Object.entries(r.metrics).map(([id, m]) => [id, m.status, m.value, m.numerator, m.denominator, m.breakdown]),
      );
    expect(metricsOf(viaTables)).toEqual(metricsOf(viaReturns));
    expect(JSON.stringify(metricsOf(viaTables))).toContain('"activity.referrals","available"');
    // Without --period, the years coverage.csv covers, as the returns' years.
    const yearsViaReturns = memoryIo(dir);
    const yearsViaTables = memoryIo(dir);
    expect(await runCli(["metrics", ...returns, "--format", "json", "-q"], yearsViaReturns)).toBe(0);
    expect(await runCli(["metrics", ...TABLE_FILES, "--format", "json", "-q"], yearsViaTables)).toBe(0);
    const periodsOf = (io: ReturnType<typeof memoryIo>): unknown => (JSON.parse(io.out()) as { results: { period: unknown }[] }).results.map((r) => r.period);
    expect(periodsOf(yearsViaTables)).toEqual(periodsOf(yearsViaReturns));
    expect(periodsOf(yearsViaTables)).toHaveLength(3);
  });

  it("carries every kind of fact of kinsafe's own records, and the figures, and says what it has no place for", async () => {
    const dir = tempDir();
    const synthetic = generateSyntheticAuthority({ seed: 3, children0to17: 1500, years: 2 });
    // One child missing twice (one open incident), with a review.
    const looked = synthetic.find((r) => r.lookedAfterEpisodes.length > 0) as ChildRecord;
    const records: ChildRecord[] = synthetic.map((r, i) =>
      r !== looked && r.lookedAfterEpisodes.length > 0 && i % 2 === 0
        ? withOutcomes(r, i)
        : r === looked
        ? {
            ...r,
            missing: [
              { id: "m1", missingType: "M", startDate: "2024-06-01", endDate: "2024-06-02" },
              { id: "m2", missingType: "A", startDate: "2025-01-10" },
            ],
            lookedAfterReviews: [...r.lookedAfterReviews, { id: "rv-extra", date: "2024-07-01", participation: "PN1" }],
          }
        : r,
    ) as ChildRecord[];
    for (const list of ["earlyHelpEpisodes", "visits", "careProceedings", "lookedAfterReviews", "missing"] as const) expect(records.some((r) => r[list].length > 0), list).toBe(true);
    expect(records.some((r) => r.careProceedings.some((p) => p.timetableExtensions.length > 0))).toBe(true);
    const first = records[0] as ChildRecord;
    const extended = [{ ...first, extensions: { "vendor.example": { note: "x" } } }, ...records.slice(1)];
    writeFileSync(join(dir, "records.json"), JSON.stringify(extended));
    const io = memoryIo(dir);
    expect(await runCli(["tables", "records.json", "--out", "tables"], io)).toBe(0);
    expect(io.err()).toContain("(tables): warning: The tidy tables have no place for the host system's extensions of 1 record:");
    const back = await recordsOf(inDir(dir, TABLE_FILES));
    expect(back.records).toEqual(records.map(tabled));
    expect(back.findings).toEqual([]);
    // Coverage of every kind the records hold, so every figure computed from the records is computed from the tables.
    const coverage = readFileSync(join(dir, "tables/coverage.csv"), "utf8");
    for (const fact of ["cin-episodes", "looked-after-episodes", "early-help", "visits", "care-proceedings"]) expect(coverage).toContain(`\r\n${fact},`);
    const viaRecords = memoryIo(dir);
    const viaTables = memoryIo(dir);
    expect(await runCli(["metrics", "records.json", "--period", "2025", "--format", "json", "-q"], viaRecords)).toBe(0);
    expect(await runCli(["metrics", ...TABLE_FILES, "--period", "2025", "--format", "json", "-q"], viaTables)).toBe(0);
    type Out = { results: { metrics: Record<string, { status: string; value: unknown; numerator: unknown; denominator: unknown }> }[] };
    const figures = (o: ReturnType<typeof memoryIo>): unknown => Object.entries((JSON.parse(o.out()) as Out).results[0]?.metrics ?? {}).map(([id, m]) => [id, m.status, m.value, m.numerator, m.denominator]);
    expect(figures(viaTables)).toEqual(figures(viaRecords));
    expect(JSON.stringify(figures(viaTables))).toContain('"plans.seen-per-plan","available"');
    for (const id of ["lac.health", "care-leavers.accommodation", "care-leavers.activity"]) expect(JSON.stringify(figures(viaTables))).toContain(`"${id}","available"`);
    // Without --period: every year coverage.csv covers (the records' years with facts, and the
    // years between, whose counts are then true zeros), with the same figures for the years both give.
    const yearsViaRecords = memoryIo(dir);
    const yearsViaTables = memoryIo(dir);
    expect(await runCli(["metrics", "records.json", "--format", "json", "-q"], yearsViaRecords)).toBe(0);
    expect(await runCli(["metrics", ...TABLE_FILES, "--format", "json", "-q"], yearsViaTables)).toBe(0);
    type Period = { period: { start: string; end: string }; metrics: Record<string, { status: string; value: unknown }> };
    const byPeriod = (o: ReturnType<typeof memoryIo>): Map<string, unknown> =>
      new Map((JSON.parse(o.out()) as { results: Period[] }).results.map((r) => [r.period.end, Object.entries(r.metrics).map(([id, m]) => [id, m.status, m.value])]));
    const fromRecords = byPeriod(yearsViaRecords);
    const fromTables = byPeriod(yearsViaTables);
    expect(fromRecords.size).toBeGreaterThan(5);
    const years = [...fromTables.keys()].map((end) => Number(end.slice(0, 4)));
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => (years[0] as number) + i));
    for (const [end, figures] of fromRecords) expect(fromTables.get(end), end).toEqual(figures);
  });

  it("keeps every value through a round trip, for generated records with awkward text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.array(fc.constantFrom("=1+1", "-2", "+3", "@x", "'=y", "a,b", 'q"uote', "é ü", "line\nbreak"), { minLength: 1, maxLength: 4 }), async (seed, texts) => {
        const records = generateSyntheticAuthority({ seed, children0to17: 400, years: 2 }).slice(0, 40).map((r, i) => {
          const t = texts[i % texts.length] ?? "x";
          // Ids and postcodes are text a spreadsheet could take for a formula.
          const childId = `${t.replace(/\n/g, " ")}-${String(i)}`;
          return {
            ...r,
            child: { ...r.child, childId },
            lookedAfterEpisodes: r.lookedAfterEpisodes.map((e) => ({ ...e, homePostcode: t.replace(/\n/g, " ") })),
          };
        });
        const dir = tempDir();
        writeFileSync(join(dir, "records.json"), JSON.stringify(records));
        expect(await runCli(["tables", "records.json", "--out", "tables", "-q"], memoryIo(dir))).toBe(0);
        const back = await recordsOf(inDir(dir, TABLE_FILES));
        expect(back.records).toEqual(records.map((r) => tabled(r as unknown as ChildRecord)));
      }),
      { numRuns: 8 },
    );
  });

  it("names the file, line, column and child of a value that is not valid, and leaves only that child out", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "t"));
    writeFileSync(join(dir, "t/children.csv"), "child_id,la,upn,sex,dob,expected_dob,death_date,ethnicity,disabilities,uasc\r\nA,,,F,2015-01-01,,,,,\r\nB,,,M,2016-02-02,,,,,\r\n");
    writeFileSync(join(dir, "t/episodes.csv"), "child_id,episode_id,referral_date,referral_source,primary_need,referral_nfa,closure_date,closure_reason,episode_icpc_date\r\nA,e1,2024-05-01,,,false,,,\r\nB,e1,2024-13-01,,,false,,,\r\n");
    writeFileSync(join(dir, "t/assessments.csv"), "child_id,episode_id,assessment_id,start_date,authorisation_date,factors\r\nA,e1,a1,2024-05-02,2024-05-20,2A;3A\r\nA,e9,a2,2024-05-02,,\r\nZ,e1,a3,2024-05-02,,\r\n");
    const read = await recordsOf(inDir(dir, ["t/children.csv", "t/episodes.csv", "t/assessments.csv"]));
    // A's assessment of an episode that is not there puts A in doubt; B's date is not a date.
    expect(read.records).toEqual([]);
    expect(read.findings).toEqual([
      expect.stringContaining("t/children.csv, t/episodes.csv, t/assessments.csv: returns/tables-without-coverage"),
      't/episodes.csv: returns/invalid-child-record {"file":"t/episodes.csv","line":3,"where":"line 3, column referral_date (child B)","reason":"referralDate: Invalid ISO date"}',
      't/assessments.csv: returns/table-row-not-placed {"file":"t/assessments.csv","table":"assessments","line":3,"childId":"A","reason":"the episode e9 is not in the episodes table: the child is left out"}',
      't/assessments.csv: returns/table-row-not-placed {"file":"t/assessments.csv","table":"assessments","line":4,"childId":"Z","reason":"the child is not in the children table"}',
    ]);
    // Without the stray rows, A is read whole.
    writeFileSync(join(dir, "t/assessments.csv"), "child_id,episode_id,assessment_id,start_date,authorisation_date,factors\r\nA,e1,a1,2024-05-02,2024-05-20,2A;3A\r\n");
    const again = await recordsOf(inDir(dir, ["t/children.csv", "t/episodes.csv", "t/assessments.csv"]));
    expect(again.records.map((r) => r.child.childId)).toEqual(["A"]);
    expect(again.records[0]?.cinEpisodes[0]?.assessments).toEqual([{ id: "a1", startDate: "2024-05-02", authorisationDate: "2024-05-20", factors: ["2A", "3A"] }]);
  });

  it("refuses a table without one of its columns, a child id used twice is left out with a finding, and figures without coverage are unavailable", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "t"));
    writeFileSync(join(dir, "t/children.csv"), "child_id,la,upn,sex,dob,expected_dob,death_date,ethnicity,disabilities,uasc\r\nA,,,F,2015-01-01,,,,,\r\nA,,,M,2016-02-02,,,,,\r\nC,,,M,2016-02-02,,,,,\r\n");
    writeFileSync(join(dir, "t/episodes.csv"), "child_id,episode_id,referral_date,referral_source,primary_need,referral_nfa,closure_date,closure_reason\r\nA,e1,2024-05-01,,,false,,\r\n");
    await expect(recordsOf(inDir(dir, ["t/children.csv", "t/episodes.csv"]))).rejects.toSatisfy((e) => isKinsafeError(e) && e.code === "invalid-input" && e.message.includes("t/episodes.csv:1: cannot be read: the episodes table has no episode_icpc_date column"));
    writeFileSync(join(dir, "t/episodes.csv"), "child_id,episode_id,referral_date,referral_source,primary_need,referral_nfa,closure_date,closure_reason,episode_icpc_date,note\r\nA,e1,2024-05-01,,,false,,,,x\r\nC,e1,2024-05-01,,,false,,,,y\r\n");
    const read = await recordsOf(inDir(dir, ["t/children.csv", "t/episodes.csv"]));
    expect(read.records.map((r) => r.child.childId)).toEqual(["C"]);
    // A short row: its missing cells are read as empty, and it is said.
    writeFileSync(join(dir, "t/children.csv"), "child_id,la,upn,sex,dob,expected_dob,death_date,ethnicity,disabilities,uasc\r\nC,,,M,2016-02-02\r\n");
    const ragged = await recordsOf(inDir(dir, ["t/children.csv"]));
    expect(ragged.records.map((r) => r.child)).toEqual([{ childId: "C", sex: "M", dob: "2016-02-02", disabilities: [] }]);
    expect(ragged.findings).toContain('t/children.csv: returns/table-ragged-row {"file":"t/children.csv","table":"children","line":2,"childId":"C","cells":5,"columns":10}');
    expect(read.findings.filter((f) => f.includes("table-row-not-placed"))).toHaveLength(2);
    expect(read.findings.some((f) => f.includes("returns/table-columns-not-kept") && f.includes('"columns":"note"'))).toBe(true);

    type Figures = { results: { metrics: Record<string, { value: number | null; status: string }> }[]; findings: { code: string }[] };
    const io = memoryIo(dir);
    // No coverage.csv: what the tables cover is not known, so no figure is computed from them.
    expect(await runCli(["metrics", "t/children.csv", "t/episodes.csv", "--period", "2025", "--format", "json", "-q"], io)).toBe(0);
    const uncovered = JSON.parse(io.out()) as Figures;
    expect(uncovered.results[0]?.metrics["activity.referrals"]).toMatchObject({ value: null, status: "unavailable" });
    expect(uncovered.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["returns/tables-without-coverage", "cli/empty-period"]));
    writeFileSync(join(dir, "t/coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2024-04-01,2025-03-31,,\r\n");
    const covered = memoryIo(dir);
    expect(await runCli(["metrics", "t/children.csv", "t/episodes.csv", "t/coverage.csv", "--period", "2025", "--format", "json", "-q"], covered)).toBe(0);
    const metrics = (JSON.parse(covered.out()) as Figures).results[0]?.metrics ?? {};
    expect(metrics["activity.referrals"]).toMatchObject({ value: 1, status: "available" });
    // Care proceedings have no table: unavailable, not 0.
    expect(metrics["timeliness.to-court"]).toMatchObject({ value: null, status: "unavailable" });
    // Columns in another case are refused at once, never read as no table.
    writeFileSync(join(dir, "t/upper.csv"), "CHILD_ID,EPISODE_ID,REFERRAL_DATE\r\nC,e1,2024-05-01\r\n");
    await expect(identifyReturns(inDir(dir, ["t/upper.csv"]))).rejects.toSatisfy((e) => isKinsafeError(e) && e.message.includes("t/upper.csv:1: cannot be read: the columns of a kinsafe tidy table must be named as kinsafe tables writes them"));
    // A table saved in a spreadsheet's own code page (é as one byte): refused with its line, not replaced.
    writeFileSync(join(dir, "t/children.csv"), Buffer.concat([Buffer.from("child_id,la,upn,sex,dob,expected_dob,death_date,ethnicity,disabilities,uasc\r\nC,,,M,2016-02-02,,,,,\r\nRen"), Buffer.from([0xe9]), Buffer.from(",,,F,2016-02-02,,,,,\r\n")]));
    await expect(recordsOf(inDir(dir, ["t/children.csv", "t/episodes.csv"]))).rejects.toSatisfy((e) => isKinsafeError(e) && e.message.includes('t/children.csv:3: cannot be read: the file is not UTF-8 text (save it as "CSV UTF-8")'));
    await expect(readReturns(inDir(dir, ["t/children.csv", "t/episodes.csv"])).then((r) => r.cohort())).rejects.toSatisfy((e) => isKinsafeError(e) && e.message.includes("t/children.csv:3:"));
    writeFileSync(join(dir, "t/coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2024-04-01,2024-13-31,,\r\n");
    await expect(identifyReturns(inDir(dir, ["t/coverage.csv"]))).rejects.toSatisfy((e) => isKinsafeError(e) && e.message.includes("t/coverage.csv:2: start and end must be dates"));
  });
});

/** A record with an OC2 row of 2025 and an OC3 row of 2025 (care leaver codes varied by `i`), and a child born so that some are 17 to 21. */
function withOutcomes(r: ChildRecord, i: number): ChildRecord {
  const activity = ["F1", "P2", "F4", "G6", "0", "F3"][i % 6] as string;
  const accommodation = ["S1", "T2", "0", "B1", "Z2", "U1"][i % 5] as string;
  const inTouch = (["YES", "NO", "REFU", "DIED", "RHOM", "NREQ"] as const)[i % 6];
  return {
    ...r,
    child: { ...r.child, dob: `${String(2003 + (i % 20))}-0${String(1 + (i % 9))}-15` },
    lookedAfterOutcomes: [{ id: `oc2-${String(i)}`, year: 2025, healthAssessment: i % 4 !== 0, immunisations: i % 5 !== 0, sdqScore: i % 41, convicted: i % 7 === 0 }],
    careLeaverOutcomes: [{ id: `oc3-${String(i)}`, year: 2025, inTouch, activity, accommodation }],
  } as unknown as ChildRecord;
}

describe("kinsafe's tidy tables, straight into columns", () => {
  const TABLES = Object.keys(TIDY_TABLE_COLUMNS) as (keyof typeof TIDY_TABLE_COLUMNS)[];
  const ITEM_TABLES = ["assessments", "cin_plans", "section47_enquiries", "cp_plans"] as const;
  const edit = fc.record({
    table: fc.constantFrom(...TABLES),
    line: fc.nat(),
    column: fc.nat(),
    action: fc.constantFrom("set", "delete", "duplicate", "stranger", "rename"),
    value: fc.constantFrom("2024-13-01", "2023-02-29", "ZZ", "", "x;y", "-1", "true", "12.5", "0000-01-01", "N4", "RC8", " 2024-05-01", "2024-05-01 ", "TRUE", "007", "N1;N2", "1;2;;3"),
    // A child's id (in every table) or an episode's: as a spreadsheet or a person might write it.
    id: fc.constantFrom("=1+1", "'=1", "a,b", 'q"mid', "é-1", " x", "x ", "\t", "日本", "child 1"),
  });
  // How the text is laid out: kinsafe's own (CRLF), LF, some rows' cells all quoted, a byte
  // order mark, blank lines, a carriage return alone ending a row.
  const layout = fc.constantFrom("crlf", "lf", "quoted", "bom", "blank", "cr");

  // with OC2 and OC3 rows on some looked-after children (the synthetic authority has none)
  const base = generateSyntheticAuthority({ seed: 17, children0to17: 1500, years: 2 }).map((r, i) => (r.lookedAfterEpisodes.length > 0 && i % 3 === 0 ? withOutcomes(r, i) : r));
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as string[][]])) as Record<(typeof TABLES)[number], string[][]>;
  for (const r of base) {
    const rows = tableRows(r);
    for (const t of TABLES) for (const row of rows[t]) tables[t].push(row.map((c) => (c === undefined ? "" : String(c))));
  }

  it("gives the columns and findings the records give, for tables with values broken, rows removed, doubled or of strangers", async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { maxLength: 12 }), layout, (edits, style) => sameAsRecords(edits, style)), { numRuns: 25 });
  });

  it("gives the columns and findings the records give for a child's id three times in the children table, and an episode's and care proceedings' twice", async () => {
    const twice = (table: (typeof TABLES)[number]): Edit => ({ table, line: 0, column: 0, action: "duplicate", value: "", id: "" });
    await sameAsRecords([twice("children"), twice("children"), twice("episodes"), twice("care_proceedings")], "crlf");
  });

  it("gives the findings the records give for a value not valid in each column of each table read from bytes", async () => {
    const fastTables = TABLES;
    const edits: Edit[] = fastTables.flatMap((table, t) =>
      TIDY_TABLE_COLUMNS[table].slice(1).map((_, c) => ({ table, line: 11 * (t * 16 + c), column: c, action: "set", value: "ZZ", id: "" })),
    );
    await sameAsRecords(edits, "crlf");
  });

  it("refuses a cell longer than the limit the same way whether the rows are read from bytes or as text", async () => {
    const edited = Object.fromEntries(TABLES.map((t) => [t, tables[t].map((row) => [...row])])) as typeof tables;
    const plan = edited.cp_plans[0] as string[];
    // 910 review dates: a cell of 10,009 characters, each date valid.
    plan[8] = Array.from({ length: 910 }, () => plan[3] as string).join(";");
    const dir = tempDir();
    mkdirSync(join(dir, "t"));
    for (const t of TABLES) writeFileSync(join(dir, `t/${t}.csv`), [TIDY_TABLE_COLUMNS[t], ...edited[t]].map((r) => tidyCsvRow(r)).join(""));
    writeFileSync(join(dir, "t/coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2023-04-01,2025-03-31,,\r\n");
    const files = inDir(dir, [...TABLES.map((t) => `t/${t}.csv`), "t/coverage.csv"]);
    const viaRecords = async (): Promise<unknown> => {
      for await (const _ of (await readReturns(files)).records) void _;
      return undefined;
    };
    const message = /cp_plans\.csv:2: cannot be read: A cell longer than the limit of 10000 characters/;
    await expect(viaRecords()).rejects.toThrow(message);
    await expect((await readReturns(files)).cohort()).rejects.toThrow(message);
  });

  it("places a timetable extension by its proceedings' id as text, not as the bytes of a neutralised cell", async () => {
    await sameAsRecords([], "crlf", (t) => {
      const proceedings = t.care_proceedings[0] as string[];
      const child = proceedings[0] as string;
      // Proceedings whose id looks like a formula (written `''=1`), one extension naming them as
      // they are and one naming "=1" (written `'=1`, the bytes of the other's id read as text).
      proceedings[1] = "'=1";
      t.proceedings_extensions.push([child, "'=1", "2024-06-03", "8"], [child, "=1", "2024-07-01", "4"]);
    });
  });

  type Edit = { table: (typeof TABLES)[number]; line: number; column: number; action: string; value: string; id: string };
  async function sameAsRecords(edits: readonly Edit[], style: string, prepare?: (tables: Record<(typeof TABLES)[number], string[][]>) => void): Promise<void> {
    const edited = Object.fromEntries(TABLES.map((t) => [t, tables[t].map((row) => [...row])])) as typeof tables;
    prepare?.(edited);
    // An item of each kind starting before its referral (the episode is then known from it).
    // (A row a quarter further into each table, so that no two are of one episode.)
    (["assessments", "cin_plans", "section47_enquiries", "cp_plans"] as const).forEach((t, k) => {
      const row = edited[t][Math.floor((edited[t].length * k) / 4)];
      if (row !== undefined) row[3] = "2001-01-01";
    });
    for (const e of edits) {
      const rows = edited[e.table];
      if (rows.length === 0) continue;
      const i = e.line % rows.length;
      const row = rows[i] as string[];
      if (e.action === "set") row[1 + (e.column % (row.length - 1))] = e.value;
      else if (e.action === "delete") rows.splice(i, 1);
      else if (e.action === "duplicate") rows.splice(i, 0, [...row]);
      else if (e.action === "stranger") row[0] = "nobody";
      else {
        // Renamed everywhere: the child (column 0), or the episode (column 1 of the episodes and their items).
        const column = e.column % 2 === 0 || !["episodes", ...ITEM_TABLES].includes(e.table) ? 0 : 1;
        const from = row[column] as string;
        const to = `${e.id}${String(i)}`;
        for (const t of column === 0 ? TABLES : (["episodes", ...ITEM_TABLES] as const)) {
          for (const r of edited[t]) if (r[column] === from && (column === 0 || r[0] === row[0])) r[column] = to;
        }
      }
    }
    const text = (rows: readonly (readonly string[])[]): string => {
      const lines = rows.map((r, k) => (style === "quoted" && k % 3 === 1 ? `${r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")}\r\n` : tidyCsvRow(r)));
      const joined = lines.join(style === "blank" ? "\r\n" : "");
      if (style === "lf") return joined.replace(/\r\n/g, "\n");
      if (style === "cr") return joined.replace(/\r\n/g, "\r");
      return style === "bom" ? `\uFEFF${joined}` : joined;
    };
    const dir = tempDir();
    mkdirSync(join(dir, "t"));
    for (const t of TABLES) writeFileSync(join(dir, `t/${t}.csv`), text([TIDY_TABLE_COLUMNS[t], ...edited[t]]));
    writeFileSync(join(dir, "t/coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2023-04-01,2025-03-31,,\r\n");
    const files = inDir(dir, [...TABLES.map((t) => `t/${t}.csv`), "t/coverage.csv"]);

    const viaRecords = await readReturns(files);
    const builder = createColumnPartBuilder();
    for await (const r of viaRecords.records) builder.add(r);
    const expected = builder.take();
    const direct = await readReturns(files);
    const { cohort, read, skipped } = await direct.cohort();
    expect(columnsOf(cohort)).toEqual(expected.data);
    expect([read, skipped]).toEqual([expected.read, 0]);
    expect(direct.findings).toEqual(viaRecords.findings);
    expect(direct.counts).toEqual(viaRecords.counts);
    // And the figures.
    const options = { period: { start: "2024-04-01", end: "2025-03-31" } } as const;
    expect(computeCoreDataSets(cohort, [options])[0]?.metrics).toEqual(computeCoreDataSets(cohortOfColumns(expected.data), [options])[0]?.metrics);
  }
});
