// Every case file a release of kinsafe has stored (tests/case-file/stored/) must still be read
// by migrateCaseFile, with every value kept. Adding a file to the directory adds its test.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASE_FILE_SCHEMA_VERSION, parseCaseFile, migrateCaseFile, undoLastCaseFileChange, type CaseFile } from "../../src/case-file";

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const STORED = new URL("./stored/", import.meta.url);
const NAME = /^case-file-v(?<version>[1-9]\d*)(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?\.json$/;

/** The stored documents, by file name, with the schema version their name gives. */
const stored = readdirSync(STORED)
  .filter((name) => name !== "README.md")
  .sort()
  .map((name) => ({ name, version: Number(NAME.exec(name)?.groups?.["version"] ?? Number.NaN) }));

const read = (name: string): Json => JSON.parse(readFileSync(new URL(name, STORED), "utf8")) as Json;

/**
 * Where a migration step moves a value, by the version the document was stored at: a function
 * from the value's path in the stored document to its path in the current one. A step that only
 * adds fields needs no entry; a step that renames or moves a field adds one here, so that the
 * test still checks that the value arrives. No step moves anything yet.
 */
const MOVED: Readonly<Partial<Record<number, (path: readonly (string | number)[]) => readonly (string | number)[]>>> = {};

/** Every leaf of a JSON value (an empty array or object counts as a leaf) with its path. */
function leaves(value: Json, path: readonly (string | number)[] = []): { path: readonly (string | number)[]; value: Json }[] {
  if (Array.isArray(value)) return value.length === 0 ? [{ path, value }] : value.flatMap((v: Json, i) => leaves(v, [...path, i]));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [{ path, value }] : entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, value }];
}

function at(value: Json, path: readonly (string | number)[]): Json | undefined {
  let current: Json | undefined = value;
  for (const step of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Readonly<Record<string | number, Json>>)[step];
  }
  return current;
}

/** The values of the stored document that are not where the migration should have put them. */
function lostValues(before: Json, after: Json, version: number): string[] {
  const move = MOVED[version] ?? ((path: readonly (string | number)[]) => path);
  return leaves(before)
    .filter(({ path }) => path.join(".") !== "schemaVersion")
    .filter(({ path, value }) => JSON.stringify(at(after, move(path))) !== JSON.stringify(value))
    .map(({ path, value }) => `${path.join(".")}: ${JSON.stringify(value)}`);
}

describe("stored case files", () => {
  it("are named case-file-v<version>[-<label>].json", () => {
    expect(stored.filter((s) => !NAME.test(s.name)).map((s) => s.name)).toEqual([]);
  });

  it("include a document of every schema version kinsafe has written, the current one too", () => {
    const versions = new Set(stored.map((s) => s.version));
    const every = Array.from({ length: CASE_FILE_SCHEMA_VERSION }, (_, i) => i + 1);
    expect(every.filter((v) => !versions.has(v))).toEqual([]);
    expect([...versions].filter((v) => v > CASE_FILE_SCHEMA_VERSION)).toEqual([]);
  });

  describe.each(stored)("$name", ({ name, version }) => {
    it("has the schema version its name gives", () => {
      expect((read(name) as Readonly<Record<string, Json>>)["schemaVersion"]).toBe(version);
    });

    it("is read by migrateCaseFile at the current version, as a case file parseCaseFile accepts", () => {
      const migrated = migrateCaseFile(read(name));
      expect(migrated.schemaVersion).toBe(CASE_FILE_SCHEMA_VERSION);
      const json = JSON.parse(JSON.stringify(migrated)) as unknown;
      expect(parseCaseFile(json)).toEqual(migrated);
    });

    it("keeps every value", () => {
      const before = read(name);
      const after = JSON.parse(JSON.stringify(migrateCaseFile(before))) as Json;
      expect(lostValues(before, after, version)).toEqual([]);
      // A document of the current version comes back exactly: nothing dropped, nothing added.
      if (version === CASE_FILE_SCHEMA_VERSION) expect(after).toEqual(before);
    });

    it("can still undo every change in its history", () => {
      let caseFile: CaseFile = migrateCaseFile(read(name));
      const changes = caseFile.history.length;
      for (let i = 0; i < changes; i++) caseFile = undoLastCaseFileChange(caseFile);
      expect(caseFile.history).toEqual([]);
      expect(parseCaseFile(JSON.parse(JSON.stringify(caseFile)))).toEqual(caseFile);
    });
  });
});
