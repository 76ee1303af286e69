import { KinsafeError } from "../core";
import type { FactKind, MetricStatus, MetricUnit, UnavailableReason } from "./CoreDataSet";

// Disclosure control: the one implementation behind the core data set's `suppress` option and
// the practice metrics' `applyDisclosureControl`. Primary suppression hides small counts (and the
// ratios built on them); secondary suppression then hides further cells until no hidden count
// can be recovered from the published cells through the additive relations the metrics declare
// (a total is the sum of its parts). docs/metrics.md, "Disclosure control", states the rule.

/**

 * A result or breakdown entry, as disclosure control sees it (`MetricResult` and `PracticeMetricResult` both fit).

 *

 * @internal

 */
export interface DisclosureNode {
  readonly id: string;
  readonly unit: MetricUnit;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly countingUnit: string;
  readonly breakdown?: Readonly<Record<string, DisclosureNode>>;
  readonly notes: readonly string[];
  readonly suppressed: boolean;
  readonly status?: MetricStatus;
  readonly unavailable?: { readonly reason: UnavailableReason; readonly needs?: readonly FactKind[] };
  readonly history?: { readonly neededMonths: number; readonly coveredMonths: number };
}

/**

 * Which number of a result: a count's `value`, or a ratio's `numerator` or `denominator`.

 *

 * @internal

 */
export type DisclosureField = "value" | "numerator" | "denominator";

/**

 * One published number: a field of the result (or breakdown entry) with this id.

 *

 * @internal

 */
export interface DisclosureCell {
  readonly id: string;
  readonly field: DisclosureField;
}

/**
 * An identity between published counts: `total` = the sum of `parts`. One part states that two
 * cells publish the same count.
 *
 * @internal
 */
export interface AdditiveRelation {
  readonly total: DisclosureCell;
  readonly parts: readonly DisclosureCell[];
}

/**

 * The additive relations of one metric, read from its (unsuppressed) result.

 *

 * @internal

 */
export type Additivity = (result: DisclosureNode) => readonly AdditiveRelation[];

/** Counting units that are not counts of people: never suppressed. */
const NOT_PEOPLE: ReadonlySet<string> = new Set(["minutes", "fte", "days"]);

/**

 * The note of a primary suppression.

 *

 * @internal

 */
export function primaryNote(threshold: number): string {
  return `Suppressed: a count from 1 to ${String(threshold - 1)} (disclosure control).`;
}

/**

 * The note of a secondary suppression.

 *

 * @internal

 */
export const SECONDARY_NOTE = "Suppressed to protect another suppressed cell (secondary suppression).";

function small(x: number | null, threshold: number): boolean {
  return x !== null && x >= 1 && x < threshold;
}

/**
 * The fields primary suppression hides in one node: a count from 1 to `threshold - 1`, and a
 * ratio whose numerator or denominator is such a count. A rate per 10,000's denominator is a
 * population; a mean's numerator is a sum of scores; minutes, FTE and days are not people.
 */
function primaryFields(node: DisclosureNode, threshold: number): ReadonlySet<DisclosureField> {
  const out = new Set<DisclosureField>();
  if (NOT_PEOPLE.has(node.countingUnit)) return out;
  if (node.unit === "count" && small(node.value, threshold)) out.add("value");
  if (node.unit !== "ratio" && small(node.numerator, threshold)) out.add("numerator");
  if (node.unit !== "per10k" && small(node.denominator, threshold)) out.add("denominator");
  return out;
}

function key(c: DisclosureCell): string {
  return `${c.field} ${c.id}`;
}

function walk(node: DisclosureNode, f: (n: DisclosureNode) => void): void {
  f(node);
  for (const b of Object.values(node.breakdown ?? {})) walk(b, f);
}

// ---- exact linear algebra over the integers

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The columns of `rows` (integer coefficients of unknowns) that the equations determine
 * uniquely: column `j` is determined when the unit vector e_j is in the row space, i.e. when the
 * reduced row echelon form has a row whose only non-zero entry is in column `j`. Exact: integer
 * row operations, each row divided by the gcd of its entries.
 */
