import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  applyPatchesTo,
  auditEntrySchema,
  fromJsonPatch,
  isKinsafeError,
  isoDateTime,
  personId,
  recordChange,
  replay,
  toJsonPatch,
  undo,
  type ChangeMeta,
} from "../../src/core";

interface Doc {
  readonly title: string;
  readonly items: readonly { readonly id: string; readonly text: string }[];
  readonly "a/b~c"?: number;
}
type Command = { readonly type: "add"; readonly id: string; readonly text: string } | { readonly type: "retitle"; readonly title: string };

const meta: ChangeMeta = { at: isoDateTime("2025-03-01T09:00:00Z"), by: personId("worker-1"), reason: "Family meeting" };
const doc: Doc = { title: "Plan", items: [] };

describe("audited changes", () => {
  it("records who, when, why, the command and the patches", () => {
    // #region record-change
    const command: Command = { type: "add", id: "i1", text: "Gran visits on Sundays" };
    const { next, entry } = recordChange(doc, command, meta, (draft) => {
      draft.items.push({ id: command.id, text: command.text });
    });
    next.items.length; // 1
    entry.patches; // [{ op: "add", path: ["items", 0], value: { id: "i1", … } }]
    // #endregion record-change
    expect(next.items).toEqual([{ id: "i1", text: "Gran visits on Sundays" }]);
    expect(doc.items).toEqual([]);
    expect(entry).toMatchObject({ at: meta.at, by: meta.by, reason: "Family meeting", command });
    expect(entry.patches).toEqual([{ op: "add", path: ["items", 0], value: { id: "i1", text: "Gran visits on Sundays" } }]);
    expect(entry.inversePatches).toEqual([{ op: "remove", path: ["items", 0] }]);
  });

  it("returns the same reference when nothing changed", () => {
    const { next, entry } = recordChange(doc, { type: "retitle", title: "Plan" }, meta, (draft) => {
      draft.title = "Plan";
    });
    expect(next).toBe(doc);
    expect(entry.patches).toEqual([]);
  });

  it("undoes a change", () => {
    // #region undo
    const { next, entry } = recordChange(doc, { type: "retitle", title: "Safety plan" }, meta, (draft) => {
      draft.title = "Safety plan";
    });
    const before = undo(next, entry);
    before.title; // "Plan"
    // #endregion undo
    expect(before).toEqual(doc);
    expect(applyPatchesTo(before, entry.patches)).toEqual(next);
  });

  it("replays a history", () => {
    // #region replay
    const first = recordChange(doc, { type: "add", id: "i1", text: "one" }, meta, (d) => {
      d.items.push({ id: "i1", text: "one" });
    });
    const second = recordChange(first.next, { type: "retitle", title: "T" }, meta, (d) => {
      d.title = "T";
    });
    const rebuilt = replay(doc, [first.entry, second.entry]);
    // #endregion replay
    expect(rebuilt).toEqual(second.next);
  });

  it("converts to and from RFC 6902 JSON Patch with escaped pointers", () => {
    // #region json-patch
    const { entry } = recordChange(doc, { type: "retitle", title: "x" }, meta, (d) => {
      d.title = "x";
      (d as { "a/b~c"?: number })["a/b~c"] = 1;
    });
    const ops = toJsonPatch(entry.patches);
    // [{ op: "replace", path: "/title", value: "x" }, { op: "add", path: "/a~1b~0c", value: 1 }]
    const back = fromJsonPatch(ops);
    // #endregion json-patch
    expect(ops).toContainEqual({ op: "replace", path: "/title", value: "x" });
    expect(ops).toContainEqual({ op: "add", path: "/a~1b~0c", value: 1 });
    expect(back).toEqual(entry.patches);
    expect(fromJsonPatch([{ op: "remove", path: "/items/0" }])).toEqual([{ op: "remove", path: ["items", 0] }]);
    expect(() => fromJsonPatch([{ op: "move", path: "/a" }])).toThrow(/only add, remove and replace/);
    expect(() => fromJsonPatch([{ op: "add", path: "a", value: 1 }])).toThrow(/not a JSON Pointer/);
  });

  it("refuses patches that do not fit with a KinsafeError", () => {
    let caught: unknown;
    try {
      applyPatchesTo(doc, [{ op: "replace", path: ["items", 5, "text"], value: "x" }]);
    } catch (e) {
      caught = e;
    }
    expect(isKinsafeError(caught)).toBe(true);
  });

  it("parses stored entries with the command schema", () => {
    // #region audit-entry-schema
    const CommandSchema = z.discriminatedUnion("type", [
      z.object({ type: z.literal("add"), id: z.string(), text: z.string() }),
      z.object({ type: z.literal("retitle"), title: z.string() }),
    ]);
    const EntrySchema = auditEntrySchema(CommandSchema);
    const { entry } = recordChange(doc, { type: "retitle", title: "x" }, meta, (d) => {
      d.title = "x";
    });
    const stored = EntrySchema.parse(JSON.parse(JSON.stringify(entry)));
    // #endregion audit-entry-schema
    expect(stored).toEqual(entry);
    expect(EntrySchema.safeParse({ ...entry, command: { type: "delete" } }).success).toBe(false);
  });
});
