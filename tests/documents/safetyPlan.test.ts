// The safety plan (`safety-plan`) and the child's safety plan (`child-safety-plan`), rendered
// from the worked case for every reader: the rules' words with names, never an id; a network
// member shown only their own rules when the policy says so, with what was left out counted;
// the child's version of each rule; the plan current on the document's date.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { migrateCaseFile, type CaseFile } from "../../src/case-file";
import type { Finding } from "../../src/core";
import { DEFAULT_SHARING_POLICY, renderFamilyDocument, SHARED_CONTENT, type DocumentAudience, type FamilyDocument, type FamilyDocumentKind, type RenderFamilyDocumentOptions, type SharedContent, type SharingPolicy } from "../../src/documents";
import { createDocumentContext, type ResolvedAudience } from "../../src/documents/context";
import { buildChildSafetyPlan, buildSafetyPlanDocument } from "../../src/documents/kinds/safetyPlan";
import { workedCase } from "../bottom-lines/fixtures";
import { idsOf } from "./integration";

const asOf = "2025-06-01";

const RULES = {
  contact: "Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran there for the whole visit",
  safeAdult: "Amy and Ben know they can ring or go to Auntie Jo at any time they feel scared; Jo's number is on the fridge",
  checkin: "Jo rings Kerry every evening at 8pm and visits every Sunday afternoon",
  bedtime: "Kerry puts Amy and Ben to bed by 7:30pm, and a grown-up who has not been drinking is in the house every evening",
} as const;

const CHILD_VERSIONS = {
  contact: "Dad sees us at Nanny Pat's and Nanny Pat is always there",
  safeAdult: "If we feel scared we can ring Auntie Jo",
  checkin: "Auntie Jo rings Mum every night to say hello",
  bedtime: "Mum puts us to bed and a grown-up who has not had beer is always in the house",
} as const;

const AUDIENCES: readonly [string, DocumentAudience][] = [
  ["family", { kind: "family" }],
  ["child amy", { kind: "child", childId: "amy" }],
  ["child ben", { kind: "child", childId: "ben" }],
  ["gran", { kind: "network-member", personId: "gran-pat" }],
  ["jo", { kind: "network-member", personId: "auntie-jo" }],
  ["michelle", { kind: "network-member", personId: "michelle" }],
  ["professional", { kind: "professional" }],
];

const KINDS: readonly FamilyDocumentKind[] = ["safety-plan", "child-safety-plan"];

type Json = Record<string, unknown>;

/** A copy of the worked case, changed by `change` (a plain JSON value; the renderer parses it). */
function edited(change: (c: { plans: Json[]; monitoring: Json[]; [key: string]: unknown }) => void): CaseFile {
  const copy = JSON.parse(JSON.stringify(workedCase())) as { plans: Json[]; monitoring: Json[] };
  change(copy);
  return copy as unknown as CaseFile;
}

/** The rules of the first plan of an edited copy. */
function rulesOf(c: { plans: Json[] }): Json[] {
  return (c.plans[0] as { rules: Json[] }).rules;
}

function render(caseFile: CaseFile, kind: FamilyDocumentKind, audience: DocumentAudience, extra: Partial<RenderFamilyDocumentOptions> = {}): FamilyDocument {
  return renderFamilyDocument(caseFile, { kind, audience, asOf, ...extra });
}


/** The words of an HTML document a reader can see or hear: the text between tags and the labels of elements (not the markup, whose own ids are not the case's). */
function readable(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? "");
  return [html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]*>/g, " "), ...labels].join("\n");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The ids of the case that appear in a text as whole words (case-sensitive: "amy" is an id, "Amy" a name). */
