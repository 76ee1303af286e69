// An audited change must say why: a blank reason is refused by every audited change, while
// entries already stored keep what they recorded.
import { describe, expect, it } from "vitest";
import { applyAssessmentMapChange } from "../../src/assessment";
import { applyCaseFileChange, createCaseFile, parseCaseFile } from "../../src/case-file";
import { auditEntrySchema, ChangeMetaSchema, isKinsafeError, isoDateTime, personId, recordChange, type ChangeMeta, type KinsafeError } from "../../src/core";
import * as z from "zod";
import { sampleMap } from "../assessment/fixtures";
import { ids, people, workedCaseByCommands } from "../case-file/fixtures";

const at = isoDateTime("2025-03-01T09:00:00Z");
const by = personId("worker-1");

function failure(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("the reason of an audited change", () => {
  it.each(["", "   ", "\n\t", "\u200b", " \u200c\u200d ", "\u2060", "\ufeff"])("refuses the blank reason %j with its path", (reason) => {
    const meta: ChangeMeta = { at, by, reason };
    expect(ChangeMetaSchema.safeParse(meta).success).toBe(false);
    const error = failure(() => recordChange({ n: 0 }, { type: "inc" }, meta, (d) => void (d.n += 1)));
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["reason"], message: "Must not be blank: say why the change was made." })]);
    expect(failure(() => applyAssessmentMapChange(sampleMap(), { type: "set-variant", variant: "success" }, meta)).issues[0]?.path).toEqual(["reason"]);
    const caseFile = createCaseFile({ id: "case-1", childIds: [ids.amy], people });
    expect(failure(() => applyCaseFileChange(caseFile, { type: "update-person", personId: ids.amy, patch: { name: "Amy B" } }, meta)).issues[0]?.path).toEqual(["reason"]);
  });

  it("keeps a reason that says something, and stores the instant in UTC", () => {
    const { entry } = recordChange({ n: 0 }, { type: "inc" }, { at: "2025-03-01T10:00:00+01:00" as ChangeMeta["at"], by, reason: " Family meeting " }, (d) => void (d.n += 1));
    expect(entry).toMatchObject({ at: "2025-03-01T09:00:00Z", reason: " Family meeting " });
    expect(ChangeMetaSchema.safeParse({ at, by, reason: "\u200bMeeting" }).success).toBe(true);
  });

  it("still reads a stored entry whose reason is blank", () => {
    const stored = workedCaseByCommands();
    const [first, ...rest] = stored.history;
    if (first === undefined) throw new Error("the fixture has changed");
    expect(parseCaseFile({ ...stored, history: [{ ...first, reason: "" }, ...rest] }).history[0]?.reason).toBe("");
    const Entry = auditEntrySchema(z.object({ type: z.string() }));
    expect(Entry.safeParse({ at, by, reason: "", command: { type: "x" }, patches: [], inversePatches: [] }).success).toBe(true);
  });
});
