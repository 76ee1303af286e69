import { CHILD_RECORD_SCHEMA_VERSION } from "./ChildRecord";
import { migrateChildRecord, usesVersion1Names } from "./migrateChildRecord";

/**
 * One stored child record as read: the record brought to the current version (`migratedFrom`
 * says from which, when it was migrated), or, for a record of a newer release, its version.
 *
 * @internal
 */
export type StoredChildRecord =
  | { readonly kind: "record"; readonly value: unknown; readonly migratedFrom?: number }
  | { readonly kind: "newer"; readonly version: number };

/**
 * Reads one stored record (a value of kinsafe JSON or a line of JSON Lines) by its
 * `schemaVersion`: a record of an earlier version is migrated ({@link migrateChildRecord}); one
 * without `schemaVersion` is version 1, and is migrated only when it uses a name version 2
 * renamed (a record written without the version but in today's names reads as it is). A record
 * of a newer release is not read. Anything else (not an object, a `schemaVersion` that is not a
 * version) is returned as it is, for validation to report.
 *
 * @internal
 */
export function readStoredChildRecord(json: unknown): StoredChildRecord {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { kind: "record", value: json };
  const version: unknown = (json as Record<string, unknown>)["schemaVersion"];
  if (version === undefined) return usesVersion1Names(json) ? { kind: "record", value: migrateChildRecord(json, 1), migratedFrom: 1 } : { kind: "record", value: json };
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1 || version === CHILD_RECORD_SCHEMA_VERSION) return { kind: "record", value: json };
  if (version > CHILD_RECORD_SCHEMA_VERSION) return { kind: "newer", version };
  return { kind: "record", value: migrateChildRecord(json, version), migratedFrom: version };
}
