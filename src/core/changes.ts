import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch as ImmerPatch } from "immer";
import * as z from "zod";
import { MAX_LIST_LENGTH, MAX_PATH_LENGTH, MAX_TEXT_LENGTH } from "./limits";
import { IsoDateTimeSchema, type IsoDateTime } from "./dates";
import { KinsafeError } from "./errors";
import { describeReceived, guardInput, parseWith } from "./parse";
import { copyJson } from "./extensions";
import { PersonIdSchema, type PersonId } from "./ids";

/**
 * One step of change to a document: the same shape as immer's patches, owned by kinsafe so
 * that immer stays out of the public types. Paths are arrays; {@link toJsonPatch} converts them
 * to RFC 6902 JSON Pointers.
 *
 * @category Audit trail
 */
export const PatchSchema = z.strictObject({
  op: z.enum(["add", "remove", "replace"]),
  path: z.array(z.union([z.string().max(MAX_TEXT_LENGTH), z.number()])).max(MAX_PATH_LENGTH),
  value: z.unknown().optional(),
});
/** @category Audit trail */
export interface Patch {
  readonly op: "add" | "remove" | "replace";
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

// A character a reader can see: not white space, and not an invisible format character (zero-width
// space, non-joiner and joiner, word joiner, byte-order mark), which a reason of only those would
// hide.
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF]/;

/**
 * Who made a change, when, and why. `at` is any RFC 3339 instant, stored in UTC; `reason` must
 * say something (a blank reason, or one of only invisible characters such as zero-width spaces,
 * is refused with "Must not be blank"). Every audited change (`recordChange`, so every
 * `apply*Change` function) checks its metadata with this schema.
 * Stored audit entries ({@link auditEntrySchema}) keep a blank reason recorded before the rule,
 * so that no audit trail has to be rewritten to be read.
 *
 * @category Audit trail
 */
export const ChangeMetaSchema = z.strictObject({
  /** When the change was recorded (UTC). Passed in: kinsafe never reads the clock. */
  at: IsoDateTimeSchema,
  /** The person who made the change (usually the practitioner). */
  by: PersonIdSchema,
  /** Why the change was made, in the practitioner's words: not blank. */
  reason: z.string().max(MAX_TEXT_LENGTH).regex(VISIBLE, "Must not be blank: say why the change was made."),
});
/** @category Audit trail */
export interface ChangeMeta {
  readonly at: IsoDateTime;
  readonly by: PersonId;
  readonly reason: string;
}

/**
 * A complete, replayable record of one audited change: who, when, why, the command that was
 * intended, and the patches (with their inverses) that it made.
 *
 * @typeParam C - The command type of the document, e.g. `AssessmentMapCommand`.
 *
 * @category Audit trail
 */
export interface AuditEntry<C> extends ChangeMeta {
  /** What was intended, as data. */
  readonly command: C;
  /** What changed. Applying them to the document before gives the document after. */
  readonly patches: readonly Patch[];
  /** Applying them to the document after gives the document before. */
  readonly inversePatches: readonly Patch[];
}

/**
 * The zod schema type of audit entries whose commands follow `C` (see {@link auditEntrySchema}).
 *
 * @category Audit trail
 */
export type AuditEntrySchemaOf<C extends z.ZodType> = z.ZodObject<
  {
    at: typeof IsoDateTimeSchema;
    by: typeof PersonIdSchema;
    reason: z.ZodString;
    command: C;
    patches: z.ZodArray<typeof PatchSchema>;
    inversePatches: z.ZodArray<typeof PatchSchema>;
  },
  z.core.$strict
>;

/**
 * Builds the schema of an {@link AuditEntry} for a given command schema, so that a stored
 * history can be parsed back.
 *
 * @param command - The schema of the document's commands.
 * @returns A zod object schema of audit entries.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#audit-entry-schema}
 *
 * @category Audit trail
 */
export function auditEntrySchema<C extends z.ZodType>(command: C): AuditEntrySchemaOf<C> {
  return ChangeMetaSchema.extend({
    // An entry recorded before reasons had to say something still reads: audit trails are kept as they are.
    reason: z.string().max(MAX_TEXT_LENGTH),
    command,
    patches: z.array(PatchSchema).max(MAX_LIST_LENGTH),
    inversePatches: z.array(PatchSchema).max(MAX_LIST_LENGTH),
  });
}

/**
 * The document after a change and the audit entry that records it.
 *
 * @category Audit trail
 */
export interface Recorded<T, C> {
  /** The document after the change (the same reference when nothing changed). */
  readonly next: T;
  /** The audit entry to store. */
  readonly entry: AuditEntry<C>;
}

let patchesEnabled = false;
function ensurePatches(): void {
  // Enabled on first use rather than at import, so the module has no side effects.
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
}

function fromImmer(patches: readonly ImmerPatch[]): Patch[] {
  return patches.map((p) => (p.op === "remove" ? { op: p.op, path: [...p.path] } : { op: p.op, path: [...p.path], value: p.value as unknown }));
}

/**
 * Applies a recipe to a document and records the change as an {@link AuditEntry}.
 * This is the mechanism behind every `apply*Change` function; use it for commands of your own.
 *
 * @param doc - The document before the change. It is not mutated.
 * @param command - The command, stored in the entry as it is.
 * @param meta - Who, when and why; `at` is stored in UTC.
 * @param recipe - Mutates an immer draft of `doc`.
 * @returns The next document and the entry.
 * @throws {@link KinsafeError} with code `invalid-input` when `meta` does not parse: `at` not an RFC 3339 instant, `by` not an id, or `reason` blank (path `["reason"]`).
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#record-change}
 *
 * @category Audit trail
 */
