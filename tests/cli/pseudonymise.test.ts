import { describe, expect, it } from "vitest";
import { coarsenDate, createPseudonymiser, emptyCounts, RefusedInput, type Pseudonymiser, type ReplacedCounts } from "../../src/cli/pseudonymise";
import { createCsvPseudonymiser } from "../../src/cli/pseudonymiseCsv";
import { pseudonymiseJsonLines, pseudonymiseRecord } from "../../src/cli/pseudonymiseJson";
import { createXmlPseudonymiser, type XmlFormat } from "../../src/cli/pseudonymiseXml";

const key = new TextEncoder().encode("0123456789abcdef0123456789ABCDEF+/");

/** The whole output of the XML pseudonymiser, the text fed in chunks of `size` characters. */
function xmlOut(xml: string, p: Pseudonymiser, counts: ReplacedCounts = emptyCounts(), format: XmlFormat = "cin-census", size = xml.length): string {
  const t = createXmlPseudonymiser(format, p, counts);
  let out = "";
  for (let i = 0; i < xml.length; i += size) out += t.write(xml.slice(i, i + size));
  return out + t.end();
}

function csvOut(csv: string, p: Pseudonymiser, counts: ReplacedCounts = emptyCounts()): string {
  const t = createCsvPseudonymiser(p, counts);
  return t.write(csv) + t.end();
}

const cin = (identifiers: string): string =>
  `<Message><Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header><Children><Child><ChildIdentifiers>${identifiers}<Sex>F</Sex></ChildIdentifiers></Child></Children></Message>`;

describe("createPseudonymiser", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const p = createPseudonymiser(key);
    p.childId("DfEX0000001"); // 10 digits and capital letters, the same in every file with this key
    p.upn("A123456789123"); // "I", "O" or "S", 11 digits, a digit or capital letter
    p.dateOfBirth("2015-03-27"); // "2015-03-01"
    // #endregion docs-example
    expect(p.childId("DfEX0000001")).toMatch(/^[0-9A-Z]{10}$/);
    expect(p.childId(" DfEX0000001 ")).toBe(p.childId("DfEX0000001"));
    expect(p.childId("DfEX0000001")).toBe(createPseudonymiser(key).childId("DfEX0000001"));
    expect(p.childId("DfEX0000001")).not.toBe(createPseudonymiser(new TextEncoder().encode("another key of thirty-two bytes!")).childId("DfEX0000001"));
    expect(p.workerId("SW12345")).toMatch(/^XX[0-9A-Z]{8}$/);
    expect(p.recordId("cin-2020-01-01")).toMatch(/^R[0-9A-Z]{12}$/);
    expect(p.upn("A123456789123")).toMatch(/^[IOS]\d{11}[0-9A-Z]$/);
    expect(p.upn("a123456789123")).toBe(p.upn("A123456789123"));
    expect(p.dateOfBirth("2015-03-27")).toBe("2015-03-01");
  });

  it("refuses what it cannot read as an identifier or a date of birth", () => {
    const p = createPseudonymiser(key);
    expect(() => p.childId("a\nb")).toThrow(RefusedInput);
    expect(() => p.childId("x".repeat(201))).toThrow(RefusedInput);
    expect(() => p.dateOfBirth("soon")).toThrow(RefusedInput);
    expect(() => p.dateOfBirth("2015-02-30")).toThrow(RefusedInput);
  });

  it("coarsens dates in both styles", () => {
    // #region coarsen
    coarsenDate("2015-03-27"); // "2015-03-01"
    coarsenDate("27/03/2015"); // "01/03/2015"
    // #endregion coarsen
    expect(coarsenDate("2015-03-27")).toBe("2015-03-01");
    expect(coarsenDate("27/03/2015")).toBe("01/03/2015");
    expect(coarsenDate("7/3/2015")).toBe("01/03/2015");
    expect(coarsenDate("2015-03-27T00:00:00")).toBe("2015-03-01");
    expect(coarsenDate("soon")).toBeUndefined();
  });
});

