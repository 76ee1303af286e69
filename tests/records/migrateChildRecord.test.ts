import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { CHILD_RECORD_SCHEMA_VERSION, migrateChildRecord, validateChildRecord } from "../../src/records";
import { readStoredChildRecord } from "../../src/records/internal";
import { arbChildRecord, child } from "../metrics/fixtures";
import { asVersion1 } from "./version1";

describe("migrateChildRecord", () => {
  it("renames the fields of a version-1 record and sets its schemaVersion", () => {
    // #region docs-example
    const stored = {
      child: { childId: "c-1", disabilities: [] },
      cinEpisodes: [],
      earlyHelpEpisodes: [],
      lookedAfterEpisodes: [{ id: "la-1", decom: "2024-05-01", rne: "S", ls: "C2", place: "U4", dec: "2024-09-01", rec: "E13" }],
      lookedAfterReviews: [],
      missing: [{ id: "m-1", missing: "M", start: "2024-06-01", end: "2024-06-02" }],
      visits: [],
      careProceedings: [],
    };
    const record = migrateChildRecord(stored, 1);
    // { schemaVersion: 2, child: …,
    //   lookedAfterEpisodes: [{ id: "la-1", startDate: "2024-05-01", reasonForNewEpisode: "S", legalStatus: "C2",
    //                           placementType: "U4", endDate: "2024-09-01", reasonEpisodeCeased: "E13" }],
    //   missing: [{ id: "m-1", missingType: "M", startDate: "2024-06-01", endDate: "2024-06-02" }], … }
    validateChildRecord(record).ok; // true
    // #endregion docs-example
    expect(record).toEqual({
      ...stored,
      schemaVersion: 2,
      lookedAfterEpisodes: [{ id: "la-1", startDate: "2024-05-01", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4", endDate: "2024-09-01", reasonEpisodeCeased: "E13" }],
      missing: [{ id: "m-1", missingType: "M", startDate: "2024-06-01", endDate: "2024-06-02" }],
    });
    expect(Object.keys(record as object)[0]).toBe("schemaVersion");
    expect(Object.keys((record as { lookedAfterEpisodes: object[] }).lookedAfterEpisodes[0] ?? {})).toEqual(["id", "startDate", "reasonForNewEpisode", "legalStatus", "placementType", "endDate", "reasonEpisodeCeased"]);
    expect(validateChildRecord(record).ok).toBe(true);
    // the stored record is not changed
    expect(stored.lookedAfterEpisodes[0]).toHaveProperty("decom", "2024-05-01");
  });

  it("brings every version-1 record to the record it was written from (property)", () => {
    fc.assert(
      fc.property(arbChildRecord(), (r) => {
        const stored = structuredClone(asVersion1(r));
        const before = JSON.stringify(stored);
        const migrated = migrateChildRecord(stored, 1);
        expect(migrated).toEqual({ schemaVersion: CHILD_RECORD_SCHEMA_VERSION, ...r });
        expect(validateChildRecord(migrated).ok).toBe(true);
        expect(JSON.stringify(stored)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("returns a record of the current version as it is, and anything not an object as it is", () => {
    const r = { schemaVersion: 2, ...child("c-1") };
    expect(migrateChildRecord(r, CHILD_RECORD_SCHEMA_VERSION)).toBe(r);
    expect(migrateChildRecord("text", 1)).toBe("text");
    expect(migrateChildRecord(null, 1)).toBe(null);
  });

  it("leaves an old name whose new name is already there, for validation to refuse by name", () => {
    const stored = { ...child("c-1"), lookedAfterEpisodes: [{ id: "la-1", decom: "2024-05-01", startDate: "2024-05-02", rne: "S", ls: "C2", place: "U4" }] };
    const migrated = migrateChildRecord(stored, 1);
    expect((migrated as { lookedAfterEpisodes: object[] }).lookedAfterEpisodes[0]).toEqual({ id: "la-1", decom: "2024-05-01", startDate: "2024-05-02", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4" });
    const checked = validateChildRecord(migrated);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(JSON.stringify(checked.error.issues)).toContain("decom");
  });

  it("takes the version from the record's schemaVersion when none is given (none: version 1)", () => {
    const stored = { ...child("c-1"), missing: [{ id: "m", missing: "M", start: "2024-01-01" }] };
    expect(migrateChildRecord(stored)).toEqual(migrateChildRecord(stored, 1));
    const current = { schemaVersion: 2, ...child("c-1") };
    expect(migrateChildRecord(current)).toBe(current);
    expect(() => migrateChildRecord({ schemaVersion: 3, ...child("c-1") })).toThrow(/schema version 3, written by a newer release/);
    expect(() => migrateChildRecord({ schemaVersion: "2", ...child("c-1") })).toThrow(/whole number from 1 to 2/);
  });

  it("throws a KinsafeError, not what a getter throws, for data that is not plain JSON", () => {
    const trap = new Proxy({}, { get: () => { throw new TypeError("trap"); }, ownKeys: () => { throw new TypeError("trap"); } });
    let thrown: unknown;
    try {
      migrateChildRecord(trap, 1);
    } catch (error) {
      thrown = error;
    }
    expect(isKinsafeError(thrown) && thrown.code === "invalid-input").toBe(true);
  });

  it("refuses a version it does not know, naming a newer release", () => {
    for (const v of [0, 1.5, Number.NaN, CHILD_RECORD_SCHEMA_VERSION + 1]) {
      let thrown: unknown;
      try {
        migrateChildRecord(child("c-1"), v);
      } catch (error) {
        thrown = error;
      }
      expect(isKinsafeError(thrown) && thrown.code === "invalid-argument").toBe(true);
      if (v === CHILD_RECORD_SCHEMA_VERSION + 1) expect(String((thrown as Error).message)).toMatch(/newer release/);
    }
  });
});

describe("readStoredChildRecord", () => {
  it("reads a stored record by its schemaVersion", () => {
    const current = { schemaVersion: 2, ...child("c-1") };
    expect(readStoredChildRecord(current)).toEqual({ kind: "record", value: current });
    // no schemaVersion and no old name: a record in today's names, read as it is (not counted as migrated)
    const plain = child("c-2");
    expect(readStoredChildRecord(plain)).toStrictEqual({ kind: "record", value: plain });
    // no schemaVersion and an old name: version 1, migrated
    const old = { ...child("c-3"), missing: [{ id: "m", missing: "A", start: "2024-01-01" }] };
    const read = readStoredChildRecord(old);
    expect(read).toEqual({ kind: "record", value: { schemaVersion: 2, ...child("c-3"), missing: [{ id: "m", missingType: "A", startDate: "2024-01-01" }] }, migratedFrom: 1 });
    expect(readStoredChildRecord({ schemaVersion: 1, ...old })).toMatchObject({ kind: "record", migratedFrom: 1 });
    // a newer release's record is not read
    expect(readStoredChildRecord({ schemaVersion: 3, ...child("c-4") })).toEqual({ kind: "newer", version: 3 });
    // not a version: left for validation to refuse
    const odd = { schemaVersion: "2", ...child("c-5") };
    expect(readStoredChildRecord(odd)).toEqual({ kind: "record", value: odd });
    expect(validateChildRecord(odd).ok).toBe(false);
  });
});
