import { castDraft, produce, type Draft } from "immer";
import { addIssue, checkReference, checkReferences, fieldOf, guardInput, KinsafeError, mergeChanges, parseInto, throwIfIssues, withId, type DocPath, type IdFactory, type IdKind, type InputIssue } from "../core";
import type { AssessmentMap } from "./AssessmentMap";
import { MAP_ITEM_SCHEMAS, type AddMapItemOptions, type AssessmentMapColumn, type RemoveItemOptions } from "./mapColumns";

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

/**
 * Every id used in the map (items of every list and scale judgements), except those of `skip`.
 *
 * @internal
 */
export function idsInMap(draft: MapDraft, skip?: unknown): Set<string> {
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

/** The id kind of the items of each list, for an {@link IdFactory}. */
const ID_KINDS: Record<AssessmentMapColumn, IdKind> = {
  harm: "harm-statement",
  dangers: "danger-statement",
  complicatingFactors: "complicating-factor",
  greyAreas: "grey-area",
  strengths: "strength",
  existingSafety: "existing-safety",
  goals: "safety-goal",
  nextSteps: "next-step",
  scales: "safety-scale",
};

/**
 * The item with ids: its own `id` when it has one, else one from `ids` (asked again while the id
 * is used in the map); for a scale, the same for each of its judgements. A copy when anything
 * was added; the input itself is never changed.
 */
function withItemIds(draft: MapDraft, column: AssessmentMapColumn, input: unknown, ids: IdFactory | undefined): unknown {
  if (ids === undefined) return input;
  const used = idsInMap(draft);
  const item = withId(input, ID_KINDS[column], ids, (id) => used.has(id));
  const own = fieldOf(item, "id");
  if (typeof own === "string") used.add(own);
  const judgements = fieldOf(item, "judgements");
  if (column !== "scales" || !Array.isArray(judgements)) return item;
  for (const j of judgements) {
    const jid = fieldOf(j, "id");
    if (typeof jid === "string") used.add(jid);
  }
  let changed = false;
  const withIds = judgements.map((j: unknown) => {
    const next = withId(j, "scale-judgement", ids, (id) => used.has(id));
    const jid = fieldOf(next, "id");
    if (typeof jid === "string") used.add(jid);
    if (next !== j) changed = true;
    return next;
  });
  return changed ? { ...(item as Record<string, unknown>), judgements: withIds } : item;
}

/**
 * Reports the ids of an item (and of a scale's judgements) that the map already uses, apart from
 * the item `skip`, or that the item uses twice, at their paths in the map. Reads the input
 * defensively: it may not have parsed.
 */
function duplicateIdIssues(draft: MapDraft, column: AssessmentMapColumn, input: unknown, at: DocPath, issues: InputIssue[], skip?: unknown): void {
  const used = idsInMap(draft, skip);
  const check = (id: unknown, path: DocPath): void => {
    if (typeof id !== "string") return;
    if (used.has(id)) addIssue(issues, path, "reference/duplicate-id", `The id ${JSON.stringify(id)} is already used in the map.`, id);
    used.add(id);
  };
  check(fieldOf(input, "id"), [...at, "id"]);
  if (column !== "scales") return;
  const judgements = fieldOf(input, "judgements");
  if (Array.isArray(judgements)) judgements.forEach((j: unknown, i) => {
    check(fieldOf(j, "id"), [...at, "judgements", i, "id"]);
  });
}

/**
 * Reports the references an item makes to what the map does not have (a goal's danger statement,
 * a scale's subject, existing safety's dangers, a next step's goals), at their paths in the map. Reads the input defensively, so that these problems are reported
 * together with problems of shape.
 */
function referenceIssues(draft: MapDraft, column: AssessmentMapColumn, input: unknown, at: DocPath, issues: InputIssue[]): void {
  const dangerIds = new Set<string>(draft.dangers.map((d) => d.id));
  const goalIds = new Set<string>(draft.goals.map((g) => g.id));
  const danger = (id: string): string => `No danger statement has the id ${JSON.stringify(id)}.`;
  if (column === "goals") checkReference(issues, fieldOf(input, "dangerId"), [...at, "dangerId"], dangerIds, "reference/unknown-danger-statement", danger);
  if (column === "scales") {
    const subject = fieldOf(input, "subject");
    if (fieldOf(subject, "kind") === "danger") checkReference(issues, fieldOf(subject, "dangerId"), [...at, "subject", "dangerId"], dangerIds, "reference/unknown-danger-statement", danger);
  }
  if (column === "existingSafety") checkReferences(issues, fieldOf(input, "dangerIds"), [...at, "dangerIds"], dangerIds, "reference/unknown-danger-statement", danger);
  if (column === "nextSteps") {
    checkReferences(issues, fieldOf(input, "goalIds"), [...at, "goalIds"], goalIds, "reference/unknown-safety-goal", (id) => `No safety goal has the id ${JSON.stringify(id)}.`);
  }
  // A statement can only be about the children the map is about (as parseAssessmentMap checks).
  if (column === "harm" || column === "dangers") {
    const children = new Set<string>(draft.childIds);
    checkReferences(issues, fieldOf(input, "childIds"), [...at, "childIds"], children, "reference/unknown-child", (id) => `The child ${JSON.stringify(id)} is not one of the map's children (childIds).`);
    if (column === "harm") {
      const others = fieldOf(input, "otherChildren");
      if (Array.isArray(others)) {
        others.forEach((o: unknown, j) => {
          const c = fieldOf(o, "personId");
          if (typeof c === "string" && children.has(c)) issues.push({ path: [...at, "otherChildren", j, "personId"], rule: "reference/other-child-is-map-child", message: `The child ${JSON.stringify(c)} is one of the map's children: list them in childIds.` });
        });
      }
    }
  }
}

/**
 * Checks an item in one pass, as it would stand at `at` in the map: its shape, its references and
 * its ids, every problem in one {@link KinsafeError} whose paths are the map's.
 */
function checkItem(draft: MapDraft, column: AssessmentMapColumn, input: unknown, at: DocPath, skip?: unknown): AnyItem {
  const what = COLUMN_LABELS[column];
  const issues: InputIssue[] = [];
  const parsed = parseInto(MAP_ITEM_SCHEMAS[column], input, at, what, issues) as AnyItem | undefined;
  referenceIssues(draft, column, input, at, issues);
  duplicateIdIssues(draft, column, input, at, issues, skip);
  throwIfIssues(what, issues);
  // No issues: the item parsed.
  return parsed as AnyItem;
}

/**
 * Adds an item to a list of the map after checking its shape, references and ids together;
 * every problem is reported in one error, at the item's path in the map (`[column, n, ...]`).
 *
 * @internal
 */
export function addItemRecipe(draft: MapDraft, column: AssessmentMapColumn, input: unknown, options: AddMapItemOptions = {}): void {
  guardInput(COLUMN_LABELS[column], () => {
    const list = listOf(draft, column);
    const item = checkItem(draft, column, withItemIds(draft, column, input, options.ids), [column, list.length]);
    list.push(castDraft(item));
  });
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
 * is removed), checks the result as {@link addItemRecipe} checks a new item (paths
 * `[column, i, ...]`) and writes only the fields that really changed, so that a patch with
 * equal values leaves the map as it is.
 *
 * @internal
 */
export function updateItemRecipe(draft: MapDraft, column: AssessmentMapColumn, id: string, patch: Readonly<Record<string, unknown>>): void {
  const list = listOf(draft, column);
  const index = indexOrThrow(draft, column, id);
  const current = list[index] as AnyItem;
  guardInput(COLUMN_LABELS[column], () => {
    const merged = mergeChanges(current, patch, ["id"]);
    const next = checkItem(draft, column, merged, [column, index], current);
    for (const key of Object.keys(current)) {
      if (!Object.hasOwn(next, key)) Reflect.deleteProperty(current, key);
    }
    for (const [key, value] of Object.entries(next)) {
      if (!jsonEqual(current[key], value)) current[key] = castDraft(value);
    }
  });
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
