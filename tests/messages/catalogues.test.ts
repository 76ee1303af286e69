import { describe, expect, expectTypeOf, it } from "vitest";
import { ASSESSMENT_FINDING_CODES, enAssessment } from "../../src/assessment";
import { BOTTOM_LINE_FINDING_CODES, enBottomLines } from "../../src/bottom-lines";
import { CHILD_VOICE_FINDING_CODES, enChildVoice } from "../../src/child-voice";
import { CONTINUUM_FINDING_CODES, enContinuum } from "../../src/continuum";
import { en, formatFinding, type FindingCode } from "../../src/findings";
import { CIN_CENSUS_FINDING_CODES, enCinCensus } from "../../src/interop/cin-census";
import { RETURNS_FINDING_CODES, enReturns, type ReturnsFindingCode } from "../../src/interop/returns";
import { SSDA903_FINDING_CODES, enSsda903 } from "../../src/interop/ssda903";
import { WORKFORCE_FINDING_CODES, enWorkforce } from "../../src/interop/workforce";
import { templateParams, type MessageCatalogue } from "../../src/messages";
import { NETWORK_FINDING_CODES, enNetwork } from "../../src/network";
import { SAFETY_PLAN_FINDING_CODES, enSafetyPlan } from "../../src/safety-plan";

const concepts: readonly [string, MessageCatalogue, readonly string[]][] = [
  ["assessment", enAssessment, ASSESSMENT_FINDING_CODES],
  ["child-voice", enChildVoice, CHILD_VOICE_FINDING_CODES],
  ["continuum", enContinuum, CONTINUUM_FINDING_CODES],
  ["network", enNetwork, NETWORK_FINDING_CODES],
  ["safety-plan", enSafetyPlan, SAFETY_PLAN_FINDING_CODES],
  ["bottom-lines", enBottomLines, BOTTOM_LINE_FINDING_CODES],
  ["cin-census", enCinCensus, CIN_CENSUS_FINDING_CODES],
  ["ssda903", enSsda903, SSDA903_FINDING_CODES],
  ["workforce", enWorkforce, WORKFORCE_FINDING_CODES],
  ["returns", enReturns, RETURNS_FINDING_CODES],
];

describe("the English catalogues", () => {
  it("shows the documented example", () => {
    // #region en
    en.locale; // "en"
    en.messages["network/member-not-informed"]; // "{personId} has not been told the danger statements and safety goals (map version {mapVersion}). …"
    // #endregion en
    expect(en.locale).toBe("en");
    expect(en.messages["network/member-not-informed"]).toMatch(/^\{personId\} has not been told/);
  });

  it.each(concepts)("%s: has a template for every code a check can emit, and only its own keys", (prefix, catalogue, codes) => {
    expect(catalogue.locale).toBe("en");
    for (const code of codes) expect(catalogue.messages[code]?.trim(), code).toBeTruthy();
    for (const key of Object.keys(catalogue.messages)) expect(key.startsWith(`${prefix}/`), key).toBe(true);
    for (const template of Object.values(catalogue.messages)) expect(template).not.toMatch(/\(s\)/);
  });

  it("joins every practice concept's templates in the main entry's catalogue, and no statutory return's", () => {
    for (const [prefix, catalogue] of concepts) {
      const inMain = ["cin-census", "ssda903", "workforce", "returns"].includes(prefix) ? undefined : catalogue.messages;
      for (const [key, template] of Object.entries(catalogue.messages)) expect(en.messages[key], key).toBe(inMain === undefined ? undefined : template);
    }
  });

  it("has every code of the statutory readers in the FindingCode union, and reading many returns' codes in their own", () => {
    expectTypeOf<(typeof CIN_CENSUS_FINDING_CODES)[number]>().toExtend<FindingCode>();
    expectTypeOf<(typeof SSDA903_FINDING_CODES)[number]>().toExtend<FindingCode>();
    expectTypeOf<(typeof WORKFORCE_FINDING_CODES)[number]>().toExtend<FindingCode>();
    expectTypeOf<(typeof RETURNS_FINDING_CODES)[number]>().not.toExtend<FindingCode>();
    expectTypeOf<(typeof RETURNS_FINDING_CODES)[number]>().toExtend<FindingCode | ReturnsFindingCode>();
  });

  it("formats a statutory return's finding with the format's own catalogue", () => {
    // #region interop-catalogue
    const finding = { code: "cin-census/child-not-written", severity: "warning", path: [], params: { childId: "C-17" } } as const;
    formatFinding(finding); // "cin-census/child-not-written (childId: C-17)": the main entry has no words for it
    formatFinding(finding, { catalogue: enCinCensus }); // "Child C-17 has no CIN episode to write, so it was left out of the return."
    // #endregion interop-catalogue
    expect(formatFinding(finding)).toBe("cin-census/child-not-written (childId: C-17)");
    expect(formatFinding(finding, { catalogue: enCinCensus })).toBe("Child C-17 has no CIN episode to write, so it was left out of the return.");
  });

  it("writes plural forms with Intl.PluralRules, never “(s)”", () => {
    const finding = (count: number) => ({ code: "assessment/dispute-not-recorded", severity: "warning", path: [], params: { rule: "Q12", count } }) as const;
    expect(formatFinding(finding(1))).toContain("the map records only 1 view.");
    expect(formatFinding(finding(0))).toContain("the map records no views.");
    expect(formatFinding(finding(2))).toContain("the map records 2 views.");
    const household = (count: number) => formatFinding({ code: "network/all-in-household", severity: "warning", path: [], params: { count } });
    expect(household(1)).toMatch(/^The only member of the network lives in the children's household\./);
    expect(household(3)).toMatch(/^All 3 members of the network live in the children's household\./);
  });

  it("has templates whose plural placeholders are well formed", () => {
    for (const [key, template] of Object.entries(en.messages)) {
      if (template === undefined || !template.includes("plural")) continue;
      const params = Object.fromEntries(templateParams(template).map((p) => [p, 2]));
      expect(formatFinding({ code: key, severity: "info", path: [], params }), key).not.toMatch(/plural/);
    }
  });
});
