import { formatFinding } from "../../src/findings";
import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { ChildRecordSchema } from "../../src/records";
import { readCinCensus } from "../../src/interop/cin-census";
import { readSsda903, toPeriodsOfCare, writeSsda903, type Ssda903Read } from "../../src/interop/ssda903";
import { countElements, externalMemoryKept, fixture, fixturePath } from "./helpers";
import { enCinCensus } from "../../src/interop/cin-census";
import { enSsda903 } from "../../src/interop/ssda903";
import { enWorkforce } from "../../src/interop/workforce";

const INTEROP = { catalogue: [enCinCensus, enSsda903, enWorkforce] };

const V903 = "csc-validator-be-903";
const TABLE_FILES = ["header", "episodes", "reviews", "uasc", "oc2", "oc3", "ad1", "placed_for_adoption", "previous_permanence", "missing", "sw_episodes", "DoLo"];

function dataRows(text: string): number {
  return text.split(/\r?\n/).slice(1).filter((l) => l.trim() !== "").length;
}
function count(read: Ssda903Read, code: string, table?: string): number {
  return read.findings.filter((f) => f.code === code && (table === undefined || f.params?.["table"] === table)).reduce((n, f) => n + (code === "ssda903/rows-superseded" ? Number(f.params?.["count"]) : 1), 0);
}

