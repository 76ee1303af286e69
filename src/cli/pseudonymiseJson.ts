// Pseudonymising kinsafe child records (JSON and JSON Lines). Only canonical child records are
// accepted: each value must be a valid child record with no field the schema does not know, so
// that nothing (a name, a note) can ride along unseen. Case files, assessment maps and any other
// JSON are refused.
import { CHILD_RECORD_SCHEMA_VERSION, ChildRecordSchema } from "../records";
import { readStoredChildRecord } from "../records/internal";
import { RefusedInput, replaceValue, type Pseudonymiser, type ReplacedCounts } from "./pseudonymise";

/** The largest JSON file read whole, in characters; larger sets of records go in JSON Lines. */
export const MAX_JSON_CHARS = 256 * 1024 * 1024;
/** The longest line of a JSON Lines file, in characters. */
export const MAX_JSON_LINE_CHARS = 16 * 1024 * 1024;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The path of the first key of `input` that `known` (the schema's output) does not have. */
function unknownKey(input: unknown, known: unknown, path: string): string | undefined {
  if (Array.isArray(input) && Array.isArray(known)) {
    for (let i = 0; i < input.length; i++) {
      const found = unknownKey(input[i], known[i], `${path}[${String(i)}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isObject(input) && isObject(known)) {
    for (const key of Object.keys(input)) {
      const at = `${path}.${key}`;
      if (!Object.hasOwn(known, key)) return at;
      const found = unknownKey(input[key], known[key], at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Replaces the `id` of every row (episodes, assessments, plans, …) of a record, in place. */
function replaceRecordIds(value: unknown, p: Pseudonymiser, counts: ReplacedCounts): void {
  if (!isObject(value)) return;
  for (const field of Object.values(value)) {
    if (!Array.isArray(field)) continue;
    for (const item of field) {
      if (!isObject(item)) continue;
      if (typeof item["id"] === "string") item["id"] = replaceValue(p, "recordId", item["id"], counts);
      replaceRecordIds(item, p, counts);
    }
  }
}

/** The path (`.cinEpisodes.0.`) of the first object in `value` that has `extensions`, if any. */
function extensionsAt(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = extensionsAt(value[i], `${path}${String(i)}.`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (value["extensions"] !== undefined) return path === "" ? "." : path;
  for (const [key, field] of Object.entries(value)) {
    const found = extensionsAt(field, `${path === "" ? "." : path}${key}.`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Pseudonymises one kinsafe child record: `child.childId`, `child.upn`, `child.dob`,
 * `child.expectedDob` and the id of every row are replaced. A record of an earlier schema
 * version is migrated first; the copy is written in the current version, with `schemaVersion`.
 *
 * @param stored - A parsed JSON value.
 * @param p - The pseudonymiser.
 * @param counts - The counts of the file.
 * @param where - Where the value is (`record 3`, `line 12`), for the refusal.
 * @returns The pseudonymised record (a copy).
 * @throws {@link RefusedInput} when the value is not a valid child record (or is one of a newer release), has a field the
 *   child record does not have, or has `extensions` (the host system's data could hold anything).
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#record}
 */
export function pseudonymiseRecord(stored: unknown, p: Pseudonymiser, counts: ReplacedCounts, where: string): unknown {
  // A record of an earlier schema version is migrated, and written in the current one.
  const read = readStoredChildRecord(stored);
  if (read.kind === "newer") {
    throw new RefusedInput(`${where}: the child record is of schema version ${String(read.version)}, written by a newer release of kinsafe; this release reads versions 1 to ${String(CHILD_RECORD_SCHEMA_VERSION)}`);
  }
  const value = read.value;
  let parsed: ReturnType<typeof ChildRecordSchema.safeParse>;
  try {
    parsed = ChildRecordSchema.safeParse(value);
  } catch {
    throw new RefusedInput(`${where}: too large or too deeply nested to check`);
  }
  if (!parsed.success) {
    // A record whose only fault is a field it should not have: name the field.
    const unknown = parsed.error.issues.every((i) => i.code === "unrecognized_keys") ? parsed.error.issues[0] : undefined;
    if (unknown?.code === "unrecognized_keys") {
      const field = [...unknown.path.map(String), unknown.keys[0] ?? ""].join(".");
      throw new RefusedInput(`${where}: the field ${JSON.stringify(field.slice(0, 80))} is not a field of a kinsafe child record: it could hold anything, so it is not copied`);
    }
    const issue = parsed.error.issues[0];
    const path = issue === undefined ? "" : issue.path.map(String).join(".");
    throw new RefusedInput(`${where}: not a kinsafe child record${path === "" ? "" : ` (${path.slice(0, 80)}: ${(issue?.message ?? "").slice(0, 120)})`}: only child records (no free text, no names) can be pseudonymised`);
  }
  // A host system's `extensions` could hold anything (names, free text): refused, not copied.
  const withExtensions = extensionsAt(parsed.data, "");
  if (withExtensions !== undefined) {
    throw new RefusedInput(`${where}: ${JSON.stringify(`${withExtensions}extensions`.slice(1, 81))} holds the host system's own data, which could hold anything, so it is not copied: remove it before pseudonymising`);
  }
  const extra = unknownKey(value, parsed.data, "");
  if (extra !== undefined) throw new RefusedInput(`${where}: the field ${JSON.stringify(extra.slice(1, 81))} is not a field of a kinsafe child record: it could hold anything, so it is not copied`);
  // The schema's output is a fresh copy: it is changed in place, and written with the version.
  const record = { schemaVersion: CHILD_RECORD_SCHEMA_VERSION, ...parsed.data } as unknown as { child: Record<string, unknown> };
  counts.records++;
  const child = record.child;
  try {
    child["childId"] = replaceValue(p, "childId", child["childId"] as string, counts);
    for (const [field, kind] of [["upn", "upn"], ["dob", "dateOfBirth"], ["expectedDob", "dateOfBirth"]] as const) {
      const v = child[field];
      if (typeof v === "string") child[field] = replaceValue(p, kind, v, counts);
    }
    replaceRecordIds(record, p, counts);
  } catch (error) {
    if (error instanceof RefusedInput) throw new RefusedInput(`${where}: ${error.message}`);
    throw error;
  }
  return record;
}

function parse(text: string, where: string, line?: number): unknown {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.slice(0, 120) : "too deeply nested";
    throw new RefusedInput(`${where}: not JSON (${reason})`, line);
  }
}

/**
 * Pseudonymises a kinsafe JSON file: an array of child records, an object whose only field is
 * `records` (an array of child records), or one child record.
 *
 * @param chunks - The text, in chunks (byte order mark dropped).
 * @param p - The pseudonymiser.
 * @param counts - The counts of the file.
 * @returns The pseudonymised file.
 * @throws {@link RefusedInput} for a file larger than {@link MAX_JSON_CHARS}, text that is not
 *   JSON, or any value that is not a child record.
 */
export async function* pseudonymiseJsonFile(chunks: AsyncIterable<string>, p: Pseudonymiser, counts: ReplacedCounts): AsyncGenerator<string, void, undefined> {
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > MAX_JSON_CHARS) throw new RefusedInput(`larger than the limit of ${String(MAX_JSON_CHARS)} characters for a JSON file: write the records as JSON Lines (one record a line)`);
    parts.push(chunk);
  }
  const value = parse(parts.join(""), "the file");
  parts.length = 0;
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v, i) => pseudonymiseRecord(v, p, counts, `record ${String(i + 1)}`));
  else if (isObject(value) && Object.hasOwn(value, "records")) {
    const list = value["records"];
    const other = Object.keys(value).find((k) => k !== "records");
    if (other !== undefined) throw new RefusedInput(`the field ${JSON.stringify(other.slice(0, 80))} beside "records" is not part of a set of child records: it could hold anything, so it is not copied`);
    if (!Array.isArray(list)) throw new RefusedInput(`"records" is not an array of child records`);
    out = { records: list.map((v, i) => pseudonymiseRecord(v, p, counts, `record ${String(i + 1)}`)) };
  } else out = pseudonymiseRecord(value, p, counts, "the record");
  yield `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Pseudonymises a kinsafe JSON Lines file, one child record a line (blank lines are left out).
 * Lines are gathered in pieces, so that a long line costs its length once. A line may also hold
 * an array of child records (as the command reads JSON Lines); it is written back as one line.
 *
 * @param chunks - The text, in chunks (byte order mark dropped).
 * @param p - The pseudonymiser.
 * @param counts - The counts of the file.
 * @returns The pseudonymised lines, as they are made.
 * @throws {@link RefusedInput} for a line longer than {@link MAX_JSON_LINE_CHARS}, a line that
 *   is not JSON, or a value that is not a child record.
 */
export async function* pseudonymiseJsonLines(chunks: AsyncIterable<string>, p: Pseudonymiser, counts: ReplacedCounts): AsyncGenerator<string, void, undefined> {
  let pieces: string[] = [];
  let length = 0;
  let line = 0;
  const take = (text: string): string => {
    line++;
    const t = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (t.trim() === "") return "";
    const value = parse(t, `line ${String(line)}`, line);
    const where = `line ${String(line)}`;
    try {
      // An array on a line holds records, as the command reads it; it is written back as one line.
      const out = Array.isArray(value) ? value.map((v, i) => pseudonymiseRecord(v, p, counts, `${where}, record ${String(i + 1)}`)) : pseudonymiseRecord(value, p, counts, where);
      return `${JSON.stringify(out)}\n`;
    } catch (error) {
      if (error instanceof RefusedInput && error.line === undefined) throw new RefusedInput(error.message, line);
      throw error;
    }
  };
  for await (const chunk of chunks) {
    let out = "";
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf("\n", from);
      if (nl === -1) break;
      if (length + nl - from > MAX_JSON_LINE_CHARS) throw new RefusedInput(`a line longer than the limit of ${String(MAX_JSON_LINE_CHARS)} characters`, line + 1);
      pieces.push(chunk.slice(from, nl));
      out += take(pieces.join(""));
      pieces = [];
      length = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      pieces.push(chunk.slice(from));
      length += chunk.length - from;
      if (length > MAX_JSON_LINE_CHARS) throw new RefusedInput(`a line longer than the limit of ${String(MAX_JSON_LINE_CHARS)} characters`, line + 1);
    }
    if (out !== "") yield out;
  }
  const last = take(pieces.join(""));
  if (last !== "") yield last;
}
