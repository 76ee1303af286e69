import { castDraft, type Draft } from "immer";
import { KinsafeError } from "../core";

// Generic draft recipes over the arrays of objects with ids inside a child-voice record (items,
// pages, sharing events). Internal: every public updater is a thin wrapper over one of these.

interface WithId {
  readonly id: string;
}

/**
 * The changes an update may make to an item or a page: any field but `id`. Give `undefined`
 * for an optional field to remove it (for example a drawing reference that was wrong).
 *
 * @category Child voice
 */
export type ChildVoiceChanges<T> = { readonly [K in Exclude<keyof T, "id">]?: T[K] };

/**
 * Appends `entry` to a draft array of `record`, after checking that no item, page or sharing of
 * the record already has its id (ids are unique within a record).
 *
 * @param record - The draft record that holds `list`.
 * @param list - The draft array to add to.
 * @param entry - The new entry.
 * @param what - What the entry is, for the message ("item", "page").
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is already used in the record.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#add-entry}
 *
 * @internal
 */
export function addEntry<T extends WithId>(record: object, list: Draft<T>[], entry: T, what: string): void {
  const lists = record as Partial<Record<"items" | "pages" | "sharedWith", readonly WithId[]>>;
  for (const key of ["items", "pages", "sharedWith"] as const) {
    if (lists[key]?.some((e) => e.id === entry.id) === true) {
      throw new KinsafeError("duplicate-id", `Cannot add the ${what} ${JSON.stringify(entry.id)}: the record already uses that id in ${key}.`);
    }
  }
  list.push(castDraft<T>(entry));
}

/** Finds an entry of a draft array or throws `not-found`. */
function getEntry<T extends WithId>(list: Draft<T>[], id: string, what: string): Draft<T> {
  const entry = list.find((e) => e.id === id);
  if (entry === undefined) throw new KinsafeError("not-found", `The record has no ${what} with the id ${JSON.stringify(id)}.`);
  return entry;
}

/**
 * Applies changes to the entry `id` of a draft array; `undefined` removes a field. A value
 * equal to the current one is not assigned, so immer returns the same document.
 *
 * @param list - The draft array.
 * @param id - The entry to change.
 * @param changes - The fields to change; `id` is ignored.
 * @param what - What the entry is, for the message ("item", "page").
 * @returns The changed draft entry.
 * @throws {@link KinsafeError} with code `not-found` when no entry has the id.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#update-entry}
 *
 * @internal
 */
export function updateEntry<T extends WithId>(list: Draft<T>[], id: string, changes: ChildVoiceChanges<T>, what: string): Draft<T> {
  const entry = getEntry(list, id, what) as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    // The id is what the entry is found by; it is never changed here.
    if (key === "id") continue;
    if (value === undefined) {
      if (key in entry) Reflect.deleteProperty(entry, key);
    } else if (!sameJson(entry[key], value)) {
      entry[key] = castDraft(value);
    }
  }
  return entry as Draft<T>;
}

/**
 * Removes the entry `id` from a draft array; does nothing when there is none.
 *
 * @param list - The draft array.
 * @param id - The entry to remove.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#remove-entry}
 *
 * @internal
 */
export function removeEntry<T extends WithId>(list: Draft<T>[], id: string): void {
  const index = list.findIndex((e) => e.id === id);
  if (index >= 0) list.splice(index, 1);
}

/**
 * Structural equality of JSON values (the models hold nothing else), so that an update that
 * changes nothing returns the same document. A property set to `undefined` counts as absent.
 *
 * @param a - A JSON value.
 * @param b - Another JSON value.
 * @returns `true` when they are equal.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#same-json}
 *
 * @internal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(ra[k], rb[k]));
}
