import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyAssessmentMapChange } from "../../src/assessment";
import {
  applyCaseFileChange,
  CaseFileAuditEntrySchema,
  createCaseFile,
  migrateCaseFile,
  parseCaseFile,
  RecordedCaseFileCommandSchema,
  undoLastCaseFileChange,
  type CaseFile,
  type CaseFileCommand,
  type CaseFileHistoryEntry,
} from "../../src/case-file";
import { replay, toJsonPatch } from "../../src/core";
import { addPlanRule } from "../../src/safety-plan";
import { caught, deepFreeze, meta, workedCase } from "./fixtures";

const newRule = {
  id: "r-school",
  kind: "routine",
  text: "Kerry walks Amy to school every morning",
  dangerIds: ["d-arguments"],
  bottomLineIds: [],
  subjectIds: ["kerry"],
  responsibleIds: ["kerry"],
  monitors: [{ personId: "michelle", as: "network" }],
  triggers: [],
  agreedBy: [],
} as const;

/** The fields every child-voice record has, without those of its tool. */
function commonOf(record: CaseFile["childVoice"][number] | undefined): Record<string, unknown> {
  if (record === undefined) throw new Error("the worked case has a second child-voice record");
  const { id, childId, date, facilitatorId, consent, sharedWith, notes } = record;
  return { id, childId, date, facilitatorId, consent, sharedWith, ...(notes === undefined ? {} : { notes }) };
}

const commands: readonly CaseFileCommand[] = [
  { type: "add-person", person: { id: "uncle-dan", name: "Uncle Dan", kind: "adult", householdId: "hh-dan", relationships: [{ toId: "amy", kind: "aunt-or-uncle" }] } },
  { type: "update-person", personId: "michelle", patch: { contact: "07700 900104" }, unset: ["householdId"] },
  { type: "add-map-version", map: { ...workedCase().maps[0], version: 2, date: "2025-05-14" } as never },
  { type: "map-change", mapId: "map-1", command: { type: "add-judgement", scaleId: "sc-overall", judgement: { id: "j-new", raterRole: "worker", value: 6, on: "2025-05-14" } } },
  { type: "map-change", mapId: "map-1", version: 1, command: { type: "update-item", column: "dangers", id: "d-drink", patch: { context: "when Lee has been drinking beer" } } },
  { type: "add-child-voice", record: { ...commonOf(workedCase().childVoice[1]), id: "sh-amy", tool: "safety-house", items: [], pathPosition: 7 } as never },
  { type: "update-network", change: { type: "add-member", member: { personId: "dsl-patel", foundBy: "professional", willingness: "willing", roles: ["checking-in"], joinedOn: "2025-04-01", staysAfterClosure: "no" } } },
  { type: "update-network", change: { type: "update-member", personId: "michelle", patch: { staysAfterClosure: "yes" }, unset: ["commitment"] } },
  { type: "update-network", change: { type: "end-member", personId: "michelle", on: "2025-05-31" } },
  { type: "update-network", change: { type: "record-informing", record: { id: "inf-dsl", personId: "dsl-patel", mapId: "map-1", mapVersion: 1, method: "conversation", on: "2025-04-02", byId: "sw-sarah" } } },
  { type: "update-network", change: { type: "add-meeting", meeting: { id: "nm-3", date: "2025-05-28", attendeeIds: ["kerry", "gran-pat"], facilitatorId: "sw-sarah", decisions: [] } } },
  { type: "add-plan-version", plan: { ...workedCase().plans[0], id: "plan-2", version: 2, previousVersionId: "plan-1", status: "draft", statusHistory: [{ status: "draft", on: "2025-05-14" }] } as never },
  { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule: newRule } },
  { type: "plan-change", planId: "plan-1", change: { type: "update-rule", ruleId: "r-checkin", patch: { when: "every evening at 7pm" } } },
  { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "sustaining", on: "2025-06-01" } },
  { type: "plan-change", planId: "plan-1", change: { type: "add-review", review: { id: "rev-2", date: "2025-06-01", judgements: [], decisions: ["Keep going"] } } },
  { type: "add-monitoring", event: { id: "m-new", planId: "plan-1", ruleId: "r-contact", date: "2025-06-01", byId: "gran-pat", role: "network", outcome: "followed" } },
  { type: "update-monitoring", eventId: "m-breach", patch: { note: "Seen from the window" }, unset: ["resolvedOn"] },
  { type: "set-bottom-lines", bottomLines: workedCase().bottomLines.filter((b) => b.kind !== "custom") },
];

