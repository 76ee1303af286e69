import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { checkNetwork, currentMembers, PersonSchema, SafetyNetworkSchema } from "../../src/network";
import { arbAssessmentMap, arbIsoDate } from "../arbitraries";
import { arbSafetyPlan } from "../safety-plan/arbitraries";
import { arbPeople, arbSafetyNetwork } from "./arbitraries";
import { deepFreeze } from "./fixtures";

describe("network properties", () => {
  test.prop([fc.option(arbSafetyNetwork(), { nil: undefined }), arbAssessmentMap({ maxItems: 2 }), arbPeople(), arbIsoDate(), fc.option(arbSafetyPlan(), { nil: undefined })])(
    "checkNetwork never throws for valid inputs and never mutates them",
    (network, map, people, asOf, plan) => {
      const inputs = deepFreeze({ network, map, people, plan });
      const findings = checkNetwork(inputs.network, inputs.map, { people: inputs.people, asOf, ...(inputs.plan === undefined ? {} : { plan: inputs.plan }) });
      expect(Array.isArray(findings)).toBe(true);
      if (network !== undefined) expect(currentMembers(network, asOf).length).toBeLessThanOrEqual(network.members.length);
    },
  );

  test.prop([arbSafetyNetwork()])("a network survives a JSON round trip", (network) => {
    expect(SafetyNetworkSchema.parse(JSON.parse(JSON.stringify(network)))).toEqual(network);
  });

  test.prop([arbPeople()])("people survive a JSON round trip", (people) => {
    expect(people.map((p) => PersonSchema.parse(JSON.parse(JSON.stringify(p))))).toEqual(people);
  });
});
