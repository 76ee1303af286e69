// Pseudonymisation for sharing with researchers: identifiers become keyed pseudonyms
// (HMAC-SHA-256, cut to what each format allows), dates of birth the first day of their month.
// The same identifier gets the same pseudonym in every file with the same key, so that returns
// can still be joined. Everything here fails closed: what cannot be accounted for is refused
// with a RefusedInput, never copied.
import { createHmac } from "node:crypto";
import { toIsoDate } from "../interop/internal";

/**
 * Why `kinsafe pseudonymise` refuses an input, with the position when there is one. The command
 * turns it into an input error (exit code 3) naming the file; nothing is written.
 */
export class RefusedInput extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  /**
   * @param message - What cannot be accounted for (never the value itself: it may be personal data).
   * @param line - The 1-based line, when known.
   * @param column - The 1-based column, when known.
   */
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = "RefusedInput";
    this.line = line;
    this.column = column;
  }
}

/** The kinds of value that are replaced. */
export type IdentifierKind = "childId" | "workerId" | "upn" | "dateOfBirth" | "recordId";

/** How many values of each kind were replaced in one file, and how many children (or workers) it holds. */
export interface ReplacedCounts {
  childIds: number;
  workerIds: number;
  upns: number;
  datesOfBirth: number;
  recordIds: number;
  /** Children (CIN `Child`, SSDA903 `CHILD` element or CSV row, child record) or workers (`CSWWWorker`). */
  records: number;
}

/** Counts at zero, for one file. */
export function emptyCounts(): ReplacedCounts {
  return { childIds: 0, workerIds: 0, upns: 0, datesOfBirth: 0, recordIds: 0, records: 0 };
}

/** Characters of a child id pseudonym (also SSDA903 `CHILD` and `CHILDID`, at most 10 characters). */
export const CHILD_ID_LENGTH = 10;
/** The alphabet of child and worker id pseudonyms: digits and capital letters (LAchildID is alphanumeric only). */
export const PSEUDONYM_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The most identifiers remembered (for consistency checks and speed); beyond it, collisions are no longer detected. */
export const MAX_REMEMBERED = 4_000_000;

/** Turns identifiers and dates of birth into their pseudonymised forms. */
export interface Pseudonymiser {
  /** A child id (`LAchildID`, SSDA903 `CHILD`/`CHILDID`, `child.childId`): 10 digits and capital letters. */
  childId(value: string): string;
  /** A social worker id (`SWENo`, SSDA903 `SW_ID`): `XX` and 8 digits and capital letters. */
  workerId(value: string): string;
  /** A Unique Pupil Number: `I`, `O` or `S` (no real UPN starts with them), 11 digits, a digit or capital letter. */
  upn(value: string): string;
  /** The id of a row of a child record (an episode, an assessment, …): `R` and 12 digits and capital letters. */
  recordId(value: string): string;
  /**
   * A date of birth (`YYYY-MM-DD`, or `DD/MM/YYYY` as SSDA903 writes it): the first day of its
   * month, in the same style.
   */
  dateOfBirth(value: string): string;
}

/**
 * Coarsens a date of birth to the first day of its month, keeping its style: `2015-03-27`
 * becomes `2015-03-01`, `27/03/2015` becomes `01/03/2015`; a time of midnight after an ISO date
 * is dropped.
 *
 * @param value - The date as written.
 * @returns The coarsened date, or `undefined` when it is not a real calendar date in either style.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#coarsen}
 */
