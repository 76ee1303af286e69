import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { composeDangerStatement, type DangerStatementParts } from "../../src/assessment/composeDangerStatement";

const base: DangerStatementParts = {
  worried: ["Children's Services", "the school"],
  actor: "Dad",
  behaviour: "shout at and hit Mum",
  context: "when he has been drinking",
  child: "Sam",
  impact: "be hurt and grow up frightened at home",
};

describe("composeDangerStatement", () => {
  it("writes the recommended sentence", () => {
    // #region docs-example
    const text = composeDangerStatement({
      acknowledgement: "Mum has taken Sam to Gran's every time Dad has been drinking",
      worried: ["Children's Services", "the school", "Gran"],
      actor: "Dad",
      behaviour: "shout at and hit Mum",
      context: "when he has been drinking",
      child: "Sam",
      impact: "be hurt if he gets in the way, and grow up frightened at home",
    });
    // "Mum has taken Sam to Gran's every time Dad has been drinking. Children's Services, the
    // school and Gran are worried that Dad may shout at and hit Mum when he has been drinking,
    // and that Sam could be hurt if he gets in the way, and grow up frightened at home if
    // nothing changes."
    // #endregion docs-example
    expect(text).toBe(
      "Mum has taken Sam to Gran's every time Dad has been drinking. Children's Services, the school and Gran are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt if he gets in the way, and grow up frightened at home if nothing changes.",
    );
  });

  it.each<[string, Partial<DangerStatementParts>, string]>([
    ["one party takes 'is'", { worried: ["Children's Services"] }, "Children's Services is worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["two parties take 'are'", {}, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'we' takes 'are'", { worried: ["we"] }, "We are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'the police' takes 'are'", { worried: ["the police"] }, "The police are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'I' takes 'am'", { worried: ["I"] }, "I am worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["no context", { context: undefined as never }, "Children's Services and the school are worried that Dad may shout at and hit Mum, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["an empty context is absent", { context: "  " }, "Children's Services and the school are worried that Dad may shout at and hit Mum, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["several children and actors", { actor: ["Mum", "Dad"], child: ["Sam", "Amy", "Jo"] }, "Children's Services and the school are worried that Mum and Dad may shout at and hit Mum when he has been drinking, and that Sam, Amy and Jo could be hurt and grow up frightened at home if nothing changes."],
    ["trailing full stops and white space", { behaviour: " shout at  and hit Mum. ", context: "when he has been drinking.", impact: "be hurt and grow up frightened at home." }, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'may', 'could' and 'if nothing changes' are not doubled", { behaviour: "may shout at and hit Mum", impact: "could be hurt and grow up frightened at home, if nothing changes." }, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["lower-case first party is capitalised", { worried: ["the school"] }, "The school is worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["an acknowledgement ending with '!' keeps it", { acknowledgement: "mum has done so much!" }, "Mum has done so much! Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["an acknowledgement gets exactly one full stop", { acknowledgement: "Mum called the police.." }, "Mum called the police. Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
  ])("%s", (_name, change, expected) => {
    const parts: DangerStatementParts = { ...base, ...change };
    expect(composeDangerStatement(parts)).toBe(expected);
  });

  it("lets the caller choose the agreement", () => {
    expect(composeDangerStatement({ ...base, worried: ["the family"] }, { worriedAgreement: "plural" })).toMatch(/^The family are worried/);
    expect(composeDangerStatement({ ...base, worried: ["Mum", "Dad"] }, { worriedAgreement: "singular" })).toMatch(/^Mum and Dad is worried/);
  });

  it.each<[string, Partial<DangerStatementParts>]>([
    ["worried", { worried: [] }],
    ["worried[1]", { worried: ["the school", " "] }],
    ["actor", { actor: "" }],
    ["behaviour", { behaviour: " . " }],
    ["behaviour", { behaviour: "may" }],
    ["child", { child: [] }],
    ["impact", { impact: "" }],
  ])("throws invalid-argument naming %s when it is empty", (part, change) => {
    try {
      composeDangerStatement({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  it("does not mutate its input", () => {
    const parts = { ...base, worried: ["a", "b"] };
    const before = structuredClone(parts);
    composeDangerStatement(parts);
    expect(parts).toEqual(before);
  });

  describe("properties", () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p));
    const messy = fc.tuple(phrase, fc.constantFrom("", ".", " ", "..", ". ")).map(([p, end]) => p + end);
    it("always contains the behaviour and the child's name and ends with one full stop", () => {
      fc.assert(
        fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), phrase, messy, fc.option(messy, { nil: undefined }), word, messy, fc.option(messy, { nil: undefined }), (worried, actor, behaviour, context, child, impact, acknowledgement) => {
          const parts: DangerStatementParts = { worried, actor, behaviour, child, impact, ...(context === undefined ? {} : { context }), ...(acknowledgement === undefined ? {} : { acknowledgement }) };
          const text = composeDangerStatement(parts);
          expect(text).toContain(behaviour.replace(/[ .]+$/, "").replace(/^may /i, ""));
          expect(text).toContain(` ${child} could `);
          expect(text).toMatch(/[^.]\.$/);
          expect(text).not.toMatch(/\.\./);
          expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
        }),
      );
    });
  });
});