describe("readSsda903", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,05/06/2012,WBRI,,,\n";
    const episodes = [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "101,01/05/2024,S,V2,N1,U6,PR1,2024-06-10,X1,CARPL,,,",
      "101,10/06/2024,L,C1,N1,U6,PR1,,,,,,",
    ].join("\n");
    const { records, findings } = await readSsda903([
      { name: "header.csv", data: header, year: 2025 },
      { name: "episodes.csv", data: episodes, year: 2025 },
    ]);
    records[0]?.child.sex; // "M"
    records[0]?.lookedAfterEpisodes.map((e) => [e.startDate, e.legalStatus, e.endDate]); // [["2024-05-01", "V2", "2024-06-10"], ["2024-06-10", "C1", undefined]]
    findings; // []
    // #endregion docs-example
    expect(records[0]?.child.sex).toBe("M");
    expect(records[0]?.lookedAfterEpisodes.map((e) => [e.startDate, e.legalStatus, e.endDate])).toEqual([
      ["2024-05-01", "V2", "2024-06-10"],
      ["2024-06-10", "C1", undefined],
    ]);
    expect(findings).toEqual([]);
  });

  it("reads every table of the validator fixture with every row accounted for", async () => {
    const files = TABLE_FILES.map((t) => ({ name: `${t}.csv`, data: createReadStream(fixturePath(`${V903}/${t}.csv`)), year: 2018 }));
    const read = await readSsda903(files, { la: "201" });
    // Row counts match an independent count of the files' lines.
    for (const t of TABLE_FILES) {
      const c = read.rowCounts.find((r) => r.file === `${t}.csv`);
      expect(c?.rows, t).toBe(dataRows(fixture(`${V903}/${t}.csv`)));
    }
    const rows = (file: string): number => read.rowCounts.find((r) => r.file === file)?.rows ?? -1;
    const sum = (f: (r: (typeof read.records)[number]) => number): number => read.records.reduce((n, r) => n + f(r), 0);
    const dropped = (table: string): number => count(read, "ssda903/row-dropped", table) + count(read, "ssda903/duplicate-row", table);
    expect(sum((r) => r.lookedAfterEpisodes.length) + dropped("episodes")).toBe(rows("episodes.csv"));
    expect(sum((r) => r.lookedAfterReviews.length) + dropped("reviews")).toBe(rows("reviews.csv"));
    expect(sum((r) => r.missing.length) + dropped("missing")).toBe(rows("missing.csv"));
    expect(read.records.filter((r) => r.child.dob !== undefined).length + dropped("header")).toBe(rows("header.csv"));
    for (const [table, file] of [["uasc", "uasc.csv"], ["oc2", "oc2.csv"], ["oc3", "oc3.csv"], ["ad1", "ad1.csv"], ["placedForAdoption", "placed_for_adoption.csv"], ["previousPermanence", "previous_permanence.csv"], ["swEpisodes", "sw_episodes.csv"], ["dolo", "DoLo.csv"]] as const) {
      expect(read.tables[table].length + dropped(table), table).toBe(rows(file));
    }
    for (const r of read.records) expect(ChildRecordSchema.safeParse(r).success).toBe(true);
    // The deliberate errors are reported: REASON_PLACED_CEASED "XXX", the SW_REASON code, the BOM-prefixed file read.
    const invalid = read.findings.filter((f) => f.code === "ssda903/invalid-value").map((f) => `${String(f.params?.["field"])}=${String(f.params?.["value"])}`);
    expect(invalid).toContain("REASON_PLACED_CEASED=XXX");
    expect(invalid).toContain("SW_REASON=SWLAZY");
    expect(read.tables.swEpisodes[0]?.values["SW_DECOM"]).toBe("2020-01-01");
  });

  it("reads the XML layout with every CHILD and EPISODE accounted for", async () => {
    const xml = fixture(`${V903}/fake_903.xml`);
    const read = await readSsda903([{ name: "fake_903.xml", data: xml, year: 2018 }]);
    expect(read.records.length + count(read, "ssda903/row-dropped", "header")).toBe(countElements(xml, "CHILD"));
    const episodes = read.records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0);
    expect(episodes + count(read, "ssda903/row-dropped", "episodes") + count(read, "ssda903/duplicate-row", "episodes")).toBe(countElements(xml, "EPISODE"));
    const reviews = read.records.reduce((n, r) => n + r.lookedAfterReviews.length, 0);
    expect(reviews + count(read, "ssda903/row-dropped", "reviews") + count(read, "ssda903/duplicate-row", "reviews")).toBe(countElements(xml, "AREVIEW"));
    expect(read.tables.uasc.length).toBe((xml.match(/<UASC>1<\/UASC>/g) ?? []).length);
    expect(read.tables.oc2.length).toBe(countElements(xml, "OC2"));
    expect(read.records.find((r) => r.child.childId === "907440")?.lookedAfterEpisodes[0]?.placementType).toBe("R5");
  });

  it("de-duplicates five years of one authority (cs-demand-model), keeping the latest version", async () => {
    const files = [2017, 2018, 2019, 2020, 2021].flatMap((y) =>
      (["header", "episodes", "uasc"] as const).map((t) => ({ name: `${String(y)}-${t}.csv`, data: fixture(`cs-demand-model/${String(y)}-${t}.csv`), year: y + 1 })),
    );
    const read = await readSsda903(files);
    const totalRows = read.rowCounts.filter((r) => r.file.endsWith("episodes.csv")).reduce((n, r) => n + r.rows, 0);
    const kept = read.records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0);
    expect(kept + count(read, "ssda903/rows-superseded", "episodes") + count(read, "ssda903/row-dropped", "episodes") + count(read, "ssda903/duplicate-row", "episodes")).toBe(totalRows);
    expect(kept).toBeLessThan(totalRows);
    // Every child appears once; no child has two episodes starting on the same day from different years.
    const ids = read.records.map((r) => r.child.childId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of read.records) {
      const decoms = r.lookedAfterEpisodes.map((e) => e.startDate);
      expect(new Set(decoms).size).toBe(decoms.length);
    }
  });

  it("reads both date styles, a BOM and the liia-tools YEAR column", async () => {
    const iso = await readSsda903([{ name: "fixes.csv", data: fixture("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv") }]);
    const rows = dataRows(fixture("liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv"));
    const kept = iso.records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0);
    expect(kept + count(iso, "ssda903/rows-superseded", "episodes") + count(iso, "ssda903/duplicate-row", "episodes") + count(iso, "ssda903/row-dropped", "episodes")).toBe(rows);
    expect(iso.findings.some((f) => f.code === "ssda903/columns-not-kept" && f.params?.["field"] === "LA")).toBe(true);
    const dmy = await readSsda903([{ name: "2020.csv", data: `\uFEFF${fixture("liia-tools/SSDA903_2020_episodes.csv")}` }]);
    expect(dmy.records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0) + count(dmy, "ssda903/duplicate-row")).toBe(dataRows(fixture("liia-tools/SSDA903_2020_episodes.csv")));
    expect(dmy.findings.some((f) => f.code === "ssda903/overlapping-episodes")).toBe(true);
  });

  it("attaches looked-after data to CIN records by child id or UPN", async () => {
    const cin = await readCinCensus(`<Message><Children><Child><ChildIdentifiers><LAchildID>101</LAchildID><UPN>A201000000001</UPN></ChildIdentifiers><CINdetails><CINreferralDate>2024-01-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>`);
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n9001,2,05/06/2012,WBRI,A201000000001,,\n";
    const episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n9001,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n";
    const files = [{ name: "header.csv", data: header }, { name: "episodes.csv", data: episodes }];
    const byId = await readSsda903(files, { attachTo: cin.records });
    expect(byId.records).toHaveLength(2);
    expect(byId.findings.find((f) => f.code === "ssda903/children-not-matched")?.params?.["count"]).toBe(1);
    const byUpn = await readSsda903(files, { attachTo: cin.records, matchBy: "upn" });
    expect(byUpn.records).toHaveLength(1);
    expect(byUpn.records[0]?.cinEpisodes).toHaveLength(1);
    expect(byUpn.records[0]?.lookedAfterEpisodes).toHaveLength(1);
    expect(byUpn.records[0]?.child.sex).toBe("F");
  });

  it("names the file and line of an episode that starts before the one before it has ended", async () => {
    const episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n9001,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n9002,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n9001,01/06/2024,P,C2,N1,U6,PR1,,,,,,\n";
    const read = await readSsda903([{ name: "2025_episodes.csv", data: episodes }]);
    const overlap = read.findings.find((f) => f.code === "ssda903/overlapping-episodes");
    expect([overlap?.params?.["file"], overlap?.params?.["line"], overlap?.params?.["childId"], overlap?.params?.["value"]]).toEqual(["2025_episodes.csv", 4, "9001", "2024-06-01"]);
  });

  it("names the SSDA903 files of children not matched, and says nothing of matching when there are no CIN records", async () => {
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n9001,2,05/06/2012,WBRI,,,\n";
    const episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n9001,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n";
    const files = [{ name: "header.csv", data: header }, { name: "episodes.csv", data: episodes }];
    const cin = await readCinCensus(`<Message><Children><Child><ChildIdentifiers><LAchildID>101</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-01-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>`);
    const notMatched = (await readSsda903(files, { attachTo: cin.records })).findings.find((f) => f.code === "ssda903/children-not-matched");
    expect(notMatched?.params?.["files"]).toBe("header.csv, episodes.csv");
    expect(formatFinding(notMatched ?? { code: "x", severity: "info", path: [] }, INTEROP)).toContain("(header.csv, episodes.csv)");
    const alone = await readSsda903(files, { attachTo: [] });
    expect(alone.records).toHaveLength(1);
    expect(alone.findings.filter((f) => f.code === "ssda903/children-not-matched")).toEqual([]);
  });

  it("reports rows it cannot read and files it does not know", async () => {
    const read = await readSsda903([
      { name: "episodes.csv", data: "CHILD,DECOM,RNE,LS,PLACE\n,01/01/2024,S,C2,U1\n5,31/02/2024,S,C2,U1\n6,01/01/2024,S,ZZ,U1\n" },
      { name: "other.csv", data: "A,B\n1,2\n" },
      { name: "broken.csv", data: 'CHILD,DECOM,RNE,LS,PLACE\n7,"01/01/2024' },
    ]);
    const codes = read.findings.map((f) => `${f.code}:${String(f.params?.["line"])}`);
    expect(codes).toEqual(expect.arrayContaining(["ssda903/row-dropped:2", "ssda903/invalid-value:3", "ssda903/row-dropped:3", "ssda903/invalid-value:4", "ssda903/row-dropped:4", "ssda903/unknown-table:1", "ssda903/malformed-csv:2"]));
    expect(read.records).toEqual([]);
  });
});

