import { describe, expect, it } from "vitest";
import { goalAbsenceFraming, harmOnlyRisk } from "../../src/assessment/checkMapWording";
import { DEFAULT_ABSENCE_MARKERS, DEFAULT_RISK_MARKERS } from "../../src/assessment/checkAssessmentMap";
import { DEFAULT_JARGON_TERMS } from "../../src/language";
import { absenceFraming, findJargon, hasPhrase, onlyLabels, withoutQuotes } from "../../src/language";
import { mapWith } from "../assessment/checkFixtures";

const found = (text: string): string[] => findJargon(text, DEFAULT_JARGON_TERMS).map((h) => `${h.term.term}:${h.found}`);

describe("language matching", () => {
  it("blanks out quotations in double marks, keeping length, and leaves an unclosed mark alone", () => {
    // #region without-quotes
    withoutQuotes("Dad said “I'm no risk to my kids” and left."); // "Dad said " + spaces + " and left."
    // #endregion without-quotes
    const out = withoutQuotes("Dad said “I'm no risk to my kids” and left.");
    expect(out.length).toBe("Dad said “I'm no risk to my kids” and left.".length);
    expect(out).not.toContain("risk");
    expect(withoutQuotes('Mum said "he is chaotic" today')).not.toContain("chaotic");
    expect(withoutQuotes("Mum said “he is chaotic today")).toContain("chaotic");
  });

  it("finds every word form and acronym of a label, acronyms only in capitals", () => {
    // #region find-jargon
    findJargon("Ongoing DV and MH; Mum not engaging", DEFAULT_JARGON_TERMS).map((h) => h.found); // ["DV", "MH", "engaging"]
    // #endregion find-jargon
    expect(found("Ongoing DV and MH; Mum not engaging")).toEqual(["domestic violence:DV", "mental health:MH", "engage:engaging"]);
    expect(found("The LA is concerned")).toEqual(["concern:concerned", "local authority:LA"]);
    expect(found("la la land")).toEqual([]);
    expect(found("Lee is NEET")).toEqual(["not in education, employment or training:NEET"]);
    expect(found("Parenting capacity is limited; significant harm; lacks insight")).toEqual([
      "parenting capacity:Parenting capacity",
      "significant harm:significant harm",
      "insight:lacks insight",
    ]);
    expect(found("Jordan was exposed to arguments; Mum presents as loving; Dad is cooperative; protective factors")).toEqual([
      "exposed to:exposed to",
      "presents as:presents as",
      "cooperative:cooperative",
      "protective:protective factors",
    ]);
    expect(found("Engagement has been poor; she engaged well; he engages")).toEqual(["engage:Engagement"]);
    expect(found("Dad hit Mum in the kitchen while Amy watched")).toEqual([]);
  });

  it("finds phrases as whole words, the first in list order", () => {
    // #region has-phrase
    hasPhrase("Paul denies this", ["disputes", "denies"]); // "denies"
    // #endregion has-phrase
    expect(hasPhrase("Paul denies this", ["disputes", "denies"])).toBe("denies");
    expect(hasPhrase("Paul's denial", ["denies"])).toBeUndefined();
  });

  it("tells a label from a description", () => {
    // #region only-labels
    onlyLabels("parental conflict", findJargon("parental conflict", DEFAULT_JARGON_TERMS).map((h) => h.term)); // true
    // #endregion only-labels
    const labels = (text: string): boolean => onlyLabels(text, findJargon(text, DEFAULT_JARGON_TERMS).map((h) => h.term));
    expect(labels("parental conflict")).toBe(true);
    expect(labels("Ongoing DV in the home")).toBe(true);
    expect(labels("Jordan is at risk of emotional harm")).toBe(true);
    expect(labels("emotional harm")).toBe(true);
    expect(labels("Dad shouted at Mum and threw a plate; DV")).toBe(false);
    expect(labels("Jordan was frightened and hid under the table")).toBe(false);
  });

  it("allows negation inside a clause of condition, time or purpose, and in a list of actions", () => {
    // #region absence-framing
    absenceFraming("Kerry stops, counts to ten and rings Pat", DEFAULT_ABSENCE_MARKERS); // undefined: she counts and rings
    absenceFraming("Dad will not drink when he looks after Amy", DEFAULT_ABSENCE_MARKERS); // "will not"
    // #endregion absence-framing
    const framed = (text: string): string | undefined => absenceFraming(text, DEFAULT_ABSENCE_MARKERS);
    expect(framed("Kerry stops, counts to ten and rings Pat when she feels the anger rising")).toBeUndefined();
    expect(framed("Gran drives the children to football on Saturdays, so Lee does not drive them after drinking")).toBeUndefined();
    expect(framed("Mum will ring Gran if she doesn't feel safe")).toBeUndefined();
    expect(framed("Dad will not drink, and will ring Gran when he wants a drink")).toBeUndefined();
    expect(framed("Dad will not drink when he looks after Amy")).toBe("will not");
    expect(framed("Dad will not shout and swear at Mum")).toBe("will not");
    expect(framed("Mum and Dad will never argue or fight in front of the children")).toBe("never");
    expect(framed("Dad won't drink and drive")).toBe("won't");
    expect(framed("Dad will stop drinking and Mum and Dad will never argue.")).toBe("never");
    expect(framed("so Lee does not drive them after drinking")).toBe("does not");
    expect(framed("Dad said “I will never hit her again” and goes out for a walk")).toBeUndefined();
  });

  it("reads goals and harm of a map", () => {
    // #region goal-absence
    const map = mapWith((m) => {
      m.goals[0]!.protectiveBehaviours = ["Kerry stops, counts to ten and rings Pat"];
      m.goals[1]!.protectiveBehaviours = ["Dad will not drink"];
    });
    goalAbsenceFraming(map, DEFAULT_ABSENCE_MARKERS); // [{ index: 1, field: "protectiveBehaviours", term: "will not" }]
    // #endregion goal-absence
    expect(goalAbsenceFraming(map, DEFAULT_ABSENCE_MARKERS)).toEqual([{ index: 1, field: "protectiveBehaviours", term: "will not" }]);
    // #region harm-only-risk
    const risky = mapWith((m) => {
      m.harm[0]!.text = "Jordan is at risk of emotional harm from the arguments.";
      delete m.harm[0]!.when;
    });
    harmOnlyRisk(risky, DEFAULT_RISK_MARKERS); // [{ index: 0, field: "text", term: "at risk of" }]
    // #endregion harm-only-risk
    expect(harmOnlyRisk(risky, DEFAULT_RISK_MARKERS)).toEqual([{ index: 0, field: "text", term: "at risk of" }]);
  });
});
