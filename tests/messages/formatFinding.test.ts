import { describe, expect, it } from "vitest";
import { checkAssessmentMap } from "../../src/assessment/checkAssessmentMap";
import { ASSESSMENT_FINDING_CODES, ASSESSMENT_FINDINGS } from "../../src/assessment/findingCodes";
import { isoDate, type Finding } from "../../src/core";
import { en, formatFinding } from "../../src/findings";
import { templateParams } from "../../src/messages";
import { enAssessment } from "../../src/assessment";
import { mapWith } from "../assessment/checkFixtures";


describe("formatFinding", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const finding: Finding = {
      code: "assessment/too-many-dangers",
      severity: "warning",
      path: ["dangers"],
      params: { rule: "Q7", count: 5, max: 3 },
    };
    formatFinding(finding);
    // "The map has 5 danger statements. Try to keep to no more than 3: bring together worries about the same behaviour."
    // #endregion docs-example
    expect(formatFinding(finding)).toBe("The map has 5 danger statements. Try to keep to no more than 3: bring together worries about the same behaviour.");
  });

  it("fills every placeholder from the params and leaves a missing one visible", () => {
    const finding: Finding = { code: "assessment/safety-too-recent", severity: "warning", path: ["existingSafety", 0], params: { rule: "Q11", since: "2025-03-01", days: 13 } };
    const text = formatFinding(finding);
    expect(text).toContain("since 2025-03-01, only 13 days before the map");
    expect(text).toContain("(at least {minimumDays} days)");
  });

  it("writes an unknown code as the code and its params", () => {
    expect(formatFinding({ code: "vendor/own-rule", severity: "info", path: [], params: { rule: "X1", n: 2 } })).toBe("vendor/own-rule (rule: X1, n: 2)");
    expect(formatFinding({ code: "vendor/own-rule", severity: "info", path: [] })).toBe("vendor/own-rule");
  });

  it("uses a custom catalogue, falling back to English for codes it lacks", () => {
    const catalogue = { locale: "cy", messages: { "assessment/goal-without-duration": "Pa mor hir? ({rule})" } };
    const goal: Finding = { code: "assessment/goal-without-duration", severity: "warning", path: ["goals", 0, "sustainFor"], params: { rule: "Q9" } };
    expect(formatFinding(goal, { catalogue })).toBe("Pa mor hir? (Q9)");
    const partial = { locale: "en", messages: { "assessment/orphan-goal": "Goal {goalId} floats free." } };
    expect(formatFinding({ code: "assessment/orphan-goal", severity: "error", path: [], params: { rule: "Q6", goalId: "g-2" } }, { catalogue: partial })).toBe("Goal g-2 floats free.");
    expect(formatFinding(goal, { catalogue: partial })).toBe(en.messages["assessment/goal-without-duration"]);
    // Several catalogues: the first that has the code wins.
    expect(formatFinding(goal, { catalogue: [partial, catalogue] })).toBe("Pa mor hir? (Q9)");
  });

  it("still reads catalogues written for kinsafe 0.1: a plain record, or the English spread with codes added", () => {
    const goal: Finding = { code: "assessment/goal-without-duration", severity: "warning", path: [], params: { rule: "Q9" } };
    expect(formatFinding(goal, { catalogue: { "assessment/goal-without-duration": "Pa mor hir?" } as never })).toBe("Pa mor hir?");
    const spread = { ...en, "assessment/goal-without-duration": "Pa mor hir?" };
    expect(formatFinding(goal, { catalogue: spread })).toBe("Pa mor hir?");
  });

  describe("the English assessment-map templates", () => {
    it.each(ASSESSMENT_FINDING_CODES.map((code) => [code]))("%s has a template whose placeholders are among its params", (code) => {
      const template = enAssessment.messages[code]!;
      expect(template.trim().length).toBeGreaterThan(0);
      expect(en.messages[code]).toBe(template);
      const allowed: readonly string[] = ["rule", ...ASSESSMENT_FINDINGS[code].params];
      for (const name of templateParams(template)) expect(allowed).toContain(name);
    });

    it("leave no placeholder unfilled for findings the check really returns", () => {
      const map = mapWith((m) => {
        m.dangers[0]!.text = "Children's Services are worried about neglect.";
        m.dangers[0]!.worriedParties = [];
        m.dangers[1]!.childIds = [];
        m.harm[0]!.actorIds = [];
        m.dangers[0]!.disputedBy = ["Dad"];
        delete m.goals[1]!.dangerId;
        m.goals[2]!.protectiveBehaviours = ["Dad will not drink"];
        delete m.goals[2]!.sustainFor;
        m.harm[0]!.when = { on: "2025-04-01" };
        m.harm[1]!.text = "Jack will be scared at night.";
        delete m.harm[1]!.when;
        m.harm[1]!.impact = "Jack might be afraid.";
        m.complicatingFactors[0]!.text = "Dad kicked the door in.";
        m.existingSafety[0]!.demonstratedSince = "2025-03-10";
        m.scales[0]!.anchors = { zero: "", ten: "Safe" };
        m.scales[1]!.judgements = m.scales[1]!.judgements.filter((j) => j.raterRole === "worker");
        m.childVoiceIds = [];
        m.nextSteps.push({ id: "n-4", text: "Check in with Gran", status: "planned", goalIds: [] });
      });
      const findings = checkAssessmentMap(map, { asOf: isoDate("2025-03-30"), maxDangerStatements: 1 });
      expect(new Set(findings.map((f) => f.params?.["rule"])).size).toBe(15);
      for (const f of findings) expect(formatFinding(f)).not.toMatch(/\{\w+\}/);
    });
  });
});
