import { describe, expect, it } from "vitest";
import { coarsenDate, createCsvPseudonymiser, createPseudonymiser, createXmlPseudonymiser, pseudonymiseRecord } from "../../src/cli/pseudonymise";

const key = new TextEncoder().encode("0123456789abcdef0123456789abcdef");

describe("createPseudonymiser", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const p = createPseudonymiser(key);
    p.id("DfEX0000001"); // 64 hex digits, the same in every file pseudonymised with this key
    p.upn("A123456789123"); // "X" + 11 digits + "P"
    p.date("2015-03-27"); // "2015-03-01"
    // #endregion docs-example
    expect(p.id("DfEX0000001")).toMatch(/^[0-9a-f]{64}$/);
    expect(p.id("DfEX0000001")).toBe(createPseudonymiser(key).id("DfEX0000001"));
    expect(p.id("DfEX0000001")).not.toBe(createPseudonymiser(new TextEncoder().encode("another key of thirty-two bytes!")).id("DfEX0000001"));
    expect(p.upn("A123456789123")).toMatch(/^X\d{11}P$/);
    expect(p.upn("a123456789123")).toBe(p.upn("A123456789123"));
    expect(p.date("2015-03-27")).toBe("2015-03-01");
    expect(p.counts).toEqual({ ids: 4, upns: 4, dates: 2, unreadableDates: 0 });
  });

  it("coarsens dates in both styles and drops what it cannot read", () => {
    // #region coarsen
    coarsenDate("2015-03-27"); // "2015-03-01"
    coarsenDate("27/03/2015"); // "01/03/2015"
    // #endregion coarsen
    expect(coarsenDate("2015-03-27")).toBe("2015-03-01");
    expect(coarsenDate("27/03/2015")).toBe("01/03/2015");
    expect(coarsenDate("7/3/2015")).toBe("01/03/2015");
    expect(coarsenDate("2015-03-27T00:00:00")).toBe("2015-03-01");
    expect(coarsenDate("soon")).toBeUndefined();
    const p = createPseudonymiser(key);
    expect(p.date("soon")).toBe("");
    expect(p.counts.unreadableDates).toBe(1);
  });
});

describe("streaming XML", () => {
  const xml = `<Message><Children><Child><ChildIdentifiers><LAchildID>C&amp;1</LAchildID><UPN>A123456789123</UPN><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>F</Sex></ChildIdentifiers></Child></Children></Message>`;

  it("gives the same text whatever the chunks, with only the identifiers and dates changed", () => {
    const whole = createXmlPseudonymiser(createPseudonymiser(key));
    const expected = whole.write(xml) + whole.end();
    expect(expected).toContain("<PersonBirthDate>2015-03-01</PersonBirthDate>");
    expect(expected).toContain("<Sex>F</Sex>");
    expect(expected).not.toContain("A123456789123");
    expect(expected).toContain(`<LAchildID>${createPseudonymiser(key).id("C&1")}</LAchildID>`);
    for (let size = 1; size < 40; size += 3) {
      const t = createXmlPseudonymiser(createPseudonymiser(key));
      let out = "";
      for (let i = 0; i < xml.length; i += size) out += t.write(xml.slice(i, i + size));
      out += t.end();
      expect(out).toBe(expected);
    }
  });
});

describe("CSV and JSON", () => {
  it("replaces CHILD, UPN, DOB and MC_DOB, consistently with the XML", () => {
    const p = createPseudonymiser(key);
    const t = createCsvPseudonymiser(p);
    const out = t.write("\uFEFFCHILD,SEX,DOB,UPN,MC_DOB\r\nC&1,2,27/03/2015,A123456789123,\r\n") + t.end();
    const [header, row] = out.split("\r\n");
    expect(header).toBe("\uFEFFCHILD,SEX,DOB,UPN,MC_DOB");
    expect(row).toBe(`${p.id("C&1")},2,01/03/2015,${p.upn("A123456789123")},`);
  });

  it("pseudonymises child records and leaves other values alone", () => {
    const p = createPseudonymiser(key);
    const r = pseudonymiseRecord({ child: { childId: "C1", upn: "A123456789123", dob: "2015-03-27", disabilities: [] }, cinEpisodes: [] }, p);
    expect(r.changed).toBe(true);
    expect(r.value).toEqual({ child: { childId: p.id("C1"), upn: p.upn("A123456789123"), dob: "2015-03-01", disabilities: [] }, cinEpisodes: [] });
    expect(pseudonymiseRecord({ other: 1 }, p)).toEqual({ value: { other: 1 }, changed: false });
  });
});
