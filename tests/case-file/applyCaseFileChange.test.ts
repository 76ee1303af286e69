import { describe, expect, it } from "vitest";
import { applyAssessmentMapChange } from "../../src/assessment";
import { applyCaseFileChange, CaseFileAuditEntrySchema, undoLastCaseFileChange, type CaseFile, type CaseFileCommand } from "../../src/case-file";
import { toJsonPatch } from "../../src/core";
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
