// CSV output: RFC 4180 quoting, and cells a spreadsheet would run as a formula made safe.

/**
 * Makes a text cell safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return would be run as a formula (CSV injection, OWASP), so it gets a
 * leading apostrophe, which spreadsheets show as text.
 *
 * @param text - The cell's text.
 * @returns The text, with `'` in front when it could be taken for a formula.
 *
 * @example
 * {@includeCode ../../tests/cli/csv.test.ts#docs-example}
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV cell value: text is neutralised, numbers and booleans are written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Writes one CSV field: numbers as they are, text neutralised (unless asked not to) and quoted
 * when it holds a comma, a quote or a line break; `null` and `undefined` as an empty field.
 *
 * @param value - The value.
 * @param neutralise - Whether to neutralise text against formula injection (default true).
 * @returns The field.
 */
export function csvField(value: CsvValue, neutralise = true): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralise ? neutraliseCell(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes one CSV row, ending with CRLF (RFC 4180).
 *
 * @param values - The fields.
 * @param neutralise - Whether to neutralise text cells (default true).
 * @returns The row.
 */
export function csvRow(values: readonly CsvValue[], neutralise = true): string {
  return `${values.map((v) => csvField(v, neutralise)).join(",")}\r\n`;
}

/**
 * Splits CSV text into rows of fields (quotes, doubled quotes, CRLF or LF), for files small
 * enough to hold; the streaming reader of `kinsafe pseudonymise` uses {@link createCsvSplitter}.
 *
 * @param text - The CSV text.
 * @returns The rows.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const splitter = createCsvSplitter((row) => rows.push(row));
  splitter.write(text);
  splitter.end();
  return rows;
}

/**
 * A streaming CSV splitter: feed it text in chunks, it calls `onRow` with each row's fields.
 *
 * @param onRow - Called with each row.
 * @returns `write(chunk)` and `end()`.
 */
export function createCsvSplitter(onRow: (fields: string[]) => void): { write(chunk: string): void; end(): void } {
  let field = "";
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  let any = false;
  const endRow = (): void => {
    row.push(field);
    onRow(row);
    row = [];
    field = "";
    any = false;
    afterQuote = false;
  };
  return {
    write(chunk) {
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i] ?? "";
        if (pendingCr) {
          pendingCr = false;
          if (c === "\n") continue;
        }
        if (quoted) {
          if (c === '"') {
            quoted = false;
            afterQuote = true;
          } else field += c;
          continue;
        }
        if (c === '"') {
          if (afterQuote) field += '"';
          quoted = true;
          afterQuote = false;
          any = true;
          continue;
        }
        afterQuote = false;
        if (c === ",") {
          row.push(field);
          field = "";
          any = true;
        } else if (c === "\n" || c === "\r") {
          if (c === "\r") pendingCr = true;
          endRow();
        } else {
          field += c;
          any = true;
        }
      }
    },
    end() {
      if (any || field !== "" || row.length > 0) endRow();
    },
  };
}
