// Fixtures of the case-file tests: the worked case (tests/bottom-lines/fixtures.ts) built step
// by step through audited commands, as a case system would record it.
import { applyCaseFileChange, createCaseFile, type CaseFile, type CaseFileCommand } from "../../src/case-file";
import { isoDateTime, personId, type ChangeMeta } from "../../src/core";
import { breach, childVoice, ids, map, monitoring, network, people, plan, workedBottomLines } from "../bottom-lines/fixtures";

export * from "../bottom-lines/fixtures";

/** The commands that record the worked case, each with the day it was recorded. */
export function workedCommands(): readonly { readonly on: string; readonly command: CaseFileCommand }[] {
  const { escalation, resolvedOn, ...breachAsSeen } = breach;
  const draftPlan = { ...plan, status: "draft" as const, statusHistory: [{ status: "draft" as const, on: "2025-03-28" }], rules: [], reviews: [] };
  const [review] = plan.reviews;
  if (review === undefined || escalation === undefined || resolvedOn === undefined) throw new Error("the fixture has changed");
  return [
    { on: "2025-03-20", command: { type: "add-map-version", map } },
    { on: "2025-03-20", command: { type: "set-bottom-lines", bottomLines: workedBottomLines } },
    { on: "2025-03-20", command: { type: "update-network", change: { type: "create", id: network.id } } },
    ...network.members.map((member) => ({ on: member.joinedOn, command: { type: "update-network", change: { type: "add-member", member } } }) as const),
    ...childVoice.map((record) => ({ on: record.date, command: { type: "add-child-voice", record } }) as const),
    ...network.informing.map((record) => ({ on: record.on, command: { type: "update-network", change: { type: "record-informing", record } } }) as const),
    ...network.meetings.slice(0, 1).map((meeting) => ({ on: meeting.date, command: { type: "update-network", change: { type: "add-meeting", meeting } } }) as const),
    { on: "2025-03-28", command: { type: "add-plan-version", plan: draftPlan } },
    ...plan.rules.map((rule) => ({ on: "2025-03-28", command: { type: "plan-change", planId: plan.id, change: { type: "add-rule", rule } } }) as const),
    { on: "2025-04-01", command: { type: "plan-change", planId: plan.id, change: { type: "set-status", status: "trial", on: "2025-04-01" } } },
    { on: "2025-04-29", command: { type: "plan-change", planId: plan.id, change: { type: "set-status", status: "active", on: "2025-04-29" } } },
    ...monitoring.map((event) => ({ on: event.date, command: { type: "add-monitoring", event: event.id === breach.id ? breachAsSeen : event } }) as const),
    { on: "2025-05-10", command: { type: "update-monitoring", eventId: breach.id, patch: { escalation } } },
    ...network.meetings.slice(1).map((meeting) => ({ on: meeting.date, command: { type: "update-network", change: { type: "add-meeting", meeting } } }) as const),
    { on: "2025-05-14", command: { type: "plan-change", planId: plan.id, change: { type: "add-review", review } } },
    { on: "2025-05-14", command: { type: "update-monitoring", eventId: breach.id, patch: { resolvedOn } } },
  ];
}

/** Who recorded a command on a day. */
export function metaOn(on: string, reason = "Recorded by the social worker"): ChangeMeta {
  return { at: isoDateTime(`${on}T17:00:00Z`), by: personId("sw-sarah"), reason };
}

/** The worked case recorded through audited commands: the same case file as `workedCase()`, with its history. */
export function workedCaseByCommands(): CaseFile {
  let caseFile = createCaseFile({ id: "case-amy-ben", childIds: [ids.amy, ids.ben], people });
  for (const { on, command } of workedCommands()) caseFile = applyCaseFileChange(caseFile, command, metaOn(on)).next;
  return caseFile;
}
