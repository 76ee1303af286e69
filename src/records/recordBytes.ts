import { MAX_ID_LENGTH } from "../core";
import { daysInMonth } from "./dayNumbers";

// The values of a stored record's fields read from the bytes of a plain ASCII cell, for readers
// that go straight from a file to columns (kinsafe's tidy tables). Each check answers "valid"
// only where the record's own check (validateChildRecord.ts) would, for the text those bytes
// are; anything else answers "not decided here", and the reader then takes the cell the slow
// way, as text, so that findings are the same. A property test holds the two in step
// (tests/records/recordBytes.test.ts).

/**
 * Not a day number: below every real date's (year 0 is day -719,528).
 *
 * @internal
 */
export const NOT_A_DAY = -2_147_483_648;

/**
 * The day number (days since 1970-01-01) of the bytes `b[s..e)` when they are a real
 * `YYYY-MM-DD` date, exactly as `toDay` of the same text; {@link NOT_A_DAY} otherwise.
 *
 * @internal
 */
export function dayOfBytes(b: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return NOT_A_DAY;
  const c0 = (b[s] as number) - 48;
  const c1 = (b[s + 1] as number) - 48;
  const c2 = (b[s + 2] as number) - 48;
  const c3 = (b[s + 3] as number) - 48;
  const c5 = (b[s + 5] as number) - 48;
  const c6 = (b[s + 6] as number) - 48;
  const c8 = (b[s + 8] as number) - 48;
  const c9 = (b[s + 9] as number) - 48;
  // Every one a digit (a negative one is above 9 when unsigned).
  if ((c0 >>> 0) > 9 || (c1 >>> 0) > 9 || (c2 >>> 0) > 9 || (c3 >>> 0) > 9 || (c5 >>> 0) > 9 || (c6 >>> 0) > 9 || (c8 >>> 0) > 9 || (c9 >>> 0) > 9) return NOT_A_DAY;
  const y0 = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const m = c5 * 10 + c6;
  const d = c8 * 10 + c9;
  if (m < 1 || m > 12 || d < 1 || (d > 28 && d > daysInMonth(y0, m))) return NOT_A_DAY;
  // Hinnant's days_from_civil, as fastDay (dayNumbers.ts) computes it from text. (Not shared:
  // a function exported across the package's chunks costs the main entry's size budget.)
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Whether `b[s..e)` is an id as a record's check takes it, decided on bytes: 1 to 200 printable
 * ASCII characters, the first and last not a space. `false` means "not decided here" (an id
 * with other characters may still be valid: the text check decides).
 *
 * @internal
 */
export function isPlainIdBytes(b: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n < 1 || n > MAX_ID_LENGTH) return false;
  const first = b[s] as number;
  const last = b[e - 1] as number;
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return false;
  for (let i = s + 1; i < e - 1; i++) {
    const c = b[i] as number;
    if (c < 32 || c >= 127) return false;
  }
  return true;
}

/**
 * A code list looked up from bytes, without making a string: `index` gives a code's index in
 * its list plus one (as `codeOf`), or 0 when the bytes are not one of its codes.
 *
 * @internal
 */
export interface ByteCodes {
  index(b: Uint8Array, s: number, e: number): number;
}

/**
 * A {@link ByteCodes} for a list of codes (any length; ASCII codes of up to 4 characters are
 * found through a small table keyed by their packed bytes, longer ones through a map).
 *
 * @internal
 */
export function byteCodes(codes: readonly string[]): ByteCodes {
  let size = 16;
  while (size < codes.length * 4) size *= 2;
  const keys = new Int32Array(size);
  const values = new Int32Array(size);
  const mask = size - 1;
  const long = new Map<string, number>();
  const slot = (k: number): number => (Math.imul(k, 0x9e3779b1) >>> 16) & mask;
  codes.forEach((code, i) => {
    let k = code.length >= 1 && code.length <= 4 ? code.length : -1;
    for (let j = 0; j < code.length && k >= 0; j++) {
      const c = code.charCodeAt(j);
      k = c >= 128 ? -1 : k | (c << (3 + 7 * j));
    }
    if (k < 0) {
      if (!long.has(code)) long.set(code, i + 1);
      return;
    }
    let at = slot(k);
    while (keys[at] !== 0 && keys[at] !== k) at = (at + 1) & mask;
    if (keys[at] === 0) {
      keys[at] = k;
      values[at] = i + 1;
    }
  });
  return {
    index(b, s, e) {
      const n = e - s;
      if (n < 1) return 0;
      if (n > 4) {
        if (long.size === 0) return 0;
        for (let i = s; i < e; i++) if ((b[i] as number) >= 128) return 0;
        return long.get(String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[])) ?? 0;
      }
      let k = n;
      for (let j = 0; j < n; j++) {
        const c = b[s + j] as number;
        if (c >= 128) return 0;
        k |= c << (3 + 7 * j);
      }
      let at = slot(k);
      for (;;) {
        const x = keys[at] as number;
        if (x === k) return values[at] as number;
        if (x === 0) return 0;
        at = (at + 1) & mask;
      }
    },
  };
}

/**
 * Whether `b[s..e)` is a local authority code as the record's check takes it (`^\d{3}$`).
 *
 * @internal
 */
export function isLaBytes(b: Uint8Array, s: number, e: number): boolean {
  return e - s === 3 && isDigit(b[s]) && isDigit(b[s + 1]) && isDigit(b[s + 2]);
}

/**
 * Whether `b[s..e)` is a UPN as the record's check takes it (`^[A-Za-z]\d{11}[A-Za-z0-9]$`).
 *
 * @internal
 */
export function isUpnBytes(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 13 || !isLetter(b[s])) return false;
  for (let i = s + 1; i < s + 12; i++) if (!isDigit(b[i])) return false;
  return isLetter(b[s + 12]) || isDigit(b[s + 12]);
}

/**
 * Not the number of {@link digitsOfBytes}.
 *
 * @internal
 */
export const NOT_DIGITS = -2;

/**
 * The number written by `b[s..e)` when it is 1 to 9 digits (as an integer cell of a table is
 * read: anything else stays text, which the record's check refuses); {@link NOT_DIGITS} otherwise.
 *
 * @internal
 */
export function digitsOfBytes(b: Uint8Array, s: number, e: number): number {
  if (e - s < 1 || e - s > 9) return NOT_DIGITS;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c < 48 || c > 57) return NOT_DIGITS;
    v = v * 10 + c - 48;
  }
  return v;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

function isLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}
