import type { AssessmentMap } from "../assessment";
import { placeMapCommand } from "../assessment/internal";
import { COMMAND_PATH, json, notFound, type CommandPlacement, type CommandRoute } from "../core";
import type { CaseFileBody } from "./caseFileRecipes";

// Where the payload of a case-file command goes in the case file, for checking a command in one
// pass in the case file's paths (see applyCaseFileChange). Reads the command defensively: it may
// not have parsed.

type Doc = Readonly<Record<string, unknown>>;
type Path = readonly (string | number)[];

function at(doc: Doc, candidate: Doc, payload: Path, path: Path): CommandPlacement {
  return { candidate: { ...doc, ...candidate }, routes: [{ payload, at: path }] };
}

/** The command's payload appended to the list `key` of `owner` (the case file or a part of it). */
function appendTo(owner: Doc, key: string, item: unknown): { readonly value: Doc; readonly index: number } {
  const list = json.list(owner[key]);
  return { value: { ...owner, [key]: [...list, item] }, index: list.length };
}

/** The open (else the latest) membership of a person, as `memberIndex` finds it. */
function memberIndexOf(members: readonly unknown[], personId: unknown): number {
  let latest = -1;
  for (let i = members.length - 1; i >= 0; i--) {
    const m = json.obj(members[i]);
    if (m === undefined || m["personId"] !== personId) continue;
    if (m["leftOn"] === undefined) return i;
    if (latest < 0) latest = i;
  }
  return latest;
}

/** The map a `map-change` command changes: the version given, or the highest. */
function mapIndexOf(maps: readonly unknown[], mapId: unknown, version: unknown): number {
  let found = -1;
  maps.forEach((value, i) => {
    const m = json.obj(value);
    if (m === undefined || m["id"] !== mapId) return;
    const v = m["version"] as number;
    if (version === undefined ? found === -1 || v >= (json.obj(maps[found])?.["version"] as number) : v === version) found = i;
  });
  return found;
}

function placeNetworkChange(doc: Doc, change: Doc | undefined): CommandPlacement | undefined {
  if (change === undefined) return undefined;
  const network = json.obj(doc["network"]);
  if (change["type"] === "create") {
    return at(doc, { network: { id: change["id"], members: [], informing: [], meetings: [] } }, ["change", "id"], ["network", "id"]);
  }
  if (network === undefined) return notFound(["change", "type"], "The case file has no safety network yet: create it first.", change["type"]);
  const addTo = (key: string, payload: string): CommandPlacement => {
    const { value, index } = appendTo(network, key, change[payload]);
    return at(doc, { network: value }, ["change", payload], ["network", key, index]);
  };
  switch (change["type"]) {
    case "add-member":
      return addTo("members", "member");
    case "record-informing":
      return addTo("informing", "record");
    case "add-meeting":
      return addTo("meetings", "meeting");
    case "update-member":
    case "end-member": {
      const members = json.list(network["members"]);
      const i = memberIndexOf(members, change["personId"]);
      if (i < 0) return notFound(["change", "personId"], `${JSON.stringify(change["personId"])} is not a member of the network.`, change["personId"]);
      const member = json.obj(members[i]);
      const next = change["type"] === "end-member" ? { ...member, leftOn: change["on"] } : json.merged(member, change["patch"], change["unset"], "personId");
      const route: CommandRoute = change["type"] === "end-member" ? { payload: ["change", "on"], at: ["network", "members", i, "leftOn"] } : { payload: ["change", "patch"], at: ["network", "members", i] };
      return { candidate: { ...doc, network: { ...network, members: json.with(members, i, next) } }, routes: [route] };
    }
    default:
      return undefined;
  }
}

function placePlanChange(doc: Doc, planId: unknown, change: Doc | undefined): CommandPlacement | undefined {
  const plans = json.list(doc["plans"]);
  const i = json.indexOf(plans, planId);
  if (i < 0) return notFound(["planId"], `The case file has no safety plan ${JSON.stringify(planId)}.`, planId);
  if (change === undefined) return undefined;
  const plan = json.obj(plans[i]) ?? {};
  const withPlan = (next: Doc, routes: readonly CommandRoute[]): CommandPlacement => ({ candidate: { ...doc, plans: json.with(plans, i, next) }, routes });
  const addTo = (key: string, payload: string): CommandPlacement => {
    const { value, index } = appendTo(plan, key, change[payload]);
    return withPlan(value, [{ payload: ["change", payload], at: ["plans", i, key, index] }]);
  };
  switch (change["type"]) {
    case "add-rule":
      return addTo("rules", "rule");
    case "add-review":
      return addTo("reviews", "review");
    case "update-rule": {
      const rules = json.list(plan["rules"]);
      const j = json.indexOf(rules, change["ruleId"]);
      if (j < 0) return notFound(["change", "ruleId"], `The plan ${JSON.stringify(planId)} has no rule ${JSON.stringify(change["ruleId"])}.`, change["ruleId"]);
      const rule = json.merged(rules[j], change["patch"], change["unset"], "id");
      return withPlan({ ...plan, rules: json.with(rules, j, rule) }, [{ payload: ["change", "patch"], at: ["plans", i, "rules", j] }]);
    }
    case "set-status": {
      const history = json.list(plan["statusHistory"]);
      const next = { ...plan, status: change["status"], statusHistory: [...history, { status: change["status"], on: change["on"] }] };
      // The status is written once, at the plan's status; its copy in the history is derived.
      return {
        ...withPlan(next, [
          { payload: ["change", "status"], at: ["plans", i, "status"] },
          { payload: ["change", "on"], at: ["plans", i, "statusHistory", history.length, "on"] },
        ]),
        derived: [["plans", i, "statusHistory", history.length, "status"]],
      };
    }
    default:
      return undefined;
  }
}

