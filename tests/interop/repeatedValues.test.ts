import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { readCinCensus, streamCinCensus } from "../../src/interop/cin-census";
import { createCohortBuilder, mergeCohorts } from "../../src/records";
import { readSsda903, writeSsda903 } from "../../src/interop/ssda903";
import { readWorkforceCensus } from "../../src/interop/workforce";
import { formatFinding } from "../../src/findings";
import { enCinCensus } from "../../src/interop/cin-census";
import { enSsda903 } from "../../src/interop/ssda903";
import { enWorkforce } from "../../src/interop/workforce";

const INTEROP = { catalogue: [enCinCensus, enSsda903, enWorkforce] };
const enInterop: Readonly<Record<string, string | undefined>> = { ...enCinCensus.messages, ...enSsda903.messages, ...enWorkforce.messages };

// Every change a reader makes to what the file says is reported: a value given twice, a column
// named twice, a row of the wrong length, conflicting header rows, unknown and mistyped elements,
// ids it cannot keep. The rule applied (which value is kept) is the one documented in
// docs/statutory-returns.md, "What each reader keeps when a value is repeated".

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

function codes(findings: readonly { code: string }[]): string[] {
  return findings.map((f) => f.code);
}

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("SSDA903 CSV", () => {
  it("refuses a table that names one of its columns twice instead of merging two children into one", async () => {
    // #region duplicate-column
    const header = "CHILD,SEX,DOB,CHILD,ETHNIC\n101,1,01/01/2015,202,WBRI\n";
    const { records, findings, rowCounts } = await readSsda903([{ name: "header.csv", data: header }]);
    records; // []
    findings[0]; // { code: "ssda903/duplicate-column", params: { file: "header.csv", line: 1, table: "header", field: "CHILD" } }
    // #endregion duplicate-column
    expect(records).toEqual([]);
    expect(findings).toEqual([{ code: "ssda903/duplicate-column", severity: "error", path: ["header"], params: { file: "header.csv", line: 1, table: "header", field: "CHILD" } }]);
    expect(rowCounts).toEqual([{ file: "header.csv", table: "unknown", rows: 1 }]);
  });

  it("reports a column named twice that the table does not read with the columns not kept, and reads the rest", async () => {
    const header = `${HEADER},LA,LA\n101,1,01/01/2015,WBRI,,,,x,y\n`;
    const read = await readSsda903([{ name: "header.csv", data: header }]);
    expect(read.records.map((r) => r.child.childId)).toEqual(["101"]);
    expect(codes(read.findings)).toEqual(["ssda903/columns-not-kept"]);
  });

  it("reports each row with more or fewer cells than the header row", async () => {
    const header = [HEADER, "101,1,01/01/2015,WBRI,,,", "102,2,01/01/2016", "103,1,01/01/2017,WBRI,,,,EXTRA,", "104,1,01/01/2018,WBRI,,,,"].join("\r\n");
    const read = await readSsda903([{ name: "header.csv", data: header }]);
    const ragged = read.findings.filter((f) => f.code === "ssda903/ragged-row");
    expect(ragged.map((f) => f.params)).toEqual([
      { file: "header.csv", line: 3, table: "header", childId: "102", cells: 3, columns: 7, extra: 0 },
      { file: "header.csv", line: 4, table: "header", childId: "103", cells: 9, columns: 7, extra: 1 },
      { file: "header.csv", line: 5, table: "header", childId: "104", cells: 8, columns: 7, extra: 0 },
    ]);
    // Missing cells are read as empty; extra cells are not read.
    expect(read.records.map((r) => [r.child.childId, r.child.dob, r.child.ethnicity])).toEqual([
      ["101", "2015-01-01", "WBRI"],
      ["102", "2016-01-01", undefined],
      ["103", "2017-01-01", "WBRI"],
      ["104", "2018-01-01", "WBRI"],
    ]);
  });

  it("reports each field where two header rows for one child disagree, and keeps the later value", async () => {
    // #region conflicting-header
    const header = [HEADER, "101,1,01/01/2015,WBRI,,,", "101,2,02/01/2015,WBRI,A123456789012,,"].join("\n");
    const { records, findings } = await readSsda903([{ name: "header.csv", data: header }]);
    records[0]?.child; // { childId: "101", sex: "F", dob: "2015-01-02", ethnicity: "WBRI", upn: "A123456789012", … }
    findings.map((f) => [f.code, f.params?.["field"], f.params?.["previous"]]); // [["ssda903/conflicting-header", "SEX", "1"], ["ssda903/conflicting-header", "DOB", "2015-01-01"]]
    // #endregion conflicting-header
    expect(records).toHaveLength(1);
    expect(records[0]?.child).toMatchObject({ childId: "101", sex: "F", dob: "2015-01-02", ethnicity: "WBRI", upn: "A123456789012" });
    expect(findings.map((f) => [f.code, f.params?.["childId"], f.params?.["field"], f.params?.["value"], f.params?.["previous"], f.params?.["line"], f.params?.["previousLine"]])).toEqual([
      ["ssda903/conflicting-header", "101", "SEX", "2", "1", 3, 2],
      ["ssda903/conflicting-header", "101", "DOB", "2015-01-02", "2015-01-01", 3, 2],
    ]);
  });

  it("keeps an identical second header row once and says so", async () => {
    const header = [HEADER, "101,1,01/01/2015,WBRI,,,", "101,1,01/01/2015,WBRI,,,"].join("\n");
    const read = await readSsda903([{ name: "header.csv", data: header }]);
    expect(read.records).toHaveLength(1);
    expect(read.findings).toEqual([{ code: "ssda903/duplicate-row", severity: "info", path: ["header"], params: { file: "header.csv", line: 3, table: "header", childId: "101" } }]);
  });

  it("refuses a CHILD with a carriage return, line feed or other control character", async () => {
    const header = [HEADER, '"1\r\n2",1,01/01/2015,WBRI,,,', '"AB\u001b[2J",1,01/01/2015,WBRI,,,', "CD\u0085,1,01/01/2015,WBRI,,,", "OK,1,01/01/2015,WBRI,,,"].join("\n");
    const read = await readSsda903([{ name: "header.csv", data: header }]);
    expect(read.records.map((r) => r.child.childId)).toEqual(["OK"]);
    expect(read.findings.map((f) => [f.code, f.params?.["field"], f.params?.["line"]])).toEqual([
      ["ssda903/row-dropped", "CHILD", 2],
      ["ssda903/row-dropped", "CHILD", 4],
      ["ssda903/row-dropped", "CHILD", 5],
    ]);
  });

  it("writes ids that read back as the same child, still neutralised for a spreadsheet", async () => {
    // #region round-trip
    const csv = writeSsda903([
      {
        child: { childId: "-1234", disabilities: [] },
        cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [],
        lookedAfterEpisodes: [{ id: "la-2024-05-01", startDate: "2024-05-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U1" }],
      } as never,
    ]);
    csv.header.split("\r\n")[1]; // "'-1234,,,,,," (a spreadsheet shows text, not a formula)
    const { records } = await readSsda903([{ name: "header.csv", data: csv.header }, { name: "episodes.csv", data: csv.episodes }]);
    records.map((r) => r.child.childId); // ["-1234"]
    // #endregion round-trip
    expect(csv.header.split("\r\n")[1]).toBe("'-1234,,,,,,");
    expect(records.map((r) => r.child.childId)).toEqual(["-1234"]);
    expect(records[0]?.lookedAfterEpisodes).toHaveLength(1);
  });

  it("refuses arguments that are not files with a KinsafeError", async () => {
    for (const files of [null, undefined, 5, "header.csv", {}, [null], [5], [{ data: "x" }], [{ name: 5, data: "x" }]]) {
      const error = await rejection(() => readSsda903(files as never));
      expect(isKinsafeError(error) && error.code, JSON.stringify(files)).toBe("invalid-argument");
    }
    for (const options of [null, 5, { attachTo: 5 }, { attachTo: [null] }, { attachTo: [{}] }, { matchBy: "name" }]) {
      const error = await rejection(() => readSsda903([], options as never));
      expect(isKinsafeError(error) && error.code, JSON.stringify(options)).toBe("invalid-argument");
    }
  });

  it("tells XML from CSV by the text, whatever the input's kind", async () => {
    const xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>7</CHILDID><SEX>1</SEX></HEADER></CHILD></EXPSSDA903>";
    const bytes = new TextEncoder().encode(`\n  ${xml}`);
    const a = await readSsda903([{ name: "return", data: `\n  ${xml}` }]);
    const b = await readSsda903([{ name: "return", data: bytes }]);
    const c = await readSsda903([{ name: "return", data: [bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)] }]);
    expect(a.records.map((r) => r.child.childId)).toEqual(["7"]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // Past the first 64 KiB of white space the name decides, however the white space is cut.
    const far = `${" ".repeat(70_000)}${xml}`;
    const whole = await readSsda903([{ name: "return", data: far }]);
    expect(whole.findings[0]?.code).toBe("ssda903/malformed-csv"); // read as CSV: a 70,000-character cell
    expect(await readSsda903([{ name: "return", data: [far.slice(0, 1000), far.slice(1000, 66_000), far.slice(66_000)] }])).toEqual(whole);
  });
});

