import { KinsafeError, describeReceived, toKinsafeError } from "../core";
import { CHILD_RECORD_SCHEMA_VERSION } from "./ChildRecord";

type Json = Readonly<Record<string, unknown>>;

// Version 1 names -> version 2 names, per list of the record.
const LOOKED_AFTER_EPISODE_V1: Readonly<Record<string, string>> = {
  decom: "startDate",
  rne: "reasonForNewEpisode",
  ls: "legalStatus",
  cin: "categoryOfNeed",
  place: "placementType",
  provider: "placementProvider",
  dec: "endDate",
  rec: "reasonEpisodeCeased",
  reasonPlaceChange: "reasonForPlacementChange",
};
const MISSING_V1: Readonly<Record<string, string>> = { missing: "missingType", start: "startDate", end: "endDate" };

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `item` with its keys renamed by `names`, in the same order; `item` itself when it has none of
 * them. A key whose new name is already there is left as it is (the record is then refused by
 * validation, naming the field, rather than one of the two values being dropped).
 */
function renamed(item: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!isObject(item)) return item;
  let found = false;
  for (const key in item) if (Object.hasOwn(names, key) && Object.hasOwn(item, key) && !Object.hasOwn(item, names[key] as string)) found = true;
  if (!found) return item;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const to = Object.hasOwn(names, key) && !Object.hasOwn(item, names[key] as string) ? (names[key] as string) : key;
    out[to] = value;
  }
  return out;
}

function renamedList(list: unknown, names: Readonly<Record<string, string>>): unknown {
  return Array.isArray(list) ? list.map((item: unknown) => renamed(item, names)) : list;
}

/**
 * The steps that bring a stored record forward, by the version they start from: the step under
 * `1` turns a version-1 record into a version-2 one. Each is a pure function of JSON and sets the
 * new `schemaVersion`.
 */
const MIGRATIONS: Readonly<Partial<Record<number, (record: Json) => Json>>> = {
  1: (record) => {
    const out: Record<string, unknown> = { schemaVersion: 2, ...record };
    out["schemaVersion"] = 2;
    if (Object.hasOwn(record, "lookedAfterEpisodes")) out["lookedAfterEpisodes"] = renamedList(record["lookedAfterEpisodes"], LOOKED_AFTER_EPISODE_V1);
    if (Object.hasOwn(record, "missing")) out["missing"] = renamedList(record["missing"], MISSING_V1);
    return out;
  },
};

/**
 * Whether a record read as version 1 uses any field name that version 2 renamed (`decom`,
 * `missing`, …): only then does migrating it change anything but its `schemaVersion`.
 *
 * @internal
 */
export function usesVersion1Names(record: unknown): boolean {
  if (!isObject(record)) return false;
  const has = (list: unknown, names: Readonly<Record<string, string>>): boolean => Array.isArray(list) && list.some((item: unknown) => renamed(item, names) !== item);
  return has(record["lookedAfterEpisodes"], LOOKED_AFTER_EPISODE_V1) || has(record["missing"], MISSING_V1);
}

/**
 * Brings a stored child record of an earlier schema version forward to the current one
 * ({@link CHILD_RECORD_SCHEMA_VERSION}), one version at a time. A pure function of JSON: it
 * renames fields and sets `schemaVersion`, and leaves checking to
 * {@link validateChildRecord} or {@link parseChildRecord}.
 *
 * Version 1 (records written before `schemaVersion` existed) to 2: on each looked-after episode
 * `decom` → `startDate`, `rne` → `reasonForNewEpisode`, `ls` → `legalStatus`, `cin` →
 * `categoryOfNeed`, `place` → `placementType`, `provider` → `placementProvider`, `dec` →
 * `endDate`, `rec` → `reasonEpisodeCeased`, `reasonPlaceChange` → `reasonForPlacementChange`; on
 * each missing incident `missing` → `missingType`, `start` → `startDate`, `end` → `endDate`.
 * Field order is kept. A field whose new name is already present is left under its old name, so
 * that validation refuses it by name instead of one value being dropped.
 *
 * @param record - A stored record, typically one line of JSON Lines after `JSON.parse`. Not changed.
 * @param fromVersion - The version it was written in; by default its `schemaVersion`, or 1 when it has none.
 * @returns The record at the current version (with `schemaVersion` set); the input itself when
 *   it is of the current version already; anything that is not an object, as it is.
 * @throws {@link KinsafeError} with code `invalid-argument` when the version is not a whole
 *   number from 1 to {@link CHILD_RECORD_SCHEMA_VERSION} (a record of a newer release cannot be
 *   read by this one), or `invalid-input` when reading `record` throws (a getter, a Proxy: it is
 *   not plain JSON data).
 *
 * @example
 * {@includeCode ../../tests/records/migrateChildRecord.test.ts#docs-example}
 *
 * @category Records
 */
export function migrateChildRecord(record: unknown, fromVersion?: number): unknown {
  try {
    return migrate(record, fromVersion);
  } catch (error) {
    throw toKinsafeError(error, "child record");
  }
}

function migrate(record: unknown, given: number | undefined): unknown {
  const stated: unknown = given ?? (isObject(record) ? (record["schemaVersion"] ?? 1) : 1);
  if (typeof stated !== "number" || !Number.isSafeInteger(stated) || stated < 1 || stated > CHILD_RECORD_SCHEMA_VERSION) {
    const newer = typeof stated === "number" && Number.isSafeInteger(stated) && stated > CHILD_RECORD_SCHEMA_VERSION;
    throw new KinsafeError(
      "invalid-argument",
      newer
        ? `The child record is of schema version ${String(stated)}, written by a newer release of kinsafe; this release reads versions 1 to ${String(CHILD_RECORD_SCHEMA_VERSION)}.`
        : `The schema version must be a whole number from 1 to ${String(CHILD_RECORD_SCHEMA_VERSION)}; received ${describeReceived(stated)}.`,
    );
  }
  if (!isObject(record)) return record;
  let out: Json = record;
  for (let v = stated; v < CHILD_RECORD_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step !== undefined) out = step(out);
  }
  return out;
}
