import { describe, expect, it } from "vitest";
import { caseDashboardRow } from "../../src/practice";
import { asOf, cases, closed, deepFreeze, onPlan } from "./fixtures";

describe("caseDashboardRow", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const row = caseDashboardRow({ caseFile: cases[0]!, timelines: [onPlan] }, { asOf });
    row.flags; // { map: true, dangerStatements: true, childVoice: true, network: true, safetyPlan: true }
    row.overdue?.map((d) => `${d.kind} due ${d.due}`); // ["first-core-group due 2025-03-21", "visit due 2025-03-21", "assessment due 2025-05-08"]
    // #endregion docs-example
    expect(row).toMatchObject({ caseFileId: "case-amy-ben", asOf, open: true, flagCount: 5 });
    expect(row.flags).toEqual({ map: true, dangerStatements: true, childVoice: true, network: true, safetyPlan: true });
    expect(row.overdue?.map((d) => `${d.kind} due ${d.due}`)).toEqual(["first-core-group due 2025-03-21", "visit due 2025-03-21", "assessment due 2025-05-08"]);
    expect(row.overdue?.[2]).toMatchObject({ timelineId: onPlan.id, clockStart: "2025-03-03", daysOverdue: 24 });
  });

  it("gives the flags of each case and no overdue list without timelines", () => {
    expect(cases.map((c) => caseDashboardRow(c, { asOf }).flagCount)).toEqual([5, 4, 5, 5, 0]);
    expect(caseDashboardRow(cases[1]!, { asOf }).flags.safetyPlan).toBe(false);
    expect(caseDashboardRow(cases[0]!, { asOf })).not.toHaveProperty("overdue");
  });

  it("is not open when every child's timeline is back at universal services", () => {
    expect(caseDashboardRow({ caseFile: cases[0]!, timelines: [closed] }, { asOf })).toMatchObject({ open: false, overdue: [] });
  });

  it("does not mutate its deep-frozen inputs", () => {
    const frozen = deepFreeze(structuredClone({ caseFile: cases[0]!, timelines: [onPlan] }));
    expect(caseDashboardRow(frozen, { asOf }).overdue).toHaveLength(3);
  });
});
