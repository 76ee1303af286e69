// The Words and Pictures story, from the worked case as of 1 June 2025: pages in the order of
// their numbers, with their headings and places for drawings; the current version of each story;
// nothing dated after the day; who may be given the story; and no ids.
import { describe, expect, it, vi } from "vitest";
import { ChildVoiceRecordSchema, type WordsAndPicturesRecord } from "../../src/child-voice";
import type { CaseFile } from "../../src/case-file";
import type { Finding } from "../../src/core";
import { renderFamilyDocument, type RenderFamilyDocumentOptions } from "../../src/documents";
import { escapeMarkdown } from "../../src/documents/markdown";
import { childVoice, workedCase } from "../bottom-lines/fixtures";

// Every text given to the plain-language checks comes back as one finding carrying its path.
vi.mock("../../src/documents/readability/checkReadability", () => ({
  checkReadability: (_text: string, options: { path?: readonly (string | number)[] } = {}): Finding[] => [{ code: "test/checked", severity: "info", path: [...(options.path ?? [])] }],
  measureReadability: () => ({ sentences: 0, words: 0, syllables: 0, readingEase: null, gradeLevel: null, readingAge: null }),
}));

function story(caseFile: CaseFile, options: Partial<RenderFamilyDocumentOptions> = {}): ReturnType<typeof renderFamilyDocument> {
  return renderFamilyDocument(caseFile, { kind: "words-and-pictures", audience: { kind: "family" }, asOf: "2025-06-01", ...options });
}

function withStories(records: readonly unknown[]): CaseFile {
  return { ...workedCase(), childVoice: records.map((r) => ChildVoiceRecordSchema.parse(r)) };
}

const [why, planStory] = childVoice as readonly WordsAndPicturesRecord[];
if (why === undefined || planStory === undefined) throw new Error("the worked case has two stories");

/** The `## ` headings of a Markdown document, in order. */
function headings(markdown: string): string[] {
  return [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1] ?? "");
}

