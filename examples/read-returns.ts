// A researcher scripting in Node reads an authority's CIN census returns of two years from disk,
// as `kinsafe metrics` does: each file is identified and given its collection year from its
// content (one of them is named by the year it starts), children are merged across the returns,
// and the core data set is computed for each year, record by record, without holding the cohort;
// then the same returns are read as a columnar cohort and both years computed from it.
// The returns are written first from a synthetic authority, each cut at its own 31 March; the
// example checks that what it reads back gives the figures of the records they were written from.
// Run against the built package: `node --import tsx examples/read-returns.ts`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeCoreDataSet, computeCoreDataSets, createCoreDataSetAccumulator, type IsoDate } from "kinsafe";
import { writeCinCensus } from "kinsafe/cin-census";
import { readReturns, RETURN_KIND_NAMES } from "kinsafe/returns";
import { generateSyntheticAuthority } from "kinsafe/synthetic";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`read-returns example: ${message}`);
}

const children0to17 = 20_000;
const authority = { seed: 11, children0to17, la: "999" };
// The authority as known at the end of each collection year: the same histories, cut there.
const asKnownIn = (year: number) => generateSyntheticAuthority({ ...authority, endYear: year, years: year - 2023 });

const dir = mkdtempSync(join(tmpdir(), "kinsafe-read-returns-"));
try {
  // The 2024-25 return is misnamed by the year it starts (2024; DfE's "2024-25" would be read as
  // 2025): its ReferenceDate says 2025, and wins.
  const files = { 2024: join(dir, "CIN_Census_2024.xml"), 2025: join(dir, "cin-census-from-2024.xml") };
  for (const year of [2024, 2025] as const) {
    const header = { la: "999", collectionYear: year, referenceDate: `${String(year)}-03-31` as IsoDate, softwareCode: "example", release: "1" };
    writeFileSync(files[year], writeCinCensus(asKnownIn(year), header, { scope: "collection-year" }));
  }

  const read = await readReturns([files[2024], files[2025]], { order: "any" });
  for (const f of read.returns) console.log(`${f.name.slice(dir.length + 1)}: ${RETURN_KIND_NAMES[f.kind]}, collection year ${String(f.year)} (from its ${f.yearFrom ?? "name"})`);

  const population = { children0to17, vintage: "synthetic authority, seed 11" };
  const years = [2024, 2025];
  const accumulators = years.map((year) => createCoreDataSetAccumulator({ period: { year }, population }));
  let children = 0;
  for await (const record of read.records) {
    children++;
    for (const a of accumulators) a.add(record);
  }
  const results = accumulators.map((a) => a.result());
  const referrals = results.map((r) => r.metrics["activity.referrals"]?.value ?? Number.NaN);
  console.log(`${children.toLocaleString("en-GB")} children; referrals ${years.map((y, i) => `${String(y - 1)}-${String(y).slice(2)}: ${String(referrals[i])}`).join(", ")}`);
  const warnings = read.findings.filter((f) => f.finding.severity !== "info");
  console.log(`${String(read.findings.length)} findings, ${String(warnings.length)} of them warnings or errors`);

  // Key facts: the years come from the content, the misnamed file is flagged, and the referrals
  // of each year are those of the records the returns were written from.
  check(read.returns.map((f) => f.year).join() === "2024,2025", "each return's year is read from its ReferenceDate");
  check(read.findings.some((f) => f.finding.code === "returns/year-mismatch" && f.file === files[2025]), "the misnamed return is flagged");
  for (const [i, year] of years.entries()) {
    const expected = computeCoreDataSet(asKnownIn(year), { period: { year }, population }).metrics["activity.referrals"]?.value;
    check(referrals[i] === expected && (expected ?? 0) > 0, `${String(year)}: ${String(referrals[i])} referrals read back, ${String(expected)} written`);
  }

  // The same returns read again as a columnar cohort, read by two worker threads: built once,
  // then both years computed in one pass over it, with the same figures.
  const again = await readReturns([files[2024], files[2025]], { order: "any", threads: 2 });
  const { cohort, skipped } = await again.cohort();
  const fromCohort = computeCoreDataSets(
    cohort,
    years.map((year) => ({ period: { year }, population })),
  ).map((r) => r.metrics["activity.referrals"]?.value);
  console.log(`as a columnar cohort: ${cohort.children.toLocaleString("en-GB")} children, ${String(cohort.byteLength)} bytes; referrals ${fromCohort.join(", ")}`);
  check(skipped === 0 && cohort.children === children, "the cohort holds every child read");
  check(fromCohort.join() === referrals.join(), "the cohort gives the figures of the records");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log("read-returns: all checks passed");
