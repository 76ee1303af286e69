import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCsvParser, CsvError, resolveLimits } from "../../../src/interop/internal";
import { asciiText, readCsvBytes } from "../../../src/interop/returns/csvBytes";
import { createUtf8Check, NotUtf8Error } from "../../../src/interop/returns/utf8";

type Row = { readonly cells: readonly string[]; readonly line: number; readonly by: "bytes" | "parser" };

// CSV text with what makes rows differ from lines: quoted cells with commas, quotes and line
// breaks, carriage returns alone, blank lines, text beyond ASCII, a byte order mark.
const cell = fc.oneof(
  fc.constantFrom("", "a", "child-1", "2024-01-02", "N4", "x y", "é", "q\"mid", "'=1", "日本"),
  fc.constantFrom('"a,b"', '"q""uote"', '"line\nbreak"', '"cr\r\nlf"', '""', '"three\nlines\nhere"', '"1\n2,3\n"'),
  fc.string({ maxLength: 5 }).filter((t) => !/[",\r\n]/.test(t)),
);
const text = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\n\r\n")), { minLength: 1, maxLength: 12 }),
    fc.boolean(),
  )
  .map(([bom, rows, lastBreak]) => (bom ? "\uFEFF" : "") + rows.map(([cells, end], i) => cells.join(",") + (i < rows.length - 1 || lastBreak ? end : "")).join(""));

// Rows as the parser gives them from the whole text at once.
function parsed(csv: string): Row[] {
  const rows: Row[] = [];
  const parser = createCsvParser((cells, line) => rows.push({ cells: [...cells], line, by: "parser" }), resolveLimits({}));
  parser.write(csv.replace(/^\uFEFF/, ""));
  parser.end();
  return rows;
}

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  await Promise.resolve();
  let at = 0;
  for (const c of [...cuts].sort((x, y) => x - y)) {
    const to = Math.min(bytes.length, c);
    if (to > at) yield bytes.subarray(at, to);
    at = Math.max(at, to);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

// Rows through readCsvBytes: lines without quotes, carriage returns or bytes beyond ASCII are
// taken from their bytes when `take` says so, the rest go to the parser.
async function read(bytes: Uint8Array, cuts: readonly number[], take: readonly boolean[]): Promise<Row[]> {
  const rows: Row[] = [];
  const parser = createCsvParser((cells, line) => rows.push({ cells: [...cells], line, by: "parser" }), resolveLimits({}));
  let k = 0;
  await readCsvBytes(chunksOf(bytes, cuts), parser, (b, s, e, line) => {
    for (let i = s; i < e; i++) if (b[i] === 34 || b[i] === 13 || (b[i] as number) >= 128) return false;
    if (!(take[k++ % take.length] ?? true)) return false;
    rows.push({ cells: asciiText(b, s, e).split(","), line, by: "bytes" });
    return true;
  });
  return rows;
}

describe("CSV read a line at a time from bytes", () => {
  it("gives the rows and lines the parser gives from the whole text, whichever lines are taken from bytes and wherever the chunks end", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), async (csv, cuts, take) => {
        const got = await read(new TextEncoder().encode(csv), cuts, take);
        expect(got.map(({ cells, line }) => ({ cells, line }))).toEqual(parsed(csv).map(({ cells, line }) => ({ cells, line })));
      }),
      { numRuns: 500 },
    );
  });

  it("takes plain rows from bytes and gives the header, quoted and non-ASCII rows, and a line a chunk ends in, to the parser", async () => {
    const csv = 'a,b\r\n1,2\r\n"3",4\r\né,5\r\n\r\n6,7';
    const rows = await read(new TextEncoder().encode(csv), [], [true]);
    expect(rows).toEqual([
      { cells: ["a", "b"], line: 1, by: "parser" },
      { cells: ["1", "2"], line: 2, by: "bytes" },
      { cells: ["3", "4"], line: 3, by: "parser" },
      { cells: ["é", "5"], line: 4, by: "parser" },
      // The end of a chunk (here, of the file) inside a line: that line goes to the parser.
      { cells: ["6", "7"], line: 6, by: "parser" },
    ]);
  });

  it("refuses bytes that are not UTF-8 with the line they are on, wherever the chunks end", async () => {
    // "café" saved in a spreadsheet's code page (Windows-1252) on line 3.
    const bytes = new Uint8Array([...new TextEncoder().encode("h\r\n1\r\ncaf"), 0xe9, ...new TextEncoder().encode("\r\n2\r\n")]);
    for (const cuts of [[], [1], [9], [10], [11]]) {
      const parser = createCsvParser(() => undefined, resolveLimits({}));
      const ascii = (b: Uint8Array, s: number, e: number): boolean => b.subarray(s, e).every((x) => x < 128);
      const error = await readCsvBytes(chunksOf(bytes, cuts), parser, ascii).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).line).toBe(3);
      expect((error as CsvError).message).toMatch(/not UTF-8/);
    }
  });

  it("reads a file whose line breaks are carriage returns alone as the parser reads it, chunk by chunk", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `child-${String(i).padStart(6, "0")},2024-01-01`);
    const csv = `child_id,date\r${rows.join("\r")}\r`;
    const bytes = new TextEncoder().encode(csv);
    const cuts = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => i * 65_536);
    const got = await read(bytes, cuts, [true]);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect(got.map(({ cells, line }) => ({ cells, line }))).toEqual(parsed(csv).map(({ cells, line }) => ({ cells, line })));
    expect(got).toHaveLength(60_001);
  });

  it("gives the rows, and the refusal, the text reader gives chunk by chunk, for long cells and bytes that are not UTF-8 anywhere", async () => {
    // The text reader: each chunk checked as UTF-8, then its text written to the parser.
    const limits = resolveLimits({ maxTextLength: 12 });
    const outcome = async (run: (parser: ReturnType<typeof createCsvParser>, rows: unknown[]) => Promise<void>): Promise<unknown> => {
      const rows: unknown[] = [];
      const parser = createCsvParser((cells, line) => rows.push({ cells: [...cells], line }), limits);
      try {
        await run(parser, rows);
        return { rows };
      } catch (error) {
        const e = error as { message: string; line?: number };
        return { rows, error: e.message, line: e.line };
      }
    };
    const bad = fc.constantFrom([0xe9], [0xc3], [0xed, 0xa0, 0x80]);
    const piece = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom("a,b\n", "c,d\r\n", "2024-01-01,x\n", "\n", "é,1\n", '"q,r",s\n').map((t) => [...new TextEncoder().encode(t)]) },
      { weight: 1, arbitrary: fc.constantFrom("x".repeat(20), `${"y".repeat(9)},${"z".repeat(9)}`).map((t) => [...new TextEncoder().encode(t)]) },
      { weight: 1, arbitrary: bad },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 16 }), fc.array(fc.nat({ max: 120 }), { maxLength: 6 }), async (pieces, cuts) => {
        const bytes = Uint8Array.from(pieces.flat());
        const text = await outcome(async (parser) => {
          const check = createUtf8Check();
          const decoder = new TextDecoder("utf-8");
          try {
            for await (const chunk of chunksOf(bytes, cuts)) {
              check.chunk(chunk);
              parser.write(decoder.decode(chunk, { stream: true }));
            }
            check.end();
          } catch (error) {
            if (error instanceof NotUtf8Error) throw new CsvError(error.message, error.line);
            throw error;
          }
          parser.write(decoder.decode());
          parser.end();
        });
        // Plain lines whose every cell is within the limit are taken from their bytes.
        const fromBytes = await outcome((parser, rows) =>
          readCsvBytes(chunksOf(bytes, cuts), parser, (b, s, e, line) => {
            for (let i = s; i < e; i++) if (b[i] === 34 || b[i] === 13 || (b[i] as number) >= 128) return false;
            const cells = asciiText(b, s, e).split(",");
            if (cells.some((c) => c.length > 12)) return false;
            rows.push({ cells, line });
            return true;
          }),
        );
        expect(fromBytes).toEqual(text);
      }),
      { numRuns: 500 },
    );
  });
});

