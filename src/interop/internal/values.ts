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

/**

 * Whether `s` can be a kinsafe id (non-empty, at most 200 characters, no surrounding white space).

 *

 * @internal

 */
export function isId(s: string): boolean {
  return s.length > 0 && s.length <= 200 && s.trim() === s;
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

/**
 * Makes a value safe in a CSV cell: quotes it when needed and neutralises cells that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) by putting a single quote in front, as OWASP recommends.
 *
 * @internal
 */
export function csvCell(value: string): string {
  let s = value;
  const c = s.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
