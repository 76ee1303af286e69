import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { readCinCensus, streamCinCensus } from "../../src/interop/cin-census";
import { readSsda903, writeSsda903 } from "../../src/interop/ssda903";
import { readWorkforceCensus } from "../../src/interop/workforce";
import { csvCell } from "../../src/interop/internal";

// Hostile inputs: each is refused with a clear finding (or KinsafeError when streaming), and
// none crashes the process or makes memory grow.

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>`;

const UNDECLARED_ENTITY = `<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>`;

describe("safe parsing", () => {
  it("refuses entity expansion (billion laughs) at the document type declaration", async () => {
    const { records, findings } = await readCinCensus(BILLION_LAUGHS);
    expect(records).toEqual([]);
    expect(findings[0]).toMatchObject({ code: "cin-census/unsafe-xml", severity: "error", params: { line: 2, column: 1 } });
  });

  it("refuses an external entity, declared or not", async () => {
    const a = await readCinCensus(EXTERNAL_ENTITY);
    expect(a.findings[0]?.code).toBe("cin-census/unsafe-xml");
    const b = await readCinCensus(UNDECLARED_ENTITY);
    expect(b.findings[0]?.code).toBe("cin-census/unsafe-xml");
    expect(String(b.findings[0]?.params?.["reason"])).toContain("&xxe;");
  });

  it("decodes the predefined entities and character references only", async () => {
    const xml = `<Message><Children><Child><ChildIdentifiers><LAchildID>A&amp;B&#65;&#x42;</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>`;
    const { records } = await readCinCensus(xml);
    expect(records[0]?.child.childId).toBe("A&BAB");
  });

  it("refuses deep nesting with a depth limit", async () => {
    const deep = `<Message>${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</Message>`;
    const { findings } = await readCinCensus(deep);
    expect(findings.some((f) => f.code === "cin-census/limit-exceeded" && String(f.params?.["reason"]).includes("nested deeper than the limit of 32"))).toBe(true);
  });

  it("refuses a huge attribute without buffering it", async () => {
    function* hostile(): Generator<string> {
      yield '<Message><Children a="';
      // 64 MiB of attribute value, arriving in chunks: reading stops after the first few.
      for (let i = 0; i < 1024; i++) yield "x".repeat(65_536);
      yield '"></Children></Message>';
    }
    const { findings } = await readCinCensus(hostile());
    expect(findings[0]).toMatchObject({ code: "cin-census/limit-exceeded" });
    expect(String(findings[0]?.params?.["reason"])).toContain("huge attribute");
  });

  it("refuses an SSDA903 row of more cells than any table has, also spread over lines by quotes", async () => {
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    for (const row of [`1,1,01/01/2015${",".repeat(5000)}\n`, `1,1,01/01/2015${',"\n"'.repeat(3000)}\n`]) {
      const read = await readSsda903([{ name: "header.csv", data: header + row }]);
      expect(read.findings.map((f) => [f.code, f.params?.["line"], f.params?.["reason"]])).toEqual([["ssda903/malformed-csv", 2, "A row of more than 1024 cells."]]);
    }
  });

  it("refuses huge text and a file over the size limit", async () => {
    const huge = `<Message><Children><Child><ChildIdentifiers><LAchildID>${"x".repeat(200_000)}</LAchildID></ChildIdentifiers></Child></Children></Message>`;
    expect((await readCinCensus(huge)).findings[0]?.code).toBe("cin-census/limit-exceeded");
    const big = await readCinCensus("<Message><Children></Children></Message>", { limits: { maxBytes: 10 } });
    expect(big.findings[0]).toMatchObject({ code: "cin-census/limit-exceeded" });
  });

  it("streams: hostile input ends the stream with a KinsafeError, not a crash", async () => {
    const error = await (async () => {
      try {
        for await (const _ of streamCinCensus(BILLION_LAUGHS)) void _;
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isKinsafeError(error)).toBe(true);
    expect(String(error)).toContain("Document type declarations");
  });

  it("the SSDA903 and workforce readers refuse the same inputs", async () => {
    const a = await readSsda903([{ name: "x.xml", data: BILLION_LAUGHS }]);
    expect(a.findings[0]?.code).toBe("ssda903/unsafe-xml");
    const b = await readWorkforceCensus(EXTERNAL_ENTITY);
    expect(b.findings[0]?.code).toBe("workforce/unsafe-xml");
  });

  it("CSV output neutralises formula cells (=, +, -, @, tab, CR)", async () => {
    const csv = [
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
      '"=HYPERLINK(""http://evil"",""x"")",1,01/01/2010,WBRI,,,',
      "+1,2,01/01/2010,WBRI,,,",
      "-2+3,2,01/01/2010,WBRI,,,",
      "@SUM(A1),2,01/01/2010,WBRI,,,",
    ].join("\n");
    const episodes = ["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"];
    for (const id of ['"=HYPERLINK(""http://evil"",""x"")"', "+1", "-2+3", "@SUM(A1)"]) episodes.push(`${id},01/04/2024,S,C2,N1,U1,PR1,,,,"=1+1",,`);
    const read = await readSsda903([
      { name: "header.csv", data: csv },
      { name: "episodes.csv", data: episodes.join("\r\n") },
    ]);
    expect(read.records.map((r) => r.child.childId)).toEqual(['=HYPERLINK("http://evil","x")', "+1", "-2+3", "@SUM(A1)"]);
    const out = writeSsda903(read.records);
    const cells = out.header.split("\r\n").slice(1, -1).map((l) => /^"(?:[^"]|"")*"|^[^,]*/.exec(l)?.[0]);
    expect(cells).toEqual(['"\'=HYPERLINK(""http://evil"",""x"")"', "'+1", "'-2+3", "'@SUM(A1)"]);
    // Cells starting with a tab or a carriage return (trimmed away when reading) are neutralised too.
    expect([csvCell("\tcmd"), csvCell("\rcmd"), csvCell("plain")]).toEqual(["'\tcmd", '"\'\rcmd"', "plain"]);
    expect(out.episodes).toContain("'=1+1");
    expect(out.episodes).not.toMatch(/(^|,)=1\+1/m);
  });

  it("refuses input that is not text, bytes, a stream or chunks with a KinsafeError", async () => {
    const bad: unknown[] = [42, null, {}, [1, 2]];
    for (const input of bad) {
      const error = await readCinCensus(input as never).then(() => undefined, (e: unknown) => e);
      expect(isKinsafeError(error), String(input)).toBe(true);
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
    }
    const workforce = await readWorkforceCensus({} as never).then(() => undefined, (e: unknown) => e);
    expect(isKinsafeError(workforce)).toBe(true);
    const ssda = await readSsda903([{ name: "x.csv", data: 5 as never }]).then(() => undefined, (e: unknown) => e);
    expect(isKinsafeError(ssda)).toBe(true);
  });
});