function idsShown(text: string, ids: ReadonlySet<string>): string[] {
  return [...ids].filter((id) => new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`).test(text));
}

function leftOut(findings: readonly Finding[], content: string, reason: string): number {
  return findings.filter((f) => f.code === "documents/left-out" && f.params?.["content"] === content && f.params["reason"] === reason).reduce((n, f) => n + Number(f.params?.["count"]), 0);
}

/** A policy like the default, with a network member shown only `memberSees`. */
function memberPolicy(memberSees: readonly SharedContent[]): SharingPolicy {
  return { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": [...memberSees] } };
}

const OWN_ONLY = memberPolicy(DEFAULT_SHARING_POLICY.audiences["network-member"].filter((c) => c !== "plan-rules"));

describe("every reader, both kinds", () => {
  const caseFile = workedCase();
  const ids = idsOf(caseFile);

  it("collects the ids of the case (the check below has something to find)", () => {
    for (const id of ["amy", "gran-pat", "plan-1", "r-contact", "d-drink", "m-breach", "wp-plan", "map-1"]) expect(ids.has(id)).toBe(true);
    expect(idsShown("Ask gran-pat or r-contact.", ids)).toEqual(["gran-pat", "r-contact"]);
    expect(idsShown("Amy and Gran (Pat)", ids)).toEqual([]);
    expect(readable('<p class="x">Hello gran-pat</p><div aria-label="r-contact"></div>')).toMatch(/Hello gran-pat[\s\S]*r-contact/);
  });

  for (const kind of KINDS) {
    for (const [label, audience] of AUDIENCES) {
      it(`${kind} for ${label}: no id, no placeholder, the rules' words`, () => {
        const doc = render(caseFile, kind, audience);
        for (const text of [doc.html, doc.markdown]) {
          expect(idsShown(text, ids)).toEqual([]);
          expect(text).not.toMatch(/undefined|\{\w+\}|\{\w+, (plural|select)/);
        }
        if (kind === "safety-plan") {
          expect(doc.title).toBe("Our safety plan");
          for (const rule of Object.values(RULES)) expect(doc.markdown).toContain(rule);
          expect(doc.markdown).toContain("Who does it: Gran (Pat) and Lee");
        } else {
          expect(doc.title).toBe(audience.kind === "child" ? "My safety plan" : "Amy and Ben's safety plan");
          for (const version of Object.values(CHILD_VERSIONS)) expect(doc.markdown).toContain(version);
          expect(doc.markdown).not.toContain(RULES.contact);
          expect(doc.html).toContain('class="drawing"');
        }
        expect(doc.findings.filter((f) => f.code === "documents/nothing-to-show" || f.code === "documents/person-not-named")).toEqual([]);
      });
    }
  }
});

