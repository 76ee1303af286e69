/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
import { describe, expect, it } from "vitest";
import { AuditToolSchema, DEFAULT_AUDIT_SUGGESTION_POLICY, MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL, suggestAuditAnswers, type AuditAnswerValue, type AuditSuggestion } from "../../src/audit";
import { asOf, caseWith, deepFreeze, goodCase, type Json } from "./fixtures";

const newStep = { id: "n-2", text: "Lee goes to the alcohol service", status: "planned", goalIds: ["g-drink"] };

const valueOf = (id: string, change: (i: Json) => void): AuditAnswerValue | undefined => {
  const tool = id.startsWith("map-") ? MAPPING_AUDIT_TOOL : SAFETY_PLANNING_AUDIT_TOOL;
  return suggestAuditAnswers(tool, caseWith(change), { asOf }).suggestions.find((s) => s.criterionId === id)?.value;
};

// For each built-in criterion: a change to the good case file that breaks it, and the answer
// suggested then (the good case file gets 10 or yes on every criterion).
const broken: readonly { id: string; how: string; change: (i: Json) => void; expected: AuditAnswerValue }[] = [
  { id: "map-1", how: "only the worker is recorded as taking part", change: (i) => { i.maps[0].participants = [{ personId: "sw-sarah", role: "worker" }]; }, expected: "partly" },
  { id: "map-1", how: "there is no map", change: (i) => { i.maps = []; i.plans = []; i.network.informing = []; i.monitoring = []; }, expected: "no" },
  { id: "map-2", how: "a harm statement without its impact on the child", change: (i) => { delete i.maps[0].harm[0].impact; }, expected: 8 },
  { id: "map-2", how: "no harm statement (harm not substantiated)", change: (i) => { i.maps[0].harm = []; }, expected: "not-applicable" },
  { id: "map-3", how: "a danger statement that does not say who is worried", change: (i) => { i.maps[0].dangers[1].worriedParties = []; }, expected: 8 },
  { id: "map-4", how: "an injury recorded as a complicating factor", change: (i) => { i.maps[0].complicatingFactors.push({ id: "c-2", text: "Lee punched Kerry and she was bruised", personIds: ["lee"] }); }, expected: "partly" },
  { id: "map-5", how: "existing safety seen for ten days only", change: (i) => { i.maps[0].existingSafety[0].demonstratedSince = "2025-03-10"; }, expected: 9 },
  { id: "map-6", how: "a safety goal without a duration", change: (i) => { delete i.maps[0].goals[0].sustainFor; }, expected: 9 },
  { id: "map-7", how: "a scale without anchors", change: (i) => { delete i.maps[0].scales[1].anchors; }, expected: 8 },
  { id: "map-8", how: "the map does not draw on Ben's voice", change: (i) => { i.maps[0].childVoiceIds = ["wp-why", "th-amy"]; }, expected: 9 },
  { id: "map-9", how: "a next step without an owner or a date", change: (i) => { i.maps[0].nextSteps.push(newStep); }, expected: 8 },
  { id: "map-10", how: "a grey area without what needs to be found out", change: (i) => { i.maps[0].greyAreas = [{ id: "ga-1", text: "Who Lee lives with now" }]; }, expected: "partly" },
  { id: "plan-1", how: "a bottom line without the day it was set", change: (i) => { delete i.bottomLines[0].setOn; }, expected: "partly" },
  { id: "plan-2", how: "a network found by professionals", change: (i) => { for (const m of i.network.members) m.foundBy = "professional"; }, expected: 7 },
  // Three members not told: 2 points each (an error, per occurrence), the network and bottom-line checks counted once.
  { id: "plan-3", how: "nobody in the network has been told", change: (i) => { i.network.informing = []; }, expected: 4 },
  { id: "plan-4", how: "no rule for the arguments", change: (i) => { i.plans[0].rules[1].dangerIds = ["d-drink"]; i.plans[0].rules[2].dangerIds = []; i.plans[0].rules[3].dangerIds = ["d-drink"]; }, expected: 6 },
  { id: "plan-5", how: "a rule without triggers", change: (i) => { i.plans[0].rules[2].triggers = []; }, expected: 9 },
  { id: "plan-6", how: "the children were not shown the plan story", change: (i) => { i.childVoice[1].sharedWith = []; }, expected: "no" },
  { id: "plan-7", how: "no monitoring recorded", change: (i) => { i.monitoring = []; }, expected: 0 },
  { id: "plan-8", how: "a review without scaling", change: (i) => { i.plans[0].reviews[0].judgements = []; }, expected: 8 },
  { id: "plan-9", how: "a safety goal without a duration", change: (i) => { delete i.maps[0].goals[1].sustainFor; }, expected: 9 },
  { id: "plan-10", how: "nobody will stay after closure", change: (i) => { for (const m of i.network.members) m.staysAfterClosure = "no"; }, expected: "partly" },
];