export function coarsenDate(value: string): string | undefined {
  const iso = toIsoDate(value.trim());
  if (iso === undefined) return undefined;
  return value.includes("/") ? `01/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : `${iso.slice(0, 7)}-01`;
}

function base36(digest: Buffer, from: number, length: number): string {
  // 16 bits per character: the bias of `% 36` is below 1 in 4,000.
  let out = "";
  for (let i = 0; i < length; i++) out += PSEUDONYM_ALPHABET[digest.readUInt16BE(from + 2 * i) % 36] ?? "0";
  return out;
}

/** Control characters (C0, DEL, C1): an identifier holding one cannot be read as an identifier. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Makes a pseudonymiser with a secret key. It remembers what it has replaced and refuses (with a
 * {@link RefusedInput}) two different identifiers that would get the same pseudonym, so that a
 * collision can never merge two children silently within a run.
 *
 * @param key - The key (checked with {@link checkKey}; keep it secret and keep it: without it
 *   the same children get other pseudonyms).
 * @returns The pseudonymiser.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#docs-example}
 */
export function createPseudonymiser(key: Uint8Array): Pseudonymiser {
  let remembered = 0;
  const hmac = (domain: string, text: string): Buffer => createHmac("sha256", key).update(`kinsafe-pseudonymise/${domain}\u0000${text}`, "utf8").digest();
  const kind = (domain: string, what: string, make: (digest: Buffer) => string): ((value: string) => string) => {
    const forward = new Map<string, string>();
    const backward = new Map<string, string>();
    return (value) => {
      let out = forward.get(value);
      if (out !== undefined) return out;
      out = make(hmac(domain, value));
      if (remembered < MAX_REMEMBERED) {
        const other = backward.get(out);
        if (other !== undefined && other !== value) throw new RefusedInput(`two different ${what}s get the same pseudonym with this key (a collision, see docs/cli.md): make a new key and pseudonymise all the files again`);
        forward.set(value, out);
        backward.set(out, value);
        remembered++;
      }
      return out;
    };
  };
  const id = (what: string, value: string): string => {
    const v = value.trim();
    if (v === "" || v.length > 200 || CONTROL.test(v)) throw new RefusedInput(`a ${what} that cannot be read as an identifier (empty, longer than 200 characters or holding control characters)`);
    return v;
  };
  const child = kind("child", "child id", (d) => base36(d, 0, CHILD_ID_LENGTH));
  const worker = kind("worker", "social worker id", (d) => `XX${base36(d, 0, 8)}`);
  const record = kind("record", "record id", (d) => `R${base36(d, 0, 12)}`);
  const upn = kind("upn", "UPN", (d) => {
    // 48 bits (exact in a double) modulo 10^11: the bias is below 1 in 2,800.
    const digits = String(d.readUIntBE(2, 6) % 100_000_000_000).padStart(11, "0");
    return `${"IOS"[d.readUInt16BE(0) % 3] ?? "I"}${digits}${base36(d, 10, 1)}`;
  });
  return {
    childId: (value) => child(id("child id", value)),
    workerId: (value) => worker(id("social worker id", value)),
    recordId: (value) => record(id("record id", value)),
    upn: (value) => upn(id("UPN", value).toUpperCase()),
    dateOfBirth(value) {
      const out = coarsenDate(value);
      if (out === undefined) throw new RefusedInput("a date of birth that cannot be read as a date (expected YYYY-MM-DD or DD/MM/YYYY)");
      return out;
    },
  };
}

/**
 * Replaces one value of a known kind, counting it. Empty values (after trimming) stay empty.
 *
 * @param p - The pseudonymiser.
 * @param kind - What the value is.
 * @param value - The value, decoded.
 * @param counts - The counts of the file.
 * @returns The replacement.
 */
export function replaceValue(p: Pseudonymiser, kind: IdentifierKind, value: string, counts: ReplacedCounts): string {
  if (value.trim() === "") return "";
  switch (kind) {
    case "childId":
      counts.childIds++;
      return p.childId(value);
    case "workerId":
      counts.workerIds++;
      return p.workerId(value);
    case "upn":
      counts.upns++;
      return p.upn(value);
    case "recordId":
      counts.recordIds++;
      return p.recordId(value);
    case "dateOfBirth":
      counts.datesOfBirth++;
      return p.dateOfBirth(value);
  }
}

/** The smallest key accepted, in bytes. */
export const MIN_KEY_BYTES = 32;
/** The largest key file read, in bytes. */
export const MAX_KEY_BYTES = 4096;
/** The least estimated strength of a key, in bits (see {@link checkKey}). */
export const MIN_KEY_BITS = 128;

/**
 * Checks a key: at least {@link MIN_KEY_BYTES} bytes and not guessable. Its strength is estimated
 * as the length of its shortest repeating block times log2 of the number of distinct byte values
 * in it, and must reach {@link MIN_KEY_BITS}: a key of 32 bytes needs 16 distinct byte values;
 * a key made of one repeated byte (32 spaces, 32 NUL bytes, 32 × `a`) or of a repeated short
 * block is refused, whatever its length; `openssl rand -hex 32` (64 hex digits) is accepted.
 *
 * @param key - The key, without the final line break.
 * @returns Why the key is refused, or `undefined` when it is accepted.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymiseKey.test.ts#check-key}
 */
export function checkKey(key: Uint8Array): string | undefined {
  if (key.length < MIN_KEY_BYTES) return `the key is ${String(key.length)} bytes; use at least ${String(MIN_KEY_BYTES)}`;
  // The shortest period: the key is its first `period` bytes repeated (the last copy may be cut short).
  let period = key.length;
  for (let p = 1; p <= key.length >> 1; p++) {
    let repeats = true;
    for (let i = p; i < key.length; i++) {
      if (key[i] !== key[i - p]) {
        repeats = false;
        break;
      }
    }
    if (repeats) {
      period = p;
      break;
    }
  }
  const distinct = new Set(key.subarray(0, period)).size;
  const bits = period * Math.log2(distinct);
  if (distinct === 1) return "the key is one byte value repeated";
  if (bits < MIN_KEY_BITS) {
    return period < key.length
      ? `the key repeats a block of ${String(period)} bytes: it is too easy to guess`
      : `the key has only ${String(distinct)} distinct byte values: it is too easy to guess (a key of ${String(key.length)} bytes needs ${String(Math.ceil(2 ** (MIN_KEY_BITS / key.length)))})`;
  }
  return undefined;
}
