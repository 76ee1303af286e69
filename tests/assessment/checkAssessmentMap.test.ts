import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type AssessmentMap } from "../../src/assessment";
import {
  checkAssessmentMap,
  DEFAULT_MAX_DANGER_STATEMENTS,
  DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS,
  type CheckAssessmentMapOptions,
  type ChildVoiceRecordRef,
} from "../../src/assessment/checkAssessmentMap";
import { type ChildVoiceRecord } from "../../src/child-voice";
import { ASSESSMENT_FINDING_CODES, ASSESSMENT_FINDINGS, type AssessmentFindingCode, type AssessmentQualityRule } from "../../src/assessment/findingCodes";
import { isKinsafeError, isoDate, personId, type Finding, type IsoDate } from "../../src/core";
import { arbAssessmentMap, arbIsoDate } from "../arbitraries";
import { goodMap, goodMapInput, mapWith, people } from "./checkFixtures";
import { DEFAULT_JARGON_TERMS } from "../../src/language";

const plainOf = (term: string): string => DEFAULT_JARGON_TERMS.find((t) => t.term === term)?.plain ?? "";

const check = (map: AssessmentMap, options?: CheckAssessmentMapOptions): readonly Finding<AssessmentFindingCode>[] => checkAssessmentMap(map, options);

/** The findings of one rule. */
function ofRule(findings: readonly Finding<AssessmentFindingCode>[], rule: AssessmentQualityRule): Finding<AssessmentFindingCode>[] {
  return findings.filter((f) => f.params?.["rule"] === rule);
}

/** The findings of one rule for a copy of the fixture changed by `edit`. */
function fired(rule: AssessmentQualityRule, edit: Parameters<typeof mapWith>[0], options?: CheckAssessmentMapOptions): Finding<AssessmentFindingCode>[] {
  return ofRule(check(mapWith(edit), options), rule);
}

/** Checks that a finding's params are exactly `rule` plus the params the code declares. */
function expectDeclaredParams(f: Finding<AssessmentFindingCode>): void {
  const info = ASSESSMENT_FINDINGS[f.code];
  expect(Object.keys(f.params ?? {}).sort()).toEqual(["rule", ...info.params].sort());
  expect(f.params?.["rule"]).toBe(info.rule);
}