describe("SSDA903 XML", () => {
  const child = (inner: string): string => `<EXPSSDA903><CHILD>${inner}</CHILD></EXPSSDA903>`;

  it("reports a second HEADER and a header field given twice, and keeps the last value", async () => {
    const xml = child("<HEADER><CHILDID>7</CHILDID><SEX>1</SEX><DOB>01/01/2015</DOB></HEADER>\n<HEADER><CHILDID>7</CHILDID><DOB>02/01/2015</DOB></HEADER>");
    const read = await readSsda903([{ name: "r.xml", data: xml }]);
    expect(read.records.map((r) => [r.child.childId, r.child.sex, r.child.dob])).toEqual([["7", "M", "2015-01-02"]]);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["childId"], f.params?.["line"]])).toEqual([
      ["ssda903/repeated-element", "HEADER", "7", 2],
      ["ssda903/repeated-element", "CHILDID", "7", 2],
      ["ssda903/repeated-element", "DOB", "7", 2],
    ]);
  });

  it("reports DECOM or PL given twice in an episode, and keeps the last", async () => {
    const xml = child("<HEADER><CHILDID>7</CHILDID></HEADER><EPISODE><DECOM>01/05/2024</DECOM><DECOM>02/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><PL>U1</PL><PL>U2</PL></EPISODE>");
    const read = await readSsda903([{ name: "r.xml", data: xml }]);
    expect(read.records[0]?.lookedAfterEpisodes.map((e) => [e.startDate, e.placementType])).toEqual([["2024-05-02", "U2"]]);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["parent"], f.params?.["childId"]])).toEqual([
      ["ssda903/repeated-element", "DECOM", "EPISODE", "7"],
      ["ssda903/repeated-element", "PL", "EPISODE", "7"],
    ]);
  });

  it("reports elements named like Object.prototype's properties as unknown", async () => {
    const xml = child("<HEADER><CHILDID>7</CHILDID><constructor>x</constructor><toString>y</toString><__proto__>z</__proto__></HEADER><EPISODE><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><PL>U1</PL><hasOwnProperty>1</hasOwnProperty></EPISODE>");
    const read = await readSsda903([{ name: "r.xml", data: xml }]);
    expect(read.records.map((r) => r.child.childId)).toEqual(["7"]);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["parent"]])).toEqual([
      ["ssda903/unknown-element", "constructor", "HEADER"],
      ["ssda903/unknown-element", "toString", "HEADER"],
      ["ssda903/unknown-element", "__proto__", "HEADER"],
      ["ssda903/unknown-element", "hasOwnProperty", "EPISODE"],
    ]);
  });
});

