import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { ChildRecordSchema } from "../../src/records";
import { generateSyntheticAuthority, generateSyntheticAuthorityStream } from "../../src/synthetic";
import { yearRates } from "./rates";

/** FNV-1a over the JSON of the records: a fingerprint that must be the same on every platform. */
function fingerprint(value: unknown): string {
  const s = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16).padStart(8, "0")}:${String(s.length)}`;
}

describe("generateSyntheticAuthority", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const records = generateSyntheticAuthority({ seed: 42, children0to17: 5_000, years: 3, endYear: 2025, la: "201" });
    records.length > 500; // true: every child who had contact with children's social care
    records[0]?.child.la; // "201"
    const again = generateSyntheticAuthority({ seed: 42, children0to17: 5_000, years: 3, endYear: 2025, la: "201" });
    JSON.stringify(again) === JSON.stringify(records); // true: same seed, same data
    // #endregion docs-example
    expect(records.length).toBeGreaterThan(500);
    expect(records[0]?.child.la).toBe("201");
    expect(again).toEqual(records);
  });

  it("is deterministic: the same seed gives the same records, another seed other records", () => {
    const options = { seed: 1, children0to17: 3_000, years: 2 } as const;
    const a = generateSyntheticAuthority(options);
    const b = generateSyntheticAuthority(options);
    expect(b).toEqual(a);
    const c = generateSyntheticAuthority({ ...options, seed: 2 });
    expect(c).not.toEqual(a);
  });

  it("gives the same data on every platform (fixed fingerprint)", () => {
    // Integer-only generation: this fingerprint must not change with the engine, the OS or the
    // time zone. If the model is changed on purpose, update it in the same commit.
    const records = generateSyntheticAuthority({ seed: 20250331, children0to17: 2_000, years: 2 });
    expect(fingerprint(records)).toMatchInlineSnapshot(`"1a29d367:545638"`);
  });

  it("produces records valid against ChildRecordSchema, with every kind of episode", () => {
    const records = generateSyntheticAuthority({ seed: 9, children0to17: 20_000, years: 3 });
    for (const record of records) {
      const parsed = ChildRecordSchema.safeParse(record);
      if (!parsed.success) throw new Error(`${record.child.childId}: ${parsed.error.message}`);
    }
    const all = <T,>(f: (r: (typeof records)[number]) => readonly T[]): number => records.reduce((n, r) => n + f(r).length, 0);
    expect(all((r) => r.cinEpisodes)).toBeGreaterThan(1000);
    expect(all((r) => r.cinEpisodes.flatMap((e) => e.cpPlans))).toBeGreaterThan(50);
    expect(all((r) => r.lookedAfterEpisodes)).toBeGreaterThan(50);
    expect(all((r) => r.lookedAfterReviews)).toBeGreaterThan(50);
    expect(all((r) => r.visits)).toBeGreaterThan(1000);
    expect(all((r) => r.careProceedings)).toBeGreaterThan(5);
    expect(all((r) => r.earlyHelpEpisodes)).toBeGreaterThan(50);
    expect(all((r) => r.lookedAfterEpisodes.filter((l) => l.legalStatus === "V3" || l.legalStatus === "V4"))).toBeGreaterThan(0);
  });

  it("cuts every history at 31 March of the end year", () => {
    const records = generateSyntheticAuthority({ seed: 3, children0to17: 5_000, years: 2, endYear: 2024 });
    // Every date is on or before the cut, except ICPC target dates: a due date can be in the future.
    const dates = [...JSON.stringify(records).matchAll(/"(\w+)":"(\d{4}-\d{2}-\d{2})"/g)].filter((m) => m[1] !== "icpcTargetDate").map((m) => m[2] ?? "");
    expect(dates.length).toBeGreaterThan(1000);
    expect(dates.every((d) => d <= "2024-03-31")).toBe(true);
    // Open episodes at the cut: no closure date, no reason.
    const open = records.flatMap((r) => r.cinEpisodes).filter((e) => e.closureDate === undefined);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((e) => e.closureReason === undefined)).toBe(true);
  });

  it("refuses options out of range", () => {
    const bad = [
      { seed: -1, children0to17: 10, years: 1 },
      { seed: 1.5, children0to17: 10, years: 1 },
      { seed: 1, children0to17: 0, years: 1 },
      { seed: 1, children0to17: 10, years: 0 },
      { seed: 1, children0to17: 10, years: 21 },
      { seed: 1, children0to17: 10, years: 1, la: "12" },
    ];
    for (const options of bad) {
      let error: unknown;
      try {
        generateSyntheticAuthority(options);
      } catch (e) {
        error = e;
      }
      expect(isKinsafeError(error) && error.code === "invalid-argument").toBe(true);
    }
  });
});

describe("generateSyntheticAuthorityStream", () => {
  it("yields exactly the records of generateSyntheticAuthority, one at a time", () => {
    // #region stream
    const options = { seed: 5, children0to17: 4_000, years: 2 };
    let children = 0;
    let referrals = 0;
    for (const record of generateSyntheticAuthorityStream(options)) {
      children += 1; // one record at a time: nothing else is held in memory
      referrals += record.cinEpisodes.length;
    }
    children === generateSyntheticAuthority(options).length; // true
    // #endregion stream
    expect(children).toBe(generateSyntheticAuthority(options).length);
    expect(referrals).toBeGreaterThan(100);
    expect([...generateSyntheticAuthorityStream(options)]).toEqual(generateSyntheticAuthority(options));
  });
});

describe("rates close to England's (data standards section 6.2, year ending 31 March 2025)", () => {
  const children0to17 = 200_000;
  const records = generateSyntheticAuthority({ seed: 2025, children0to17, years: 3, visits: false });
  const years = [2023, 2024, 2025].map((y) => yearRates(records, y, children0to17));

  it("has the published CP plan duration bands, over the three years", () => {
    // CP plans ending, by duration: <=3m 15.9%, 3-6m 11.0%, 6-12m 43.5%, 1-2y 25.2%, 2y+ 4.4%.
    // Pooled over the three years: one year of a 200,000-child authority has about 1,000 plans ending.
    const published = [15.9, 11.0, 43.5, 25.2, 4.4];
    published.forEach((expected, i) => {
      const pooled = years.reduce((sum, r) => sum + (r.cpEndingBandsPct[i] ?? 0), 0) / years.length;
      expect(Math.abs(pooled - expected)).toBeLessThan(4);
    });
  });

  it.each(years.map((r) => [r.year, r] as const))("collection year ending 31 March %i", (_year, r) => {
    expect(r.referralsPer10k).toBeGreaterThan(520 * 0.9); // about 520 per 10,000
    expect(r.referralsPer10k).toBeLessThan(520 * 1.1);
    expect(r.reReferralPct).toBeGreaterThan(19); // 22.6%
    expect(r.reReferralPct).toBeLessThan(26);
    expect(r.nfaPct).toBeGreaterThan(5); // 6.5%
    expect(r.nfaPct).toBeLessThan(8);
    expect(r.notInNeedPct).toBeGreaterThan(26); // 30.8%
    expect(r.notInNeedPct).toBeLessThan(35);
    expect(r.s47Per10k).toBeGreaterThan(190 * 0.88); // about 189 per 10,000
    expect(r.s47Per10k).toBeLessThan(190 * 1.12);
    expect(r.cinAt31MarchPer10k).toBeGreaterThan(330 * 0.85); // 330.3 per 10,000
    expect(r.cinAt31MarchPer10k).toBeLessThan(330 * 1.15);
    expect(r.cpAt31MarchPer10k).toBeGreaterThan(41 * 0.85); // about 40.6 per 10,000
    expect(r.cpAt31MarchPer10k).toBeLessThan(41 * 1.15);
    expect(r.lacAt31MarchPer10k).toBeGreaterThan(67 * 0.85); // 67 per 10,000
    expect(r.lacAt31MarchPer10k).toBeLessThan(67 * 1.15);
    // Short breaks (V3/V4) present, in small numbers.
    expect(r.shortBreakEpisodes).toBeGreaterThan(0);
    expect(r.shortBreakEpisodes).toBeLessThan(r.referrals * 0.1);
  });
});
