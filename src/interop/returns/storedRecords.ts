// Reading kinsafe child records stored as JSON or JSON Lines by their schema version: records of
// an earlier version are migrated as they are read and counted, for one finding per file; a
// record of a newer release stops the reading, naming the file and where in it.
import type { Finding } from "../../core";
import { CHILD_RECORD_SCHEMA_VERSION } from "../../records";
import { readStoredChildRecord } from "../../records/internal";
import { inputError } from "./limits";

/** Reads the stored records of one file by their schema version. */
export interface StoredRecordReader {
  /** The record brought to the current version (what is not a record comes back as it is, for validation to report). */
  read(json: unknown, where: string): unknown;
  /** The `returns/records-migrated` finding of the file, when any of its records was migrated. */
  finding(): Finding<"returns/records-migrated"> | undefined;
}

/**
 * A reader of the stored records of one file.
 *
 * @param file - The file's name, for the finding and the error.
 * @returns The reader; its `read` throws the input error of {@link inputError} for a record written by a newer release of kinsafe.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/storedRecords.test.ts#docs-example}
 *
 * @internal
 */
export function storedRecordReader(file: string): StoredRecordReader {
  let count = 0;
  let fromVersion = CHILD_RECORD_SCHEMA_VERSION;
  return {
    read(json, where) {
      const stored = readStoredChildRecord(json);
      if (stored.kind === "newer") {
        inputError(`${file}: ${where}: the child record is of schema version ${String(stored.version)}, written by a newer release of kinsafe; this release reads versions 1 to ${String(CHILD_RECORD_SCHEMA_VERSION)}. Update kinsafe to read it.`);
      }
      if (stored.migratedFrom !== undefined) {
        count++;
        if (stored.migratedFrom < fromVersion) fromVersion = stored.migratedFrom;
      }
      return stored.value;
    },
    finding() {
      if (count === 0) return undefined;
      return { code: "returns/records-migrated", severity: "info", path: [], params: { file, count, fromVersion, version: CHILD_RECORD_SCHEMA_VERSION } };
    },
  };
}
