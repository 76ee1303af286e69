// Every sentence of a family document comes from the catalogue: rendered with a pseudo-locale
// catalogue (every template's words replaced, its placeholders, plurals and selects kept) in
// Welsh ("cy", so that dates and lists are not written in English either), no document for any
// reader has an English word left, apart from the case file's own words and names.
import { describe, expect, it } from "vitest";
import { enDocuments, type DocumentTextKey } from "../../src/documents";
import { templateParams, type MessageCatalogue } from "../../src/messages";
import { casesToRender, htmlText, markdownText, optionWords, ownWordsOf, renderEvery, stripOwnWords, wordsOf, type Rendering } from "./integration";

/** The index of the `}` that closes the `{` at `open` (or the end). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/**
 * A template with `f` applied to its own words: the text outside placeholders and the text of
 * the forms of its plurals and selects (recursively); placeholders, `#`, and the selectors kept.
 */
function mapWords(template: string, f: (words: string) => string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    const literal = open < 0 ? template.slice(i) : template.slice(i, open);
    out += literal.split("#").map(f).join("#");
    if (open < 0) break;
    const close = closing(template, open);
    const inner = template.slice(open + 1, close);
    const choice = /^(\s*\w+\s*,\s*(?:plural|select)\s*,)([\s\S]*)$/.exec(inner);
    if (choice === null) out += `{${inner}}`;
    else {
      let body = choice[2] ?? "";
      let forms = "";
      for (;;) {
        const selector = /^(\s*)(=\d+(?:\.\d+)?|[\w-]+)(\s*)\{/.exec(body);
        if (selector === null) break;
        const start = selector[0].length - 1;
        const end = closing(body, start);
        forms += `${selector[1] ?? ""}${selector[2] ?? ""}${selector[3] ?? ""}{${mapWords(body.slice(start + 1, end), f)}}`;
        body = body.slice(end + 1);
      }
      out += `{${choice[1] ?? ""}${forms}${body}}`;
    }
    i = close + 1;
  }
  return out;
}

/** Every Latin letter as its fullwidth form (a → ａ): the pseudo-language's words. */
const fullwidth = (s: string): string => s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));

/** A template pseudo-translated, wrapped in ⟦ ⟧ so that where each one starts and ends shows. */
const pseudo = (template: string): string => `⟦${mapWords(template, fullwidth)}⟧`;

const english = enDocuments.messages as Readonly<Record<DocumentTextKey, string>>;
const keys = Object.keys(english) as DocumentTextKey[];

/** The pseudo-locale: every key of the English catalogue pseudo-translated, in Welsh. */
const pseudoLocale: MessageCatalogue<DocumentTextKey> = { locale: "cy", messages: Object.fromEntries(keys.map((k) => [k, pseudo(english[k])])) };

/** The English catalogue's own words (not its placeholders), lower case. */
const englishWords = new Set(
  keys.flatMap((k) => {
    const found: string[] = [];
    mapWords(english[k], (w) => {
      found.push(...wordsOf(w).map((x) => x.toLowerCase()));
      return w;
    });
    return found;
  }),
);

/** The words Welsh itself writes in a document's dates and lists (month names, "a", "ac"). */
const welsh = new Set(
  [
    ...Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat("cy", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2025, m, 1)))),
    new Intl.ListFormat("cy", { style: "long", type: "conjunction" }).format(["Xx", "Yy", "Zz"]),
    new Intl.ListFormat("cy", { style: "long", type: "conjunction" }).format(["Xx", "Alun"]),
  ].flatMap((s) => wordsOf(s).filter((w) => !["Xx", "Yy", "Zz", "Alun"].includes(w))),
);

/** The text a document shows, with the case file's own words (and the words given in options) taken out. */
function catalogueText(r: Rendering, own: readonly string[]): string {
  const text = [r.doc.title, htmlText(r.doc.html), markdownText(r.doc.markdown)].join("\n");
  return stripOwnWords(text, [...own, ...optionWords(r.options)]).rest;
}

