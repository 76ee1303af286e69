import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { checkSafetyPlan, MonitoringEventSchema, monitoringGaps, planCoverage, readinessToStepDown, SafetyPlanSchema } from "../../src/safety-plan";
import { arbAssessmentMap, arbIsoDate } from "../arbitraries";
import { arbSafetyNetwork } from "../network/arbitraries";
import { deepFreeze } from "../network/fixtures";
import { arbMonitoringEvents, arbSafetyPlan } from "./arbitraries";

describe("safety-plan properties", () => {
  test.prop([arbSafetyPlan()])("checkSafetyPlan never throws for a valid plan and never mutates it", (plan) => {
    expect(Array.isArray(checkSafetyPlan(deepFreeze(plan)))).toBe(true);
  });

  test.prop([arbSafetyPlan(), arbAssessmentMap({ maxItems: 3 }), arbMonitoringEvents(), arbIsoDate(), fc.option(arbSafetyNetwork(), { nil: undefined })])(
    "coverage, gaps and readiness never throw for valid inputs and are deterministic",
    (plan, map, events, asOf, network) => {
      const inputs = deepFreeze({ plan, map, events, network });
      const lines = [{ id: "bl-0" as never, kind: "free-text" }];
      const coverage = planCoverage(inputs.plan, inputs.map, lines);
      expect(coverage.complete).toBe(coverage.complete && plan.rules.length > 0);
      const gaps = monitoringGaps(inputs.plan, inputs.events, { asOf });
      expect(gaps.rules).toHaveLength(plan.rules.length);
      const options = inputs.network === undefined ? { asOf } : { asOf, network: inputs.network };
      const readiness = readinessToStepDown(inputs.plan, inputs.map, inputs.events, options);
      expect(readiness.ready).toBe(readiness.reasons.every((r) => r.met));
      expect(readinessToStepDown(inputs.plan, inputs.map, inputs.events, options)).toEqual(readiness);
    },
  );

  test.prop([arbSafetyPlan()])("a plan survives a JSON round trip", (plan) => {
    expect(SafetyPlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  test.prop([arbMonitoringEvents()])("monitoring events survive a JSON round trip", (events) => {
    expect(events.map((e) => MonitoringEventSchema.parse(JSON.parse(JSON.stringify(e))))).toEqual(events);
  });
});