describe("applyCaseFileChange", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region docs-example
    const { next, entry } = applyCaseFileChange(
      caseFile,
      { type: "update-network", change: { type: "end-member", personId: "michelle", on: "2025-05-31" } },
      { at: "2025-06-01T09:00:00Z" as CaseFile["history"][number]["at"], by: caseFile.childIds[0] === undefined ? meta.by : meta.by, reason: "Michelle has moved away" },
    );
    toJsonPatch(entry.patches); // [{ op: "add", path: "/network/members/2/leftOn", value: "2025-05-31" }]
    next.history.length; // 1
    const before = undoLastCaseFileChange(next); // equal to caseFile
    // #endregion docs-example
    expect(toJsonPatch(entry.patches)).toEqual([{ op: "add", path: "/network/members/2/leftOn", value: "2025-05-31" }]);
    expect(next.history).toEqual([entry]);
    expect(before).toEqual(caseFile);
  });

  it.each(commands)("applies $type, records it in the history, and undoes exactly", (command) => {
    const caseFile = deepFreeze(workedCase());
    const { next, entry } = applyCaseFileChange(caseFile, command, meta);
    expect(entry.patches.length).toBeGreaterThan(0);
    expect(next.history).toEqual([entry]);
    expect(entry.patches.some((p) => p.path[0] === "history")).toBe(false);
    expect(undoLastCaseFileChange(next)).toEqual(caseFile);
    expect(CaseFileAuditEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(caseFile).toEqual(workedCase());
  });

  it("applies a map command with the assessment map's own audited change", () => {
    const caseFile = workedCase();
    const command = { type: "update-item", column: "dangers", id: "d-drink", patch: { context: "when Lee has been drinking beer" } } as const;
    const { next, entry } = applyCaseFileChange(caseFile, { type: "map-change", mapId: "map-1", command }, meta);
    const map = caseFile.maps[0];
    if (map === undefined) throw new Error("no map");
    expect(next.maps[0]).toEqual(applyAssessmentMapChange(map, command, meta).next);
    expect(toJsonPatch(entry.patches)).toEqual([{ op: "replace", path: "/maps/0/dangers/0/context", value: "when Lee has been drinking beer" }]);
  });

  it("applies a plan change with the safety plan's own recipe", () => {
    const caseFile = workedCase();
    const { next } = applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule: newRule } }, meta);
    const plan = caseFile.plans[0];
    if (plan === undefined) throw new Error("no plan");
    expect(next.plans[0]).toEqual(addPlanRule(plan, next.plans[0]?.rules[4] as never));
  });

  it("returns the same case file, and does not extend the history, when nothing changes", () => {
    const caseFile = workedCase();
    const { next, entry } = applyCaseFileChange(caseFile, { type: "set-bottom-lines", bottomLines: caseFile.bottomLines }, meta);
    expect(next).toBe(caseFile);
    expect(entry.patches).toEqual([]);
  });

  it("refuses changes that name what is not there, reuse ids, or would break the case file", () => {
    const caseFile = workedCase();
    expect(caught(() => applyCaseFileChange(caseFile, { type: "map-change", mapId: "map-9", command: { type: "set-variant", variant: "success" } }, meta)).code).toBe("not-found");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-9", change: { type: "remove-rule", ruleId: "r-contact" } }, meta)).code).toBe("not-found");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "update-monitoring", eventId: "m-9", patch: {} }, meta)).code).toBe("not-found");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "update-network", change: { type: "create", id: "net-2" } }, meta)).code).toBe("duplicate-id");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "add-map-version", map: caseFile.maps[0] as never }, meta)).code).toBe("duplicate-id");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "add-monitoring", event: caseFile.monitoring[0] as never }, meta)).code).toBe("duplicate-id");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "remove-rule", ruleId: "r-contact" } }, meta)).code).toBe("still-referenced");
    expect(caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "draft", on: "2025-06-01" } }, meta)).code).toBe("invalid-argument");
    const stranger = caught(() =>
      applyCaseFileChange(caseFile, { type: "update-network", change: { type: "add-member", member: { personId: "stranger", foundBy: "family", willingness: "willing", roles: [], joinedOn: "2025-04-01", staysAfterClosure: "yes" } } }, meta),
    );
    expect(stranger.code).toBe("invalid-input");
    expect(stranger.issues).toMatchObject([{ path: ["network", "members", 3, "personId"], rule: "reference/unknown-person" }]);
    expect(caught(() => applyCaseFileChange(caseFile, { type: "no-such-command" } as never, meta)).code).toBe("invalid-input");
  });

  it("creates the network before its members", () => {
    const { network: _n, ...rest } = workedCase();
    const empty: CaseFile = { ...rest, plans: [], monitoring: [] };
    expect(caught(() => applyCaseFileChange(empty, { type: "update-network", change: { type: "end-member", personId: "gran-pat", on: "2025-05-01" } }, meta)).code).toBe("not-found");
    const { next } = applyCaseFileChange(empty, { type: "update-network", change: { type: "create", id: "net-1" } }, meta);
    expect(next.network).toEqual({ id: "net-1", members: [], informing: [], meetings: [] });
    expect(undoLastCaseFileChange(next)).toEqual(empty);
  });
});

