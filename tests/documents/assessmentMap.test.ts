/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- variants of the worked case are made by editing its JSON */
// The assessment map written for a family and each reader (`kind: "assessment-map"`), from the
// worked case (Kerry, Amy and Ben; Lee; Gran, Auntie Jo and Michelle) as of 1 June 2025.
import { readdirSync, readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { migrateCaseFile, parseCaseFile, type CaseFile } from "../../src/case-file";
import type { Finding } from "../../src/core";
import { DEFAULT_SHARING_POLICY, renderFamilyDocument, type DocumentAudience, type ReadabilityOptions, type SharedContent, type SharingPolicy } from "../../src/documents";
import type * as Readability from "../../src/documents/readability/checkReadability";
import { workedCase } from "../bottom-lines/fixtures";
import { idsOf } from "./integration";

// The plain-language checks run as they are; here they also record what the document asks them
// to check, and where.
const checked = vi.hoisted(() => ({ calls: [] as { text: string; path: readonly (string | number)[] }[] }));
vi.mock("../../src/documents/readability/checkReadability", async (importActual) => {
  const actual = await importActual<typeof Readability>();
  return {
    ...actual,
    checkReadability: (text: string, options: ReadabilityOptions = {}) => {
      checked.calls.push({ text, path: options.path ?? [] });
      return actual.checkReadability(text, options);
    },
  };
});
beforeEach(() => {
  checked.calls.length = 0;
});

const asOf = "2025-06-01";
const worked = workedCase();
const map = worked.maps[0];
if (map === undefined) throw new Error("the worked case has a map");

const AUDIENCES: readonly DocumentAudience[] = [
  { kind: "family" },
  { kind: "child", childId: "amy" },
  { kind: "child", childId: "ben" },
  { kind: "network-member", personId: "gran-pat" },
  { kind: "network-member", personId: "auntie-jo" },
  { kind: "network-member", personId: "michelle" },
  { kind: "professional" },
];

function render(audience: DocumentAudience, caseFile: CaseFile = worked, options: { sharingPolicy?: SharingPolicy } = {}) {
  return renderFamilyDocument(caseFile, { kind: "assessment-map", audience, asOf, ...options });
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The worked case as JSON, changed by `edit`, parsed back. */
function edited(edit: (json: Json) => void): CaseFile {
  const json = JSON.parse(JSON.stringify(worked)) as Json;
  edit(json);
  return parseCaseFile(json);
}


function wholeWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text);
}

/** The text as the HTML writer escapes it. */
function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function leftOut(findings: readonly Finding[]): Record<string, { reason: unknown; count: unknown }> {
  return Object.fromEntries(findings.filter((f) => f.code === "documents/left-out").map((f) => [String(f.params?.["content"]), { reason: f.params?.["reason"], count: f.params?.["count"] }]));
}

const HEADINGS = {
  worries: "What we are worried about",
  harm: "What happened",
  complicating: "What makes things harder",
  working: "What is working well",
  grey: "What we are not sure about yet",
  needs: "What needs to happen",
  scales: "Where people put things on the safety scale",
  analysis: "What the social worker thinks",
};