describe("XML returns", () => {
  it("replaces identifiers, UPNs and dates of birth, whatever the chunks", () => {
    // #region xml
    const p = createPseudonymiser(key);
    const counts = emptyCounts();
    const t = createXmlPseudonymiser("cin-census", p, counts);
    const xml = t.write("<Message><Children><Child><ChildIdentifiers><LAchildID>C&amp;1</LAchildID>") + t.write("<PersonBirthDate>2015-03-27</PersonBirthDate></ChildIdentifiers></Child></Children></Message>") + t.end();
    // xml holds <LAchildID>(10 characters)</LAchildID> and <PersonBirthDate>2015-03-01</PersonBirthDate>;
    // counts: 1 child, 1 child id, 1 date of birth
    // #endregion xml
    expect(xml).toContain(`<LAchildID>${p.childId("C&1")}</LAchildID>`);
    expect(xml).toContain("<PersonBirthDate>2015-03-01</PersonBirthDate>");
    expect(counts).toMatchObject({ records: 1, childIds: 1, datesOfBirth: 1 });
    const doc = cin("<LAchildID>C&amp;1</LAchildID><UPN>A123456789123</UPN><PersonBirthDate>2015-03-27</PersonBirthDate>");
    const whole = xmlOut(doc, createPseudonymiser(key));
    expect(whole).toContain("<Sex>F</Sex>");
    expect(whole).not.toContain("A123456789123");
    for (let size = 1; size < 40; size += 3) expect(xmlOut(doc, createPseudonymiser(key), emptyCounts(), "cin-census", size)).toBe(whole);
  });

  it("replaces an identifier, a UPN and a date of birth written as CDATA", () => {
    const out = xmlOut(cin("<LAchildID><![CDATA[ABC123]]></LAchildID><UPN><![CDATA[A123456789123]]></UPN><PersonBirthDate><![CDATA[2015-03-27]]></PersonBirthDate>"), createPseudonymiser(key));
    expect(out).not.toContain("ABC123");
    expect(out).not.toContain("A123456789123");
    expect(out).not.toContain("2015-03-27");
    expect(out).toContain(`<LAchildID>${createPseudonymiser(key).childId("ABC123")}</LAchildID>`);
  });

  it("replaces an identifier, a UPN and a date of birth with a comment inside", () => {
    const out = xmlOut(cin("<LAchildID>ABC<!-- x -->123</LAchildID><UPN>A12345<!---->6789123</UPN><PersonBirthDate>2015-03<!-- - -->-27</PersonBirthDate>"), createPseudonymiser(key));
    expect(out).not.toMatch(/ABC|123456|2015-03-27|-27/);
    expect(out).not.toContain("<!--");
    expect(out).toContain(`<LAchildID>${createPseudonymiser(key).childId("ABC123")}</LAchildID>`);
    expect(out).toContain(`<UPN>${createPseudonymiser(key).upn("A123456789123")}</UPN>`);
    expect(out).toContain("<PersonBirthDate>2015-03-01</PersonBirthDate>");
  });

  it("gives a character reference spelling the same pseudonym as the plain one", () => {
    const p = createPseudonymiser(key);
    const plain = xmlOut(cin("<LAchildID>ABC123</LAchildID>"), p);
    const spelt = xmlOut(cin("<LAchildID>&#65;B&#x43;12&#51;</LAchildID>"), p);
    expect(spelt).toBe(plain);
    expect(plain).toContain(`<LAchildID>${p.childId("ABC123")}</LAchildID>`);
  });

  it("refuses elements it does not know, text in containers, elements in values and broken XML", () => {
    const refused = (xml: string, format: XmlFormat = "cin-census"): RefusedInput => {
      try {
        xmlOut(xml, createPseudonymiser(key), emptyCounts(), format);
      } catch (error) {
        if (error instanceof RefusedInput) return error;
        throw error;
      }
      throw new Error("not refused");
    };
    expect(refused(cin("<LAchildID>A</LAchildID><ChildName>Jane Smith</ChildName>")).message).toMatch(/<ChildName> inside <ChildIdentifiers> is not an element/);
    expect(refused(cin("<LAchildID>A</LAchildID>Jane Smith")).message).toMatch(/<ChildIdentifiers> holds text/);
    expect(refused(cin("<LAchildID><b>A</b></LAchildID>")).message).toMatch(/<LAchildID> holds an element/);
    expect(refused(cin("<LAchildID>A</LAchildID><PersonBirthDate>27th March</PersonBirthDate>")).message).toMatch(/date of birth that cannot be read/);
    expect(refused("<Case><Name>Jane</Name></Case>").message).toMatch(/root element <Case>/);
    expect(refused(`<!DOCTYPE Message [<!ENTITY x "y">]><Message/>`).message).toMatch(/doctype/);
    const at = refused(`<Message>\n<Children>\n  <Child><Nickname>J</Nickname></Child></Children></Message>`);
    expect([at.line, at.column]).toEqual([3, 10]);
  });

  it("reads SSDA903 XML and the workforce census", () => {
    const p = createPseudonymiser(key);
    const counts = emptyCounts();
    const out = xmlOut(
      `<EXPSSDA903><CHILD><HEADER><CHILDID>907440</CHILDID><UPN>O013219285333</UPN><DOB>28/07/2010</DOB><AREVIEW><REVIEW>27/09/2015</REVIEW></AREVIEW><MC_DOB/></HEADER><EPISODE><DECOM>06/01/2017</DECOM><PL>R5</PL></EPISODE></CHILD></EXPSSDA903>`,
      p,
      counts,
      "ssda903-xml",
    );
    expect(out).toContain(`<CHILDID>${p.childId("907440")}</CHILDID>`);
    expect(out).toContain("<DOB>01/07/2010</DOB>");
    expect(out).toContain("<REVIEW>27/09/2015</REVIEW>");
    expect(counts).toMatchObject({ records: 1, childIds: 1, upns: 1, datesOfBirth: 1 });
    const w = emptyCounts();
    const workforce = xmlOut(`<Message><CSWWWorker><SWENo>SW1234</SWENo><PersonBirthDate>1980-05-06</PersonBirthDate><FTE>1</FTE></CSWWWorker></Message>`, p, w, "workforce");
    expect(workforce).toContain(`<SWENo>${p.workerId("SW1234")}</SWENo>`);
    expect(w).toMatchObject({ records: 1, workerIds: 1, datesOfBirth: 1 });
  });
});

