import type { AssessmentMap } from "./AssessmentMap";
import type { EmitFinding } from "./checkEmit";

/**
 * Rule Q17, analysis: once the map holds a plan (safety goals or next steps), it holds the
 * worker's judgement statement; the statement names the danger and the safety it weighs; and the
 * family's own view of it is recorded, or why it is not.
 *
 * @internal
 */
export function checkAnalysis(map: AssessmentMap, emit: EmitFinding): void {
  const worker = map.analysis?.worker;
  if (worker === undefined) {
    if (map.goals.length > 0 || map.nextSteps.length > 0) emit("assessment/analysis-missing", ["analysis"]);
    return;
  }
  if (worker.danger === undefined && (worker.dangerIds ?? []).length === 0) emit("assessment/analysis-without-danger", ["analysis", "worker", "danger"]);
  if (worker.safety === undefined) emit("assessment/analysis-without-safety", ["analysis", "worker", "safety"]);
  const analysis = map.analysis;
  if (analysis !== undefined && analysis.family.length === 0 && analysis.familyViewNotRecordedReason === undefined) {
    emit("assessment/analysis-family-view-missing", ["analysis", "family"]);
  }
}
