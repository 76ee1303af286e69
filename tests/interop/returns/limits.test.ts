import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUT_LIMITS } from "../../../src/cli/inputLimits";
import { isKinsafeError, KinsafeError } from "../../../src/core";
import { DEFAULT_RETURN_LIMITS } from "../../../src/interop/returns";
import { checkedCsvChunks, formatBytes, jsonTooDeepAt, limitedChunks, parseJsonText, readingError, refusal as refusalError, resolveReturnLimits, textLines } from "../../../src/interop/returns/limits";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function* chunked(data: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array, void, undefined> {
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > at && cut < data.byteLength) {
      pieces.push(data.subarray(at, cut));
      at = cut;
    }
  }
  pieces.push(data.subarray(at));
  for (const piece of pieces) yield await Promise.resolve(piece);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** An endless source (like /dev/zero or a pipe that never closes), counting what was taken from it. */
function endless(chunk: Uint8Array): { chunks: AsyncGenerator<Uint8Array, void, undefined>; taken: () => number } {
  let taken = 0;
  async function* chunks(): AsyncGenerator<Uint8Array, void, undefined> {
    for (;;) {
      taken += chunk.byteLength;
      yield await Promise.resolve(chunk);
    }
  }
  return { chunks: chunks(), taken: () => taken };
}