describe("CSV tables", () => {
  it("replaces CHILD, SW_ID, UPN, DOB and MC_DOB, consistently with the XML", () => {
    // #region csv
    const p = createPseudonymiser(key);
    const counts = emptyCounts();
    const t = createCsvPseudonymiser(p, counts);
    const csv = t.write("CHILD,SEX,DOB,UPN,MC_DOB\r\nC1,2,27/03/2015,A123456789123,\r\n") + t.end();
    // "CHILD,SEX,DOB,UPN,MC_DOB\r\n(10 characters),2,01/03/2015,(pseudo-UPN),\r\n"
    // #endregion csv
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("CHILD,SEX,DOB,UPN,MC_DOB");
    expect(row).toBe(`${p.childId("C1")},2,01/03/2015,${p.upn("A123456789123")},`);
    expect(counts).toMatchObject({ records: 1, childIds: 1, upns: 1, datesOfBirth: 1 });
  });

  it("finds the header after blank first lines", () => {
    const p = createPseudonymiser(key);
    const out = csvOut("\n\r\nCHILD,DOB\n123456,27/03/2015\n", p);
    expect(out).toBe(`CHILD,DOB\r\n${p.childId("123456")},01/03/2015\r\n`);
  });

  it("reads CRLF, quoted cells and a byte order mark's absence the same way", () => {
    const p = createPseudonymiser(key);
    expect(csvOut('CHILD,DOB,UPN\r\n"123456",27/03/2015,"A123456789123"\r\n', p)).toBe(csvOut("CHILD,DOB,UPN\n123456,27/03/2015,A123456789123\n", p));
  });

  it("refuses a file without a header, unknown and repeated columns, and values in unnamed columns", () => {
    const p = createPseudonymiser(key);
    expect(() => csvOut("\n\n", p)).toThrow(/cannot find the header/);
    expect(() => csvOut("ID,DOB\n1,27/03/2015\n", p)).toThrow(/no CHILD column/);
    expect(() => csvOut("CHILD,NAME\n1,Jane Smith\n", p)).toThrow(/"NAME" \(column 2\) is not an SSDA903 column/);
    expect(() => csvOut("CHILD,CHILD\n1,2\n", p)).toThrow(/twice/);
    expect(() => csvOut("CHILD,DOB\n1,27/03/2015,Jane\n", p)).toThrow(/column 3, which has no name/);
    expect(csvOut("CHILD,DOB,\n1,27/03/2015,\n", p)).toBe(`CHILD,DOB,\r\n${p.childId("1")},01/03/2015,\r\n`);
  });
});

