import { describe, expect, it } from "vitest";
import { parseBottomLine, parseBottomLinePolicy, safeParseBottomLine, safeParseBottomLinePolicy } from "../../src/bottom-lines";
import type { KinsafeError } from "../../src/core";
import { workedBottomLines } from "./fixtures";

const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);

describe("parseBottomLine", () => {
  it("parses every kind of bottom line", () => {
    // #region parse-bottom-line
    const line = parseBottomLine({ id: "bl-24h", kind: "breach-reported-within", statement: "Children's Services are told within 24 hours", hours: 24, rationaleDangerIds: [], setBy: "sw-sarah", setOn: "2025-03-20" });
    line.kind; // "breach-reported-within"
    // #endregion parse-bottom-line
    expect(line).toMatchObject({ id: "bl-24h", hours: 24 });
    for (const b of workedBottomLines) expect(parseBottomLine(json(b))).toEqual(b);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-bottom-line
    const result = safeParseBottomLine({ id: "bl-1", statement: "A safe adult", rationaleDangerIds: [], setBy: "sw-sarah", setOn: "2025-03-20" });
    result.ok; // false: kind is required
    // #endregion safe-parse-bottom-line
    expect(result.ok === false && result.error.issues[0]).toMatchObject({ path: ["kind"], rule: "required" });
    expect(result.ok === false && result.error.issues[0]?.message).toMatch(/^required \(one of "network-composition" \| /);
  });
});

describe("parseBottomLinePolicy", () => {
  const policy = { authority: "Northshire County Council", version: "2025-04", effectiveFrom: "2025-04-01", bottomLines: json(workedBottomLines) };

  it("parses an authority's catalogue", () => {
    // #region parse-bottom-line-policy
    const parsed = parseBottomLinePolicy(policy);
    parsed.bottomLines.length; // 14
    // #endregion parse-bottom-line-policy
    expect(parsed.bottomLines).toHaveLength(workedBottomLines.length);
    expect(parseBottomLinePolicy(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it("returns the problems as data, ids used twice among them", () => {
    const [first] = workedBottomLines;
    // #region safe-parse-bottom-line-policy
    const result = safeParseBottomLinePolicy({ ...policy, bottomLines: [first, first] });
    result.ok; // false: the id is used twice
    // #endregion safe-parse-bottom-line-policy
    expect(result.ok === false && paths(result.error)).toEqual(["bottomLines.1.id reference/duplicate-id"]);
    const nulled = safeParseBottomLinePolicy({ ...policy, effectiveFrom: null });
    expect(nulled.ok === false && paths(nulled.error)).toEqual(["effectiveFrom null-for-optional"]);
  });
});
