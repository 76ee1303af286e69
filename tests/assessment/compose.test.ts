import { describe, expect, it } from "vitest";
import { capitalise, endSentence, formatDuration, inner, joinNames, optional, required, requiredList, requiredParts, withoutLeading } from "../../src/assessment/compose";
import type { Duration } from "../../src/assessment/AssessmentMap";
import { isKinsafeError } from "../../src/core";
import fc from "fast-check";
import { draftDangerStatement } from "../../src/assessment/composeDangerStatement";
import { draftHarmStatement } from "../../src/assessment/composeHarmStatement";
import { draftSafetyGoal } from "../../src/assessment/composeSafetyGoal";

// The private helpers behind the statement composers.
describe("compose helpers", () => {
  it.each([
    [[], ""],
    [["Mum"], "Mum"],
    [["Mum", "Dad"], "Mum and Dad"],
    [["Children's Services", "the school", "Gran"], "Children's Services, the school and Gran"],
  ])("joins %j as %j", (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });

  it("tidies parts that sit inside a sentence", () => {
    expect(inner("  hit\n  Sam.. ")).toBe("hit Sam");
    expect(inner(", when he drinks;")).toBe("when he drinks");
    expect(optional(" . ")).toBeUndefined();
    expect(optional(undefined)).toBeUndefined();
  });

  it("ends sentences with one mark", () => {
    expect(endSentence("Mum called Gran..")).toBe("Mum called Gran.");
    expect(endSentence("Well done!")).toBe("Well done!");
    expect(endSentence("What next?")).toBe("What next?");
  });

  it("capitalises only the first letter", () => {
    expect(capitalise("the school and DfE")).toBe("The school and DfE");
    expect(capitalise("")).toBe("");
  });

  it("drops a leading word the template supplies, whole words only", () => {
    expect(withoutLeading("May hit Sam", ["may"])).toBe("hit Sam");
    expect(withoutLeading("mayhem", ["may"])).toBe("mayhem");
    expect(withoutLeading("may", ["may"])).toBe("");
  });

  it("renders durations", () => {
    expect(formatDuration({ amount: 1, unit: "days" }, "safety goal", "sustainFor")).toBe("1 day");
    expect(formatDuration({ amount: 6, unit: "weeks" }, "safety goal", "sustainFor")).toBe("6 weeks");
    expect(() => formatDuration({ amount: -1, unit: "months" }, "safety goal", "sustainFor")).toThrow(/"sustainFor"/);
  });

  it.each<[string, () => unknown, string]>([
    ["a missing required part", () => required(undefined as unknown as string, "harm statement", "actor"), '"actor" is missing'],
    ["a required part that is not text", () => required(3 as unknown as string, "harm statement", "impact"), '"impact" is missing'],
    ["a missing list", () => requiredList(undefined as unknown as string[], "safety goal", "who"), '"who" is missing'],
    ["an optional part that is not text", () => optional(3 as unknown as string, "safety goal", "circumstances"), '"circumstances" is not text'],
    ["a missing duration", () => formatDuration(undefined as unknown as Duration, "safety goal", "sustainFor"), '"sustainFor" is missing'],
    ["a duration in years", () => formatDuration({ amount: 1, unit: "years" } as unknown as Duration, "safety goal", "sustainFor"), "days, weeks or months"],
    ["a duration without an amount", () => formatDuration({ unit: "weeks" } as unknown as Duration, "safety goal", "sustainFor"), "positive whole number"],
    ["missing parts", () => requiredParts(null as unknown as object, "safety goal"), "safety goal parts are missing"],
  ])("throws invalid-argument, not a TypeError, for %s", (_name, call, message) => {
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(message);
    }
  });

  // Plain JavaScript callers and stored settings can pass anything: the composers return a
  // sentence or throw a KinsafeError, never a TypeError.
  it("throws only KinsafeError, whatever the parts", () => {
    const value = fc.oneof(fc.anything(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
    const duration = fc.oneof(fc.anything(), fc.record({ amount: fc.oneof(fc.integer(), fc.anything()), unit: fc.oneof(fc.constantFrom("days", "weeks", "months"), fc.anything()) }));
    const parts = fc.record(
      {
        worried: value, actor: value, behaviour: value, context: value, child: value, impact: value, acknowledgement: value, when: value,
        impactDetail: value, status: value, inCareOf: value, agency: value, who: value, circumstances: value, monitoredBy: value, sustainFor: duration,
        outcome: value, childExperience: value, professionalObservation: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(parts, fc.anything()), (p) => {
        for (const compose of [draftDangerStatement, draftHarmStatement, draftSafetyGoal] as ((x: unknown) => unknown)[]) {
          try {
            compose(p);
          } catch (error) {
            expect(isKinsafeError(error), String(error)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