function determinedColumns(rows: bigint[][], width: number): Set<number> {
  const m = rows.map((r) => [...r]);
  let lead = 0;
  for (let col = 0; col < width && lead < m.length; col++) {
    const p = m.findIndex((r, i) => i >= lead && r[col] !== 0n);
    if (p < 0) continue;
    [m[lead], m[p]] = [m[p] as bigint[], m[lead] as bigint[]];
    const pr = m[lead] as bigint[];
    const pv = pr[col] as bigint;
    for (let i = 0; i < m.length; i++) {
      const r = m[i] as bigint[];
      const v = r[col] as bigint;
      if (i === lead || v === 0n) continue;
      let g = 0n;
      for (let j = 0; j < width; j++) {
        const x = (r[j] as bigint) * pv - (pr[j] as bigint) * v;
        r[j] = x;
        g = gcd(g, x);
      }
      if (g > 1n) for (let j = 0; j < width; j++) r[j] = (r[j] as bigint) / g;
    }
    lead++;
  }
  const out = new Set<number>();
  for (const r of m) {
    let only = -1;
    let count = 0;
    r.forEach((v, j) => {
      if (v !== 0n) {
        count++;
        only = j;
      }
    });
    if (count === 1) out.add(only);
  }
  return out;
}

// ---- secondary suppression

interface Cell {
  readonly key: string;
  readonly cell: DisclosureCell;
  /** The count before suppression; `null` when the result does not give it (unknown to everyone). */
  readonly count: number | null;
  /** Declaration order, to break ties. */
  readonly order: number;
}

interface System {
  readonly cells: readonly Cell[];
  /** Each relation as (cell index, coefficient) pairs: total +1, parts -1. */
  readonly rows: readonly (readonly (readonly [number, number])[])[];
  /** Each relation's total and parts, as cell indexes. */
  readonly relations: readonly { readonly total: number; readonly parts: readonly number[] }[];
}

function buildSystem(relations: readonly AdditiveRelation[], countOf: (c: DisclosureCell) => number | null): System {
  const index = new Map<string, number>();
  const cells: Cell[] = [];
  const at = (c: DisclosureCell): number => {
    const k = key(c);
    let i = index.get(k);
    if (i === undefined) {
      i = cells.length;
      index.set(k, i);
      cells.push({ key: k, cell: c, count: countOf(c), order: i });
    }
    return i;
  };
  const rows: [number, number][][] = [];
  const rels: { total: number; parts: number[] }[] = [];
  for (const r of relations) {
    const total = at(r.total);
    const parts = r.parts.map(at);
    const coef = new Map<number, number>([[total, 1]]);
    for (const p of parts) coef.set(p, (coef.get(p) ?? 0) - 1);
    rows.push([...coef.entries()].filter(([, v]) => v !== 0));
    rels.push({ total, parts });
  }
  return { cells, rows, relations: rels };
}

/** The unknown cells (by index) that the published cells and the relations determine. */
function determined(sys: System, unknown: ReadonlySet<number>): Set<number> {
  // Components of unknowns linked by a relation: each is solved on its own.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  for (const u of unknown) parent.set(u, u);
  const rowsUnknown = sys.rows.map((row) => row.filter(([i]) => unknown.has(i)));
  for (const row of rowsUnknown) {
    const first = row[0];
    if (first === undefined) continue;
    for (const [i] of row) parent.set(find(i), find(first[0]));
  }
  const byComponent = new Map<number, (readonly (readonly [number, number])[])[]>();
  for (const row of rowsUnknown) {
    const first = row[0];
    if (first === undefined) continue;
    const c = find(first[0]);
    byComponent.set(c, [...(byComponent.get(c) ?? []), row]);
  }
  const out = new Set<number>();
  for (const rows of byComponent.values()) {
    const cols = [...new Set(rows.flatMap((r) => r.map(([i]) => i)))];
    const colOf = new Map(cols.map((c, j) => [c, j]));
    const matrix = rows.map((r) => {
      const dense = cols.map(() => 0n);
      for (const [i, v] of r) dense[colOf.get(i) as number] = BigInt(v);
      return dense;
    });
    for (const j of determinedColumns(matrix, cols.length)) out.add(cols[j] as number);
  }
  return out;
}

/**
 * Secondary suppression: the cells (by index) to hide, beyond `hidden`, so that no hidden
 * non-zero count is determined by the published ones. For a recoverable cell, its siblings in a
 * relation (the other parts, or the parts of a total) are tried from the smallest non-zero count
 * up, and the first whose suppression protects the cell is taken; then the totals containing it;
 * then any published cell linked to it (in a relation with an unknown cell that relations
 * between unknown cells tie to it). When no one cell protects it (a row and a column give it
 * away), a sibling in the relation with the fewest hidden cells is hidden and the search goes
 * round again. Zeros are never hidden: hiding every non-zero count of a set of relations always
 * protects them (with only zeros known, every solution scales), so the search ends there at worst.
 */