describe("safety-plan", () => {
  it("for the family: status, the worries, each rule with who, when, who checks and what happens if it is not kept, the breach, who agreed", () => {
    // #region family-plan
    const doc = renderFamilyDocument(workedCase(), { kind: "safety-plan", audience: { kind: "family" }, asOf: "2025-06-01" });
    doc.title; // "Our safety plan"
    doc.markdown.includes("- Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran there for the whole visit"); // true
    doc.markdown.includes("  - Gran (Pat) and Kerry will tell Children's Services within 24 hours."); // true
    // #endregion family-plan
    const md = doc.markdown;
    expect(doc.title).toBe("Our safety plan");
    expect(md).toMatch(/## About this plan\n\nThis plan is in place\. It has been in place since .*29.*2025\./);
    expect(md).toContain("### Why we have a plan");
    expect(md).toContain("- Children's Services and the school are worried that when Lee has been drinking he may hit Amy or Ben again and they could be badly hurt");
    expect(md).toContain(`- ${RULES.contact}\n  - Who does it: Gran (Pat) and Lee\n  - Who it is about: Lee\n  - When: Wednesday 4pm to 6pm and Saturday 10am to 2pm\n  - Where: Gran's house\n  - Gran (Pat) checks: is there for every visit\n  - Sarah checks: asks Amy and Gran about the visits every fortnight\n  - Warning sign: Lee smells of alcohol or slurs his words\n  - Warning sign: Lee turns up without arranging it\n  - If it is not kept: Gran ends the visit and takes the children home to Kerry; Kerry rings Jo\n  - Gran (Pat) and Kerry will tell Children's Services within 24 hours.\n  - What the children will do: Amy tells Nanny Pat or rings Auntie Jo\n`);
    expect(md).toContain("  - Sarah checks that it happens\n");
    expect(md).toContain("## Times a rule was not kept");
    expect(md).toContain("  - What happened: Lee came to Kerry's house at 8:30pm after drinking");
    expect(md).toMatch(/ {2}- Kerry told Children's Services on .*10.*2025\./);
    expect(md).toMatch(/ {2}- This was sorted out on .*14.*2025\./);
    expect(md).toContain("## Who agreed to this plan");
    for (const name of ["Kerry", "Lee", "Gran (Pat)", "Sarah", "Auntie Jo", "Michelle"]) expect(md).toMatch(new RegExp(`- ${escapeRegExp(name)} agreed on .*28.*2025`));
    expect(md).not.toContain("Your part");
    expect(doc.findings.filter((f) => f.code === "documents/left-out")).toEqual([]);
    // Lists with lines under each item, not tables.
    expect(doc.html).not.toContain("<table");
    expect(doc.html).toContain("<li>Who does it: Gran (Pat) and Lee</li>");
  });

  it("the hours to tell Children's Services take their plural form", () => {
    const caseFile = edited((c) => {
      const rules = rulesOf(c) as { ifBroken: { tellWithinHours?: number; whoTellsIds: string[] } }[];
      if (rules[0] !== undefined) rules[0].ifBroken.tellWithinHours = 1;
      if (rules[1] !== undefined) rules[1].ifBroken.whoTellsIds = [];
      if (rules[2] !== undefined) delete rules[2].ifBroken.tellWithinHours;
    });
    const md = render(caseFile, "safety-plan", { kind: "family" }).markdown;
    expect(md).toContain("Gran (Pat) and Kerry will tell Children's Services within 1 hour.");
    expect(md).toContain("Children's Services must be told within 48 hours.");
    expect(md).toContain("Auntie Jo will tell Children's Services.\n");
    expect(md).toContain("Michelle and Kerry will tell Children's Services within 12 hours.");
    expect(render(workedCase(), "safety-plan", { kind: "family" }).markdown).toContain("within 24 hours.");
  });

  it("a network member shown the whole plan sees their part marked", () => {
    const doc = render(workedCase(), "safety-plan", { kind: "network-member", personId: "auntie-jo" });
    expect(doc.markdown).toContain("The rules that say “Your part” are the ones you help with.");
    expect(doc.markdown).toContain(`- ${RULES.safeAdult}\n  - Your part: you help to do this, you check that it happens and you tell Children's Services if it is not kept.\n`);
    expect(doc.markdown).toContain(`- ${RULES.checkin}\n  - Your part: you help to do this and you tell Children's Services if it is not kept.\n`);
    expect(doc.markdown).toContain(`- ${RULES.contact}\n  - Who does it:`);
    // Breaches are the family's to share: not shown by default, and counted.
    expect(doc.markdown).not.toContain("Times a rule was not kept");
    expect(leftOut(doc.findings, "breaches", "sharing-policy")).toBe(1);
    expect(doc.markdown).toContain("Some parts of the plan are not shown here");
  });

  it("a network member without `plan-rules` sees only the rules they have a part in; the rest are counted as left out", () => {
    // #region own-rules
    const policy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": ["dangers", "own-plan-rules", "professional-contacts"] } } satisfies SharingPolicy;
    const doc = renderFamilyDocument(workedCase(), { kind: "safety-plan", audience: { kind: "network-member", personId: "gran-pat" }, asOf: "2025-06-01", sharingPolicy: policy });
    doc.findings[0]; // { code: "documents/left-out", params: { content: "plan-rules", reason: "not-for-reader", count: 3 }, … }
    // #endregion own-rules
    expect(doc.findings[0]).toEqual({ code: "documents/left-out", severity: "info", path: ["plans", 0, "rules"], params: { content: "plan-rules", reason: "not-for-reader", count: 3 } });
    expect(doc.markdown).toContain(RULES.contact);
    expect(doc.markdown).toContain("Here are the parts of the plan that you help with.");
    expect(doc.markdown).toContain("  - Your part: you help to do this, you check that it happens and you tell Children's Services if it is not kept.");
    for (const rule of [RULES.safeAdult, RULES.checkin, RULES.bedtime]) expect(doc.markdown).not.toContain(rule);
    // Only those who agreed to the rules shown.
    expect(doc.markdown).not.toContain("Michelle agreed");
    expect(doc.markdown).toContain("Gran (Pat) agreed");
    expect(doc.markdown).toContain("Some parts of the plan are not shown here");

    const michelle = render(workedCase(), "safety-plan", { kind: "network-member", personId: "michelle" }, { sharingPolicy: OWN_ONLY });
    expect(leftOut(michelle.findings, "plan-rules", "not-for-reader")).toBe(2);
    expect(michelle.markdown).toContain(`- ${RULES.checkin}\n  - Your part: you check that it happens.\n`);
    expect(michelle.markdown).toContain(`- ${RULES.bedtime}\n  - Your part: you check that it happens and you tell Children's Services if it is not kept.\n`);
    for (const rule of [RULES.contact, RULES.safeAdult]) expect(michelle.markdown).not.toContain(rule);
  });

  it("a network member with neither `plan-rules` nor `own-plan-rules` is told there is nothing to show, and all the rules are counted", () => {
    const doc = render(workedCase(), "safety-plan", { kind: "network-member", personId: "auntie-jo" }, { sharingPolicy: memberPolicy(["dangers"]) });
    expect(leftOut(doc.findings, "plan-rules", "sharing-policy")).toBe(4);
    expect(doc.markdown).toContain("There are no parts of the plan to show you here.");
    for (const rule of Object.values(RULES)) expect(doc.markdown).not.toContain(rule);
    expect(doc.markdown).not.toContain("Who agreed to this plan");
  });

  it("a member shown their own rules and the breaches sees only the breaches of their rules", () => {
    const michelle = render(workedCase(), "safety-plan", { kind: "network-member", personId: "michelle" }, { sharingPolicy: memberPolicy(["own-plan-rules", "breaches"]) });
    expect(michelle.markdown).not.toContain("Times a rule was not kept");
    expect(leftOut(michelle.findings, "breaches", "not-for-reader")).toBe(1);
    const gran = render(workedCase(), "safety-plan", { kind: "network-member", personId: "gran-pat" }, { sharingPolicy: memberPolicy(["own-plan-rules", "breaches"]) });
    expect(gran.markdown).toContain("## Times a rule was not kept");
    expect(leftOut(gran.findings, "breaches", "not-for-reader")).toBe(0);
  });

  it("property: a network member is shown only what the policy allows, and every rule is either shown or counted", () => {
    const members = ["gran-pat", "auntie-jo", "michelle"] as const;
    const parts: Readonly<Record<(typeof members)[number], readonly string[]>> = { "gran-pat": [RULES.contact], "auntie-jo": [RULES.safeAdult, RULES.checkin], michelle: [RULES.checkin, RULES.bedtime] };
    const caseFile = workedCase();
    fc.assert(
      fc.property(fc.constantFrom(...members), fc.subarray([...SHARED_CONTENT]), (personId, sees) => {
        const doc = render(caseFile, "safety-plan", { kind: "network-member", personId }, { sharingPolicy: memberPolicy(sees) });
        const shown = Object.values(RULES).filter((r) => doc.markdown.includes(`- ${r}\n`));
        const counted = leftOut(doc.findings, "plan-rules", "not-for-reader") + leftOut(doc.findings, "plan-rules", "sharing-policy");
        expect(shown.length + counted).toBe(4);
        if (sees.includes("plan-rules")) expect(shown.length).toBe(4);
        else if (sees.includes("own-plan-rules")) expect(shown).toEqual(Object.values(RULES).filter((r) => parts[personId].includes(r)));
        else expect(shown).toEqual([]);
        expect(doc.markdown.includes("Why we have a plan")).toBe(sees.includes("dangers"));
        expect(doc.markdown.includes("after drinking and shouted")).toBe(sees.includes("breaches") && shown.includes(RULES.contact));
        expect(doc.markdown.includes("Who to call")).toBe(sees.includes("professional-contacts"));
      }),
      { numRuns: 60 },
    );
  });

  it("a child reader of the whole plan is not shown the worries or the breaches, and they are counted", () => {
    const doc = render(workedCase(), "safety-plan", { kind: "child", childId: "amy" });
    expect(doc.markdown).not.toContain("Why we have a plan");
    expect(leftOut(doc.findings, "dangers", "sharing-policy")).toBe(2);
    expect(leftOut(doc.findings, "breaches", "sharing-policy")).toBe(1);
  });

  it("the plan's status in words, as of the date", () => {
    expect(render(workedCase(), "safety-plan", { kind: "family" }, { asOf: "2025-04-10" }).markdown).toMatch(/We are trying this plan out\. The trial started on .*1.*2025\./);
    expect(render(workedCase(), "safety-plan", { kind: "professional" }, { asOf: "2025-03-30" }).markdown).toMatch(/We are still writing this plan\. We started it on .*28.*2025\./);
    // The breach of 10 May is not yet known on 10 April.
    expect(render(workedCase(), "safety-plan", { kind: "family" }, { asOf: "2025-04-10" }).markdown).not.toContain("Times a rule was not kept");
    const sustaining = edited((c) => {
      (c.plans[0] as { statusHistory: Json[] }).statusHistory.push({ status: "sustaining", on: "2025-05-20" });
    });
    expect(render(sustaining, "safety-plan", { kind: "family" }).markdown).toMatch(/This plan is working, and we are keeping it going\. We have been doing this since .*20.*2025\./);
  });

  it("a breach escalated or resolved after the date says so only as of the date", () => {
    const md = render(workedCase(), "safety-plan", { kind: "family" }, { asOf: "2025-05-12" }).markdown;
    expect(md).toContain("Kerry told Children's Services on");
    expect(md).toContain("This is not sorted out yet.");
    expect(md).not.toContain("This was sorted out");
  });

  it("a plan that starts after the date is not used", () => {
    const before = render(workedCase(), "safety-plan", { kind: "family" }, { asOf: "2025-03-27" });
    expect(before.markdown).toContain("## No plan yet\n\nThere is no safety plan yet.");
    for (const rule of Object.values(RULES)) expect(before.markdown).not.toContain(rule);
    expect(before.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["plans"], params: { what: "safety-plan" } });

    const later = edited((c) => {
      const next = JSON.parse(JSON.stringify(c.plans[0])) as { id: string; version: number; previousVersionId?: string; status: string; statusHistory: Json[]; rules: { text: string; childVersion?: string }[]; reviews: Json[] };
      next.id = "plan-2";
      next.version = 2;
      next.previousVersionId = "plan-1";
      next.status = "draft";
      next.statusHistory = [{ status: "draft", on: "2025-07-01" }];
      next.reviews = [];
      for (const rule of next.rules) {
        rule.text = `Later: ${rule.text}`;
        if (rule.childVersion !== undefined) rule.childVersion = `Later: ${rule.childVersion}`;
      }
      c.plans.push(next);
    });
    for (const kind of KINDS) {
      const doc = render(later, kind, { kind: "family" });
      expect(doc.markdown).not.toContain("Later:");
      expect(doc.markdown).toContain(kind === "safety-plan" ? RULES.contact : CHILD_VERSIONS.contact);
    }
    expect(render(later, "safety-plan", { kind: "family" }, { asOf: "2025-07-02" }).markdown).toContain(`Later: ${RULES.contact}`);
  });

  it("a plan with no rules says so, with a finding", () => {
    const empty = edited((c) => {
      (c.plans[0] as { rules: Json[] }).rules = [];
      c.monitoring = [];
      c.bottomLines = [];
    });
    const doc = render(empty, "safety-plan", { kind: "family" });
    expect(doc.markdown).toContain("This plan has no rules yet.");
    expect(doc.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["plans", 0, "rules"], params: { what: "plan-rules" } });
  });
});

