import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readinessOfCase } from "../../src/bottom-lines";
import { arbIsoDate } from "../arbitraries";
import { arbCaseFile } from "../case-file/arbitraries";
import { asOf, seenAlone, workedCase } from "../bottom-lines/fixtures";

/** Every array in a JSON value, at every depth, in an order drawn from `seed`. */
function shuffleDeep<T>(value: T, seed: number): T {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state;
  };
  const go = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(go);
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = next() % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    }
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, go(x)]));
    return v;
  };
  return go(value) as T;
}

describe("readinessOfCase", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region docs-example
    const readiness = readinessOfCase(caseFile, { asOf, customPredicates: { "seen-alone": seenAlone } });
    readiness.ready; // false
    readiness.reasons.filter((r) => r.kind === "bottom-lines-met" && !r.met).map((r) => r.evidence["bottomLineId"]);
    // ["bl-scale", "bl-seen-alone", "bl-sober-adult", "bl-sustained"]
    // #endregion docs-example
    expect(readiness.ready).toBe(false);
    expect(readiness.reasons.filter((r) => r.kind === "bottom-lines-met" && !r.met).map((r) => r.evidence["bottomLineId"])).toEqual(["bl-scale", "bl-seen-alone", "bl-sober-adult", "bl-sustained"]);
    expect(readiness.report.counts.unmet).toBe(2);
  });

  it("is not ready without a plan or a map", () => {
    expect(readinessOfCase({ ...workedCase(), plans: [] }, { asOf })).toMatchObject({ ready: false, reasons: [{ kind: "bottom-lines-met", met: false, evidence: { note: "no-plan" } }] });
    expect(readinessOfCase({ ...workedCase(), maps: [] }, { asOf })).toMatchObject({ ready: false, reasons: [{ evidence: { note: "no-map" } }] });
  });

  // #region properties
  it("is never ready unless every bottom line is met, and does not depend on the order of any list", () => {
    fc.assert(
      fc.property(arbCaseFile(), arbIsoDate(), fc.integer(), (caseFile, day, seed) => {
        const readiness = readinessOfCase(caseFile, { asOf: day });
        if (readiness.ready) {
          expect(readiness.report.results.length).toBeGreaterThan(0);
          expect(readiness.report.results.every((r) => r.verdict === "met")).toBe(true);
        }
        expect(readiness.ready).toBe(readiness.reasons.length > 0 && readiness.reasons.every((r) => r.met));
        const shuffled = readinessOfCase(shuffleDeep(caseFile, seed), { asOf: day });
        expect({ ready: shuffled.ready, reasons: shuffled.reasons }).toEqual({ ready: readiness.ready, reasons: readiness.reasons });
      }),
      { numRuns: 300 },
    );
  });
  // #endregion properties
});