describe("toPeriodsOfCare", () => {
  it("chains episodes linked by X1", async () => {
    const { records } = await readSsda903([
      {
        name: "episodes.csv",
        data: [
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC",
          "1,01/01/2023,S,V2,N1,U6,PR1,01/02/2023,X1",
          "1,01/02/2023,L,C2,N1,U6,PR1,01/06/2023,E4A",
          "1,01/01/2024,S,V3,N1,U6,PR1,,",
        ].join("\n"),
      },
    ]);
    // #region periods
    const periods = toPeriodsOfCare(records[0]?.lookedAfterEpisodes ?? []);
    periods.map((p) => [p.start, p.end, p.endReason, p.episodeIds.length, p.shortBreaksOnly]);
    // [["2023-01-01", "2023-06-01", "E4A", 2, false], ["2024-01-01", undefined, undefined, 1, true]]
    // #endregion periods
    expect(periods.map((p) => [p.start, p.end, p.endReason, p.episodeIds.length, p.shortBreaksOnly])).toEqual([
      ["2023-01-01", "2023-06-01", "E4A", 2, false],
      ["2024-01-01", undefined, undefined, 1, true],
    ]);
  });
});

describe("writeSsda903", () => {
  it("writes CSV that reads back to the same looked-after data", async () => {
    const first = await readSsda903([{ name: "fake_903.xml", data: fixture(`${V903}/fake_903.xml`) }]);
    // #region write
    const csv = writeSsda903(first.records);
    csv.episodes.split("\r\n")[0]; // "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
    // #endregion write
    expect(csv.episodes.split("\r\n")[0]).toBe("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
    const again = await readSsda903([
      { name: "header.csv", data: csv.header },
      { name: "episodes.csv", data: csv.episodes },
      { name: "reviews.csv", data: csv.reviews },
      { name: "missing.csv", data: csv.missing },
      { name: "uasc.csv", data: csv.uasc },
    ]);
    // Children with episodes, or with OC2, OC3, AD1 or placed-for-adoption rows (a care leaver), are written.
    const withEpisodes = first.records.filter((r) => r.lookedAfterEpisodes.length > 0 || r.careLeaverOutcomes !== undefined || r.lookedAfterOutcomes !== undefined || r.adoptions !== undefined || r.adoptionDecisions !== undefined);
    expect(again.records.map((r) => r.lookedAfterEpisodes)).toEqual(withEpisodes.map((r) => r.lookedAfterEpisodes));
    expect(again.records.map((r) => r.lookedAfterReviews)).toEqual(withEpisodes.map((r) => r.lookedAfterReviews));
    expect(again.records.map((r) => r.child)).toEqual(withEpisodes.map((r) => r.child));
  });
});

describe("readSsda903 memory", () => {
  it("does not keep the decoded text alive through the values it keeps", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `C${String(i)},1,05/06/2012,WBRI,A${String(100_000_000_000 + i)},,,${"x".repeat(100)}`);
    const bytes = new TextEncoder().encode(`CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,NOTE\n${rows.join("\n")}\n`);
    const { result: read, kept } = await externalMemoryKept(() => readSsda903([{ name: "header.csv", data: bytes, year: 2025 }]));
    expect(read.records).toHaveLength(60_000);
    expect(read.records[59_999]?.child.upn).toBe("A100000059999");
    // The decoded text is about as large as the bytes (about 8 MB); the records keep none of it.
    expect(bytes.length).toBeGreaterThan(7_000_000);
    expect(kept).toBeLessThan(bytes.length / 10);
  });
});

