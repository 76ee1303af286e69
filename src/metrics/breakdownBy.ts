import { KinsafeError, safeParseWith, type IsoDate } from "../core";
import { ChildDetailsSchema, ChildRecordSchema, type ChildRecord, type EthnicityCode } from "../records";
import { childIdOf, columnsOf, isValidChildRecord } from "../records/internal";
import type { CoreDataSetOptions, CoreDataSetResult, MetricId, MetricResult, Population, RecordError } from "./CoreDataSet";
import { createCoreDataSetAccumulator, type CoreDataSetAccumulator } from "./createCoreDataSetAccumulator";
import { controlDisclosure, coreRelations, type AdditiveRelation, type DisclosureField, type DisclosureNode } from "./disclosureControl";
import { resolveConfig } from "./internal/engine";

// The core data set by groups of children: one accumulator per group (and one for everyone),
// every figure computed unsuppressed, then one disclosure control over all of them together, so
// that a group's small count cannot be worked out from the total and the other groups.

/**
 * The groupings DfE publishes the children's social care figures by that belong to the child
 * (not to an event): `age` (DfE bands at the snapshot, unborn included), `sex`, `ethnicity` (the
 * major groups, each with its minor groups as `subgroups`) and `disability`.
 *
 * @category Metrics
 */
export type BreakdownKey = "age" | "sex" | "ethnicity" | "disability";

/**
 * A field to group children by: one of the child's details (`child.la`, `child.sex`) or a path
 * in the record's extensions (`extensions.team`).
 *
 * @category Metrics
 */
export type BreakdownField = `child.${string}` | `extensions.${string}`;

/** The built-in groupings ({@link BreakdownKey}). @category Metrics */
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = ["age", "sex", "ethnicity", "disability"];

/**
 * A grouping of children: its name, the group of a child record (`undefined`: not recorded),
 * and optionally the groups' labels and order and a finer grouping inside each group.
 *
 * @category Metrics
 */
export interface Grouping {
  /** The grouping's name (`by` in the result). */
  readonly name: string;
  /** The group of a child (a key of 1 to 200 characters), or `undefined` when not recorded. `snapshot` is the options' snapshot date. */
  readonly groupOf: (record: ChildRecord, at: { readonly snapshot: IsoDate }) => string | undefined;
  /** Labels by key (default: the key). */
  readonly labels?: Readonly<Record<string, string>>;
  /** The groups' order (default: these first, then the others sorted, "not recorded" last). */
  readonly order?: readonly string[];
  /** A finer grouping whose every group lies inside one group of this one (e.g. the ethnicity minor groups). */
  readonly subgroups?: Omit<Grouping, "name" | "subgroups">;
  /** Notes on how the grouping compares with DfE's. */
  readonly notes?: readonly string[];
}

/** Options of {@link breakdownBy}: the core data set's, and the groups' own populations. @category Metrics */
export interface BreakdownOptions extends CoreDataSetOptions {
  /**
   * The population of children aged 0-17 of each group, by key (ONS estimates by sex or age, for
   * example), for the groups' rates per 10,000. A group without one has no rates: the whole
   * population is not the group's.
   */
  readonly populations?: Readonly<Record<string, Population>>;
}

/** One group of a {@link CoreDataSetBreakdown}. @category Metrics */
export interface CoreDataSetGroup {
  /** The group's key (`not-recorded` for children whose value is not recorded). */
  readonly key: string;
  readonly label: string;
  /** Children in the group; `null` when suppressed by disclosure control. */
  readonly children: number | null;
  /** The core data set of the group's children. */
  readonly result: CoreDataSetResult;
  /** The finer groups inside this one (the ethnicity minor groups), when the grouping has them. */
  readonly subgroups?: readonly CoreDataSetGroup[];
}

/** The result of {@link breakdownBy}. @category Metrics */
export interface CoreDataSetBreakdown {
  /** The grouping's name: a {@link BreakdownKey}, a field path, or the {@link Grouping}'s name. */
  readonly by: string;
  /** The core data set of every child (as {@link computeCoreDataSet} gives it, suppressed together with the groups). */
  readonly total: CoreDataSetResult;
  /** The groups in order; the children of the groups add up to the valid records. */
  readonly groups: readonly CoreDataSetGroup[];
  /** How the groups were made and what they cannot tell. */
  readonly notes: readonly string[];
}

