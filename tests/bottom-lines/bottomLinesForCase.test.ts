import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BottomLinePolicySchema, BOTTOM_LINE_KINDS, bottomLinesForCase, type BottomLinePolicy } from "../../src/bottom-lines";
import { caught, deepFreeze } from "./fixtures";

/** The policy example of docs/bottom-lines.md, so that the documentation cannot rot. */
function docsPolicyJson(): unknown {
  const markdown = readFileSync(new URL("../../docs/bottom-lines.md", import.meta.url), "utf8");
  const after = markdown.split("<!-- policy-example")[1] ?? "";
  const block = /```json\n([\s\S]*?)\n```/.exec(after)?.[1];
  if (block === undefined) throw new Error("docs/bottom-lines.md has no policy example");
  return JSON.parse(block) as unknown;
}

const policy: BottomLinePolicy = deepFreeze(BottomLinePolicySchema.parse(docsPolicyJson()));

describe("BottomLinePolicySchema", () => {
  it("parses the policy example of the documentation, which has every kind", () => {
    expect(policy.authority).toBe("Northshire County Council");
    expect(new Set(policy.bottomLines.map((b) => b.kind))).toEqual(new Set(BOTTOM_LINE_KINDS));
  });

  it("refuses repeated ids", () => {
    const json = docsPolicyJson() as { bottomLines: unknown[] };
    const result = BottomLinePolicySchema.safeParse({ ...json, bottomLines: [...json.bottomLines, json.bottomLines[0]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["bottomLines", 14, "id"]);
  });
});

describe("bottomLinesForCase", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const bottomLines = bottomLinesForCase(policy, {
      include: ["ns-network", "ns-supervised", "ns-breach"],
      overrides: {
        "ns-supervised": { personId: "lee", statement: "Lee only sees Amy and Ben when Gran is there", setBy: "sw-sarah", setOn: "2025-03-20" },
        "ns-network": { minMembers: 4 },
      },
    });
    bottomLines.map((b) => b.id); // ["ns-network", "ns-supervised", "ns-breach"]
    // #endregion docs-example
    expect(bottomLines.map((b) => b.id)).toEqual(["ns-network", "ns-supervised", "ns-breach"]);
    expect(bottomLines[0]).toMatchObject({ kind: "network-composition", minMembers: 4, minOutsideHousehold: 2 });
    expect(bottomLines[1]).toMatchObject({ personId: "lee", statement: "Lee only sees Amy and Ben when Gran is there", setOn: "2025-03-20" });
  });

  it("takes every bottom line by default, once each person is named", () => {
    expect(caught(() => bottomLinesForCase(policy)).code).toBe("invalid-input");
    const all = bottomLinesForCase(policy, { overrides: { "ns-supervised": { personId: "lee" } } });
    expect(all).toHaveLength(policy.bottomLines.length);
  });

  it("refuses unknown ids and overrides that do not fit the kind", () => {
    expect(caught(() => bottomLinesForCase(policy, { include: ["ns-nope"] })).code).toBe("not-found");
    expect(caught(() => bottomLinesForCase(policy, { include: ["ns-breach"], overrides: { "ns-network": { minMembers: 4 } } })).code).toBe("not-found");
    expect(caught(() => bottomLinesForCase(policy, { include: ["ns-breach"], overrides: { "ns-breach": { days: 3 } } })).code).toBe("invalid-argument");
    const error = caught(() => bottomLinesForCase(policy, { include: ["ns-breach"], overrides: { "ns-breach": { hours: -1 } } }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues[0]?.path).toEqual([0, "hours"]);
  });

  it("does not mutate the policy", () => {
    bottomLinesForCase(policy, { include: ["ns-network"], overrides: { "ns-network": { minMembers: 5 } } });
    expect(policy).toEqual(BottomLinePolicySchema.parse(docsPolicyJson()));
  });
});
