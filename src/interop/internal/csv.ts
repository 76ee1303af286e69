import { detach } from "./values";
import type { ResolvedLimits } from "./ReaderInput";

/**

 * A CSV problem that stops reading.

 *

 * @internal

 */
export class CsvError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**

 * A streaming CSV parser (RFC 4180: quotes, doubled quotes, CRLF or LF).

 *

 * @internal

 */
export interface CsvParser {
  write(chunk: string): void;
  end(): void;
  /** The line the next row starts on (1 for the first). */
  readonly line: number;
  /**
   * Whether the parser is between rows: nothing of a row written and not yet given, so that the
   * caller may give rows by another way and then write again from the start of a row.
   */
  idle(): boolean;
  /** Sets the line the next row starts on; only when {@link CsvParser.idle}. */
  setLine(line: number): void;
}

/**
 * The most cells a CSV row may have. The widest statutory table has fewer than 40 columns; the
 * bound keeps a row of commas (or one spread over many lines by quoted line breaks) from growing
 * without limit, whatever the line-length limit of the reader.
 *
 * @internal
 */
export const MAX_CSV_CELLS = 1024;

/**
 * Creates a CSV parser that calls `onRow` with the cells of each row and the line it starts on.
 * Empty lines are skipped. A cell longer than `maxTextLength`, or a row of more than
 * {@link MAX_CSV_CELLS} cells, stops it (the error names the line its row starts on, so that it
 * does not depend on where the chunks end).
 *
 * @internal
 */
export function createCsvParser(onRow: (cells: string[], line: number) => void, limits: ResolvedLimits): CsvParser {
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCr = false;

  function endRow(): void {
    cells.push(detach(cell));
    cell = "";
    if (!(cells.length === 1 && cells[0] === "")) onRow(cells, rowLine);
    cells = [];
  }

  function write(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (inQuotes) {
        const q = chunk.indexOf('"', i);
        if (q === -1) {
          const part = chunk.slice(i);
          for (let k = part.indexOf("\n"); k !== -1; k = part.indexOf("\n", k + 1)) line++;
          cell += part;
          i = n;
        } else {
          const part = chunk.slice(i, q);
          for (let k = part.indexOf("\n"); k !== -1; k = part.indexOf("\n", k + 1)) line++;
          cell += part;
          inQuotes = false;
          afterQuote = true;
          i = q + 1;
        }
        if (cell.length > limits.maxTextLength) throw new CsvError(`A cell longer than the limit of ${String(limits.maxTextLength)} characters.`, rowLine);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (c === 10) {
          i++;
          continue;
        }
      }
      if (c === 34) {
        if (afterQuote) {
          cell += '"';
          afterQuote = false;
          inQuotes = true;
        } else if (cell.length === 0) inQuotes = true;
        else cell += '"';
        i++;
      } else if (c === 44) {
        cells.push(detach(cell));
        if (cells.length >= MAX_CSV_CELLS) throw new CsvError(`A row of more than ${String(MAX_CSV_CELLS)} cells.`, rowLine);
        cell = "";
        afterQuote = false;
        i++;
      } else if (c === 10 || c === 13) {
        endRow();
        afterQuote = false;
        line++;
        rowLine = line;
        pendingCr = c === 13;
        i++;
      } else {
        // Plain text up to the next special character.
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === 44 || d === 10 || d === 13 || d === 34) break;
          j++;
        }
        cell += chunk.slice(i, j);
        afterQuote = false;
        if (cell.length > limits.maxTextLength) throw new CsvError(`A cell longer than the limit of ${String(limits.maxTextLength)} characters.`, rowLine);
        i = j;
      }
    }
  }

  return {
    write,
    get line(): number {
      return line;
    },
    idle(): boolean {
      return !inQuotes && !afterQuote && !pendingCr && cell.length === 0 && cells.length === 0;
    },
    setLine(at: number): void {
      line = at;
      rowLine = at;
    },
    end(): void {
      if (inQuotes) throw new CsvError("The file ends inside a quoted cell.", rowLine);
      if (cell.length > 0 || cells.length > 0) endRow();
    },
  };
}
