// A researcher's round trip through kinsafe's tidy tables: the tables `kinsafe tables` writes (here
// written from a synthetic authority with the same columns), corrected outside kinsafe — one
// referral found to be a duplicate is deleted, as an analyst would in R or pandas — and read back
// as a columnar cohort for the core data set, with `coverage.csv` saying which years they cover
// (`kinsafe metrics tables/*.csv` takes its periods and coverage from it).
// A row that no longer fits (an assessment of the deleted referral) is not guessed at: the child
// is left out with a finding naming the file and line.
// Run against the built package: `node --import tsx examples/tidy-tables.ts`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeCoreDataSets } from "kinsafe";
import { COVERAGE_COLUMNS, readReturns, TIDY_TABLE_COLUMNS, type TidyTableName } from "kinsafe/returns";
import { generateSyntheticAuthority } from "kinsafe/synthetic";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`tidy-tables example: ${message}`);
}

// A CSV cell: quoted when it holds a comma, a quote or a line break.
const cell = (v: string | number | boolean | readonly string[] | undefined): string => {
  const s = v === undefined ? "" : typeof v === "object" ? v.join(";") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
type Cell = Parameters<typeof cell>[0];
const csv = (rows: readonly (readonly Cell[])[]): string => rows.map((r) => `${r.map(cell).join(",")}\r\n`).join("");

const records = generateSyntheticAuthority({ seed: 21, children0to17: 10_000, years: 2 });
const rows = Object.fromEntries(Object.keys(TIDY_TABLE_COLUMNS).map((t) => [t, []])) as unknown as Record<TidyTableName, Cell[][]>;
for (const r of records) {
  const c = r.child;
  rows.children.push([c.childId, c.la, c.upn, c.sex, c.dob, c.expectedDob, c.deathDate, c.ethnicity, c.disabilities, c.uasc]);
  for (const e of r.cinEpisodes) {
    rows.episodes.push([c.childId, e.id, e.referralDate, e.referralSource, e.primaryNeed, e.referralNfa, e.closureDate, e.closureReason, e.episodeIcpcDate]);
    for (const a of e.assessments) rows.assessments.push([c.childId, e.id, a.id, a.startDate, a.authorisationDate, a.factors]);
  }
}

// The correction: the first referral of 2024-25 that has an assessment is deleted; its assessment row is left behind.
const duplicate = rows.episodes.findIndex((e) => String(e[2]) >= "2024-04-01" && rows.assessments.some((a) => a[0] === e[0] && a[1] === e[1]));
check(duplicate >= 0, "a referral of 2024-25 with an assessment");
const [removed] = rows.episodes.splice(duplicate, 1);

const dir = mkdtempSync(join(tmpdir(), "kinsafe-tidy-tables-"));
try {
  const files = (["children", "episodes", "assessments"] as const).map((t) => {
    const path = join(dir, `${t}.csv`);
    writeFileSync(path, csv([TIDY_TABLE_COLUMNS[t], ...rows[t]]));
    return path;
  });
  // What the tables cover: the CIN episodes of the two collection years.
  const coverage = join(dir, "coverage.csv");
  writeFileSync(coverage, csv([COVERAGE_COLUMNS, ["cin-episodes", "2023-04-01", "2025-03-31", "synthetic authority, seed 21", ""]]));

  const read = await readReturns([...files, coverage]);
  const { cohort } = await read.cohort();
  const [year2024, year2025] = computeCoreDataSets(cohort, [{ period: { year: 2024 } }, { period: { year: 2025 } }]);
  const referrals = [year2024, year2025].map((r) => r?.metrics["activity.referrals"]?.value);
  console.log(`${cohort.children.toLocaleString("en-GB")} children from the tables; referrals 2023-24: ${String(referrals[0])}, 2024-25: ${String(referrals[1])}`);
  for (const { file, finding } of read.findings) console.log(`${file.slice(dir.length + 1)}: ${finding.code} ${JSON.stringify(finding.params)}`);

  // The child whose assessment lost its referral is left out, and the finding says where.
  const strays = read.findings.filter((f) => f.finding.code === "returns/table-row-not-placed");
  check(strays.length > 0 && strays.every((f) => f.finding.params?.["childId"] === removed?.[0]), "the assessment of the deleted referral is found, with its child");
  check(cohort.children === records.length - 1, "every other child is read");
  // The figures are those of the records without that child.
  const others = records.filter((r) => r.child.childId !== removed?.[0]);
  const expected = computeCoreDataSets(others, [{ period: { year: 2024 } }, { period: { year: 2025 } }]).map((r) => r.metrics["activity.referrals"]?.value);
  check(referrals.join() === expected.join(), `referrals ${referrals.join()} read back, ${expected.join()} expected`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log("tidy-tables: all checks passed");
