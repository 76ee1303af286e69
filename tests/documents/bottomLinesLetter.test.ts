// The bottom-lines letter and the letter before proceedings, from the worked case as of 1 June
// 2025: which bottom lines are in place, not yet in place, cannot be told yet and covered by the
// plan only, each under its heading; the parts of a letter before proceedings; what each reader
// is shown; and no ids.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it, vi } from "vitest";
import { BottomLineSchema, type BottomLine } from "../../src/bottom-lines";
import { createCaseFile, type CaseFile } from "../../src/case-file";
import type { Finding } from "../../src/core";
import { renderFamilyDocument, type RenderFamilyDocumentOptions } from "../../src/documents";
import { escapeMarkdown } from "../../src/documents/markdown";
import { caught, childVoice, ids, map, network, people, seenAlone, workedBottomLines, workedCase, workedVerdicts } from "../bottom-lines/fixtures";
import { idsOf } from "./integration";

// The plain-language checks are written by another part of the library; here every text they are
// given comes back as one finding carrying its path, so that the tests see what was checked.
vi.mock("../../src/documents/readability/checkReadability", () => ({
  checkReadability: (_text: string, options: { path?: readonly (string | number)[] } = {}): Finding[] => [{ code: "test/checked", severity: "info", path: [...(options.path ?? [])] }],
  measureReadability: () => ({ sentences: 0, words: 0, syllables: 0, readingEase: null, gradeLevel: null, readingAge: null }),
}));

const asOf = "2025-06-01";
const base = { kind: "bottom-lines-letter", asOf, customPredicates: { "seen-alone": seenAlone } } as const;

function letter(caseFile: CaseFile, options: Partial<RenderFamilyDocumentOptions> = {}): ReturnType<typeof renderFamilyDocument> {
  return renderFamilyDocument(caseFile, { ...base, audience: { kind: "family" }, ...options });
}

/**
 * The worked case with only some of its bottom lines set as of the day: the others are set after
 * it (the plan's rules name some of them, so they cannot be removed).
 */
function onlySet(lines: readonly BottomLine[]): CaseFile {
  const keep = new Set(lines.map((l) => l.id as string));
  return { ...workedCase(), bottomLines: workedBottomLines.map((l) => (keep.has(l.id) ? l : BottomLineSchema.parse({ ...l, setOn: "2025-12-01" }))) };
}

/** The Markdown's sections by heading: each `## ` heading with the text under it. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf("\n");
    out.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return out;
}

const HEADINGS = {
  met: "What is in place",
  unmet: "What is not in place yet",
  "cannot-tell": "What we cannot tell yet",
  "covered-by-rule": "What the plan covers but nobody has checked yet",
} as const;


/** The ids of the case file that a text shows as a word of its own. */
function idsIn(text: string, caseFile: CaseFile): string[] {
  const visible = text.replace(/<style>[\s\S]*?<\/style>/, "");
  return [...idsOf(caseFile)].filter((id) => new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(visible));
}

