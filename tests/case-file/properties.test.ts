import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCaseFileChange, migrateCaseFile, parseCaseFile, undoLastCaseFileChange, type CaseFile, type CaseFileCommand } from "../../src/case-file";
import { isKinsafeError, replay } from "../../src/core";
import { arbIsoDate, arbText } from "../arbitraries";
import { arbChildVoiceRecordInput } from "../child-voice/arbitraries";
import { arbCaseFile } from "./arbitraries";
import { deepFreeze, meta } from "./fixtures";

/** Commands that fit a given case file (some may still be refused by the rules). */
function arbCommand(caseFile: CaseFile): fc.Arbitrary<CaseFileCommand> {
  const options: fc.Arbitrary<CaseFileCommand>[] = [
    fc.record({ person: fc.constantFrom(...caseFile.people), name: arbText(), drop: fc.boolean() }).map(({ person, name, drop }) => ({ type: "update-person", personId: person.id, patch: { name }, ...(drop ? { unset: ["householdId"] } : {}) })),
    arbText().map((name) => ({ type: "add-person", person: { id: "p-new", name, kind: "adult", relationships: [] } })),
    arbChildVoiceRecordInput().map((r) => ({ type: "add-child-voice", record: { ...r, id: "cv-new", childId: caseFile.childIds[0] as string } })),
  ];
  const network = caseFile.network;
  if (network === undefined) options.push(fc.constant({ type: "update-network", change: { type: "create", id: "net-new" } }));
  else if (network.members.length > 0) options.push(fc.constantFrom(...network.members).map((m) => ({ type: "update-network", change: { type: "end-member", personId: m.personId, on: m.leftOn ?? m.joinedOn } })));
  const map = caseFile.maps[caseFile.maps.length - 1];
  if (map !== undefined) options.push(fc.constantFrom("safety", "wellbeing", "success", "belonging").map((variant) => ({ type: "map-change", mapId: map.id, command: { type: "set-variant", variant } })));
  const plan = caseFile.plans[0];
  if (plan !== undefined) {
    options.push(arbIsoDate().map((date) => ({ type: "add-monitoring", event: { id: "ev-new", planId: plan.id, date, byId: caseFile.people[0]?.id as string, role: "network", outcome: "followed" } })));
    const rule = plan.rules[0];
    if (rule !== undefined) options.push(arbText().map((when) => ({ type: "plan-change", planId: plan.id, change: { type: "update-rule", ruleId: rule.id, patch: { when } } })));
    options.push(fc.record({ status: fc.constantFrom("draft", "trial", "active", "sustaining", "ended"), on: arbIsoDate() }).map(({ status, on }) => ({ type: "plan-change", planId: plan.id, change: { type: "set-status", status, on } })));
  }
  const event = caseFile.monitoring[0];
  if (event !== undefined) options.push(arbText().map((note) => ({ type: "update-monitoring", eventId: event.id, patch: { note }, unset: ["occurredAt"] })));
  if (caseFile.bottomLines.length > 1) options.push(fc.constant({ type: "set-bottom-lines", bottomLines: [...caseFile.bottomLines].reverse() }));
  return fc.oneof(...options);
}

const withCommands = arbCaseFile().chain((caseFile) => fc.tuple(fc.constant(caseFile), fc.array(arbCommand(caseFile), { minLength: 1, maxLength: 4 })));

describe("properties of case files", () => {
  it("survive a JSON round trip, through parseCaseFile and migrateCaseFile", () => {
    fc.assert(
      fc.property(arbCaseFile(), (caseFile) => {
        const json = JSON.parse(JSON.stringify(caseFile)) as unknown;
        expect(parseCaseFile(json)).toEqual(caseFile);
        expect(migrateCaseFile(json)).toEqual(caseFile);
      }),
      { numRuns: 100 },
    );
  });

  it("audited commands undo exactly, replay exactly, and never mutate their input", () => {
    fc.assert(
      fc.property(withCommands, ([start, commands]) => {
        const frozen = deepFreeze(start);
        const snapshot = JSON.stringify(frozen);
        let current: CaseFile = frozen;
        const states: CaseFile[] = [];
        for (const command of commands) {
          try {
            const { next } = applyCaseFileChange(current, command, meta);
            if (next !== current) states.push(current);
            current = deepFreeze(next);
          } catch (error) {
            // Refused by the rules (a status change not allowed, a reused id): a KinsafeError, never anything else.
            expect(isKinsafeError(error)).toBe(true);
          }
        }
        expect(JSON.stringify(frozen)).toBe(snapshot);
        const { history, ...body } = current;
        const { history: _none, ...startBody } = start;
        expect(replay(startBody, history)).toEqual(body);
        for (const before of states.reverse()) {
          current = undoLastCaseFileChange(current);
          expect(current).toEqual(before);
        }
        expect(current).toEqual(start);
        expect(parseCaseFile(JSON.parse(JSON.stringify(current)))).toEqual(start);
      }),
      { numRuns: 100 },
    );
  });
});
