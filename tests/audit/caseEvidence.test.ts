/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
import { describe, expect, it } from "vitest";
import { BUILT_IN_AUDIT_TOOLS, caseEvidence, CASE_FACTS } from "../../src/audit";
import { asOf, caseWith, deepFreeze, goodCase } from "./fixtures";

describe("caseEvidence", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const evidence = caseEvidence(goodCase, { asOf });
    evidence.currentMap?.id; // "map-1"
    evidence.currentPlan?.status; // "active"
    evidence.facts["network"]; // true
    evidence.findings.map((f) => f.finding.code); // […, "bottom-lines/plan-not-in-place-long-enough", "bottom-lines/breach-in-window", …]
    // #endregion docs-example
    expect(evidence.currentMap?.id).toBe("map-1");
    expect(evidence.currentPlan?.status).toBe("active");
    expect(Object.keys(evidence.facts)).toEqual([...CASE_FACTS]);
    expect(Object.values(evidence.facts).every(Boolean)).toBe(true);
    // The map's own findings on the good case count against no criterion of the built-in tools.
    const named = new Set(BUILT_IN_AUDIT_TOOLS.flatMap((t) => t.sections.flatMap((sec) => sec.criteria.flatMap((c) => c.evidence?.findings.map((f) => f.code) ?? []))));
    expect(evidence.findings.filter((f) => f.source !== "bottom-lines" && named.has(f.finding.code))).toEqual([]);
    expect(evidence.findings.filter((f) => f.source === "bottom-lines").map((f) => [f.source, f.finding.code])).toEqual([
      ["bottom-lines", "bottom-lines/plan-not-in-place-long-enough"],
      ["bottom-lines", "bottom-lines/breach-in-window"],
      ["bottom-lines", "bottom-lines/scale-below"],
      ["bottom-lines", "bottom-lines/free-text-covered-by-rule"],
    ]);
  });

  it("reads only what was recorded by the day given", () => {
    const early = caseEvidence(goodCase, { asOf: "2025-03-19" as typeof asOf });
    expect(early.currentMap).toBeUndefined();
    expect(early.currentPlan).toBeUndefined();
    expect(early.facts.map).toBe(false);
    expect(early.facts["safety-plan"]).toBe(false);
    expect(early.facts.network).toBe(false);
  });

  it("takes the highest map version and ignores an ended plan", () => {
    const twoVersions = caseWith((i) => {
      i.maps.push({ ...structuredClone(i.maps[0]), version: 2, date: "2025-05-20" });
      i.plans[0].status = "ended";
      i.plans[0].statusHistory.push({ status: "ended", on: "2025-05-30" });
    });
    const evidence = caseEvidence(twoVersions, { asOf });
    expect(evidence.currentMap?.version).toBe(2);
    expect(evidence.currentPlan).toBeUndefined();
    expect(evidence.findings.map((f) => f.finding.code)).toContain("network/member-informed-of-outdated-map");
    expect(caseEvidence(twoVersions, { asOf: "2025-05-29" as typeof asOf }).currentPlan?.id).toBe("plan-1");
  });

  it("throws invalid-argument for a bad day and does not mutate its deep-frozen input", () => {
    expect(() => caseEvidence(goodCase, { asOf: "2025-02-30" as typeof asOf })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    const frozen = deepFreeze(structuredClone(goodCase));
    expect(caseEvidence(frozen, { asOf }).facts.map).toBe(true);
  });
});