describe("input checks", () => {
  it("reports each column the specification requires but a file lacks, per file, and still reads the rows", async () => {
    const episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/05/2024,S,C2,N1,U1,PR1,,,,,\n";
    const header = "CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,WBRI,,,\n";
    const read = await readSsda903([
      { name: "2025_episodes.csv", data: episodes, year: 2025 },
      { name: "2025_header.csv", data: header, year: 2025 },
    ]);
    const missing = read.findings.filter((f) => f.code === "ssda903/missing-specified-column").map((f) => [f.severity, f.params?.["file"], f.params?.["table"], f.params?.["field"]]);
    expect(missing).toEqual([
      ["error", "2025_episodes.csv", "episodes", "DEC"],
      ["error", "2025_header.csv", "header", "DOB"],
    ]);
    expect(read.records[0]?.lookedAfterEpisodes.map((e) => e.startDate)).toEqual(["2024-05-01"]);
  });

  it("asks for the social worker episodes table's columns only from 2023-24, when the table began", async () => {
    const sw = "CHILD,SW_ID,SW_DECOM\n1,SW1,01/05/2019\n";
    const old = await readSsda903([{ name: "sw.csv", data: sw, year: 2020 }]);
    expect(old.findings.filter((f) => f.code === "ssda903/missing-specified-column")).toEqual([]);
    const recent = await readSsda903([{ name: "sw.csv", data: sw, year: 2025 }]);
    expect(recent.findings.filter((f) => f.code === "ssda903/missing-specified-column").map((f) => f.params?.["field"])).toEqual(["DOB,SW_DEC,SW_REASON"]);
  });

  it("reports an end before its start and an episode before birth, naming file, line, child and column, and keeps the row", async () => {
    const columns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    const episodes = `${columns}\n1,01/05/2024,S,C2,N1,U1,PR1,01/04/2024,E8,,,,\n2,01/05/2009,S,C2,N1,U1,PR1,,,,,,\n`;
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,,,\n2,2,01/01/2015,WBRI,,,\n";
    const read = await readSsda903([
      { name: "2025_episodes.csv", data: episodes, year: 2025 },
      { name: "2025_header.csv", data: header, year: 2025 },
    ]);
    const found = read.findings.filter((f) => f.code === "ssda903/date-out-of-order").map((f) => [f.params?.["file"], f.params?.["line"], f.params?.["childId"], f.params?.["field"], f.params?.["value"], f.params?.["other"]]);
    expect(found).toEqual([
      ["2025_episodes.csv", 2, "1", "DEC", "2024-04-01", "DECOM"],
      ["2025_episodes.csv", 3, "2", "DECOM", "2009-05-01", "DOB"],
    ]);
    expect(read.records.map((r) => r.lookedAfterEpisodes.length)).toEqual([1, 1]);
  });
});
