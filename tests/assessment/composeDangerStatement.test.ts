import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { mayBeRewritten } from "./composeFixtures";
import { composeDangerStatement, draftDangerStatement, type DangerStatementParts } from "../../src/assessment/composeDangerStatement";

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
    ["one agency takes 'are', as practice writes it", { worried: ["Children's Services"] }, "Children's Services are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["two parties take 'are'", {}, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'we' takes 'are'", { worried: ["we"] }, "We are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'the police' takes 'are'", { worried: ["the police"] }, "The police are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'I' takes 'am'", { worried: ["I"] }, "I am worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["no context", { context: undefined as never }, "Children's Services and the school are worried that Dad may shout at and hit Mum, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["an empty context is absent", { context: "  " }, "Children's Services and the school are worried that Dad may shout at and hit Mum, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["several children and actors", { actor: ["Mum", "Dad"], child: ["Sam", "Amy", "Jo"] }, "Children's Services and the school are worried that Mum and Dad may shout at and hit Mum when he has been drinking, and that Sam, Amy and Jo could be hurt and grow up frightened at home if nothing changes."],
    ["trailing full stops and white space", { behaviour: " shout at  and hit Mum. ", context: "when he has been drinking.", impact: "be hurt and grow up frightened at home." }, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["'may', 'could' and 'if nothing changes' are not doubled", { behaviour: "may shout at and hit Mum", impact: "could be hurt and grow up frightened at home, if nothing changes." }, "Children's Services and the school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
    ["lower-case first party is capitalised", { worried: ["the school"] }, "The school are worried that Dad may shout at and hit Mum when he has been drinking, and that Sam could be hurt and grow up frightened at home if nothing changes."],
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
    // Words the templates supply themselves ("may", "could", "was", "is") are not whole parts,
    // and a part that starts with a verb form the composer puts right is tested in
    // composeGrammar.test.ts: here the words are arranged as written.
    const phrase = fc
      .array(word, { minLength: 1, maxLength: 5 })
      .map((w) => w.join(" "))
      .filter((p) => !/^(may|could|was|were|is|are)$/i.test(p) && !mayBeRewritten(p));
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

  it.each<[string, Partial<DangerStatementParts>, string]>([
    ["one person takes 'is'", { worried: ["Gran"] }, "Gran is worried that"],
    ["a named person takes 'is'", { worried: ["Kerry"] }, "Kerry is worried that"],
    ["the social worker takes 'is'", { worried: ["the social worker"] }, "The social worker is worried that"],
    ["the family takes 'are'", { worried: ["the family"] }, "The family are worried that"],
    ["one entry naming two takes 'are'", { worried: ["Mum and Gran"] }, "Mum and Gran are worried that"],
  ])("agreement of who is worried: %s", (_name, change, expected) => {
    expect(composeDangerStatement({ ...base, ...change })).toMatch(new RegExp(`^${expected} `));
  });

  it.each<[string, Partial<DangerStatementParts>, string]>([
    ["a past impact follows 'could' in its base form", { impact: "fell behind at school" }, "and that Sam could fall behind at school if nothing changes."],
    ["an impact the child undergoes takes 'be'", { impact: "frightened and hurt" }, "and that Sam could be frightened and hurt if nothing changes."],
    ["a behaviour in the present follows 'may' in its base form", { behaviour: "hits Mum", context: undefined as never }, "worried that Dad may hit Mum, and that"],
    ["a behaviour in the past follows 'may' in its base form", { behaviour: "shouted at Mum", context: undefined as never }, "worried that Dad may shout at Mum, and that"],
  ])("verb forms after 'may' and 'could': %s", (_name, change, expected) => {
    expect(composeDangerStatement({ ...base, ...change })).toContain(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["actor", { actor: undefined }],
    ["behaviour", { behaviour: undefined }],
    ["worried", { worried: undefined }],
    ["child", { child: 3 }],
    ["context", { context: 3 }],
  ])("throws invalid-argument naming %s when it is missing or not text", (part, change) => {
    try {
      composeDangerStatement({ ...base, ...change });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain(`"${part}"`);
    }
  });

  it("throws invalid-argument, not a TypeError, when the parts are missing", () => {
    expect(() => composeDangerStatement(undefined as unknown as DangerStatementParts)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  describe("draftDangerStatement", () => {
    it("returns the sentence with the findings on its words", () => {
      // #region draft-example
      const draft = draftDangerStatement({
        worried: ["Children's Services", "the school"],
        actor: "Dad",
        behaviour: "be involved in DV",
        child: "Sam",
        impact: "suffer emotional harm",
      });
      // draft.text: "Children's Services and the school are worried that Dad may be involved in DV,
      // and that Sam could suffer emotional harm if nothing changes."
      // draft.findings: a label in the behaviour ("DV", assessment/jargon) and an impact that is
      // only a category of harm ("emotional harm", assessment/impact-is-category).
      // #endregion draft-example
      expect(draft.text).toBe(composeDangerStatement({ worried: ["Children's Services", "the school"], actor: "Dad", behaviour: "be involved in DV", child: "Sam", impact: "suffer emotional harm" }));
      expect(draft.findings.map((f) => [f.code, f.path, f.params?.term])).toEqual([
        ["assessment/jargon", ["behaviour"], "domestic violence"],
        ["assessment/impact-is-category", ["impact"], "emotional harm"],
      ]);
      // A behaviour that is nothing but a label has a finding of its own (Q2).
      expect(draftDangerStatement({ ...base, behaviour: "DV" }).findings[0]).toMatchObject({ code: "assessment/behaviour-is-label", path: ["behaviour"] });
      expect(draft.findings.every((f) => f.severity === "warning" && typeof f.params?.rule === "string")).toBe(true);
    });

    it("finds a label beside a description under Q1, and none in plain words", () => {
      const labelled = draftDangerStatement({ ...base, context: "when his mental health is poor" });
      expect(labelled.findings).toMatchObject([{ code: "assessment/jargon", path: ["context"], params: { term: "mental health", field: "context" } }]);
      expect(labelled.findings).toHaveLength(1);
      expect(draftDangerStatement(base).findings).toEqual([]);
    });

    it("leaves the family's own quoted words alone", () => {
      expect(draftDangerStatement({ ...base, acknowledgement: 'Mum says "I know the risks and I keep Sam at Gran\'s"' }).findings).toEqual([]);
    });

    it("returns the same text as composeDangerStatement for any parts", () => {
      const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
      const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")).filter((p) => !/^(may|could)$/i.test(p));
      fc.assert(
        fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), phrase, phrase, phrase, phrase, (worried, actor, behaviour, child, impact) => {
          const parts = { worried, actor, behaviour, child, impact };
          expect(draftDangerStatement(parts).text).toBe(composeDangerStatement(parts));
        }),
      );
    });
  });
});
