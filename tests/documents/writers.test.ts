// The HTML and Markdown writers: text is never markup, whatever the case file holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, toHtml } from "../../src/documents/html";
import { escapeMarkdown, toMarkdown } from "../../src/documents/markdown";
import type { DocumentModel } from "../../src/documents/tree";

const doc = (text: string): DocumentModel => ({
  lang: "en",
  title: text,
  subtitle: [text],
  sections: [
    {
      heading: text,
      blocks: [
        { type: "paragraph", text },
        { type: "subheading", text },
        { type: "list", items: [{ text, details: [text] }] },
        { type: "list", ordered: true, items: [{ text }] },
        { type: "quote", text, by: text },
        { type: "table", caption: text, head: [text, text], rows: [[text, text]] },
        { type: "drawing", label: text, ref: text },
        { type: "note", text },
      ],
    },
  ],
});

describe("toHtml", () => {
  it("escapes every text, so a name or a danger statement can never become markup", () => {
    const html = toHtml(doc(`<script>alert("x")</script> & 'Lee'`));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Lee&#39;");
  });

  it("writes one semantic, self-contained page: lang, one h1, a labelled section per heading, no scripts or external resources", () => {
    const html = toHtml({ ...doc("Words"), lang: "cy" });
    expect(html).toMatch(/^<!doctype html>\n<html lang="cy">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<section aria-labelledby="s1"><h2 id="s1">Words</h2>');
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).toContain("@page { size: A4;");
  });

  it("never lets text out of its element, for any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const html = toHtml(doc(text));
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(html.split("<").length).toBe(toHtml(doc("x")).split("<").length);
      }),
    );
  });
});

describe("toMarkdown", () => {
  it("escapes what Markdown would read as markup", () => {
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("- not an item")).toBe("\\- not an item");
    expect(escapeMarkdown("*Amy* [link](x) <b>")).toBe("\\*Amy\\* \\[link\\](x) \\<b\\>");
    expect(escapeMarkdown("two\nlines")).toBe("two lines");
  });

  it("writes the title as the only level-one heading and each section as level two", () => {
    const md = toMarkdown(doc("Words"));
    expect(md.startsWith("# Words\n\nWords\n\n## Words\n\n")).toBe(true);
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toContain("| Words | Words |\n| --- | --- |");
    expect(md).toContain("1. Words");
    expect(md).toContain("- Words\n  - Words");
  });

  it("never starts a line with markup from the text, for any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const md = toMarkdown(doc(text));
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toContain("\n");
        expect(escaped).not.toMatch(/^(#|>|[-+=]|\d+[.)])/);
        expect(md.match(/^# /gm)).toHaveLength(1);
      }),
    );
  });
});
