import type { AdditiveRelation, DisclosureCell, DisclosureNode } from "../../src/metrics/disclosureControl";

// An attacker's check of a suppressed table, written apart from the implementation: every
// additive relation is an equation; the cells the published result shows (or lets one compute,
// e.g. a numerator from a percentage and its denominator) are known; a hidden cell is
// recoverable when it is the same in every solution of the system, i.e. when adding the equation
// "this cell = ?" does not raise the rank (exact rational arithmetic).

export function nodesById(results: readonly DisclosureNode[]): Map<string, DisclosureNode> {
  const out = new Map<string, DisclosureNode>();
  const walk = (n: DisclosureNode): void => {
    out.set(n.id, n);
    for (const b of Object.values(n.breakdown ?? {})) walk(b);
  };
  results.forEach(walk);
  return out;
}

/** What the published node tells about one field: the number, or `null` when it cannot be worked out. */
export function shown(node: DisclosureNode | undefined, field: DisclosureCell["field"], population?: number): number | null {
  if (node === undefined) return null;
  const direct = node[field];
  if (direct !== null) return direct;
  if (node.value === null) return null;
  if (field === "numerator" && node.unit === "percent" && node.denominator !== null) return (node.value * node.denominator) / 100;
  if (field === "numerator" && node.unit === "per10k" && population !== undefined) return (node.value * population) / 10_000;
  if (field === "denominator" && node.unit === "percent" && node.numerator !== null && node.value !== 0) return (node.numerator * 100) / node.value;
  return null;
}

interface Frac {
  n: bigint;
  d: bigint;
}
const fr = (n: bigint, d = 1n): Frac => {
  const g = ((a: bigint, b: bigint): bigint => {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) [x, y] = [y, x % y];
    return x === 0n ? 1n : x;
  })(n, d);
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
};
const sub = (a: Frac, b: Frac): Frac => fr(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Frac, b: Frac): Frac => fr(a.n * b.n, a.d * b.d);
const div = (a: Frac, b: Frac): Frac => fr(a.n * b.d, a.d * b.n);

function rank(rows: Frac[][]): number {
  const m = rows.map((r) => [...r]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c]!.n !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const f = div(m[i]![c]!, m[r]![c]!);
      if (f.n === 0n) continue;
      m[i] = m[i]!.map((v, j) => sub(v, mul(f, m[r]![j]!)));
    }
    r++;
  }
  return r;
}

export interface Exposure {
  readonly cell: string;
  readonly count: number;
}

/**
 * The hidden non-zero counts that the published `after` results give away through `relations`
 * (read on the unsuppressed `before` results).
 */
export function recoverable(relations: readonly AdditiveRelation[], before: readonly DisclosureNode[], after: readonly DisclosureNode[], population?: number): Exposure[] {
  const b = nodesById(before);
  const a = nodesById(after);
  const key = (c: DisclosureCell): string => `${c.field} ${c.id}`;
  const unknown: string[] = [];
  const truth = new Map<string, number | null>();
  for (const r of relations) {
    for (const c of [r.total, ...r.parts]) {
      const k = key(c);
      if (truth.has(k)) continue;
      truth.set(k, b.get(c.id)?.[c.field] ?? null);
      if (shown(a.get(c.id), c.field, population) === null) unknown.push(k);
    }
  }
  const col = new Map(unknown.map((k, j) => [k, j]));
  const rows = relations
    .map((r) => {
      const row = unknown.map(() => fr(0n));
      const add = (c: DisclosureCell, v: bigint): void => {
        const j = col.get(key(c));
        if (j !== undefined) row[j] = fr(row[j]!.n * 1n + v * row[j]!.d, row[j]!.d);
      };
      add(r.total, 1n);
      r.parts.forEach((p) => add(p, -1n));
      return row;
    })
    .filter((row) => row.some((v) => v.n !== 0n));
  if (unknown.length === 0 || rows.length === 0) return [];
  const base = rank(rows);
  const out: Exposure[] = [];
  unknown.forEach((k, j) => {
    const count = truth.get(k) ?? null;
    if (count === null || count === 0) return;
    const e = unknown.map((_, i) => fr(i === j ? 1n : 0n));
    if (rank([...rows, e]) === base) out.push({ cell: k, count });
  });
  return out;
}

/** Each relation's total minus the sum of its parts, on unsuppressed results (all 0 when the relations are true). */
export function imbalances(relations: readonly AdditiveRelation[], results: readonly DisclosureNode[]): { relation: AdditiveRelation; gap: number }[] {
  const n = nodesById(results);
  const at = (c: DisclosureCell): number | null => n.get(c.id)?.[c.field] ?? null;
  return relations.flatMap((relation) => {
    const total = at(relation.total);
    const parts = relation.parts.map(at);
    if (total === null || parts.some((p) => p === null)) return [];
    const gap = total - parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    return gap === 0 ? [] : [{ relation, gap }];
  });
}