/** The key of children whose value is not recorded. */
const NOT_RECORDED = "not-recorded";
const NOT_RECORDED_LABEL = "Not recorded";
const MAX_KEY_LENGTH = 200;

// ---- the built-in groupings

/** Whole years from `dob` to `at` (both ISO dates). */
function ageAt(dob: string, at: string): number {
  const years = Number(at.slice(0, 4)) - Number(dob.slice(0, 4));
  return at.slice(5) < dob.slice(5) ? years - 1 : years;
}

const AGE: Grouping = {
  name: "age",
  groupOf: (r, { snapshot }) => {
    const { dob, expectedDob } = r.child;
    if (dob === undefined) return expectedDob === undefined ? undefined : "unborn";
    if (dob > snapshot) return "unborn";
    const age = ageAt(dob, snapshot);
    return age < 1 ? "under-1" : age < 5 ? "1-to-4" : age < 10 ? "5-to-9" : age < 16 ? "10-to-15" : "16-and-over";
  },
  labels: { unborn: "Unborn", "under-1": "Under 1", "1-to-4": "1 to 4", "5-to-9": "5 to 9", "10-to-15": "10 to 15", "16-and-over": "16 and over" },
  order: ["unborn", "under-1", "1-to-4", "5-to-9", "10-to-15", "16-and-over"],
  notes: [
    "Age is the child's age at the snapshot date, in DfE's bands (DfE, Characteristics of children in need, table A4: age at 31 March, unborn children included). DfE gives events in the year (referrals, assessments, plans starting) by the age at the event, so a child who moved band between an event and the snapshot is in a different band here.",
  ],
};

const SEX: Grouping = {
  name: "sex",
  groupOf: (r) => (r.child.sex === undefined ? undefined : { M: "male", F: "female", U: "unknown" }[r.child.sex]),
  labels: { female: "Female", male: "Male", unknown: "Unknown or indeterminate" },
  order: ["female", "male", "unknown"],
  notes: ["Sex as the returns record it (CIN census Sex N00783, SSDA903 SEX): F, M, and U for unknown (always U for an unborn child)."],
};

/** The ethnicity major groups as DfE's children's social care tables group the codes. */
const ETHNIC_GROUP: Readonly<Record<EthnicityCode, string>> = {
  WBRI: "white",
  WIRI: "white",
  WIRT: "white",
  WOTH: "white",
  WROM: "white",
  MWBC: "mixed",
  MWBA: "mixed",
  MWAS: "mixed",
  MOTH: "mixed",
  AIND: "asian",
  APKN: "asian",
  ABAN: "asian",
  AOTH: "asian",
  BCRB: "black",
  BAFR: "black",
  BOTH: "black",
  CHNE: "other",
  OOTH: "other",
  REFU: "refused",
  NOBT: "not-obtained",
};

const ETHNICITY: Grouping = {
  name: "ethnicity",
  groupOf: (r) => (r.child.ethnicity === undefined ? undefined : ETHNIC_GROUP[r.child.ethnicity]),
  labels: {
    white: "White",
    mixed: "Mixed or multiple ethnic groups",
    asian: "Asian or Asian British",
    black: "Black, African, Caribbean or Black British",
    other: "Other ethnic groups",
    refused: "Refused",
    "not-obtained": "Information not yet obtained",
  },
  order: ["white", "mixed", "asian", "black", "other", "refused", "not-obtained"],
  subgroups: {
    groupOf: (r) => r.child.ethnicity,
    labels: {
      WBRI: "White British",
      WIRI: "White Irish",
      WIRT: "Traveller of Irish heritage",
      WOTH: "Any other White background",
      WROM: "Gypsy/Roma",
      MWBC: "White and Black Caribbean",
      MWBA: "White and Black African",
      MWAS: "White and Asian",
      MOTH: "Any other mixed background",
      AIND: "Indian",
      APKN: "Pakistani",
      ABAN: "Bangladeshi",
      AOTH: "Any other Asian background",
      BCRB: "Black Caribbean",
      BAFR: "Black African",
      BOTH: "Any other Black background",
      CHNE: "Chinese",
      OOTH: "Any other ethnic group",
      REFU: "Refused",
      NOBT: "Information not yet obtained",
    },
    order: Object.keys(ETHNIC_GROUP),
  },
  notes: [
    "Ethnicity in the major groups of DfE's children's social care tables (Characteristics of children in need, table A4: \"Other ethnic groups comprises Chinese and any other ethnic group\"), with the minor groups (the 20 codes of CBDS N00177) as subgroups.",
  ],
};

