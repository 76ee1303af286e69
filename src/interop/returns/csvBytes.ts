import { Buffer } from "node:buffer";
import { CsvError, type CsvParser } from "../internal";
import { createUtf8Check, NotUtf8Error } from "./utf8";

/**
 * Takes a plain row straight from the bytes of its line (`b[start..end)`, without its line
 * break) and answers `true`, or answers `false`, having changed nothing, when the row is to be
 * read as text by the parser instead. It takes only rows the parser would read the same: no
 * quoted cell, no carriage return, no byte beyond ASCII (so no check of UTF-8 is needed).
 *
 * @internal
 */
export type CsvByteRow = (b: Uint8Array, start: number, end: number, line: number) => boolean;

/**
 * Reads CSV bytes a line at a time (each given to `row` as a `Buffer`): each whole line is
 * offered to `row` first; a line it does not take, every line while the parser is inside a row (a
 * quoted line break), the first line (the header) and the part of a line a chunk ends in are
 * decoded as UTF-8 and written to `parser`, which gives its rows as ever. Each chunk is checked
 * as UTF-8 before any of it is read, as the text reader checks it. Rows, their lines, every
 * finding and every refusal (and which comes first) are the same as writing the text of each
 * chunk to the parser; `row` is only a faster way to the same result for the rows it takes.
 *
 * @param chunks - The bytes (lines cut anywhere).
 * @param parser - The text parser.
 * @param row - Takes a plain row from its bytes, or leaves it to the parser.
 * @throws {@link CsvError} for bytes that are not UTF-8 (naming the line), or what the parser throws.
 * @internal
 */
export async function readCsvBytes(chunks: AsyncIterable<Uint8Array>, parser: CsvParser, row: CsvByteRow): Promise<void> {
  const check = createUtf8Check();
  // One decoder for all the parser is given: a sequence can be cut only where a chunk ends inside
  // a line, and the rest of that line is what the parser is given next. (A byte order mark is
  // dropped at the start of the file only, as the text reader drops it.)
  const decoder = new TextDecoder("utf-8");
  // Whether lines go to the parser (the header, or the parser inside a row), and whether the
  // last chunk ended inside a line that went to it.
  let toParser = true;
  let inLine = false;
  const toText = (b: Uint8Array, s: number, e: number): void => {
    parser.write(decoder.decode(b.subarray(s, e), { stream: true }));
  };
  // A whole line, `b[s..lf)`, `lf` its LF.
  const line = (b: Uint8Array, s: number, lf: number): void => {
    if (!toParser) {
      const end = lf > s && b[lf - 1] === 13 ? lf - 1 : lf;
      // An empty line is no row (as the parser skips it), and one `row` takes.
      if (end === s || row(b, s, end, parser.line)) {
        parser.setLine(parser.line + 1);
        return;
      }
    }
    toText(b, s, lf + 1);
    toParser = !parser.idle();
  };
  try {
    for await (const bytes of chunks) {
      check.chunk(bytes);
      const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let at = 0;
      if (inLine) {
        // The rest of the line the last chunk ended in.
        const lf = chunk.indexOf(10);
        if (lf === -1) {
          toText(chunk, 0, chunk.length);
          continue;
        }
        toText(chunk, 0, lf + 1);
        toParser = !parser.idle();
        inLine = false;
        at = lf + 1;
      }
      for (;;) {
        const lf = chunk.indexOf(10, at);
        if (lf === -1) break;
        line(chunk, at, lf);
        at = lf + 1;
      }
      if (at < chunk.length) {
        toText(chunk, at, chunk.length);
        inLine = true;
      }
    }
    check.end();
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new CsvError(error.message, error.line);
    throw error;
  }
  const rest = decoder.decode();
  if (rest !== "") parser.write(rest);
  parser.end();
}

/**
 * The text of ASCII bytes of a line given to a {@link CsvByteRow} (a `Buffer`).
 *
 * @internal
 */
export function asciiText(b: Uint8Array, s: number, e: number): string {
  return (b as Buffer).toString("latin1", s, e);
}