function secondary(sys: System, hidden: ReadonlySet<number>): Set<number> {
  const unknown = new Set<number>(hidden);
  sys.cells.forEach((c, i) => {
    if (c.count === null) unknown.add(i);
  });
  const added = new Set<number>();
  const isProtected = (i: number): boolean => unknown.has(i) && (sys.cells[i]?.count ?? 0) !== 0;
  const published = (i: number): boolean => !unknown.has(i);
  const byCount = (a: number, b: number): number => (sys.cells[a]?.count ?? 0) - (sys.cells[b]?.count ?? 0) || a - b;
  // A copy of a hidden count (a relation with one part) gives it away whatever else is hidden:
  // hidden at once, without the search (a count published under many headings is otherwise
  // found one copy at a time).
  const copies = sys.relations.filter((r) => r.parts.length === 1 && r.parts[0] !== r.total);
  const hideCopies = (): void => {
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of copies) {
        const part = r.parts[0] as number;
        for (const [from, to] of [[r.total, part], [part, r.total]] as const) {
          if (isProtected(from) && !unknown.has(to) && (sys.cells[to]?.count ?? 0) !== 0) {
            unknown.add(to);
            added.add(to);
            grew = true;
          }
        }
      }
    }
  };
  for (let guard = 0; guard <= sys.cells.length; guard++) {
    hideCopies();
    const exposed = [...determined(sys, unknown)].filter(isProtected).sort((a, b) => a - b);
    const d = exposed[0];
    if (d === undefined) break;
    const containing = sys.relations.filter((r) => r.total === d || r.parts.includes(d));
    const nonZero = (i: number): boolean => published(i) && (sys.cells[i]?.count ?? 0) !== 0;
    const siblings = [...new Set(containing.flatMap((r) => (r.total === d ? r.parts : r.parts.filter((p) => p !== d))))].filter(nonZero).sort(byCount);
    const totals = [...new Set(containing.filter((r) => r.total !== d).map((r) => r.total))].filter(nonZero).sort(byCount);
    // Only a published cell of a relation that holds an unknown linked to d (through relations
    // between unknowns) can protect it: hiding any other leaves d's equations as they are.
    const reach = new Set<number>([d]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of sys.relations) {
        const cells = [r.total, ...r.parts];
        if (!cells.some((i) => reach.has(i))) continue;
        for (const i of cells) if (unknown.has(i) && !reach.has(i)) grew = reach.add(i).size > 0;
      }
    }
    const linked = [...new Set(sys.relations.filter((r) => [r.total, ...r.parts].some((i) => reach.has(i))).flatMap((r) => [r.total, ...r.parts]))].filter(nonZero).sort(byCount);
    const tiers = [siblings, totals, linked];
    const after = (c: number): Set<number> => determined(sys, new Set(unknown).add(c));
    let chosen: number | undefined;
    for (const tier of tiers) {
      chosen = tier.find((c) => !after(c).has(d));
      if (chosen !== undefined) break;
    }
    if (chosen === undefined) {
      // No one cell protects it (it is given away by several relations, e.g. a row and a
      // column): hide a sibling in the relation with the fewest hidden cells, one that cannot
      // itself be worked out if possible, and go round again.
      const unknownIn = (r: { total: number; parts: readonly number[] }): number => [r.total, ...r.parts].filter((i) => unknown.has(i)).length;
      const tight = containing
        .map((r) => ({ r, sibs: (r.total === d ? r.parts : r.parts.filter((p) => p !== d)).filter(nonZero).sort(byCount) }))
        .filter((x) => x.sibs.length > 0)
        .sort((a, b) => unknownIn(a.r) - unknownIn(b.r))[0];
      chosen = tight?.sibs.find((c) => !after(c).has(c)) ?? tight?.sibs[0] ?? linked.find((c) => !after(c).has(c)) ?? linked[0];
    }
    if (chosen === undefined) break;
    unknown.add(chosen);
    added.add(chosen);
  }
  return added;
}

// ---- applying it to results

