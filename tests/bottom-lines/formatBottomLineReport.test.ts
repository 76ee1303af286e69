import { describe, expect, it } from "vitest";
import { BOTTOM_LINE_FINDING_CODES, BOTTOM_LINE_FINDINGS, evaluateBottomLines, formatBottomLineReport } from "../../src/bottom-lines";
import { enBottomLines } from "../../src/bottom-lines";
import { createNameResolver } from "../../src/messages";
import { asOf, seenAlone, workedCase } from "./fixtures";

describe("formatBottomLineReport", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region docs-example
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    const text = formatBottomLineReport(report, { evidence: false });
    // Bottom lines as of 2025-06-01: 10 met, 2 not met, 1 cannot tell, 1 covered by a rule but not judged.
    // The plan does not meet all its bottom lines yet.
    // …
    // 11. NOT MET: The plan works for three months without an unresolved breach before the case steps down [sustained-without-breach]
    //    - The safety plan has been in place since 2025-04-01; to be sustained for 3 months it needs to have been in place since 2025-03-01.
    // …
    // #endregion docs-example
    expect(text.split("\n").slice(0, 2)).toEqual(["Bottom lines as of 2025-06-01: 10 met, 2 not met, 1 cannot tell, 1 covered by a rule but not judged.", "The plan does not meet all its bottom lines yet."]);
    expect(text).toContain(
      "11. NOT MET: The plan works for three months without an unresolved breach before the case steps down [sustained-without-breach]\n" +
        "   - The safety plan has been in place since 2025-04-01; to be sustained for 3 months it needs to have been in place since 2025-03-01.",
    );
    expect(text).not.toContain("Evidence:");
  });

  it("says why for every bottom line of the worked case", () => {
    const caseFile = workedCase();
    const text = formatBottomLineReport(evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } }));
    expect(text).toContain("Read from version 1 of the assessment map and version 1 of the safety plan (active).");
    expect(text.split("\n")[2]).not.toMatch(/map-1|plan-1/);
    expect(text).toContain("12. NOT MET: The social worker and the parents score safety at 6 or more [scale-at-least]");
    expect(text).toContain("The latest score on the overall safety scale by the worker is 3 (on 2025-03-20); the bottom line asks for at least 6.");
    expect(text).toContain("14. CANNOT TELL: Amy and Ben are seen alone by their social worker every four weeks [custom]");
    expect(text).toContain("9. MET: Children's Services are told within 24 hours if a rule is broken [breach-reported-within]");
    expect(text).toContain("Breaches: (Record: m-breach; Date: 2025-05-10; Happened at: 2025-05-10T19:30:00Z; Children's Services told at: 2025-05-10T21:45:00Z; Reported: in time; Hours taken: 2.3)");
  });

  it("lists the evidence with labels and, with names, the people's and rules' names rather than ids", () => {
    const caseFile = workedCase();
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    const evidence = (text: string): string[] => text.split("\n").filter((l) => l.startsWith("   Evidence: "));
    const named = evidence(formatBottomLineReport(report, { names: createNameResolver(caseFile) }));
    expect(named).toContain("   Evidence: Network members: Gran (Pat), Auntie Jo, Michelle; Found by the family: Gran (Pat), Auntie Jo, Michelle");
    expect(named.join("\n")).toMatch(/Safe adults: Auntie Jo\b/);
    expect(named.join("\n")).toMatch(/Rules: “Lee sees Amy and Ben/);
    expect(named.join("\n")).toContain("Safety plan: (Plan: plan-1; Version: 1; Status: active)");
    for (const line of named.slice(0, -1)) {
      expect(line).not.toMatch(/(^|[^\w-])(gran-pat|auntie-jo|michelle|lee|amy|r-contact|r-safe-adult|d-drink)($|[^\w-])/);
      // Labels, not the evidence's keys (the last line, the custom predicate's, keeps its own keys and values).
      expect(line).not.toMatch(/\b(ruleIds|safeAdultIds|inPlaceSince|personId|planId|eventId)\b|(: |; )members:/);
    }
    expect(named.join("\n")).toContain("In place since: 2025-04-01");
    expect(named.at(-1)).toBe("   Evidence: Check: seen-alone; visits: (amy: 2025-05-22); asOf: 2025-06-01");
    // Without names, the ids as they are.
    expect(evidence(formatBottomLineReport(report)).join("\n")).toContain("Safe adults: auntie-jo");
  });

  it("words yes, no and none in the evidence from the catalogue", () => {
    const caseFile = workedCase();
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines.slice(0, 1), { asOf });
    const results = report.results.map((r) => ({ ...r, evidence: { seen: true, alone: false, lastVisit: null } }));
    const text = formatBottomLineReport({ ...report, results }, { catalogue: { locale: "cy", messages: { "bottom-lines/evidence.yes": "ie", "bottom-lines/evidence.no": "na", "bottom-lines/report.none": "dim" } } });
    expect(text).toContain("Evidence: seen: ie; alone: na; lastVisit: dim");
  });

  it("uses another catalogue when given one, and notes findings about the list", () => {
    const report = evaluateBottomLines(workedCase(), [], { asOf });
    expect(formatBottomLineReport(report, { catalogue: { locale: "cy", messages: { "bottom-lines/none-set": "Dim llinellau sylfaen." } } })).toContain("Note: Dim llinellau sylfaen.");
  });

  // #region headline
  it("says in its headline when no bottom lines are set or no plan exists, never that the plan meets them", () => {
    const caseFile = workedCase();
    const headline = (text: string): string | undefined => text.split("\n")[1];
    expect(headline(formatBottomLineReport(evaluateBottomLines(caseFile, [], { asOf })))).toBe("No bottom lines are set for this case, so nothing says the plan meets them.");
    const bare = { ...caseFile, plans: [], monitoring: [] };
    expect(headline(formatBottomLineReport(evaluateBottomLines(bare, [], { asOf })))).toBe("No bottom lines are set and no safety plan is recorded.");
    const network = caseFile.bottomLines.filter((b) => b.id === "bl-network");
    expect(headline(formatBottomLineReport(evaluateBottomLines(bare, network, { asOf })))).toBe("No safety plan is recorded, so no plan meets these bottom lines yet.");
    expect(headline(formatBottomLineReport(evaluateBottomLines(caseFile, network, { asOf })))).toBe("The plan meets all its bottom lines.");
  });
  // #endregion headline

  it("labels a bottom line covered by a rule but not judged", () => {
    const caseFile = workedCase();
    const text = formatBottomLineReport(evaluateBottomLines(caseFile, caseFile.bottomLines.filter((b) => b.kind === "free-text"), { asOf }));
    expect(text).toContain("1. COVERED BY A RULE, NOT JUDGED: A sober adult is in the house every evening [free-text]");
  });
});

