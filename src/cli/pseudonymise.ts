// Pseudonymisation for sharing with researchers: child identifiers become keyed hashes
// (HMAC-SHA-256), dates of birth the first day of their month. The same identifier gets the
// same pseudonym in every file with the same key, so that returns can still be joined.
import { createHmac } from "node:crypto";
import { createCsvSplitter, csvRow } from "./csv";

/** Turns identifiers and dates of birth into their pseudonymised forms, counting what it did. */
export interface Pseudonymiser {
  /** A local child id (`LAchildID`, SSDA903 `CHILD`) or worker id (`SWENo`): 64 hex digits. */
  id(value: string): string;
  /** A Unique Pupil Number: `X`, 11 digits from the hash, and `P`, so that it still looks like a UPN. */
  upn(value: string): string;
  /** A date of birth (`YYYY-MM-DD` or `DD/MM/YYYY`): the first day of its month, in the same style. */
  date(value: string): string;
  /** How many identifiers and dates were replaced, and dates that could not be read (left out). */
  readonly counts: { ids: number; upns: number; dates: number; unreadableDates: number };
}

/**
 * Coarsens a date to the first day of its month, keeping its style: `2015-03-27` becomes
 * `2015-03-01`, `27/03/2015` becomes `01/03/2015`; a time after an ISO date is dropped.
 *
 * @param value - The date as written.
 * @returns The coarsened date, or `undefined` when it is not a date in either style.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#coarsen}
 */
export function coarsenDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-\d{2}(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso !== null) return `${iso[1] ?? ""}-${iso[2] ?? ""}-01`;
  const dmy = /^\d{1,2}\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dmy !== null) return `01/${(dmy[1] ?? "").padStart(2, "0")}/${dmy[2] ?? ""}`;
  return undefined;
}

/**
 * Makes a pseudonymiser with a secret key.
 *
 * @param key - The key (at least 32 bytes; keep it secret and keep it: without it the same
 *   children get other pseudonyms).
 * @returns The pseudonymiser.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#docs-example}
 */
export function createPseudonymiser(key: Uint8Array): Pseudonymiser {
  const counts = { ids: 0, upns: 0, dates: 0, unreadableDates: 0 };
  const ids = new Map<string, string>();
  const hmac = (text: string): Buffer => createHmac("sha256", key).update(text, "utf8").digest();
  return {
    counts,
    id(value) {
      const v = value.trim();
      if (v === "") return value;
      counts.ids++;
      let out = ids.get(v);
      if (out === undefined) {
        out = hmac(v).toString("hex");
        if (ids.size < 1_000_000) ids.set(v, out);
      }
      return out;
    },
    upn(value) {
      const v = value.trim().toUpperCase();
      if (v === "") return value;
      counts.upns++;
      const digest = hmac(`upn:${v}`);
      const digits = (digest.readBigUInt64BE(0) % 100_000_000_000n).toString().padStart(11, "0");
      return `X${digits}P`;
    },
    date(value) {
      if (value.trim() === "") return value;
      const out = coarsenDate(value);
      if (out === undefined) {
        counts.unreadableDates++;
        return "";
      }
      counts.dates++;
      return out;
    },
  };
}

/** What each XML element holds: a child (or worker) id, a UPN, or a date of birth. */
export const XML_ELEMENTS: Readonly<Record<string, "id" | "upn" | "date">> = {
  LAchildID: "id",
  CHILDID: "id",
  SWENo: "id",
  UPN: "upn",
  FormerUPN: "upn",
  PersonBirthDate: "date",
  ExpectedPersonBirthDate: "date",
  DOB: "date",
  MC_DOB: "date",
};

/** What each CSV column (SSDA903) holds. */
export const CSV_COLUMNS: Readonly<Record<string, "id" | "upn" | "date">> = { CHILD: "id", SW_ID: "id", UPN: "upn", DOB: "date", MC_DOB: "date" };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "");
}

