import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCsvParser, CsvError, resolveLimits } from "../../src/interop/internal";

// Rows and the lines they start on, or the error that stopped the parser (message and line).
function parse(chunks: readonly string[], maxTextLength = 50): { rows: [string[], number][]; error?: [string, number] } {
  const rows: [string[], number][] = [];
  const parser = createCsvParser((cells, line) => rows.push([[...cells], line]), resolveLimits({ maxTextLength }));
  try {
    for (const c of chunks) parser.write(c);
    parser.end();
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { rows, error: [error.message, error.line] };
  }
  return { rows };
}

const piece = fc.constantFrom("a", "b1", ",", '"', '""', "\r\n", "\n", "\r", " ", "é", "2024-05-01", "x".repeat(30));

describe("the CSV parser", () => {
  it("gives the same rows, lines and errors however the text is cut, down to a character at a time", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((p) => p.join("")), fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const oneByOne = parse([...text]);
        expect(parse([text])).toEqual(oneByOne);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at, text.length].slice(1).map((end, i, ends) => text.slice(i === 0 ? 0 : (ends[i - 1] as number), end));
        expect(parse(chunks)).toEqual(oneByOne);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps empty cells, skips empty lines and counts lines", () => {
    expect(parse(["a,,b\r\n\r\nc,d\n"]).rows).toEqual([
      [["a", "", "b"], 1],
      [["c", "d"], 3],
    ]);
    expect(parse(["a,b\n" + "y".repeat(60) + ",c\n"]).error).toEqual(["A cell longer than the limit of 50 characters.", 2]);
  });
});