/**
 * The case file (without its history) with the command's payload in place, and where each part
 * of the payload went; `undefined` when the command does not say where (an unknown type) or has
 * no payload (a removal). A command that names what the case file does not have is placed
 * nowhere, with the problem at its own path (`["command", "planId"]`).
 *
 * | Command | Payload | Path in the case file |
 * |---|---|---|
 * | `add-person` | `person` | `["people", n]` (n: the list's length) |
 * | `update-person` | `patch` | `["people", i]` (i: the person's index) |
 * | `add-map-version` | `map` | `["maps", n]` |
 * | `map-change` | `command.…` | `["maps", i, …]` as the map command places it |
 * | `add-child-voice` | `record` | `["childVoice", n]` |
 * | `update-network` | `change.member`, `.record`, `.meeting`, `.patch`, `.on`, `.id` | `["network", "members", n]`, `["network", "informing", n]`, `["network", "meetings", n]`, `["network", "members", i]`, `["network", "members", i, "leftOn"]`, `["network", "id"]` |
 * | `add-plan-version` | `plan` | `["plans", n]` |
 * | `plan-change` | `change.rule`, `.patch`, `.review`, `.status`, `.on` | `["plans", i, "rules", n]`, `["plans", i, "rules", j]`, `["plans", i, "reviews", n]`, `["plans", i, "status"]`, `["plans", i, "statusHistory", n, "on"]` |
 * | `add-monitoring` | `event` | `["monitoring", n]` |
 * | `update-monitoring` | `patch` | `["monitoring", i]` |
 * | `set-bottom-lines` | `bottomLines` | `["bottomLines"]` |
 *
 * @internal
 */
export function placeCaseFileCommand(body: CaseFileBody, command: unknown): CommandPlacement | undefined {
  const c = json.obj(command);
  if (c === undefined) return undefined;
  const doc: Doc = { ...(body as unknown as Doc), history: [] };
  const addTo = (key: string, payload: string): CommandPlacement => {
    const { value, index } = appendTo(doc, key, c[payload]);
    return at(doc, value, [payload], [key, index]);
  };
  const update = (key: string, idField: string, keep: string): CommandPlacement => {
    const list = json.list(doc[key]);
    const i = json.indexOf(list, c[idField], keep);
    if (i < 0) return notFound([idField], `The case file has no ${key} item ${JSON.stringify(c[idField])}.`, c[idField]);
    return at(doc, { [key]: json.with(list, i, json.merged(list[i], c["patch"], c["unset"], keep)) }, ["patch"], [key, i]);
  };
  switch (c["type"]) {
    case "add-person":
      return addTo("people", "person");
    case "update-person":
      return update("people", "personId", "id");
    case "add-map-version":
      return addTo("maps", "map");
    case "map-change": {
      const maps = json.list(doc["maps"]);
      const i = mapIndexOf(maps, c["mapId"], c["version"]);
      if (i < 0) return notFound(["mapId"], `The case file has no assessment map ${JSON.stringify(c["mapId"])}.`, c["mapId"]);
      const inner = placeMapCommand(maps[i] as AssessmentMap, c["command"]);
      if (inner === undefined) return undefined;
      const routes = inner.routes.map((r) => ({ payload: [COMMAND_PATH, ...r.payload], at: ["maps", i, ...r.at] }));
      const missing = inner.missing === undefined ? {} : { missing: { ...inner.missing, path: [COMMAND_PATH, ...inner.missing.path] } };
      const candidate = inner.candidate === undefined ? {} : { candidate: { ...doc, maps: json.with(maps, i, inner.candidate) } };
      return { ...candidate, routes, ...missing };
    }
    case "add-child-voice":
      return addTo("childVoice", "record");
    case "update-network":
      return placeNetworkChange(doc, json.obj(c["change"]));
    case "add-plan-version":
      return addTo("plans", "plan");
    case "plan-change":
      return placePlanChange(doc, c["planId"], json.obj(c["change"]));
    case "add-monitoring":
      return addTo("monitoring", "event");
    case "update-monitoring":
      return update("monitoring", "eventId", "id");
    case "set-bottom-lines":
      return at(doc, { bottomLines: c["bottomLines"] }, ["bottomLines"], ["bottomLines"]);
    default:
      return undefined;
  }
}
