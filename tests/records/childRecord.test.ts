import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { CLOSURE_REASON_CODES, CP_CATEGORY_CODES, LEGAL_STATUS_CODES, parseChildRecord, PRIMARY_NEED_CODES, safeParseChildRecord } from "../../src/records";

const record = {
  child: { childId: "c-1", la: "201", sex: "F", dob: "2015-04-01", ethnicity: "WBRI", disabilities: ["NONE"] },
  cinEpisodes: [
    {
      id: "ep-1",
      referralDate: "2024-05-01",
      referralSource: "2A",
      primaryNeed: "N1",
      referralNfa: false,
      closureDate: "2025-01-10",
      closureReason: "RC7",
      assessments: [{ id: "a-1", startDate: "2024-05-02", authorisationDate: "2024-06-20", factors: ["3B"] }],
      cinPlans: [],
      section47s: [{ id: "s-1", startDate: "2024-05-02", strategyDiscussionDate: "2024-05-02", icpcTargetDate: "2024-05-23", icpcDate: "2024-05-20", icpcNotRequired: false }],
      cpPlans: [{ id: "p-1", startDate: "2024-05-20", endDate: "2025-01-10", initialCategory: "EMO", latestCategory: "NEG", numberOfPreviousCpp: 0, reviewDates: ["2024-08-15"] }],
    },
  ],
  earlyHelpEpisodes: [],
  lookedAfterEpisodes: [{ id: "la-1", startDate: "2024-09-01", reasonForNewEpisode: "S", legalStatus: "V2", placementType: "U4", placementProvider: "PR1", endDate: "2024-12-01", reasonEpisodeCeased: "E4A" }],
  lookedAfterReviews: [{ id: "r-1", date: "2024-09-25", participation: "PN1" }],
  missing: [{ id: "m-1", missingType: "M", startDate: "2024-10-01", endDate: "2024-10-02" }],
  visits: [{ id: "v-1", date: "2024-05-25", planTypes: ["cp"] }],
  careProceedings: [],
};

describe("child record", () => {
  it("parses a canonical record", () => {
    // #region docs-example
    const parsed = parseChildRecord(record);
    // parsed.cinEpisodes[0].cpPlans[0].latestCategory === "NEG"
    // #endregion docs-example
    expect(parsed.cinEpisodes[0]?.cpPlans[0]?.latestCategory).toBe("NEG");
    expect(parseChildRecord(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it("reports every problem with its path", () => {
    // #region safe-parse
    const result = safeParseChildRecord({ ...record, child: { ...record.child, sex: "X" }, lookedAfterEpisodes: [{ ...record.lookedAfterEpisodes[0], legalStatus: "Z9" }] });
    // result.ok === false; result.error.issues name child.sex and lookedAfterEpisodes[0].legalStatus
    // #endregion safe-parse
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path)).toEqual([["child", "sex"], ["lookedAfterEpisodes", 0, "legalStatus"]]);
    expect(() => parseChildRecord({})).toThrow();
    try {
      parseChildRecord({});
    } catch (error) {
      expect(isKinsafeError(error)).toBe(true);
    }
  });

  it("has the DfE code lists", () => {
    expect(PRIMARY_NEED_CODES).toHaveLength(10);
    expect(CLOSURE_REASON_CODES).toEqual(["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]);
    expect(CP_CATEGORY_CODES).toEqual(["NEG", "PHY", "SAB", "EMO", "MUL"]);
    expect(LEGAL_STATUS_CODES).toContain("V2");
  });
});