describe("child-safety-plan", () => {
  it("for Amy: her rules in the words written for her, what she does, her safe grown-ups and a place to draw them", () => {
    // #region child-plan
    const doc = renderFamilyDocument(workedCase(), { kind: "child-safety-plan", audience: { kind: "child", childId: "amy" }, asOf: "2025-06-01" });
    doc.title; // "My safety plan"
    doc.markdown.includes("- Dad sees us at Nanny Pat's and Nanny Pat is always there\n  - If this does not happen: Amy tells Nanny Pat or rings Auntie Jo"); // true
    // #endregion child-plan
    const md = doc.markdown;
    expect(doc.title).toBe("My safety plan");
    expect(md).toContain("## What keeps me safe");
    expect(md).toContain("- Dad sees us at Nanny Pat's and Nanny Pat is always there\n  - If this does not happen: Amy tells Nanny Pat or rings Auntie Jo\n");
    expect(md).toContain("## My safe grown-ups\n\nI can go to these grown-ups when I am worried or scared:\n\n- Gran (Pat)\n- Auntie Jo\n- Kerry\n- Michelle\n");
    // Not the person whose contact is supervised, not a professional.
    for (const name of ["Lee", "Sarah", "Mrs Patel", "Omar"]) expect(md).not.toMatch(new RegExp(`^- ${name}$`, "m"));
    expect(doc.html).toContain('aria-label="Draw your safe grown-ups here"');
    expect(doc.findings).toEqual([]);
  });

  it("for another reader: the child's name in the headings; one child chosen by `childId`, or each child in turn", () => {
    const one = render(workedCase(), "child-safety-plan", { kind: "family" }, { childId: "ben" });
    expect(one.title).toBe("Ben's safety plan");
    expect(one.markdown).toContain("## What keeps Ben safe");
    expect(one.markdown).toContain("## Ben's safe grown-ups\n\nBen can go to these grown-ups when worried or scared:");
    expect(one.markdown).not.toContain("Amy safe");
    const both = render(workedCase(), "child-safety-plan", { kind: "network-member", personId: "gran-pat" });
    expect(both.title).toBe("Amy and Ben's safety plan");
    const headings = [...both.markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["What keeps Amy safe", "Amy's safe grown-ups", "What keeps Ben safe", "Ben's safe grown-ups", "Who to call"]);
    expect(both.html).toContain('aria-label="A place for Ben to draw their safe grown-ups"');
  });

  it("a rule without a child's version shows the rule as written, with a finding", () => {
    const caseFile = edited((c) => {
      delete rulesOf(c)[2]?.["childVersion"];
    });
    const doc = render(caseFile, "child-safety-plan", { kind: "family" });
    expect(doc.markdown).toContain(`- ${RULES.checkin}`);
    expect(doc.markdown).not.toContain(CHILD_VERSIONS.checkin);
    // One finding for the rule, though it shows for both children.
    expect(doc.findings).toEqual([{ code: "documents/no-child-version", severity: "warning", path: ["plans", 0, "rules", 2] }]);
  });

  it("only the rules about this child: a rule whose subjects or worries name only another child is not in the plan", () => {
    const caseFile = edited((c) => {
      const rules = rulesOf(c) as { subjectIds: string[]; dangerIds: string[] }[];
      if (rules[2] !== undefined) rules[2].subjectIds = ["amy"];
    });
    const amy = render(caseFile, "child-safety-plan", { kind: "child", childId: "amy" });
    expect(amy.markdown).toContain(CHILD_VERSIONS.checkin);
    const ben = render(caseFile, "child-safety-plan", { kind: "child", childId: "ben" });
    expect(ben.markdown).not.toContain(CHILD_VERSIONS.checkin);
    expect(ben.markdown).toContain(CHILD_VERSIONS.contact);
    expect(leftOut(ben.findings, "plan-rules", "another-child")).toBe(1);
    // A parent reading Ben's plan chose Ben: nothing was withheld from them.
    expect(render(caseFile, "child-safety-plan", { kind: "family" }, { childId: "ben" }).findings).toEqual([]);

    const byDanger = edited((c) => {
      const map = (c["maps"] as { dangers: { id: string; childIds: string[] }[] }[])[0];
      const arguments_ = map?.dangers.find((d) => d.id === "d-arguments");
      if (arguments_ !== undefined) arguments_.childIds = ["amy"];
    });
    // r-checkin answers only d-arguments, now only about Amy; the others answer d-drink too.
    const benByDanger = render(byDanger, "child-safety-plan", { kind: "child", childId: "ben" });
    expect(benByDanger.markdown).not.toContain(CHILD_VERSIONS.checkin);
    expect(benByDanger.markdown).toContain(CHILD_VERSIONS.bedtime);
  });

  it("with no plan as of the date: a short plain section and a finding", () => {
    const doc = render(workedCase(), "child-safety-plan", { kind: "child", childId: "ben" }, { asOf: "2025-03-27" });
    expect(doc.title).toBe("My safety plan");
    expect(doc.markdown).toContain("There is no safety plan yet.");
    expect(doc.findings.map((f) => f.code)).toEqual(["documents/nothing-to-show"]);
  });

  it("a network member without `plan-rules` sees only the rules they have a part in, in the child's words", () => {
    const doc = render(workedCase(), "child-safety-plan", { kind: "network-member", personId: "gran-pat" }, { sharingPolicy: OWN_ONLY, childId: "amy" });
    expect(doc.markdown).toContain(CHILD_VERSIONS.contact);
    for (const v of [CHILD_VERSIONS.safeAdult, CHILD_VERSIONS.checkin, CHILD_VERSIONS.bedtime]) expect(doc.markdown).not.toContain(v);
    expect(leftOut(doc.findings, "plan-rules", "not-for-reader")).toBe(3);
  });
});

