import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { enSafetyPlan } from "../../src/safety-plan";
import { PLAN_STATUS_TRANSITIONS, PlanStatusSchema, setPlanStatus, type PlanStatus, type SafetyPlan } from "../../src/safety-plan";
import { deepFreeze, plan, thrown } from "./helpers";

describe("setPlanStatus", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const moved = setPlanStatus(plan, "sustaining", isoDate("2025-06-01"));
    moved.ok; // true
    const refused = setPlanStatus(plan, "draft", isoDate("2025-06-01"));
    refused.findings[0]?.code; // "safety-plan/status-change-not-allowed" (active cannot go back to draft)
    // #endregion docs-example
    expect(moved.ok && moved.value.status).toBe("sustaining");
    expect(moved.ok && moved.value.statusHistory.at(-1)).toEqual({ status: "sustaining", on: "2025-06-01" });
    expect(refused).toEqual({
      ok: false,
      findings: [{ code: "safety-plan/status-change-not-allowed", severity: "error", path: ["status"], params: { from: "active", to: "draft" } }],
    });
  });

  it("refuses a move dated before the last one", () => {
    const result = setPlanStatus(plan, "sustaining", isoDate("2025-04-01"));
    expect(result).toEqual({
      ok: false,
      findings: [{ code: "safety-plan/status-change-before-last", severity: "error", path: ["statusHistory"], params: { on: "2025-04-01", lastOn: "2025-04-29" } }],
    });
    expect(setPlanStatus(plan, "sustaining", isoDate("2025-04-29")).ok).toBe(true);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    setPlanStatus(frozen, "ended", isoDate("2025-06-01"));
    expect(frozen.status).toBe("active");
  });

  it("throws for an unknown status or a bad date", () => {
    expect(thrown(() => setPlanStatus(plan, "paused" as PlanStatus, isoDate("2025-06-01"))).code).toBe("invalid-argument");
    expect(thrown(() => setPlanStatus(plan, "ended", "June")).code).toBe("invalid-argument");
  });

  it("has English templates for its refusals", () => {
    expect(enSafetyPlan.messages["safety-plan/status-change-not-allowed"]!).toContain("{from}");
  });

  describe("properties", () => {
    const statuses = PlanStatusSchema.options;
    test.prop([fc.array(fc.constantFrom(...statuses), { maxLength: 12 })])("only follows the transitions table", (moves) => {
      let current: SafetyPlan = { ...plan, status: "draft", statusHistory: [{ status: "draft", on: isoDate("2025-01-01") }] };
      for (const to of moves) {
        const from = current.status;
        const result = setPlanStatus(current, to, isoDate("2025-06-01"));
        const allowed: readonly PlanStatus[] = PLAN_STATUS_TRANSITIONS[from];
        expect(result.ok).toBe(allowed.includes(to));
        if (result.ok) {
          expect(result.value.statusHistory).toHaveLength(current.statusHistory.length + 1);
          current = result.value;
        }
      }
    });
  });
});
