// Every document for every reader, from the worked case, the same case recorded through
// commands, and every stored case file: no ids, no placeholder text, no empty headings, and no
// jargon in the catalogue's own words in what a family, a child or a network member reads;
// where the worker's or the family's words hold jargon and the document shows them, a
// plain-language finding says so.
import { describe, expect, it } from "vitest";
import type { CaseFile } from "../../src/case-file";
import * as documents from "../../src/documents";
import { enDocuments, renderFamilyDocument } from "../../src/documents";
import { DEFAULT_JARGON_TERMS } from "../../src/language";
import type { MessageCatalogue } from "../../src/messages";
import { workedCase } from "../bottom-lines/fixtures";
import { casesToRender, containsId, htmlText, idsOf, markdownText, optionWords, ownWordsOf, renderEvery, stripOwnWords, termsIn, type CaseToRender, type Rendering, type Term } from "./integration";

/**
 * The jargon list the documents are checked against: the plain-language checks' own default
 * list (`DEFAULT_PLAIN_LANGUAGE_TERMS` of kinsafe/documents) where the entry exports it, else
 * the language rules' list (`DEFAULT_JARGON_TERMS`), a wider list of the same shape.
 */
const TERMS: readonly Term[] = (() => {
  const own = (documents as unknown as Readonly<Record<string, unknown>>)["DEFAULT_PLAIN_LANGUAGE_TERMS"];
  return Array.isArray(own) ? (own as readonly Term[]) : DEFAULT_JARGON_TERMS;
})();

/** The worked case with jargon in the worker's words: a danger statement, a safety goal and a rule of the plan. */
function workedCaseWithJargon(): CaseFile {
  const caseFile = structuredClone(workedCase()) as { -readonly [K in keyof CaseFile]: CaseFile[K] } & { maps: { dangers: { text: string }[]; goals: { text: string }[] }[]; plans: { rules: { text: string }[] }[] };
  for (const map of caseFile.maps) {
    const danger = map.dangers[0];
    if (danger !== undefined) danger.text = `${danger.text}. This is significant harm`;
    const goal = map.goals[0];
    if (goal !== undefined) goal.text = `${goal.text}, as agreed at the ICPC`;
  }
  for (const plan of caseFile.plans) {
    const rule = plan.rules[0];
    if (rule !== undefined) rule.text = `${rule.text} (a PLO bottom line)`;
  }
  return caseFile;
}

const CASES: readonly CaseToRender[] = [...casesToRender(), { name: "workedCase() with jargon in the worker's words", caseFile: workedCaseWithJargon(), days: ["2025-06-01"] }];

const rendered = new Map<string, Rendering[]>();
/** Every rendering of a case, made once. */
function renderingsOf(c: CaseToRender): Rendering[] {
  let r = rendered.get(c.name);
  if (r === undefined) {
    r = c.days.flatMap((day) => renderEvery(c.caseFile, day));
    rendered.set(c.name, r);
  }
  return r;
}

/** What a family, a child or a network member reads: not a professional's copy. */
const forTheFamily = (r: Rendering): boolean => r.audience.kind !== "professional";

/** The words of the English catalogue's templates, as tokens (for telling ids from words). */
const catalogueTokens = new Set(Object.values(enDocuments.messages as Readonly<Record<string, string>>).flatMap((t) => t.split(/[^\w-]+/)));

/**
 * The ids of a case file that a document could not show by chance, and so must never show.
 *
 * An id is a string the case file uses to point at a person or a thing; a family document names
 * people and things by their names and words instead. But some ids are also ordinary words or
 * parts of names: a stored case file names its child "Child c0" with the id "c0", and its map's
 * id is "map", a word the catalogue may well use. Finding "c0" in "Child c0" is not a leak. So
 * an id is checked (case-sensitively, as a whole token: "amy" is not found in "Amy", "r-contact"
 * not in "r-contact-2") unless it is a token of the case file's own words (names, statements,
 * rules: what the document shows as written), a token of the catalogue's English, or all digits
 * (a count or a year). The ids left are the ones that can only get into a document as ids:
 * "gran-pat", "r-contact", "map-1", "d-drink"… The test asserts that most ids are checked, so
 * that this cannot quietly check none.
 */
function checkedIds(caseFile: CaseFile, extraWords: readonly string[]): { all: string[]; checked: string[] } {
  const all = [...idsOf(caseFile)];
  const ordinary = new Set([...ownWordsOf(caseFile), ...extraWords].flatMap((w) => w.split(/[^\w-]+/)));
  const checked = all.filter((id) => !ordinary.has(id) && !catalogueTokens.has(id) && !/^\d+$/.test(id));
  return { all, checked };
}

/** The text a document shows: its HTML's text and its Markdown's, and its title. */
const shownText = (r: Rendering): string => [r.doc.title, htmlText(r.doc.html), markdownText(r.doc.markdown)].join("\n");

