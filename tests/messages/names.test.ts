import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import type { Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { enCinCensus } from "../../src/interop/cin-census";
import { createNameResolver, type NameResolver } from "../../src/messages";
import { goodCase } from "../audit/fixtures";
import { map } from "../network/fixtures";

describe("createNameResolver", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const names = createNameResolver(goodCase);
    names.person("amy"); // "Amy"
    names.rule("r-contact"); // "“Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran…”"
    names.house("worries"); // "House of Worries"
    names.heading("what-happened-then"); // "What happened then?"
    names.person("p-nobody"); // "p-nobody": an unknown id comes back as it is
    // #endregion docs-example
    expect(names.person("amy")).toBe("Amy");
    expect(names.rule("r-contact")).toBe("“Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran…”");
    expect(names.house("worries")).toBe("House of Worries");
    expect(names.heading("what-happened-then")).toBe("What happened then?");
    expect(names.person("p-nobody")).toBe("p-nobody");
  });

  it("names danger statements, goals and bottom lines by their words, the latest version's", () => {
    const names = createNameResolver(goodCase);
    expect(names.danger("d-drink")).toMatch(/^“Children's Services and the school are worried that when Lee has been drinking.*…”$/);
    expect(names.bottomLine("bl-told")).toBe("“Amy and Ben know the safety plan”");
    const later = { ...goodCase, maps: [...goodCase.maps, { ...goodCase.maps[0]!, dangers: [{ ...goodCase.maps[0]!.dangers[0]!, text: "New words" }] }] };
    expect(createNameResolver(later).danger("d-drink")).toBe("“New words”");
    expect(createNameResolver(goodCase, { maxQuoteLength: 1000 }).rule("r-contact")).toBe("“Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran there for the whole visit”");
  });

  it("reads a map on its own (participants' names, statements) with the case's people added", () => {
    const names = createNameResolver(map);
    expect(names.danger("d-drink")).toContain("worried that when Lee has been drinking");
    expect(names.person("amy")).toBe("amy");
    expect(createNameResolver(map, { people: goodCase.people }).person("amy")).toBe("Amy");
    const withParticipant = createNameResolver({ participants: [{ personId: "nan-1", name: "Nan" }] });
    expect(withParticipant.person("nan-1")).toBe("Nan");
  });

  it("names the houses and parts of each tool, and the child's own names for the houses first", () => {
    expect(createNameResolver(goodCase).house("not-safe-with")).toBe("who the child does not feel safe with");
    const wizard = createNameResolver(goodCase, { record: { tool: "wizards-and-fairies" } });
    expect(wizard.house("worries")).toBe("worries");
    const trains = createNameResolver(goodCase, { record: { tool: "three-houses", houseNames: { worries: "the grumpy carriage" } } });
    expect(trains.house("worries")).toBe("the grumpy carriage (House of Worries)");
    expect(trains.house("dreams")).toBe("House of Dreams");
    expect(trains.house("no-such-part")).toBe("no-such-part");
  });

  test.prop([fc.string(), fc.anything()])("never throws and gives back an unknown id, whatever the source", (id, source) => {
    const names = createNameResolver(source as never);
    for (const method of ["person", "rule", "danger", "goal", "bottomLine", "house", "heading"] as const) {
      const name = names[method](id);
      expect(typeof name).toBe("string");
      if (!["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"].includes(id) && method !== "house" && method !== "heading") expect(name).toBe(id);
    }
    expect(names.heading("toString")).toBe("toString");
    expect(names.house("__proto__")).toBe("__proto__");
  });
});

describe("formatFinding with names", () => {
  const names = createNameResolver(goodCase);

  it("shows the documented example", () => {
    // #region format-with-names
    const finding: Finding = { code: "network/member-not-informed", severity: "error", path: ["members", 0], params: { personId: "gran-pat", mapId: "map-1", mapVersion: 2 } };
    formatFinding(finding, { names: createNameResolver(goodCase) });
    // "Gran (Pat) has not been told the danger statements and safety goals (map version 2). …"
    // #endregion format-with-names
    expect(formatFinding(finding, { names })).toMatch(/^Gran \(Pat\) has not been told the danger statements/);
    expect(formatFinding(finding)).toMatch(/^gran-pat has not been told/);
  });

  it.each<[string, Finding, string]>([
    ["a child", { code: "assessment/child-voice-missing", severity: "warning", path: [], params: { rule: "Q14", childId: "amy" } }, "recording the voice of child Amy."],
    ["a rule", { code: "safety-plan/rule-without-triggers", severity: "warning", path: [], params: { ruleId: "r-contact" } }, "Rule “Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran…” lists no warning signs."],
    ["a danger statement", { code: "assessment/danger-without-goal", severity: "error", path: [], params: { rule: "Q6", dangerId: "d-arguments" } }, "Danger statement “Children's Services are worried that when Kerry and Lee argue, Amy and Ben will…” has no safety goal."],
    ["a bottom line", { code: "safety-plan/bottom-line-not-covered", severity: "error", path: [], params: { bottomLineId: "bl-told" } }, "No rule of the plan meets the bottom line “Amy and Ben know the safety plan”."],
    ["a house", { code: "child-voice/empty-section", severity: "info", path: ["items"], params: { section: "good-things" } }, "Nothing is recorded in \"House of Good Things\"."],
    ["a heading", { code: "child-voice/words-and-pictures-missing-heading", severity: "warning", path: ["pages"], params: { heading: "what-happened-then" } }, "The Words and Pictures story has no \"What happened then?\" page."],
  ])("names %s", (_kind, finding, expected) => {
    expect(formatFinding(finding, { names })).toContain(expected);
    expect(formatFinding(finding)).not.toContain(expected);
  });

  it("names a person whose name a check could only give as the id", () => {
    const finding: Finding = { code: "assessment/actor-view-missing", severity: "warning", path: [], params: { personId: "lee", name: "lee" } };
    expect(formatFinding(finding, { names })).toMatch(/^The map does not record the view of Lee,/);
    expect(formatFinding(finding)).toMatch(/^The map does not record the view of lee,/);
    // A name the check knew is kept.
    expect(formatFinding({ ...finding, params: { personId: "lee", name: "Lee (Dad)" } }, { names })).toMatch(/view of Lee \(Dad\),/);
  });

  it("keeps an unknown id, ids of statutory returns, and the id when the resolver throws", () => {
    expect(formatFinding({ code: "assessment/child-voice-missing", severity: "warning", path: [], params: { rule: "Q14", childId: "p-unknown" } }, { names })).toContain("voice of child p-unknown.");
    expect(formatFinding({ code: "cin-census/child-not-written", severity: "warning", path: [], params: { childId: "amy" } }, { names, catalogue: enCinCensus })).toContain("Child amy has no CIN episode");
    const broken: NameResolver = { ...names, person: () => { throw new Error("boom"); } };
    expect(formatFinding({ code: "network/member-willingness-not-asked", severity: "warning", path: [], params: { personId: "kerry" } }, { names: broken })).toMatch(/^kerry has not been asked/);
  });
});
