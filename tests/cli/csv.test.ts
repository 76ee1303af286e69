import { describe, expect, it } from "vitest";
import { csvField, csvRow, neutraliseCell, parseCsv } from "../../src/cli/csv";

describe("CSV output", () => {
  it("shows the documented example", () => {
    // #region docs-example
    neutraliseCell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
    neutraliseCell("N1"); // "N1"
    // #endregion docs-example
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseCell("N1")).toBe("N1");
  });

  it("neutralises every formula prefix, and only text", () => {
    for (const p of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseCell(`${p}1+1`)).toBe(`'${p}1+1`);
    expect(csvField(-3)).toBe("-3");
    expect(csvField("-3")).toBe("'-3");
    expect(csvField("-3", false)).toBe("-3");
  });

  it("quotes commas, quotes and line breaks, and round-trips through the splitter", () => {
    const row = csvRow(["a,b", 'say "hi"', "two\nlines", null, true, 1.5]);
    expect(row).toBe('"a,b","say ""hi""","two\nlines",,true,1.5\r\n');
    expect(parseCsv(row + row)).toEqual([
      ["a,b", 'say "hi"', "two\nlines", "", "true", "1.5"],
      ["a,b", 'say "hi"', "two\nlines", "", "true", "1.5"],
    ]);
    expect(parseCsv("A,B\nx,\n")).toEqual([["A", "B"], ["x", ""]]);
  });
});
