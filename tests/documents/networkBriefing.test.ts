/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- variants of the worked case are made by editing its JSON */
// The network briefing: for Gran, Auntie Jo and Michelle in the worked case, their part in the
// plan, what changed since they were last told, what their sharing rules leave out, and that no
// id reaches the page.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { newAssessmentMapVersion, parseAssessmentMap, type AssessmentMap } from "../../src/assessment";
import { migrateCaseFile, type CaseFile } from "../../src/case-file";
import { isKinsafeError } from "../../src/core";
import { DEFAULT_SHARING_POLICY, renderFamilyDocument, type FamilyDocument, type RenderFamilyDocumentOptions } from "../../src/documents";
import { checkReadability } from "../../src/documents/readability/checkReadability";
import { ids, map, plan, workedCase } from "../bottom-lines/fixtures";

// Record what the briefing sends to the plain-language checks (and still run them).
vi.mock("../../src/documents/readability/checkReadability", async (importOriginal) => {
  const actual = await importOriginal<{ checkReadability: typeof checkReadability }>();
  return { ...actual, checkReadability: vi.fn(actual.checkReadability) };
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const asOf = "2025-06-01";

/** A deep copy of the worked case as plain JSON, changed by `edit`. */
function edited(edit: (json: Json) => void): CaseFile {
  const json = JSON.parse(JSON.stringify(workedCase())) as Json;
  edit(json);
  return json as CaseFile;
}

function briefing(personId: string, caseFile: CaseFile = workedCase(), options: Partial<RenderFamilyDocumentOptions> = {}): FamilyDocument {
  return renderFamilyDocument(caseFile, { kind: "network-briefing", audience: { kind: "network-member", personId }, asOf, ...options });
}

/** The Markdown of one section (from its `## heading` to the next). */
function section(doc: FamilyDocument, heading: string): string {
  const start = doc.markdown.indexOf(`## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = doc.markdown.indexOf("\n## ", start + 3);
  return doc.markdown.slice(start, end < 0 ? undefined : end);
}

/** The part of "Your part in the safety plan" before "The rest of the plan". */
function ownPart(doc: FamilyDocument): string {
  return section(doc, "Your part in the safety plan").split("### The rest of the plan")[0] ?? "";
}

const rule = (id: string): string => plan.rules.find((r) => r.id === id)?.text ?? "";

/** Map version 2 (a review on 20 May): the arguments worry reworded, a new safety goal. */
const rewordedDanger = "Children's Services are worried that when Kerry and Lee argue, Amy and Ben will be frightened and could be hurt";
const newGoal = "Amy and Ben will know the plan and who their safe grown-ups are";
function mapVersion2(): AssessmentMap {
  const review = JSON.parse(JSON.stringify(newAssessmentMapVersion(map, { date: "2025-05-20" }))) as Json;
  review["dangers"][1].text = rewordedDanger;
  review["goals"].push({ id: "g-know", dangerId: "d-arguments", owner: "agency", text: newGoal, who: ["Kerry"], protectiveBehaviours: [], monitoredBy: [] });
  return parseAssessmentMap(review);
}

describe("network briefing", () => {
  it("briefs Gran on her part in the plan", () => {
    // #region briefing
    const doc = renderFamilyDocument(workedCase(), { kind: "network-briefing", audience: { kind: "network-member", personId: "gran-pat" }, asOf: "2025-06-01" });
    // doc.title: "Helping to keep Amy and Ben safe"
    // doc.markdown, in part:
    //   ## Why we are asking for your help
    //   Kerry asked you to be part of the safety network for Amy and Ben. …
    //   ## Your part in the safety plan
    //   - Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran there for the whole visit
    //     - You do this with Lee.
    //     - Warning sign: Lee smells of alcohol or slurs his words
    //     - If the rule is broken, you tell Children's Services within 24 hours.
    // #endregion briefing
    expect(doc.title).toBe("Helping to keep Amy and Ben safe");
    expect(section(doc, "Why we are asking for your help")).toContain("Kerry asked you to be part of the safety network for Amy and Ben.");
    expect(section(doc, "Why we are asking for your help")).toContain("I will be there for every visit Lee has with the kids");
    const part = ownPart(doc);
    expect(part).toContain(rule("r-contact"));
    expect(part).toContain("You do this with Lee.");
    expect(part).toContain("Warning sign: Lee smells of alcohol or slurs his words");
    expect(part).toContain("If the rule is broken: Gran ends the visit");
    expect(part).toContain("you tell Children's Services within 24 hours");
    for (const other of ["r-safe-adult", "r-checkin", "r-bedtime"]) {
      expect(part).not.toContain(rule(other));
      expect(section(doc, "Your part in the safety plan")).toContain(rule(other));
    }
  });

  it("briefs Auntie Jo and Michelle on the rules they do, check or report on", () => {
    const jo = ownPart(briefing(ids.jo));
    expect(jo).toContain(rule("r-safe-adult"));
    expect(jo).toContain(rule("r-checkin"));
    expect(jo).not.toContain(rule("r-contact"));
    expect(jo).not.toContain(rule("r-bedtime"));
    expect(jo).toContain("You check it. How: asks the children on Sundays whether they remember her number");
    expect(jo).toContain("you tell Children's Services within 48 hours");
    const michelle = ownPart(briefing(ids.michelle));
    expect(michelle).toContain(rule("r-checkin"));
    expect(michelle).toContain(rule("r-bedtime"));
    expect(michelle).not.toContain(rule("r-contact"));
    expect(michelle).toContain("Who tells Children's Services: Auntie Jo");
    expect(michelle).toContain("you tell Children's Services within 12 hours");
    // Michelle made no commitment in her own words: no empty quote.
    expect(section(briefing(ids.michelle), "Why we are asking for your help")).not.toContain(">");
  });

  it("says nothing has changed when the member was told of the current map", () => {
    const changes = section(briefing(ids.gran), "What has changed since you were last told");
    expect(changes).toContain("Kerry told you about the worries on");
    expect(changes).toContain("with the Words and Pictures story");
    expect(changes).toContain("Nothing has changed since");
  });

  it("writes the changes to the worries and goals since the member was told, with the new words", () => {
    const caseFile = edited((json) => {
      json["maps"].push(mapVersion2());
    });
    const doc = briefing(ids.jo, caseFile);
    const changes = section(doc, "What has changed since you were last told");
    expect(changes).toContain(`The words of a worry changed. It now says: ${rewordedDanger}`);
    expect(changes).toContain(`Before, it said: ${map.dangers[1]?.text ?? "?"}`);
    expect(changes).toContain(`A new safety goal was added. It says: ${newGoal}`);
    // The unchanged worry is not listed as a change, but is in the worries.
    expect(changes).not.toContain(map.dangers[0]?.text ?? "?");
    expect(section(doc, "What everyone is worried about")).toContain(rewordedDanger);

    // Told of version 2: nothing has changed since then.
    const toldAgain = edited((json) => {
      json["maps"].push(mapVersion2());
      json["network"].informing.push({ id: "inf-jo-2", personId: "auntie-jo", mapId: "map-1", mapVersion: 2, method: "network-meeting", on: "2025-05-21", byId: "sw-sarah" });
    });
    const now = section(briefing(ids.jo, toldAgain), "What has changed since you were last told");
    expect(now).toContain("Sarah told you about the worries on");
    expect(now).toContain("at a network meeting");
    expect(now).toContain("Nothing has changed since");
    expect(now).not.toContain(rewordedDanger);
  });

  it("says when the changes are only to other parts of the map, or are not for this reader", () => {
    const scoresOnly = edited((json) => {
      json["maps"].push(newAssessmentMapVersion(map, { date: "2025-05-20" }));
    });
    expect(section(briefing(ids.gran, scoresOnly), "What has changed since you were last told")).toContain("The worries and the safety goals are the same as when you were told.");

    const withV2 = edited((json) => {
      json["maps"].push(mapVersion2());
    });
    const policy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": ["goals" as const, "plan-rules" as const] } };
    const doc = briefing(ids.gran, withV2, { sharingPolicy: policy });
    const changes = section(doc, "What has changed since you were last told");
    expect(changes).toContain(newGoal);
    expect(changes).not.toContain(rewordedDanger);
    expect(changes).toContain("Some things have changed since then.");
    // Two danger statements are not shown (one of them also changed): counted once each.
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: "documents/left-out", params: { content: "dangers", reason: "sharing-policy", count: 2 } }));
  });

  it("tells a member who has not been told that the worker will go through the worries", () => {
    const caseFile = edited((json) => {
      json["network"].informing = json["network"].informing.filter((r: { personId: string }) => r.personId !== "michelle");
    });
    const changes = section(briefing(ids.michelle, caseFile), "What has changed since you were last told");
    expect(changes).toContain("You have not been told about the worries yet. Your social worker will go through them with you.");
    // Told after the date of the briefing: not yet told as of that date.
    expect(section(briefing(ids.michelle, workedCase(), { asOf: "2025-03-25" }), "What has changed since you were last told")).toContain("You have not been told about the worries yet.");
  });

  it("refuses a member who has left the network, or not yet joined", () => {
    const left = edited((json) => {
      json["network"].members[2].leftOn = "2025-05-31";
    });
    for (const [caseFile, day] of [
      [left, asOf],
      [workedCase(), "2025-03-21"],
    ] as const) {
      try {
        briefing(ids.michelle, caseFile, { asOf: day });
        expect.unreachable("a member who is not current must be refused");
      } catch (error) {
        expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      }
    }
    // Leaving after the date of the briefing: still a member on that day.
    expect(briefing(ids.michelle, edited((json) => (json["network"].members[2].leftOn = "2025-06-02"))).title).toBe("Helping to keep Amy and Ben safe");
  });

  it("leaves out what the sharing policy does not show, and says so", () => {
    const policy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": ["own-plan-rules" as const] } };
    const doc = briefing(ids.gran, workedCase(), { sharingPolicy: policy });
    for (const d of map.dangers) expect(doc.markdown).not.toContain(d.text);
    for (const g of map.goals) expect(doc.markdown).not.toContain(g.text);
    expect(section(doc, "What everyone is worried about")).toContain("Your social worker will go through the worries and the safety goals with you.");
    expect(ownPart(doc)).toContain(rule("r-contact"));
    expect(doc.markdown).not.toContain(rule("r-bedtime"));
    expect(doc.markdown).not.toContain("The rest of the plan");
    const leftOut = doc.findings.filter((f) => f.code === "documents/left-out").map((f) => f.params);
    expect(leftOut).toEqual(
      expect.arrayContaining([
        { content: "dangers", reason: "sharing-policy", count: 2 },
        { content: "goals", reason: "sharing-policy", count: 2 },
        { content: "plan-rules", reason: "not-for-reader", count: 3 },
        { content: "professional-contacts", reason: "sharing-policy", count: 1 },
      ]),
    );
    const none = briefing(ids.gran, workedCase(), { sharingPolicy: { ...policy, audiences: { ...policy.audiences, "network-member": [] } } });
    expect(none.markdown).not.toContain(rule("r-contact"));
    expect(section(none, "Your part in the safety plan")).toContain("Your social worker will go through your part in the safety plan with you.");
    expect(none.findings.map((f) => f.params)).toEqual(expect.arrayContaining([{ content: "own-plan-rules", reason: "sharing-policy", count: 1 }, { content: "plan-rules", reason: "sharing-policy", count: 3 }]));
  });

  it("shows the Words and Pictures story the member was told with, only where the child's consent allows it", () => {
    const story = "Sometimes when Dad drinks beer he gets cross and he hit Amy";
    // The worked case: Amy was not able to consent, so the default policy keeps the story out.
    const worked = briefing(ids.gran);
    expect(worked.markdown).not.toContain(story);
    expect(worked.findings).toContainEqual(expect.objectContaining({ code: "documents/left-out", path: ["childVoice", 0], params: { content: "child-voice", reason: "child-consent", count: 5 } }));

    const consented = edited((json) => {
      json["childVoice"][0].consent.child = { status: "given", on: "2025-03-24", limits: { notWith: ["lee", "michelle"] } };
    });
    const gran = briefing(ids.gran, consented);
    expect(section(gran, "What everyone is worried about")).toContain("### The story Amy and Ben know");
    expect(gran.markdown).toContain(`3. ${story}`);
    expect(gran.findings.filter((f) => f.params?.["content"] === "child-voice")).toEqual([]);
    const michelle = briefing(ids.michelle, consented);
    expect(michelle.markdown).not.toContain(story);
    expect(michelle.findings).toContainEqual(expect.objectContaining({ params: { content: "child-voice", reason: "child-limits", count: 5 } }));
    // The policy can still say no.
    const policy = { ...DEFAULT_SHARING_POLICY, audiences: { ...DEFAULT_SHARING_POLICY.audiences, "network-member": DEFAULT_SHARING_POLICY.audiences["network-member"].filter((c) => c !== "child-voice") } };
    const refused = briefing(ids.gran, consented, { sharingPolicy: policy });
    expect(refused.markdown).not.toContain(story);
    expect(refused.findings).toContainEqual(expect.objectContaining({ params: { content: "child-voice", reason: "sharing-policy", count: 5 } }));
  });

  it("briefs a family or professional reader on the whole network, with no 'your part'", () => {
    for (const audience of [{ kind: "family" }, { kind: "professional" }] as const) {
      const doc = renderFamilyDocument(workedCase(), { kind: "network-briefing", audience, asOf });
      expect(doc.markdown).not.toContain("Your part");
      expect(doc.markdown).not.toContain("You agreed");
      const network = section(doc, "The safety network");
      for (const name of ["Gran (Pat)", "Auntie Jo", "Michelle"]) expect(network).toContain(name);
      for (const r of plan.rules) expect(section(doc, "The safety plan")).toContain(r.text);
      expect(section(doc, "Who has been told about the worries")).toContain("Michelle: told on");
    }
    const later = renderFamilyDocument(
      edited((json) => {
        json["maps"].push(mapVersion2());
      }),
      { kind: "network-briefing", audience: { kind: "family" }, asOf },
    );
    expect(section(later, "Who has been told about the worries")).toContain(", before the latest changes");
  });

  it("runs the plain-language checks on the family's and worker's words it shows, at their paths", () => {
    const spy = vi.mocked(checkReadability);
    spy.mockClear();
    briefing(ids.gran);
    const paths = spy.mock.calls.map(([, options]) => JSON.stringify(options?.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        JSON.stringify(["maps", 0, "dangers", 0, "text"]),
        JSON.stringify(["maps", 0, "goals", 1, "text"]),
        JSON.stringify(["network", "members", 0, "commitment"]),
        JSON.stringify(["plans", 0, "rules", 0, "text"]),
        JSON.stringify(["plans", 0, "rules", 0, "triggers", 1]),
        JSON.stringify(["plans", 0, "rules", 0, "ifBroken", "action"]),
      ]),
    );
    // Each piece of words once.
    expect(new Set(paths).size).toBe(paths.length);
    spy.mockClear();
    briefing(ids.gran, workedCase(), { readability: false });
    expect(spy).not.toHaveBeenCalled();
  });

  it("writes no id of the case file, no placeholder and no empty section, for every reader", () => {
    const caseFile = edited((json) => {
      json["maps"].push(mapVersion2());
    });
    const idsInCase = new Set<string>();
    const collect = (value: unknown, key?: string): void => {
      if (typeof value === "string" && key !== undefined && /(^id$|Id$|Ids$)/.test(key)) idsInCase.add(value);
      else if (Array.isArray(value)) for (const v of value) collect(v, key?.endsWith("Ids") === true ? key : undefined);
      else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    collect(caseFile);
    expect(idsInCase).toContain("gran-pat");
    expect(idsInCase).toContain("d-arguments");
    expect(idsInCase).toContain("inf-michelle");
    const audiences = [{ kind: "network-member", personId: ids.gran }, { kind: "network-member", personId: ids.jo }, { kind: "network-member", personId: ids.michelle }, { kind: "family" }, { kind: "professional" }] as const;
    for (const audience of audiences) {
      const doc = renderFamilyDocument(caseFile, { kind: "network-briefing", audience, asOf });
      for (const id of idsInCase) {
        const pattern = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
        expect(doc.markdown, id).not.toMatch(pattern);
        expect(doc.html, id).not.toMatch(pattern);
      }
      expect(doc.markdown).not.toMatch(/undefined|null|\{|\}|documents\./);
      // Every heading has something under it.
      expect(doc.markdown).not.toMatch(/^##+ .*\n\n##/m);
    }
  });

  it("briefs every member of the stored case files on a day they are in the network, and the family and professionals", () => {
    const dir = new URL("../case-file/stored/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    let members = 0;
    for (const file of files) {
      const caseFile = migrateCaseFile(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      const readers: { audience: RenderFamilyDocumentOptions["audience"]; asOf: string }[] = [
        { audience: { kind: "family" }, asOf: "2060-01-01" },
        { audience: { kind: "professional" }, asOf: "2060-01-01" },
      ];
      for (const m of caseFile.network?.members ?? []) {
        if (m.leftOn !== undefined && m.leftOn <= m.joinedOn) continue;
        readers.push({ audience: { kind: "network-member", personId: m.personId }, asOf: m.joinedOn });
        if (m.leftOn === undefined) readers.push({ audience: { kind: "network-member", personId: m.personId }, asOf: "2060-01-01" });
        members += 1;
      }
      for (const { audience, asOf: day } of readers) {
        const doc = renderFamilyDocument(caseFile, { kind: "network-briefing", audience, asOf: day });
        expect(doc.markdown, `${file} ${JSON.stringify(audience)}`).toMatch(/^## Who to call$/m);
        expect(doc.markdown).not.toMatch(/^##+ .*\n\n##/m);
        // The worked case (recorded by commands): no placeholder, no id.
        if (!file.includes("arbitrary")) expect(doc.markdown).not.toMatch(/undefined|\{|\}|gran-pat|auntie-jo|map-1|plan-1|r-contact|wp-why/);
      }
    }
    expect(members).toBeGreaterThanOrEqual(10);
  });
});
