import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createUtf8Check, firstInvalidUtf8, NotUtf8Error } from "../../../src/interop/returns/utf8";

// Bytes mostly ASCII with line breaks, with valid multi-byte text and the faults a code page or a
// careless export makes: a lone Latin-1 byte, a stray continuation byte, overlong forms,
// surrogates (CESU-8), code points above U+10FFFF, sequences cut short.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "b,c", "\n", "\r\n", "2024-01-01", "é", "日本", "😀").map((t) => [...new TextEncoder().encode(t)]) },
  { weight: 1, arbitrary: fc.constantFrom([0xe9], [0x80], [0xc0, 0xaf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0xc3], [0xe2, 0x82], [0xff]) },
);
const file = fc.array(piece, { maxLength: 40 }).map((ps) => Uint8Array.from(ps.flat()));

// The line of the first fault: the first line (cut at LF) that is not UTF-8 on its own (an LF
// cannot be inside a sequence, so no sequence spans two lines).
function faultLine(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const lf = bytes.indexOf(10, start);
    const end = lf === -1 ? bytes.length : lf;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (lf === -1) return undefined;
    start = lf + 1;
  }
}

// The line of the refusal, or (with `text`) the text, checking chunk by chunk either way.
function checked(bytes: Uint8Array, cuts: readonly number[], way: "chunk" | "text" = "chunk"): number | string | undefined {
  const check = createUtf8Check();
  let at = 0;
  let text = "";
  try {
    for (const c of [...cuts, bytes.length].sort((x, y) => x - y)) {
      if (c <= at || c > bytes.length) continue;
      if (way === "chunk") check.chunk(bytes.subarray(at, c));
      else text += check.text(bytes.subarray(at, c));
      at = c;
    }
    text += check.end();
    return way === "chunk" ? undefined : text;
  } catch (error) {
    if (error instanceof NotUtf8Error) return error.line;
    throw error;
  }
}

describe("the UTF-8 check of text files", () => {
  it("refuses exactly what a strict decoder refuses, naming the line of the first fault, wherever the chunks end", () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat({ max: 120 }), { maxLength: 8 }), (bytes, cuts) => {
        const line = faultLine(bytes);
        expect(checked(bytes, cuts)).toBe(line);
        // Checked as text: the same refusal, or the text a decoder gives for the whole file.
        expect(checked(bytes, cuts, "text")).toBe(line ?? new TextDecoder().decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("names the line of an overlong form, a surrogate and a sequence cut by a chunk's end", () => {
    const enc = (t: string): number[] => [...new TextEncoder().encode(t)];
    expect(checked(Uint8Array.from([...enc("a\nb\n"), 0xe0, 0x80, 0x80, ...enc("\nc\n")]), [])).toBe(3);
    expect(checked(Uint8Array.from([...enc("a\n"), 0xed, 0xa0, 0x80, ...enc("\n\n")]), [])).toBe(2);
    // "Ã" cut after its first byte, and the next chunk not continuing it.
    expect(checked(Uint8Array.from([...enc("a\nb"), 0xc3, ...enc("A\nc\n")]), [4])).toBe(2);
    expect(checked(Uint8Array.from([...enc("a\nb"), 0xc3, 0xa9, ...enc("\nc\n")]), [4])).toBeUndefined();
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xf4, 0x90, 0x80, 0x80]))).toBe(1);
  });
});
