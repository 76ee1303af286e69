import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { composeSafetyGoal, DEFAULT_GOAL_OUTCOMES, type SafetyGoalParts } from "../../src/assessment/composeSafetyGoal";

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
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p));
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
});
