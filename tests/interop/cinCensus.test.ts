import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { isKinsafeError, type IsoDate } from "../../src/core";
import { ChildRecordSchema, type ChildRecord } from "../../src/records";
import { readCinCensus, readCinCensusFile, streamCinCensus, writeCinCensus, writeCinCensusStream, type CinCensusRead } from "../../src/interop/cin-census";
import { countElements, externalMemoryKept, fixture, fixturePath } from "./helpers";

const CIN_FIXTURES = [
  "csc-validator-be-cin/CIN_Census_2021.xml",
  "csc-validator-be-cin/CIN_Census_2024.xml",
  "csc-validator-be-cin/CIN_Census_2026.xml",
  "csc-validator-be-cin/fake_CIN_data.xml",
  "liia-tools/cin-2022.xml",
];

const SMALL = `<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        <ReferralNFA>TRUE</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers><LAchildID>C2</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>XXXX</Ethnicity></ChildCharacteristics>
      <CINdetails><CINreferralDate>2024-13-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>
      <CINdetails><CINreferralDate>2024-07-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>
    </Child>
  </Children>
</Message>`;

function accounted(xml: string, read: CinCensusRead): void {
  // Every Child is read or reported; every CINdetails of a child that was read is read or reported.
  const without = read.findings.filter((f) => f.code === "cin-census/child-without-id");
  expect(read.childrenInFile).toBe(countElements(xml, "Child"));
  expect(read.records.length + without.length).toBe(read.childrenInFile);
  const episodes = read.records.reduce((n, r) => n + r.cinEpisodes.length, 0);
  const droppedEpisodes = read.findings.filter((f) => f.code === "cin-census/record-dropped" && f.params?.["element"] === "CINdetails").length;
  const lostWithChild = without.reduce((n, f) => n + Number(f.params?.["episodes"] ?? 0), 0);
  expect(episodes + droppedEpisodes + lostWithChild).toBe(countElements(xml, "CINdetails"));
  for (const record of read.records) expect(ChildRecordSchema.safeParse(record).success).toBe(true);
}

