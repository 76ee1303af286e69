// A researcher computes the core data set of a synthetic local authority over three collection
// years (the records held as a columnar cohort, all three years in one pass) and prints a table, the figures a local authority would compare with its published ones.
// The synthetic authority is calibrated to England's 2024-25 figures, so the rates must land near
// them; the example checks that and throws if not.
// Run against the built package: `node --import tsx examples/researcher-metrics.ts`.
import { computeCoreDataSet, computeCoreDataSets, toColumnarCohort, type CoreDataSetResult, type MetricResult } from "kinsafe";
import { generateSyntheticAuthority } from "kinsafe/synthetic";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`researcher-metrics example: ${message}`);
}

// A small authority (60,000 children aged 0-17) keeps the example fast; the same seed always
// gives the same records, on every machine.
const children0to17 = 60_000;
const records = generateSyntheticAuthority({ seed: 2025, children0to17, years: 3, endYear: 2025, la: "999" });
const population = { children0to17, vintage: "synthetic authority, seed 2025" };

// The records become columns once; the three years are then computed in one pass over them.
const cohort = toColumnarCohort(records);
const years = [2023, 2024, 2025];
const results: CoreDataSetResult[] = computeCoreDataSets(cohort, years.map((year) => ({ period: { year }, population })));
// The same figures as from the records themselves, year by year.
check(JSON.stringify(results[2]) === JSON.stringify(computeCoreDataSet(records, { period: { year: 2025 }, population })), "the cohort and the records give different figures");

const metric = (r: CoreDataSetResult, id: keyof CoreDataSetResult["metrics"]): MetricResult => {
  const m = r.metrics[id];
  if (m === undefined) throw new Error(`researcher-metrics example: metric ${id} missing`);
  return m;
};
const value = (m: MetricResult | undefined): number => m?.value ?? Number.NaN;

const rows: [string, (r: CoreDataSetResult) => number, number][] = [
  ["Referrals", (r) => value(metric(r, "activity.referrals")), 0],
  ["Referrals per 10,000", (r) => value(metric(r, "activity.referral-rate")), 1],
  ["Re-referrals within 12 months %", (r) => value(metric(r, "activity.re-referral-rate")), 1],
  ["Referrals NFA %", (r) => value(metric(r, "activity.nfa-rate")), 1],
  ["Assessed not in need %", (r) => value(metric(r, "activity.assessed-not-in-need-rate")), 1],
  ["Assessments: median working days", (r) => value(metric(r, "timeliness.assessment-duration")), 0],
  ["Section 47 enquiries per 10,000", (r) => value(metric(r, "activity.s47-enquiries").breakdown?.["per10k"]), 1],
  ["ICPCs per 10,000", (r) => value(metric(r, "activity.icpcs").breakdown?.["per10k"]), 1],
  ["Children in need at 31 March per 10,000", (r) => value(metric(r, "plans.open").breakdown?.["per10k"]), 1],
  ["CP plans at 31 March per 10,000", (r) => value(metric(r, "plans.open").breakdown?.["cp"]?.breakdown?.["per10k"]), 1],
  ["Looked after at 31 March per 10,000", (r) => value(metric(r, "plans.open").breakdown?.["lac"]?.breakdown?.["per10k"]), 1],
  ["CP plans ending lasting 2 years or more %", (r) => value(metric(r, "plans.duration")), 1],
];

const label = (s: string): string => s.padEnd(44);
console.log(`Synthetic authority: ${records.length.toLocaleString("en-GB")} child records, ${children0to17.toLocaleString("en-GB")} children aged 0-17\n`);
console.log(`${label("Measure")}${years.map((y) => `${String(y - 1)}-${String(y).slice(2)}`.padStart(10)).join("")}`);
for (const [name, get, dp] of rows) console.log(`${label(name)}${results.map((r) => get(r).toFixed(dp).padStart(10)).join("")}`);

// Key facts: every record was read and none skipped; the rates are near England's.
for (const r of results) {
  check(r.records.read === records.length && r.records.skipped === 0, "every record is read and valid");
  const near = (name: string, got: number, target: number, tolerance: number): void =>
    check(Math.abs(got - target) <= tolerance, `${name} ${got.toFixed(1)} is not within ${String(tolerance)} of ${String(target)} (${r.period.end})`);
  near("referrals per 10,000", value(metric(r, "activity.referral-rate")), 520, 80);
  near("re-referral %", value(metric(r, "activity.re-referral-rate")), 22.6, 5);
  near("NFA %", value(metric(r, "activity.nfa-rate")), 6.5, 2.5);
  near("section 47 per 10,000", value(metric(r, "activity.s47-enquiries").breakdown?.["per10k"]), 190, 40);
  near("CP plans at 31 March per 10,000", value(metric(r, "plans.open").breakdown?.["cp"]?.breakdown?.["per10k"]), 41, 12);
  near("looked after at 31 March per 10,000", value(metric(r, "plans.open").breakdown?.["lac"]?.breakdown?.["per10k"]), 67, 15);
  for (const m of Object.values(r.metrics)) {
    // a percentage's numerator is part of its denominator (a mean's is a sum: days, incidents)
    if (m.unit === "percent" && m.numerator !== null && m.denominator !== null) check(m.numerator <= m.denominator, `${m.id}: numerator above denominator`);
  }
}
console.log("\nresearcher-metrics: all checks passed");