describe("suggestAuditAnswers", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const suggested = suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf });
    suggested.suggestions.map((s) => s.value); // ["yes", 10, 10, "yes", 10, 10, 10, 10, 10, "yes"]
    const vague = caseWith((json) => { json.maps[0].nextSteps.push({ id: "n-2", text: "Lee goes to the alcohol service", status: "planned", goalIds: ["g-drink"] }); });
    const steps = suggestAuditAnswers(MAPPING_AUDIT_TOOL, vague, { asOf }).suggestions[8];
    steps?.value; // 8: two warnings count against "next steps with owners and dates"
    steps?.findings.map((f) => f.finding.code); // ["assessment/next-step-without-owner", "assessment/next-step-without-due-date"]
    // #endregion docs-example
    expect(suggested.suggestions.map((s) => s.value)).toEqual(["yes", 10, 10, "yes", 10, 10, 10, 10, 10, "yes"]);
    expect(suggested).toMatchObject({ toolId: "mapping-audit", toolVersion: 1, caseFileId: "case-amy-ben", asOf });
    expect(steps).toMatchObject({ criterionId: "map-9", value: 8, basis: "shortfalls" });
    expect(steps?.findings.map((f) => [f.source, f.finding.code, f.finding.path[0]])).toEqual([
      ["assessment-map", "assessment/next-step-without-owner", "nextSteps"],
      ["assessment-map", "assessment/next-step-without-due-date", "nextSteps"],
    ]);
  });

  it("suggests 10 or yes for every built-in criterion on a case file that meets it", () => {
    for (const tool of [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL]) {
      const { suggestions } = suggestAuditAnswers(tool, goodCase, { asOf });
      expect(suggestions).toHaveLength(10);
      for (const s of suggestions) {
        expect(s.basis, s.criterionId).toBe("met");
        expect(s.findings).toEqual([]);
        expect(s.facts.every((f) => f.holds)).toBe(true);
      }
    }
  });

  it.each(broken.map((b) => [b.id, b.how, b] as const))("%s: suggests less on a case file where %s", (_id, _how, b) => {
    expect(valueOf(b.id, b.change)).toEqual(b.expected);
  });

  it("tests every built-in criterion with a case file that does not meet it", () => {
    const all = [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL].flatMap((t) => t.sections.flatMap((s) => s.criteria.map((c) => c.id)));
    expect(new Set(broken.map((b) => b.id))).toEqual(new Set(all));
  });

  it("reports the facts that do not hold and the findings as evidence", () => {
    const noMonitoring = caseWith((i) => { i.monitoring = []; });
    const s = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, noMonitoring, { asOf }).suggestions.find((x) => x.criterionId === "plan-7");
    expect(s?.basis).toBe("absent");
    expect(s?.facts).toEqual([{ fact: "safety-plan", holds: true }, { fact: "monitoring", holds: false }, { fact: "breaches-reconvened", holds: true }]);
    expect(s?.findings.map((f) => f.finding.code)).toContain("safety-plan/network-monitoring-overdue");
  });

  it("gives no suggestion for a criterion without an evidence hint", () => {
    const tool = { ...MAPPING_AUDIT_TOOL, sections: [{ ...MAPPING_AUDIT_TOOL.sections[0]!, criteria: [{ id: "x", text: "Recorded in plain words", guidance: "Read it", scale: { kind: "presence" } }] }] } as unknown as typeof MAPPING_AUDIT_TOOL;
    expect(suggestAuditAnswers(tool, goodCase, { asOf }).suggestions).toEqual([{ criterionId: "x", basis: "no-hint", facts: [], findings: [] }]);
  });

  it("reads the case as of the day given", () => {
    // On 21 March the map exists but no plan has been drafted yet.
    const early = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, goodCase, { asOf: "2025-03-21" as typeof asOf }).suggestions;
    expect(early.find((s) => s.criterionId === "plan-4")?.value).toBe(0);
    expect(early.find((s) => s.criterionId === "plan-4")?.basis).toBe("absent");
  });

  it("throws invalid-argument for a bad day and does not mutate its deep-frozen inputs", () => {
    expect(() => suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf: "1 June" as typeof asOf })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    const frozen = deepFreeze(structuredClone({ tool: MAPPING_AUDIT_TOOL, caseFile: goodCase }));
    expect(suggestAuditAnswers(frozen.tool, frozen.caseFile, { asOf }).suggestions).toHaveLength(10);
  });

  describe("weights per occurrence, with caps", () => {
    const jargon = (n: number) => (i: Json): void => {
      const words = ["safeguarding concerns", "chaotic lifestyle", "toxic trio", "disguised compliance", "risky behaviours"].slice(0, n);
      i.maps[0].dangers[1].text = `Children's Services are worried about ${words.join(" and ")} when Kerry and Lee argue, and that Amy and Ben will be frightened and could be hurt if things are thrown`;
    };
    const jargonOf = (change: (i: Json) => void): AuditSuggestion | undefined =>
      suggestAuditAnswers(MAPPING_AUDIT_TOOL, caseWith(change), { asOf }).suggestions.find((s) => s.criterionId === "map-3");

    it("counts every occurrence: three jargon words cost three points, not one", () => {
      // #region per-occurrence
      const one = jargonOf(jargon(1));
      const three = jargonOf(jargon(3));
      three?.deductions; // [{ problem: "jargon", severity: "warning", occurrences: 3, points: 3 }]
      // #endregion per-occurrence
      const jargonPoints = (x: AuditSuggestion | undefined): number | undefined => x?.deductions?.find((d) => d.problem === "jargon")?.points;
      expect(three?.deductions?.find((d) => d.problem === "jargon")).toEqual({ problem: "jargon", severity: "warning", occurrences: 3, points: 3 });
      expect(jargonPoints(one)).toBe(1);
      expect(Number(one?.value) - Number(three?.value)).toBe(2);
    });

    it("caps what one kind of problem can take off", () => {
      const many = jargonOf((i) => {
        i.maps[0].dangers[0].text = "Children's Services have safeguarding concerns that Lee's chaotic lifestyle and risky behaviours will expose Amy and Ben to significant harm";
        i.maps[0].dangers[1].text = "Children's Services are worried about the toxic trio and disguised compliance, that Kerry will not engage, and that Amy and Ben will be frightened and could be hurt if things are thrown when Kerry and Lee argue";
      })?.deductions?.find((d) => d.problem === "jargon");
      const { perOccurrence, capPerProblem } = DEFAULT_AUDIT_SUGGESTION_POLICY;
      expect((many?.occurrences ?? 0) * perOccurrence.warning).toBeGreaterThan(capPerProblem.warning);
      expect(many?.points).toBe(capPerProblem.warning);
    });

    it("counts once the same problem about the same person reported by two checks", () => {
      const told = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, caseWith((i) => { i.network.informing = i.network.informing.filter((r: Json) => r.personId !== "gran-pat"); }), { asOf }).suggestions.find((x) => x.criterionId === "plan-3");
      const sources = new Set(told?.findings.map((f) => f.source));
      expect(sources).toEqual(new Set(["network", "bottom-lines"]));
      expect(told?.deductions).toEqual([{ problem: "member-not-informed", severity: "error", occurrences: 1, points: 2 }]);
      expect(told?.value).toBe(8);
    });

    it("uses the authority's own weights, and refuses weights that are not numbers from 0 to 10", () => {
      const lenient = suggestAuditAnswers(MAPPING_AUDIT_TOOL, caseWith(jargon(3)), { asOf, policy: { perOccurrence: { error: 2, warning: 0.5, info: 0 } } }).suggestions.find((x) => x.criterionId === "map-3");
      expect(lenient?.deductions?.find((d) => d.problem === "jargon")?.points).toBe(1.5);
      expect(() => suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf, policy: { perShortfallFact: -1 } })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
      expect(() => suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf, policy: { capPerProblem: { error: 4, warning: Number.NaN, info: 1 } } })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    });
  });

  describe("the child's voice (map-8)", () => {
    const map8 = (change: (i: Json) => void, options: { episodeStart?: string } = {}): AuditSuggestion | undefined =>
      suggestAuditAnswers(MAPPING_AUDIT_TOOL, caseWith(change), { asOf, ...(options as { episodeStart?: typeof asOf }) }).suggestions.find((s) => s.criterionId === "map-8");
    const baby = { id: "mia", name: "Mia", kind: "child", birthDate: "2025-01-10", householdId: "hh-home", relationships: [] };
    const observation = {
      id: "obs-mia", tool: "observation", childId: "mia", date: "2025-05-20", facilitatorId: "sw-sarah",
      consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "kerry", on: "2025-05-20" } }, sharedWith: [],
      observations: [{ id: "o1", response: "Reached for Kerry and settled; went still when the door banged", context: "Bath time at home, Kerry and Gran there", observedBy: "sw-sarah" }],
    };
    const preBirth = {
      id: "pb-1", tool: "pre-birth", childId: "unborn-1", date: "2025-05-20", facilitatorId: "sw-sarah",
      consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "kerry", on: "2025-05-20" } }, sharedWith: [],
      items: [{ id: "h1", section: "hopes", text: "That the baby comes home with me", saidBy: "kerry" }],
    };

    it("does not say \"no record of any child's voice\" when some children have theirs", () => {
      // Ben's Three Houses is gone: Amy's is still there, so the criterion is short, not absent.
      const s = map8((i) => { i.childVoice = i.childVoice.filter((r: Json) => r.id !== "th-ben"); i.maps[0].childVoiceIds = ["th-amy"]; });
      expect(s?.basis).toBe("shortfalls");
      expect(s?.facts).toContainEqual({ fact: "child-voice-some", holds: true });
      expect(s?.facts).toContainEqual({ fact: "child-voice", holds: false });
      expect(Number(s?.value)).toBeGreaterThan(0);
    });

    it("does not count a Words and Pictures story written for the child as the child's voice", () => {
      const s = map8((i) => { i.childVoice = i.childVoice.filter((r: Json) => r.tool === "words-and-pictures"); i.maps[0].childVoiceIds = ["wp-why"]; });
      expect(s).toMatchObject({ value: 0, basis: "absent" });
    });

    it("counts a baby's observation record as the baby's voice", () => {
      const withBaby = (i: Json): void => { i.childIds.push("mia"); i.people.push(baby); i.maps[0].childIds.push("mia"); };
      const without = map8(withBaby);
      expect(without?.facts).toContainEqual({ fact: "child-voice", holds: false });
      const seen = map8((i) => { withBaby(i); i.childVoice.push(observation); i.maps[0].childVoiceIds.push("obs-mia"); });
      expect(seen).toMatchObject({ value: 10, basis: "met" });
    });

    it("expects no voice of an unborn child: a pre-birth record is recorded instead, and a case of an unborn baby alone is not applicable", () => {
      const unborn = { id: "unborn-1", name: "Baby", kind: "child", birthDate: "2025-09-01", relationships: [] };
      const withUnborn = (i: Json): void => { i.childIds.push("unborn-1"); i.people.push(unborn); i.maps[0].childIds.push("unborn-1"); i.childVoice.push(preBirth); };
      expect(map8(withUnborn)).toMatchObject({ value: 10, basis: "met" });
      const alone = map8((i) => {
        i.childIds = ["unborn-1"]; i.people.push(unborn); i.maps[0].childIds = ["unborn-1"];
        for (const part of ["harm", "dangers"]) for (const x of i.maps[0][part]) x.childIds = ["unborn-1"];
        i.childVoice = [preBirth]; i.maps[0].childVoiceIds = ["pb-1"];
        i.plans = []; i.monitoring = []; i.bottomLines = [];
      });
      expect(alone).toMatchObject({ value: "not-applicable", basis: "not-applicable" });
    });

    it("does not count a record from before the episode began", () => {
      const s = map8(() => undefined, { episodeStart: "2025-03-23" });
      expect(s?.facts).toContainEqual({ fact: "child-voice", holds: false });
      expect(s?.findings.map((f) => f.finding.code)).toContain("assessment/child-voice-missing");
    });
  });

  it("plan-8: counts reviews recorded as new map versions (docs/bottom-lines.md)", () => {
    // #region map-version-reviews
    const reviewedAsMapVersion = caseWith((i) => {
      i.plans[0].reviews = [];
      const v2 = structuredClone(i.maps[0]);
      v2.version = 2;
      v2.date = "2025-05-14";
      v2.scales[0].judgements.push({ id: "j-review", raterId: "sw-sarah", raterRole: "worker", value: 6, reason: "The network acted fast", on: "2025-05-14" });
      i.maps.push(v2);
    });
    const plan8 = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, reviewedAsMapVersion, { asOf }).suggestions.find((s) => s.criterionId === "plan-8");
    plan8?.value; // 10: the review was recorded as map version 2, with its judgements
    // #endregion map-version-reviews
    expect(plan8).toMatchObject({ value: 10, basis: "met" });
    const unscaled = caseWith((i) => {
      i.plans[0].reviews = [];
      i.maps.push({ ...structuredClone(i.maps[0]), version: 2, date: "2025-05-14" });
    });
    expect(suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, unscaled, { asOf }).suggestions.find((s) => s.criterionId === "plan-8")).toMatchObject({ value: 8, basis: "shortfalls" });
    expect(valueOf("plan-8", (i) => { i.plans[0].reviews = []; })).toBe(0);
  });

  describe("not generous where the checks do not reach", () => {
    it("map-5: strengths alone, with no existing safety, are at most 5", () => {
      // #region cap
      const strengthsOnly = caseWith((i) => {
        i.maps[0].existingSafety = [];
        i.maps[0].strengths = [
          { id: "s-1", text: "Kerry is engaging well with services", personIds: ["kerry"], observedBy: [] },
          { id: "s-2", text: "Lee is cooperative", personIds: ["lee"], observedBy: [] },
        ];
      });
      const map5 = suggestAuditAnswers(MAPPING_AUDIT_TOOL, strengthsOnly, { asOf }).suggestions.find((s) => s.criterionId === "map-5");
      map5?.cappedBy; // { fact: "existing-safety", capAt: 5 }
      // #endregion cap
      expect(map5?.cappedBy).toEqual({ fact: "existing-safety", capAt: 5 });
      expect(Number(map5?.value)).toBeLessThanOrEqual(5);
    });

    it("map-7: scales the worker alone answered are at most 5", () => {
      const workerOnly = caseWith((i) => { for (const sc of i.maps[0].scales) sc.judgements = sc.judgements.filter((j: Json) => j.raterRole === "worker"); });
      const map7 = suggestAuditAnswers(MAPPING_AUDIT_TOOL, workerOnly, { asOf }).suggestions.find((s) => s.criterionId === "map-7");
      expect(map7?.cappedBy).toEqual({ fact: "scales-family-view", capAt: 5 });
      expect(Number(map7?.value)).toBeLessThanOrEqual(5);
    });

    it("suggests nothing when a cannot-tell fact does not hold", () => {
      const tool = AuditToolSchema.parse({
        id: "local-audit", version: 1, title: "Local audit",
        sections: [{ id: "s", title: "Safety", criteria: [{ id: "x-1", text: "Safety is shown over time", guidance: "Read the existing safety", scale: { kind: "zero-to-ten", anchors: [{ value: 0, meaning: "None" }, { value: 10, meaning: "Shown" }] }, evidence: { facts: [{ fact: "existing-safety", ifNot: "cannot-tell" }], findings: [] } }] }],
      });
      expect(suggestAuditAnswers(tool, caseWith((i) => { i.maps[0].existingSafety = []; }), { asOf }).suggestions[0]).toMatchObject({ basis: "cannot-tell" });
      expect(suggestAuditAnswers(tool, caseWith((i) => { i.maps[0].existingSafety = []; }), { asOf }).suggestions[0]?.value).toBeUndefined();
      expect(suggestAuditAnswers(tool, goodCase, { asOf }).suggestions[0]).toMatchObject({ value: 10, basis: "met" });
    });
  });
});
