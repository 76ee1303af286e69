// Small, fast value checks shared by the readers. They avoid zod on purpose: the readers check
// millions of values, and each check here is a few comparisons.

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**

 * Whether `s` is a real calendar date `YYYY-MM-DD`.

 *

 * @internal

 */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Reads a date written `YYYY-MM-DD` or `DD/MM/YYYY` (also `D/M/YYYY`, and `YYYY-MM-DD` followed by
 * a time of midnight, as spreadsheets export it). Returns the ISO date, or `undefined`.
 *
 * @internal
 */
export function toIsoDate(s: string): string | undefined {
  if (isIsoDate(s)) return s;
  if (s.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]00:00(:00(\.0+)?)?Z?$/.test(s)) {
    const head = s.slice(0, 10);
    return isIsoDate(head) ? head : undefined;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m === null) return undefined;
  const iso = `${m[3] ?? ""}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**

 * The six spellings of the DfE `yesnotype`: true, false, TRUE, FALSE, 1, 0.

 *

 * @internal

 */
export function toBoolean(s: string): boolean | undefined {
  switch (s) {
    case "true":
    case "TRUE":
    case "1":
      return true;
    case "false":
    case "FALSE":
    case "0":
      return false;
    default:
      return undefined;
  }
}

/**

 * A whole number from 0, or `undefined`.

 *

 * @internal

 */
export function toCount(s: string): number | undefined {
  return /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

/**

 * A non-negative decimal number, or `undefined`.

 *

 * @internal

 */
export function toAmount(s: string): number | undefined {
  return /^\d{1,9}(\.\d{1,9})?$/.test(s) ? Number(s) : undefined;
}

const UPN = /^[A-Za-z]\d{11}[A-Za-z0-9]$/;

/**

 * Whether `s` is a well-formed Unique Pupil Number.

 *

 * @internal

 */
export function isUpn(s: string): boolean {
  return UPN.test(s);
}

// Any character the schemas' id rule refuses inside an id: control characters (C0, DEL, C1) and
// the line and paragraph separators.
const ID_REFUSED = /[\p{Cc}\u2028\u2029]/u;
const ID_SHAPE = /^\S(?:.*\S)?$/;

/**
 * Whether `s` can be a kinsafe id: 1 to 200 characters, no white space at either end, and no
 * control character (a carriage return, line feed, tab, NUL, escape…) or line separator
 * anywhere, the rule of the schemas' ids. Printable ASCII is decided by a loop; anything else
 * by the expressions.
 *
 * @internal
 */
export function isId(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 200) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return ID_SHAPE.test(s) && !ID_REFUSED.test(s);
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c >= 127) return ID_SHAPE.test(s) && !ID_REFUSED.test(s);
  }
  return true;
}

/**

 * Trims XML white space only when there is some (most values have none).

 *

 * @internal

 */
export function trimValue(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a === 32 || a === 10 || a === 13 || a === 9 || b === 32 || b === 10 || b === 13 || b === 9 ? s.trim() : s;
}

/**

 * Makes a string safe as XML text.

 *

 * @internal

 */
export function escapeXml(s: string): string {
  return /[<>&]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s;
}

// A value a spreadsheet would run as a formula (=, +, -, @, tab, carriage return), possibly
// behind single quotes that neutralise it already.
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * Makes a value safe in a CSV cell: quotes it when needed and neutralises cells that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) by putting a single quote in front, as OWASP recommends. A value that starts with
 * single quotes before such a character gets one more, so that {@link csvCellValue} gives back
 * exactly the value written.
 *
 * @internal
 */
export function csvCell(value: string): string {
  let s = value;
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Undoes exactly what {@link csvCell} does to a formula-like value: one single quote in front
 * of single quotes and a formula character (`'-1234` reads as `-1234`). Any other cell is
 * returned as it is, so `csvCellValue(unquoted(csvCell(v))) === v` for every value.
 *
 * @internal
 */
export function csvCellValue(cell: string): string {
  return cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * A copy of a value cut from a chunk of input that does not keep the chunk alive. V8 makes a
 * slice of 13 characters or more a view into the string it was cut from, so a UPN kept in a
 * record kept the whole decoded chunk (or file) in memory. Joining a character in front makes a
 * new string, which `slice` flattens and then refers to instead. Shorter values are copies
 * already and are returned as they are.
 *
 * @internal
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
