import { describe, expect, it } from "vitest";
import { KinsafeError } from "../../../src/core";
import { computeCoreDataSet } from "../../../src/metrics";
import { createColumnarCohortBuilder, toColumnarCohort, type ChildRecord } from "../../../src/records";
import { generateSyntheticAuthority } from "../../../src/synthetic";
import { child, episode } from "../../metrics/fixtures";

const records = generateSyntheticAuthority({ seed: 3, children0to17: 2_000, years: 3, endYear: 2025 });

describe("toColumnarCohort", () => {
  it("holds the records as columns for any number of periods", () => {
    // #region columnar-cohort
    const cohort = toColumnarCohort(records);
    // cohort.children: one per record; cohort.referrals: every episode of need
    const y2025 = computeCoreDataSet(cohort, { period: { year: 2025 } });
    const y2024 = computeCoreDataSet(cohort, { period: { year: 2024 } });
    // the same figures as computeCoreDataSet(records, …) for each period
    // #endregion columnar-cohort
    expect(cohort.kind).toBe("columnar-cohort");
    expect(cohort.children).toBe(records.length);
    expect(cohort.referrals).toBe(records.reduce((n, r) => n + r.cinEpisodes.length, 0));
    expect(y2025).toEqual(computeCoreDataSet(records, { period: { year: 2025 } }));
    expect(y2024).toEqual(computeCoreDataSet(records, { period: { year: 2024 } }));
  });

  it("takes far fewer bytes per referral than the records", () => {
    const cohort = toColumnarCohort(records);
    // The bound grows only with what the columns must hold: 160 since they keep the assessment
    // factors (two 32-bit sets per assessment), primary need, categories of abuse, whether the
    // child is unborn, and the OC2/OC3 rows' offsets (this authority has ~155).
    expect(cohort.byteLength / cohort.referrals).toBeLessThan(160);
    expect(cohort.byteLength).toBeLessThan(JSON.stringify(records).length / 5);
    expect(cohort.byteLength).toBeGreaterThan(cohort.referrals * 8);
  });

  it("refuses an invalid record with its path, and the builder keeps what it had", () => {
    const builder = createColumnarCohortBuilder();
    builder.add(child("a", { cinEpisodes: [episode("e-1", "2024-05-01")] }));
    const bad = child("b", { cinEpisodes: [episode("e-2", "2024-02-30")] });
    const error = ((): unknown => {
      try {
        builder.add(bad);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(KinsafeError);
    expect((error as KinsafeError).code).toBe("invalid-input");
    expect(JSON.stringify((error as KinsafeError).issues)).toContain("referralDate");
    const cohort = builder.build();
    expect(cohort.children).toBe(1);
    expect(cohort.referrals).toBe(1);
  });

  it("trusts records with validate false, checks their dates, and rolls back a record with an impossible date", () => {
    // #region columnar-cohort-builder
    const builder = createColumnarCohortBuilder({ validate: false });
    for (const record of records.slice(0, 100)) builder.add(record);
    const cohort = builder.build();
    // #endregion columnar-cohort-builder
    expect(cohort.children).toBe(100);
    const good = child("ok", { cinEpisodes: [episode("e-1", "2024-05-01"), episode("e-2", "2024-06-01")] });
    const bad = child("bad", { cinEpisodes: [episode("e-1", "2024-05-01"), episode("e-2", "2024-13-01")] });
    builder.add(good);
    expect(() => builder.add(bad)).toThrow(KinsafeError);
    const after = builder.build();
    expect(after.children).toBe(101);
    expect(after.referrals).toBe(cohort.referrals + 2);
    // the cohort built before is not changed by later additions
    expect(cohort.children).toBe(100);
    const only = [...records.slice(0, 100), good];
    expect(computeCoreDataSet(after, { period: { year: 2025 } })).toEqual(computeCoreDataSet(only, { period: { year: 2025 } }));
  });

  it("refuses what is not child records with a KinsafeError, validated or trusted, and keeps the cohort as it was", () => {
    expect(() => toColumnarCohort("abc" as never)).toThrow(/iterable/);
    expect(() => toColumnarCohort(42 as never)).toThrow(KinsafeError);
    const builder = createColumnarCohortBuilder({ validate: false });
    builder.add(records[0]);
    for (const bad of [null, 7, "x", { child: { childId: "x" } }, { ...records[0], cinEpisodes: [null] }]) {
      let error: unknown;
      try {
        builder.add(bad);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(bad)).toBeInstanceOf(KinsafeError);
    }
    expect(builder.build().children).toBe(1);
  });

  it("does not change the records", () => {
    const copy: ChildRecord[] = structuredClone(records.slice(0, 50));
    const frozen = copy.map((r) => Object.freeze(r));
    toColumnarCohort(frozen);
    expect(frozen).toEqual(records.slice(0, 50));
  });

  it("refuses options that are not an object with a boolean validate", () => {
    expect(() => createColumnarCohortBuilder({ validate: "yes" } as never)).toThrow(/validate/);
    expect(() => createColumnarCohortBuilder(null as never)).toThrow(KinsafeError);
  });
});
