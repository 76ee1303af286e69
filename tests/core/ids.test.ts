import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { idSchema, isKinsafeError, personId } from "../../src/core";

describe("ids", () => {
  it("builds branded id schemas", () => {
    // #region docs-example
    const RuleIdSchema = idSchema<"RuleId">();
    type RuleId = z.output<typeof RuleIdSchema>;
    const id: RuleId = RuleIdSchema.parse("rule-1");
    // #endregion docs-example
    expect(id).toBe("rule-1");
    expect(RuleIdSchema.safeParse("").success).toBe(false);
    expect(RuleIdSchema.safeParse(" padded").success).toBe(false);
    expect(RuleIdSchema.safeParse("a".repeat(201)).success).toBe(false);
    expect(RuleIdSchema.safeParse("a b").success).toBe(true);
  });

  it("brands person ids after checking them", () => {
    // #region person-id
    const amy = personId("child-amy");
    // #endregion person-id
    expect(amy).toBe("child-amy");
    let caught: unknown;
    try {
      personId("");
    } catch (error) {
      caught = error;
    }
    expect(isKinsafeError(caught)).toBe(true);
  });
});