describe("assessment-map", () => {
  it("writes the worked case for the family", () => {
    // #region docs-example
    const doc = renderFamilyDocument(workedCase(), { kind: "assessment-map", audience: { kind: "family" }, asOf: "2025-06-01" });
    doc.title; // "Our assessment map"
    doc.markdown.includes("## What we are worried about"); // true
    doc.markdown.includes("| Kerry | 6 out of 10 | Not written down |"); // true: each person's score, attributed
    // #endregion docs-example
    expect(doc.title).toBe("Our assessment map");
    expect(doc.markdown).toContain("## What we are worried about");
    expect(doc.markdown).toContain("| Kerry | 6 out of 10 | Not written down |");
    // The family sees every part of the map: nothing is left out.
    expect(leftOut(doc.findings)).toEqual({});
  });

  it("shows the parts in order, with the worked case's own words", () => {
    const { markdown } = render({ kind: "family" });
    const order = [HEADINGS.worries, HEADINGS.harm, HEADINGS.complicating, HEADINGS.working, HEADINGS.grey, HEADINGS.needs, HEADINGS.scales, HEADINGS.analysis].map((h) => markdown.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const text of [...map.dangers, ...map.harm, ...map.complicatingFactors, ...map.strengths, ...map.existingSafety, ...map.goals, ...map.nextSteps].map((x) => x.text)) expect(markdown).toContain(text);
    expect(markdown).toContain("This map is about Amy and Ben. It was made on 20 March 2025 with Sarah, Kerry, Lee and Gran (Pat).");
    expect(markdown).toContain("Who is worried: Children's Services and Greenfield Primary School");
    expect(markdown).toContain("When: 14 February 2025");
    expect(markdown).toContain("Who has seen it: Greenfield Primary School");
    expect(markdown).toContain("Seen since: 1 January 2025");
    expect(markdown).toContain("What they will do: Lee sees the children only at Gran's with Gran there and Gran ends a visit if Lee has been drinking");
    expect(markdown).toContain("How long: for 3 months");
    expect(markdown).toContain("How long: for 6 weeks");
    expect(markdown).toContain("Who will check: Gran and Sarah (social worker)");
    expect(markdown).toContain("Who: Sarah\n");
    expect(markdown).toContain("By: 24 March 2025");
    expect(markdown).toContain("How it is going: done");
    expect(markdown).toContain("10 means: Everyone knows Amy and Ben are safe enough to close the case. 0 means: Amy and Ben cannot live at home.");
    expect(markdown).toContain("| Sarah | 3 out of 10 | A network is being found but no plan is yet in place | 20 March 2025 |");
    expect(markdown).toContain("| Lee | 7 out of 10 |");
    // Empty parts say so.
    expect(markdown).toContain("There is nothing on the map that we are not sure about.");
    expect(markdown).toContain("The social worker has not written this down yet.");
    expect(markdown).toContain("The family's view is not written down yet.");
  });

  describe.each(AUDIENCES.map((a) => [a.kind === "child" ? `child ${a.childId ?? ""}` : a.kind === "network-member" ? `network member ${a.personId}` : a.kind, a] as const))("for %s", (_, audience) => {
    const doc = render(audience);
    const ids = [...idsOf(JSON.parse(JSON.stringify(worked)))];

    it("shows no id of the case file, no placeholder and no gap", () => {
      expect(ids.length).toBeGreaterThan(30);
      for (const id of ids) {
        expect(wholeWord(doc.markdown, id), id).toBe(false);
        expect(wholeWord(doc.html, id), id).toBe(false);
      }
      for (const out of [doc.markdown, doc.html]) {
        expect(out).not.toMatch(/undefined|NaN|\[object|\{\w+[,}]/);
      }
    });

    it("is semantic HTML: lang, one h1, a heading for each section", () => {
      expect(doc.html).toContain('<html lang="en-GB">');
      expect(doc.html.match(/<h1[ >]/g)).toHaveLength(1);
      const sections = doc.html.match(/<section[ >]/g) ?? [];
      expect(sections.length).toBeGreaterThan(1);
      expect(doc.html.match(/<h2[ >]/g)).toHaveLength(sections.length);
      expect(doc.html).toContain("<h1>Our assessment map</h1>");
    });

    it("shows each part only as the sharing policy allows, and lists the rest", () => {
      const policy = DEFAULT_SHARING_POLICY.audiences[audience.kind];
      const allowed = (c: SharedContent): boolean => policy.includes(c);
      const present = (text: string): boolean => doc.markdown.includes(text) && doc.html.includes(html(text));
      expect(map.dangers.every((d) => present(d.text))).toBe(allowed("dangers"));
      expect(map.harm.every((h) => present(h.text))).toBe(allowed("harm"));
      expect(map.harm.some((h) => doc.markdown.includes(h.text))).toBe(allowed("harm"));
      expect(present(HEADINGS.harm)).toBe(allowed("harm"));
      expect(present(map.complicatingFactors[0]?.text ?? "?")).toBe(allowed("complicating-factors"));
      expect(map.strengths.every((s) => present(s.text))).toBe(allowed("strengths"));
      expect(map.existingSafety.every((s) => present(s.text))).toBe(allowed("existing-safety"));
      expect(map.goals.every((g) => present(g.text))).toBe(allowed("goals"));
      expect(map.nextSteps.every((n) => present(n.text))).toBe(allowed("next-steps"));
      expect(present(HEADINGS.scales)).toBe(allowed("scales"));
      expect(doc.markdown.includes("out of 10")).toBe(allowed("scales"));
      expect(present(HEADINGS.grey)).toBe(allowed("grey-areas"));
      expect(present(HEADINGS.analysis)).toBe(allowed("worker-analysis"));
      // What was not shown is listed, with how many items; parts the map has none of are not.
      const counts: Partial<Record<SharedContent, number>> = { harm: 2, dangers: 2, "complicating-factors": 1, strengths: 1, "existing-safety": 1, goals: 2, "next-steps": 1, scales: 3 };
      const expected = Object.fromEntries(
        Object.entries(counts)
          .filter(([c]) => !allowed(c as SharedContent))
          .map(([c, count]) => [c, { reason: "sharing-policy", count }]),
      );
      if (!allowed("professional-contacts")) expected["professional-contacts"] = { reason: "sharing-policy", count: 1 };
      expect(leftOut(doc.findings)).toEqual(expected);
    });
  });

  it("does not show Gran what happened or the scales, and says so in the findings", () => {
    const doc = render({ kind: "network-member", personId: "gran-pat" });
    expect(doc.markdown).not.toContain("red mark on her cheek");
    expect(doc.markdown).not.toContain(HEADINGS.harm);
    expect(doc.markdown).not.toContain(HEADINGS.scales);
    expect(doc.markdown).not.toContain("Lee does not yet accept");
    expect(doc.markdown).toContain(map.dangers[0]?.text);
    expect(doc.findings.filter((f) => f.code === "documents/left-out")).toEqual([
      { code: "documents/left-out", severity: "info", path: ["maps", 0, "harm"], params: { content: "harm", reason: "sharing-policy", count: 2 } },
      { code: "documents/left-out", severity: "info", path: ["maps", 0, "complicatingFactors"], params: { content: "complicating-factors", reason: "sharing-policy", count: 1 } },
      { code: "documents/left-out", severity: "info", path: ["maps", 0, "scales"], params: { content: "scales", reason: "sharing-policy", count: 3 } },
    ]);
    expect(doc.markdown).toContain("Some parts of the plan are not shown here");
  });

  it("shows a professional everything, with nothing left out", () => {
    const doc = render({ kind: "professional" });
    for (const h of Object.values(HEADINGS)) expect(doc.markdown).toContain(h);
    expect(doc.findings.filter((f) => f.code === "documents/left-out")).toEqual([]);
    expect(doc.markdown).toContain("red mark on her cheek");
  });

  it("opens a child's copy with what is working well", () => {
    const doc = render({ kind: "child", childId: "amy" });
    const sections = [...doc.markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([HEADINGS.working, HEADINGS.needs, "Who to call"]);
    expect(doc.markdown).toMatch(/## What is working well\n\nThis map is about Amy and Ben\./);
  });

  it("uses the map current as of the date, never a later one", () => {
    const later = edited((json) => {
      json.maps.push({ ...JSON.parse(JSON.stringify(json.maps[0])), version: 2, date: "2025-07-01", dangers: [{ ...json.maps[0].dangers[0], text: "A worry written in July" }], goals: [], nextSteps: [], scales: [], existingSafety: [] });
    });
    const doc = render({ kind: "family" }, later);
    expect(doc.markdown).toContain(map.dangers[0]?.text);
    expect(doc.markdown).not.toContain("A worry written in July");
    expect(renderFamilyDocument(later, { kind: "assessment-map", audience: { kind: "family" }, asOf: "2025-07-01" }).markdown).toContain("A worry written in July");
  });

  it("says there is no map yet when the only map is dated after the date", () => {
    const future = edited((json) => {
      json.maps[0].date = "2025-07-01";
      json.plans[0].mapId = json.maps[0].id;
    });
    const doc = render({ kind: "family" }, future);
    expect(doc.markdown).toContain("## The map\n\nThere is no map for Amy and Ben yet. Your social worker will make one with you.");
    expect(doc.markdown).not.toContain(HEADINGS.worries);
    expect(doc.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["maps"], params: { what: "assessment-map" } });
  });

  it("names someone it cannot find as “someone”, with a finding", () => {
    const stranger = edited((json) => {
      json.maps[0].strengths[0].personIds = ["kerry", "nobody-here"];
    });
    const doc = render({ kind: "family" }, stranger);
    expect(doc.markdown).toContain("Who: Kerry and someone");
    expect(doc.markdown).not.toContain("nobody-here");
    expect(doc.findings).toContainEqual({ code: "documents/person-not-named", severity: "warning", path: ["maps", 0, "strengths", 0, "personIds", 1], params: { personId: "nobody-here" } });
  });

  it("attributes each view: who does not agree, and what each person says", () => {
    const disputed = edited((json) => {
      const m = json.maps[0];
      m.dangers[1].disputedBy = ["Kerry"];
      m.dangers[1].positions = [
        { heldBy: "Mum", personId: "kerry", view: "We argue, but we never throw things near the children" },
        { heldBy: "Lee's sister", view: "They have been calmer since Easter" },
        { heldBy: "Uncle Ray", personId: "ray-not-in-the-case", view: "I have never seen them fight" },
      ];
      m.harm[1].status = "disputed";
      m.harm[1].when = { from: "2024-11-01", to: "2025-02-28", pattern: "About once a week" };
      m.analysis = {
        worker: { text: "There is some safety because Gran supervises every visit", danger: "Lee may hit the children when drunk", decision: "The plan continues for three months", authorId: "sw-sarah", on: "2025-05-20" },
        family: [{ heldBy: "Lee", personId: "lee", view: "I know I need to stop drinking" }],
      };
      m.parentsAndCarers = [{ personId: "kerry", relation: "mother", view: "I want the children to feel safe at home" }];
    });
    const { markdown } = render({ kind: "family" }, disputed);
    expect(markdown).toContain("Who does not agree: Kerry");
    expect(markdown).toContain("Kerry says: “We argue, but we never throw things near the children”");
    expect(markdown).toContain("Lee's sister says: “They have been calmer since Easter”");
    // Someone the case does not hold is named as the map wrote them.
    expect(markdown).toContain("Uncle Ray says: “I have never seen them fight”");
    expect(markdown).toContain("When: from 1 November 2024 to 28 February 2025");
    expect(markdown).toContain("How often: About once a week");
    expect(markdown).toContain("Not everyone agrees that this happened.");
    expect(markdown).toContain("> There is some safety because Gran supervises every visit\n>\n> — Sarah, 20 May 2025");
    expect(markdown).toContain("The worry: Lee may hit the children when drunk");
    expect(markdown).toContain("What will happen next: The plan continues for three months");
    expect(markdown).toContain("> I want the children to feel safe at home\n>\n> — Kerry");
    expect(markdown).toContain("> I know I need to stop drinking\n>\n> — Lee");
    // Gran is shown none of the analysis, and is told how much was left out.
    const gran = render({ kind: "network-member", personId: "gran-pat" }, disputed);
    expect(gran.markdown).not.toContain("I know I need to stop drinking");
    expect(leftOut(gran.findings)["worker-analysis"]).toEqual({ reason: "sharing-policy", count: 3 });
  });

  it("shows each person's latest score as of the date, by name, by name written, or by role", () => {
    const scored = edited((json) => {
      const judgements = json.maps[0].scales[0].judgements;
      judgements.push(
        { id: "j-later", raterId: "sw-sarah", raterRole: "worker", value: 5, reason: "The plan has held since the breach", on: "2025-05-20" },
        { id: "j-future", raterId: "sw-sarah", raterRole: "worker", value: 8, reason: "Written after the date", on: "2025-06-10" },
        { id: "j-named", raterName: "Mr Green (GP)", raterRole: "professional", value: 4, on: "2025-05-01" },
        { id: "j-role", raterRole: "network", value: 7, on: "2025-05-01" },
      );
    });
    const { markdown } = render({ kind: "family" }, scored);
    expect(markdown).toContain("| Sarah | 5 out of 10 | The plan has held since the breach | 20 May 2025 |");
    expect(markdown).not.toContain("3 out of 10 | A network is being found");
    expect(markdown).not.toContain("Written after the date");
    expect(markdown).toContain("| Mr Green (GP) | 4 out of 10 | Not written down | 1 May 2025 |");
    expect(markdown).toContain("| Someone from the network | 7 out of 10 |");
  });

  it("shows a child's own score only where the child's consent allows it", () => {
    const withAmy = edited((json) => {
      json.maps[0].scales[0].judgements.push({ id: "j-amy", raterId: "amy", raterRole: "child", value: 8, reason: "Nanny Pat is always there", on: "2025-05-01" });
    });
    // Amy is too young to consent; the default policy needs the child's own consent.
    const family = render({ kind: "family" }, withAmy);
    expect(family.markdown).not.toContain("Nanny Pat is always there");
    expect(leftOut(family.findings)["child-voice"]).toEqual({ reason: "child-consent", count: 1 });
    expect(family.findings.find((f) => f.params?.["content"] === "child-voice")?.path).toEqual(["maps", 0, "scales", 0, "judgements", 2]);
    expect(render({ kind: "professional" }, withAmy).markdown).toContain("| Amy | 8 out of 10 | Nanny Pat is always there |");
    const parentConsent: SharingPolicy = { ...DEFAULT_SHARING_POLICY, childVoice: "given-or-parent-consent" };
    expect(render({ kind: "family" }, withAmy, { sharingPolicy: parentConsent }).markdown).toContain("| Amy | 8 out of 10 |");
    // A child who may see the scales sees their own score, not a brother's or sister's.
    const childScales: SharingPolicy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, child: [...DEFAULT_SHARING_POLICY.audiences.child, "scales"] } };
    expect(render({ kind: "child", childId: "amy" }, withAmy, { sharingPolicy: childScales }).markdown).toContain("| Amy | 8 out of 10 |");
    const ben = render({ kind: "child", childId: "ben" }, withAmy, { sharingPolicy: childScales });
    expect(ben.markdown).not.toContain("Nanny Pat is always there");
    expect(leftOut(ben.findings)["child-voice"]).toEqual({ reason: "another-child", count: 1 });
  });

  it("says empty parts in plain words, and words the goals' lengths and steps' progress", () => {
    const sparse = edited((json) => {
      const m = json.maps[0];
      m.variant = "wellbeing";
      m.dangers = [];
      m.harm = [];
      m.complicatingFactors = [];
      m.strengths = [];
      m.existingSafety = [];
      m.scales = [{ id: "sc-1", subject: { kind: "overall" }, polarity: "risk-high", judgements: [] }];
      m.goals = [{ id: "g-1", owner: "family", text: "We will keep the house calm", who: ["Kerry"], protectiveBehaviours: [], sustainFor: { amount: 1, unit: "weeks" }, monitoredBy: [] }];
      m.nextSteps = [
        { id: "n-1", text: "Kerry books a parenting course", ownerName: "Kerry", due: "2025-06-20", status: "in-progress", goalIds: [] },
        { id: "n-2", text: "Lee sees his doctor", status: "cancelled", goalIds: [] },
      ];
    });
    const doc = render({ kind: "family" }, sparse);
    expect(doc.title).toBe("Our wellbeing map");
    expect(doc.markdown).toContain("No worries are written on the map.");
    expect(doc.markdown).toContain("Nothing is written on the map about what has already happened.");
    expect(doc.markdown).toContain("Nothing is written on the map about what makes things harder.");
    expect(doc.markdown).toContain("This is the family's own goal.");
    expect(doc.markdown).toContain("How long: for 1 week\n");
    expect(doc.markdown).toContain("How it is going: started");
    expect(doc.markdown).toContain("How it is going: no longer needed");
    expect(doc.markdown).toContain("10 means: the worries are as big as they can be. 0 means: there are no worries.");
    expect(doc.markdown).toContain("No one has put a number on this scale yet.");
    expect(doc.markdown).not.toContain("Worry 0");
  });

  it("checks the worker's words it shows, each at its path in the case file", () => {
    const doc = render({ kind: "network-member", personId: "gran-pat" });
    const paths = checked.calls.map((c) => c.path.join("."));
    expect(paths).toContain("maps.0.dangers.0.text");
    expect(paths).toContain("maps.0.dangers.1.text");
    expect(paths).toContain("maps.0.strengths.0.text");
    expect(paths).toContain("maps.0.existingSafety.0.text");
    expect(paths).toContain("maps.0.goals.1.text");
    expect(paths).toContain("maps.0.goals.0.protectiveBehaviours.1");
    expect(paths).toContain("maps.0.nextSteps.0.text");
    // What Gran is not shown is not checked for her copy.
    expect(paths.some((p) => p.startsWith("maps.0.harm") || p.startsWith("maps.0.scales") || p.startsWith("maps.0.complicatingFactors"))).toBe(false);
    expect(checked.calls.find((c) => c.path.join(".") === "maps.0.dangers.0.text")?.text).toBe(map.dangers[0]?.text);
    expect(doc.findings.filter((f) => f.code.startsWith("documents/readability/")).every((f) => paths.includes(f.path.join(".")))).toBe(true);
    checked.calls.length = 0;
    render({ kind: "family" });
    const familyPaths = checked.calls.map((c) => c.path.join("."));
    for (const p of ["maps.0.harm.0.text", "maps.0.harm.1.text", "maps.0.complicatingFactors.0.text", "maps.0.scales.0.question", "maps.0.scales.1.anchors.ten", "maps.0.scales.1.anchors.zero"]) expect(familyPaths).toContain(p);
    // Each text is checked once, however often the document shows it (a worry is shown again with its scale).
    expect(new Set(familyPaths).size).toBe(familyPaths.length);
  });

  it("returns what the plain-language checks find in the worker's words, at their path", () => {
    const jargon = edited((json) => {
      json.maps[0].dangers[1].text = "Children's Services are worried about neglect and started a s47 enquiry";
    });
    const doc = render({ kind: "network-member", personId: "michelle" }, jargon);
    const found = doc.findings.filter((f) => f.code === "documents/readability/jargon");
    expect(found.map((f) => f.params?.["term"]).sort()).toEqual(["neglect", "s47"]);
    expect(found.every((f) => f.path.join(".") === "maps.0.dangers.1.text")).toBe(true);
    // With the checks turned off, none.
    const off = renderFamilyDocument(jargon, { kind: "assessment-map", audience: { kind: "family" }, asOf, readability: false });
    expect(off.findings.some((f) => f.code.startsWith("documents/readability/"))).toBe(false);
  });

  it("takes its words from the catalogue", () => {
    const doc = renderFamilyDocument(worked, {
      kind: "assessment-map",
      audience: { kind: "family" },
      asOf,
      catalogue: { locale: "en-US", messages: { "documents.assessment-map.worries.heading": "What we are worried about (reworded)", "documents.assessment-map.scale.score": "{value} of 10" } },
    });
    expect(doc.markdown).toContain("## What we are worried about (reworded)");
    expect(doc.markdown).toContain("| Kerry | 6 of 10 |");
    // The catalogue's language writes the dates.
    expect(doc.markdown).toContain("March 20, 2025");
    expect(doc.html).toContain('<html lang="en-US">');
  });

  test.prop([fc.subarray(["harm", "dangers", "complicating-factors", "strengths", "existing-safety", "grey-areas", "goals", "next-steps", "scales", "worker-analysis"] as SharedContent[])])(
    "under any policy, a part of the map is either shown or listed as left out, never both",
    (allowed) => {
      const policy: SharingPolicy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": [...allowed, "professional-contacts"] } };
      const doc = render({ kind: "network-member", personId: "auntie-jo" }, worked, { sharingPolicy: policy });
      const out = leftOut(doc.findings);
      const texts: [SharedContent, string][] = [
        ["harm", map.harm[0]?.text ?? "?"],
        ["dangers", map.dangers[0]?.text ?? "?"],
        ["complicating-factors", map.complicatingFactors[0]?.text ?? "?"],
        ["strengths", map.strengths[0]?.text ?? "?"],
        ["existing-safety", map.existingSafety[0]?.text ?? "?"],
        ["goals", map.goals[0]?.text ?? "?"],
        ["next-steps", map.nextSteps[0]?.text ?? "?"],
        ["scales", "out of 10"],
      ];
      for (const [content, text] of texts) {
        const shown = doc.markdown.includes(text);
        expect(shown).toBe(allowed.includes(content));
        expect(out[content] !== undefined).toBe(!shown);
      }
      expect(doc.markdown.includes(HEADINGS.grey)).toBe(allowed.includes("grey-areas"));
      expect(doc.html.match(/<h2[ >]/g)?.length).toBe(doc.html.match(/<section[ >]/g)?.length);
    },
  );

  describe("the stored case files", () => {
    const dir = new URL("../case-file/stored/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    it.each(files)("%s renders for every reader", (file) => {
      const caseFile = migrateCaseFile(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      // A day after every map, so that the latest version is the one written.
      const day = "2050-01-01";
      const readers: DocumentAudience[] = [
        { kind: "family" },
        { kind: "professional" },
        ...caseFile.childIds.map((childId): DocumentAudience => ({ kind: "child", childId })),
        ...(caseFile.network?.members ?? []).filter((m) => m.joinedOn <= day && (m.leftOn === undefined || m.leftOn > day)).map((m): DocumentAudience => ({ kind: "network-member", personId: m.personId })),
      ];
      // The arbitrary files name people after their ids ("Child c0"): only the worked ones are checked for ids.
      const ids = file.includes("arbitrary") ? [] : [...idsOf(JSON.parse(JSON.stringify(caseFile)))];
      for (const audience of readers) {
        const doc = renderFamilyDocument(caseFile, { kind: "assessment-map", audience, asOf: day });
        expect(doc.html.match(/<h1[ >]/g)).toHaveLength(1);
        expect(doc.html.match(/<h2[ >]/g)?.length).toBe(doc.html.match(/<section[ >]/g)?.length);
        expect(doc.markdown).not.toMatch(/undefined|NaN|\[object/);
        for (const id of ids) expect(wholeWord(doc.markdown, id), id).toBe(false);
        const policy = DEFAULT_SHARING_POLICY.audiences[audience.kind];
        for (const content of Object.keys(leftOut(doc.findings))) {
          if (content !== "child-voice") expect(policy, content).not.toContain(content);
        }
        if (audience.kind === "professional") expect(leftOut(doc.findings)).toEqual({});
      }
      expect(readers.length).toBeGreaterThan(2);
    });
  });
});
