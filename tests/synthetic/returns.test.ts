import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cinCensusReturnHeader, recordsAsKnownIn, ssda903ReturnRecords, syntheticYears, type SynthSettings } from "../../src/cli/commands/synth";
import { mergeCohorts, readCinCensus, writeCinCensus } from "../../src/interop/cin-census";
import { readSsda903, writeSsda903 } from "../../src/interop/ssda903";
import type { ChildRecord } from "../../src/records";
import { inconsistency } from "./consistency";

// `kinsafe synth --format cin-census` and `--format ssda903` write one return a year. A child's
// facts must be the same in every year's return that holds them: the same date of birth, the
// same referrals, the same episodes (an episode open at one return's 31 March is in the next).

type Authority = SynthSettings["authority"];

/** Each year's CIN census return as `kinsafe synth` writes it, read back. */
async function cinReturns(authority: Authority): Promise<Map<number, readonly ChildRecord[]>> {
  const out = new Map<number, readonly ChildRecord[]>();
  for (const year of syntheticYears(authority)) {
    const xml = writeCinCensus([...recordsAsKnownIn(authority, year)], cinCensusReturnHeader(authority, year), { scope: "collection-year" });
    const read = await readCinCensus(xml);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    out.set(year, read.records);
  }
  return out;
}

/** Each year's SSDA903 return as `kinsafe synth` writes it, read back. */
async function ssda903Returns(authority: Authority): Promise<Map<number, readonly ChildRecord[]>> {
  const out = new Map<number, readonly ChildRecord[]>();
  for (const year of syntheticYears(authority)) {
    const csv = writeSsda903([...ssda903ReturnRecords(authority, year)], { sexCodes: year >= 2025 ? "letters" : "numbers" });
    const read = await readSsda903((Object.entries(csv) as [string, string][]).map(([table, data]) => ({ name: `ssda903_${String(year)}_${table}.csv`, data, year })));
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
    out.set(year, read.records);
  }
  return out;
}

const DETAILS = ["dob", "sex", "ethnicity", "uasc"] as const;
const IGNORE_IDS = new Set(["id"]);

/** The differences between the shared facts of two consecutive years' returns (none expected). */
function differences(kind: "cin" | "lac", earlier: readonly ChildRecord[], later: readonly ChildRecord[], year: number): string[] {
  const reference = `${String(year)}-03-31`;
  const yearStart = `${String(year - 1)}-04-01`;
  const found: string[] = [];
  const next = new Map(later.map((r) => [r.child.childId, r]));
  const prev = new Map(earlier.map((r) => [r.child.childId, r]));
  const episodes = (r: ChildRecord): { start: string; end: string | undefined; row: unknown }[] =>
    kind === "cin" ? r.cinEpisodes.map((e) => ({ start: e.referralDate, end: e.closureDate, row: e })) : r.lookedAfterEpisodes.map((e) => ({ start: e.startDate, end: e.endDate, row: e }));
  for (const r of earlier) {
    const id = r.child.childId;
    const l = next.get(id);
    const open = episodes(r).filter((e) => e.start <= reference && (e.end === undefined || e.end > reference));
    if (l === undefined) {
      for (const e of open) found.push(`${id}: the episode from ${e.start}, open at ${reference}, is not in the ${String(year + 1)} return`);
      continue;
    }
    for (const k of DETAILS) if (r.child[k] !== l.child[k]) found.push(`${id}: ${k} ${String(r.child[k])} in ${String(year)}, ${String(l.child[k])} in ${String(year + 1)}`);
    if (JSON.stringify(r.child.disabilities) !== JSON.stringify(l.child.disabilities)) found.push(`${id}: disabilities differ`);
    if (r.child.upn !== undefined && r.child.upn !== l.child.upn) found.push(`${id}: UPN differs`);
    const later = new Map(episodes(l).map((e) => [e.start, e]));
    for (const e of episodes(r)) {
      const m = later.get(e.start);
      if (m === undefined) {
        if (e.end === undefined || e.end > reference) found.push(`${id}: the episode from ${e.start}, open at ${reference}, is not in the ${String(year + 1)} return`);
        continue;
      }
      const bad = inconsistency(e.row, m.row, `${id} ${e.start}`, IGNORE_IDS);
      if (bad !== undefined) found.push(bad);
    }
  }
  // Every episode of the later return that was open during the earlier year is in the earlier return.
  for (const l of later) {
    const starts = new Set(episodes(prev.get(l.child.childId) ?? l).map((e) => e.start));
    const inPrev = prev.has(l.child.childId);
    for (const e of episodes(l)) {
      if (e.start <= reference && (e.end === undefined || e.end >= yearStart) && (!inPrev || !starts.has(e.start))) found.push(`${l.child.childId}: the episode from ${e.start} is in the ${String(year + 1)} return but not in the ${String(year)} one`);
    }
  }
  return found;
}

describe("kinsafe synth: a child's facts are the same in every year's return", () => {
  it("writes the same dates of birth and referral dates in consecutive CIN census returns (seed 1, the case of the report)", async () => {
    const authority: Authority = { seed: 1, children0to17: 10_000, years: 4, endYear: 2025, la: "999" };
    const returns = await cinReturns(authority);
    for (const year of [2022, 2023, 2024]) expect(differences("cin", returns.get(year) ?? [], returns.get(year + 1) ?? [], year)).toEqual([]);
  });

  it("holds for every pair of consecutive years, CIN census and SSDA903 (a property over seeds)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 500, max: 3_000 }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2016, max: 2027 }), async (seed, children0to17, years, endYear) => {
        const authority: Authority = { seed, children0to17, years, endYear, la: "999" };
        const cin = await cinReturns(authority);
        const lac = await ssda903Returns(authority);
        for (const year of syntheticYears(authority).slice(0, -1)) {
          expect(differences("cin", cin.get(year) ?? [], cin.get(year + 1) ?? [], year)).toEqual([]);
          expect(differences("lac", lac.get(year) ?? [], lac.get(year + 1) ?? [], year)).toEqual([]);
        }
        // Merged, the returns hold each child's proceedings once (and warn of nothing).
        const merged = mergeCohorts([...cin].map(([year, records]) => ({ year, records })));
        expect(merged.findings).toEqual([]);
        for (const r of merged.records) {
          const proceedings = r.careProceedings.map((p) => `${p.preProceedingsStart ?? ""}|${p.issueDate ?? ""}`);
          expect(new Set(proceedings).size, r.child.childId).toBe(proceedings.length);
        }
      }),
      { numRuns: 12 },
    );
  });
});