/** How many times `part` occurs in `text`. */
function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("an audit entry of a command that adds a whole document", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region recorded-command
    const map = { ...caseFile.maps[0], version: 2, date: "2025-05-14" } as never;
    const { next, entry } = applyCaseFileChange(caseFile, { type: "add-map-version", map }, meta);
    entry.command; // { type: "add-map-version", mapId: "map-1", version: 2 }: the map is named, not repeated
    toJsonPatch(entry.patches); // [{ op: "add", path: "/maps/1", value: <the map> }]
    undoLastCaseFileChange(next); // equal to caseFile
    // #endregion recorded-command
    expect(entry.command).toEqual({ type: "add-map-version", mapId: "map-1", version: 2 });
    expect(toJsonPatch(entry.patches)).toEqual([{ op: "add", path: "/maps/1", value: next.maps[1] }]);
    expect(undoLastCaseFileChange(next)).toEqual(caseFile);
  });

  const added = [
    { type: "add-map-version", command: commands[2], recorded: { type: "add-map-version", mapId: "map-1", version: 2 }, at: ["maps", 1] },
    { type: "add-child-voice", command: commands[5], recorded: { type: "add-child-voice", recordId: "sh-amy" }, at: ["childVoice", workedCase().childVoice.length] },
    { type: "add-plan-version", command: commands[11], recorded: { type: "add-plan-version", planId: "plan-2", version: 2 }, at: ["plans", 1] },
  ] as const;

  it.each(added)("$type names the document and holds it once, in the patches", ({ command, recorded, at }) => {
    const caseFile = workedCase();
    const { next, entry } = applyCaseFileChange(caseFile, command as CaseFileCommand, meta);
    expect(entry.command).toEqual(recorded);
    expect(next.history).toEqual([entry]);
    // The document is in the patches once, and nowhere else in the stored entry.
    expect(entry.patches).toHaveLength(1);
    const [patch] = entry.patches;
    expect(patch?.path).toEqual(at);
    const document = JSON.stringify(patch?.value);
    const [part, index] = at;
    expect(patch?.value).toEqual((next[part] as readonly unknown[])[index]);
    expect(occurrences(JSON.stringify(entry), document)).toBe(1);
    expect(occurrences(JSON.stringify(next.history), document)).toBe(1);
    // Replay, JSON Patch and undo need nothing more.
    const { history: _h, ...body } = caseFile;
    const { history: _n, ...nextBody } = next;
    expect(replay(body, [entry])).toEqual(nextBody);
    expect(toJsonPatch(entry.patches)).toEqual([{ op: "add", path: `/${at.join("/")}`, value: patch?.value }]);
    expect(undoLastCaseFileChange(next)).toEqual(caseFile);
    // The stored form parses back, as the entry and in a case file.
    expect(RecordedCaseFileCommandSchema.parse(entry.command)).toEqual(recorded);
    expect(CaseFileAuditEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(parseCaseFile(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });

  it("records every other command as it was given", () => {
    const others = commands.filter((c) => !added.some((a) => a.type === c.type));
    expect(others.length).toBe(commands.length - added.length);
    for (const command of others) {
      const { entry } = applyCaseFileChange(workedCase(), command, meta);
      expect(JSON.parse(JSON.stringify(entry.command))).toEqual(JSON.parse(JSON.stringify(command)));
    }
  });

  it("is refused by the schema of recorded commands when it holds the whole document, and accepted by the audit entry's", () => {
    const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    for (const { command } of added) {
      expect(RecordedCaseFileCommandSchema.safeParse(command).success).toBe(false);
      const { entry } = applyCaseFileChange(workedCase(), command as CaseFileCommand, meta);
      expect(CaseFileAuditEntrySchema.safeParse({ ...json(entry), command: json(command) }).success).toBe(true);
    }
    const { entry } = applyCaseFileChange(workedCase(), commands[2] as CaseFileCommand, meta);
    expect(CaseFileAuditEntrySchema.safeParse({ ...json(entry), command: { type: "add-map-version", mapId: "map-1" } }).success).toBe(false);
  });

  it("reads the entries an earlier release stored with the whole document, and records the same patches today", () => {
    const stored = JSON.parse(readFileSync(new URL("./stored/case-file-v1-whole-documents.json", import.meta.url), "utf8")) as CaseFile;
    const whole = stored.history.filter((e) => ["add-map-version", "add-child-voice", "add-plan-version"].includes(e.command.type));
    expect(whole.map((e) => e.command.type)).toEqual(["add-map-version", "add-child-voice", "add-child-voice", "add-plan-version"]);
    const mapEntry = whole[0] as CaseFileHistoryEntry;
    expect(occurrences(JSON.stringify(mapEntry), JSON.stringify(stored.maps[0]))).toBe(2);
    let caseFile = createCaseFile({ id: stored.id, childIds: stored.childIds, people: stored.people });
    for (const old of stored.history) {
      expect(CaseFileAuditEntrySchema.safeParse(old).success).toBe(true);
      const { next, entry } = applyCaseFileChange(caseFile, old.command as CaseFileCommand, { at: old.at, by: old.by, reason: old.reason });
      expect(entry.patches).toEqual(old.patches);
      expect(entry.inversePatches).toEqual(old.inversePatches);
      if (whole.includes(old)) expect(JSON.stringify(entry).length).toBeLessThan(JSON.stringify(old).length);
      caseFile = next;
    }
    const { history: _now, ...body } = caseFile;
    const { history: _then, ...storedBody } = migrateCaseFile(stored);
    expect(body).toEqual(storedBody);
  });
});
