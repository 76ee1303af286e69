// Small helpers of the safety-plan tests; the worked family lives in tests/network/fixtures.ts.
import { PlanRecordIdSchema, PlanRuleIdSchema, SafetyPlanIdSchema, type PlanRecordId, type PlanRuleId, type SafetyPlanId } from "../../src/safety-plan";

export const ruleId = (id: string): PlanRuleId => PlanRuleIdSchema.parse(id);
export const recordId = (id: string): PlanRecordId => PlanRecordIdSchema.parse(id);
export const planId = (id: string): SafetyPlanId => SafetyPlanIdSchema.parse(id);
export * from "../network/fixtures";