describe("the worker's words are checked where they are shown, with their paths", () => {
  const caseFile = workedCase();
  function pathsChecked(kind: "safety-plan" | "child-safety-plan", audience: ResolvedAudience, policy: SharingPolicy = DEFAULT_SHARING_POLICY): string[] {
    const ctx = createDocumentContext(caseFile, { kind, audience, asOf }, audience, policy);
    const checkWords = vi.fn<(text: string, path: readonly (string | number)[]) => void>();
    (kind === "safety-plan" ? buildSafetyPlanDocument : buildChildSafetyPlan)({ ...ctx, checkWords });
    const paths = checkWords.mock.calls.map(([, path]) => path.join("."));
    expect(new Set(paths).size).toBe(paths.length);
    return paths;
  }

  it("the plan: rule texts, monitors' how, warning signs, what happens, the worries and the breach", () => {
    const paths = pathsChecked("safety-plan", { kind: "family" });
    for (const p of ["plans.0.rules.0.text", "plans.0.rules.3.text", "plans.0.rules.0.ifBroken.action", "plans.0.rules.0.ifBroken.childAction", "plans.0.rules.0.triggers.1", "plans.0.rules.0.monitors.0.how", "maps.0.dangers.0.text", "maps.0.dangers.1.text"]) expect(paths).toContain(p);
    const breach = caseFile.monitoring.findIndex((e) => e.id === "m-breach");
    expect(paths).toContain(`monitoring.${String(breach)}.note`);
    expect(paths).toContain(`monitoring.${String(breach)}.escalation.action`);
    expect(paths.some((p) => p.endsWith("childVersion"))).toBe(false);
  });

  it("what is not shown is not checked", () => {
    const paths = pathsChecked("safety-plan", { kind: "network-member", personId: "gran-pat" }, OWN_ONLY);
    expect(paths).toContain("plans.0.rules.0.text");
    // Gran's own rule (the first) and the worries; not the other rules, not the breach.
    expect(paths.filter((p) => !p.startsWith("plans.0.rules.0.") && !p.startsWith("maps.0.dangers."))).toEqual([]);
  });

  it("through the renderer: a finding on the worker's words carries the path of the words in the case file", () => {
    const caseFile = edited((c) => {
      const rules = rulesOf(c) as { text: string; childVersion?: string }[];
      if (rules[1] !== undefined) rules[1].text = "Auntie Jo is the safeguarding contact for Amy and Ben";
      if (rules[2] !== undefined) rules[2].childVersion = "Auntie Jo does a section 47 check";
    });
    const plan = render(caseFile, "safety-plan", { kind: "family" });
    expect(plan.findings).toContainEqual(expect.objectContaining({ code: "documents/readability/jargon", path: ["plans", 0, "rules", 1, "text"] }));
    const child = render(caseFile, "child-safety-plan", { kind: "child", childId: "amy" });
    expect(child.findings).toContainEqual(expect.objectContaining({ code: "documents/readability/jargon", path: ["plans", 0, "rules", 2, "childVersion"] }));
    // Not run when the options turn the checks off.
    expect(render(caseFile, "safety-plan", { kind: "family" }, { readability: false }).findings.filter((f) => f.code.startsWith("documents/readability/"))).toEqual([]);
  });

  it("the child's plan: the child's versions and what the child does, once each", () => {
    const paths = pathsChecked("child-safety-plan", { kind: "family" });
    expect(paths).toEqual(["plans.0.rules.0.childVersion", "plans.0.rules.0.ifBroken.childAction", "plans.0.rules.1.childVersion", "plans.0.rules.2.childVersion", "plans.0.rules.3.childVersion"]);
  });
});

