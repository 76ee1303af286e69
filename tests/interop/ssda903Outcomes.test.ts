import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { readReturns, TIDY_TABLE_COLUMNS } from "../../src/interop/returns";
import { readSsda903, writeSsda903, type Ssda903File } from "../../src/interop/ssda903";
import { asKnownAt } from "../../src/metrics";
import { ChildRecordSchema, createCohortBuilder, validateChildRecord, type ChildRecord } from "../../src/records";
import { memoryIo, tempDir } from "../cli/helpers";
import { fixture } from "./helpers";

// The SSDA903 OC2, OC3, AD1 and PlacedAdoption tables on the child record: read from the
// returns with their collection year, checked, merged across returns, and written and read back
// as kinsafe's tidy tables.

const V903 = "csc-validator-be-903";
const OUTCOME_FILES = ["header", "episodes", "oc2", "oc3", "ad1", "placed_for_adoption"];

function files(year: number): Ssda903File[] {
  return OUTCOME_FILES.map((name) => ({ name: `${name}.csv`, data: fixture(`${V903}/${name}.csv`), year }));
}

// The data rows of a fixture CSV, split into cells (the fixture has no quoted cells).
function csvRows(name: string): string[][] {
  return fixture(`${V903}/${name}.csv`).split(/\r?\n/).slice(1).filter((l) => l !== "").map((l) => l.split(","));
}