describe("CIN census", () => {
  const message = (children: string, header = "<Header><Source><LEA>201</LEA></Source></Header>"): string => `<Message>${header}<Children>${children}</Children></Message>`;
  const child = (id: string, details = ""): string =>
    `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA>${details}</CINdetails></Child>`;

  it("names the child of a mistyped <Child> element it cannot read", async () => {
    // #region mistyped-child
    const xml = message(`${child("A1")}\n<Chlid><ChildIdentifiers><LAchildID>B2</LAchildID></ChildIdentifiers></Chlid>`);
    const { records, findings } = await readCinCensus(xml);
    records.map((r) => r.child.childId); // ["A1"]
    findings[0]; // { code: "cin-census/unknown-element", severity: "error", params: { element: "Chlid", parent: "Children", childId: "B2", line: 2, column: 1 } }
    // #endregion mistyped-child
    expect(records.map((r) => r.child.childId)).toEqual(["A1"]);
    expect(findings).toEqual([{ code: "cin-census/unknown-element", severity: "error", path: ["Children", "Chlid"], params: { element: "Chlid", parent: "Children", line: 2, column: 1, childId: "B2" } }]);
  });

  it("reports a second Header and a header value given twice, and keeps the last", async () => {
    const xml = message(child("A1"), "<Header><Source><LEA>201</LEA></Source></Header>\n<Header><Source><LEA>202</LEA></Source></Header>");
    const read = await readCinCensus(xml);
    expect(read.header.la).toBe("202");
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["line"]])).toEqual([
      ["cin-census/repeated-header", "Header", 2],
      ["cin-census/repeated-header", "LEA", 2],
    ]);
  });

  it("reports a referral date given twice in one CINdetails", async () => {
    const read = await readCinCensus(message(child("A1", "<CINreferralDate>2024-06-01</CINreferralDate>")));
    expect(read.records[0]?.cinEpisodes.map((e) => e.referralDate)).toEqual(["2024-06-01"]);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["childId"]])).toEqual([["cin-census/repeated-element", "CINreferralDate", "A1"]]);
  });

  it("reports <constructor> and <toString> as unknown elements", async () => {
    const xml = message(`<Child><ChildIdentifiers><LAchildID>A1</LAchildID><constructor>x</constructor></ChildIdentifiers><toString/></Child>`);
    const read = await readCinCensus(xml);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["childId"]])).toEqual([
      ["cin-census/unknown-element", "constructor", "A1"],
      ["cin-census/unknown-element", "toString", "A1"],
    ]);
  });

  it("refuses a LAchildID with a control character: the child is reported, not kept", async () => {
    const read = await readCinCensus(message(`${child("A&#13;&#10;1")}${child("B&#27;2")}${child("C3")}`));
    expect(read.records.map((r) => r.child.childId)).toEqual(["C3"]);
    expect(read.findings.map((f) => [f.code, f.params?.["value"]])).toEqual([
      ["cin-census/invalid-value", "A\r\n1"],
      ["cin-census/child-without-id", undefined],
      ["cin-census/invalid-value", "B\u001b2"],
      ["cin-census/child-without-id", undefined],
    ]);
    // The message names the child by the line it starts on: no placeholder is left unfilled.
    const text = read.findings.filter((f) => f.code === "cin-census/invalid-value").map((f) => formatFinding(f, INTEROP));
    expect(text).toHaveLength(2);
    for (const t of text) expect(t).toMatch(/^Child at line \d+: LAchildID /);
  });

  it("refuses arguments of the wrong kind with a KinsafeError", async () => {
    for (const options of [null, 5, { onFinding: 5 }, { file: 5 }, { limits: 5 }, { limits: { maxDepth: "5" } }]) {
      const a = await rejection(() => readCinCensus("<Message/>", options as never));
      expect(isKinsafeError(a) && a.code, JSON.stringify(options)).toBe("invalid-argument");
      const b = await rejection(async () => {
        for await (const _ of streamCinCensus("<Message/>", options as never)) void _;
      });
      expect(isKinsafeError(b) && b.code, JSON.stringify(options)).toBe("invalid-argument");
    }
  });
});