const PLACEHOLDERS: readonly [RegExp, string][] = [
  [/[{}]/, "a brace of a template"],
  [/\bundefined\b/, "undefined"],
  [/\bnull\b/, "null"],
  [/\bNaN\b/, "NaN"],
  [/\[object/, "[object …]"],
  [/\bdocuments[./][a-z]/, "a text key or finding code"],
];

describe.each(CASES)("every document of $name", (c) => {
  it("renders every kind for every reader, each with a title, headings with words under them, and the same words in HTML and Markdown", () => {
    const all = renderingsOf(c);
    const readers = new Set(all.map((r) => JSON.stringify(r.audience)));
    expect(readers.size).toBeGreaterThanOrEqual(2 + c.caseFile.childIds.length);
    expect(new Set(all.map((r) => r.kind)).size).toBe(documents.FAMILY_DOCUMENT_KINDS.length);
    for (const r of all) {
      expect(r.doc.title.trim(), r.label).not.toBe("");
      expect(r.doc.html, r.label).toMatch(/<\/html>\n$/);
      // No empty heading, and no section that is only its heading.
      expect(r.doc.html, r.label).not.toMatch(/<h([1-6])[^>]*>\s*<\/h\1>/);
      expect(r.doc.html, r.label).not.toMatch(/<\/h2>\s*<\/section>/);
      expect(r.doc.markdown, r.label).not.toMatch(/^#{1,6}\s*$/m);
      // Every heading of the HTML is in the Markdown.
      for (const [, heading] of r.doc.html.matchAll(/<h[1-3][^>]*>([^<]*)<\/h[1-3]>/g)) {
        expect(markdownText(r.doc.markdown), `${r.label}: ${heading ?? ""}`).toContain(htmlText(heading ?? "").trim());
      }
    }
  });

  it("writes no placeholder text for any reader: no braces, undefined, null, NaN, [object …] or text keys", () => {
    const own = [...ownWordsOf(c.caseFile)];
    for (const r of renderingsOf(c)) {
      // The case file's own words are taken out first: a worker may write "{" or "null" in a note.
      const { rest } = stripOwnWords(shownText(r), [...own, ...optionWords(r.options)]);
      const found = PLACEHOLDERS.filter(([re]) => re.test(rest)).map(([, what]) => what);
      expect(found, `${r.label}: ${rest}`).toEqual([]);
    }
  });

  it("shows no id of the case file to a family, a child or a network member", () => {
    const all = renderingsOf(c);
    const { all: ids, checked } = checkedIds(c.caseFile, [...new Set(all.flatMap((r) => optionWords(r.options)))]);
    expect(checked.length, `ids checked: ${checked.join(" ")}; of ${ids.join(" ")}`).toBeGreaterThanOrEqual(ids.length / 2);
    for (const r of all.filter(forTheFamily)) {
      const text = shownText(r);
      expect(
        checked.filter((id) => containsId(text, id)),
        r.label,
      ).toEqual([]);
    }
  });

  it("uses no jargon in the catalogue's words for a family, a child or a network member; where the worker's shown words use it, a finding says so", () => {
    const own = [...ownWordsOf(c.caseFile)];
    for (const r of renderingsOf(c).filter(forTheFamily)) {
      const { rest, found } = stripOwnWords(htmlText(r.doc.html), [...own, ...optionWords(r.options)]);
      expect(termsIn(rest, TERMS), `${r.label}: the catalogue's words use jargon: ${rest}`).toEqual([]);
      const inOwnWords = [...new Set(found.flatMap((w) => termsIn(w, TERMS)))];
      const reported = new Set(r.doc.findings.filter((f) => f.code === "documents/readability/jargon").map((f) => String(f.params?.["term"])));
      expect(
        inOwnWords.filter((t) => !reported.has(t)),
        `${r.label}: the document shows the worker's words using these terms, with no documents/readability/jargon finding`,
      ).toEqual([]);
    }
  });
});

describe("the checks of every document", () => {
  it("find the worked case's ids, and would find one shown", () => {
    const c = CASES[0]!;
    const { checked } = checkedIds(c.caseFile, []);
    expect(checked).toEqual(expect.arrayContaining(["gran-pat", "auntie-jo", "r-contact", "map-1", "plan-1", "d-drink", "g-drink", "bl-sober-adult"]));
    // "amy" is an id and "Amy" a name: case-sensitive, whole tokens.
    expect(containsId("Amy and Ben", "amy")).toBe(false);
    expect(containsId("r-contact-2", "r-contact")).toBe(false);
    // A catalogue that shows an id is caught.
    const leaky: MessageCatalogue = { locale: "en-GB", messages: { "documents.subtitle.for": "For gran-pat" } };
    const doc = renderFamilyDocument(c.caseFile, { kind: "safety-plan", audience: { kind: "network-member", personId: "gran-pat" }, asOf: "2025-06-01", catalogue: leaky });
    expect(checked.filter((id) => containsId(htmlText(doc.html), id))).toEqual(["gran-pat"]);
  });

  it("find jargon and placeholders in the catalogue's words, not in the case file's", () => {
    const caseFile = CASES[0]!.caseFile;
    const reworded: MessageCatalogue = { locale: "en-GB", messages: { "documents.contacts.heading": "Your ICPC contacts", "documents.subtitle.date": "Written on {day}" } };
    const doc = renderFamilyDocument(caseFile, { kind: "safety-plan", audience: { kind: "family" }, asOf: "2025-06-01", catalogue: reworded });
    const { rest } = stripOwnWords(htmlText(doc.html), ownWordsOf(caseFile));
    expect(termsIn(rest, TERMS).length).toBeGreaterThan(0);
    expect(PLACEHOLDERS.filter(([re]) => re.test(rest)).map(([, what]) => what)).toEqual(["a brace of a template"]);
    // The case file's own words are taken out whole, in either case at the start, or shortened as quoted.
    const long = "Lee stays at his brother's house on every night he has been drinking, and does not come round";
    expect(stripOwnWords("We will: lee stays away. Then “Lee stays at his brother's house on every night he has been drinking, and does…”", ["Lee stays away", long]).rest.replace(/\s+/g, " ").trim()).toBe("We will: Then “ ”");
  });
});
