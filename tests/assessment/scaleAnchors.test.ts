import { describe, expect, it } from "vitest";
import { MapVariantSchema } from "../../src/assessment/AssessmentMap";
import { anchorsFor, DEFAULT_SCALE_ANCHORS } from "../../src/assessment/scaleAnchors";

describe("scale anchors", () => {
  it("gives the default anchors for a map variant", () => {
    // #region docs-example
    const safety = anchorsFor("safety");
    // safety.ten: "Everyone knows the children are safe enough for Children's Services to close the case"
    const earlyHelp = anchorsFor("wellbeing");
    // earlyHelp.zero: "A referral to Children's Services needs to be made"
    const forParents = DEFAULT_SCALE_ANCHORS.parents;
    // forParents.ten: "You are able to be the mum or dad you always wanted to be"
    // #endregion docs-example
    expect(safety.ten).toBe("Everyone knows the children are safe enough for Children's Services to close the case");
    expect(earlyHelp.zero).toBe("A referral to Children's Services needs to be made");
    expect(forParents.ten).toBe("You are able to be the mum or dad you always wanted to be");
  });

  it.each([
    ["safety", "professionals"],
    ["wellbeing", "early-help"],
    ["success", "professionals"],
    ["belonging", "professionals"],
  ] as const)("maps %s to the %s anchors", (variant, audience) => {
    expect(anchorsFor(variant)).toBe(DEFAULT_SCALE_ANCHORS[audience]);
  });

  it("covers every variant", () => {
    for (const variant of MapVariantSchema.options) expect(anchorsFor(variant).ten.length).toBeGreaterThan(0);
  });

  it("gives every anchor set both ends and a source, without a trailing full stop", () => {
    expect(Object.keys(DEFAULT_SCALE_ANCHORS).sort()).toEqual(["conference", "early-help", "parents", "professionals"]);
    for (const anchors of Object.values(DEFAULT_SCALE_ANCHORS)) {
      expect(anchors.ten).toMatch(/^[A-Z].*[^.]$/);
      expect(anchors.zero).toMatch(/^[A-Z].*[^.]$/);
      expect(anchors.source).toContain("1.10");
    }
  });
});