describe("workforce census", () => {
  const worker = (inner: string): string => `<Message><Header><CollectionDetails><ReferenceDate>2024-09-30</ReferenceDate></CollectionDetails></Header><CSWWWorker>${inner}</CSWWWorker></Message>`;

  it("reports SWENo or FTE given twice in a worker, and keeps the last", async () => {
    const read = await readWorkforceCensus(worker("<SWENo>SW1</SWENo><FTE>1</FTE>\n<SWENo>SW2</SWENo><FTE>0.5</FTE>"));
    expect(read.input?.kind === "workers" && read.input.workers).toEqual([{ id: "SW2", employment: "employee", fte: 0.5 }]);
    expect(read.findings.map((f) => [f.code, f.params?.["element"], f.params?.["workerId"], f.params?.["line"]])).toEqual([
      ["workforce/repeated-element", "SWENo", "SW2", 2],
      ["workforce/repeated-element", "FTE", "SW2", 2],
    ]);
  });

  it("reports a header value given twice", async () => {
    const xml = "<Message><Header><CollectionDetails><ReferenceDate>2024-09-30</ReferenceDate><ReferenceDate>2023-09-30</ReferenceDate></CollectionDetails></Header></Message>";
    const read = await readWorkforceCensus(xml);
    expect(read.header.referenceDate).toBe("2023-09-30");
    expect(codes(read.findings)).toEqual(["workforce/repeated-element"]);
  });

  it("refuses an SWENo with a control character and keeps the worker under its position", async () => {
    const read = await readWorkforceCensus(worker("<SWENo>SW&#10;1</SWENo><FTE>1</FTE>"));
    expect(read.input?.kind === "workers" && read.input.workers.map((w) => w.id)).toEqual(["worker-1"]);
    expect(codes(read.findings)).toEqual(["workforce/invalid-value", "workforce/worker-without-id"]);
  });
});

