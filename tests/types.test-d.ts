import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  addDangerStatement,
  type AssessmentMapSchema,
  isoDate,
  personId,
  type AssessmentMap,
  type Checked,
  type DangerStatementId,
  type DeepReadonly,
  type Finding,
  type FindingCode,
  type IsoDate,
  type PersonId,
  type SafetyGoalId,
} from "../src/index";

// Type-level tests: run by vitest's typecheck mode (`*.test-d.ts`).
describe("types", () => {
  it("types each model as the deep-readonly output of its schema", () => {
    expectTypeOf<AssessmentMap>().toEqualTypeOf<DeepReadonly<z.output<typeof AssessmentMapSchema>>>();
    expectTypeOf<AssessmentMap["dangers"]>().toExtend<readonly unknown[]>();
    // @ts-expect-error models are read-only
    const mutate = (map: AssessmentMap): void => { map.dangers[0]!.text = "x"; };
    expectTypeOf(mutate).toBeFunction();
  });

  it("keeps brands apart", () => {
    expectTypeOf(personId("p")).toEqualTypeOf<PersonId>();
    expectTypeOf(isoDate("2025-01-01")).toEqualTypeOf<IsoDate>();
    expectTypeOf<PersonId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<PersonId>();
    expectTypeOf<DangerStatementId>().not.toExtend<SafetyGoalId>();
    expectTypeOf<PersonId>().not.toExtend<IsoDate>();
  });

  it("leaves branded strings as strings under DeepReadonly", () => {
    expectTypeOf<DeepReadonly<PersonId>>().toEqualTypeOf<PersonId>();
    expectTypeOf<DeepReadonly<{ a: PersonId[] }>>().toEqualTypeOf<{ readonly a: readonly PersonId[] }>();
  });

  it("narrows Checked on ok", () => {
    const check = (c: Checked<number>): number => {
      if (c.ok) {
        expectTypeOf(c.value).toEqualTypeOf<number>();
        return c.value;
      }
      expectTypeOf(c.findings).toEqualTypeOf<readonly [Finding, ...Finding[]]>();
      return c.findings.length;
    };
    expectTypeOf(check).returns.toEqualTypeOf<number>();
  });

  it("has a closed union of finding codes", () => {
    expectTypeOf<"assessment/too-many-dangers">().toExtend<FindingCode>();
    expectTypeOf<"assessment/no-such-code">().not.toExtend<FindingCode>();
  });

  it("returns the map type from updaters", () => {
    expectTypeOf(addDangerStatement).returns.toEqualTypeOf<AssessmentMap>();
  });
});
