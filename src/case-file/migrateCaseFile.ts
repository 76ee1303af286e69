import { describeReceived, guardInput, KinsafeError } from "../core";
import { CASE_FILE_SCHEMA_VERSION, type CaseFile } from "./CaseFile";
import { parseCaseFile } from "./parseCaseFile";

type Json = Readonly<Record<string, unknown>>;

/**
 * The steps that bring a stored case file forward, by the version they start from: the step
 * under `1` turns a version-1 document into a version-2 one, and so on. Each step is a pure
 * function of JSON and sets the new `schemaVersion`.
 */
const MIGRATIONS: Readonly<Partial<Record<number, (doc: Json) => Json>>> = {
  // Version 2 only adds what version 1 could not hold (`extensions`, audit entries that record a
  // whole document by reference), so a version-1 document carries over as it is.
  1: (doc) => ({ ...doc, schemaVersion: 2 }),
};

function refuse(message: string, rule: string, received: unknown): KinsafeError {
  const issue = { path: ["schemaVersion"], rule, message, ...(received === undefined ? {} : { received: describeReceived(received) }) };
  return new KinsafeError("invalid-input", message, [issue]);
}

/**
 * Reads a stored case file of any schema version this release knows, bringing it forward to the
 * current version ({@link CASE_FILE_SCHEMA_VERSION}) one step at a time, then parses it with
 * {@link parseCaseFile}.
 *
 * Store case files as they are and read them back with this function: a document written by an
 * older release is migrated; one with no `schemaVersion`, or written by a newer release than
 * this one, is refused with a clear message rather than guessed at.
 *
 * @param input - A stored case file, typically the result of `JSON.parse`.
 * @returns The case file at the current schema version.
 * @throws {@link KinsafeError} with code `too-large` when `input` is beyond the parse limits (see
 * {@link parseCaseFile}), or `invalid-input` when `input` is not an object, has no `schemaVersion`, has a version this release does not know (newer, or not a whole number from 1), or does not parse once migrated; `issues` lists every problem with its path.
 *
 * @example
 * {@includeCode ../../tests/case-file/migrateCaseFile.test.ts#docs-example}
 *
 * @category Case file
 */
export function migrateCaseFile(input: unknown): CaseFile {
  return guardInput("case file", () => migrate(input));
}

function migrate(input: unknown): CaseFile {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new KinsafeError("invalid-input", "A case file must be a JSON object.", [{ path: [], rule: "invalid_type", message: "A case file must be a JSON object." }]);
  }
  let doc = input as Json;
  const version = doc["schemaVersion"];
  if (version === undefined) {
    throw refuse("The document has no schemaVersion, so kinsafe cannot tell which version of the case file it is. Case files written by kinsafe always have one.", "case-file/missing-schema-version", undefined);
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw refuse(`The schemaVersion ${describeReceived(version)} is not a version of the case file: versions are whole numbers from 1.`, "case-file/unknown-schema-version", version);
  }
  if (version > CASE_FILE_SCHEMA_VERSION) {
    throw refuse(
      `The case file has schemaVersion ${String(version)}, written by a newer release of kinsafe; this release reads versions up to ${String(CASE_FILE_SCHEMA_VERSION)}. Upgrade kinsafe to read it.`,
      "case-file/newer-schema-version",
      version,
    );
  }
  for (let v = version; v < CASE_FILE_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) throw refuse(`kinsafe has no migration from case file version ${String(v)}.`, "case-file/unknown-schema-version", v);
    doc = step(doc);
  }
  return parseCaseFile(doc);
}