function hide<T extends DisclosureNode>(node: T, fields: ReadonlySet<DisclosureField>, note: string): T {
  const alreadyUnavailable = node.status === "unavailable" && node.unavailable !== undefined && node.unavailable.reason !== "suppressed";
  const next: DisclosureNode = {
    ...node,
    value: null,
    numerator: fields.has("numerator") || fields.has("value") ? null : node.numerator,
    denominator: fields.has("denominator") ? null : node.denominator,
    suppressed: true,
    notes: node.notes.includes(note) ? node.notes : [...node.notes, note],
    ...(node.status === undefined || alreadyUnavailable ? {} : { status: "unavailable" as const, unavailable: { reason: "suppressed" as const } }),
  };
  if (next.status === "unavailable" && "history" in next) {
    const { history: _history, ...rest } = next;
    return rest as T;
  }
  return next as T;
}

function rebuild<T extends DisclosureNode>(node: T, primary: ReadonlyMap<string, ReadonlySet<DisclosureField>>, second: ReadonlyMap<string, ReadonlySet<DisclosureField>>, threshold: number): T {
  let next: T = node;
  if (node.breakdown !== undefined) {
    const entries = Object.entries(node.breakdown).map(([k, v]) => [k, rebuild(v, primary, second, threshold)] as const);
    if (entries.some(([k, v]) => v !== node.breakdown?.[k])) next = { ...node, breakdown: Object.fromEntries(entries) };
  }
  const p = primary.get(node.id);
  if (p !== undefined && p.size > 0) next = hide(next, p, primaryNote(threshold));
  const s = second.get(node.id);
  if (s !== undefined && s.size > 0) next = hide(next, s, SECONDARY_NOTE);
  return next;
}

/**
 * Disclosure control of a set of results: primary suppression of every node, then secondary
 * suppression over `relations` (which may link several results). `forced` names cells to hide
 * as secondary suppressions whatever their counts (cells that protect another result's).
 * Returns the results in the same order; a result nothing is hidden in is returned as it is
 * (the same object).
 *
 * @throws {@link KinsafeError} with code `invalid-argument` when `threshold` is not a positive whole number.
 * @internal
 */
export function controlDisclosure<T extends DisclosureNode>(
  results: readonly T[],
  threshold: number,
  relations: readonly AdditiveRelation[],
  forced: ReadonlyMap<string, ReadonlySet<DisclosureField>> = new Map(),
): T[] {
  if (!Number.isInteger(threshold) || threshold < 1) throw new KinsafeError("invalid-argument", `suppress.threshold must be a positive integer, got ${String(threshold)}.`);
  const nodes = new Map<string, DisclosureNode>();
  const primary = new Map<string, ReadonlySet<DisclosureField>>();
  for (const r of results) {
    walk(r, (n) => {
      nodes.set(n.id, n);
      const p = primaryFields(n, threshold);
      if (p.size > 0) primary.set(n.id, p);
    });
  }
  // Cells hidden to protect cells of other results (breakdownBy's groups) are hidden as secondary suppressions.
  const second = new Map<string, Set<DisclosureField>>([...forced].map(([id, fields]) => [id, new Set(fields)]));
  if (relations.length > 0) {
    const sys = buildSystem(relations, (c) => nodes.get(c.id)?.[c.field] ?? null);
    const hidden = new Set<number>();
    sys.cells.forEach((c, i) => {
      const node = nodes.get(c.cell.id);
      if (node === undefined) return;
      const has = (f: DisclosureField): boolean => (primary.get(c.cell.id)?.has(f) ?? false) || (forced.get(c.cell.id)?.has(f) ?? false);
      // A ratio's value hides with either of its fields; its numerator and denominator only with themselves.
      if (has(c.cell.field) || (c.cell.field === "numerator" && has("value"))) hidden.add(i);
    });
    for (const i of secondary(sys, hidden)) {
      const c = (sys.cells[i] as Cell).cell;
      second.set(c.id, (second.get(c.id) ?? new Set<DisclosureField>()).add(c.field));
    }
  }
  return results.map((r) => rebuild(r, primary, second, threshold));
}

// ---- declaring additive relations

/**

 * A cell.

 *

 * @internal

 */
export function cellOf(node: DisclosureNode, field: DisclosureField): DisclosureCell {
  return { id: node.id, field };
}

/**

 * A distribution: its entries' numerators sum to its denominator.

 *

 * @internal

 */
export function sharesOf(dist: DisclosureNode | undefined): AdditiveRelation[] {
  if (dist?.breakdown === undefined) return [];
  return [{ total: cellOf(dist, "denominator"), parts: Object.values(dist.breakdown).map((b) => cellOf(b, "numerator")) }];
}

/**

 * A total and its detail: the node's `field` is the sum of its breakdown entries' numerators.

 *

 * @internal

 */
