import { describe, expect, it } from "vitest";
import { replay, toJsonPatch, undo } from "../../src/core";
import {
  AssessmentMapAuditEntrySchema,
  applyAssessmentMapChange,
  removeDangerStatement,
  type AssessmentMapAuditEntry,
  type AssessmentMapCommand,
} from "../../src/assessment";
import { deepFreeze, meta, sampleMap, thrown } from "./fixtures";

describe("applyAssessmentMapChange", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const { next, entry } = applyAssessmentMapChange(
      map,
      { type: "set-next-step-status", nextStepId: "n-1", status: "done" },
      { at: meta.at, by: meta.by, reason: "Network meeting held on 28 March" },
    );
    // entry.patches, as JSON Patch: [{ op: "replace", path: "/nextSteps/0/status", value: "done" }]
    const before = undo(next, entry);
    // #endregion docs-example
    expect(next.nextSteps[0]?.status).toBe("done");
    expect(toJsonPatch(entry.patches)).toEqual([{ op: "replace", path: "/nextSteps/0/status", value: "done" }]);
    expect(before).toEqual(map);
    expect(entry).toMatchObject({ at: meta.at, by: meta.by, reason: "Network meeting held on 28 March", command: { type: "set-next-step-status" } });
  });

  const commands: readonly AssessmentMapCommand[] = [
    { type: "add-item", column: "harm", item: { id: "h-2", text: "Amy was left alone", actorIds: [], childIds: [], status: "alleged", positions: [] } },
    { type: "add-item", column: "goals", item: { id: "g-2", dangerId: "d-2", owner: "family", text: "Amy gets to school", who: [], protectiveBehaviours: [], monitoredBy: [] } },
    { type: "update-item", column: "dangers", id: "d-1", patch: { context: "when Dad drinks" } },
    { type: "update-item", column: "goals", id: "g-1", patch: { text: "Amy is cared for by a sober adult every night" }, unset: ["dangerId"] },
    { type: "remove-item", column: "dangers", id: "d-1", cascade: true },
    { type: "remove-item", column: "strengths", id: "s-1" },
    { type: "reclassify-grey-area", greyAreaId: "a-1", to: { column: "complicatingFactors", item: { id: "c-2", text: "Weekends are unclear", personIds: [] } } },
    { type: "add-judgement", scaleId: "sc-1", judgement: { id: "j-2", value: 6, on: "2025-03-29" } },
    { type: "remove-judgement", scaleId: "sc-1", judgementId: "j-1" },
    { type: "set-next-step-status", nextStepId: "n-1", status: "in-progress" },
    { type: "link-child-voice", childVoiceId: "cv-1" },
    { type: "add-participant", participant: { personId: "p-gran", role: "network" } },
    { type: "remove-participant", personId: "p-mum" },
    { type: "set-variant", variant: "success" },
  ];

  it.each(commands)("applies $type and records patches that undo it", (command) => {
    const map = deepFreeze(sampleMap());
    const { next, entry } = applyAssessmentMapChange(map, command, meta);
    expect(next).not.toBe(map);
    expect(entry.patches.length).toBeGreaterThan(0);
    expect(undo(next, entry)).toEqual(map);
    expect(AssessmentMapAuditEntrySchema.parse(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(map).toEqual(sampleMap());
  });

  it("gives the same result as the plain updater", () => {
    const { next } = applyAssessmentMapChange(sampleMap(), { type: "remove-item", column: "dangers", id: "d-1", cascade: true }, meta);
    expect(next).toEqual(removeDangerStatement(sampleMap(), "d-1", { cascade: true }));
  });

  it("unset removes an optional field", () => {
    const { next } = applyAssessmentMapChange(sampleMap(), { type: "update-item", column: "goals", id: "g-1", patch: {}, unset: ["dangerId"] }, meta);
    expect(next.goals[0]).not.toHaveProperty("dangerId");
  });

  it("returns the same map and no patches when nothing changes", () => {
    const map = sampleMap();
    const { next, entry } = applyAssessmentMapChange(map, { type: "unlink-child-voice", childVoiceId: "cv-9" }, meta);
    expect(next).toBe(map);
    expect(entry.patches).toEqual([]);
  });

  it("a stored history parses back and replays", () => {
    const start = sampleMap();
    const history: AssessmentMapAuditEntry[] = [];
    let map = start;
    for (const command of commands.slice(0, 4)) {
      const { next, entry } = applyAssessmentMapChange(map, command, meta);
      history.push(entry);
      map = next;
    }
    const stored = AssessmentMapAuditEntrySchema.array().parse(JSON.parse(JSON.stringify(history)));
    expect(replay(start, stored)).toEqual(map);
  });

  it("throws invalid-input for a malformed command and the updaters' codes otherwise", () => {
    const bad = thrown(() => applyAssessmentMapChange(sampleMap(), { type: "add-item", column: "scales", item: { id: "sc-2", subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ id: "j-3", value: 11, on: "2025-03-29" }] } }, meta));
    expect(bad.code).toBe("invalid-input");
    // The item is checked where it would go in the map.
    expect(bad.issues.map((i) => i.path)).toEqual([["scales", 1, "judgements", 0, "value"]]);
    expect(thrown(() => applyAssessmentMapChange(sampleMap(), { type: "explode" } as unknown as AssessmentMapCommand, meta)).code).toBe("invalid-input");
    expect(thrown(() => applyAssessmentMapChange(sampleMap(), { type: "remove-item", column: "dangers", id: "d-1" }, meta)).code).toBe("still-referenced");
    expect(thrown(() => applyAssessmentMapChange(sampleMap(), { type: "update-item", column: "harm", id: "h-9", patch: {} }, meta)).code).toBe("not-found");
    expect(thrown(() => applyAssessmentMapChange(sampleMap(), { type: "add-item", column: "strengths", item: { id: "d-1", text: "x", personIds: [], observedBy: [] } }, meta)).code).toBe("duplicate-id");
  });
});
