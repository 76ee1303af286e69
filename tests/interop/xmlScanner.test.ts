import { describe, expect, it } from "vitest";
import { createXmlScanner, resolveLimits, XmlError, type XmlHandler } from "../../src/interop/internal";

// The scanner's fast paths (element names interned and compared in place, close tags matched
// against the open element without a substring) must report exactly what a plain reading does.

function events(xml: string, pieces = 1): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (name, line, column) => out.push(`<${name}@${String(line)}:${String(column)}`),
    text: (t) => out.push(`"${t}"`),
    close: (name) => out.push(`/${name}`),
  };
  const scanner = createXmlScanner(handler, resolveLimits(undefined));
  const size = Math.ceil(xml.length / pieces);
  for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.end();
  return out;
}

describe("xml scanner fast paths", () => {
  it("reports the same names for many distinct elements, however the input is cut", () => {
    // More names than the cache has slots near each other, with equal lengths and first/last characters.
    const names = Array.from({ length: 300 }, (_, i) => `E${String(i).padStart(3, "0")}x`);
    const xml = `<Root>${names.map((n) => `<${n}>v</${n}>`).join("")}<${names[0] ?? ""} a="1>2"/></Root>`;
    const strip = (e: string): string => e.replace(/@\d+:\d+$/, "");
    const expected = ["<Root", ...names.flatMap((n) => [`<${n}`, '"v"', `/${n}`]), "<E000x", "/E000x", "/Root"];
    for (const pieces of [1, 7, 97, 1000]) expect(events(xml, pieces).map(strip)).toEqual(expected);
  });

  it("accepts white space before '>' in a close tag and refuses a close tag of the same length with another name", () => {
    expect(events("<Ab>\n  <Cd>x</Cd  >\n</Ab\n>")).toEqual(["<Ab@1:1", "<Cd@2:3", '"x"', "/Cd", "/Ab"]);
    expect(() => events("<Ab><Cd>x</Ce></Ab>")).toThrow(XmlError);
    expect(() => events("<Ab><Cd>x</Cd></Ab>")).not.toThrow();
    let error: unknown;
    try {
      events("<Ab>\n<Cd>x</Ce></Ab>");
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind: "malformed", line: 2, column: 6, message: "</Ce> found where </Cd> was expected." });
  });
});

// Every way of cutting a document in two (and in three) must report the same events and the same
// error, with the same line and column, as reading it whole: the piece left at the end of one chunk
// is finished with the start of the next (the seam) and bare names are found from a cache.
function outcome(xml: string, cuts: readonly number[], limits = resolveLimits(undefined)): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (name, line, column) => out.push(`<${name}@${String(line)}:${String(column)}`),
    text: (t) => out.push(`"${t}"`),
    close: (name) => out.push(`/${name}`),
  };
  const scanner = createXmlScanner(handler, limits);
  try {
    let from = 0;
    for (const cut of [...cuts, xml.length]) {
      scanner.write(xml.slice(from, cut));
      from = cut;
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    out.push(`!${e.kind}@${String(e.line)}:${String(e.column)} ${e.message}`);
  }
  return out;
}

describe("xml scanner chunk seams and the bare-name cache", () => {
  const documents = [
    "<Root>\n  <Ab>x</Ab>\n  <Ab>y &amp; z</Ab>\r\n\t<Ab/>\n  <Ab a='1>2'>w</Ab>\n  <Ab >v</Ab >\n</Root>\n",
    "<Root><Ab>1</Ab><Ba>2</Ba><Ab>a>b</Ab><Ab/><Ab>3</Ab></Root>",
    "<?xml version=\"1.0\"?>\n<Root>\n <Ab>x</Ab>\n <Abc>y</Abc>\n <Ac>z</Ab>\n</Root>",
    "<Root>\n <Ab>x</Ab>\n <Ab>y</Ab>\n</Root>\n<Ab>",
    "<Root>\n <Ab>x</Ab>\n <!DOCTYPE x>\n</Root>",
    "<Root>\n <Ab>x<!-- a > b --></Ab>\n <Ab><![CDATA[ > ]]></Ab>\n <Ab>&bogus;</Ab>\n</Root>",
    "<Root><a/b>x</a/b><Ab>x</Ab><Ab\n>y</Ab></Root>",
    "<Root>\n <Ab>x</Ab>\n <1b>y</1b>\n</Root>",
  ];

  it("reports the same events and errors however a document is cut", () => {
    for (const xml of documents) {
      const whole = outcome(xml, []);
      for (let a = 1; a < xml.length; a++) {
        expect(outcome(xml, [a]), `${JSON.stringify(xml)} cut at ${String(a)}`).toEqual(whole);
        for (let b = a + 1; b < xml.length; b += 3) expect(outcome(xml, [a, b]), `${JSON.stringify(xml)} cut at ${String(a)}, ${String(b)}`).toEqual(whole);
      }
    }
  });

  it("applies the tag and text limits in the same place however a document is cut", () => {
    const limits = { ...resolveLimits(undefined), maxTagLength: 16, maxTextLength: 12 };
    const xml = "<Root>\n <Ab>short</Ab>\n <Ab>a text that is too long</Ab>\n</Root>";
    const tag = "<Root>\n <Ab>x</Ab>\n <Ab a='a long attribute'>x</Ab>\n</Root>";
    // The wording of a text-length error depends on whether the '<' after the text has arrived
    // (as it always has); the kind and the position do not.
    const kindAndPlace = (events: string[]): string[] => events.map((e) => e.replace(/^(![a-z-]+@\d+:\d+) .*$/s, "$1"));
    for (const doc of [xml, tag]) {
      const whole = kindAndPlace(outcome(doc, [], limits));
      expect(whole[whole.length - 1]).toMatch(/^!(text|tag)-length@3:\d+$/);
      for (let a = 1; a < doc.length; a++) expect(kindAndPlace(outcome(doc, [a], limits)), `cut at ${String(a)}`).toEqual(whole);
    }
  });
});