export function detailOf(node: DisclosureNode | undefined, field: DisclosureField = "numerator"): AdditiveRelation[] {
  if (node?.breakdown === undefined) return [];
  return [{ total: cellOf(node, field), parts: Object.values(node.breakdown).map((b) => cellOf(b, "numerator")) }];
}

/**

 * `total` = the sum of `parts`, when every node is there.

 *

 * @internal

 */
export function sumOf(total: readonly [DisclosureNode | undefined, DisclosureField], parts: readonly (readonly [DisclosureNode | undefined, DisclosureField])[]): AdditiveRelation[] {
  const [t, tf] = total;
  if (t === undefined || parts.some(([p]) => p === undefined)) return [];
  return [{ total: cellOf(t, tf), parts: parts.map(([p, f]) => cellOf(p as DisclosureNode, f)) }];
}

/**

 * The relations of a set of results, from an additivity table by metric id.

 *

 * @internal

 */
export function relationsOf(results: readonly DisclosureNode[], table: Readonly<Record<string, Additivity>>): AdditiveRelation[] {
  return results.flatMap((r) => (Object.hasOwn(table, r.id) ? (table[r.id] as Additivity)(r) : []));
}

// ---- the core data set's additive relations
//
// Declared, not guessed: each entry says which published counts of a metric sum to which. A
// breakdown that is not listed does not add up: children vs events (referrals and children
// referred), plan types a child can have several of, quartiles, repeat plans "within 12 months"
// and "within 24 months" (children, not bands), outcomes that are not a partition of one another
// (referrals closed RC9 and referrals whose furthest outcome is early help: an RC9 episode can
// have had a plan), and durations measured over different sets (assessments authorised vs
// assessments timed: the difference is published only as `excluded`).

const child = (node: DisclosureNode | undefined, k: string): DisclosureNode | undefined => node?.breakdown?.[k];

/** A duration: bands that sum to the durations counted, and a "within N" share that is the sum of the first bands. */
function durationRelations(r: DisclosureNode | undefined, withinKey: string, withinBands: readonly string[]): AdditiveRelation[] {
  if (r === undefined) return [];
  const bands = child(r, "bands");
  const within = child(r, withinKey);
  const n = (x: DisclosureNode | undefined): readonly [DisclosureNode | undefined, DisclosureField] => [x, "denominator"];
  return [
    ...sharesOf(bands),
    ...sumOf(n(r), [n(bands)]),
    ...sumOf(n(r), [n(within)]),
    ...sumOf(n(r), [n(child(r, "lower-quartile"))]),
    ...sumOf(n(r), [n(child(r, "upper-quartile"))]),
    ...(bands === undefined ? [] : sumOf([within, "numerator"], withinBands.map((k) => [child(bands, k), "numerator"] as const))),
  ];
}

function planDurationRelations(r: DisclosureNode): AdditiveRelation[] {
  const out: AdditiveRelation[] = [];
  for (const t of Object.values(r.breakdown ?? {})) {
    const bands = child(t, "bands");
    out.push(
      ...sharesOf(bands),
      ...sumOf([t, "value"], [[bands, "denominator"]]),
      ...["more-than-6-months", "1-year-or-more", "2-years-or-more"].flatMap((k) => sumOf([t, "value"], [[child(t, k), "denominator"]])),
      // The cumulative shares have the bands' edges (exactly 6 months is in "more than 3 months
      // up to 6 months"; exactly 1 and 2 years start their bands), so each is a sum of bands:
      // "more than 6 months" = the three bands after 6 months,
      ...sumOf(
        [child(t, "more-than-6-months"), "numerator"],
        [
          [child(bands, "6-months-to-1-year"), "numerator"],
          [child(bands, "1-to-2-years"), "numerator"],
          [child(bands, "2-years-or-more"), "numerator"],
        ],
      ),
      // "1 year or more" = "1 year up to less than 2 years" + "2 years or more",
      ...sumOf([child(t, "1-year-or-more"), "numerator"], [[child(bands, "1-to-2-years"), "numerator"], [child(bands, "2-years-or-more"), "numerator"]]),
      ...sumOf([child(t, "2-years-or-more"), "numerator"], [[child(bands, "2-years-or-more"), "numerator"]]),
    );
  }
  const cp = child(r, "cp");
  return [...out, ...sumOf([r, "numerator"], [[child(cp, "2-years-or-more"), "numerator"]]), ...sumOf([r, "denominator"], [[cp, "value"]])];
}

