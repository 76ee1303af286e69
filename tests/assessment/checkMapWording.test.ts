// The wording rules that read every column: labels in every form, labels as behaviour, categories
// as impact, judgements in strengths, strengths that contradict a danger, compliance goals, threats
// recorded as safety, disputes and risk in text, harm without when, and the family's quoted words.
import { describe, expect, it } from "vitest";
import { checkAssessmentMap, type CheckAssessmentMapOptions } from "../../src/assessment/checkAssessmentMap";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import { isKinsafeError, type Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { goodMap, mapWith, people } from "./checkFixtures";

type Edit = Parameters<typeof mapWith>[0];
const codes = (edit: Edit, options?: CheckAssessmentMapOptions): string[] =>
  checkAssessmentMap(mapWith(edit), options).map((f) => `${f.code} ${f.path.join(".")}`);
const newOnes = (edit: Edit, options?: CheckAssessmentMapOptions): string[] => {
  const before = new Set(checkAssessmentMap(goodMap, options).map((f) => `${f.code} ${f.path.join(".")}`));
  return codes(edit, options).filter((c) => !before.has(c));
};
const find = (edit: Edit, code: AssessmentFindingCode): Finding<AssessmentFindingCode> | undefined =>
  checkAssessmentMap(mapWith(edit)).find((f) => f.code === code);

describe("labels and jargon in every column (Q1, Q2, Q3)", () => {
  it("a danger with behaviour 'parental conflict' and impact 'emotional harm' gets a label finding and a category finding", () => {
    // #region label-and-category
    const findings = checkAssessmentMap(
      mapWith((m) => {
        m.dangers[0]!.behaviour = "parental conflict";
        m.dangers[0]!.impactIfNothingChanges = "emotional harm";
      }),
    );
    // assessment/behaviour-is-label at dangers.0.behaviour; assessment/impact-is-category at dangers.0.impactIfNothingChanges
    // #endregion label-and-category
    const at = findings.filter((f) => f.path[0] === "dangers" && f.path[1] === 0).map((f) => `${f.code} ${String(f.path[2])}`);
    expect(at).toContain("assessment/behaviour-is-label behaviour");
    expect(at).toContain("assessment/impact-is-category impactIfNothingChanges");
    expect(at.filter((c) => c.startsWith("assessment/jargon"))).toEqual([]);
    const label = findings.find((f) => f.code === "assessment/behaviour-is-label")!;
    expect(label.params).toMatchObject({ rule: "Q2", term: "parental conflict", found: "parental conflict" });
    expect(formatFinding(label)).toContain("parental conflict");
  });

  it("finds acronyms and word forms the old list missed", () => {
    expect(
      newOnes((m) => {
        m.dangers[1]!.text = `${m.dangers[1]!.text} DV and MH; Mum not engaging; the LA; Lee is NEET; parenting capacity; significant harm; no insight; exposed to; concerned.`;
      }).filter((c) => c.startsWith("assessment/jargon")).length,
    ).toBe(10);
  });

  it("still uses a plain local list when one is given", () => {
    expect(newOnes((m) => (m.dangers[1]!.text = `${m.dangers[1]!.text} DV`), { jargon: ["toxic trio"] })).toEqual([]);
  });

  it("a label with a description is jargon, not 'only a label'", () => {
    const found = newOnes((m) => (m.dangers[0]!.behaviour = "Hits Mum when he has been drinking (DV)"));
    expect(found).toEqual(["assessment/jargon dangers.0.behaviour"]);
  });

  it("harm impact written as a risk category is flagged as a category", () => {
    expect(newOnes((m) => (m.harm[1]!.impact = "Jack is at risk of emotional harm"))).toContain("assessment/impact-is-category harm.1.impact");
  });

  it("reads complicating factors and grey areas", () => {
    expect(newOnes((m) => (m.complicatingFactors[0]!.text = "Mum's MH"))).toEqual(["assessment/jargon complicatingFactors.0.text"]);
  });
});

describe("the family's own quoted words (Q1 and the wording rules)", () => {
  it("does not hold a parent's quoted words to the worker's rules", () => {
    // #region quoted-words
    const findings = checkAssessmentMap(mapWith((m) => (m.dangers[0]!.text = `${m.dangers[0]!.text} Dad says: “I'm no risk to my kids.”`)));
    // no assessment/jargon for "risk": it is in Dad's own words
    // #endregion quoted-words
    expect(findings.filter((f) => f.code === "assessment/jargon")).toEqual([]);
    expect(newOnes((m) => (m.dangers[0]!.text = `${m.dangers[0]!.text} Dad says he is "no risk".`))).toEqual([]);
  });

  it("a quotation mark that is never closed does not hide the worker's words", () => {
    expect(newOnes((m) => (m.dangers[0]!.text = `${m.dangers[0]!.text} Dad says “I'm no risk`))).toEqual(["assessment/jargon dangers.0.text"]);
  });
});

describe("strengths and existing safety (Q1, Q11)", () => {
  it("flags judgements in strengths", () => {
    expect(
      newOnes((m) => {
        m.strengths[0]!.text = "Mum presents as loving.";
        m.strengths[1]!.text = "Dad is engaging well and is cooperative.";
      }),
    ).toEqual(["assessment/strength-is-judgement strengths.0.text", "assessment/strength-is-judgement strengths.1.text", "assessment/strength-is-judgement strengths.1.text"]);
  });

  it("flags a strength that calls the person whose behaviour is the danger protective", () => {
    const f = find((m) => m.strengths.push({ id: "s-9", text: "Craig is protective of the children.", personIds: [], observedBy: [] }), "assessment/strength-contradicts-danger");
    expect(f?.params).toMatchObject({ rule: "Q11", personId: people.dad, claim: "protective", dangerId: "d-1" });
    expect(f?.path).toEqual(["strengths", 2, "text"]);
    // Gran is not a danger's actor: no contradiction.
    expect(newOnes((m) => m.strengths.push({ id: "s-9", text: "Gran is a safe person for the children.", personIds: [people.gran], observedBy: [] }))).toEqual([]);
  });

  it("flags existing safety that is a threat, whatever its age", () => {
    const edit: Edit = (m) => (m.existingSafety[0]!.text = "Mum told him he must leave if he hits Jordan again.");
    expect(newOnes(edit)).toEqual(["assessment/safety-is-threat existingSafety.0.text"]);
    expect(find(edit, "assessment/safety-is-threat")?.params).toMatchObject({ rule: "Q11", found: "if he hits Jordan again" });
    expect(newOnes((m) => (m.existingSafety[0]!.text = "Mum has warned Dad she will call the police."))).toEqual(["assessment/safety-is-threat existingSafety.0.text"]);
  });

  it("says the 28 days are a local setting", () => {
    const f = find((m) => (m.existingSafety[0]!.demonstratedSince = "2025-02-17"), "assessment/safety-too-recent");
    expect(f?.params).toMatchObject({ days: 25, minimumDays: 28 });
    expect(formatFinding(f!)).toMatch(/28 days is this authority's setting, a local choice/);
  });
});

describe("goals (Q8)", () => {
  it("flags compliance goals", () => {
    expect(newOnes((m) => (m.goals[0]!.protectiveBehaviours[0] = "Mum to engage with services"))).toEqual(["assessment/goal-is-compliance goals.0.protectiveBehaviours.0"]);
    expect(newOnes((m) => (m.goals[1]!.text = "Dad will attend a parenting course and comply with the plan."))).toEqual(["assessment/goal-is-compliance goals.1.text"]);
  });

  it("does not flag good goals with a negation inside a clause that states what someone will do", () => {
    // #region negation-in-clause
    const findings = checkAssessmentMap(
      mapWith((m) => {
        m.goals[0]!.protectiveBehaviours = ["Kerry stops, counts to ten and rings Pat when she feels the anger rising"];
        m.goals[1]!.protectiveBehaviours = ["Gran drives the children to football on Saturdays, so Lee does not drive them after drinking"];
      }),
    );
    // no assessment/goal-framed-as-absence
    // #endregion negation-in-clause
    expect(findings.filter((f) => f.code === "assessment/goal-framed-as-absence")).toEqual([]);
  });
});

describe("time, risk and disputes in text (Q5, Q10, Q12)", () => {
  it("flags harm with no date, period or pattern, unless its words say when", () => {
    expect(newOnes((m) => delete m.harm[1]!.when)).toEqual([]); // "most weekends" in the text
    expect(
      newOnes((m) => {
        delete m.harm[1]!.when;
        m.harm[1]!.text = "Jack told his teacher he heard Dad shouting at Mum and things being thrown, and that he hid under his bed.";
      }),
    ).toEqual(["assessment/harm-without-occurrence harm.1.when"]);
  });

  it("finds risk words in harm text, not only in the impact", () => {
    expect(
      newOnes((m) => {
        delete m.harm[1]!.when;
        m.harm[1]!.text = "Every weekend Jack is at risk of emotional harm from the arguments.";
      }),
    ).toContain("assessment/harm-only-risk harm.1.text");
  });

  it("a denial in text is a dispute even when the status is not disputed", () => {
    // #region dispute-in-text
    const findings = checkAssessmentMap(mapWith((m) => (m.harm[0]!.text = `${m.harm[0]!.text} Dad denies this.`)));
    // assessment/dispute-in-text at harm.0.text, params.term "denies"
    // #endregion dispute-in-text
    expect(findings.filter((f) => f.code === "assessment/dispute-in-text").map((f) => [f.path, f.params?.["term"]])).toEqual([[["harm", 0, "text"], "denies"]]);
    expect(
      newOnes((m) => {
        m.harm[0]!.text = `${m.harm[0]!.text} Dad denies this.`;
        m.harm[0]!.status = "disputed";
        m.harm[0]!.positions = [
          { heldBy: "Dad", view: "I never touched her." },
          { heldBy: "Police", view: "Officers saw the injury." },
        ];
      }),
    ).toEqual([]);
  });
});

describe("policy", () => {
  it("refuses a pattern that is not a regular expression, with a KinsafeError", () => {
    let error: unknown;
    try {
      checkAssessmentMap(goodMap, { threatPatterns: ["("] });
    } catch (e) {
      error = e;
    }
    expect(isKinsafeError(error)).toBe(true);
  });

  it("the good fixture has no finding from the new wording rules", () => {
    const wording = ["jargon", "behaviour-is-label", "impact-is-category", "strength-is-judgement", "goal-is-compliance", "safety-is-threat", "strength-contradicts-danger", "dispute-in-text", "harm-without-occurrence"];
    expect(checkAssessmentMap(goodMap).filter((f) => wording.some((w) => f.code === `assessment/${w}`))).toEqual([]);
  });
});
