import { castDraft, produce, type Draft } from "immer";
import { KinsafeError, parseWith, type InputIssue } from "../core";
import type { AssessmentMap } from "./AssessmentMap";
import { MAP_ITEM_SCHEMAS, type AssessmentMapColumn, type RemoveItemOptions } from "./mapColumns";

// The generic recipes behind every add/update/remove updater of the map's lists, and the
// helpers they share with the other recipes. Each recipe mutates an immer draft; the public
// updaters wrap them in `produce`, and applyAssessmentMapChange wraps them in recordChange.

/** @internal A draft of the map. */
export type MapDraft = Draft<AssessmentMap>;

/** An item of any list, as the generic recipes see it. */
type AnyItem = Record<string, unknown> & { id: string };

const COLUMN_LABELS: Record<AssessmentMapColumn, string> = {
  harm: "harm statement",
  dangers: "danger statement",
  complicatingFactors: "complicating factor",
  greyAreas: "grey area",
  strengths: "strength",
  existingSafety: "existing safety item",
  goals: "safety goal",
  nextSteps: "next step",
  scales: "safety scale",
};

/**
 * Wraps a recipe in `produce`; the one place the plain updaters call immer.
 *
 * @internal
 */
export function produceMap(map: AssessmentMap, recipe: (draft: MapDraft) => void): AssessmentMap {
  return produce(map, (draft) => {
    recipe(draft);
  });
}

function listOf(draft: MapDraft, column: AssessmentMapColumn): AnyItem[] {
  // The lists have different item types; the generic recipes only use `id` and plain fields.
  return draft[column];
}

/**
 * The index of the item with `id` in a list, or throws `not-found`.
 *
 * @internal
 */
export function indexOrThrow(draft: MapDraft, column: AssessmentMapColumn, id: string): number {
  const index = listOf(draft, column).findIndex((item) => item.id === id);
  if (index < 0) throw new KinsafeError("not-found", `The map has no ${COLUMN_LABELS[column]} with the id ${JSON.stringify(id)}.`);
  return index;
}

/** Every id used in the map (items of every list and scale judgements), except those of `skip`. */
function idsInMap(draft: MapDraft, skip?: unknown): Set<string> {
  const ids = new Set<string>();
  for (const column of AssessmentMapColumnList) {
    for (const item of listOf(draft, column)) {
      if (item !== skip) ids.add(item.id);
    }
  }
  for (const scale of draft.scales) {
    if (scale !== skip) for (const j of scale.judgements) ids.add(j.id);
  }
  return ids;
}

const AssessmentMapColumnList = Object.keys(MAP_ITEM_SCHEMAS) as AssessmentMapColumn[];

/**
 * Throws `duplicate-id` when any of `newIds` is used in the map (apart from the item `skip`) or
 * twice among themselves. Ids are unique across the whole map.
 *
 * @internal
 */
export function assertIdsFree(draft: MapDraft, newIds: readonly string[], skip?: unknown): void {
  const used = idsInMap(draft, skip);
  for (const id of newIds) {
    if (used.has(id)) throw new KinsafeError("duplicate-id", `The id ${JSON.stringify(id)} is already used in the map.`);
    used.add(id);
  }
}

function idsOfItem(column: AssessmentMapColumn, item: AnyItem): string[] {
  if (column !== "scales") return [item.id];
  const judgements = item["judgements"] as readonly { readonly id: string }[];
  return [item.id, ...judgements.map((j) => j.id)];
}

/** Problems with the references an item makes to other items of the map, with paths inside the item. */
function referenceIssues(draft: MapDraft, column: AssessmentMapColumn, item: AnyItem): InputIssue[] {
  const dangerIds = new Set(draft.dangers.map((d) => d.id as string));
  const goalIds = new Set(draft.goals.map((g) => g.id as string));
  const issues: InputIssue[] = [];
  const check = (id: unknown, path: (string | number)[], known: Set<string>, what: "danger statement" | "safety goal"): void => {
    if (typeof id === "string" && !known.has(id)) {
      const rule = what === "danger statement" ? "reference/unknown-danger-statement" : "reference/unknown-safety-goal";
      issues.push({ path, rule, message: `No ${what} has the id ${JSON.stringify(id)}.`, received: JSON.stringify(id) });
    }
  };
  if (column === "goals") check(item["dangerId"], ["dangerId"], dangerIds, "danger statement");
  if (column === "scales") {
    const subject = item["subject"] as { kind: string; dangerId?: string };
    check(subject.dangerId, ["subject", "dangerId"], dangerIds, "danger statement");
  }
  if (column === "existingSafety") {
    (item["dangerIds"] as string[]).forEach((id, i) => {
      check(id, ["dangerIds", i], dangerIds, "danger statement");
    });
  }
  if (column === "nextSteps") {
    (item["goalIds"] as string[]).forEach((id, i) => {
      check(id, ["goalIds", i], goalIds, "safety goal");
    });
  }
  return issues;
}