/**
 * DfE breakdowns by a value at the event (metrics/internal/table/breakdowns.ts): each group set
 * under `keys` of `r` is a count equal to `r`'s value whose groups' counts add up to it
 * (`additive`), or, for the assessment factors (an assessment has several), only equal to it.
 */
function groupRelations(r: DisclosureNode | undefined, keys: readonly string[], additive = true): AdditiveRelation[] {
  return keys.flatMap((k) => {
    const node = k.split("/").reduce<DisclosureNode | undefined>(child, r);
    return [...sumOf([r, "value"], [[node, "value"]]), ...(additive ? sumOf([node, "value"], Object.values(node?.breakdown ?? {}).map((b) => [b, "value"] as const)) : [])];
  });
}

const ASSESSMENT_WITHIN_45 = ["0", "1-10", "11-20", "21-30", "31-40", "41-45"] as const;
const ICPC_WITHIN_15 = ["0-10", "11-15"] as const;

/**
 * The additive relations of the core data set, by metric id (docs/metrics.md, "Disclosure
 * control", lists them). Relations between metrics (one count published by several) are
 * {@link coreLinks}.
 *
 * @internal
 */
export const CORE_ADDITIVITY: Readonly<Record<string, Additivity>> = {
  "activity.referral-source": (r) => [...sharesOf(r), ...Object.values(r.breakdown ?? {}).flatMap((group) => detailOf(group))],
  "activity.referral-outcome": (r) => sharesOf(r),
  "activity.assessed-not-in-need-rate": (r) => detailOf(r),
  "timeliness.assessment-duration": (r) => durationRelations(r, "within-45", ASSESSMENT_WITHIN_45),
  "timeliness.icpc": (r) => [...durationRelations(r, "within-15", ICPC_WITHIN_15), ...durationRelations(child(r, "from-strategy-discussion"), "within-15", ICPC_WITHIN_15)],
  "plans.duration": planDurationRelations,
  "plans.repeat": (r) => sumOf([r, "denominator"], [[child(r, "cp"), "value"]]),
  // the legal status groups of the first start (counts) sum to the children starting; so do the ages
  "lac.started": (r) => [
    ...sumOf([r, "value"], Object.entries(r.breakdown ?? {}).filter(([k]) => k !== "per10k" && k !== "periods-of-care" && k !== "age").map(([, b]) => [b, "value"] as const)),
    ...groupRelations(r, ["age"]),
  ],
  // DfE breakdowns at the event: groups that add up to the figure (the factors do not)
  "activity.referrals": (r) => groupRelations(r, ["age"]),
  "activity.assessments": (r) => groupRelations(r, ["assessment-factors"], false),
  "plans.open": (r) => [...groupRelations(r, ["age", "primary-need"]), ...groupRelations(child(r, "cp"), ["age", "cp-category/initial", "cp-category/latest"]), ...groupRelations(child(r, "cp"), ["cp-category"], false), ...groupRelations(child(r, "lac"), ["age"])],
  "plans.started": (r) => [...groupRelations(r, ["age", "cp-category/initial"]), ...groupRelations(r, ["cp-category"], false)],
  // the reason groups (numerators) sum to the children ceasing
  "lac.ceased": (r) => detailOf(r, "value"),
  "lac.placement-type": (r) => sharesOf(r),
  // the children adopted: those timed (A1's denominator, A10's the same) and those with no adoptive placement
  "lac.adoption-timeliness": (r) => [
    ...sumOf([child(r, "adopted"), "value"], [[r, "denominator"], [child(r, "no-adoptive-placement"), "value"]]),
    ...sumOf([r, "denominator"], [[child(r, "a10"), "denominator"]]),
  ],
  // the SDQ bands sum to the children with a score (the mean's denominator, and with-score's numerator)
  "lac.health": (r) => {
    const sdq = child(r, "sdq");
    const bands = child(sdq, "bands");
    return [...sharesOf(bands), ...sumOf([sdq, "denominator"], [[bands, "denominator"]]), ...sumOf([sdq, "denominator"], [[child(sdq, "with-score"), "numerator"]]), ...healthRowRelations(r)];
  },
  "care-leavers.accommodation": (r) =>
    careLeaverRelations(r, ["contact", "type"], (g) => [child(g, "unsuitable"), child(g, "no-information")], (g, n) =>
      // every care leaver is in suitable, unsuitable or no information on the accommodation
      sumOf([n, "value"], [[g, "numerator"], [child(g, "unsuitable"), "numerator"], [child(g, "no-information"), "numerator"]]),
    ),
  "care-leavers.activity": (r) =>
    careLeaverRelations(r, ["activity"], (g) => [child(g, "neet"), child(g, "not-known")], (g, n) => {
      const a = (k: string): readonly [DisclosureNode | undefined, DisclosureField] => [child(child(g, "activity"), k), "numerator"];
      return [
        // in education, employment or training: the four EET activities
        ...sumOf([g, "numerator"], [a("higher-education"), a("other-education"), a("apprenticeship"), a("training-or-employment")]),
        // not in education, employment or training: its three reasons
        ...sumOf([child(g, "neet"), "numerator"], [a("neet-illness-or-disability"), a("neet-pregnancy-or-parenting"), a("neet-other")]),
        // activity not known: the same count as the main activity's "information not known"
        ...sumOf([child(g, "not-known"), "numerator"], [a("not-known")]),
        // every care leaver is in EET, NEET or not known
        ...sumOf([n, "value"], [[g, "numerator"], [child(g, "neet"), "numerator"], [child(g, "not-known"), "numerator"]]),
      ];
    }),
};

