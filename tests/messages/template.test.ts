import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/findings";
import { fillTemplate, templateParams, type MessageCatalogue } from "../../src/messages";

describe("fillTemplate", () => {
  it("shows the documented example", () => {
    // #region fill-template
    const template = "The map records {count, plural, =0 {no views} one {only # view} other {# views}} of {name}.";
    fillTemplate(template, { count: 1, name: "Kerry" }); // "The map records only 1 view of Kerry."
    fillTemplate(template, { count: 3, name: "Kerry" }); // "The map records 3 views of Kerry."
    fillTemplate(template, { count: 0, name: "Kerry" }); // "The map records no views of Kerry."
    // #endregion fill-template
    expect(fillTemplate(template, { count: 1, name: "Kerry" })).toBe("The map records only 1 view of Kerry.");
    expect(fillTemplate(template, { count: 3, name: "Kerry" })).toBe("The map records 3 views of Kerry.");
    expect(fillTemplate(template, { count: 0, name: "Kerry" })).toBe("The map records no views of Kerry.");
  });

  it("chooses plural forms by the catalogue's language (Intl.PluralRules)", () => {
    const welsh = "{n, plural, zero {# cathod} one {# gath} two {# gath} few {# cath} many {# chath} other {# cath}}";
    expect([0, 1, 2, 3, 6, 7].map((n) => fillTemplate(welsh, { n }, "cy"))).toEqual(["0 cathod", "1 gath", "2 gath", "3 cath", "6 chath", "7 cath"]);
    // In English, only `one` and `other`.
    expect([0, 1, 2, 3, 6].map((n) => fillTemplate(welsh, { n }, "en"))).toEqual(["0 cath", "1 gath", "2 cath", "3 cath", "6 cath"]);
    expect(fillTemplate("{n, plural, one {# day} other {# days}}", { n: 1 }, "not a locale")).toBe("1 day");
  });

  it("fills placeholders inside plural forms, and plurals inside them", () => {
    expect(fillTemplate("{n, plural, one {{who} is} other {{who} and # others are}} here", { n: 1, who: "Gran" })).toBe("Gran is here");
    expect(fillTemplate("{n, plural, one {# rule, {m, plural, one {# sign} other {# signs}}} other {# rules}}", { n: 1, m: 2 })).toBe("1 rule, 2 signs");
  });

  it("leaves a placeholder visible when its param is missing or is not a number for a plural", () => {
    expect(fillTemplate("at least {minimumDays} days", {})).toBe("at least {minimumDays} days");
    expect(fillTemplate("{n, plural, one {# day} other {# days}}", { n: "many" })).toBe("{n, plural, one {# day} other {# days}}");
    expect(fillTemplate("{n, plural, one {# day}}", { n: 2 })).toBe("{n, plural, one {# day}}");
    expect(fillTemplate("# is not a number outside a plural", {})).toBe("# is not a number outside a plural");
  });

  test.prop([fc.string().filter((s) => !s.includes("{") && !s.includes("}")), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer()))])(
    "gives back a template without placeholders as it is",
    (text, params) => {
      expect(fillTemplate(text, params)).toBe(text);
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000 })])("writes a form with the number for every count", (n) => {
    const text = fillTemplate("{n, plural, one {# view} other {# views}}", { n });
    expect(text).toBe(n === 1 ? "1 view" : `${String(n)} views`);
  });
});

describe("a select placeholder", () => {
  it("chooses the form named by the param's value, else other, and fills placeholders inside", () => {
    const template = "{who} {as, select, responsible {is responsible} network-monitor {checks it for {whom}} other {is {as}}}.";
    expect(fillTemplate(template, { who: "Lee", as: "responsible" })).toBe("Lee is responsible.");
    expect(fillTemplate(template, { who: "Lee", as: "network-monitor", whom: "the network" })).toBe("Lee checks it for the network.");
    expect(fillTemplate(template, { who: "Lee", as: "friend" })).toBe("Lee is friend.");
    expect(fillTemplate(template, { who: "Lee" })).toContain("{as, select,");
    expect(templateParams(template)).toEqual(["who", "as", "whom"]);
  });

  it("says in words what a plan rule relies on a person for", () => {
    const finding = (as: string) => ({ code: "network/rule-owner-not-in-network", severity: "error", path: [], params: { personId: "Lee", ruleId: "r-1", as } }) as const;
    expect(formatFinding(finding("responsible"))).toContain("relies on Lee as the person responsible for it, who");
    expect(formatFinding(finding("network-monitor"))).toContain("relies on Lee to check it for the network, who");
    expect(formatFinding(finding("responsible"))).not.toContain("(as responsible)");
  });
});

describe("templateParams", () => {
  it("lists the params of a template, those inside plural forms too", () => {
    // #region template-params
    templateParams("{name} was told version {informedVersion}; {count, plural, one {# change} other {# changes, for {who}}}");
    // ["name", "informedVersion", "count", "who"]
    // #endregion template-params
    expect(templateParams("{name} was told version {informedVersion}; {count, plural, one {# change} other {# changes, for {who}}}")).toEqual(["name", "informedVersion", "count", "who"]);
  });
});

describe("a catalogue", () => {
  it("shows the documented example", () => {
    // #region catalogue
    const welsh: MessageCatalogue = {
      locale: "cy",
      messages: { "assessment/too-many-dangers": "Mae gan y map {count, plural, two {# ddatganiad} other {# datganiad}} perygl." },
    };
    formatFinding({ code: "assessment/too-many-dangers", severity: "warning", path: [], params: { count: 2, max: 1 } }, { catalogue: welsh });
    // "Mae gan y map 2 ddatganiad perygl."
    // #endregion catalogue
    expect(formatFinding({ code: "assessment/too-many-dangers", severity: "warning", path: [], params: { count: 2, max: 1 } }, { catalogue: welsh })).toBe("Mae gan y map 2 ddatganiad perygl.");
  });
});