describe("kinsafe child records", () => {
  const record = {
    child: { childId: "C1", upn: "A123456789123", dob: "2015-03-27", disabilities: [] },
    cinEpisodes: [{ id: "C1/cin-1", referralDate: "2020-01-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }],
    earlyHelpEpisodes: [],
    lookedAfterEpisodes: [],
    lookedAfterReviews: [],
    missing: [],
    visits: [],
    careProceedings: [],
  };

  it("replaces the child's identifiers and every row id", () => {
    // #region record
    const p = createPseudonymiser(key);
    const counts = emptyCounts();
    const out = pseudonymiseRecord(record, p, counts, "record 1");
    // out.child: { childId: (10 characters), upn: (pseudo-UPN), dob: "2015-03-01", disabilities: [] }
    // out.schemaVersion: 2 (written in the current record schema version)
    // #endregion record
    expect(out).toEqual({ ...record, schemaVersion: 2, child: { childId: p.childId("C1"), upn: p.upn("A123456789123"), dob: "2015-03-01", disabilities: [] }, cinEpisodes: [{ ...record.cinEpisodes[0], id: p.recordId("C1/cin-1") }] });
    expect(JSON.stringify(out)).not.toContain("C1");
    expect(counts).toMatchObject({ records: 1, childIds: 1, upns: 1, datesOfBirth: 1, recordIds: 1 });
  });

  it("migrates a record of an earlier schema version and writes it in the current one; refuses a newer one", () => {
    const p = createPseudonymiser(key);
    const old = { ...record, lookedAfterEpisodes: [{ id: "C1/la-1", decom: "2024-05-01", rne: "S", ls: "C2", place: "U4" }], missing: [{ id: "C1/m-1", missing: "M", start: "2024-06-01" }] };
    const out = pseudonymiseRecord(old, p, emptyCounts(), "record 1") as Record<string, unknown>;
    expect(Object.keys(out)[0]).toBe("schemaVersion");
    expect(out["schemaVersion"]).toBe(2);
    expect(out["lookedAfterEpisodes"]).toEqual([{ id: p.recordId("C1/la-1"), startDate: "2024-05-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4" }]);
    expect(out["missing"]).toEqual([{ id: p.recordId("C1/m-1"), missingType: "M", startDate: "2024-06-01" }]);
    expect(() => pseudonymiseRecord({ schemaVersion: 3, ...record }, p, emptyCounts(), "line 4")).toThrow(/line 4: the child record is of schema version 3, written by a newer release/);
  });

  it("refuses values that are not child records and fields a child record does not have", () => {
    const p = createPseudonymiser(key);
    expect(() => pseudonymiseRecord({ other: 1 }, p, emptyCounts(), "record 1")).toThrow(/record 1: not a kinsafe child record/);
    expect(() => pseudonymiseRecord({ ...record, child: { ...record.child, name: "Jane Smith" } }, p, emptyCounts(), "record 1")).toThrow(/"child.name" is not a field/);
    expect(() => pseudonymiseRecord({ ...record, notes: "Jane" }, p, emptyCounts(), "record 1")).toThrow(/"notes" is not a field/);
  });

  it("refuses a record with a host system's extensions, which could hold names, rather than copy them", () => {
    const p = createPseudonymiser(key);
    expect(() => pseudonymiseRecord({ ...record, extensions: { crm: { name: "Jane Smith" } } }, p, emptyCounts(), "record 1")).toThrow(/record 1: "extensions" holds the host system's own data/);
    const row = { ...record, cinEpisodes: [{ ...record.cinEpisodes[0], extensions: { note: "Jane" } }] };
    expect(() => pseudonymiseRecord(row, p, emptyCounts(), "record 1")).toThrow(/"cinEpisodes\.0\.extensions" holds/);
  });

  it("reads a JSON array on one line of a JSON Lines file as records, and refuses a line that is not one", async () => {
    const p = createPseudonymiser(key);
    const read = async (text: string): Promise<string[]> => {
      const chunks = async function* (): AsyncGenerator<string> {
        yield await Promise.resolve(text);
      };
      const out: string[] = [];
      for await (const l of pseudonymiseJsonLines(chunks(), p, emptyCounts())) out.push(l);
      return out;
    };
    const lines = (await read(`${JSON.stringify(record)}\r\n\n${JSON.stringify([record, record])}`)).join("").split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1] ?? "")).toEqual([JSON.parse(lines[0] ?? ""), JSON.parse(lines[0] ?? "")]);
    await expect(read(`${JSON.stringify(record)}\n42\n`)).rejects.toThrow(/line 2: not a kinsafe child record/);
    await expect(read(`${JSON.stringify(record)}\n{"a":\n`)).rejects.toThrow(/line 2: not JSON/);
  });
});