describe("the bottom-lines letter", () => {
  it("lists each bottom line under the heading of its verdict, with its statement as written", () => {
    // #region letter
    const doc = renderFamilyDocument(workedCase(), {
      kind: "bottom-lines-letter",
      audience: { kind: "family" },
      asOf: "2025-06-01",
      customPredicates: { "seen-alone": seenAlone },
    });
    // #endregion letter
    const parts = sections(doc.markdown);
    for (const line of workedBottomLines) {
      const verdict = workedVerdicts[line.id];
      expect(verdict).toBeDefined();
      const statement = escapeMarkdown(line.statement);
      expect(parts.get("What Children's Services needs to see")).toContain(`- ${statement}`);
      for (const [v, heading] of Object.entries(HEADINGS)) {
        if (v === verdict) expect(parts.get(heading), `${line.id} under “${heading}”`).toContain(`- ${statement}`);
        else expect(parts.get(heading) ?? "", `${line.id} not under “${heading}”`).not.toContain(`- ${statement}`);
      }
    }
  });

  it("writes to the parents by name and says how many are in place, with the dates", () => {
    const doc = letter(workedCase());
    expect(doc.markdown).toContain("Dear Kerry and Lee,");
    expect(doc.markdown).toContain("On 1 June 2025, 10 of the 14 things Children's Services needs to see are in place.");
    expect(doc.markdown).toContain("Set on 20 March 2025");
    expect(doc.markdown).toContain("These are not in place yet on 1 June 2025:");
    expect(doc.markdown).not.toContain("everything Children's Services needs to see is in place");
  });

  it("never shows the verdicts' codes or any id of the case file", () => {
    const caseFile = workedCase();
    for (const audience of [{ kind: "family" }, { kind: "professional" }, { kind: "network-member", personId: "gran-pat" }, { kind: "child", childId: "amy" }] as const) {
      const doc = letter(caseFile, { audience });
      for (const text of [doc.html, doc.markdown]) {
        expect(text).not.toMatch(/\b(met|unmet|cannot-tell|covered-by-rule)\b/);
        expect(idsIn(text, caseFile), audience.kind).toEqual([]);
      }
    }
  });

  const metLines = workedBottomLines.filter((l) => workedVerdicts[l.id] === "met");
  const otherLines = workedBottomLines.filter((l) => workedVerdicts[l.id] !== "met");

  it("says everything is in place when every bottom line set is met", () => {
    const doc = letter(onlySet(metLines));
    expect(doc.markdown).toContain("On 1 June 2025, everything Children's Services needs to see is in place.");
    expect(doc.markdown).not.toContain(`## ${HEADINGS.unmet}`);
  });

  test.prop([fc.subarray(metLines, { minLength: 1 }), fc.subarray(otherLines)], { numRuns: 25 })("says everything is in place exactly when every bottom line set is met", (met, other) => {
    const doc = letter(onlySet([...met, ...other]));
    expect(doc.markdown.includes("everything Children's Services needs to see is in place")).toBe(other.length === 0);
    expect(doc.markdown.includes(`## ${HEADINGS.unmet}`)).toBe(other.some((l) => workedVerdicts[l.id] === "unmet"));
    if (other.length > 0) expect(doc.markdown).toContain(`${String(met.length)} of the ${String(met.length + other.length)} things`);
  });

  it("says when a bottom line in words was last checked by the worker", () => {
    const judged = workedBottomLines.map((l) =>
      l.kind === "free-text" ? BottomLineSchema.parse({ ...l, judgements: [{ byId: "sw-sarah", on: "2025-05-20", verdict: "met", evidence: "Gran and Jo take turns in the evening" }, { byId: "sw-sarah", on: "2025-06-20", verdict: "unmet", evidence: "Later" }] }) : l,
    );
    const parts = sections(letter({ ...workedCase(), bottomLines: judged }).markdown);
    expect(parts.get(HEADINGS.met)).toContain("- A sober adult is in the house every evening\n  - Last checked on 20 May 2025");
    expect(parts.get(HEADINGS["covered-by-rule"])).toBeUndefined();
  });

  it("does not read a bottom line set after the day", () => {
    const later = BottomLineSchema.parse({ id: "bl-later", kind: "free-text", statement: "Lee finishes the alcohol course", rationaleDangerIds: [], setOn: "2025-06-15" });
    const doc = letter({ ...workedCase(), bottomLines: [...workedBottomLines, later] });
    expect(doc.markdown).not.toContain("Lee finishes the alcohol course");
    expect(doc.markdown).toContain("10 of the 14 things");
  });

  it("says so in plain words when no bottom lines are set", () => {
    const doc = letter(onlySet([]));
    expect(doc.markdown).toContain("## What Children's Services needs to see");
    expect(doc.markdown).toContain("Children's Services has not written down any bottom lines yet.");
    expect(doc.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["bottomLines"], params: { what: "bottom-lines" } });
    expect(doc.markdown).not.toContain("## What is in place");
  });

  it("says the bottom lines cannot all be met while there is no plan", () => {
    const noPlan = createCaseFile({ id: "case-no-plan", childIds: [ids.amy, ids.ben], people, maps: [map], childVoice, network, monitoring: [], bottomLines: workedBottomLines.slice(0, 3) });
    const doc = letter(noPlan);
    expect(doc.markdown).toContain("There is no safety plan written down yet.");
    expect(doc.markdown).not.toContain("everything Children's Services needs to see is in place");
  });

  it("writes to a network member by name", () => {
    const doc = letter(workedCase(), { audience: { kind: "network-member", personId: "gran-pat" } });
    expect(doc.markdown).toContain("Dear Gran (Pat),");
    expect(doc.markdown).toContain(escapeMarkdown(workedBottomLines[0]?.statement ?? "?"));
  });

  it("gives a child a short letter and reports the bottom lines left out", () => {
    const doc = letter(workedCase(), { audience: { kind: "child", childId: "amy" } });
    expect(doc.markdown).toContain("Dear Amy,");
    expect(doc.markdown).toContain("Your social worker will talk with you about what the grown-ups are doing to keep you safe.");
    for (const line of workedBottomLines) expect(doc.markdown).not.toContain(escapeMarkdown(line.statement));
    expect(doc.findings).toContainEqual({ code: "documents/left-out", severity: "info", path: ["bottomLines"], params: { content: "bottom-lines", reason: "sharing-policy", count: 14 } });
    expect(doc.findings.some((f) => f.code === "test/checked")).toBe(false);
  });

  it("checks the words of every bottom line it shows, once, at its path", () => {
    const checked = letter(workedCase()).findings.filter((f) => f.code === "test/checked").map((f) => f.path);
    expect(checked).toEqual(workedBottomLines.map((_, i) => ["bottomLines", i, "statement"]));
  });
});

