import type * as z from "zod";
import { CaseFileSchema } from "./CaseFile";

// The cross-reference checks of a case file: every id unique where it must be, and every
// reference pointing at something that exists. They run even when other fields failed to parse
// (so that one error lists every problem), so they read the input defensively.

type Path = (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

function list(value: unknown): readonly Obj[] {
  return Array.isArray(value) ? value.filter((v): v is Obj => typeof v === "object" && v !== null) : [];
}
function obj(value: unknown): Obj | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}
function strings(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Checks the references of a case file and reports each problem with its path and a
 * `reference/...` rule.
 *
 * @internal
 */
export function checkCaseFileReferences(input: unknown, ctx: z.RefinementCtx): void {
  const doc = obj(input);
  if (doc === undefined) return;
  const issue = (path: Path, message: string, rule: string, received: unknown): void => {
    ctx.addIssue({ code: "custom", path, message, input: received, params: { rule } });
  };
  const unique = (items: readonly Obj[], path: Path, key: (item: Obj) => unknown, what: string): void => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      if (typeof k !== "string") return;
      const previous = seen.get(k);
      if (previous !== undefined) issue([...path, i, "id"], `${what} ${k} is already used at ${path.join(".")}[${String(previous)}].`, "reference/duplicate-id", item["id"]);
      else seen.set(k, i);
    });
  };

  const people = list(doc["people"]);
  const maps = list(doc["maps"]);
  const plans = list(doc["plans"]);
  const bottomLines = list(doc["bottomLines"]);
  unique(people, ["people"], (p) => p["id"], "The person id");
  unique(maps, ["maps"], (m) => (typeof m["id"] === "string" && typeof m["version"] === "number" ? `${m["id"]} version ${String(m["version"])}` : undefined), "The map");
  unique(list(doc["childVoice"]), ["childVoice"], (r) => r["id"], "The child-voice record id");
  unique(plans, ["plans"], (p) => p["id"], "The plan id");
  unique(list(doc["monitoring"]), ["monitoring"], (e) => e["id"], "The monitoring id");
  unique(bottomLines, ["bottomLines"], (b) => b["id"], "The bottom line id");

  const personIds = new Set(people.map((p) => p["id"]));
  const childIds = new Set(strings(doc["childIds"]));
  const mapIds = new Set(maps.map((m) => m["id"]));
  const bottomLineIds = new Set(bottomLines.map((b) => b["id"]));
  const person = (id: unknown, path: Path): void => {
    if (typeof id === "string" && !personIds.has(id)) issue(path, `No person in the case file has the id ${JSON.stringify(id)}.`, "reference/unknown-person", id);
  };
  const persons = (ids: unknown, path: Path): void => {
    strings(ids).forEach((id, j) => {
      person(id, [...path, j]);
    });
  };
  const child = (id: unknown, path: Path): void => {
    if (typeof id === "string" && !childIds.has(id)) issue(path, `${JSON.stringify(id)} is not one of the children of the case (childIds).`, "reference/unknown-child", id);
  };
  const map = (id: unknown, path: Path): void => {
    if (typeof id === "string" && !mapIds.has(id)) issue(path, `No assessment map in the case file has the id ${JSON.stringify(id)}.`, "reference/unknown-map", id);
  };

  persons(doc["childIds"], ["childIds"]);
  maps.forEach((m, i) => {
    strings(m["childIds"]).forEach((c, j) => {
      child(c, ["maps", i, "childIds", j]);
    });
  });
  list(doc["childVoice"]).forEach((r, i) => {
    child(r["childId"], ["childVoice", i, "childId"]);
  });

  const network = obj(doc["network"]);
  if (network !== undefined) {
    list(network["members"]).forEach((m, i) => {
      person(m["personId"], ["network", "members", i, "personId"]);
    });
    list(network["informing"]).forEach((r, i) => {
      person(r["personId"], ["network", "informing", i, "personId"]);
      map(r["mapId"], ["network", "informing", i, "mapId"]);
    });
  }

  const planIds = new Set(plans.map((p) => p["id"]));
  const rulesOf = new Map<unknown, Set<unknown>>(plans.map((p) => [p["id"], new Set(list(p["rules"]).map((r) => r["id"]))]));
  plans.forEach((p, i) => {
    map(p["mapId"], ["plans", i, "mapId"]);
    const previous = p["previousVersionId"];
    if (typeof previous === "string" && !planIds.has(previous)) {
      issue(["plans", i, "previousVersionId"], `No plan in the case file has the id ${JSON.stringify(previous)}.`, "reference/unknown-plan", previous);
    }
    list(p["rules"]).forEach((r, j) => {
      const path: Path = ["plans", i, "rules", j];
      persons(r["responsibleIds"], [...path, "responsibleIds"]);
      persons(r["subjectIds"], [...path, "subjectIds"]);
      list(r["monitors"]).forEach((m, k) => {
        person(m["personId"], [...path, "monitors", k, "personId"]);
      });
      const ifBroken = obj(r["ifBroken"]);
      if (ifBroken !== undefined) persons(ifBroken["whoTellsIds"], [...path, "ifBroken", "whoTellsIds"]);
      strings(r["bottomLineIds"]).forEach((b, k) => {
        if (typeof b === "string" && !bottomLineIds.has(b)) {
          issue([...path, "bottomLineIds", k], `No bottom line of the case has the id ${JSON.stringify(b)}.`, "reference/unknown-bottom-line", b);
        }
      });
    });
  });

  list(doc["monitoring"]).forEach((e, i) => {
    const planId = e["planId"];
    if (typeof planId === "string" && !planIds.has(planId)) {
      issue(["monitoring", i, "planId"], `No plan in the case file has the id ${JSON.stringify(planId)}.`, "reference/unknown-plan", planId);
      return;
    }
    const ruleId = e["ruleId"];
    if (typeof ruleId === "string" && rulesOf.get(planId)?.has(ruleId) !== true) {
      issue(["monitoring", i, "ruleId"], `The plan ${JSON.stringify(planId)} has no rule with the id ${JSON.stringify(ruleId)}.`, "reference/unknown-rule", ruleId);
    }
  });

  bottomLines.forEach((b, i) => {
    if (b["kind"] === "no-unsupervised-contact") person(b["personId"], ["bottomLines", i, "personId"]);
  });
}

/**
 * The case-file schema with its cross-reference checks: what `parseCaseFile` parses with.
 *
 * @internal
 */
export const CaseFileDocumentSchema = CaseFileSchema.superRefine(checkCaseFileReferences, { when: () => true });
