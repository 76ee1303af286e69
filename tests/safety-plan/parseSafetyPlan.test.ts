import { describe, expect, it } from "vitest";
import { isKinsafeError, type KinsafeError } from "../../src/core";
import { parseMonitoringEvent, parseSafetyPlan, safeParseMonitoringEvent, safeParseSafetyPlan } from "../../src/safety-plan";
import { workedBottomLines } from "../bottom-lines/fixtures";
import { breach, monitoring, people, plan } from "../network/fixtures";

type Json = Record<string, unknown>;
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

function failure(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);

describe("parseSafetyPlan", () => {
  it("parses a stored plan, and checks its people and bottom lines against the case's", () => {
    const stored: unknown = JSON.parse(JSON.stringify(plan));
    // #region parse-safety-plan
    const parsed = parseSafetyPlan(stored); // the plan on its own
    parseSafetyPlan(stored, { people, bottomLines: workedBottomLines }); // and its references
    // #endregion parse-safety-plan
    expect(parsed).toEqual(plan);
    expect(parseSafetyPlan(stored, { people, bottomLines: workedBottomLines })).toEqual(plan);
  });

  it("reports shape and reference problems together, in the plan's paths", () => {
    const doc = json(plan);
    const rules = doc["rules"] as Json[];
    const [first, second, ...rest] = rules;
    if (first === undefined || second === undefined) throw new Error("the fixture has changed");
    const bad = {
      ...doc,
      statusHistory: [{ status: "draft", on: "2025-02-30" }],
      rules: [{ ...first, kind: "not-a-kind", responsibleIds: ["nobody"] }, { ...second, bottomLineIds: ["bl-nothing"], monitors: [{ personId: "stranger", as: "network" }] }, ...rest],
    };
    const error = failure(() => parseSafetyPlan(bad, { people, bottomLines: workedBottomLines }));
    expect(error.code).toBe("invalid-input");
    expect(paths(error)).toEqual([
      "statusHistory.0.on invalid_format",
      "rules.0.kind invalid_value",
      "rules.0.responsibleIds.0 reference/unknown-person",
      "rules.1.monitors.0.personId reference/unknown-person",
      "rules.1.bottomLineIds.0 reference/unknown-bottom-line",
    ]);
    // Without the case's people and bottom lines, only the plan itself is checked.
    expect(paths(failure(() => parseSafetyPlan(bad)))).toEqual(["statusHistory.0.on invalid_format", "rules.0.kind invalid_value"]);
    // With people only, the bottom lines are not checked.
    expect(paths(failure(() => parseSafetyPlan(bad, { people })))).not.toContain("rules.1.bottomLineIds.0 reference/unknown-bottom-line");
  });

  it("accepts two rules sharing an id, which checkSafetyPlan reports", () => {
    const doc = json(plan);
    const rules = doc["rules"] as Json[];
    expect(parseSafetyPlan({ ...doc, rules: [...rules, rules[0]] }, { people, bottomLines: workedBottomLines }).rules).toHaveLength(rules.length + 1);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-safety-plan
    const result = safeParseSafetyPlan({ id: "plan-1" });
    if (!result.ok) result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`); // ["version: required", …]
    // #endregion safe-parse-safety-plan
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toContainEqual({ path: ["version"], rule: "required", message: "required" });
    expect(safeParseSafetyPlan(json(plan))).toEqual({ ok: true, value: plan });
  });
});

describe("parseMonitoringEvent", () => {
  it("parses a monitoring event and stores its instants in UTC", () => {
    const stored = { ...json(breach), occurredAt: "2025-05-09T20:30:00+01:00" };
    // #region parse-monitoring-event
    const event = parseMonitoringEvent(stored);
    event.occurredAt; // "2025-05-09T19:30:00Z"
    // #endregion parse-monitoring-event
    expect(event.occurredAt).toBe("2025-05-09T19:30:00Z");
    for (const e of monitoring) expect(parseMonitoringEvent(json(e))).toEqual(e);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-monitoring-event
    const result = safeParseMonitoringEvent({ ...json(breach), outcome: "broken", note: null });
    result.ok; // false: outcome is not one of the outcomes, and note should be left out
    // #endregion safe-parse-monitoring-event
    expect(result.ok === false && paths(result.error)).toEqual(["outcome invalid_value", "note null-for-optional"]);
  });
});
