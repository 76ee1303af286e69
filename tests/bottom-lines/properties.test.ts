import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOTTOM_LINE_FINDINGS, evaluateBottomLines, formatBottomLineReport, type CustomPredicate } from "../../src/bottom-lines";
import { arbIsoDate } from "../arbitraries";
import { arbCaseFile } from "../case-file/arbitraries";
import { deepFreeze } from "./fixtures";

const customPredicates: Readonly<Record<string, CustomPredicate>> = {
  known: (caseFile) => ({ verdict: caseFile.plans.length > 0 ? "met" : "cannot-tell", evidence: { plans: caseFile.plans.length } }),
  throws: () => {
    throw new Error("boom");
  },
};

describe("properties of evaluateBottomLines", () => {
  it("never throws for a valid case file, is deterministic, and does not mutate its inputs", () => {
    fc.assert(
      fc.property(arbCaseFile(), arbIsoDate(), (caseFile, asOf) => {
        const frozen = deepFreeze(caseFile);
        const snapshot = JSON.stringify(frozen);
        const report = evaluateBottomLines(frozen, frozen.bottomLines, { asOf, customPredicates });
        expect(evaluateBottomLines(frozen, frozen.bottomLines, { asOf, customPredicates })).toEqual(report);
        expect(JSON.stringify(frozen)).toBe(snapshot);
        expect(report.results).toHaveLength(frozen.bottomLines.length);
        expect(report.meetsAll).toBe(report.results.length > 0 && report.plan !== undefined && report.results.every((r) => r.verdict === "met"));
        expect(report.counts.met + report.counts.unmet + report.counts["cannot-tell"] + report.counts["covered-by-rule"]).toBe(report.results.length);
        // The report is plain JSON.
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        for (const r of report.results) {
          if (r.kind === "custom") continue;
          const implied = r.findings.map((f) => BOTTOM_LINE_FINDINGS[f.code as keyof typeof BOTTOM_LINE_FINDINGS].verdict);
          const expected = implied.includes("unmet") ? "unmet" : implied.includes("cannot-tell") ? "cannot-tell" : implied.includes("covered-by-rule") ? "covered-by-rule" : "met";
          expect(r.verdict).toBe(expected);
        }
        expect(typeof formatBottomLineReport(report)).toBe("string");
      }),
      { numRuns: 200 },
    );
  });
});
