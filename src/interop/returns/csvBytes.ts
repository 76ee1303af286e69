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
 * Reads CSV bytes a line at a time (each given to `row` as a `Buffer`): each line is offered to `row` first, and a line it does not
 * take (and every line while the parser is inside a row, a quoted line break) is decoded as UTF-8
 * and written to `parser`, which gives its rows as ever. The first line (the header) always goes
 * to the parser. Rows, their lines and every finding are the same as writing the whole text to
 * the parser; `row` is only a faster way to the same result for the rows it takes.
 *
 * @param chunks - The bytes (lines cut anywhere).
 * @param parser - The text parser.
 * @param row - Takes a plain row from its bytes, or leaves it to the parser.
 * @throws {@link CsvError} for bytes that are not UTF-8 (naming the line), or what the parser throws.
 * @internal
 */
export async function readCsvBytes(chunks: AsyncIterable<Uint8Array>, parser: CsvParser, row: CsvByteRow): Promise<void> {
  const check = createUtf8Check();
  const first = new TextDecoder("utf-8");
  const rest = new TextDecoder("utf-8", { ignoreBOM: true });
  // The line of the file (line breaks counted as LF), and whether lines go to the parser.
  let physical = 1;
  let toParser = true;
  // Once a line grows past MAX_CARRY (a file whose line breaks are carriage returns alone), the
  // rest of the file is decoded as it comes and written to the parser.
  let streaming: TextDecoder | undefined;
  const text = (b: Uint8Array, s: number, e: number): string => (physical === 1 ? first : rest).decode(b.subarray(s, e));
  // One line: `b[s..lf)`, `lf` its LF (or the end of the file when it has none).
  const line = (b: Uint8Array, s: number, lf: number, hasLf: boolean): void => {
    if (!toParser) {
      const end = lf > s && b[lf - 1] === 13 ? lf - 1 : lf;
      // An empty line is no row (as the parser skips it), and one `row` takes.
      if (end === s || row(b, s, end, parser.line)) {
        physical++;
        parser.setLine(parser.line + 1);
        return;
      }
      toParser = true;
    }
    parser.write(text(b, s, hasLf ? lf + 1 : lf));
    physical++;
    if (parser.idle()) toParser = false;
  };
  let carry: Buffer | undefined;
  try {
    for await (const bytes of chunks) {
      check.chunk(bytes);
      const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (streaming !== undefined) {
        parser.write(streaming.decode(chunk, { stream: true }));
        continue;
      }
      let at = 0;
      if (carry !== undefined) {
        const lf = chunk.indexOf(10);
        if (lf === -1) {
          carry = concat(carry, chunk, chunk.length);
          if (carry.length > MAX_CARRY) {
            streaming = new TextDecoder("utf-8", { ignoreBOM: physical !== 1 });
            parser.write(streaming.decode(carry, { stream: true }));
            carry = undefined;
          }
          continue;
        }
        const joined = concat(carry, chunk, lf + 1);
        carry = undefined;
        line(joined, 0, joined.length - 1, true);
        at = lf + 1;
      }
      for (;;) {
        const lf = chunk.indexOf(10, at);
        if (lf === -1) break;
        line(chunk, at, lf, true);
        at = lf + 1;
      }
      if (at < chunk.length) carry = chunk.slice(at);
    }
    check.end();
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new CsvError(error.message, error.line);
    throw error;
  }
  if (streaming !== undefined) {
    const tail = streaming.decode();
    if (tail !== "") parser.write(tail);
  } else if (carry !== undefined) line(carry, 0, carry.length, false);
  parser.end();
}

// The longest line kept whole before the rest of a file is read as streamed text.
const MAX_CARRY = 1 << 20;

function concat(a: Buffer, b: Buffer, take: number): Buffer {
  return Buffer.concat([a, b.subarray(0, take)]);
}

/**
 * The text of ASCII bytes of a line given to a {@link CsvByteRow} (a `Buffer`).
 *
 * @internal
 */
export function asciiText(b: Uint8Array, s: number, e: number): string {
  return latin1Slice === undefined ? (b as Buffer).toString("latin1", s, e) : latin1Slice.call(b, s, e);
}

// What `toString("latin1", s, e)` calls after checking its arguments, when the runtime has it.
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice?: (this: Uint8Array, s: number, e: number) => string }).latin1Slice;
