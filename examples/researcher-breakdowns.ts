// A researcher breaks the core data set of a synthetic local authority down by the children's
// sex, age, ethnicity and local authority team (a field the case system keeps in the record's
// extensions), with DfE's disclosure control applied to the groups and the total together, and
// writes a tidy CSV (one row per group and figure) for R, pandas or Stata.
// Run against the built package: `node --import tsx examples/researcher-breakdowns.ts`.
import { breakdownBy, type ChildRecord, type CoreDataSetBreakdown, type CoreDataSetGroup, type MetricId } from "kinsafe";
import { generateSyntheticAuthority } from "kinsafe/synthetic";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`researcher-breakdowns example: ${message}`);
}

const children0to17 = 40_000;
const generated = generateSyntheticAuthority({ seed: 2025, children0to17, years: 2, endYear: 2025, la: "999" });
// The case system's own data rides in `extensions`: here, the team holding the child's case.
const teams = ["North", "South", "East"];
const records: ChildRecord[] = generated.map((r, i) => ({ ...r, extensions: { team: teams[i % teams.length] ?? "North" } }));

const options = {
  period: { year: 2025 },
  population: { children0to17, vintage: "synthetic authority, seed 2025" },
  // DfE's rule for published tables: counts from 1 to 5 are suppressed, and whatever would give them away.
  suppress: { threshold: 6 },
  // Rates per 10,000 of a group need the group's own population (here, half the children each).
  populations: { female: { children0to17: children0to17 / 2, vintage: "synthetic, half" }, male: { children0to17: children0to17 / 2, vintage: "synthetic, half" } },
};

const figures: readonly MetricId[] = ["activity.referrals", "activity.referral-rate", "activity.re-referral-rate", "plans.open"];
const rows: string[] = ["by,group,subgroup,children,metric,value,status"];
const cell = (v: number | null): string => (v === null ? "" : String(Math.round(v * 10) / 10));
function write(b: CoreDataSetBreakdown, g: CoreDataSetGroup, parent?: CoreDataSetGroup): void {
  for (const id of figures) {
    const m = g.result.metrics[id];
    const status = m === undefined ? "x" : m.suppressed ? "c" : m.status === "unavailable" ? "x" : "";
    rows.push([b.by, parent?.key ?? g.key, parent === undefined ? "" : g.key, cell(g.children), id, cell(m?.value ?? null), status].join(","));
  }
  for (const s of g.subgroups ?? []) write(b, s, g);
}

for (const by of ["sex", "age", "ethnicity", "extensions.team"] as const) {
  const b = breakdownBy(records, by, options);
  // Every group's referrals add up to the total's, unless disclosure control hid some.
  const referrals = b.groups.map((g) => g.result.metrics["activity.referrals"]?.value ?? null);
  const total = b.total.metrics["activity.referrals"]?.value ?? null;
  if (total !== null && referrals.every((n) => n !== null)) check(referrals.reduce<number>((s, n) => s + (n ?? 0), 0) === total, `${by}: the groups do not add up to the total`);
  check(b.groups.reduce((s, g) => s + (g.children ?? 0), 0) <= records.length, `${by}: more children in the groups than records`);
  for (const g of b.groups) write(b, g);
}

// A group's rate needs its population: given for sex, not for the teams.
const bySex = breakdownBy(records, "sex", options);
const byTeam = breakdownBy(records, "extensions.team", options);
check(bySex.groups.find((g) => g.key === "female")?.result.metrics["activity.referral-rate"]?.value !== null, "the girls' rate is missing");
check(byTeam.groups[0]?.result.metrics["activity.referral-rate"]?.value === null, "a team's rate was given without its population");

console.log(rows.slice(0, 12).join("\n"));
console.log(`… ${String(rows.length - 1)} rows in all`);
