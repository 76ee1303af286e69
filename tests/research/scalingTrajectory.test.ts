/* eslint-disable @typescript-eslint/no-unsafe-member-access -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
import { describe, expect, it } from "vitest";
import { scalingTrajectory } from "../../src/research";
import { caseWith, goodCase } from "../audit/fixtures";

// The good case: overall scale on 20 March (worker 3, Kerry 6: mean 4.5) and the plan review of
// 14 May (worker 6, Kerry 7: mean 6.5): change +2; worker +3, parent +1.
const noScaling = caseWith((i) => { i.id = "case-no-scaling"; i.maps[0].scales[0].judgements = []; i.plans[0].reviews = []; });
const riskHigh = caseWith((i) => {
  // An inverted (risk-high) overall scale: 8 on a risk-high scale is 2 read safety-high.
  i.id = "case-risk-high";
  i.maps[0].scales[0].polarity = "risk-high";
  i.maps[0].scales[0].judgements = [{ id: "j1", raterRole: "worker", value: 8, on: "2025-03-20", reason: "x" }];
  i.plans[0].reviews[0].judgements = [{ id: "j2", raterRole: "worker", value: 3, on: "2025-05-14", reason: "x" }];
});

describe("scalingTrajectory", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const trajectory = scalingTrajectory([goodCase, riskHigh, noScaling]);
    trajectory.value; // 1.5: the mean of +2 and +1 (risk-high 8 is 2 safety-high, then 3)
    trajectory.breakdown?.["role/worker"]?.value; // 2: the mean of +3 and +1
    trajectory.breakdown?.["role/parent"]?.value; // 1
    // #endregion docs-example
    expect(trajectory).toMatchObject({ id: "research.scaling-trajectory", unit: "ratio", countingUnit: "cases", value: 1.5, numerator: 3, denominator: 2 });
    expect(trajectory.notes).toEqual(["1 case(s) without judgements on two or more days excluded."]);
    expect(trajectory.breakdown?.["role/worker"]).toMatchObject({ value: 2, denominator: 2 });
    expect(trajectory.breakdown?.["role/parent"]).toMatchObject({ value: 1, denominator: 1 });
    expect(trajectory.breakdown?.["improved"]?.value).toBe(2);
  });

  it("reads only judgements up to the day given, and applies disclosure control", () => {
    expect(scalingTrajectory([goodCase], { asOf: "2025-04-01" as never })).toMatchObject({ value: null, denominator: 0 });
    expect(scalingTrajectory([goodCase, riskHigh], { suppress: { threshold: 6 } })).toMatchObject({ value: null, suppressed: true });
  });
});
