// fast-check arbitraries of valid safety plans and monitoring events, over the people pool of
// the network arbitraries and the danger ids of the assessment-map arbitrary (`d0`, `d1`, ...).
import fc from "fast-check";
import { MonitoringEventSchema, PlanRuleKindSchema, PlanStatusSchema, SafetyPlanSchema, type MonitoringEvent, type SafetyPlan } from "../../src/safety-plan";
import { arbIsoDate, arbIsoDateTime, arbText } from "../arbitraries";
import { PERSON_POOL } from "../network/arbitraries";

const arbPoolId = fc.constantFrom(...PERSON_POOL);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const compact = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const RULE_IDS = ["r0", "r1", "r2", "r3"] as const;

/** A valid safety plan with id `plan-x` on map `m-1`, rules `r0`..., possibly with repeated ids. */
export function arbSafetyPlan(): fc.Arbitrary<SafetyPlan> {
  const rule = fc
    .record({
      id: fc.constantFrom(...RULE_IDS),
      kind: fc.constantFrom(...PlanRuleKindSchema.options),
      text: fc.oneof(arbText(), fc.constant("Lee will not drink"), fc.constant("Never, ever shout; and no hitting")),
      dangerIds: fc.uniqueArray(fc.constantFrom("d0", "d1", "d9"), { maxLength: 2 }),
      bottomLineIds: fc.uniqueArray(fc.constantFrom("bl-0", "bl-1"), { maxLength: 2 }),
      subjectIds: fc.uniqueArray(arbPoolId, { maxLength: 2 }),
      responsibleIds: fc.uniqueArray(arbPoolId, { maxLength: 2 }),
      when: optional(arbText()),
      monitors: fc.array(fc.record({ personId: arbPoolId, as: fc.constantFrom("network", "professional") }), { maxLength: 3 }),
      triggers: fc.array(arbText(), { maxLength: 2 }),
      ifBroken: optional(
        fc.record({ action: arbText(), whoTellsIds: fc.uniqueArray(arbPoolId, { maxLength: 2 }), tellWithinHours: optional(fc.integer({ min: 1, max: 72 })) }).map(compact),
      ),
      childVersion: optional(arbText()),
      agreedBy: fc.array(fc.record({ personId: arbPoolId, on: arbIsoDate() }), { maxLength: 2 }),
    })
    .map(compact);
  return fc
    .record({
      version: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom(...PlanStatusSchema.options),
      history: fc.array(fc.record({ status: fc.constantFrom(...PlanStatusSchema.options), on: arbIsoDate() }), { minLength: 1, maxLength: 4 }),
      rules: fc.array(rule, { maxLength: 4 }),
      reviews: fc.array(
        fc.record({
          date: arbIsoDate(),
          judgements: fc.array(
            fc.record({ raterRole: fc.constantFrom("worker", "parent", "carer", "child"), value: fc.integer({ min: 0, max: 10 }), on: arbIsoDate() }),
            { maxLength: 3 },
          ),
          decisions: fc.array(arbText(), { maxLength: 2 }),
        }),
        { maxLength: 2 },
      ),
    })
    .map((p) =>
      SafetyPlanSchema.parse({
        id: "plan-x",
        version: p.version,
        mapId: "m-1",
        status: p.status,
        statusHistory: [...p.history].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
        rules: p.rules,
        reviews: p.reviews.map((r, i) => ({ ...r, id: `rev-${String(i)}`, judgements: r.judgements.map((j, k) => ({ ...j, id: `rj-${String(i)}-${String(k)}` })) })),
      }),
    );
}

/** Valid monitoring events of `plan-x` (and some of another plan). */
export function arbMonitoringEvents(): fc.Arbitrary<MonitoringEvent[]> {
  const event = fc
    .record({
      planId: fc.constantFrom("plan-x", "plan-x", "plan-other"),
      ruleId: optional(fc.constantFrom(...RULE_IDS, "r9")),
      date: arbIsoDate(),
      occurredAt: optional(arbIsoDateTime()),
      byId: arbPoolId,
      role: fc.constantFrom("network", "professional", "parent", "child"),
      outcome: fc.constantFrom("followed", "not-followed", "trigger-observed", "unknown"),
      escalation: optional(fc.record({ toldChildrensServicesAt: arbIsoDateTime() })),
      resolvedOn: optional(arbIsoDate()),
    })
    .map(compact);
  return fc.array(event, { maxLength: 12 }).map((events) => events.map((e, i) => MonitoringEventSchema.parse({ ...e, id: `m-${String(i)}` })));
}
