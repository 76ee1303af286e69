// Helpers of the SQL tests: the synthetic authority's tidy tables as CSV files (written as
// `kinsafe tables` writes them), kinsafe's own figures for the same records, and the comparison.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TIDY_TABLE_COLUMNS, type TidyTableName } from "../../src/interop/returns";
import { tidyCsvRow, tidyTableRows } from "../../src/interop/returns/internal";
import type { DataCoverage, FactKind, MetricResult } from "../../src/metrics";
import type { ChildRecord } from "../../src/records";
import { generateSyntheticAuthority } from "../../src/synthetic";

/** A fresh temporary directory and its removal. */
export function tempDir(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kinsafe-sql-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The synthetic authority used by the equality tests: three collection years to 31 March 2025. */
export function syntheticRecords(): readonly ChildRecord[] {
  return generateSyntheticAuthority({ seed: 17, children0to17: 6000, years: 3, endYear: 2025 });
}

/** Writes the records' tidy tables into `dir` as `kinsafe tables` does (header, CRLF rows). */
export function writeTidyTables(records: readonly ChildRecord[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(TIDY_TABLE_COLUMNS) as TidyTableName[];
  const text = new Map<TidyTableName, string[]>(names.map((t) => [t, [tidyCsvRow(TIDY_TABLE_COLUMNS[t])]]));
  for (const r of records) {
    const rows = tidyTableRows(r);
    for (const t of names) for (const row of rows[t]) text.get(t)?.push(tidyCsvRow(row));
  }
  for (const t of names) writeFileSync(join(dir, `${t}.csv`), (text.get(t) ?? []).join(""));
}

/** One figure: a row of the SQL's output, or a figure of kinsafe's result. */
export interface Figure {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: string;
}

/** Every figure of kinsafe's results (metrics and breakdown entries), by id. */
export function kinsafeFigures(metrics: Readonly<Partial<Record<string, MetricResult>>>): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const walk = (r: MetricResult): void => {
    out.set(r.id, { value: r.value, numerator: r.numerator, denominator: r.denominator, status: r.status });
    for (const b of Object.values(r.breakdown ?? {})) walk(b);
  };
  for (const r of Object.values(metrics)) if (r !== undefined) walk(r);
  return out;
}

const close = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/**
 * The differences between the SQL's figures and kinsafe's, one line each (empty when they agree):
 * every figure the SQL gives must be one of kinsafe's, with the same value, numerator,
 * denominator and status.
 */
export function differences(sql: ReadonlyMap<string, Figure>, kinsafe: ReadonlyMap<string, Figure>): string[] {
  const out: string[] = [];
  for (const [id, s] of sql) {
    const k = kinsafe.get(id);
    if (k === undefined) {
      out.push(`${id}: computed by the SQL, not a figure of kinsafe's`);
      continue;
    }
    for (const f of ["value", "numerator", "denominator"] as const) {
      if (!close(s[f], k[f])) out.push(`${id}: ${f} SQL ${String(s[f])} ≠ kinsafe ${String(k[f])}`);
    }
    if (s.status !== k.status) out.push(`${id}: status SQL ${s.status} ≠ kinsafe ${k.status}`);
  }
  return out;
}

/** A row of coverage.csv: a kind of fact covered from `start` to `end`, or one that cannot be used and why. */
export type CoverageRow = { readonly fact: FactKind; readonly start: string; readonly end: string } | { readonly fact: FactKind; readonly unusable: string };

/** Writes `coverage.csv` into `dir` as kinsafe tables does, and returns the same as the engine's `coverage` option (as kinsafe metrics reads it). */
export function writeCoverage(dir: string, rows: readonly CoverageRow[]): DataCoverage {
  const lines = ["fact,start,end,source,unusable\r\n", ...rows.map((r) => ("unusable" in r ? `${r.fact},,,,${r.unusable}\r\n` : `${r.fact},${r.start},${r.end},tests,\r\n`))];
  writeFileSync(join(dir, "coverage.csv"), lines.join(""));
  const facts: Partial<Record<FactKind, { start: string; end: string }[]>> = {};
  const unusable: Partial<Record<FactKind, string>> = {};
  for (const r of rows) {
    if ("unusable" in r) unusable[r.fact] = r.unusable;
    else (facts[r.fact] ??= []).push({ start: r.start, end: r.end });
  }
  return { facts, ...(Object.keys(unusable).length === 0 ? {} : { unusable }) } as unknown as DataCoverage;
}