export function recordChange<T, C>(doc: T, command: C, meta: ChangeMeta, recipe: (draft: Draft<T>) => void): Recorded<T, C> {
  const checked = parseWith(ChangeMetaSchema, meta, "change metadata");
  ensurePatches();
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft: Draft<T>) => {
    recipe(draft);
  });
  return {
    next: next,
    entry: { at: checked.at, by: checked.by, reason: checked.reason, command, patches: fromImmer(patches), inversePatches: fromImmer(inversePatches) },
  };
}

/**
 * Applies patches to a document and returns the new document; the input is not changed.
 *
 * @param doc - The document.
 * @param patches - Patches produced by kinsafe (or RFC 6902 operations converted with {@link fromJsonPatch}).
 * @returns The patched document.
 * @throws {@link KinsafeError} with code `invalid-argument` when a patch does not fit the document.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#undo}
 *
 * @category Audit trail
 */
export function applyPatchesTo<T>(doc: T, patches: readonly Patch[]): T {
  ensurePatches();
  try {
    // The values are copied first so that a `__proto__` key (in a host system's extensions)
    // stays a key when immer copies them by assignment.
    const safe = patches.map((p) => (p.op === "remove" ? p : { ...p, value: copyJson(p.value) }));
    return applyPatches(doc as object, safe as ImmerPatch[]) as T;
  } catch (error) {
    throw new KinsafeError("invalid-argument", `The patches do not fit the document: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Undoes an audited change: applies its inverse patches.
 *
 * @param doc - The document as it was right after the change.
 * @param entry - The change's audit entry.
 * @returns The document as it was before the change.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#undo}
 *
 * @category Audit trail
 */
export function undo<T>(doc: T, entry: AuditEntry<unknown>): T {
  return applyPatchesTo(doc, entry.inversePatches);
}

/**
 * Replays a stored history: applies each entry's patches in order.
 *
 * @param doc - The document as it was before the first entry.
 * @param entries - Audit entries, oldest first.
 * @returns The document after the last entry.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#replay}
 *
 * @category Audit trail
 */
export function replay<T>(doc: T, entries: readonly AuditEntry<unknown>[]): T {
  let current = doc;
  for (const entry of entries) current = applyPatchesTo(current, entry.patches);
  return current;
}

/**
 * One RFC 6902 JSON Patch operation (the subset kinsafe produces).
 *
 * @category Audit trail
 */
export interface JsonPatchOperation {
  readonly op: "add" | "remove" | "replace";
  /** A JSON Pointer (RFC 6901), e.g. `/goals/0/text`. */
  readonly path: string;
  readonly value?: unknown;
}

/**
 * Converts kinsafe patches to RFC 6902 JSON Patch operations, escaping `~` and `/` in keys
 * as RFC 6901 requires. Note that immer promises correct patches, not minimal ones.
 *
 * @param patches - Patches from an audit entry.
 * @returns The same changes as JSON Patch operations.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#json-patch}
 *
 * @category Audit trail
 */
export function toJsonPatch(patches: readonly Patch[]): JsonPatchOperation[] {
  return patches.map((p) => {
    const path = p.path.map((seg) => `/${String(seg).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    return p.op === "remove" ? { op: p.op, path } : { op: p.op, path, value: p.value };
  });
}

/**
 * Converts RFC 6902 JSON Patch operations (`add`, `remove`, `replace`) back to kinsafe patches.
 * Array indices are recognised by the document's shape at apply time, so numeric segments stay
 * numbers here; `-` (append) is kept as it is.
 *
 * @param operations - JSON Patch operations.
 * @returns kinsafe patches.
 * @throws {@link KinsafeError} with code `invalid-argument` for an operation kinsafe does not support (`move`, `copy`, `test`), a malformed pointer, or something that is not a list of operations.
 *
 * @example
 * {@includeCode ../../tests/core/changes.test.ts#json-patch}
 *
 * @category Audit trail
 */
export function fromJsonPatch(operations: readonly { readonly op: string; readonly path: string; readonly value?: unknown }[]): Patch[] {
  const list: unknown = operations;
  if (!Array.isArray(list)) throw new KinsafeError("invalid-argument", `JSON Patch operations must be an array; received ${describeReceived(list)}.`);
  return guardInput("JSON Patch", () =>
    (list as readonly unknown[]).map((item, index): Patch => {
      if (typeof item !== "object" || item === null) {
        throw new KinsafeError("invalid-argument", `JSON Patch operation ${String(index)} is ${describeReceived(item)}, not an operation.`);
      }
      const { op, path: pointer, value } = item as { readonly op?: unknown; readonly path?: unknown; readonly value?: unknown };
      if (op !== "add" && op !== "remove" && op !== "replace") {
        throw new KinsafeError("invalid-argument", `JSON Patch operation ${String(index)} has op ${describeReceived(op)}; only add, remove and replace are supported.`);
      }
      if (typeof pointer !== "string" || (pointer !== "" && !pointer.startsWith("/"))) {
        throw new KinsafeError("invalid-argument", `JSON Patch operation ${String(index)} has path ${describeReceived(pointer)}, which is not a JSON Pointer.`);
      }
      const path = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => {
        const key = s.replace(/~1/g, "/").replace(/~0/g, "~");
        return /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key;
      });
      return op === "remove" ? { op, path } : { op, path, value };
    }),
  );
}