describe("the English messages of the bottom lines", () => {
  it("has a template for every code, using only the params the code carries", () => {
    for (const code of BOTTOM_LINE_FINDING_CODES) {
      const template = enBottomLines.messages[code]!;
      const used = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const name of used) expect([...BOTTOM_LINE_FINDINGS[code].params, "bottomLineId"]).toContain(name);
    }
  });
});

describe("formatBottomLineReport without evidence", () => {
  it("never points to evidence below when it lists none", () => {
    const caseFile = workedCase();
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    const without = formatBottomLineReport(report, { evidence: false });
    expect(without).not.toMatch(/evidence below/i);
    expect(without).toContain("1. MET: At least three people in the network, two living outside the home and two who are family or friends [network-composition]\n   - Met.");
    const withEvidence = formatBottomLineReport(report);
    expect(withEvidence).toContain("   - Met on the evidence below.\n   Evidence: ");
  });

  it("takes every sentence from the catalogue, verdicts and headings included", () => {
    const caseFile = workedCase();
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines.slice(0, 1), { asOf });
    const catalogue = { locale: "cy", messages: { "bottom-lines/report.summary": "Llinellau sylfaen ar {asOf}: {met} wedi'u bodloni.", "bottom-lines/report.headline-meets-all": "Mae'r cynllun yn bodloni'r cyfan.", "bottom-lines/verdict.met": "BODLONI", "bottom-lines/report.met": "Wedi'i fodloni.", "bottom-lines/report.read-from-map-and-plan": "O'r map ({mapVersion}) a'r cynllun ({planVersion}, {planStatus}).", "bottom-lines/report.plan-status.active": "ar waith" } };
    expect(formatBottomLineReport(report, { catalogue, evidence: false }).split("\n")).toEqual([
      "Llinellau sylfaen ar 2025-06-01: 1 wedi'u bodloni.",
      "Mae'r cynllun yn bodloni'r cyfan.",
      "O'r map (1) a'r cynllun (1, ar waith).",
      "",
      `1. BODLONI: ${report.results[0]!.statement} [${report.results[0]!.kind}]`,
      "   - Wedi'i fodloni.",
    ]);
  });
});
