import { castDraft, type Draft } from "immer";
import { applyAssessmentMapChange, type AssessmentMap } from "../assessment";
import { applyPatchesTo, KinsafeError, type ChangeMeta, type Patch } from "../core";
import { type SafetyNetwork } from "../network";
// The recipes are shared through each folder's internal recipes module, so that the audited
// case-file commands and the plain updaters have one implementation.
import {
  addNetworkMeetingRecipe,
  addNetworkMemberRecipe,
  addPersonRecipe,
  endNetworkMembershipRecipe,
  recordInformingRecipe,
  updateNetworkMemberRecipe,
  updatePersonRecipe,
} from "../network/internal";
import { setPlanStatus, type SafetyPlan } from "../safety-plan";
import {
  addPlanReviewRecipe,
  addPlanRuleRecipe,
  removePlanRuleRecipe,
  setPlanStatusRecipe,
  updatePlanRuleRecipe,
} from "../safety-plan/internal";
import type { CaseFile } from "./CaseFile";
import type { CaseFileCommandSchema } from "./CaseFileCommand";
import type * as z from "zod";

// The recipes of the case-file commands. Each part of the case is changed with its own module's
// recipe (network, safety plan) or audited change (assessment map), so the case file and the
// plain updaters cannot drift apart.

/** A case file without its history: what the patches of a case-file change describe. @internal */
export type CaseFileBody = Omit<CaseFile, "history">;
/** A parsed command. @internal */
export type ParsedCaseFileCommand = z.output<typeof CaseFileCommandSchema>;

type Changes = Readonly<Record<string, unknown>>;

/** A patch and the fields to remove, as the changes object of an updater (`undefined` removes). */
function changesOf(patch: Changes, unset: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...patch };
  for (const key of unset ?? []) out[key] = undefined;
  return out;
}

