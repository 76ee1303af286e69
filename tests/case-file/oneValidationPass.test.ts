// Audited commands are checked in one pass: shape and references together, every problem in one
// KinsafeError, in the document's paths (problems with the command's own fields under "command").
import { describe, expect, it } from "vitest";
import { applyAssessmentMapChange, type AssessmentMapCommand } from "../../src/assessment";
import { applyCaseFileChange, type CaseFileCommand } from "../../src/case-file";
import { type KinsafeError } from "../../src/core";
import { sampleMap } from "../assessment/fixtures";
import { meta, workedCase, caught } from "./fixtures";


const pathsAndRules = (error: KinsafeError): unknown[] => error.issues.map((i) => [i.path, i.rule]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const sorted = (list: unknown[]): unknown[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const caseFile = workedCase();
const plan = caseFile.plans[0];
const map = caseFile.maps[0];
if (plan === undefined || map === undefined || caseFile.network === undefined) throw new Error("the worked case has changed");
const rules = plan.rules.length;
const members = caseFile.network.members.length;
const monitoring = caseFile.monitoring.length;
const steps = map.nextSteps.length;

// Each: a command with an impossible date, an unknown code and a dangling reference, and the
// three problems it must report, in the case file's paths.
const cases: readonly (readonly [name: string, command: unknown, expected: readonly (readonly [readonly (string | number)[], string])[]])[] = [
  [
    "an added rule",
    { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule: { id: "r-new", kind: "rutine", text: "Kerry walks Amy to school", dangerIds: [], bottomLineIds: [], subjectIds: ["kerry"], responsibleIds: ["kerry"], monitors: [{ personId: "stranger", as: "network" }], triggers: [], agreedBy: [{ personId: "kerry", on: "2025-02-30" }] } } },
    [
      [["plans", 0, "rules", rules, "kind"], "invalid_value"],
      [["plans", 0, "rules", rules, "agreedBy", 0, "on"], "invalid_format"],
      [["plans", 0, "rules", rules, "monitors", 0, "personId"], "reference/unknown-person"],
    ],
  ],
  [
    "a network member",
    { type: "update-network", change: { type: "add-member", member: { personId: "stranger", foundBy: "familly", willingness: "willing", roles: [], joinedOn: "2025-02-30", staysAfterClosure: "yes" } } },
    [
      [["network", "members", members, "personId"], "reference/unknown-person"],
      [["network", "members", members, "foundBy"], "invalid_value"],
      [["network", "members", members, "joinedOn"], "invalid_format"],
    ],
  ],
  [
    "a monitoring event",
    { type: "add-monitoring", event: { id: "m-new", planId: "plan-1", ruleId: "r-nope", date: "2025-02-30", byId: "gran-pat", role: "neighbour", outcome: "followed" } },
    [
      [["monitoring", monitoring, "ruleId"], "reference/unknown-rule"],
      [["monitoring", monitoring, "date"], "invalid_format"],
      [["monitoring", monitoring, "role"], "invalid_value"],
    ],
  ],
  [
    "a map command's next step",
    { type: "map-change", mapId: "map-1", command: { type: "add-item", column: "nextSteps", item: { id: "n-new", text: "Gran visits on Sundays", due: "2025-02-30", status: "planed", goalIds: ["g-nope"] } } },
    [
      [["maps", 0, "nextSteps", steps, "due"], "invalid_format"],
      [["maps", 0, "nextSteps", steps, "status"], "invalid_value"],
      [["maps", 0, "nextSteps", steps, "goalIds", 0], "reference/unknown-safety-goal"],
    ],
  ],
  [
    "a new map version",
    { type: "add-map-version", map: { ...map, version: 2, date: "2025-02-30", variant: "safty", goals: map.goals.map((g, i) => (i === 0 ? { ...g, dangerId: "d-nope" } : g)) } },
    [
      [["maps", 1, "date"], "invalid_format"],
      [["maps", 1, "variant"], "invalid_value"],
      [["maps", 1, "goals", 0, "dangerId"], "reference/unknown-danger-statement"],
    ],
  ],
  [
    "a monitoring event's patch",
    { type: "update-monitoring", eventId: caseFile.monitoring[0]?.id, patch: { date: "2025-02-30", outcome: "folowed", planId: "plan-9" } },
    [
      [["monitoring", 0, "date"], "invalid_format"],
      [["monitoring", 0, "outcome"], "invalid_value"],
      [["monitoring", 0, "planId"], "reference/unknown-plan"],
    ],
  ],
];

describe("applyCaseFileChange checks a command in one pass", () => {
  it.each(cases)("%s: an impossible date, an unknown code and a dangling reference in one error", (_name, command, expected) => {
    const error = caught(() => applyCaseFileChange(caseFile, command as CaseFileCommand, meta));
    expect(error.code).toBe("invalid-input");
    expect(pathsAndRules(error)).toEqual(sorted(expected.map(([p, r]) => [p, r])));
  });

  it("names the rule of the example: a dangling monitor of an added rule", () => {
    // #region one-pass
    const rule = { id: "r-school", kind: "routine", text: "Kerry walks Amy to school", dangerIds: [], bottomLineIds: [], subjectIds: ["kerry"], responsibleIds: ["kerry"], monitors: [{ personId: "stranger", as: "network" }], triggers: [], agreedBy: [] } as const;
    try {
      applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule } }, meta);
    } catch {
      // error.issues[0].path: ["plans", 0, "rules", 4, "monitors", 0, "personId"] (the case file's path)
      // error.issues[0].rule: "reference/unknown-person"
    }
    // #endregion one-pass
    expect(caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule } }, meta)).issues).toMatchObject([
      { path: ["plans", 0, "rules", rules, "monitors", 0, "personId"], rule: "reference/unknown-person" },
    ]);
  });

  it("reports the command's own fields under \"command\", with the payload's problems", () => {
    const unknownPlan = caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-9", change: { type: "add-rule", rule: { id: "r-x" } } } as never, meta));
    expect(unknownPlan.code).toBe("invalid-input");
    expect(unknownPlan.issues[0]?.path.slice(0, 3)).toEqual(["command", "change", "rule"]);
    expect(unknownPlan.issues.at(-1)).toMatchObject({ path: ["command", "planId"], rule: "reference/not-found" });
    expect(caught(() => applyCaseFileChange(caseFile, { type: "no-such-command" } as never, meta)).issues).toMatchObject([{ path: ["command", "type"] }]);
    expect(caught(() => applyCaseFileChange(caseFile, { type: "map-change", mapId: "map-1", command: { type: "update-item", column: "goals", id: "g-9", patch: {} } }, meta))).toMatchObject({
      code: "not-found",
      issues: [{ path: ["command", "command", "id"], rule: "reference/not-found" }],
    });
  });
});

