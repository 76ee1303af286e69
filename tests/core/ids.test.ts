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

describe("the id rule", () => {
  const Id = idSchema<"Any">();

  it("refuses control characters anywhere, and line or paragraph separators", () => {
    // Before: a tab, NUL or ESC inside an id was accepted, CR and LF refused as "white space".
    for (const id of ["a\rb", "a\nb", "a\r\nb", "a\tb", "a\u0000b", "a\u001b[2Jb", "a\u007fb", "a\u0085b", "a\u009fb", "a\u2028b", "a\u2029b", "\u0007"]) {
      expect(Id.safeParse(id).success, JSON.stringify(id)).toBe(false);
    }
  });

  it("accepts spaces and any other character inside, and no white space at either end", () => {
    for (const id of ["a b", "Zoë", "子供-1", "a\u00a0b", "x"]) expect(Id.safeParse(id).success, id).toBe(true);
    for (const id of [" a", "a ", "\u00a0a", "a\u3000"]) expect(Id.safeParse(id).success, JSON.stringify(id)).toBe(false);
  });
});