function prefixed(patches: readonly Patch[], prefix: readonly (string | number)[]): Patch[] {
  return patches.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

function mapIndex(base: CaseFileBody, mapId: string, version: number | undefined): number {
  let found = -1;
  base.maps.forEach((m, i) => {
    if (m.id !== mapId) return;
    if (version === undefined ? found === -1 || m.version >= (base.maps[found] as AssessmentMap).version : m.version === version) found = i;
  });
  if (found === -1) {
    throw new KinsafeError("not-found", `The case file has no assessment map ${JSON.stringify(mapId)}${version === undefined ? "" : ` version ${String(version)}`}.`);
  }
  return found;
}

function planIndex(base: CaseFileBody, planId: string): number {
  const i = base.plans.findIndex((p) => p.id === planId);
  if (i === -1) throw new KinsafeError("not-found", `The case file has no safety plan ${JSON.stringify(planId)}.`);
  return i;
}

function networkOf(draft: Draft<CaseFileBody>): Draft<SafetyNetwork> {
  if (draft.network === undefined) throw new KinsafeError("not-found", "The case file has no safety network yet: create it first (update-network with change create).");
  return draft.network;
}

/**
 * Applies a parsed case-file command to a draft of the case file without its history.
 *
 * @param draft - The draft to change.
 * @param base - The same case file, not drafted (for the parts changed through audited changes).
 * @param command - The parsed command.
 * @param meta - Who, when and why (passed on to the assessment map's audited change).
 * @internal
 */
export function caseFileCommandRecipe(draft: Draft<CaseFileBody>, base: CaseFileBody, command: ParsedCaseFileCommand, meta: ChangeMeta): void {
  switch (command.type) {
    case "add-person":
      return addPersonRecipe(draft.people, command.person);
    case "update-person":
      return updatePersonRecipe(draft.people, command.personId, changesOf(command.patch, command.unset));
    case "add-map-version": {
      const { id, version } = command.map;
      if (base.maps.some((m) => m.id === id && m.version === version)) {
        throw new KinsafeError("duplicate-id", `The case file already has assessment map ${JSON.stringify(id)} version ${String(version)}.`);
      }
      draft.maps.push(castDraft(command.map));
      return;
    }
    case "map-change": {
      const i = mapIndex(base, command.mapId, command.version);
      // The map's own audited change, so its recipes and checks apply; its patches are replayed
      // on the case file under maps[i].
      const { entry } = applyAssessmentMapChange(base.maps[i] as AssessmentMap, command.command, meta);
      applyPatchesTo(draft, prefixed(entry.patches, ["maps", i]));
      return;
    }
    case "add-child-voice": {
      if (base.childVoice.some((r) => r.id === command.record.id)) {
        throw new KinsafeError("duplicate-id", `The case file already has a child-voice record ${JSON.stringify(command.record.id)}.`);
      }
      draft.childVoice.push(castDraft(command.record));
      return;
    }
    case "update-network": {
      const change = command.change;
      switch (change.type) {
        case "create":
          if (base.network !== undefined) throw new KinsafeError("duplicate-id", `The case file already has a safety network (${base.network.id}).`);
          draft.network = { id: change.id, members: [], informing: [], meetings: [] };
          return;
        case "add-member":
          return addNetworkMemberRecipe(networkOf(draft), change.member);
        case "update-member":
          return updateNetworkMemberRecipe(networkOf(draft), change.personId, changesOf(change.patch, change.unset));
        case "end-member":
          return endNetworkMembershipRecipe(networkOf(draft), change.personId, change.on);
        case "record-informing":
          return recordInformingRecipe(networkOf(draft), change.record);
        case "add-meeting":
          return addNetworkMeetingRecipe(networkOf(draft), change.meeting);
        default: {
          const unknown: never = change;
          throw new KinsafeError("unknown-command", `Unknown network change: ${JSON.stringify(unknown)}.`);
        }
      }
    }
    case "add-plan-version": {
      if (base.plans.some((p) => p.id === command.plan.id)) throw new KinsafeError("duplicate-id", `The case file already has a safety plan ${JSON.stringify(command.plan.id)}.`);
      draft.plans.push(castDraft(command.plan));
      return;
    }
    case "plan-change": {
      const i = planIndex(base, command.planId);
      const plan = draft.plans[i] as Draft<SafetyPlan>;
      const change = command.change;
      switch (change.type) {
        case "add-rule":
          return addPlanRuleRecipe(plan, change.rule);
        case "update-rule":
          return updatePlanRuleRecipe(plan, change.ruleId, changesOf(change.patch, change.unset));
        case "remove-rule":
          if (base.monitoring.some((e) => e.planId === command.planId && e.ruleId === change.ruleId)) {
            throw new KinsafeError("still-referenced", `Rule ${JSON.stringify(change.ruleId)} has monitoring recorded against it; make a new plan version instead of removing it.`);
          }
          return removePlanRuleRecipe(plan, change.ruleId);
        case "set-status": {
          // The plan's own transition rules decide whether the change is allowed.
          const checked = setPlanStatus(base.plans[i] as SafetyPlan, change.status, change.on);
          if (!checked.ok) {
            const codes = checked.findings.map((f) => f.code).join(", ");
            throw new KinsafeError("invalid-argument", `The plan ${JSON.stringify(command.planId)} cannot become ${change.status} on ${change.on}: ${codes}.`);
          }
          return setPlanStatusRecipe(plan, change.status, change.on);
        }
        case "add-review":
          return addPlanReviewRecipe(plan, change.review);
        default: {
          const unknown: never = change;
          throw new KinsafeError("unknown-command", `Unknown plan change: ${JSON.stringify(unknown)}.`);
        }
      }
    }
    case "add-monitoring": {
      if (base.monitoring.some((e) => e.id === command.event.id)) {
        throw new KinsafeError("duplicate-id", `The case file already has a monitoring event ${JSON.stringify(command.event.id)}.`);
      }
      draft.monitoring.push(castDraft(command.event));
      return;
    }
    case "update-monitoring": {
      const i = base.monitoring.findIndex((e) => e.id === command.eventId);
      if (i === -1) throw new KinsafeError("not-found", `The case file has no monitoring event ${JSON.stringify(command.eventId)}.`);
      const event = draft.monitoring[i] as Record<string, unknown>;
      for (const [key, value] of Object.entries(changesOf(command.patch, command.unset))) {
        if (key === "id") continue;
        if (value === undefined) Reflect.deleteProperty(event, key);
        else if (JSON.stringify(event[key]) !== JSON.stringify(value)) event[key] = castDraft(value);
      }
      return;
    }
    case "set-bottom-lines":
      if (JSON.stringify(base.bottomLines) !== JSON.stringify(command.bottomLines)) draft.bottomLines = castDraft(command.bottomLines);
      return;
    default: {
      const unknown: never = command;
      throw new KinsafeError("unknown-command", `Unknown case file command: ${JSON.stringify(unknown)}.`);
    }
  }
}
