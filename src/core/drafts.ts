import { castDraft } from "immer";
import { IsoDateSchema, type IsoDate } from "./dates";
import { KinsafeError } from "./errors";

// Helpers shared by the updaters of several concepts. Internal: exported from the core index
// for other folders, never from the package.

/**
 * Structural equality of JSON values (the models hold nothing else), so that an update that
 * changes nothing returns the same document. A property set to `undefined` counts as absent.
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

/**
 * Writes `changes` into a draft entry: `undefined` removes a field, an equal value is not
 * assigned (so immer returns the same document), and the keys in `locked` are never changed.
 *
 * @internal
 */
export function applyChanges(entry: object, changes: object, locked: readonly string[]): void {
  const target = entry as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (locked.includes(key)) continue;
    if (value === undefined) {
      if (key in target) Reflect.deleteProperty(target, key);
    } else if (!sameJson(target[key], value)) {
      target[key] = castDraft(value as unknown);
    }
  }
}

/**
 * Throws `invalid-argument` when `value` is not a calendar date; programmer errors only.
 *
 * @internal
 */
export function assertDate(value: unknown, name: string): asserts value is IsoDate {
  if (!IsoDateSchema.safeParse(value).success) {
    throw new KinsafeError("invalid-argument", `${name} must be a calendar date YYYY-MM-DD; received ${JSON.stringify(value)}.`);
  }
}