/**
 * lac.health's population is the children with an OC2 row of the year plus those with none
 * (`not-recorded`). The children with a row are not a published figure, but a measure of the
 * whole population (not of an age group) has for denominator the children whose row gives the
 * item, at most the children with a row: when every row gives it, the denominator is that count
 * (population less not recorded), and the population, the not recorded and that denominator
 * then give one another away. Declared for each such measure (the headline, immunisations,
 * teeth, substance misuse) when its denominator equals the population less the not recorded.
 */
function healthRowRelations(r: DisclosureNode): AdditiveRelation[] {
  const population = child(r, "population");
  const notRecorded = child(r, "not-recorded");
  const pop = population?.value ?? null;
  const none = notRecorded?.value ?? null;
  if (pop === null || none === null) return [];
  const rows = pop - none;
  return [r, child(r, "immunisations"), child(r, "teeth-checked"), child(r, "substance-misuse")]
    .filter((m) => m !== undefined && m.denominator === rows)
    .flatMap((m) => sumOf([population, "value"], [[m, "denominator"], [notRecorded, "value"]]));
}

/**
 * The care leavers' relations, for the pooled group and each age group: the care leavers count
 * is every percentage's denominator (each share's too) and each distribution's total; each
 * distribution's shares sum to it; the measure's own partitions (`partitions`) hold; the age
 * groups' counts sum to the pooled count.
 */
function careLeaverRelations(
  r: DisclosureNode,
  distributions: readonly string[],
  percents: (g: DisclosureNode) => readonly (DisclosureNode | undefined)[],
  partitions: (g: DisclosureNode, n: DisclosureNode | undefined) => readonly AdditiveRelation[],
): AdditiveRelation[] {
  const out: AdditiveRelation[] = [];
  const groups = [r, child(r, "17-18"), child(r, "19-21")];
  for (const g of groups) {
    if (g === undefined) continue;
    const n = child(g, "care-leavers");
    out.push(...sumOf([n, "value"], [[g, "denominator"]]));
    for (const p of percents(g)) out.push(...sumOf([n, "value"], [[p, "denominator"]]));
    for (const key of distributions) {
      const dist = child(g, key);
      out.push(...sharesOf(dist), ...sumOf([n, "value"], [[dist, "denominator"]]));
      // each share's denominator is the care leavers too: shown beside a hidden count, it would give it
      for (const share of Object.values(dist?.breakdown ?? {})) out.push(...sumOf([n, "value"], [[share, "denominator"]]));
    }
    out.push(...partitions(g, n));
  }
  // every count of the pooled group is the sum of the age groups' counts
  const pooled = (node: DisclosureNode | undefined, young: DisclosureNode | undefined, old: DisclosureNode | undefined, top: boolean): void => {
    if (node === undefined) return;
    const field: DisclosureField = node.unit === "count" ? "value" : "numerator";
    if (node.unit === "count" || node.numerator !== null) out.push(...sumOf([node, field], [[young, field], [old, field]]));
    for (const [key, b] of Object.entries(node.breakdown ?? {})) {
      if (top && (key === "17-18" || key === "19-21")) continue;
      pooled(b, child(young, key), child(old, key), false);
    }
  };
  pooled(r, child(r, "17-18"), child(r, "19-21"), true);
  return out;
}

