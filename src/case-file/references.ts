import type * as z from "zod";
import type { CommandRoute, InputIssue } from "../core";
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

type PersonCheck = (id: unknown, path: Path) => void;

/**
 * The people an assessment map names, each checked against the case's people: its author, its
 * participants and parents and carers, the actors, children and people of its statements, the
 * owners of next steps, the raters of judgements and the authors and people of its analysis.
 * (The map's own `childIds` are checked against the case's children.)
 */
function mapPersonReferences(m: Obj, at: Path, person: PersonCheck, persons: PersonCheck): void {
  person(m["authorId"], [...at, "authorId"]);
  const eachPerson = (key: string, field: string): void => {
    list(m[key]).forEach((item, i) => {
      person(item[field], [...at, key, i, field]);
    });
  };
  eachPerson("participants", "personId");
  eachPerson("parentsAndCarers", "personId");
  eachPerson("nextSteps", "ownerId");
  const positions = (item: Obj, path: Path): void => {
    list(item["positions"]).forEach((p, k) => {
      person(p["personId"], [...path, "positions", k, "personId"]);
    });
  };
  for (const key of ["harm", "dangers"]) {
    list(m[key]).forEach((item, i) => {
      const path: Path = [...at, key, i];
      persons(item["actorIds"], [...path, "actorIds"]);
      persons(item["childIds"], [...path, "childIds"]);
      const unknownActor = obj(item["actorNotKnown"]);
      if (unknownActor !== undefined) persons(unknownActor["inCareOfIds"], [...path, "actorNotKnown", "inCareOfIds"]);
      list(item["otherChildren"]).forEach((o, k) => {
        person(o["personId"], [...path, "otherChildren", k, "personId"]);
      });
      positions(item, path);
    });
  }
  for (const [key, field] of [["complicatingFactors", "personIds"], ["strengths", "personIds"], ["existingSafety", "actorIds"]] as const) {
    list(m[key]).forEach((item, i) => {
      persons(item[field], [...at, key, i, field]);
    });
  }
  list(m["scales"]).forEach((scale, i) => {
    list(scale["judgements"]).forEach((j, k) => {
      person(j["raterId"], [...at, "scales", i, "judgements", k, "raterId"]);
    });
  });
  const analysis = obj(m["analysis"]);
  if (analysis !== undefined) {
    const worker = obj(analysis["worker"]);
    if (worker !== undefined) person(worker["authorId"], [...at, "analysis", "worker", "authorId"]);
    list(analysis["family"]).forEach((p, k) => {
      person(p["personId"], [...at, "analysis", "family", k, "personId"]);
    });
  }
}

/**
 * The people named by what an audited command puts in a map of the case file (a map version, an
 * item, a judgement, a participant, a patch), each checked against the case's people (rule
 * `reference/unknown-person`). Only the parts of the maps at `routes` are read: a map an earlier
 * release stored may name people the case file does not hold, and still reads.
 *
 * @param candidate - The case file with the command's payload in place (plain JSON).
 * @param routes - Where the payload went in the case file.
 * @returns Every problem, in the case file's paths.
 *
 * @internal
 */
export function mapPersonIssues(candidate: unknown, routes: readonly CommandRoute[]): InputIssue[] {
  const doc = obj(candidate);
  const targets = routes.map((r) => r.at).filter((at) => at[0] === "maps");
  if (doc === undefined || targets.length === 0) return [];
  const personIds = new Set(list(doc["people"]).map((p) => p["id"]));
  const issues: InputIssue[] = [];
  const person: PersonCheck = (id, path) => {
    if (typeof id !== "string" || personIds.has(id)) return;
    if (!targets.some((at) => at.length <= path.length && at.every((p, i) => path[i] === p))) return;
    issues.push({ path, rule: "reference/unknown-person", message: `No person in the case file has the id ${JSON.stringify(id)}.`, received: JSON.stringify(id) });
  };
  const persons: PersonCheck = (ids, path) => {
    strings(ids).forEach((id, j) => {
      person(id, [...path, j]);
    });
  };
  list(doc["maps"]).forEach((m, i) => {
    mapPersonReferences(m, ["maps", i], person, persons);
  });
  return issues;
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
  people.forEach((p, i) => {
    list(p["relationships"]).forEach((r, j) => {
      // A relationship to oneself is the person parser's problem (reference/self-reference).
      if (r["toId"] !== p["id"]) person(r["toId"], ["people", i, "relationships", j, "toId"]);
    });
  });
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
    list(network["meetings"]).forEach((r, i) => {
      persons(r["attendeeIds"], ["network", "meetings", i, "attendeeIds"]);
      person(r["facilitatorId"], ["network", "meetings", i, "facilitatorId"]);
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
