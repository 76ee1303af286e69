import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createXmlByteScanner, createXmlScanner, resolveLimits, XmlError, type ResolvedLimits, type XmlHandler } from "../../src/interop/internal";

// The scanner works on UTF-8 bytes: element names are matched as bytes, values become strings
// only when reported, and lines, columns and limits still count UTF-16 code units, as they would
// on the decoded text, however the bytes are cut (also inside a character).

const encoder = new TextEncoder();

function run(write: (scanner: { write(chunk: never): void }) => void, make: (h: XmlHandler) => { write(chunk: never): void; end(): void }): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (name, line, column) => out.push(`<${name}@${String(line)}:${String(column)}`),
    text: (t) => out.push(`"${t}"`),
    close: (name) => out.push(`/${name}`),
  };
  const scanner = make(handler);
  try {
    write(scanner);
    scanner.end();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    out.push(`!${e.kind}@${String(e.line)}:${String(e.column)} ${e.message}`);
  }
  return out;
}

/** The events of the UTF-8 bytes of `xml`, cut at the given byte positions. */
function bytesOutcome(xml: string, cuts: readonly number[], limits: ResolvedLimits = resolveLimits(undefined)): string[] {
  const bytes = encoder.encode(xml);
  const at = [...new Set(cuts.map((c) => Math.min(Math.max(0, c), bytes.length)))].sort((a, b) => a - b);
  return run((s) => {
    let from = 0;
    for (const c of [...at, bytes.length]) {
      s.write(bytes.slice(from, c) as never);
      from = c;
    }
  }, (h) => createXmlByteScanner(h, limits));
}

/** The events of `xml` as text, cut at the given code-unit positions (also inside surrogate pairs). */
function textOutcome(xml: string, cuts: readonly number[], limits: ResolvedLimits = resolveLimits(undefined)): string[] {
  const at = [...new Set(cuts.map((c) => Math.min(Math.max(0, c), xml.length)))].sort((a, b) => a - b);
  return run((s) => {
    let from = 0;
    for (const c of [...at, xml.length]) {
      s.write(xml.slice(from, c) as never);
      from = c;
    }
  }, (h) => createXmlScanner(h, limits));
}

describe("the byte scanner", () => {
  it("counts columns in UTF-16 code units after characters of two, three and four bytes", () => {
    // #region byte-columns
    const xml = "<Root>\n  <A>é</A><B>€uro</B><C>😀</C><D>x</D>\n</Root>";
    const events = bytesOutcome(xml, []);
    // The columns are those of the text, not of the bytes: <D> is at column 31 of line 2, though it starts at its 36th byte.
    // #endregion byte-columns
    expect(events).toEqual(["<Root@1:1", "<A@2:3", '"é"', "/A", "<B@2:11", '"€uro"', "/B", "<C@2:22", '"😀"', "/C", "<D@2:31", '"x"', "/D", "/Root"]);
    const line2 = xml.split("\n")[1] ?? "";
    for (const [name, column] of [["B", 11], ["C", 22], ["D", 31]] as const) expect(line2.slice(column - 1, column + 1)).toBe(`<${name}`);
  });

  it("applies the text and tag limits to characters, not bytes", () => {
    const limits = { ...resolveLimits(undefined), maxTextLength: 12, maxTagLength: 16 };
    // Twelve characters of two bytes each (24 bytes): within the limit; thirteen: over it.
    expect(bytesOutcome(`<R><A>${"é".repeat(12)}</A></R>`, [], limits)).toEqual(["<R@1:1", "<A@1:4", `"${"é".repeat(12)}"`, "/A", "/R"]);
    expect(bytesOutcome(`<R><A>${"é".repeat(13)}</A></R>`, [], limits).pop()).toMatch(/^!text-length@1:7 /);
    // A tag of 16 characters before its '>' (25 bytes) with an attribute of two-byte characters is accepted; 17 is refused.
    expect(bytesOutcome(`<R><A b='${"é".repeat(9)}'>x</A></R>`, [], limits)).toContain('"x"');
    expect(bytesOutcome(`<R><A b='${"é".repeat(10)}'>x</A></R>`, [], limits).pop()).toMatch(/^!tag-length@1:4 /);
    // An entity reference is measured in characters too: "&" and 12 characters before ";" is malformed; 11 (23 bytes) is an unknown entity.
    expect(bytesOutcome(`<R><A>&${"é".repeat(12)};</A></R>`, []).pop()).toMatch(/^!malformed@1:7 /);
    expect(bytesOutcome(`<R><A>&${"é".repeat(11)};</A></R>`, []).pop()).toMatch(/^!entity@1:7 /);
  });

  it("joins a surrogate pair cut between two text chunks and a character cut between two byte chunks", () => {
    const xml = "<R><A>😀 and é</A></R>";
    const whole = textOutcome(xml, []);
    expect(whole).toContain('"😀 and é"');
    for (let cut = 1; cut < xml.length; cut++) expect(textOutcome(xml, [cut])).toEqual(whole);
    for (let cut = 1; cut < encoder.encode(xml).length; cut++) expect(bytesOutcome(xml, [cut])).toEqual(whole);
  });

  it("gives the same values for many distinct short values (the value cache compares them in place)", () => {
    const values = Array.from({ length: 3000 }, (_, i) => `v${String(i * 7919 % 10007)}`);
    const xml = `<R>${values.map((v) => `<A>${v}</A>`).join("")}${values.map((v) => `<A>${v}</A>`).join("")}</R>`;
    const texts = bytesOutcome(xml, [1000, 20_000]).filter((e) => e.startsWith('"'));
    expect(texts).toEqual([...values, ...values].map((v) => `"${v}"`));
  });

  it("reports every element where the text has it and the same events however the bytes are cut (property)", () => {
    const piece = fc.constantFrom("a", "Z", "é", "€", "😀", " ", "\n", "\r\n", "\t", "&amp;", "&#233;", "<!-- c -->", "<![CDATA[x<y]]>", "<?pi x?>");
    const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
    const name = fc.constantFrom("A", "Bé", "C€", "Dd", "E😀");
    const element = fc.tuple(name, text, fc.constantFrom("", " ", "\n", " x='é>'")).map(([n, t, attr]) => `<${n}${attr}>${t}</${n}>`);
    const doc = fc.tuple(fc.array(fc.tuple(fc.constantFrom("", "\n", "  ", "\n é "), element), { maxLength: 8 }), fc.constantFrom("", "\n")).map(
      ([items, end]) => `<Root>${items.map(([ws, el]) => `${ws}${el}`).join("")}</Root>${end}`,
    );
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 4 }), (xml, cuts) => {
        const whole = textOutcome(xml, []);
        const length = encoder.encode(xml).length;
        expect(bytesOutcome(xml, cuts.map((c) => c % (length + 1)))).toEqual(whole);
        expect(textOutcome(xml, cuts.map((c) => c % (xml.length + 1)))).toEqual(whole);
        // Each element is where the text has it: its line, and its column in UTF-16 code units.
        const lines = xml.split("\n");
        for (const e of whole) {
          const m = /^<(.+)@(\d+):(\d+)$/.exec(e);
          if (m === null) continue;
          const line = lines[Number(m[2]) - 1] ?? "";
          expect(line.slice(Number(m[3]) - 1)).toMatch(new RegExp(`^<${m[1] ?? ""}(?:[ >]|$)`));
        }
      }),
      { numRuns: 300 },
    );
  });
});
