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