/** Parses an item with its list's schema and checks its references; throws `invalid-input`. */
function parseItem(draft: MapDraft, column: AssessmentMapColumn, input: unknown): AnyItem {
  const item = parseWith(MAP_ITEM_SCHEMAS[column], input, COLUMN_LABELS[column]) as AnyItem;
  const issues = referenceIssues(draft, column, item);
  if (issues.length > 0) {
    const lines = issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new KinsafeError("invalid-input", `Invalid ${COLUMN_LABELS[column]}: it points at items the map does not have.\n${lines}`, issues);
  }
  return item;
}

/**
 * Adds an item to a list of the map after parsing it and checking its id and references.
 *
 * @internal
 */
export function addItemRecipe(draft: MapDraft, column: AssessmentMapColumn, input: unknown): void {
  const item = parseItem(draft, column, input);
  assertIdsFree(draft, idsOfItem(column, item));
  listOf(draft, column).push(castDraft(item));
}

/** Structural equality of JSON values, so that an update with equal values changes nothing. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Changes the fields of an item of a list: merges `patch` into it (a field set to `undefined`
 * is removed), parses the result and writes only the fields that really changed, so that a
 * patch with equal values leaves the map as it is.
 *
 * @internal
 */
export function updateItemRecipe(draft: MapDraft, column: AssessmentMapColumn, id: string, patch: Readonly<Record<string, unknown>>): void {
  const list = listOf(draft, column);
  const current = list[indexOrThrow(draft, column, id)] as AnyItem;
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  merged["id"] = current.id;
  const next = parseItem(draft, column, merged);
  assertIdsFree(draft, idsOfItem(column, next), current);
  for (const key of Object.keys(current)) {
    if (!Object.hasOwn(next, key)) delete current[key];
  }
  for (const [key, value] of Object.entries(next)) {
    if (!jsonEqual(current[key], value)) current[key] = castDraft(value);
  }
}

/** Removes, from the end, the items of a list for which `drop` is true. */
function removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) {
    if (drop(list[i] as T)) list.splice(i, 1);
  }
}

/** Where the map points at the danger statement `id`, as issue paths. */
function dangerReferences(draft: MapDraft, id: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const at = (path: (string | number)[]): void => {
    issues.push({ path, rule: "reference/still-referenced", message: `Points at the danger statement ${JSON.stringify(id)}.` });
  };
  draft.goals.forEach((g, i) => {
    if (g.dangerId === id) at(["goals", i, "dangerId"]);
  });
  draft.scales.forEach((s, i) => {
    if (s.subject.kind === "danger" && s.subject.dangerId === id) at(["scales", i, "subject", "dangerId"]);
  });
  draft.existingSafety.forEach((e, i) => {
    e.dangerIds.forEach((d, j) => {
      if (d === id) at(["existingSafety", i, "dangerIds", j]);
    });
  });
  draft.analysis?.worker?.dangerIds?.forEach((d, j) => {
    if (d === id) at(["analysis", "worker", "dangerIds", j]);
  });
  return issues;
}

/** Removes goals and takes them out of next steps' `goalIds`. */
function removeGoals(draft: MapDraft, drop: (goal: Draft<AssessmentMap["goals"][number]>) => boolean): void {
  const removed = new Set(draft.goals.filter(drop).map((g) => g.id as string));
  if (removed.size === 0) return;
  removeWhere(draft.goals, (g) => removed.has(g.id));
  for (const step of draft.nextSteps) removeWhere(step.goalIds, (g) => removed.has(g));
}

/**
 * Removes an item from a list; an absent id changes nothing. A danger statement that goals,
 * scales, existing safety or the analysis still point at is removed only with
 * `{ cascade: true }`, which also removes those goals and scales and the references; removing a
 * goal takes it out of next steps.
 *
 * @internal
 */
export function removeItemRecipe(draft: MapDraft, column: AssessmentMapColumn, id: string, options: RemoveItemOptions = {}): void {
  const list = listOf(draft, column);
  if (!list.some((item) => item.id === id)) return;
  if (column === "dangers") {
    const references = dangerReferences(draft, id);
    if (references.length > 0 && options.cascade !== true) {
      throw new KinsafeError(
        "still-referenced",
        `The danger statement ${JSON.stringify(id)} is still referenced in ${String(references.length)} place(s); remove those first or pass { cascade: true }.`,
        references,
      );
    }
    removeGoals(draft, (g) => g.dangerId === id);
    removeWhere(draft.scales, (s) => s.subject.kind === "danger" && s.subject.dangerId === id);
    for (const e of draft.existingSafety) removeWhere(e.dangerIds, (d) => d === id);
    const analysisDangers = draft.analysis?.worker?.dangerIds;
    if (analysisDangers !== undefined) removeWhere(analysisDangers, (d) => d === id);
  }
  if (column === "goals") {
    removeGoals(draft, (g) => g.id === id);
    return;
  }
  removeWhere(list, (item) => item.id === id);
}
