import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { mayBeRewritten } from "./composeFixtures";
import { composeSafetyGoal, DEFAULT_GOAL_OUTCOMES, draftSafetyGoal, type SafetyGoalParts } from "../../src/assessment/composeSafetyGoal";

const base: SafetyGoalParts = {
  child: "Sam",
  who: ["Mum", "Gran"],
  behaviour: "make sure a sober adult collects Sam from school",
  circumstances: "every school day",
  sustainFor: { amount: 3, unit: "months" },
};

describe("composeSafetyGoal", () => {
  it("writes the recommended sentence", () => {
    // #region docs-example
    const text = composeSafetyGoal({
      child: "Sam",
      who: ["Mum", "Gran"],
      behaviour: "make sure a sober adult collects Sam from school",
      circumstances: "every school day",
      monitoredBy: ["the school", "the social worker"],
      sustainFor: { amount: 3, unit: "months" },
    });
    // "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober
    // adult collects Sam from school every school day, monitored by the school and the social
    // worker, and this has been seen to work consistently for 3 months."
    // #endregion docs-example
    expect(text).toBe(
      "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, monitored by the school and the social worker, and this has been seen to work consistently for 3 months.",
    );
  });

  it.each<[string, Partial<SafetyGoalParts>, string]>([
    ["no optional parts", { circumstances: undefined as never }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school, and this has been seen to work consistently for 3 months."],
    ["an empty monitoredBy is absent", { monitoredBy: [] }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 3 months."],
    ["several children take 'are'", { child: ["Sam", "Amy"] }, "Children's Services will be satisfied that Sam and Amy are safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 3 months."],
    ["one week", { sustainFor: { amount: 1, unit: "weeks" } }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 1 week."],
    ["ten days", { sustainFor: { amount: 10, unit: "days" } }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 10 days."],
    ["one month", { sustainFor: { amount: 1, unit: "months" } }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 1 month."],
    ["own agency", { agency: "the early help team", who: ["Mum"], behaviour: "makes sure Sam gets to school on time" }, "The early help team will be satisfied that Sam is safe when Mum makes sure Sam gets to school on time every school day, and this has been seen to work consistently for 3 months."],
    ["own outcome", { outcome: "is safe and happy at home" }, "Children's Services will be satisfied that Sam is safe and happy at home when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 3 months."],
    ["full stops and white space", { behaviour: "make sure a sober adult  collects Sam from school.", circumstances: " every school day. " }, "Children's Services will be satisfied that Sam is safe when Mum and Gran make sure a sober adult collects Sam from school every school day, and this has been seen to work consistently for 3 months."],
  ])("%s", (_name, change, expected) => {
    expect(composeSafetyGoal({ ...base, ...change })).toBe(expected);
  });

  it.each([
    ["safety", "Sam is safe when"],
    ["wellbeing", "Sam is safe and well when"],
    ["success", "Sam is safe and settled when"],
    ["belonging", "Sam is safe and settled when"],
  ] as const)("uses the %s variant's default outcome", (variant, expected) => {
    expect(composeSafetyGoal(base, { variant })).toContain(expected);
    expect(DEFAULT_GOAL_OUTCOMES[variant]).toBe(expected.slice("Sam is ".length, -" when".length));
  });

  it("prefers the outcome part to the variant", () => {
    expect(composeSafetyGoal({ ...base, outcome: "thriving" }, { variant: "wellbeing" })).toContain("Sam is thriving when");
  });

  it.each<[string, Partial<SafetyGoalParts>]>([
    ["agency", { agency: " " }],
    ["child", { child: "" }],
    ["who", { who: [] }],
    ["who[0]", { who: [""] }],
    ["behaviour", { behaviour: "" }],
    ["monitoredBy[1]", { monitoredBy: ["the school", ""] }],
    ["outcome", { outcome: "is" }],
    ["sustainFor", { sustainFor: { amount: 0, unit: "weeks" } }],
    ["sustainFor", { sustainFor: { amount: 1.5, unit: "weeks" } }],
  ])("throws invalid-argument naming %s", (part, change) => {
    try {
      composeSafetyGoal({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  it("does not mutate its input", () => {
    const parts = { ...base, who: ["Mum", "Gran"], monitoredBy: ["school"] };
    const before = structuredClone(parts);
    composeSafetyGoal(parts);
    expect(parts).toEqual(before);
  });

  describe("properties", () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts,
    // and a part that starts with a verb form the composer puts right is tested in
    // composeGrammar.test.ts: here the words are arranged as written.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p) && !mayBeRewritten(p));
    const messy = fc.tuple(phrase, fc.constantFrom("", ".", " ", "..")).map(([p, end]) => p + end);
    it("always contains the behaviour and the child's name and ends with one full stop", () => {
      fc.assert(
        fc.property(
          fc.array(word, { minLength: 1, maxLength: 3 }),
          fc.array(phrase, { minLength: 1, maxLength: 3 }),
          messy,
          fc.option(messy, { nil: undefined }),
          fc.integer({ min: 1, max: 24 }),
          fc.constantFrom("days", "weeks", "months"),
          (children, who, behaviour, circumstances, amount, unit) => {
            const parts: SafetyGoalParts = { child: children, who, behaviour, sustainFor: { amount, unit }, ...(circumstances === undefined ? {} : { circumstances }) };
            const text = composeSafetyGoal(parts);
            expect(text).toContain(behaviour.replace(/[ .]+$/, ""));
            for (const child of children) expect(text).toContain(child);
            expect(text).toMatch(/[^.]\.$/);
            expect(text).not.toMatch(/\.\./);
          },
        ),
      );
    });
  });

  it("adds what the child will experience and what professionals will see", () => {
    // #region experience-example
    const text = composeSafetyGoal({
      child: ["Amy", "Ben"],
      who: ["Kerry"],
      behaviour: "make sure a sober adult looks after the children whenever she has been drinking",
      monitoredBy: ["the school"],
      sustainFor: { amount: 3, unit: "months" },
      childExperience: "feel calm at bedtime and know who will collect them",
      professionalObservation: "Amy and Ben arriving on time, fed and ready to learn",
    });
    // "Children's Services will be satisfied that Amy and Ben are safe when Kerry makes sure a
    // sober adult looks after the children whenever she has been drinking, monitored by the
    // school, and this has been seen to work consistently for 3 months. Amy and Ben will feel
    // calm at bedtime and know who will collect them. The school will see Amy and Ben arriving
    // on time, fed and ready to learn."
    // #endregion experience-example
    expect(text).toBe(
      "Children's Services will be satisfied that Amy and Ben are safe when Kerry makes sure a sober adult looks after the children whenever she has been drinking, monitored by the school, and this has been seen to work consistently for 3 months. Amy and Ben will feel calm at bedtime and know who will collect them. The school will see Amy and Ben arriving on time, fed and ready to learn.",
    );
  });

  it.each<[string, Partial<SafetyGoalParts>, string]>([
    ["without monitoredBy professionals see", { professionalObservation: "will see Sam arriving on time." }, "3 months. Professionals will see Sam arriving on time."],
    ["a leading 'will' in the experience is not doubled", { childExperience: "will feel safe at home" }, "3 months. Sam will feel safe at home."],
    ["an experience in the present follows 'will' in its base form", { childExperience: "feels safe at home" }, "3 months. Sam will feel safe at home."],
    ["an empty experience is absent", { childExperience: " . " }, "3 months."],
  ])("%s", (_name, change, expected) => {
    expect(composeSafetyGoal({ ...base, ...change }).endsWith(expected)).toBe(true);
  });

  it.each<[string, Partial<SafetyGoalParts>, string]>([
    ["one entry naming two children takes 'are'", { child: "Amy and Ben" }, "that Amy and Ben are safe when"],
    ["one carer: the verb agrees", { who: ["Mum"], behaviour: "make sure a sober adult collects Sam" }, "when Mum makes sure a sober adult collects Sam"],
    ["two carers in one entry: the verb agrees", { who: ["Mum and Gran"], behaviour: "makes sure a sober adult collects Sam" }, "when Mum and Gran make sure a sober adult collects Sam"],
    ["an auxiliary agrees", { who: ["Mum"], behaviour: "have a plan with Gran for the evenings" }, "when Mum has a plan with Gran"],
  ])("agreement: %s", (_name, change, expected) => {
    expect(composeSafetyGoal({ ...base, ...change })).toContain(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["sustainFor", { sustainFor: undefined }],
    ["sustainFor", { sustainFor: { amount: 3, unit: "years" } }],
    ["sustainFor", { sustainFor: { unit: "weeks" } }],
    ["who", { who: undefined }],
    ["child", { child: undefined }],
    ["childExperience", { childExperience: 4 }],
    ["childExperience", { childExperience: "will" }],
    ["professionalObservation", { professionalObservation: "will see" }],
  ])("throws invalid-argument, not a TypeError, naming %s", (part, change) => {
    try {
      composeSafetyGoal({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  describe("draftSafetyGoal", () => {
    it("returns the sentence with absence framing found", () => {
      // #region draft-example
      const draft = draftSafetyGoal({ child: "Amy", who: ["Lee"], behaviour: "will not drink", sustainFor: { amount: 3, unit: "months" } });
      // draft.text: "Children's Services will be satisfied that Amy is safe when Lee will not drink,
      // and this has been seen to work consistently for 3 months."
      // draft.findings: [{ code: "assessment/goal-framed-as-absence", path: ["behaviour"],
      //   params: { rule: "Q8", term: "will not", field: "behaviour" }, severity: "warning" }]
      // Say what Lee will be doing instead: "stays sober and calm when he looks after Amy".
      // #endregion draft-example
      expect(draft.text).toBe(composeSafetyGoal({ child: "Amy", who: ["Lee"], behaviour: "will not drink", sustainFor: { amount: 3, unit: "months" } }));
      expect(draft.findings).toEqual([{ code: "assessment/goal-framed-as-absence", severity: "warning", path: ["behaviour"], params: { rule: "Q8", term: "will not", field: "behaviour" } }]);
    });

    it.each([
      ["a negation beside actions", "stops, counts to ten and rings Pat when she feels angry"],
      ["a negation in a purpose clause", "asks Pat to drive the children so she does not drive after drinking"],
      ["plain positive words", "make sure a sober adult collects Sam from school"],
    ])("finds nothing in %s", (_name, behaviour) => {
      expect(draftSafetyGoal({ ...base, who: ["Kerry"], behaviour }).findings).toEqual([]);
    });

    it("finds compliance, labels and an absent child's experience", () => {
      const draft = draftSafetyGoal({ ...base, who: ["Mum"], behaviour: "engage with services", childExperience: "never be exposed to DV" });
      expect(draft.findings.map((f) => [f.code, f.path[0]])).toEqual([
        ["assessment/goal-is-compliance", "behaviour"],
        ["assessment/jargon", "childExperience"],
        ["assessment/jargon", "childExperience"],
        ["assessment/goal-framed-as-absence", "childExperience"],
      ]);
    });

    it("reads the caller's word lists", () => {
      expect(draftSafetyGoal({ ...base, behaviour: "will not drink" }, { absenceMarkers: ["never"] }).findings).toEqual([]);
      expect(draftSafetyGoal({ ...base, behaviour: "keep Sam with them" }, { jargonTerms: [{ term: "keep", forms: ["keep"], plain: "say how", why: "test", kind: "vague" }] }).findings.map((f) => f.code)).toEqual(["assessment/jargon"]);
    });
  });
});
