import { describe, expect, it } from "vitest";
import { tellsWhatHappenedThen } from "../../src/language";
import { checkChildVoice, parseChildVoiceRecord } from "../../src/child-voice";

const story = (pages: { heading?: string; text: string }[]): unknown => ({
  id: "wp-1",
  tool: "words-and-pictures",
  childId: "p-leo",
  date: "2025-03-20",
  facilitatorId: "p-worker",
  consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", on: "2025-03-20" } },
  sharedWith: [{ id: "sh-1", audience: "parent", how: "shown-in-person", on: "2025-03-21", personIds: ["p-leo"] }],
  purpose: "why-involved",
  pages: pages.map((p, i) => ({ id: `pg-${String(i + 1)}`, number: i + 1, ...p })),
  audiences: ["p-leo"],
  authoredWith: ["p-mum", "p-dad"],
  version: 1,
});

describe("Words and Pictures: what happened then", () => {
  it("tells a page that moves the story on in time", () => {
    // #region tells-what-happened-then
    tellsWhatHappenedThen("Leo's arm was hurt. Then the doctors asked Sam, a social worker, to help."); // true
    tellsWhatHappenedThen("Mummy and Daddy love Leo very much."); // false
    // #endregion tells-what-happened-then
    expect(tellsWhatHappenedThen("Leo's arm was hurt. Then the doctors asked Sam, a social worker, to help.")).toBe(true);
    expect(tellsWhatHappenedThen("Mummy and Daddy love Leo very much.")).toBe(false);
    expect(tellsWhatHappenedThen("Nobody knows how Leo's arm broke.")).toBe(false);
  });

  it("does not flag 'what happened then' missing when another page tells it", () => {
    const pages = [
      { heading: "title", text: "Leo's story" },
      { heading: "who-is-worried", text: "The doctors, Sam the social worker, Mummy and Daddy are all worried." },
      { heading: "what-worried-about", text: "In March Leo's arm was broken and nobody knows how. After that Leo went to stay with Nana and Grandad while everyone worked it out." },
      { heading: "what-we-are-doing", text: "Nana is with Leo whenever Mummy or Daddy look after him." },
    ];
    const record = parseChildVoiceRecord(story(pages));
    const headings = checkChildVoice(record).filter((f) => f.code === "child-voice/words-and-pictures-missing-heading").map((f) => f.params?.["heading"]);
    expect(headings).toEqual([]);
    const without = parseChildVoiceRecord(story(pages.map((p) => (p.heading === "what-worried-about" ? { ...p, text: "Leo's arm is broken and nobody knows how." } : p))));
    expect(checkChildVoice(without).filter((f) => f.code === "child-voice/words-and-pictures-missing-heading").map((f) => f.params?.["heading"])).toEqual(["what-happened-then"]);
  });
});