describe("the stored case files", () => {
  const dir = new URL("../case-file/stored/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it("there are stored case files to read", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    for (const day of ["2025-06-01", "2040-01-01"]) {
      it(`${file} as of ${day}: both kinds for every reader, no id`, () => {
        const caseFile = migrateCaseFile(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
        // Ids that are part of someone's name ("Child c0") are names here.
        const ids = new Set([...idsOf(caseFile)].filter((id) => !caseFile.people.some((p) => p.name.includes(id))));
        const members = (caseFile.network?.members ?? []).filter((m) => m.joinedOn <= day && (m.leftOn === undefined || m.leftOn > day));
        const audiences: DocumentAudience[] = [{ kind: "family" }, { kind: "professional" }, ...caseFile.childIds.map((childId) => ({ kind: "child" as const, childId })), ...members.map((m) => ({ kind: "network-member" as const, personId: m.personId }))];
        for (const kind of KINDS) {
          for (const audience of audiences) {
            const doc = renderFamilyDocument(caseFile, { kind, audience, asOf: day });
            for (const text of [readable(doc.html), doc.markdown]) {
              expect(idsShown(text, ids)).toEqual([]);
              expect(text).not.toMatch(/undefined|\{\w+\}|\{\w+, (plural|select)/);
            }
            expect(doc.findings.filter((f) => f.code === "documents/person-not-named")).toEqual([]);
          }
        }
      });
    }
  }
});