describe("applyAssessmentMapChange checks a command in one pass", () => {
  const base = sampleMap();
  const steps = base.nextSteps.length;
  it.each([
    ["an added next step", { type: "add-item", column: "nextSteps", item: { id: "n-new", text: "Gran visits", due: "2025-02-30", status: "planed", goalIds: ["g-nope"] } }, ["nextSteps", steps]],
    ["a next step's patch", { type: "update-item", column: "nextSteps", id: "n-1", patch: { due: "2025-02-30", status: "planed", goalIds: ["g-nope"] } }, ["nextSteps", 0]],
  ] as const)("%s: an impossible date, an unknown code and a dangling reference in one error, in the map's paths", (_name, command, at) => {
    const error = caught(() => applyAssessmentMapChange(base, command as unknown as AssessmentMapCommand, meta));
    expect(error.code).toBe("invalid-input");
    expect(pathsAndRules(error)).toEqual(
      sorted([
        [[...at, "due"], "invalid_format"],
        [[...at, "status"], "invalid_value"],
        [[...at, "goalIds", 0], "reference/unknown-safety-goal"],
      ]),
    );
  });

  it("keeps the updaters' codes when that is the only problem", () => {
    expect(caught(() => applyAssessmentMapChange(base, { type: "update-item", column: "harm", id: "h-9", patch: {} }, meta)).code).toBe("not-found");
    expect(caught(() => applyAssessmentMapChange(base, { type: "add-item", column: "strengths", item: { id: "d-1", text: "x", personIds: [], observedBy: [] } }, meta)).code).toBe("duplicate-id");
  });
});
