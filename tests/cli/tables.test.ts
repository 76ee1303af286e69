import { describe, expect, it } from "vitest";
import { tableCsv, tableRows, TABLE_COLUMNS } from "../../src/cli/tables";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { parseChildRecord } from "../../src/records";

describe("tableRows", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const record = parseChildRecord({
      child: { childId: "C1", sex: "F", dob: "2015-03-27", disabilities: [] },
      cinEpisodes: [{ id: "cin-2024-05-01", referralDate: "2024-05-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }],
      earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [],
    });
    const rows = tableRows(record);
    rows.episodes; // [["C1", "cin-2024-05-01", "2024-05-01", undefined, undefined, false, ...]]
    // #endregion docs-example
    expect(rows.children).toEqual([["C1", undefined, undefined, "F", "2015-03-27", undefined, undefined, undefined, "", undefined]]);
    expect(rows.episodes[0]?.slice(0, 6)).toEqual(["C1", "cin-2024-05-01", "2024-05-01", undefined, undefined, false]);
  });

  it("gives every table a row per item, in column order", () => {
    const records = generateSyntheticAuthority({ seed: 5, children0to17: 3000, years: 1 });
    let episodes = 0;
    let s47 = 0;
    let la = 0;
    for (const r of records) {
      const rows = tableRows(r);
      for (const [name, list] of Object.entries(rows)) for (const row of list) expect(row).toHaveLength(TABLE_COLUMNS[name as keyof typeof TABLE_COLUMNS].length);
      episodes += rows.episodes.length;
      s47 += rows.section47_enquiries.length;
      la += rows.looked_after_episodes.length;
    }
    expect(episodes).toBe(records.reduce((n, r) => n + r.cinEpisodes.length, 0));
    expect(s47).toBe(records.reduce((n, r) => n + r.cinEpisodes.reduce((m, e) => m + e.section47s.length, 0), 0));
    expect(la).toBe(records.reduce((n, r) => n + r.lookedAfterEpisodes.length, 0));
  });

  it("neutralises text cells against formula injection", () => {
    expect(tableCsv([["=cmd|' /C calc'!A0", "ok", 3]])).toBe("'=cmd|' /C calc'!A0,ok,3\r\n");
    expect(tableCsv([["@SUM(A1)", "+1", "-1"]])).toBe("'@SUM(A1),'+1,'-1\r\n");
  });
});