/**
 * The counts the core data set publishes in more than one metric: referrals (the denominator of
 * every referral share and the numerator of the referral rate), children referred, and each
 * count beside its rate per 10,000. Hiding one copy protects nothing while another is shown, so
 * each copy is declared equal to the count.
 *
 * @internal
 */
export function coreLinks(results: readonly DisclosureNode[]): AdditiveRelation[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const m = (id: string): DisclosureNode | undefined => byId.get(id);
  const refs = m("activity.referrals");
  const same = (total: readonly [DisclosureNode | undefined, DisclosureField], copies: readonly (readonly [DisclosureNode | undefined, DisclosureField])[]): AdditiveRelation[] =>
    copies.flatMap((c) => sumOf(total, [c]));
  const out: AdditiveRelation[] = [
    ...same(
      [refs, "value"],
      [
        [m("activity.referral-rate"), "numerator"],
        [m("activity.re-referral-rate"), "denominator"],
        [m("activity.referral-source"), "denominator"],
        [m("activity.referral-outcome"), "denominator"],
        [m("activity.nfa-rate"), "denominator"],
        [m("activity.assessed-not-in-need-rate"), "denominator"],
      ],
    ),
    ...same(
      [child(refs, "children"), "value"],
      [
        [child(m("activity.referral-rate"), "children"), "numerator"],
        [child(m("activity.re-referral-rate"), "children"), "denominator"],
      ],
    ),
  ];
  for (const id of ["activity.assessments", "activity.s47-enquiries", "activity.icpcs"]) out.push(...sumOf([m(id), "value"], [[child(m(id), "per10k"), "numerator"]]));
  for (const id of ["lac.started", "plans.started"]) out.push(...sumOf([m(id), "value"], [[child(m(id), "per10k"), "numerator"]]));
  // the looked-after counts beside their percentages
  const missing = m("lac.missing");
  for (const r of [m("lac.uasc"), missing, child(missing, "away")]) out.push(...sumOf([r, "value"], [[child(r, "percent"), "numerator"]]));
  for (const r of [missing, child(missing, "away")]) out.push(...sumOf([child(missing, "looked-after"), "value"], [[child(r, "percent"), "denominator"]]));
  // incidents per child: the incidents over the children with one
  for (const r of [missing, child(missing, "away")]) {
    out.push(...sumOf([child(r, "incidents"), "value"], [[child(r, "per-child"), "numerator"]]), ...sumOf([r, "value"], [[child(r, "per-child"), "denominator"]]));
  }
  // the care leavers of the accommodation and activity measures are the same young people
  const accommodation = m("care-leavers.accommodation");
  const activity = m("care-leavers.activity");
  for (const g of [undefined, "17-18", "19-21"]) {
    const a = g === undefined ? accommodation : child(accommodation, g);
    const b = g === undefined ? activity : child(activity, g);
    out.push(...sumOf([child(a, "care-leavers"), "value"], [[child(b, "care-leavers"), "value"]]));
  }
  const open = m("plans.open");
  out.push(...sumOf([open, "value"], [[child(open, "per10k"), "numerator"]]));
  for (const t of ["early-help", "cin", "cp", "lac"]) out.push(...sumOf([child(open, t), "value"], [[child(child(open, t), "per10k"), "numerator"]]));
  return out;
}

/**
 * Every additive relation of a set of core data set results: each metric's own
 * ({@link CORE_ADDITIVITY}) and the links between metrics ({@link coreLinks}).
 *
 * @internal
 */
export function coreRelations(results: readonly DisclosureNode[]): AdditiveRelation[] {
  return [...relationsOf(results, CORE_ADDITIVITY), ...coreLinks(results)];
}

/**
 * Disclosure control of the core data set's metrics (workforce figures, which count FTE, are
 * left as they are): primary and secondary suppression over the relations of every metric and
 * the links between them.
 *
 * @internal
 */
export function suppressCoreMetrics<K extends string, T extends DisclosureNode>(metrics: Readonly<Partial<Record<K, T>>>, threshold: number): Partial<Record<K, T>> {
  const ids = (Object.keys(metrics) as K[]).filter((id) => !id.startsWith("workforce."));
  const results = ids.map((id) => metrics[id] as T);
  const done = controlDisclosure(results, threshold, coreRelations(results));
  const out: Partial<Record<K, T>> = { ...metrics };
  ids.forEach((id, i) => (out[id] = done[i]));
  return out;
}
