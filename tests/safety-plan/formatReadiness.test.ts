import { describe, expect, it } from "vitest";
import { evaluateBottomLines, type BottomLineReport } from "../../src/bottom-lines";
import { isKinsafeError, isoDate } from "../../src/core";
import { createNameResolver } from "../../src/messages";
import { formatReadiness, readinessToStepDown, type StepDownReadiness } from "../../src/safety-plan";
import { asOf, seenAlone, workedCase } from "../bottom-lines/fixtures";

function worked(): { readonly readiness: StepDownReadiness; readonly names: ReturnType<typeof createNameResolver> } {
  const caseFile = workedCase();
  const map = caseFile.maps[caseFile.maps.length - 1]!;
  const plan = caseFile.plans[caseFile.plans.length - 1]!;
  const bottomLines = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
  const readiness = readinessToStepDown(plan, map, caseFile.monitoring, { asOf, network: caseFile.network!, people: caseFile.people, bottomLines, childVoice: caseFile.childVoice });
  return { readiness, names: createNameResolver(caseFile) };
}

describe("formatReadiness", () => {
  it("shows the documented example", () => {
    const { readiness } = worked();
    const caseFile = workedCase();
    // #region docs-example
    const text = formatReadiness(readiness, { names: createNameResolver(caseFile), unmetOnly: true });
    // The plan is not ready for Children's Services to step down: 10 reasons below are not met.
    // - Not met: The bottom line “The social worker and the parents score safety at 6 or more” is not met.
    // …
    // - Not met: Sarah's latest score on the overall safety scale is 6 (on 2025-05-14), below 7.
    // #endregion docs-example
    const lines = text.split("\n");
    expect(lines[0]).toBe("The plan is not ready for Children's Services to step down: 10 reasons below are not met.");
    expect(lines).toHaveLength(11);
    expect(lines).toContain("- Not met: The bottom line “The social worker and the parents score safety at 6 or more” is not met.");
    expect(lines).toContain("- Not met: Sarah's latest score on the overall safety scale is 6 (on 2025-05-14), below 7.");
  });

  it("writes every reason, met or not, in practice words with names", () => {
    const { readiness, names } = worked();
    const text = formatReadiness(readiness, { names });
    expect(text.split("\n")).toHaveLength(readiness.reasons.length + 1);
    expect(text).toContain("- Met: The breach of 2025-05-10 was reported to Children's Services after 2.3 hours, within the 24 hours agreed.");
    expect(text).toContain("- Met: Auntie Jo and Gran (Pat) will stay involved after Children's Services close the case: 2 family members or friends, at least 1 needed.");
    expect(text).toMatch(/must be sustained for 6 weeks: counted again from the breach of 2025-05-10, not before 2025-06-21\./);
    expect(text).not.toMatch(/auntie-jo|gran-pat|bl-|g-|d-/);
  });

  it("says the plan is ready only when it is, with plural forms", () => {
    const ready: StepDownReadiness = { ready: true, reasons: [{ kind: "no-unresolved-breaches", met: true, evidence: { count: 0, eventIds: "" } }] };
    expect(formatReadiness(ready)).toBe("The plan is ready for Children's Services to step down: the one reason below is met.\n- Met: No breach of the plan is unresolved.");
    const none: StepDownReadiness = { ready: false, reasons: [] };
    expect(formatReadiness(none)).toBe("The plan is not ready for Children's Services to step down: nothing says it is.");
    const breaches: StepDownReadiness = { ready: false, reasons: [{ kind: "no-unresolved-breaches", met: false, evidence: { count: 1, eventIds: "m-1" } }] };
    expect(formatReadiness(breaches)).toContain("1 breach of the plan is not resolved.");
  });

  it("takes its words from the catalogue", () => {
    const ready: StepDownReadiness = { ready: true, reasons: [{ kind: "no-unresolved-breaches", met: true, evidence: { count: 0, eventIds: "" } }] };
    const catalogue = { locale: "cy", messages: { "safety-plan/readiness.ready": "Yn barod.", "safety-plan/readiness.line-met": "* {reason}", "safety-plan/readiness.breaches.none-unresolved": "Dim toriadau heb eu datrys." } };
    expect(formatReadiness(ready, { catalogue })).toBe("Yn barod.\n* Dim toriadau heb eu datrys.");
  });

  it("refuses the case file's bottom lines, or anything else that is not a report, as options.bottomLines", () => {
    const caseFile = workedCase();
    const map = caseFile.maps[caseFile.maps.length - 1]!;
    const plan = caseFile.plans[caseFile.plans.length - 1]!;
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    for (const wrong of [caseFile.bottomLines, null, "met", { asOf }, { results: report.results }, { asOf, results: [{ bottomLineId: "bl-1" }] }]) {
      let error: unknown;
      try {
        readinessToStepDown(plan, map, caseFile.monitoring, { asOf, bottomLines: wrong as never });
      } catch (e) {
        error = e;
      }
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
    }
  });

  it("leaves no placeholder unfilled, whatever report is given", () => {
    const caseFile = workedCase();
    const map = caseFile.maps[caseFile.maps.length - 1]!;
    const plan = caseFile.plans[caseFile.plans.length - 1]!;
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    const reports: (BottomLineReport | undefined)[] = [undefined, report, { ...report, asOf: isoDate("2025-01-02") }, { ...report, results: [] }];
    const names = createNameResolver(caseFile);
    for (const bottomLines of reports) {
      for (const withWhat of [{}, { network: caseFile.network!, people: caseFile.people, childVoice: caseFile.childVoice }]) {
        const readiness = readinessToStepDown(plan, map, caseFile.monitoring, bottomLines === undefined ? { asOf, ...withWhat } : { asOf, ...withWhat, bottomLines });
        for (const text of [formatReadiness(readiness), formatReadiness(readiness, { names })]) expect(text).not.toMatch(/\{\s*\w+\s*[,}]/);
      }
    }
    expect(formatReadiness(readinessToStepDown(plan, map, caseFile.monitoring, { asOf, bottomLines: { ...report, asOf: isoDate("2025-01-02") } }))).toContain("is of 2025-01-02, not of this day");
  });

  it("names raters by role in the catalogue's words, and speaks of a rater group in good English", () => {
    const caseFile = workedCase();
    const map = caseFile.maps[caseFile.maps.length - 1]!;
    const plan = caseFile.plans[caseFile.plans.length - 1]!;
    const byRole = { ...map, scales: map.scales.map((sc) => ({ ...sc, judgements: sc.judgements.map(({ raterId: _i, raterName: _n, ...j }) => j) })) };
    const text = formatReadiness(readinessToStepDown({ ...plan, reviews: [] }, byRole, [], { asOf }));
    expect(text).not.toMatch(/in the role (parent|worker|carer)\b/);
    expect(text).toMatch(/The latest score of (a parent|the social worker|a carer) on/);
    const bare = formatReadiness(readinessToStepDown({ ...plan, reviews: [] }, { ...map, scales: [] }, [], { asOf }));
    expect(bare).not.toMatch(/have not scored|There is no scale for the scale/);
    expect(bare).toContain("Nobody in the rater group “worker” has a score on the overall safety scale");
  });
});
