import { describe, expect, it } from "vitest";
import {
  AssessmentMapSchema,
  checkAssessmentMap,
  safeParseAssessmentMap,
  type AssessmentMapInput,
  type CheckAssessmentMapOptions,
} from "../../src/assessment";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import type { Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { goodMapInput, mapWith, people } from "./checkFixtures";

// The parts of the map model added for practice fidelity: an actor who is not known, harm to a
// child the map is not about (a pre-birth map's earlier child), the parents and carers whose
// view the map holds, and the analysis.

const codes = (findings: readonly Finding<AssessmentFindingCode>[], ...wanted: AssessmentFindingCode[]): AssessmentFindingCode[] =>
  findings.map((f) => f.code).filter((c) => wanted.includes(c));

/** A disputed unexplained injury: Leo (4 months) has a fractured arm nobody can explain. */
function unexplainedInjury(): AssessmentMapInput {
  const draft = structuredClone(goodMapInput);
  // #region unknown-actor
  draft.harm[0] = {
    id: "h-1",
    text: "On 2 March 2025 Amy was found at hospital to have a fractured arm. Mum and Dad say they do not know how it happened, and the doctors say a fall from the sofa does not explain it.",
    actorIds: [],
    actorNotKnown: {
      inCareOfIds: [people.mum, people.dad],
      inCareOfNames: ["A neighbour who babysat on 1 March"],
      note: "Nobody has given an account of the injury that fits the medical evidence.",
    },
    behaviour: "Amy's arm was broken while she was in the care of Mum, Dad and a babysitter; no one has explained how",
    childIds: [people.amy],
    when: { on: "2025-03-02" },
    impact: "Amy had a fractured arm, was in pain and spent two nights in hospital.",
    status: "disputed",
    positions: [
      { heldBy: "Leanne (Mum)", personId: people.mum, view: "I don't know how it happened. She was fine when I put her down." },
      { heldBy: "The paediatrician", view: "The fracture is not consistent with a fall from a sofa." },
    ],
  };
  // #endregion unknown-actor
  return draft;
}

describe("an actor who is not known (unexplained injury)", () => {
  it("keeps who had care of the child", () => {
    const map = AssessmentMapSchema.parse(unexplainedInjury());
    expect(map.harm[0]?.actorNotKnown?.inCareOfIds).toEqual([people.mum, people.dad]);
  });

  it("accepts 'not known' with who had care: Q2 does not ask for a named person", () => {
    const findings = checkAssessmentMap(AssessmentMapSchema.parse(unexplainedInjury()));
    expect(codes(findings, "assessment/statement-without-actor", "assessment/unknown-actor-without-carer")).toEqual([]);
  });

  it("asks who had care when 'not known' is recorded without it", () => {
    const draft = unexplainedInjury();
    draft.harm[0]!.actorNotKnown = { inCareOfIds: [] };
    const findings = checkAssessmentMap(AssessmentMapSchema.parse(draft));
    const found = findings.filter((f) => f.code === "assessment/unknown-actor-without-carer");
    expect(found.map((f) => f.path)).toEqual([["harm", 0, "actorNotKnown", "inCareOfIds"]]);
    expect(found[0]?.params?.["rule"]).toBe("Q2");
  });

  it("works for danger statements too", () => {
    const map = mapWith((m) => {
      m.dangers[0]!.actorIds = [];
      m.dangers[0]!.actorNotKnown = { inCareOfIds: [people.mum, people.dad] };
    });
    expect(codes(checkAssessmentMap(map), "assessment/statement-without-actor")).toEqual([]);
  });

  it("never tells the worker to name a perpetrator", () => {
    const draft = unexplainedInjury();
    delete draft.harm[0]!.actorNotKnown;
    const [finding] = checkAssessmentMap(AssessmentMapSchema.parse(draft)).filter((f) => f.code === "assessment/statement-without-actor");
    expect(finding).toBeDefined();
    const text = formatFinding(finding!);
    expect(text).not.toMatch(/Name the person|for example Dad|Mum's partner/);
    expect(text).toMatch(/not known/);
    expect(text).toMatch(/who had care of the child/);
  });
});

/** A pre-birth map: the unborn baby, and harm that happened to Mum's earlier child. */
function preBirth(): AssessmentMapInput {
  const draft = structuredClone(goodMapInput);
  draft.childIds = ["p-unborn"];
  draft.dangers = draft.dangers.map((d) => ({ ...d, childIds: ["p-unborn"] }));
  // #region earlier-child
  draft.harm = [
    {
      id: "h-1",
      text: "In 2022 Kayden, Mum's first son, was left alone in the flat overnight when he was two, while Mum was out drinking. Neighbours heard him crying and called the police.",
      actorIds: [people.mum],
      behaviour: "Left Kayden, aged two, alone in the flat overnight",
      childIds: [],
      otherChildren: [{ personId: "p-kayden", name: "Kayden (Mum's first son, now living with his dad)", relation: "earlier-child" }],
      when: { on: "2022-06-11" },
      impact: "Kayden was found cold, hungry and frightened and was taken into police protection.",
      status: "substantiated",
      positions: [],
    },
  ];
  // #endregion earlier-child
  return draft;
}

describe("harm to an earlier child (pre-birth maps)", () => {
  it("parses: an earlier child need not be one of the map's children", () => {
    const result = safeParseAssessmentMap(preBirth());
    expect(result.ok).toBe(true);
  });

  it("counts the earlier child as the child the harm statement names (no Q3 finding)", () => {
    const findings = checkAssessmentMap(AssessmentMapSchema.parse(preBirth()));
    expect(codes(findings, "assessment/statement-without-child")).toEqual([]);
  });

  it("still asks for a child when the harm statement names none", () => {
    const draft = preBirth();
    draft.harm[0]!.otherChildren = [];
    const findings = checkAssessmentMap(AssessmentMapSchema.parse(draft));
    expect(codes(findings, "assessment/statement-without-child")).toEqual(["assessment/statement-without-child"]);
  });

  it("refuses one of the map's own children listed as another child", () => {
    const draft = preBirth();
    draft.harm[0]!.otherChildren = [{ personId: "p-unborn", name: "Baby", relation: "sibling" }];
    const result = safeParseAssessmentMap(draft);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.error.issues.map((i) => [i.path.join("."), i.rule]);
    expect(issues).toEqual([["harm.0.otherChildren.0.personId", "reference/other-child-is-map-child"]]);
  });

  it("takes a child known only by name", () => {
    const draft = preBirth();
    draft.harm[0]!.otherChildren = [{ name: "Mum's first baby, adopted in 2019", relation: "earlier-child" }];
    expect(safeParseAssessmentMap(draft).ok).toBe(true);
  });
});

describe("parents and carers, and the analysis", () => {
  it("parses the documented shapes", () => {
    const draft = structuredClone(goodMapInput);
    // #region parents-and-carers
    draft.parentsAndCarers = [
      { personId: people.mum, name: "Leanne (Mum)", relation: "mother", view: "I want Craig home, but not when he has been drinking." },
      { personId: people.dad, name: "Craig (Dad)", relation: "father", absenceReason: "On a night shift; seen at home on 12 March", view: "I know the drink is the problem." },
    ];
    // #endregion parents-and-carers
    // #region analysis
    draft.analysis = {
      worker: {
        text: "We are most worried that Dad will hit Mum again after drinking while she holds Amy. Gran's weekends keep the children safe at weekends, but nothing yet does on weeknights.",
        danger: "Dad hitting Mum after drinking while she holds Amy",
        dangerIds: ["d-1"],
        safety: "Gran has the children every Friday and Saturday night",
        decision: "A weeknight plan with Mum and Gran within a week",
      },
      family: [{ heldBy: "Leanne (Mum)", personId: people.mum, view: "That's fair. The weeknights are when I worry most." }],
    };
    // #endregion analysis
    const map = AssessmentMapSchema.parse(draft);
    expect(map.parentsAndCarers?.map((p) => p.relation)).toEqual(["mother", "father"]);
    expect(map.analysis?.worker?.dangerIds).toEqual(["d-1"]);
  });

  it("refuses an analysis that names a danger statement the map does not have", () => {
    const draft = structuredClone(goodMapInput);
    draft.analysis!.worker!.dangerIds = ["d-9"];
    const result = safeParseAssessmentMap(draft);
    const issues = result.ok ? [] : result.error.issues.map((i) => [i.path.join("."), i.rule]);
    expect(issues).toEqual([["analysis.worker.dangerIds.0", "reference/unknown-danger-statement"]]);
  });
});

describe("backward compatibility", () => {
  it("a map without any of the new fields still parses", () => {
    const draft = structuredClone(goodMapInput);
    delete draft.parentsAndCarers;
    delete draft.analysis;
    expect(safeParseAssessmentMap(draft).ok).toBe(true);
  });

  it("the new rules can be left out like any other", () => {
    const draft = structuredClone(goodMapInput);
    delete draft.parentsAndCarers;
    delete draft.analysis;
    const options: CheckAssessmentMapOptions = { skipRules: ["Q16", "Q17"] };
    const findings = checkAssessmentMap(AssessmentMapSchema.parse(draft), options);
    expect(findings.filter((f) => f.params?.["rule"] === "Q16" || f.params?.["rule"] === "Q17")).toEqual([]);
  });
});