describe("checkAssessmentMap", () => {
  it("shows the documented example", () => {
    // #region docs-example
    checkAssessmentMap(goodMap); // [] — the fixture meets every rule

    const map = mapWith((draft) => {
      draft.dangers[0]!.worriedParties = []; // nobody says who is worried
    });
    const findings = checkAssessmentMap(map, { asOf: isoDate("2025-03-14") });
    // [{ code: "assessment/danger-without-worried-party", severity: "error",
    //    path: ["dangers", 0, "worriedParties"], params: { rule: "Q4" } }]
    // #endregion docs-example
    expect(checkAssessmentMap(goodMap)).toEqual([]);
    expect(findings).toEqual([{ code: "assessment/danger-without-worried-party", severity: "error", path: ["dangers", 0, "worriedParties"], params: { rule: "Q4" } }]);
  });

  it("finds nothing wrong with a complete map in good practice language", () => {
    expect(check(goodMap)).toEqual([]);
    expect(check(goodMap, { asOf: isoDate("2025-03-14") })).toEqual([]);
  });

  it("does not change the map", () => {
    const map = mapWith((m) => {
      m.goals = [];
      m.scales = [];
      m.nextSteps = [];
    });
    const before = JSON.stringify(map);
    check(map, { asOf: isoDate("2026-01-01") });
    expect(JSON.stringify(map)).toBe(before);
  });

  it("refuses a malformed asOf, a programmer error", () => {
    let caught: unknown;
    try {
      check(goodMap, { asOf: "14/03/2025" as IsoDate });
    } catch (error) {
      caught = error;
    }
    expect(isKinsafeError(caught) && caught.code === "invalid-argument").toBe(true);
  });

  it("skips the rules listed in skipRules", () => {
    const map = mapWith((m) => {
      m.dangers[0]!.worriedParties = [];
      delete m.goals[2]!.sustainFor;
    });
    expect(check(map).map((f) => f.code)).toEqual(["assessment/danger-without-worried-party", "assessment/goal-without-duration"]);
    expect(check(map, { skipRules: ["Q4"] }).map((f) => f.code)).toEqual(["assessment/goal-without-duration"]);
  });

  it("uses the severities of the local policy when given", () => {
    const map = mapWith((m) => {
      m.childVoiceIds = [];
    });
    const findings = check(map, { severities: { "assessment/child-voice-missing": "error" }, childVoiceNotRequiredFor: [personId(people.amy)] });
    expect(findings).toEqual([{ code: "assessment/child-voice-missing", severity: "error", path: ["childIds", 1], params: { rule: "Q14", childId: people.jack } }]);
  });

  it("returns findings in rule order, each with its rule and declared params", () => {
    const map = mapWith((m) => {
      m.dangers[0]!.text = "Children's Services are worried about neglect.";
      m.dangers[0]!.worriedParties = [];
      delete m.goals[1]!.sustainFor;
      m.childVoiceIds = [];
      m.scales[0]!.judgements = [];
    });
    const findings = check(map);
    const rules = findings.map((f) => Number(String(f.params?.["rule"]).slice(1)));
    expect(rules).toEqual([...rules].sort((a, b) => a - b));
    findings.forEach(expectDeclaredParams);
    expect(findings.map((f) => f.severity)).toEqual(findings.map((f) => ASSESSMENT_FINDINGS[f.code].severity));
  });

  describe("Q1 plain language", () => {
    it("flags professional labels in statements and goals, whole words in any case", () => {
      const findings = fired("Q1", (m) => {
        m.dangers[0]!.text = "Children's Services are worried about Domestic Violence and Dad's mental health if nothing changes.";
        m.goals[0]!.protectiveBehaviours[1] = "Mum keeps Amy away from risk";
      });
      expect(findings).toEqual([
        { code: "assessment/jargon", severity: "warning", path: ["dangers", 0, "text"], params: { rule: "Q1", term: "domestic violence", field: "text", found: "Domestic Violence", plain: DEFAULT_JARGON_TERMS[0]!.plain } },
        { code: "assessment/jargon", severity: "warning", path: ["dangers", 0, "text"], params: { rule: "Q1", term: "mental health", field: "text", found: "mental health", plain: plainOf("mental health") } },
        { code: "assessment/jargon", severity: "warning", path: ["goals", 0, "protectiveBehaviours", 1], params: { rule: "Q1", term: "risk", field: "protectiveBehaviours", found: "risk", plain: plainOf("risk") } },
      ]);
    });

    it("reads harm impact too, and uses the local list when given", () => {
      const edit = (m: Parameters<Parameters<typeof mapWith>[0]>[0]): void => {
        m.harm[1]!.impact = "Jack was frightened; the home is chaotic.";
      };
      expect(fired("Q1", edit)).toEqual([
        { code: "assessment/jargon", severity: "warning", path: ["harm", 1, "impact"], params: { rule: "Q1", term: "chaotic", field: "impact", found: "chaotic", plain: plainOf("chaotic") } },
      ]);
      expect(fired("Q1", edit, { jargon: ["toxic trio"] })).toEqual([]);
    });

    it("does not fire on parts of words or on plain descriptions", () => {
      expect(
        fired("Q1", (m) => {
          m.goals[1]!.protectiveBehaviours[1] = "Dad goes for a brisk walk when he feels angry, which is less risky than staying";
          m.goals[1]!.text = "We want a calm home; Mum wants to keep it that way.";
        }),
      ).toEqual([]);
    });
  });

  describe("Q2 behaviourally specific", () => {
    it("flags statements that name no person or behaviour", () => {
      const findings = fired("Q2", (m) => {
        m.harm[0]!.actorIds = [];
        delete m.harm[0]!.behaviour;
        m.dangers[1]!.actorIds = [];
      });
      expect(findings).toEqual([
        { code: "assessment/statement-without-actor", severity: "warning", path: ["harm", 0, "actorIds"], params: { rule: "Q2" } },
        { code: "assessment/statement-without-behaviour", severity: "warning", path: ["harm", 0, "behaviour"], params: { rule: "Q2" } },
        { code: "assessment/statement-without-actor", severity: "warning", path: ["dangers", 1, "actorIds"], params: { rule: "Q2" } },
      ]);
    });

    it("flags goals that say neither who nor what", () => {
      const findings = fired("Q2", (m) => {
        m.goals[0]!.who = [];
        m.goals[0]!.protectiveBehaviours = [];
      });
      expect(findings).toEqual([
        { code: "assessment/goal-without-who", severity: "warning", path: ["goals", 0, "who"], params: { rule: "Q2" } },
        { code: "assessment/goal-without-protective-behaviour", severity: "warning", path: ["goals", 0, "protectiveBehaviours"], params: { rule: "Q2" } },
      ]);
    });

    it("does not fire when the person and the behaviour are recorded", () => {
      expect(fired("Q2", (m) => (m.dangers[1]!.behaviour = "Shouts"))).toEqual([]);
    });
  });

  describe("Q3 child impact", () => {
    it("flags a harm statement with no child or impact (errors)", () => {
      const findings = fired("Q3", (m) => {
        m.harm[1]!.childIds = [];
        delete m.harm[1]!.impact;
      });
      expect(findings).toEqual([
        { code: "assessment/statement-without-child", severity: "error", path: ["harm", 1, "childIds"], params: { rule: "Q3" } },
        { code: "assessment/harm-without-impact", severity: "error", path: ["harm", 1, "impact"], params: { rule: "Q3" } },
      ]);
    });

    it("flags a danger statement with no child or impact if nothing changes (errors)", () => {
      const findings = fired("Q3", (m) => {
        m.dangers[0]!.childIds = [];
        delete m.dangers[0]!.impactIfNothingChanges;
      });
      expect(findings).toEqual([
        { code: "assessment/statement-without-child", severity: "error", path: ["dangers", 0, "childIds"], params: { rule: "Q3" } },
        { code: "assessment/danger-without-impact", severity: "error", path: ["dangers", 0, "impactIfNothingChanges"], params: { rule: "Q3" } },
      ]);
    });

    it("does not fire when every statement names its child and the impact", () => {
      expect(ofRule(check(goodMap), "Q3")).toEqual([]);
      expect(fired("Q3", (m) => (m.dangers[1]!.childIds = [people.jack, people.amy]))).toEqual([]);
    });
  });

  describe("Q4 who is worried", () => {
    it("flags a danger statement that does not say who is worried (error)", () => {
      expect(fired("Q4", (m) => (m.dangers[1]!.worriedParties = []))).toEqual([
        { code: "assessment/danger-without-worried-party", severity: "error", path: ["dangers", 1, "worriedParties"], params: { rule: "Q4" } },
      ]);
    });

    it("does not fire when one party is worried, even a parent", () => {
      expect(fired("Q4", (m) => (m.dangers[1]!.worriedParties = ["Mum"]))).toEqual([]);
    });
  });

  describe("Q5 danger looks ahead, harm looks back", () => {
    it("flags a danger statement that does not look ahead", () => {
      const findings = fired("Q5", (m) => {
        m.dangers[0]!.text = "Dad hits Mum when he has been drinking.";
        m.dangers[0]!.impactIfNothingChanges = "Amy gets hurt.";
      });
      expect(findings).toEqual([{ code: "assessment/danger-not-future", severity: "warning", path: ["dangers", 0, "text"], params: { rule: "Q5" } }]);
    });

    it("flags harm dated after the map (error)", () => {
      const findings = fired("Q5", (m) => (m.harm[0]!.when = { on: "2025-03-20" }));
      expect(findings).toEqual([
        { code: "assessment/harm-dated-after-map", severity: "error", path: ["harm", 0, "when", "on"], params: { rule: "Q5", date: "2025-03-20", mapDate: "2025-03-14" } },
      ]);
    });

    it("flags a harm statement written only in future terms", () => {
      const findings = fired("Q5", (m) => (m.harm[1]!.text = "Jack will hear Dad shout at Mum and could be afraid at night."));
      expect(findings).toEqual([{ code: "assessment/harm-not-past", severity: "warning", path: ["harm", 1, "text"], params: { rule: "Q5", term: "will" } }]);
    });

    it("does not fire on past harm that mentions what could have happened, or dangers that only say might", () => {
      expect(
        fired("Q5", (m) => {
          m.harm[1]!.text = "Jack was frightened when Dad shouted and could not sleep.";
          m.harm[0]!.when = { on: "2025-03-14" };
          m.dangers[0]!.text = "Gran is worried that Dad might hit Mum.";
          delete m.dangers[0]!.impactIfNothingChanges;
        }),
      ).toEqual([]);
    });
  });

  describe("Q6 pairing", () => {
    it("flags a danger statement without a goal or a scale (errors)", () => {
      const findings = fired("Q6", (m) => {
        m.goals = m.goals.filter((g) => g.dangerId !== "d-2");
        m.nextSteps = m.nextSteps.filter((n) => !n.goalIds.includes("g-3"));
        m.scales = m.scales.filter((s) => s.id !== "sc-d2");
      });
      expect(findings).toEqual([
        { code: "assessment/danger-without-goal", severity: "error", path: ["dangers", 1], params: { rule: "Q6", dangerId: "d-2" } },
        { code: "assessment/danger-without-scale", severity: "error", path: ["dangers", 1], params: { rule: "Q6", dangerId: "d-2" } },
      ]);
    });

    it("flags two goals of the same owner, and two scales, for one danger statement (errors)", () => {
      const findings = fired("Q6", (m) => {
        m.goals.push({ ...structuredClone(m.goals[0]!), id: "g-4" });
        m.scales.push({ ...structuredClone(m.scales[1]!), id: "sc-d1-again", judgements: [] });
      });
      expect(findings).toEqual([
        { code: "assessment/danger-with-several-goals", severity: "error", path: ["dangers", 0], params: { rule: "Q6", dangerId: "d-1", owner: "agency", count: 2 } },
        { code: "assessment/danger-with-several-scales", severity: "error", path: ["dangers", 0], params: { rule: "Q6", dangerId: "d-1", count: 2 } },
      ]);
    });

    it("flags a goal that answers no danger statement (error)", () => {
      expect(fired("Q6", (m) => delete m.goals[1]!.dangerId)).toEqual([
        { code: "assessment/orphan-goal", severity: "error", path: ["goals", 1, "dangerId"], params: { rule: "Q6", goalId: "g-2" } },
      ]);
    });

    it("accepts an agency goal and a family goal for the same danger statement as one pair", () => {
      const owners = goodMap.goals.filter((g) => g.dangerId === "d-1").map((g) => g.owner);
      expect(owners).toEqual(["agency", "family"]);
      expect(ofRule(check(goodMap), "Q6")).toEqual([]);
    });
  });

  describe("Q7 count", () => {
    const withDangers = (n: number): AssessmentMap =>
      mapWith((m) => {
        for (let i = 3; i < 3 + n; i += 1) m.dangers.push({ ...structuredClone(m.dangers[0]!), id: `d-${String(i)}` });
      });

    it(`warns when there are more than ${String(DEFAULT_MAX_DANGER_STATEMENTS)} danger statements`, () => {
      expect(ofRule(check(withDangers(2)), "Q7")).toEqual([
        { code: "assessment/too-many-dangers", severity: "warning", path: ["dangers"], params: { rule: "Q7", count: 4, max: 3 } },
      ]);
    });

    it("does not warn at the limit, and takes the limit from the options", () => {
      expect(ofRule(check(withDangers(1)), "Q7")).toEqual([]);
      expect(ofRule(check(goodMap, { maxDangerStatements: 1 }), "Q7")).toEqual([
        { code: "assessment/too-many-dangers", severity: "warning", path: ["dangers"], params: { rule: "Q7", count: 2, max: 1 } },
      ]);
    });
  });

  describe("Q8 positive framing", () => {
    it("flags a goal whose every protective behaviour is an absence", () => {
      const findings = fired("Q8", (m) => (m.goals[1]!.protectiveBehaviours = ["Mum and Dad will not argue in front of Amy", "Dad won\u2019t drink at home"]));
      expect(findings).toEqual([
        { code: "assessment/goal-framed-as-absence", severity: "warning", path: ["goals", 1, "protectiveBehaviours"], params: { rule: "Q8", term: "will not", field: "protectiveBehaviours" } },
      ]);
    });

    it("reads the goal text when no protective behaviour is listed", () => {
      const findings = fired("Q8", (m) => {
        m.goals[1]!.protectiveBehaviours = [];
        m.goals[1]!.text = "Dad will stop drinking and Mum and Dad will never argue.";
      });
      expect(findings).toEqual([
        { code: "assessment/goal-framed-as-absence", severity: "warning", path: ["goals", 1, "text"], params: { rule: "Q8", term: "never", field: "text" } },
      ]);
    });

    it("does not fire when some protective behaviour is present", () => {
      expect(
        fired("Q8", (m) => {
          m.goals[1]!.protectiveBehaviours = ["Dad will not drink at home", "Dad goes for a walk when he feels angry"];
          m.goals[2]!.protectiveBehaviours = ["Mum rings Gran if she is not sure what to do"];
        }),
      ).toEqual([]);
    });
  });

  describe("Q9 duration", () => {
    it("flags a goal that does not say how long", () => {
      expect(fired("Q9", (m) => delete m.goals[2]!.sustainFor)).toEqual([
        { code: "assessment/goal-without-duration", severity: "warning", path: ["goals", 2, "sustainFor"], params: { rule: "Q9" } },
      ]);
    });

    it("does not fire when every goal has a duration", () => {
      expect(ofRule(check(goodMap), "Q9")).toEqual([]);
    });
  });

  describe("Q10 separation", () => {
    it("flags harm events among the complicating factors", () => {
      const findings = fired("Q10", (m) => (m.complicatingFactors[1]!.text = "Dad punched Mum last month and she was injured."));
      expect(findings).toEqual([
        { code: "assessment/harm-event-in-complicating-factor", severity: "warning", path: ["complicatingFactors", 1, "text"], params: { rule: "Q10", term: "punched" } },
        { code: "assessment/harm-event-in-complicating-factor", severity: "warning", path: ["complicatingFactors", 1, "text"], params: { rule: "Q10", term: "injured" } },
      ]);
    });

    it("flags a harm statement that only describes risk, with no occurrence", () => {
      const findings = fired("Q10", (m) => {
        delete m.harm[1]!.when;
        m.harm[1]!.impact = "Jack could be frightened by the shouting.";
      });
      expect(findings).toEqual([{ code: "assessment/harm-only-risk", severity: "warning", path: ["harm", 1, "impact"], params: { rule: "Q10", term: "could" } }]);
      const emptyOccurrence = fired("Q10", (m) => {
        m.harm[1]!.when = {};
        m.harm[1]!.impact = "Jack might be scared.";
      });
      expect(emptyOccurrence.map((f) => f.params)).toEqual([{ rule: "Q10", term: "might" }]);
    });

    it("does not fire on harm that happened, or on complicating factors that are not harm", () => {
      expect(
        fired("Q10", (m) => {
          m.harm[0]!.impact = "Amy was not hurt this time but could have been badly hurt.";
          m.complicatingFactors.push({ id: "c-3", text: "Mum has no family nearby apart from Gran.", personIds: [] });
        }),
      ).toEqual([]);
    });
  });

  describe("Q11 existing safety", () => {
    it("flags safety that relates to no danger or has no start date", () => {
      const findings = fired("Q11", (m) => {
        m.existingSafety[0]!.dangerIds = [];
        delete m.existingSafety[0]!.demonstratedSince;
      });
      expect(findings).toEqual([
        { code: "assessment/safety-without-danger", severity: "warning", path: ["existingSafety", 0, "dangerIds"], params: { rule: "Q11" } },
        { code: "assessment/safety-without-start-date", severity: "warning", path: ["existingSafety", 0, "demonstratedSince"], params: { rule: "Q11" } },
      ]);
    });

    it(`flags safety seen for fewer than ${String(DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS)} days before the map`, () => {
      expect(fired("Q11", (m) => (m.existingSafety[0]!.demonstratedSince = "2025-03-01"))).toEqual([
        { code: "assessment/safety-too-recent", severity: "warning", path: ["existingSafety", 0, "demonstratedSince"], params: { rule: "Q11", since: "2025-03-01", days: 13, minimumDays: 28 } },
      ]);
      expect(ofRule(check(goodMap, { minimumSafetyDemonstratedDays: 90 }), "Q11")).toEqual([
        { code: "assessment/safety-too-recent", severity: "warning", path: ["existingSafety", 0, "demonstratedSince"], params: { rule: "Q11", since: "2025-01-03", days: 70, minimumDays: 90 } },
      ]);
    });

    it("does not fire on safety seen for exactly the minimum", () => {
      expect(fired("Q11", (m) => (m.existingSafety[0]!.demonstratedSince = "2025-02-14"))).toEqual([]);
    });
  });

  describe("Q12 dispute recorded", () => {
    it("flags a disputed statement that does not record each view", () => {
      const findings = fired("Q12", (m) => {
        m.harm[0]!.status = "disputed";
        m.harm[0]!.positions = [{ heldBy: "Police", view: "Officers saw the injury and Mum said Dad had hit her." }];
        m.dangers[0]!.disputedBy = ["Dad"];
      });
      expect(findings).toEqual([
        { code: "assessment/dispute-not-recorded", severity: "warning", path: ["harm", 0, "positions"], params: { rule: "Q12", count: 1 } },
        { code: "assessment/dispute-not-recorded", severity: "warning", path: ["dangers", 0, "positions"], params: { rule: "Q12", count: 0 } },
      ]);
    });

    it("does not fire when both sides' views are recorded", () => {
      expect(
        fired("Q12", (m) => {
          m.dangers[0]!.disputedBy = ["Dad"];
          m.dangers[0]!.positions = [
            { heldBy: "Children's Services", view: "We are worried Dad will hit Mum again when he drinks." },
            { heldBy: "Dad", personId: people.dad, view: "It happened once and I have stopped drinking at home." },
          ];
        }),
      ).toEqual([]);
    });
  });

  describe("Q13 scales", () => {
    it("flags a map with no scale at all (error)", () => {
      expect(fired("Q13", (m) => (m.scales = []))).toEqual([{ code: "assessment/map-without-scale", severity: "error", path: ["scales"], params: { rule: "Q13" } }]);
    });

    it("flags missing or blank anchors (errors)", () => {
      const findings = fired("Q13", (m) => {
        delete m.scales[0]!.anchors;
        m.scales[1]!.anchors = { zero: "  ", ten: "" };
      });
      expect(findings).toEqual([
        { code: "assessment/scale-without-anchors", severity: "error", path: ["scales", 0, "anchors"], params: { rule: "Q13" } },
        { code: "assessment/scale-anchor-blank", severity: "error", path: ["scales", 1, "anchors", "zero"], params: { rule: "Q13", anchor: 0 } },
        { code: "assessment/scale-anchor-blank", severity: "error", path: ["scales", 1, "anchors", "ten"], params: { rule: "Q13", anchor: 10 } },
      ]);
    });

    it("flags scores without a role or reason, and required roles that have not scored", () => {
      const findings = fired("Q13", (m) => {
        delete m.scales[0]!.judgements[1]!.raterRole;
        delete m.scales[0]!.judgements[0]!.reason;
        m.scales[2]!.judgements = [];
      });
      expect(findings).toEqual([
        { code: "assessment/scale-missing-rater-role", severity: "warning", path: ["scales", 0, "judgements"], params: { rule: "Q13", role: "parent" } },
        { code: "assessment/judgement-without-reason", severity: "info", path: ["scales", 0, "judgements", 0, "reason"], params: { rule: "Q13" } },
        { code: "assessment/judgement-without-role", severity: "warning", path: ["scales", 0, "judgements", 1, "raterRole"], params: { rule: "Q13" } },
        { code: "assessment/scale-without-judgements", severity: "warning", path: ["scales", 2, "judgements"], params: { rule: "Q13" } },
      ]);
    });

    it("takes the required roles from the options", () => {
      expect(ofRule(check(goodMap, { requiredRaterRoles: ["worker", "parent", "child"] }), "Q13").map((f) => [f.path[1], f.params?.["role"]])).toEqual([
        [0, "child"],
        [1, "child"],
        [2, "child"],
      ]);
      const workerOnly = mapWith((m) => {
        for (const s of m.scales) s.judgements = s.judgements.filter((j) => j.raterRole === "worker");
      });
      expect(ofRule(check(workerOnly, { requiredRaterRoles: ["worker"] }), "Q13")).toEqual([]);
    });

    it("does not fire when every scale has anchors and reasoned scores from the worker and a parent", () => {
      expect(ofRule(check(goodMap), "Q13")).toEqual([]);
    });
  });

  describe("Q14 child's voice", () => {
    it("flags every child when the map links to no child-voice record", () => {
      expect(fired("Q14", (m) => (m.childVoiceIds = []))).toEqual([
        { code: "assessment/child-voice-missing", severity: "warning", path: ["childIds", 0], params: { rule: "Q14", childId: people.amy } },
        { code: "assessment/child-voice-missing", severity: "warning", path: ["childIds", 1], params: { rule: "Q14", childId: people.jack } },
      ]);
    });

    it("with the records, counts a link only for its own child and flags links to unknown records", () => {
      const records = [{ id: "cv-jack-houses", childId: people.jack }];
      expect(ofRule(check(goodMap, { childVoiceRecords: records }), "Q14")).toEqual([
        { code: "assessment/child-voice-missing", severity: "warning", path: ["childIds", 0], params: { rule: "Q14", childId: people.amy } },
      ]);
      expect(ofRule(check(goodMap, { childVoiceRecords: [] }), "Q14")).toEqual([
        { code: "assessment/child-voice-unknown-record", severity: "warning", path: ["childVoiceIds", 0], params: { rule: "Q14", recordId: "cv-jack-houses" } },
        { code: "assessment/child-voice-missing", severity: "warning", path: ["childIds", 0], params: { rule: "Q14", childId: people.amy } },
        { code: "assessment/child-voice-missing", severity: "warning", path: ["childIds", 1], params: { rule: "Q14", childId: people.jack } },
      ]);
    });

    it("accepts the child-voice records themselves", () => {
      expectTypeOf<ChildVoiceRecord>().toExtend<ChildVoiceRecordRef>();
    });

    it("does not fire when each child is heard or is too young to be asked", () => {
      expect(ofRule(check(goodMap), "Q14")).toEqual([]);
      const records = [{ id: "cv-jack-houses", childId: people.jack }];
      expect(ofRule(check(goodMap, { childVoiceRecords: records, childVoiceNotRequiredFor: [personId(people.amy)] }), "Q14")).toEqual([]);
    });
  });

  describe("Q15 next steps", () => {
    it("flags an open next step without an owner or a due date", () => {
      const findings = fired("Q15", (m) => {
        delete m.nextSteps[1]!.ownerName;
        delete m.nextSteps[2]!.due;
      });
      expect(findings).toEqual([
        { code: "assessment/next-step-without-owner", severity: "warning", path: ["nextSteps", 1, "ownerId"], params: { rule: "Q15" } },
        { code: "assessment/next-step-without-due-date", severity: "warning", path: ["nextSteps", 2, "due"], params: { rule: "Q15" } },
      ]);
    });

    it("flags an open next step past its due date when asOf is given", () => {
      expect(ofRule(check(goodMap, { asOf: isoDate("2025-03-25") }), "Q15")).toEqual([
        { code: "assessment/next-step-overdue", severity: "warning", path: ["nextSteps", 0, "due"], params: { rule: "Q15", due: "2025-03-21", asOf: "2025-03-25", days: 4 } },
      ]);
    });

    it("does not fire on steps due today, done or cancelled, or without asOf", () => {
      expect(ofRule(check(goodMap, { asOf: isoDate("2025-03-21") }), "Q15")).toEqual([]);
      const closed = mapWith((m) => {
        m.nextSteps[0]!.status = "done";
        m.nextSteps[1]!.status = "cancelled";
        delete m.nextSteps[1]!.ownerName;
        m.nextSteps[2]!.status = "done";
        delete m.nextSteps[2]!.due;
      });
      expect(ofRule(check(closed, { asOf: isoDate("2025-06-01") }), "Q15")).toEqual([]);
      expect(ofRule(check(closed), "Q15")).toEqual([]);
    });
  });

  describe("properties", () => {
    it("never throws on a valid map, and every finding is a declared code with its declared params", () => {
      fc.assert(
        fc.property(arbAssessmentMap(), fc.option(arbIsoDate(), { nil: undefined }), (map, asOf) => {
          const findings = checkAssessmentMap(map, asOf === undefined ? {} : { asOf });
          for (const f of findings) {
            expect(ASSESSMENT_FINDING_CODES).toContain(f.code);
            expect(f.severity).toBe(ASSESSMENT_FINDINGS[f.code].severity);
            expectDeclaredParams(f);
          }
        }),
        { numRuns: 200 },
      );
    });

    it("never throws whatever words the local lists hold", () => {
      const words = fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 });
      fc.assert(
        fc.property(arbAssessmentMap(), words, words, words, (map, jargon, futureMarkers, absenceMarkers) => {
          expect(() => checkAssessmentMap(map, { jargon, futureMarkers, absenceMarkers, harmEventTerms: jargon, riskMarkers: futureMarkers, pastMarkers: absenceMarkers })).not.toThrow();
        }),
        { numRuns: 100 },
      );
    });

    it("finds the same on the fixture copied through JSON", () => {
      expect(check(mapWith(() => undefined))).toEqual(check(JSON.parse(JSON.stringify(goodMapInput)) as AssessmentMap));
    });
  });
});