const DISABILITY: Grouping = {
  name: "disability",
  groupOf: (r) => {
    const d = r.child.disabilities;
    if (d.length === 0) return undefined;
    return d.length === 1 && d[0] === "NONE" ? "not-disabled" : "disabled";
  },
  labels: { disabled: "Disabled", "not-disabled": "Not disabled" },
  order: ["disabled", "not-disabled"],
  notes: ["Disabled: any disability code other than NONE (CIN census Disability, N00099). A child can have several disabilities, so the types are not groups of a breakdown."],
};

const BUILT_IN: Readonly<Record<BreakdownKey, Grouping>> = { age: AGE, sex: SEX, ethnicity: ETHNICITY, disability: DISABILITY };

/** The grouping of a field path (`child.la`, `extensions.team`). */
function fieldGrouping(path: string): Grouping {
  const parts = path.split(".");
  const [top, field] = parts;
  const known = top === "child" ? field !== undefined && parts.length === 2 && Object.hasOwn(ChildDetailsSchema.shape, field) : top === "extensions" && parts.length > 1 && parts.every((p) => p !== "");
  if (!known) {
    throw new KinsafeError(
      "invalid-argument",
      `breakdownBy groups children by a field of the child ("child.<field>", one of ${Object.keys(ChildDetailsSchema.shape).join(", ")}) or of the record's extensions ("extensions.<path>"); "${path.slice(0, 100)}" is neither. Give a Grouping to group by anything else (a child's episodes are lists: pick one in its groupOf).`,
    );
  }
  return {
    name: path,
    groupOf: (r) => {
      let v: unknown = r;
      for (const p of parts) v = v !== null && typeof v === "object" && Object.hasOwn(v, p) ? (v as Record<string, unknown>)[p] : undefined;
      if (v === undefined || v === null || v === "") return undefined;
      if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(String).sort().join("+");
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        throw new KinsafeError("invalid-argument", `breakdownBy: the field "${path}" of child ${r.child.childId} is an object, not a value to group by.`);
      }
      return String(v);
    },
  };
}

function groupingOf(by: BreakdownKey | BreakdownField | Grouping): Grouping {
  if (typeof by !== "string") {
    // a caller without types may pass anything: a function, null
    const g: unknown = by;
    if (g === null || typeof g !== "object" || typeof (g as Grouping).name !== "string" || typeof (g as Grouping).groupOf !== "function") {
      throw new KinsafeError("invalid-argument", "breakdownBy: `by` must be a breakdown key, a field path (\"child.la\"), or a Grouping { name, groupOf(record) }.");
    }
    return by;
  }
  if (Object.hasOwn(BUILT_IN, by)) return BUILT_IN[by as BreakdownKey];
  // a key given without types (JavaScript, a parsed argument) may be anything
  if (by.includes(".")) return fieldGrouping(by);
  throw new KinsafeError("invalid-argument", `breakdownBy: "${by.slice(0, 100)}" is not a breakdown key (${BREAKDOWN_KEYS.join(", ")}) or a field path such as "child.la".`);
}

// ---- grouping the records

interface GroupState {
  readonly key: string;
  readonly acc: CoreDataSetAccumulator;
  children: number;
  readonly sub: Map<string, GroupState>;
}