const iso = (d: string): string => `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;

describe("SSDA903 OC2, OC3, AD1 and PlacedAdoption on the child record", () => {
  it("reads every row of the fixture's four tables onto its child's record, each value as the CSV gives it", async () => {
    const read = await readSsda903(files(2022));
    const byId = new Map<string, ChildRecord>(read.records.map((r) => [r.child.childId, r]));
    for (const r of read.records) expect(validateChildRecord(r).ok, r.child.childId).toBe(true);
    // Every row is on a record (one row per child in each of these fixture tables).
    const oc2 = csvRows("oc2");
    const oc3 = csvRows("oc3");
    const ad1 = csvRows("ad1");
    const placed = csvRows("placed_for_adoption");
    const total = (f: (r: ChildRecord) => readonly unknown[] | undefined): number => read.records.reduce((n, r) => n + (f(r)?.length ?? 0), 0);
    expect(total((r) => r.lookedAfterOutcomes)).toBe(oc2.length);
    expect(total((r) => r.careLeaverOutcomes)).toBe(oc3.length);
    expect(total((r) => r.adoptions)).toBe(ad1.length);
    expect(total((r) => r.adoptionDecisions)).toBe(placed.length);
    // Each OC2 row's values, from the CSV's cells: SDQ_SCORE, SDQ_REASON, then eight 0/1 flags.
    const flag = (c: string | undefined): boolean | undefined => (c === "1" ? true : c === "0" ? false : undefined);
    for (const cells of oc2) {
      const [childId, , score, reason, ...flags] = cells;
      const o = byId.get(childId as string)?.lookedAfterOutcomes?.[0];
      expect(o?.year).toBe(2022);
      expect(o?.sdqScore).toBe(score === "" ? undefined : Number(score));
      expect(o?.sdqReason).toBe(reason === "" ? undefined : reason);
      expect([o?.convicted, o?.healthCheck, o?.immunisations, o?.teethCheck, o?.healthAssessment, o?.substanceMisuse, o?.interventionReceived, o?.interventionOffered]).toEqual(flags.map(flag));
    }
    for (const [childId, , inTouch, activ, accom] of oc3) {
      expect(byId.get(childId as string)?.careLeaverOutcomes).toEqual([{ id: "oc3-2022", year: 2022, inTouch, activity: activ, accommodation: accom }]);
    }
    // One AD1 row in full: 988635,15/06/2013,22/11/2015,22/11/2015,1,2,MM,L11
    expect(byId.get("988635")?.adoptions).toEqual([{ id: "adoption-2022", year: 2022, decisionDate: "2015-11-22", matchDate: "2015-11-22", fosterCarerAdoption: true, numberOfAdopters: 2, adopterSex: "MM", adopterLegalStatus: "L11" }]);
    for (const [childId, , dateInt, dateMatch, foster] of ad1) {
      const a = byId.get(childId as string)?.adoptions?.[0];
      expect([a?.decisionDate, a?.matchDate, a?.fosterCarerAdoption]).toEqual([iso(dateInt as string), iso(dateMatch as string), flag(foster)]);
    }
    // PlacedAdoption: the fixture's REASON_PLACED_CEASED is "XXX", not a code: reported, and left out.
    for (const [childId, , datePlaced, dateCeased] of placed) {
      expect(byId.get(childId as string)?.adoptionDecisions).toEqual([{ id: `placed-${iso(datePlaced as string)}`, year: 2022, decisionDate: iso(datePlaced as string), ceasedDate: iso(dateCeased as string) }]);
    }
    expect(read.findings.filter((f) => f.code === "ssda903/invalid-value" && f.params?.["field"] === "REASON_PLACED_CEASED")).toHaveLength(placed.length);
    // A child with none of these rows has none of the lists (its record is as before).
    const plain = read.records.find((r) => r.lookedAfterOutcomes === undefined);
    expect(plain === undefined ? [] : Object.keys(plain)).toEqual(plain === undefined ? [] : ["child", "cinEpisodes", "earlyHelpEpisodes", "lookedAfterEpisodes", "lookedAfterReviews", "missing", "visits", "careProceedings"]);
  });

  it("reports a flag, score or adopter code that is not one and leaves it out; a row of another year is a row of its own", async () => {
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,1,01/01/2010,WBRI,,,\n";
    const oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n";
    const read = await readSsda903([
      { name: "header.csv", data: header, year: 2024 },
      { name: "oc2_2024.csv", data: `${oc2}C1,01/01/2010,41,,Y,0,1,1,1,0,0,0\n`, year: 2024 },
      { name: "oc2_2025.csv", data: `${oc2}C1,01/01/2010,40,,0,0,1,1,1,0,0,0\n`, year: 2025 },
      { name: "ad1.csv", data: "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\nC1,01/01/2010,01/02/2024,01/03/2024,2,3,XY,L9\n", year: 2025 },
    ]);
    const bad = read.findings.filter((f) => f.code === "ssda903/invalid-value").map((f) => `${String(f.params?.["file"])} ${String(f.params?.["field"])} ${String(f.params?.["value"])}`);
    expect(bad).toEqual(["oc2_2024.csv SDQ_SCORE 41", "oc2_2024.csv CONVICTED Y", "ad1.csv FOSTER_CARE 2", "ad1.csv NB_ADOPTR 3", "ad1.csv SEX_ADOPTR XY", "ad1.csv LS_ADOPTR L9"]);
    const [r] = read.records;
    expect(r?.lookedAfterOutcomes?.map((o) => [o.id, o.year, o.sdqScore, o.convicted])).toEqual([["oc2-2024", 2024, undefined, undefined], ["oc2-2025", 2025, 40, false]]);
    expect(r?.adoptions).toEqual([{ id: "adoption-2025", year: 2025, decisionDate: "2024-02-01", matchDate: "2024-03-01" }]);
    expect(ChildRecordSchema.safeParse(r).success).toBe(true);
    // An OC3 code that is not 1-4 capital letters or digits is reported and left out.
    const oc3 = await readSsda903([{ name: "oc3.csv", data: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nC1,01/01/2005,YES,in college,S1\n", year: 2024 }]);
    expect(oc3.findings.filter((f) => f.code === "ssda903/invalid-value").map((f) => f.params?.["field"])).toEqual(["ACTIV"]);
    expect(oc3.records[0]?.careLeaverOutcomes).toEqual([{ id: "oc3-2024", year: 2024, inTouch: "YES", accommodation: "S1" }]);
  });

  it("keeps a decision to place for adoption re-reported in a later return once, in the later version", async () => {
    const placed = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n";
    const read = await readSsda903([
      { name: "p24.csv", data: `${placed}C1,01/01/2020,05/05/2023,,\n`, year: 2024 },
      { name: "p25.csv", data: `${placed}C1,01/01/2020,05/05/2023,06/06/2024,RD1\nC1,01/01/2020,07/07/2024,,\n`, year: 2025 },
    ]);
    expect(read.records[0]?.adoptionDecisions).toEqual([
      { id: "placed-2023-05-05", year: 2025, decisionDate: "2023-05-05", ceasedDate: "2024-06-06", ceasedReason: "RD1" },
      { id: "placed-2024-07-07", year: 2025, decisionDate: "2024-07-07" },
    ]);
  });

  it("merges the lists across returns in the cohort builder: a year's row re-reported kept once, the latest version", () => {
    const base = { child: { childId: "C1", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const builder = createCohortBuilder();
    builder.add({ ...base, lookedAfterOutcomes: [{ id: "oc2-2024", year: 2024, sdqScore: 10 }], adoptionDecisions: [{ id: "p", year: 2024, decisionDate: "2023-05-05" }] } as unknown as ChildRecord, { year: 2024 });
    builder.add({ ...base, lookedAfterOutcomes: [{ id: "oc2-2024", year: 2024, sdqScore: 12 }, { id: "oc2-2025", year: 2025, sdqScore: 11 }], adoptionDecisions: [{ id: "p", year: 2025, decisionDate: "2023-05-05", ceasedDate: "2024-01-01" }] } as unknown as ChildRecord, { year: 2025 });
    builder.add({ ...base, child: { childId: "C2", disabilities: [] } } as unknown as ChildRecord, { year: 2025 });
    const [c1, c2] = builder.build().records;
    expect(c1?.lookedAfterOutcomes).toEqual([{ id: "oc2-2024", year: 2024, sdqScore: 12 }, { id: "oc2-2025", year: 2025, sdqScore: 11 }]);
    expect(c1?.adoptionDecisions).toEqual([{ id: "p", year: 2025, decisionDate: "2023-05-05", ceasedDate: "2024-01-01" }]);
    expect(c1?.careLeaverOutcomes).toBeUndefined();
    // A child with none of the lists has none of them after the merge.
    expect(c2 === undefined ? [] : Object.keys(c2)).not.toContain("lookedAfterOutcomes");
  });

  it("keeps records stored before the lists valid, and refuses values the lists cannot hold", () => {
    const stored = { schemaVersion: 2, child: { childId: "C1", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    expect(validateChildRecord(stored).ok).toBe(true);
    expect(ChildRecordSchema.safeParse(stored).success).toBe(true);
    for (const bad of [
      { lookedAfterOutcomes: [{ id: "o", sdqScore: 41 }] },
      { lookedAfterOutcomes: [{ id: "o", sdqScore: 1.5 }] },
      { lookedAfterOutcomes: [{ id: "o", year: 999 }] },
      { lookedAfterOutcomes: [{ id: "o", convicted: 1 }] },
      { careLeaverOutcomes: [{ id: "o", inTouch: "MAYBE" }] },
      { careLeaverOutcomes: [{ id: "o", activity: "" }] },
      { careLeaverOutcomes: [{ id: "o", accommodation: "x".repeat(101) }] },
      { careLeaverOutcomes: [{ id: "o", accommodation: "s1" }] },
      { careLeaverOutcomes: [{ id: "o", activity: "F1 " }] },
      { careLeaverOutcomes: [{ id: "o", activity: "ABCDE" }] },
      { adoptions: [{ id: "a", numberOfAdopters: 3 }] },
      { adoptions: [{ id: "a", matchDate: "2024-02-30" }] },
      { adoptions: [{ id: "a", other: 1 }] },
      { adoptionDecisions: [{ id: "d", ceasedReason: "RD5" }] },
      { adoptionDecisions: {} },
      { adoptionDecisions: null },
    ]) {
      const record = { ...stored, ...bad };
      expect(validateChildRecord(record).ok, JSON.stringify(bad)).toBe(false);
      expect(ChildRecordSchema.safeParse(record).success, JSON.stringify(bad)).toBe(false);
    }
    for (const good of [{ lookedAfterOutcomes: [{ id: "o", sdqScore: 0, year: 1000 }] }, { careLeaverOutcomes: [{ id: "o", activity: "G6", accommodation: "ZZ99" }] }, { adoptions: [] }]) {
      expect(validateChildRecord({ ...stored, ...good }).ok, JSON.stringify(good)).toBe(true);
      expect(ChildRecordSchema.safeParse({ ...stored, ...good }).success).toBe(true);
    }
  });

  it("writes the four lists as tidy tables and reads them back into the same records", async () => {
    const dir = tempDir();
    for (const name of OUTCOME_FILES) writeFileSync(join(dir, `2022_${name}.csv`), fixture(`${V903}/${name}.csv`));
    const inputs = OUTCOME_FILES.map((n) => `2022_${n}.csv`);
    expect(await runCli(["tables", ...inputs, "--out", "tables", "-q"], memoryIo(dir))).toBe(0);
    const fromReturns = await readReturns(inputs.map((name) => ({ path: join(dir, name), name })));
    const records: ChildRecord[] = [];
    for await (const r of fromReturns.records) records.push(r);
    expect(records.some((r) => r.adoptions !== undefined)).toBe(true);
    const tables = [...Object.keys(TIDY_TABLE_COLUMNS).map((t) => `tables/${t}.csv`), "tables/coverage.csv"];
    const back = await readReturns(tables.map((name) => ({ path: join(dir, name), name })));
    const again: ChildRecord[] = [];
    for await (const r of back.records) again.push(r);
    expect(again).toEqual(records);
    expect(back.counts.get("tables/looked_after_outcomes.csv")).toBe(csvRows("oc2").length);
    expect(back.counts.get("tables/care_leaver_outcomes.csv")).toBe(csvRows("oc3").length);
    expect(back.counts.get("tables/adoptions.csv")).toBe(csvRows("ad1").length);
    expect(back.counts.get("tables/adoption_decisions.csv")).toBe(csvRows("placed_for_adoption").length);
  });
});

describe("asKnownAt keeps the SSDA903 outcome lists as they were known", () => {
  it("leaves out rows of a later year and decisions made after the date, and takes out dates after it", () => {
    const base = { child: { childId: "C1", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const record = {
      ...base,
      lookedAfterOutcomes: [{ id: "oc2-2024", year: 2024 }, { id: "oc2-2025", year: 2025 }, { id: "oc2" }],
      careLeaverOutcomes: [{ id: "oc3-2025", year: 2025 }],
      adoptions: [{ id: "adoption-2024", year: 2024, decisionDate: "2023-01-10", matchDate: "2024-03-31" }],
      adoptionDecisions: [{ id: "p1", year: 2024, decisionDate: "2023-01-10", ceasedDate: "2024-04-01", ceasedReason: "RD1" }, { id: "p2", decisionDate: "2024-04-01" }],
    } as unknown as ChildRecord;
    // 31 March 2024 is the end of the 2024 collection year: its rows are known, 2025's are not.
    expect(asKnownAt(record, "2024-03-31")).toEqual({
      ...base,
      lookedAfterOutcomes: [{ id: "oc2-2024", year: 2024 }, { id: "oc2" }],
      careLeaverOutcomes: [],
      adoptions: [{ id: "adoption-2024", year: 2024, decisionDate: "2023-01-10", matchDate: "2024-03-31" }],
      adoptionDecisions: [{ id: "p1", year: 2024, decisionDate: "2023-01-10" }],
    });
    expect(asKnownAt(record, "2024-03-30").adoptions).toEqual([]);
    expect(asKnownAt(record, "2025-03-31")).toEqual(record);
    // A record without the lists has none after.
    expect(Object.keys(asKnownAt({ ...base, lookedAfterEpisodes: [{ id: "e", startDate: "2025-01-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4" }] } as unknown as ChildRecord, "2024-03-31"))).not.toContain("adoptions");
  });
});

describe("writeSsda903 and the outcome tables", () => {
  it("writes OC2, OC3, AD1 and PlacedAdoption with their years, and reads them back the same", async () => {
    const y2022 = await readSsda903(files(2022));
    const oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n";
    // A second year of OC2 for the first child, and a care leaver with no episode.
    const first = y2022.records.find((r) => r.lookedAfterOutcomes !== undefined && r.lookedAfterEpisodes.length > 0) as ChildRecord;
    const both = await readSsda903([
      ...files(2022),
      { name: "oc2_2023.csv", data: `${oc2}${first.child.childId},,12,,1,1,1,1,1,0,0,0\n`, year: 2023 },
      { name: "oc3_2023.csv", data: "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nLEAVER,01/01/2005,YES,F2,S1\n", year: 2023 },
    ]);
    const csv = writeSsda903(both.records);
    expect(csv.oc2.split("\r\n")[0]).toBe(`${oc2.trim()},YEAR`);
    const again = await readSsda903(["header", "episodes", "oc2", "oc3", "ad1", "placedForAdoption"].map((t) => ({ name: `${t}.csv`, data: csv[t as keyof typeof csv] })));
    const pick = (r: ChildRecord): unknown => [r.child.childId, r.lookedAfterOutcomes, r.careLeaverOutcomes, r.adoptions, r.adoptionDecisions];
    expect(again.records.map(pick)).toEqual(both.records.map(pick));
    const leaver = again.records.find((r) => r.child.childId === "LEAVER");
    expect(leaver?.careLeaverOutcomes).toEqual([{ id: "oc3-2023", year: 2023, inTouch: "YES", activity: "F2", accommodation: "S1" }]);
    expect(again.records.find((r) => r.child.childId === first.child.childId)?.lookedAfterOutcomes?.map((o) => o.year)).toEqual([2022, 2023]);
  });
});