function replaceElements(text: string, p: Pseudonymiser): string {
  return text.replace(/<(LAchildID|CHILDID|SWENo|UPN|FormerUPN|PersonBirthDate|ExpectedPersonBirthDate|DOB|MC_DOB)(\s[^>]*)?>([^<]*)<\/\1\s*>/g, (whole, name: string, attrs: string | undefined, value: string) => {
    const kind = XML_ELEMENTS[name];
    if (kind === undefined || value.trim() === "") return whole;
    const plain = unescapeXml(value);
    const out = kind === "id" ? p.id(plain) : kind === "upn" ? p.upn(plain) : p.date(plain);
    return `<${name}${attrs ?? ""}>${out}</${name}>`;
  });
}

/**
 * A streaming pseudonymiser of XML returns (CIN census, SSDA903 XML, workforce census): feed it
 * text in chunks; it returns the text with identifiers and dates of birth replaced. Everything
 * else, layout included, is kept. A chunk is cut before its last start tag, so that an element
 * split between chunks is handled whole.
 *
 * @param p - The pseudonymiser.
 * @returns `write(chunk)` giving the text ready so far, and `end()` giving the rest.
 */
export function createXmlPseudonymiser(p: Pseudonymiser): { write(chunk: string): string; end(): string } {
  let carry = "";
  return {
    write(chunk) {
      const text = carry + chunk;
      // Cut before the last start tag: every leaf element before it is complete.
      let i = text.lastIndexOf("<");
      // A "<" at the very end may start a closing tag: it is not known yet.
      while (i >= 0 && (text[i + 1] === "/" || i + 1 >= text.length)) i = i === 0 ? -1 : text.lastIndexOf("<", i - 1);
      const cut = i >= 0 ? i : text.endsWith("<") ? text.length - 1 : text.length;
      carry = text.slice(cut);
      return replaceElements(text.slice(0, cut), p);
    },
    end() {
      const rest = replaceElements(carry, p);
      carry = "";
      return rest;
    },
  };
}

/**
 * A streaming pseudonymiser of CSV tables (SSDA903): the header row names the columns
 * (`CHILD`, `SW_ID`, `UPN`, `DOB`, `MC_DOB`, in any case); their cells are replaced in every row.
 *
 * @param p - The pseudonymiser.
 * @returns `write(chunk)` and `end()`, each giving the CSV text ready so far.
 */
export function createCsvPseudonymiser(p: Pseudonymiser): { write(chunk: string): string; end(): string } {
  let kinds: ("id" | "upn" | "date" | undefined)[] | undefined;
  let out: string[] = [];
  const splitter = createCsvSplitter((fields) => {
    if (kinds === undefined) {
      kinds = fields.map((f) => CSV_COLUMNS[f.replace(/^\uFEFF/, "").trim().toUpperCase()]);
      out.push(csvRow(fields, false));
      return;
    }
    const row = fields.map((f, i) => {
      const kind = kinds?.[i];
      if (kind === undefined || f.trim() === "") return f;
      return kind === "id" ? p.id(f) : kind === "upn" ? p.upn(f) : p.date(f);
    });
    out.push(csvRow(row, false));
  });
  const flush = (): string => {
    const text = out.join("");
    out = [];
    return text;
  };
  return {
    write(chunk) {
      splitter.write(chunk);
      return flush();
    },
    end() {
      splitter.end();
      return flush();
    },
  };
}

/**
 * Pseudonymises one kinsafe child record (JSON): `child.childId`, `child.upn`, `child.dob` and
 * `child.expectedDob`. A value that is not a child record is returned unchanged.
 *
 * @param value - A parsed JSON value.
 * @param p - The pseudonymiser.
 * @returns The pseudonymised record (a copy), and whether it was a child record.
 */
export function pseudonymiseRecord(value: unknown, p: Pseudonymiser): { readonly value: unknown; readonly changed: boolean } {
  if (typeof value !== "object" || value === null || !("child" in value) || typeof value.child !== "object" || value.child === null) return { value, changed: false };
  const child: Record<string, unknown> = { ...(value.child as Record<string, unknown>) };
  if (typeof child["childId"] === "string") child["childId"] = p.id(child["childId"]);
  if (typeof child["upn"] === "string") child["upn"] = p.upn(child["upn"]);
  for (const k of ["dob", "expectedDob"]) {
    const v = child[k];
    if (typeof v === "string") {
      const d = p.date(v);
      if (d === "") delete child[k];
      else child[k] = d;
    }
  }
  return { value: { ...value, child }, changed: true };
}