describe("the Words and Pictures story", () => {
  it("shows each story's pages in the order of their numbers, with headings and places to draw", () => {
    // #region story
    const doc = renderFamilyDocument(workedCase(), { kind: "words-and-pictures", audience: { kind: "child", childId: "amy" }, asOf: "2025-06-01" });
    // #endregion story
    expect(doc.title).toBe("Words and Pictures: the stories for Amy");
    expect(headings(doc.markdown)).toEqual([
      "Page 1: Our story",
      "Page 2: Who is worried",
      "Page 3: What they are worried about",
      "Page 4: What happened then",
      "Page 5: What we are doing about the worries",
      "Page 1: Our story",
      "Page 2: A rule of our safety plan",
      "Page 3: A rule of our safety plan",
      "Page 4: A rule of our safety plan",
      "Who to call",
    ]);
    expect(doc.html.match(/<figure class="drawing">/g)).toHaveLength(why.pages.length + planStory.pages.length);
    expect(doc.html).toContain('aria-label="Draw here"');
    for (const page of [...why.pages, ...planStory.pages]) expect(doc.markdown).toContain(escapeMarkdown(page.text));
  });

  it("orders pages by their numbers, not by where they are stored", () => {
    const shuffled = { ...why, pages: [...why.pages].reverse().map((p) => ({ ...p, number: p.number * 10 })) };
    const doc = story(withStories([shuffled]));
    expect(headings(doc.markdown).slice(0, 3)).toEqual(["Page 10: Our story", "Page 20: Who is worried", "Page 30: What they are worried about"]);
    const positions = why.pages.map((p) => doc.markdown.indexOf(escapeMarkdown(p.text)));
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
  });

  it("says on the first page who wrote the story with whom, and what it is about", () => {
    const doc = story(withStories([why]));
    const first = doc.markdown.split(/^## /m)[1] ?? "";
    expect(first).toContain("Kerry and Lee wrote this story with Sarah on 24 March 2025.");
    expect(first).toContain("This story tells why Children's Services are helping Amy and Ben and their family.");
    expect(doc.markdown.match(/wrote this story/g)).toHaveLength(1);
  });

  it("gives a stored drawing's place its reference, and a page with no heading a plain one", () => {
    const drawn = { ...why, pages: [{ id: "p1", number: 1, heading: "title", text: "Amy and Ben's story", drawingRef: "drawing of the family" }, { id: "p2", number: 2, text: "Ben likes the park" }] };
    const doc = story(withStories([drawn]));
    expect(doc.html).toContain('aria-label="The drawing for this page"');
    expect(doc.html).toContain("(drawing of the family)");
    expect(headings(doc.markdown)).toContain("Page 2: More of our story");
  });

  it("uses the latest version of a story dated on or before the day", () => {
    const v2 = { ...why, id: "wp-why-2", version: 2, previousVersionId: "wp-why", date: "2025-05-02", sharedWith: [], pages: [...why.pages.slice(0, 4), { id: "p5", number: 5, heading: "what-we-are-doing", text: "Nanny Pat and Auntie Jo help Mum keep us safe" }] };
    const v3 = { ...v2, id: "wp-why-3", version: 3, previousVersionId: "wp-why-2", date: "2025-06-20", pages: [{ id: "p1", number: 1, heading: "title", text: "A story written later" }] };
    const doc = story(withStories([why, v3, v2, planStory]));
    expect(doc.markdown).toContain("Nanny Pat and Auntie Jo help Mum keep us safe");
    expect(doc.markdown).not.toContain(escapeMarkdown(why.pages[4]?.text ?? "?"));
    expect(doc.markdown).not.toContain("A story written later");
    expect(headings(doc.markdown).filter((h) => h === "Page 1: Our story")).toHaveLength(2);
  });

  it("does not use a story dated after the day", () => {
    const later = { ...planStory, id: "wp-later", date: "2025-06-02", pages: [{ id: "p1", number: 1, heading: "title", text: "Our new house" }] };
    const doc = story(withStories([why, later]));
    expect(doc.markdown).not.toContain("Our new house");
    expect(doc.title).toBe("Words and Pictures: the story for Amy and Ben");
  });

  it("says so in plain words when there is no story", () => {
    const doc = story(withStories([]));
    expect(headings(doc.markdown)[0]).toBe("Words and Pictures");
    expect(doc.markdown).toContain("There is no Words and Pictures story yet.");
    expect(doc.findings).toContainEqual({ code: "documents/nothing-to-show", severity: "warning", path: ["childVoice"], params: { what: "words-and-pictures" } });
  });

  it("gives a child only the stories written for them", () => {
    const forBen = { ...planStory, id: "wp-ben", childId: "ben", audiences: ["ben"], pages: [{ id: "p1", number: 1, heading: "title", text: "Ben's own story" }] };
    const doc = story(withStories([why, forBen]), { audience: { kind: "child", childId: "amy" } });
    expect(doc.markdown).not.toContain("Ben's own story");
    expect(doc.markdown).toContain("Amy and Ben's story");
    expect(doc.findings).toContainEqual({ code: "documents/left-out", severity: "info", path: ["childVoice", 1], params: { content: "child-voice", reason: "another-child", count: 1 } });
    expect(story(withStories([why, forBen]), { audience: { kind: "child", childId: "ben" } }).markdown).toContain("Ben's own story");
  });

  it("keeps to one child's stories when the options name the child", () => {
    const forBen = { ...planStory, id: "wp-ben", childId: "ben", audiences: ["ben"], pages: [{ id: "p1", number: 1, heading: "title", text: "Ben's own story" }] };
    const onlyAmy = { ...planStory, id: "wp-amy", childId: "amy", audiences: ["amy"], pages: [{ id: "p1", number: 1, heading: "title", text: "Amy's own story" }] };
    const doc = story(withStories([forBen, onlyAmy]), { childId: "amy" });
    expect(doc.markdown).toContain("Amy's own story");
    expect(doc.markdown).not.toContain("Ben's own story");
    expect(doc.title).toBe("Words and Pictures: the story for Amy");
    expect(doc.findings.filter((f) => f.code === "documents/left-out" && f.params?.["content"] === "child-voice")).toEqual([]);
  });

  it("shows the story to the family and the network although a young child cannot consent", () => {
    expect(why.consent.child.status).toBe("not-able-to-consent");
    for (const audience of [{ kind: "family" }, { kind: "network-member", personId: "gran-pat" }] as const) {
      const doc = story(workedCase(), { audience, sharingPolicy: { audiences: { family: ["child-voice"], child: [], "network-member": ["child-voice"], professional: [] }, childVoice: "given" } });
      expect(doc.markdown, audience.kind).toContain(escapeMarkdown(why.pages[2]?.text ?? "?"));
    }
  });

  it("keeps the child's limits: a reader the child excluded is not given the story", () => {
    const limited = { ...why, consent: { ...why.consent, child: { status: "given", on: "2025-03-21", limits: { notWith: ["gran-pat"] } } } };
    const doc = story(withStories([limited, planStory]), { audience: { kind: "network-member", personId: "gran-pat" } });
    expect(doc.markdown).not.toContain("Amy and Ben's story");
    expect(doc.markdown).toContain("Our safety plan");
    expect(doc.findings).toContainEqual({ code: "documents/left-out", severity: "info", path: ["childVoice", 0], params: { content: "child-voice", reason: "child-limits", count: 1 } });
    expect(story(withStories([limited, planStory]), { audience: { kind: "network-member", personId: "auntie-jo" } }).markdown).toContain("Amy and Ben's story");
  });

  it("follows the sharing policy: without children's records for the family, no story and a plain section", () => {
    const doc = story(workedCase(), { sharingPolicy: { audiences: { family: ["professional-contacts"], child: [], "network-member": [], professional: [] }, childVoice: "given" } });
    expect(headings(doc.markdown)[0]).toBe("Words and Pictures");
    expect(doc.markdown).toContain("There is no story to show in this copy.");
    expect(doc.findings).toContainEqual({ code: "documents/left-out", severity: "info", path: ["childVoice", 0], params: { content: "child-voice", reason: "sharing-policy", count: 2 } });
    expect(doc.findings.some((f) => f.code === "documents/nothing-to-show")).toBe(false);
  });

  it("checks the words of every page it shows, at its path", () => {
    const checked = story(workedCase()).findings.filter((f) => f.code === "test/checked").map((f) => f.path);
    expect(checked).toEqual([...why.pages.map((_, i) => ["childVoice", 0, "pages", i, "text"]), ...planStory.pages.map((_, i) => ["childVoice", 1, "pages", i, "text"])]);
  });

  it("shows no id of the case file", () => {
    const caseFile = workedCase();
    const ids = new Set<string>([...caseFile.people.map((p) => p.id), ...caseFile.childVoice.flatMap((r) => [r.id, ...(r.tool === "words-and-pictures" ? r.pages.map((p) => p.id) : []), ...r.sharedWith.map((s) => s.id)])]);
    for (const audience of [{ kind: "family" }, { kind: "professional" }, { kind: "network-member", personId: "michelle" }, { kind: "child", childId: "ben" }] as const) {
      const doc = story(caseFile, { audience });
      for (const text of [doc.html.replace(/<style>[\s\S]*?<\/style>/, ""), doc.markdown]) {
        for (const id of ids) expect(text, `${audience.kind}: ${id}`).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
      }
    }
  });
});