describe("readCinCensus", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const { header, records, findings } = await readCinCensus(SMALL, { file: "cin-2025.xml" });
    header.la; // "201"
    header.referenceDate; // "2025-03-31"
    records.length; // 2
    records[0]?.cinEpisodes[0]?.referralNfa; // true ("TRUE" is one of the six spellings)
    records[1]?.child.sex; // "M" (GenderCurrent 1)
    findings.map((f) => [f.code, f.params?.["childId"], f.params?.["element"], f.params?.["line"]]);
    // [["cin-census/invalid-value", "C2", "Ethnicity", 18], ["cin-census/invalid-value", "C2", "CINreferralDate", 19],
    //  ["cin-census/record-dropped", "C2", "CINdetails", 19]]
    // #endregion docs-example
    expect(header.la).toBe("201");
    expect(header.referenceDate).toBe("2025-03-31");
    expect(records).toHaveLength(2);
    expect(records[0]?.cinEpisodes[0]?.referralNfa).toBe(true);
    expect(records[1]?.child.sex).toBe("M");
    expect(records[1]?.cinEpisodes.map((e) => e.referralDate)).toEqual(["2024-07-01"]);
    const summary = findings.map((f) => [f.code, f.params?.["childId"], f.params?.["element"], f.params?.["line"]]);
    expect(summary).toContainEqual(["cin-census/invalid-value", "C2", "Ethnicity", 18]);
    expect(summary).toContainEqual(["cin-census/invalid-value", "C2", "CINreferralDate", 19]);
    expect(summary).toContainEqual(["cin-census/record-dropped", "C2", "CINdetails", 19]);
    accounted(SMALL, { header, records, findings, childrenInFile: 2, childrenRead: 2 });
  });

  it.each(CIN_FIXTURES)("reads %s with every child and episode accounted for", async (name) => {
    const xml = fixture(name);
    // #region file
    const read = await readCinCensusFile(fixturePath(name));
    read.childrenRead; // every <Child> in the file, read or reported in a finding
    // #endregion file
    accounted(xml, read);
    expect(read.findings.every((f) => f.params?.["file"] === fixturePath(name))).toBe(true);
  });

  it("reports the deliberate errors of the validator fixtures", async () => {
    const read = await readCinCensus(fixture("csc-validator-be-cin/CIN_Census_2026.xml"));
    const codes = read.findings.map((f) => `${f.code}:${String(f.params?.["element"])}`);
    expect(codes).toContain("cin-census/stray-text:ChildIdentifiers"); // the stray "PersonBirthDate" text
    expect(codes).toContain("cin-census/invalid-value:AssessmentFactors"); // factor "RB"
    expect(codes).toContain("cin-census/legacy-code:Sex"); // Sex 1 in a 2024-25 shape
    const first = read.records[0];
    expect(first?.careProceedings).toEqual([{ id: "cin-2022-10-06/pre-proceedings-1", timetableExtensions: [], preProceedingsStart: "2026-09-09", issueDate: "2026-12-18" }]);
    expect(read.findings.find((f) => f.code === "cin-census/elements-not-kept" && f.params?.["element"] === "LBPSentDate")).toBeDefined();
  });

  it("reads every block of the liia-tools sample (GenderCurrent, CIN plans, S47, CPP reviews)", async () => {
    const { records } = await readCinCensus(fixture("liia-tools/cin-2022.xml"));
    const e = records[0]?.cinEpisodes[0];
    expect(e?.assessments.length).toBeGreaterThan(0);
    expect(e?.cinPlans.length).toBeGreaterThan(0);
    expect(e?.section47s.length).toBeGreaterThan(0);
    expect(e?.cpPlans[0]?.reviewDates.length).toBeGreaterThan(0);
  });

  it("normalises the six boolean spellings and reports a seventh", async () => {
    const spellings = ["true", "false", "TRUE", "FALSE", "1", "0", "yes"];
    const xml = `<Message><Children>${spellings
      .map((s, i) => `<Child><ChildIdentifiers><LAchildID>B${String(i)}</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>${s}</ReferralNFA></CINdetails></Child>`)
      .join("")}</Children></Message>`;
    const { records, findings } = await readCinCensus(xml);
    expect(records.map((r) => r.cinEpisodes[0]?.referralNfa)).toEqual([true, false, true, false, true, false, undefined]);
    expect(findings.filter((f) => f.code === "cin-census/invalid-value").map((f) => f.params?.["value"])).toEqual(["yes"]);
    expect(findings.filter((f) => f.code === "cin-census/missing-value").map((f) => f.params?.["childId"])).toEqual(["B6"]);
    expect(Object.hasOwn(records[6]?.cinEpisodes[0] ?? {}, "referralNfa")).toBe(false); // not recorded: absent, not a guessed false
  });

  it("keeps a value the return did not record as not recorded (absent), with a finding naming element and line", async () => {
    // #region not-recorded
    const xml = `<Message><Children><Child><ChildIdentifiers><LAchildID>N1</LAchildID></ChildIdentifiers>
<CINdetails><CINreferralDate>2024-05-01</CINreferralDate>
<Section47><S47ActualStartDate>2024-05-02</S47ActualStartDate></Section47>
<ChildProtectionPlans><CPPstartDate>2024-05-20</CPPstartDate></ChildProtectionPlans>
</CINdetails></Child></Children></Message>`;
    const { records, findings } = await readCinCensus(xml, { file: "cin.xml" });
    const episode = records[0]?.cinEpisodes[0];
    episode?.referralNfa; // undefined: ReferralNFA is not in the return, and kinsafe does not guess false
    episode?.cpPlans[0]?.numberOfPreviousCpp; // undefined (no guessed 0); the plan itself is kept
    findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params?.["element"], f.params?.["line"]]);
    // [["cin-census/missing-value", "ReferralNFA", 2], ["cin-census/missing-value", "ICPCnotRequired", 3],
    //  ["cin-census/missing-value", "InitialCategoryOfAbuse", 4], ["cin-census/missing-value", "LatestCategoryOfAbuse", 4],
    //  ["cin-census/missing-value", "NumberOfPreviousCPP", 4]]
    // #endregion not-recorded
    expect(episode?.referralDate).toBe("2024-05-01");
    for (const key of ["referralNfa"]) expect(Object.hasOwn(episode ?? {}, key)).toBe(false);
    expect(episode?.section47s).toHaveLength(1);
    expect(Object.hasOwn(episode?.section47s[0] ?? {}, "icpcNotRequired")).toBe(false);
    // The plan without categories is kept (it was dropped before), with no guessed values.
    expect(episode?.cpPlans).toEqual([{ id: "cin-2024-05-01/cp-plan-1", startDate: "2024-05-20", reviewDates: [] }]);
    expect(findings.filter((f) => f.code !== "cin-census/missing-header").map((f) => [f.code, f.severity, f.params?.["file"], f.params?.["childId"], f.params?.["element"], f.params?.["line"]])).toEqual([
      ["cin-census/missing-value", "error", "cin.xml", "N1", "ReferralNFA", 2],
      ["cin-census/missing-value", "error", "cin.xml", "N1", "ICPCnotRequired", 3],
      ["cin-census/missing-value", "error", "cin.xml", "N1", "InitialCategoryOfAbuse", 4],
      ["cin-census/missing-value", "error", "cin.xml", "N1", "LatestCategoryOfAbuse", 4],
      ["cin-census/missing-value", "error", "cin.xml", "N1", "NumberOfPreviousCPP", 4],
    ]);
    expect(findings.find((f) => f.params?.["element"] === "InitialCategoryOfAbuse")?.path).toEqual(["Children", "Child", 0, "CINdetails", 0, "ChildProtectionPlans", 0, "InitialCategoryOfAbuse"]);
    for (const record of records) expect(ChildRecordSchema.safeParse(record).success).toBe(true);
    // Written back, an element not recorded is left out (the return has no code for a missing
    // value), so reading the written return gives the same record.
    const written = writeCinCensus(records, { referenceDate: "2025-03-31" as IsoDate, la: "201" });
    expect(written).not.toMatch(/ReferralNFA|ICPCnotRequired|CategoryOfAbuse|NumberOfPreviousCPP/);
    expect((await readCinCensus(written)).records.map((r) => r.cinEpisodes)).toEqual(records.map((r) => r.cinEpisodes));
  });

  it("does not mutate its input and gives the same result for every kind of input", async () => {
    const xml = fixture("csc-validator-be-cin/CIN_Census_2024.xml");
    const bytes = new TextEncoder().encode(`\uFEFF${xml}`);
    const copy = bytes.slice();
    const a = await readCinCensus(xml);
    const b = await readCinCensus(bytes);
    expect(bytes).toEqual(copy);
    // One byte at a time: every token is split across chunks.
    const c = await readCinCensus(Readable.from(Array.from(bytes, (x) => new Uint8Array([x]))));
    const d = await readCinCensus(new Blob([bytes]).stream());
    expect(b.records).toEqual(a.records);
    expect(c.records).toEqual(a.records);
    expect(d.records).toEqual(a.records);
    expect(c.findings).toEqual(a.findings);
  });
});

