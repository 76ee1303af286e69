// The collection year of an SSDA903 file from its dates: the year most episode ends and missing
// incidents fall in; a table with neither column tells none, and is not read past its header.
import { describe, expect, it } from "vitest";
import { ssda903ContentYear } from "../../../src/interop/returns/fileYears";

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
