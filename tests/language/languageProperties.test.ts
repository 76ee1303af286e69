// Laws of the wording rules: a person's quoted words never change the findings, and a clause of
// condition or purpose added to a goal never makes it absence framing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAssessmentMap } from "../../src/assessment/checkAssessmentMap";
import { DEFAULT_ABSENCE_MARKERS } from "../../src/assessment/checkAssessmentMap";
import { DEFAULT_JARGON_TERMS } from "../../src/language";
import { absenceFraming } from "../../src/language";
import { goodMap, mapWith } from "../assessment/checkFixtures";

const forms = DEFAULT_JARGON_TERMS.flatMap((t) => [...t.forms, ...(t.acronyms ?? [])]);
const words = fc.array(fc.oneof(fc.constantFrom(...forms, ...DEFAULT_ABSENCE_MARKERS, "denies", "warned", "if he hits her again"), fc.stringMatching(/^[a-z]{1,8}$/)), { maxLength: 8 });
const show = (map: typeof goodMap): string[] => checkAssessmentMap(map).map((f) => `${f.code} ${f.path.join(".")}`);

describe("laws of the wording rules", () => {
  it("a quotation in double marks, whatever it says, adds no finding", () => {
    const before = show(goodMap);
    fc.assert(
      fc.property(words, fc.constantFrom(["\u201c", "\u201d"], ['"', '"']), (ws, [open, close]) => {
        const quote = ` Dad said ${open ?? ""}${ws.join(" ")}${close ?? ""}.`;
        const map = mapWith((m) => {
          m.harm[0]!.text += quote;
          m.dangers[0]!.text += quote;
          m.strengths[0]!.text += quote;
          m.existingSafety[0]!.text += quote;
          m.goals[0]!.protectiveBehaviours[0] += quote;
        });
        expect(show(map)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("a clause of condition, time or purpose never makes a goal absence framing", () => {
    const subordinator = fc.constantFrom("if", "when", "so", "so that", "unless", "until", "because");
    fc.assert(
      fc.property(subordinator, words, (sub, ws) => {
        const goal = "Gran drives the children to football on Saturdays";
        expect(absenceFraming(goal, DEFAULT_ABSENCE_MARKERS)).toBeUndefined();
        expect(absenceFraming(`${goal} ${sub} ${ws.join(" ").replace(/\b(?:and|or|then|but)\b/g, "plus")}`, DEFAULT_ABSENCE_MARKERS)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