describe("streamCinCensus", () => {
  it("yields records as they are read and returns the header and findings", async () => {
    // #region stream
    const chunks = Readable.from([fixture("csc-validator-be-cin/fake_CIN_data.xml")]);
    const stream = streamCinCensus(chunks, { file: "fake_CIN_data.xml" });
    let children = 0;
    let next = await stream.next();
    while (next.done !== true) {
      children += 1; // hand next.value to the metrics accumulator here
      next = await stream.next();
    }
    const summary = next.value;
    children; // 332
    summary.header.la; // "975"
    // #endregion stream
    expect(children).toBe(332);
    expect(summary.childrenInFile).toBe(332);
    expect(summary.header.la).toBe("975");
  });

  it("throws a KinsafeError with line and column on broken XML, after the records before it", async () => {
    const broken = `${SMALL.slice(0, SMALL.indexOf("</Child>") + 8)}\n<Child><ChildIdentifiers></Child>`;
    const got: string[] = [];
    const error = await (async () => {
      try {
        for await (const r of streamCinCensus(broken)) got.push(r.child.childId);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(got).toEqual(["C1"]);
    expect(isKinsafeError(error)).toBe(true);
    expect(String(error)).toMatch(/line 16, column 26/);
  });
});

describe("writeCinCensus", () => {
  it("writes XML that reads back to the same records", async () => {
    // #region write
    const { header, records } = await readCinCensus(SMALL);
    const xml = writeCinCensus(records, header);
    const again = await readCinCensus(xml);
    again.records; // equal to records
    // #endregion write
    expect(again.records).toEqual(records);
    expect(xml).toContain("<Sex>F</Sex>");
  });

  it.each(CIN_FIXTURES)("round trip: XML -> records -> XML -> records gives equal records (%s)", async (name) => {
    const first = await readCinCensus(fixture(name));
    const written = writeCinCensus(first.records, first.header);
    const second = await readCinCensus(written);
    expect(second.records).toEqual(first.records);
    expect(second.header).toEqual(first.header);
    // The fixtures hold dates DfE's validation rejects (on purpose): those are reported again,
    // the same ones; nothing else is.
    const dateChecks = (list: typeof first.findings) => list.filter((f) => f.code === "cin-census/date-before-referral" || f.code === "cin-census/date-after-reference-date").map((f) => [f.code, f.params?.["childId"], f.params?.["element"], f.params?.["value"]]);
    expect(second.findings.filter((f) => f.severity !== "info" && dateChecks([f]).length === 0)).toEqual([]);
    expect(dateChecks(second.findings)).toEqual(dateChecks(first.findings));
  });

  it("writes GenderCurrent before 2024-25 and Sex after", () => {
    const record = { child: { childId: "X", sex: "F", disabilities: [] }, cinEpisodes: [{ id: "e", referralDate: "2020-05-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const r = ChildRecordSchema.parse(record) as ChildRecord;
    expect(writeCinCensus([r], { referenceDate: "2021-03-31" as never })).toContain("<GenderCurrent>2</GenderCurrent>");
    expect(writeCinCensus([r], { referenceDate: "2025-03-31" as never })).toContain("<Sex>F</Sex>");
    const notWritten: string[] = [];
    writeCinCensus([{ ...r, cinEpisodes: [] }], {}, { onFinding: (f) => notWritten.push(f.code) });
    expect(notWritten).toEqual(["cin-census/child-not-written"]);
  });

  it("streams the same text", async () => {
    const { header, records } = await readCinCensus(fixture("csc-validator-be-cin/fake_CIN_data.xml"));
    // #region write-stream
    let xml = "";
    for await (const chunk of writeCinCensusStream(records, header)) xml += chunk; // or pipe to a file
    // #endregion write-stream
    expect(xml).toBe(writeCinCensus(records, header));
  });

  it("escapes text and keeps only the collection year's episodes when asked", async () => {
    const { records } = await readCinCensus(SMALL);
    const r = records[0];
    if (r === undefined) throw new Error("no record");
    const xml = writeCinCensus([{ ...r, child: { ...r.child, childId: "A&B<1>" as never } }], { referenceDate: "2024-03-31" as never }, { scope: "collection-year" });
    expect(xml).not.toContain("<CINdetails>");
    const all = writeCinCensus([{ ...r, child: { ...r.child, childId: "A&B<1>" as never } }], { referenceDate: "2025-03-31" as never }, { scope: "collection-year" });
    expect(all).toContain("<LAchildID>A&amp;B&lt;1&gt;</LAchildID>");
    expect((await readCinCensus(all)).records[0]?.child.childId).toBe("A&B<1>");
  });
});

describe("readCinCensus memory", () => {
  it("does not keep the decoded text alive through the values it keeps", async () => {
    const child = (i: number): string =>
      `<Child><ChildIdentifiers><LAchildID>C${String(i)}</LAchildID><UPN>A${String(100_000_000_000 + i)}</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralSource>6</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>\n`;
    const children = Array.from({ length: 30_000 }, (_, i) => child(i)).join("");
    const bytes = new TextEncoder().encode(`<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>${children}</Children></Message>`);
    const { result: read, kept } = await externalMemoryKept(() => readCinCensus(bytes));
    expect(read.records).toHaveLength(30_000);
    expect(read.records[29_999]?.child.upn).toBe("A100000029999");
    // The decoded text is about as large as the bytes (about 9 MB); the records keep none of it.
    expect(bytes.length).toBeGreaterThan(8_000_000);
    expect(kept).toBeLessThan(bytes.length / 10);
  });
});

describe("dates that cannot be right", () => {
  it("reports a date before the referral or after the reference date, naming file, line, child and element, and keeps the record", async () => {
    // #region date-checks
    const xml = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
<Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
<CINdetails><CINreferralDate>2024-06-03</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA>
<Assessments><AssessmentActualStartDate>2004-03-03</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate></Assessments>
<Section47><S47ActualStartDate>2025-06-01</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>
</CINdetails></Child></Children></Message>`;
    const { records, findings } = await readCinCensus(xml, { file: "cin_2025.xml" });
    findings.map((f) => [f.code, f.params?.["childId"], f.params?.["element"], f.params?.["value"], f.params?.["line"]]);
    // [["cin-census/date-before-referral", "C1", "AssessmentActualStartDate", "2004-03-03", 4],
    //  ["cin-census/date-after-reference-date", "C1", "S47ActualStartDate", "2025-06-01", 5]]
    records[0]?.cinEpisodes[0]?.assessments[0]?.startDate; // "2004-03-03": the record is kept
    // #endregion date-checks
    expect(findings.map((f) => [f.code, f.params?.["file"], f.params?.["childId"], f.params?.["element"], f.params?.["value"], f.params?.["line"]])).toEqual([
      ["cin-census/date-before-referral", "cin_2025.xml", "C1", "AssessmentActualStartDate", "2004-03-03", 4],
      ["cin-census/date-after-reference-date", "cin_2025.xml", "C1", "S47ActualStartDate", "2025-06-01", 5],
    ]);
    expect(findings[0]?.params?.["rule"]).toBe("DfE validation rule 1103");
    expect(records[0]?.cinEpisodes[0]?.assessments[0]?.startDate).toBe("2004-03-03");
    expect(records[0]?.cinEpisodes[0]?.section47s[0]?.startDate).toBe("2025-06-01");
  });

  it("names the last of a date element given twice, and gives a date both before the referral and after the reference date two findings", async () => {
    const xml = [
      `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>`,
      `<Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>`,
      `<CINdetails><CINreferralDate>2025-04-03</CINreferralDate><ReferralNFA>false</ReferralNFA>`,
      `<Assessments><AssessmentActualStartDate>2025-04-05</AssessmentActualStartDate>`,
      `  <AssessmentActualStartDate>2025-04-01</AssessmentActualStartDate></Assessments>`,
      `</CINdetails></Child></Children></Message>`,
    ].join("\n");
    const { findings } = await readCinCensus(xml);
    const dated = findings.filter((f) => f.params?.["element"] === "AssessmentActualStartDate" && f.code !== "cin-census/repeated-element");
    expect(dated.map((f) => [f.code, f.params?.["value"], f.params?.["line"], f.params?.["column"], f.path])).toEqual([
      ["cin-census/date-before-referral", "2025-04-01", 5, 3, ["Children", "Child", 0, "CINdetails", 0, "Assessments", 0, "AssessmentActualStartDate"]],
      ["cin-census/date-after-reference-date", "2025-04-01", 5, 3, ["Children", "Child", 0, "CINdetails", 0, "Assessments", 0, "AssessmentActualStartDate"]],
    ]);
    expect(dated[0]?.path).not.toBe(dated[1]?.path);
  });

  it("names the line and column of the date element itself, not of the element holding it", async () => {
    const xml = [
      `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>`,
      `<Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>`,
      `<CINdetails>`,
      `  <CINreferralDate>2025-04-03</CINreferralDate>`,
      `  <ReferralNFA>false</ReferralNFA>`,
      `  <CINclosureDate>2025-03-01</CINclosureDate>`,
      `  <Assessments>`,
      `    <AssessmentActualStartDate>2004-03-03</AssessmentActualStartDate>`,
      `  </Assessments>`,
      `  <CINPlanDates>`,
      `    <CINPlanStartDate>2004-03-04</CINPlanStartDate>`,
      `  </CINPlanDates>`,
      `</CINdetails></Child></Children></Message>`,
    ].join("\n");
    const { findings } = await readCinCensus(xml, { file: "cin.xml" });
    const dates = findings.filter((f) => f.code.startsWith("cin-census/date-"));
    const at = (element: string): [number, number] => {
      const line = xml.split("\n").findIndex((l) => l.includes(`<${element}>`));
      return [line + 1, (xml.split("\n")[line] ?? "").indexOf(`<${element}>`) + 1];
    };
    expect(dates.map((f) => [f.params?.["element"], f.params?.["line"], f.params?.["column"]])).toEqual([
      ["CINreferralDate", ...at("CINreferralDate")],
      ["CINclosureDate", ...at("CINclosureDate")],
      ["AssessmentActualStartDate", ...at("AssessmentActualStartDate")],
      ["CINPlanStartDate", ...at("CINPlanStartDate")],
    ]);
  });
});