describe("cohort inputs", () => {
  it("refuses what is not a child record with a KinsafeError", () => {
    const builder = createCohortBuilder();
    const cycle: Record<string, unknown> = { id: "x" };
    cycle["self"] = cycle;
    const base = { child: { childId: "1", disabilities: [] }, cinEpisodes: [], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const bad: [unknown, unknown][] = [
      [null, { year: 2024 }],
      [{}, { year: 2024 }],
      [{ ...base, child: { childId: 1, disabilities: [] } }, { year: 2024 }],
      [{ ...base, visits: 5 }, { year: 2024 }],
      [{ ...base, visits: [null] }, { year: 2024 }],
      [{ ...base, visits: [cycle] }, { year: 2024 }],
      [{ ...base, visits: [{ id: 1n }] }, { year: 2024 }],
      [base, null],
      [base, { year: "2024" }],
    ];
    for (const [record, source] of bad) {
      let error: unknown;
      try {
        builder.add(record as never, source as never);
      } catch (e) {
        error = e;
      }
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
    }
    for (const returns of [null, 5, [null], [{ records: 5, year: 2024 }], [{ records: [], year: "x" }]]) {
      expect(() => mergeCohorts(returns as never)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    }
  });
});

describe("finding codes", () => {
  it("have messages", () => {
    for (const code of ["cin-census/repeated-header", "ssda903/duplicate-column", "ssda903/ragged-row", "ssda903/conflicting-header", "ssda903/repeated-element", "workforce/repeated-element"]) {
      expect(enInterop[code], code).toBeTypeOf("string");
    }
  });
});

describe("SSDA903 tables with one row per child", () => {
  const UASC = "CHILD,SEX,DOB,DUC";
  const OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
  const OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
  const AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
  const PERM = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";

  it("reports each field where two rows for one child disagree, and keeps one row with the later values", async () => {
    // #region conflicting-row
    const oc3 = [OC3, "101,01/01/2005,YES,F1,B1", "101,01/01/2005,NO,F1,", "102,01/01/2005,YES,G5,U1"].join("\n");
    const { tables, findings } = await readSsda903([{ name: "oc3.csv", data: oc3 }]);
    tables.oc3.map((r) => r.values); // [{ CHILD: "101", DOB: "2005-01-01", IN_TOUCH: "NO", ACTIV: "F1", ACCOM: "B1" }, { CHILD: "102", … }]
    findings.map((f) => [f.code, f.params?.["field"], f.params?.["previous"]]); // [["ssda903/conflicting-row", "IN_TOUCH", "YES"]]
    // #endregion conflicting-row
    expect(tables.oc3.map((r) => [r.childId, r.line, r.values])).toEqual([
      ["101", 2, { CHILD: "101", DOB: "2005-01-01", IN_TOUCH: "NO", ACTIV: "F1", ACCOM: "B1" }],
      ["102", 4, { CHILD: "102", DOB: "2005-01-01", IN_TOUCH: "YES", ACTIV: "G5", ACCOM: "U1" }],
    ]);
    expect(findings).toEqual([
      { code: "ssda903/conflicting-row", severity: "warning", path: ["oc3", "IN_TOUCH"], params: { file: "oc3.csv", line: 3, table: "oc3", childId: "101", field: "IN_TOUCH", value: "NO", previous: "YES", previousLine: 2 } },
    ]);
    expect(formatFinding(findings[0] as never, INTEROP)).toBe('oc3.csv line 3, child 101: IN_TOUCH is "NO" but "YES" in the oc3 row at line 2; "NO" was kept.');
  });

  it("keeps an identical second row once and says so, in UASC, OC2, OC3, AD1 and previous permanence", async () => {
    const files = [
      { name: "uasc.csv", data: [UASC, "101,1,01/01/2005,01/01/2023", "101,1,01/01/2005,01/01/2023"].join("\n") },
      { name: "oc2.csv", data: [OC2, "101,01/01/2005,12,,0,1,1,1,1,0,,", "101,01/01/2005,12,,0,1,1,1,1,0,,"].join("\n") },
      { name: "oc3.csv", data: [OC3, "101,01/01/2005,YES,F1,B1", "101,01/01/2005,YES,F1,B1"].join("\n") },
      { name: "ad1.csv", data: [AD1, "101,01/01/2005,01/02/2020,01/03/2020,0,2,MF,L0", "101,01/01/2005,01/02/2020,01/03/2020,0,2,MF,L0"].join("\n") },
      { name: "previous_permanence.csv", data: [PERM, "101,01/01/2005,P1,,01/01/2019", "101,01/01/2005,P1,,01/01/2019"].join("\n") },
    ];
    const read = await readSsda903(files);
    for (const t of ["uasc", "oc2", "oc3", "ad1", "previousPermanence"] as const) expect(read.tables[t], t).toHaveLength(1);
    expect(read.findings.filter((f) => f.code !== "ssda903/child-without-header").map((f) => [f.code, f.params?.["file"], f.params?.["line"], f.params?.["table"], f.params?.["childId"]])).toEqual([
      ["ssda903/duplicate-row", "uasc.csv", 3, "uasc", "101"],
      ["ssda903/duplicate-row", "oc2.csv", 3, "oc2", "101"],
      ["ssda903/duplicate-row", "oc3.csv", 3, "oc3", "101"],
      ["ssda903/duplicate-row", "ad1.csv", 3, "ad1", "101"],
      ["ssda903/duplicate-row", "previous_permanence.csv", 3, "previousPermanence", "101"],
    ]);
  });

  it("merges field by field: a field only one row gives is kept, a conflicting one takes the later value", async () => {
    const ad1 = [AD1, "101,01/01/2005,01/02/2020,,0,2,MF,L0", "101,01/01/2005,,01/03/2020,1,2,MF,L0"].join("\n");
    const read = await readSsda903([{ name: "ad1.csv", data: ad1 }]);
    expect(read.tables.ad1.map((r) => r.values)).toEqual([{ CHILD: "101", DOB: "2005-01-01", DATE_INT: "2020-02-01", DATE_MATCH: "2020-03-01", FOSTER_CARE: "1", NB_ADOPTR: "2", SEX_ADOPTR: "MF", LS_ADOPTR: "L0" }]);
    expect(read.findings.map((f) => [f.code, f.params?.["field"], f.params?.["value"], f.params?.["previous"], f.params?.["line"], f.params?.["previousLine"]])).toEqual([["ssda903/conflicting-row", "FOSTER_CARE", "1", "0", 3, 2]]);
  });

  it("keeps rows of different children, of different years, and several placed-for-adoption decisions", async () => {
    const read = await readSsda903([
      { name: "uasc_2023.csv", year: 2023, data: [UASC, "101,1,01/01/2005,"].join("\n") },
      { name: "uasc_2024.csv", year: 2024, data: [UASC, "101,1,01/01/2005,01/01/2023", "102,2,01/01/2006,"].join("\n") },
      { name: "placed_for_adoption.csv", data: ["CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "101,01/01/2005,01/02/2020,01/05/2020,RD1", "101,01/01/2005,01/06/2020,,"].join("\n") },
    ]);
    expect(read.tables.uasc.map((r) => [r.childId, r.year])).toEqual([["101", 2023], ["101", 2024], ["102", 2024]]);
    expect(read.tables.placedForAdoption).toHaveLength(2);
    expect(codes(read.findings).filter((c) => c !== "ssda903/child-without-header")).toEqual([]);
  });

  it("reports two XML CHILDs for one child in the AD1 and OC3 fields too", async () => {
    const child = (inTouch: string): string => `<CHILD><HEADER><CHILDID>101</CHILDID><SEX>1</SEX><IN_TOUCH>${inTouch}</IN_TOUCH><ACTIV>F1</ACTIV></HEADER></CHILD>`;
    const xml = `<EXPSSDA903>${child("YES")}${child("NO")}</EXPSSDA903>`;
    const read = await readSsda903([{ name: "903.xml", data: xml }]);
    expect(read.tables.oc3.map((r) => r.values["IN_TOUCH"])).toEqual(["NO"]);
    expect(read.findings.map((f) => [f.code, f.params?.["table"], f.params?.["field"]])).toEqual([
      ["ssda903/duplicate-row", "header", undefined],
      ["ssda903/conflicting-row", "oc3", "IN_TOUCH"],
    ]);
    expect(enInterop["ssda903/conflicting-row"]).toBeTypeOf("string");
  });
});