/** The refusal a reading ends with: a KinsafeError `invalid-input`, its message without the `[kinsafe] ` prefix. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isKinsafeError(error)).toBe(true);
  const e = error as KinsafeError;
  return { code: e.code, message: e.message.replace(/^\[kinsafe\] /, "") };
}

describe("the input limits", () => {
  it("are documented constants that can be lowered, and the command's choice is the same", () => {
    expect(DEFAULT_RETURN_LIMITS).toEqual({ maxBytes: 4 * 1024 ** 3, maxJsonBytes: 256 * 1024 ** 2, maxLineBytes: 16 * 1024 ** 2, maxDepth: 32 });
    expect(INPUT_LIMITS).toEqual(DEFAULT_RETURN_LIMITS);
    expect(resolveReturnLimits({ maxLineBytes: 10 })).toEqual({ ...DEFAULT_RETURN_LIMITS, maxLineBytes: 10 });
    expect(() => resolveReturnLimits({ maxDepth: 0 })).toThrow(/maxDepth/);
    expect(() => resolveReturnLimits({ maxDepth: 0 })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(formatBytes(16 * 1024 ** 2)).toBe("16 MiB");
    expect(formatBytes(1000)).toBe("1000 bytes");
  });
});

describe("textLines", () => {
  it("splits bytes into numbered lines", async () => {
    // #region lines
    const chunks = [new TextEncoder().encode('\uFEFF{"a":1}\r\n\n{"b":'), new TextEncoder().encode("2}")];
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunks) yield await Promise.resolve(chunk);
    }
    const lines: { line: number; text: string }[] = [];
    for await (const line of textLines(source(), "records.jsonl", 1024)) lines.push(line);
    // [{ line: 1, text: '{"a":1}' }, { line: 2, text: "" }, { line: 3, text: '{"b":2}' }]
    // #endregion lines
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: "" },
      { line: 3, text: '{"b":2}' },
    ]);
  });

  it("gives the same lines however the bytes are chunked", async () => {
    const line = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\r", " ", "{", '"'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(200), { maxLength: 10 }), async (lines, crlf, cuts) => {
        const text = lines.join(crlf ? "\r\n" : "\n");
        const got = await collect(textLines(chunked(bytes(text), cuts), "f", 64));
        const expected = text === "" ? [] : text.split("\n").map((l, i) => ({ line: i + 1, text: l.endsWith("\r") ? l.slice(0, -1) : l }));
        // A last line that is only the CR of a CR LF whose LF never came is the same as an empty line.
        expect(got.map((l) => l.text)).toEqual(expected.filter((l, i) => !(i === expected.length - 1 && l.text === "" && !text.endsWith("\r"))).map((l) => l.text));
      }),
    );
  });

  it("refuses a line over the limit, naming the file and line, without reading the rest of it", async () => {
    const source = endless(new Uint8Array(64 * 1024).fill(0x61));
    const error = await refusal(collect(textLines(source.chunks, "big.jsonl", 1024 ** 2)));
    expect(error.code).toBe("invalid-input");
    expect(error.message).toBe("big.jsonl:1: cannot be read (limit-exceeded): the line is longer than the limit of 1 MiB.");
    expect(source.taken()).toBeLessThanOrEqual(1024 ** 2 + 64 * 1024);
  });

  it("accepts a line of exactly the limit, with LF or CR LF, and refuses one byte more", async () => {
    for (const cuts of [[], [4], [5], [6]]) {
      expect(await collect(textLines(chunked(bytes("abcd\r\nefgh"), cuts), "f", 4))).toEqual([
        { line: 1, text: "abcd" },
        { line: 2, text: "efgh" },
      ]);
      const error = await refusal(collect(textLines(chunked(bytes("ab\nabcde\r\n"), cuts), "f", 4)));
      expect(error.message).toMatch(/^f:2: /);
      await refusal(collect(textLines(chunked(bytes("abcde"), cuts), "f", 4)));
    }
  });
});

describe("checkedCsvChunks", () => {
  it("passes CSV through and refuses a NUL byte with its line, however the bytes are chunked", async () => {
    const csv = bytes("CHILD,SEX\r\n1,1\r2,2\n3\u0000,1\n");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(30), { maxLength: 6 }), async (cuts) => {
        const error = await refusal(collect(checkedCsvChunks(chunked(csv, cuts), "h.csv", 100)));
        expect(error.message).toBe("h.csv:4: cannot be read: a NUL byte; a CSV file must be text (UTF-8), not binary or UTF-16.");
        const clean = csv.subarray(0, csv.indexOf(0));
        const passed = await collect(checkedCsvChunks(chunked(clean, cuts), "h.csv", 100));
        expect(Buffer.concat(passed)).toEqual(Buffer.from(clean));
      }),
    );
  });

  it("refuses a line over the limit (a line ends at LF, CR LF or CR)", async () => {
    expect(await collect(checkedCsvChunks(chunked(bytes("abcd\r\nabcd\rabcd\n"), [5]), "h.csv", 4))).toHaveLength(2);
    const error = await refusal(collect(checkedCsvChunks(chunked(bytes("abcd\rabcde\n"), [7]), "h.csv", 4)));
    expect(error.message).toBe("h.csv:2: cannot be read (limit-exceeded): the line is longer than the limit of 4 bytes.");
    const source = endless(new Uint8Array(4096).fill(0x2c));
    await refusal(collect(checkedCsvChunks(source.chunks, "h.csv", 1024 ** 2)));
    expect(source.taken()).toBeLessThanOrEqual(1024 ** 2 + 4096);
  });
});

describe("limitedChunks", () => {
  it("stops an endless source (a device, a pipe, a file that grows) at the limit", async () => {
    const source = endless(new Uint8Array(1 << 20));
    const error = await refusal(collect(limitedChunks(source.chunks, "/dev/zero", 8 * 1024 ** 2)));
    expect(error.code).toBe("invalid-input");
    expect(error.message).toBe("/dev/zero: cannot be read (limit-exceeded): the file is larger than the limit of 8 MiB.");
    expect(source.taken()).toBe(9 * 1024 ** 2);
  });
});

describe("JSON nesting", () => {
  it("measures nesting without recursion, skipping strings", () => {
    expect(jsonTooDeepAt('[[["[[[[", "\\"[[[["]]]', 3)).toBe(-1);
    expect(jsonTooDeepAt('{"a":[{"b":[1]}]}', 3)).toBe(11);
    expect(jsonTooDeepAt("[".repeat(100_000) + "]".repeat(100_000), 32)).toBe(32);
    expect(jsonTooDeepAt('"unterminated [[[[', 1)).toBe(-1);
  });

  it("refuses JSON nested deeper than the limit with its position, and invalid JSON with its position", () => {
    expect(() => parseJsonText(`{"records":\n${"[".repeat(100_000)}${"]".repeat(100_000)}}`, { file: "r.json" }, 32)).toThrow(
      "r.json:2:32: cannot be read (limit-exceeded): arrays and objects are nested deeper than the limit of 32.",
    );
    expect(() => parseJsonText('{"a":1\n "b":2}', { file: "r.json" }, 32)).toThrow(/^\[kinsafe\] r\.json:2:2: not JSON: /);
    expect(() => parseJsonText('{"a":1 "b":2}', { file: "r.jsonl", line: 7 }, 32)).toThrow(/^\[kinsafe\] r\.jsonl:7:8: not JSON: /);
    expect(parseJsonText('{"a":[1]}', { file: "r.json" }, 2)).toEqual({ a: [1] });
  });
});

describe("readingError", () => {
  it("turns anything thrown while reading a file into an input error naming the file, without a stack trace", () => {
    const tooLong = readingError("r.json", new RangeError("Invalid string length"));
    expect(tooLong.code).toBe("invalid-input");
    expect(tooLong.message).toBe("[kinsafe] r.json: cannot be read (limit-exceeded): too large or too deeply nested to hold (Invalid string length).");
    expect(readingError("r.json", Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" })).message).toBe("[kinsafe] r.json: cannot be read: EIO: i/o error, read.");
    expect(readingError("r.json", new TypeError("x is undefined")).message).toMatch(/^\[kinsafe\] r\.json: cannot be read: x is undefined \(if the file is sound, this is a fault in kinsafe/);
    // A refusal made while reading (which names its file already) passes through as it is.
    const own = refusalError("r.json:2: not JSON");
    expect(readingError("other", own)).toBe(own);
    // A reader's own KinsafeError does not name the file: it is wrapped, naming it.
    const reader = new KinsafeError("invalid-input", "CIN census: mismatched tag (line 3, column 4)");
    expect(readingError("c.xml", reader).message).toMatch(/^\[kinsafe\] c\.xml: cannot be read: CIN census: mismatched tag \(line 3, column 4\)/);
  });
});