describe("the letter before proceedings", () => {
  const details = {
    supportOffered: ["A place on the parenting course at the family centre, starting on 16 June", "Help for Lee with his drinking from the Northshire alcohol service"],
    changesBy: "2025-08-01",
    meeting: { date: "2025-06-10", time: "10am", place: "Northshire Family Centre, 1 High Street" },
    findASolicitor: "A list of local family solicitors is with this letter.",
  };
  const pp = (options: Partial<RenderFamilyDocumentOptions> = {}): ReturnType<typeof renderFamilyDocument> => letter(workedCase(), { preProceedings: details, ...options });

  it("opens with the right to free, independent legal advice", () => {
    // #region pre-proceedings
    const doc = renderFamilyDocument(workedCase(), {
      kind: "bottom-lines-letter",
      audience: { kind: "family" },
      asOf: "2025-06-01",
      customPredicates: { "seen-alone": seenAlone },
      preProceedings: {
        supportOffered: ["A place on the parenting course at the family centre, starting on 16 June"],
        changesBy: "2025-08-01",
        meeting: { date: "2025-06-10", time: "10am", place: "Northshire Family Centre, 1 High Street" },
        findASolicitor: "A list of local family solicitors is with this letter.",
      },
    });
    // #endregion pre-proceedings
    const [first, text] = [...sections(doc.markdown)][0] ?? ["", ""];
    expect(first).toBe("Please do not ignore this letter. Take it to a solicitor now.");
    expect(text).toContain("Dear Kerry and Lee,");
    expect(text).toContain("> **You have the right to free legal advice from a solicitor who does not work for Children's Services.**");
    expect(text).toContain("you can get legal aid to pay for the solicitor. It does not matter how much money you earn or have.");
    expect(text).toContain("Take this letter to a solicitor");
    expect(text).toContain("To find a solicitor: A list of local family solicitors is with this letter.");
    expect(doc.html).toContain('<p class="note">You have the right to free legal advice');
  });

  it("says where to find a solicitor when the authority gives no list", () => {
    const doc = pp({ preProceedings: { supportOffered: details.supportOffered, changesBy: details.changesBy } });
    expect(doc.markdown).toContain("Find a Solicitor website");
  });

  it("sets out the concerns: what happened and the danger statements of the map", () => {
    const concerns = sections(pp().markdown).get("Why we are worried") ?? "";
    for (const s of [...map.harm, ...map.dangers]) expect(concerns).toContain(escapeMarkdown(s.text));
  });

  it("sets out what must change: the bottom lines not met yet and the safety goals", () => {
    const change = sections(pp().markdown).get("What needs to change") ?? "";
    const [needed, inPlace] = change.split("### What is already in place");
    for (const line of workedBottomLines) {
      const statement = `- ${escapeMarkdown(line.statement)}`;
      if (workedVerdicts[line.id] === "met") expect(inPlace).toContain(statement);
      else expect(needed).toContain(statement);
    }
    for (const g of map.goals) expect(needed).toContain(escapeMarkdown(g.text));
  });

  it("sets out the support offered", () => {
    const support = sections(pp().markdown).get("The help we will give you") ?? "";
    for (const s of details.supportOffered) expect(support).toContain(`- ${escapeMarkdown(s)}`);
  });

  it("gives the timescale", () => {
    expect(sections(pp().markdown).get("By when")).toContain("We need to see these changes by 1 August 2025.");
  });

  it("says what will happen if things do not change", () => {
    const next = sections(pp().markdown).get("What will happen if things do not change") ?? "";
    expect(next).toContain("If the changes have not been made by 1 August 2025, Children's Services may ask the family court to make an order to keep Amy and Ben safe.");
  });

  it("invites the parents to the meeting, with their solicitor", () => {
    const meeting = sections(pp().markdown).get("The meeting") ?? "";
    expect(meeting).toContain("Please come to a meeting with us on 10 June 2025 at 10am. The meeting is at Northshire Family Centre, 1 High Street.");
    expect(meeting).toContain("Please bring your solicitor with you.");
    const unarranged = sections(pp({ preProceedings: { supportOffered: details.supportOffered, changesBy: details.changesBy } }).markdown).get("The meeting") ?? "";
    expect(unarranged).toContain("Your social worker will contact you soon to arrange a meeting with you.");
  });

  it("never uses the outline's initials or its name, nor any id", () => {
    const caseFile = workedCase();
    for (const audience of [{ kind: "family" }, { kind: "professional" }] as const) {
      const doc = letter(caseFile, { audience, preProceedings: details });
      for (const text of [doc.html, doc.markdown]) {
        expect(text).not.toMatch(/\bPLO\b/i);
        expect(text).not.toMatch(/public law outline/i);
        expect(idsIn(text, caseFile)).toEqual([]);
      }
    }
  });

  it("leaves out what happened when the policy does not share it, and says so", () => {
    const doc = pp({ sharingPolicy: { audiences: { family: ["dangers", "goals", "bottom-lines"], child: [], "network-member": [], professional: [] }, childVoice: "given" } });
    for (const h of map.harm) expect(doc.markdown).not.toContain(escapeMarkdown(h.text));
    expect(doc.findings).toContainEqual({ code: "documents/left-out", severity: "info", path: ["maps", 0, "harm"], params: { content: "harm", reason: "sharing-policy", count: 2 } });
  });

  it("checks the worker's words it shows: bottom lines, the map's statements and the support offered", () => {
    const checked = pp().findings.filter((f) => f.code === "test/checked").map((f) => JSON.stringify(f.path));
    expect(checked).toContain(JSON.stringify(["maps", 0, "dangers", 1, "text"]));
    expect(checked).toContain(JSON.stringify(["maps", 0, "harm", 0, "text"]));
    expect(checked).toContain(JSON.stringify(["maps", 0, "goals", 0, "text"]));
    expect(checked).toContain(JSON.stringify(["bottomLines", 13, "statement"]));
    expect(checked).toContain(JSON.stringify(["preProceedings", "supportOffered", 1]));
    expect(new Set(checked).size).toBe(checked.length);
  });

  it("is written to the parents: a child or a network member is refused", () => {
    for (const audience of [{ kind: "child", childId: "amy" }, { kind: "network-member", personId: "gran-pat" }] as const) {
      const error = caught(() => pp({ audience }));
      expect(error.code).toBe("invalid-argument");
      expect(error.issues[0]?.path).toEqual(["preProceedings"]);
    }
  });

  it("still says what must change when no bottom lines are set, from the safety goals", () => {
    const doc = letter(onlySet([]), { preProceedings: details });
    const change = sections(doc.markdown).get("What needs to change") ?? "";
    expect(change).toContain(escapeMarkdown(map.goals[0]?.text ?? "?"));
    expect(doc.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["bottomLines"], params: { what: "bottom-lines" } });
  });
});
