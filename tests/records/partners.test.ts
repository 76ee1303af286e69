import { describe, expect, it } from "vitest";
import { PARTNER_AGENCIES, PARTNER_AGENCY_REFERRAL_SOURCE, referralSourceFor } from "../../src/records";
import { REFERRAL_SOURCE_CODES } from "../../src/records";

describe("partner agencies", () => {
  it("maps referrers to CIN census referral source codes", () => {
    // #region docs-example
    referralSourceFor({ kind: "agency", agency: "school" }); // "2A"
    referralSourceFor({ kind: "agency", agency: "supporting-families" }); // "5D"
    referralSourceFor({ kind: "individual", relationship: "self" }); // "1C"
    referralSourceFor({ kind: "anonymous" }); // "9"
    // #endregion docs-example
    expect(referralSourceFor({ kind: "agency", agency: "school" })).toBe("2A");
    expect(referralSourceFor({ kind: "agency", agency: "supporting-families" })).toBe("5D");
    expect(referralSourceFor({ kind: "individual", relationship: "self" })).toBe("1C");
    expect(referralSourceFor({ kind: "anonymous" })).toBe("9");
    expect(referralSourceFor({ kind: "unknown" })).toBe("10");
    for (const agency of PARTNER_AGENCIES) expect(REFERRAL_SOURCE_CODES).toContain(PARTNER_AGENCY_REFERRAL_SOURCE[agency]);
  });
});