function checkKey(key: unknown, record: ChildRecord): string {
  if (key === undefined) return NOT_RECORDED;
  if (typeof key !== "string" || key === "" || key.length > MAX_KEY_LENGTH) {
    throw new KinsafeError("invalid-argument", `breakdownBy: the group of child ${record.child.childId} must be a string of 1 to ${String(MAX_KEY_LENGTH)} characters or undefined.`);
  }
  return key;
}

function sortKeys(keys: Iterable<string>, order: readonly string[] = []): string[] {
  const rank = (k: string): number => (k === NOT_RECORDED ? Infinity : order.includes(k) ? order.indexOf(k) : order.length);
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The core data set by groups of children: every figure of {@link computeCoreDataSet}, for all
 * the children and for each group, with the same availability rules and with disclosure control
 * applied to all of them together (a group's small count is suppressed, and so is whatever would
 * give it away: another group, or the total less the others).
 *
 * `by` is a {@link BreakdownKey} (DfE's groupings of the child: `age`, `sex`, `ethnicity`,
 * `disability`), a field path (`child.la`, `extensions.team`), or a {@link Grouping}. Children
 * whose value is not recorded form the group `not-recorded`. The groups' counts add up to the
 * total's. A group's rates per 10,000 need the group's own population (`populations`); workforce
 * figures are the authority's, not the children's, so they are left out of the groups.
 *
 * @param records - Canonical child records (one per child), validated unless `validate: false`. Not a columnar cohort: its columns do not keep the children's characteristics.
 * @param by - The grouping.
 * @param options - As {@link computeCoreDataSet}, and the groups' populations.
 * @returns The total, the groups in order, and notes.
 * @throws {@link KinsafeError} with code `invalid-argument` for an unknown key or field path, a columnar cohort, or a group that is not a string; `invalid-input` as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/breakdownBy.test.ts#docs-example}
 *
 * @category Metrics
 */
export function breakdownBy(records: Iterable<unknown>, by: BreakdownKey | BreakdownField | Grouping, options: BreakdownOptions): CoreDataSetBreakdown {
  if (columnsOf(records) !== undefined) {
    throw new KinsafeError("invalid-argument", "breakdownBy needs child records, not a columnar cohort: the columns do not keep the children's characteristics.");
  }
  const grouping = groupingOf(by);
  const { populations, suppress, ...base } = options;
  const cfg = resolveConfig(options);
  const at = { snapshot: cfg.snapshot };
  const total = createCoreDataSetAccumulator({ ...base, validate: false });
  const groupOptions = (key: string): CoreDataSetOptions => {
    const { population: _population, workforce: _workforce, ...rest } = base;
    const population = populations?.[key];
    return { ...rest, ...(population === undefined ? {} : { population }), validate: false };
  };
  const groups = new Map<string, GroupState>();
  const state = (map: Map<string, GroupState>, key: string, optionsKey: string): GroupState => {
    let g = map.get(key);
    if (g === undefined) {
      g = { key, acc: createCoreDataSetAccumulator(groupOptions(optionsKey)), children: 0, sub: new Map() };
      map.set(key, g);
    }
    return g;
  };
  const skipped: RecordError[] = [];
  let read = 0;
  let skippedCount = 0;
  for (const raw of records) {
    const index = read++;
    let record: ChildRecord;
    if (cfg.validate === false || isValidChildRecord(raw)) record = raw as ChildRecord;
    else {
      const parsed = safeParseWith(ChildRecordSchema, raw, `child record #${String(index)}`);
      if (!parsed.ok) {
        if (cfg.validate === "stop") throw parsed.error;
        skippedCount++;
        const childId = childIdOf(raw);
        if (skipped.length < cfg.maxErrors) skipped.push(childId === undefined ? { index, issues: parsed.error.issues } : { index, childId, issues: parsed.error.issues });
        continue;
      }
      record = parsed.value;
    }
    const key = checkKey(grouping.groupOf(record, at), record);
    total.add(record);
    const g = state(groups, key, key);
    g.acc.add(record);
    g.children++;
    if (grouping.subgroups !== undefined) {
      const subKey = checkKey(grouping.subgroups.groupOf(record, at), record);
      const s = state(g.sub, subKey, subKey);
      s.acc.add(record);
      s.children++;
    }
  }
  const withRecords = (r: CoreDataSetResult, count: number): CoreDataSetResult => ({ ...r, records: { read: count, skipped: 0, errors: [] } });
  const totalResult: CoreDataSetResult = { ...total.result(), records: { read, skipped: skippedCount, errors: skipped } };
  const made = (map: Map<string, GroupState>, of: Omit<Grouping, "name" | "subgroups"> & { subgroups?: Grouping["subgroups"] }): Built[] =>
    sortKeys(map.keys(), of.order).map((key) => {
      const g = map.get(key) as GroupState;
      return {
        key,
        label: key === NOT_RECORDED ? NOT_RECORDED_LABEL : (of.labels?.[key] ?? key),
        children: g.children,
        result: withRecords(g.acc.result(), g.children),
        ...(of.subgroups === undefined ? {} : { subgroups: made(g.sub, of.subgroups) }),
      };
    });
  const built = made(groups, grouping);
  const notes = [
    ...(grouping.notes ?? []),
    "A group's rates per 10,000 need the group's own population (the option populations); without it they are unavailable.",
    ...(base.workforce === undefined ? [] : ["Workforce figures are the authority's, not the children's: they are in the total only."]),
  ];
  const threshold = suppress?.threshold;
  const valid = read - skippedCount;
  if (threshold === undefined) return { by: grouping.name, total: totalResult, groups: built.map(finish(null)), notes };
  return { by: grouping.name, ...controlGroups(totalResult, valid, built, threshold), notes };
}

interface Built {
  readonly key: string;
  readonly label: string;
  readonly children: number | null;
  readonly result: CoreDataSetResult;
  readonly subgroups?: readonly Built[];
}

function finish(suppress: { readonly threshold: number } | null): (b: Built) => CoreDataSetGroup {
  return (b) => ({
    key: b.key,
    label: b.label,
    children: b.children,
    result: { ...b.result, suppress },
    ...(b.subgroups === undefined ? {} : { subgroups: b.subgroups.map(finish(suppress)) }),
  });
}

// ---- disclosure control over the groups

/** The fields of a node that add up over a partition of the children. */
function additiveFields(node: DisclosureNode): DisclosureField[] {
  switch (node.unit) {
    case "count":
      return ["value"];
    case "percent":
      return ["numerator", "denominator"];
    case "per10k":
      return ["numerator"];
    case "ratio":
      return [];
    default:
      // durations: the number of durations
      return ["denominator"];
  }
}

const CHILDREN = "\u0000children";

function childrenNode(n: number | null): DisclosureNode {
  return { id: CHILDREN, unit: "count", value: n, numerator: null, denominator: null, countingUnit: "children", notes: [], suppressed: false };
}

function flatten(nodes: readonly DisclosureNode[]): Map<string, DisclosureNode> {
  const out = new Map<string, DisclosureNode>();
  const walk = (n: DisclosureNode): void => {
    out.set(n.id, n);
    for (const b of Object.values(n.breakdown ?? {})) walk(b);
  };
  nodes.forEach(walk);
  return out;
}

/** One result under disclosure control: its nodes before, its relations, and what is forced hidden. */
interface Controlled {
  readonly result: CoreDataSetResult;
  /** The result's nodes (workforce figures left out) and its children, before suppression. */
  readonly nodes: readonly DisclosureNode[];
  readonly before: Map<string, DisclosureNode>;
  readonly relations: readonly AdditiveRelation[];
  readonly forced: Map<string, Set<DisclosureField>>;
  after: Map<string, DisclosureNode>;
  done: DisclosureNode[];
}

function controlled(result: CoreDataSetResult, children: number): Controlled {
  const metrics = (Object.entries(result.metrics) as [MetricId, MetricResult][]).filter(([id]) => !id.startsWith("workforce.")).map(([, m]) => m);
  const nodes = [...metrics, childrenNode(children)];
  return { result, nodes, before: flatten(nodes), relations: coreRelations(metrics), forced: new Map(), after: new Map(), done: [] };
}

/** Whether a cell is hidden after suppression. */
function hiddenIn(c: Controlled, id: string, field: DisclosureField): boolean {
  const b = c.before.get(id);
  const a = c.after.get(id);
  return b !== undefined && a !== undefined && b[field] !== null && (a[field] === null || (a.suppressed && field === "value"));
}

/** A parent (the total, or a group with subgroups) and its parts. */
interface Family {
  readonly parent: Controlled;
  readonly parts: readonly Controlled[];
}

/**
 * Disclosure control of the total and the groups: each result's own (primary and secondary
 * suppression over its relations, as {@link computeCoreDataSet} does), then, for every published
 * count that is the sum of the groups' (the total's and, with subgroups, each group's), a hidden
 * count that is the only one hidden in its sum is protected by hiding the smallest other group's
 * (else the parent's), and each result is suppressed again with those cells hidden, until no
 * hidden count is the only one hidden in a sum. Not searched for: a count given away only by a
 * chain of several sums and relations across results (the exact search over every result
 * together, as `controlDisclosure` does within one, took minutes on 5,000 children).
 */
function controlGroups(total: CoreDataSetResult, valid: number, groups: readonly Built[], threshold: number): { total: CoreDataSetResult; groups: CoreDataSetGroup[] } {
  const suppress = { threshold };
  const all: Controlled[] = [];
  const families: Family[] = [];
  const make = (r: CoreDataSetResult, n: number | null): Controlled => {
    const c = controlled(r, n ?? 0);
    all.push(c);
    return c;
  };
  const top = make(total, valid);
  const build = (list: readonly Built[], parent: Controlled): { g: Built; c: Controlled; subs?: unknown }[] => {
    const parts = list.map((g) => ({ g, c: make(g.result, g.children) }));
    families.push({ parent, parts: parts.map((p) => p.c) });
    return parts.map((p) => ({ ...p, ...(p.g.subgroups === undefined ? {} : { subs: build(p.g.subgroups, p.c) }) }));
  };
  const tree = build(groups, top);
  const run = (c: Controlled): void => {
    c.done = controlDisclosure(c.nodes, threshold, c.relations, c.forced);
    c.after = flatten(c.done);
  };
  all.forEach(run);
  // Each round hides at least one more cell, so the rounds end.
  for (;;) {
    const touched = new Set<Controlled>();
    for (const { parent, parts } of families) {
      for (const [id, node] of parent.before) {
        for (const field of additiveFields(node)) {
          const members = [parent, ...parts];
          if (members.some((m) => (m.before.get(id)?.[field] ?? null) === null)) continue;
          const hidden = members.filter((m) => hiddenIn(m, id, field));
          if (hidden.length !== 1 || (hidden[0]?.before.get(id)?.[field] ?? 0) === 0) continue;
          const count = (m: Controlled): number => m.before.get(id)?.[field] ?? 0;
          const open = (m: Controlled): boolean => !hiddenIn(m, id, field) && count(m) !== 0;
          const chosen = parts.filter(open).sort((a, b) => count(a) - count(b))[0] ?? (open(parent) ? parent : undefined);
          if (chosen === undefined) continue;
          const fields = chosen.forced.get(id) ?? new Set<DisclosureField>();
          chosen.forced.set(id, fields.add(field));
          touched.add(chosen);
        }
      }
    }
    if (touched.size === 0) break;
    touched.forEach(run);
  }
  const restore = (c: Controlled): CoreDataSetResult => {
    const metrics: Partial<Record<MetricId, MetricResult>> = { ...c.result.metrics };
    for (const n of c.done) if (n.id !== CHILDREN) metrics[n.id as MetricId] = n as MetricResult;
    return { ...c.result, suppress, metrics };
  };
  const groupsOf = (list: readonly { g: Built; c: Controlled; subs?: unknown }[]): CoreDataSetGroup[] =>
    list.map(({ g, c, subs }) => ({
      key: g.key,
      label: g.label,
      children: c.after.get(CHILDREN)?.value ?? null,
      result: restore(c),
      ...(subs === undefined ? {} : { subgroups: groupsOf(subs as { g: Built; c: Controlled; subs?: unknown }[]) }),
    }));
  return { total: restore(top), groups: groupsOf(tree) };
}
