import { describe, expect, it } from "vitest";
import { checkAssessmentMap, FATHER_RELATIONS, PROFESSIONAL_PARTICIPANT_ROLES, type AssessmentMap } from "../../src/assessment";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import type { Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { goodMap, mapWith, people } from "./checkFixtures";

// Rule Q16, participation: who was at the mapping, and each parent's and carer's view.

const q16 = (map: AssessmentMap): Finding<AssessmentFindingCode>[] => checkAssessmentMap(map).filter((f) => f.params?.["rule"] === "Q16");
const summary = (findings: readonly Finding<AssessmentFindingCode>[]): [string, string][] => findings.map((f) => [f.code, f.path.join(".")]);

describe("Q16 participation", () => {
  it("finds nothing on the good map: the family took part and every view is recorded", () => {
    expect(q16(goodMap)).toEqual([]);
  });

  it("flags a map made by the social worker and team manager alone", () => {
    const map = mapWith((m) => {
      m.participants = [
        { personId: people.worker, role: "worker" },
        { personId: "p-tm", role: "manager" },
      ];
    });
    expect(summary(q16(map))).toContainEqual(["assessment/mapping-by-professionals-only", "participants"]);
  });

  it("does not flag professionals only when a parent, carer, child or network member took part", () => {
    for (const role of ["parent", "carer", "child", "network", "other"] as const) {
      const map = mapWith((m) => {
        m.participants = [
          { personId: people.worker, role: "worker" },
          { personId: people.gran, role },
        ];
      });
      expect(q16(map).map((f) => f.code)).not.toContain("assessment/mapping-by-professionals-only");
    }
    expect(PROFESSIONAL_PARTICIPANT_ROLES).toEqual(["worker", "manager", "chair", "professional"]);
  });

  it("asks who took part when nobody is recorded", () => {
    const map = mapWith((m) => {
      m.participants = [];
      m.parentsAndCarers = m.parentsAndCarers!.map((p) => ({ ...p, absenceReason: "Seen separately" }));
    });
    expect(summary(q16(map))).toEqual([["assessment/participants-not-recorded", "participants"]]);
  });

  it("flags a father who was not at the mapping, with no reason recorded", () => {
    const map = mapWith((m) => {
      m.participants = m.participants.filter((p) => p.personId !== people.dad);
    });
    const found = q16(map);
    expect(summary(found)).toEqual([["assessment/father-absent-without-reason", "parentsAndCarers.1.absenceReason"]]);
    expect(found[0]?.params).toEqual({ rule: "Q16", personId: people.dad, name: "Craig (Dad)" });
    expect(formatFinding(found[0]!)).toMatch(/^Craig \(Dad\) \(father\) did not take part/);
  });

  it("accepts an absent father when the reason is recorded", () => {
    const map = mapWith((m) => {
      m.participants = m.participants.filter((p) => p.personId !== people.dad);
      m.parentsAndCarers![1]!.absenceReason = "In custody; seen at the prison on 12 March";
    });
    expect(q16(map)).toEqual([]);
  });

  it("treats a step-father as a father, and other carers as parents", () => {
    expect(FATHER_RELATIONS).toEqual(["father", "step-father"]);
    const map = mapWith((m) => {
      m.parentsAndCarers = [
        { personId: "p-step", name: "Wayne", relation: "step-father", view: "I'll do what it takes." },
        { personId: people.gran, name: "Gran", relation: "kinship-carer", view: "They can stay with me." },
      ];
      m.participants = m.participants.filter((p) => p.personId !== people.gran);
    });
    expect(summary(q16(map))).toEqual([
      ["assessment/father-absent-without-reason", "parentsAndCarers.0.absenceReason"],
      ["assessment/parent-absent-without-reason", "parentsAndCarers.1.absenceReason"],
    ]);
  });

  it("flags a parent or carer whose view is not recorded, unless the reason is", () => {
    const missing = mapWith((m) => {
      delete m.parentsAndCarers![0]!.view;
      m.analysis!.family = m.analysis!.family.filter((p) => p.personId !== people.mum);
    });
    expect(summary(q16(missing))).toEqual([["assessment/parent-view-missing", "parentsAndCarers.0.view"]]);
    const explained = mapWith((m) => {
      delete m.parentsAndCarers![0]!.view;
      m.parentsAndCarers![0]!.viewNotRecordedReason = "Declined to meet; letter sent on 10 March";
      m.analysis!.family = m.analysis!.family.filter((p) => p.personId !== people.mum);
    });
    expect(q16(explained)).toEqual([]);
  });

  it("counts a parent's position on a statement as their recorded view", () => {
    const map = mapWith((m) => {
      delete m.parentsAndCarers![0]!.view;
      m.analysis!.family = [];
      m.analysis!.familyViewNotRecordedReason = "Not yet shared";
      m.dangers[0]!.positions = [{ heldBy: "Mum", personId: people.mum, view: "I'm not worried about that." }];
    });
    expect(q16(map)).toEqual([]);
  });

  it("flags the person whose behaviour is the worry when their view is missing", () => {
    const map = mapWith((m) => {
      delete m.parentsAndCarers![1]!.view;
      m.analysis!.family = m.analysis!.family.filter((p) => p.personId !== people.dad);
    });
    const found = q16(map);
    expect(summary(found)).toEqual([["assessment/actor-view-missing", "parentsAndCarers.1.view"]]);
    expect(found[0]?.params).toEqual({ rule: "Q16", personId: people.dad, name: "Craig (Dad)" });
  });

  it("flags an actor who is not among the parents and carers at all, pointing at the statement", () => {
    const map = mapWith((m) => {
      m.harm[1]!.actorIds = ["p-partner"];
    });
    expect(summary(q16(map))).toEqual([["assessment/actor-view-missing", "harm.1.actorIds.0"]]);
  });

  it("reads the actor's view from the positions of a statement, or the family's view of the analysis", () => {
    const map = mapWith((m) => {
      m.harm[1]!.actorIds = ["p-partner"];
      m.harm[1]!.positions = [{ heldBy: "Lee (Mum's partner)", personId: "p-partner", view: "I never threw anything." }];
    });
    expect(q16(map)).toEqual([]);
  });

  it("prompts about fathers and other men when no father is among the parents and carers", () => {
    const map = mapWith((m) => {
      m.parentsAndCarers = m.parentsAndCarers!.filter((p) => p.relation !== "father");
    });
    const found = q16(map).filter((f) => f.code === "assessment/no-father-recorded");
    expect(found.map((f) => [f.severity, f.path.join(".")])).toEqual([["info", "parentsAndCarers"]]);
    expect(formatFinding(found[0]!)).toMatch(/other men/);
  });

  it("asks nothing about parents and carers on a map that does not list them", () => {
    const map = mapWith((m) => {
      delete m.parentsAndCarers;
    });
    expect(q16(map).map((f) => f.code)).toEqual([]);
  });
});
