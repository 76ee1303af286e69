// The collection year of an SSDA903 file from its dates: the year most episode ends and missing
// incidents fall in; a table with neither column tells none, and is not read past its header.
import { describe, expect, it } from "vitest";
import { ssda903ContentYear, ssda903YearColumn } from "../../../src/interop/returns/fileYears";
import { yearInName, yearTableOf } from "../../../src/interop/returns/identifyReturns";

/** The lines as chunks of one line each, counting how many were taken. */
function chunks(lines: readonly string[]): { data: AsyncIterable<string>; taken: () => number } {
  let taken = 0;
  return {
    data: (async function* () {
      for (const line of lines) {
        taken++;
        yield await Promise.resolve(`${line}\r\n`);
      }
    })(),
    taken: () => taken,
  };
}

describe("ssda903ContentYear", () => {
  it("takes the year most episode ends fall in (open episodes tell nothing)", async () => {
    const file = chunks(["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC", "1,01/05/2023,S,C2,N1,U1,PR1,02/06/2024,E11", "2,01/05/2023,S,C2,N1,U1,PR1,2025-01-31,E11", "3,01/05/2023,S,C2,N1,U1,PR1,03/03/2023,E11", "4,01/05/2023,S,C2,N1,U1,PR1,,"]);
    expect(await ssda903ContentYear(file.data, false)).toBe(2025);
  });

  it("takes missing incidents' starts, and gives no year when the dates are split", async () => {
    expect(await ssda903ContentYear(chunks(["CHILD,MISSING,MIS_START,MIS_END", "1,M,01/04/2023,02/04/2023", "2,A,01/05/2023,"]).data, false)).toBe(2024);
    expect(await ssda903ContentYear(chunks(["CHILD,MISSING,MIS_START,MIS_END", "1,M,01/04/2023,", "2,A,01/04/2022,"]).data, false)).toBeUndefined();
  });

  it("reads a table with neither column no further than its header", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${String(i)},1,01/01/2015,C,J2`);
    const file = chunks(["CHILD,SEX,DOB,ETHNIC,UPN", ...rows]);
    expect(await ssda903ContentYear(file.data, false)).toBeUndefined();
    expect(file.taken()).toBeLessThan(3);
  });
});

describe("yearInName", () => {
  it("reads DfE's 2017-18 as the year ending 31 March 2018, and a lone year as itself", () => {
    // #region year-in-name
    expect(yearInName("oc2_2017-18.csv")).toBe(2018);
    expect(yearInName("SSDA903_2017-18_episodes.csv")).toBe(2018);
    expect(yearInName("CIN_Census_2023_24.xml")).toBe(2024);
    expect(yearInName("returns/2017-2018 header.csv")).toBe(2018);
    expect(yearInName("2024-episodes.csv")).toBe(2024);
    // #endregion year-in-name
    // Across a century: 1999-00 ends in 2000.
    expect(yearInName("SSDA903_1999-00_header.csv")).toBe(2000);
    // A second number that is not the next year is not a collection year: the first year stands.
    expect(yearInName("extract_2017-05-01.csv")).toBe(2017);
    expect(yearInName("oc3_2017-17.csv")).toBe(2017);
    expect(yearInName("2017-185.csv")).toBe(2017);
    // Only the file's own name counts, not its folder.
    expect(yearInName("2016-17/oc3.csv")).toBeUndefined();
  });

  it("agrees with the collection year YYYY-YY names for any year (law)", () => {
    for (let y = 1990; y <= 2098; y++) {
      const yy = String((y + 1) % 100).padStart(2, "0");
      expect(yearInName(`SSDA903_${String(y)}-${yy}_oc3.csv`), String(y)).toBe(y + 1);
      expect(yearInName(`SSDA903_${String(y)}_oc3.csv`), String(y)).toBe(y);
    }
  });
});

describe("ssda903YearColumn and yearTableOf", () => {
  it("lists the years of a YEAR column once each, oldest first, and none without the column", async () => {
    // #region year-column
    const years = await ssda903YearColumn(chunks(["CHILD,DOB,IN_TOUCH,ACTIV,ACCOM,YEAR", "1,01/01/2001,YES,F1,T1,2025", "2,01/01/2002,NO,F2,T2,2024", "3,01/01/2003,NO,F2,T2,2025", "4,01/01/2004,NO,F2,T2,"]).data);
    expect(years).toEqual([2024, 2025]);
    // #endregion year-column
    expect(await ssda903YearColumn(chunks(["CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/01/2001,YES,F1,T1"]).data)).toEqual([]);
  });

  it("tells the OC2, OC3 and AD1 tables by their columns", () => {
    // #region year-table
    expect(yearTableOf({ kind: "ssda903-csv", columns: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"] })).toBe("OC3");
    expect(yearTableOf({ kind: "ssda903-csv", columns: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON"] })).toBe("OC2");
    expect(yearTableOf({ kind: "ssda903-csv", columns: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH"] })).toBe("AD1");
    expect(yearTableOf({ kind: "ssda903-csv", columns: ["CHILD", "DECOM", "DEC"] })).toBeUndefined();
    // #endregion year-table
    expect(yearTableOf({ kind: "ssda903-xml" })).toBeUndefined();
  });
});