/** The ASCII words (two letters or more) of a text: in the pseudo-locale, none is the catalogue's. */
const asciiWords = (text: string): string[] => text.match(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g) ?? [];

/** The text around the first `word` of `text`, for a failure's message. */
function excerpt(text: string, word: string | undefined): string {
  const at = word === undefined ? 0 : Math.max(0, text.search(new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`)));
  return `…${text.slice(Math.max(0, at - 150), at + 150)}…`;
}

const CASES = casesToRender().filter((c) => c.name === "workedCase()" || c.name === "stored/case-file-v2.json");

describe("the pseudo-locale catalogue", () => {
  it("pseudo-translates every key of the English catalogue, keeping its placeholders, plurals and selects", () => {
    expect(Object.keys(pseudoLocale.messages).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      const p = pseudoLocale.messages[k] ?? "";
      // The same skeleton (placeholders, plurals, selects, #) with the words taken out…
      const skeleton = (t: string): string => mapWords(t, () => "");
      expect(skeleton(p.slice(1, -1)), k).toBe(skeleton(english[k]));
      expect(templateParams(p).every((name) => templateParams(english[k]).includes(name)), k).toBe(true);
      // …and no Latin word left in the words.
      const words: string[] = [];
      mapWords(p, (w) => {
        words.push(...asciiWords(w));
        return w;
      });
      expect(words, k).toEqual([]);
    }
    expect(pseudo("{count, plural, one {# view of {name}} other {# views}} left")).toBe("⟦{count, plural, one {# ｖｉｅｗ ｏｆ {name}} other {# ｖｉｅｗｓ}} ｌｅｆｔ⟧");
    expect(pseudo("{as, select, responsible {You do it} other {You check it}}.")).toBe("⟦{as, select, responsible {Ｙｏｕ ｄｏ ｉｔ} other {Ｙｏｕ ｃｈｅｃｋ ｉｔ}}.⟧");
    expect(englishWords.size).toBeGreaterThan(50);
    expect([...welsh]).toEqual(expect.arrayContaining(["Mehefin", "Ionawr"]));
  });
});

describe.each(CASES)("every document of $name, in the pseudo-locale", (c) => {
  const own = [...ownWordsOf(c.caseFile)];

  it("leaves no English word of the catalogue, and no other word the case file does not hold, for any reader", () => {
    const renderings = c.days.flatMap((day) => renderEvery(c.caseFile, day, { catalogue: pseudoLocale }));
    expect(renderings.length).toBeGreaterThan(20);
    for (const r of renderings) {
      expect(r.doc.lang, r.label).toBe("cy");
      expect(r.doc.html, r.label).toContain('<html lang="cy">');
      const rest = catalogueText(r, own);
      const left = asciiWords(rest);
      expect(
        left.filter((w) => englishWords.has(w.toLowerCase())),
        `${r.label}: English left in ${excerpt(rest, left.find((w) => englishWords.has(w.toLowerCase())))}`,
      ).toEqual([]);
      // Stronger: any Latin word left is Welsh (in a date); the catalogue's own are all fullwidth.
      expect(
        left.filter((w) => !welsh.has(w)),
        `${r.label}: words that are neither the case file's nor the catalogue's in ${excerpt(rest, left.find((w) => !welsh.has(w)))}`,
      ).toEqual([]);
      expect(rest, r.label).toMatch(/[\uff21-\uff5a]/);
    }
  });

  it("would find English: the same documents with the English catalogue leave the catalogue's words", () => {
    const renderings = c.days.flatMap((day) => renderEvery(c.caseFile, day));
    for (const r of renderings) expect(asciiWords(catalogueText(r, own)).filter((w) => englishWords.has(w.toLowerCase())).length, r.label).toBeGreaterThan(0);
  });
});
