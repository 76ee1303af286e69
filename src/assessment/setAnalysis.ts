import { castDraft } from "immer";
import type * as z from "zod";
import { invalidInput, parseWith, type DeepReadonly } from "../core";
import { AssessmentMapSchema, MapAnalysisSchema, type AssessmentMap } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

/** The analysis as {@link setAnalysis} accepts it. @category Assessment map */
export type MapAnalysisInput = DeepReadonly<z.input<typeof MapAnalysisSchema>>;

/**
 * The references the analysis makes, checked by the map schema's own reference check, which runs
 * whatever else fails: only the danger statements' ids and the analysis are given, and only the
 * issues under `analysis` are kept, with paths from the analysis.
 */
function referenceIssues(draft: MapDraft, analysis: unknown): z.core.$ZodIssue[] {
  const probe = { dangers: draft.dangers.map((d) => ({ id: d.id })), analysis };
  const result = AssessmentMapSchema.safeParse(probe, { reportInput: true });
  if (result.success) return [];
  return result.error.issues
    .filter((i) => i.code === "custom" && i.path[0] === "analysis")
    .map((i) => ({ ...i, path: i.path.slice(1) }));
}

/** @internal Mutates a draft; shared by {@link setAnalysis} and the audited commands. */
export function setAnalysisRecipe(draft: MapDraft, analysis: MapAnalysisInput | undefined): void {
  if (analysis === undefined) {
    delete draft.analysis;
    return;
  }
  const parsed = parseWith(MapAnalysisSchema, analysis, "analysis");
  const issues = referenceIssues(draft, parsed);
  if (issues.length > 0) throw invalidInput("analysis", issues);
  draft.analysis = castDraft(parsed);
}

/**
 * Sets the analysis of the map (rule Q17): the worker's judgement statement (`worker`) and the
 * family's own view of it (`family`, or `familyViewNotRecordedReason`). It replaces the analysis
 * the map had; `undefined` removes it.
 *
 * The analysis is parsed first and its references are checked as {@link parseAssessmentMap}
 * checks them: `worker.dangerIds` must name danger statements of the map.
 *
 * @param map - The map.
 * @param analysis - The analysis, or `undefined` to remove it.
 * @returns A new map with the analysis, or without one.
 * @throws {@link KinsafeError} with code `invalid-input` when `analysis` does not parse or names a danger statement the map does not have; each issue's path starts at the analysis (`["worker", "dangerIds", 0]`).
 *
 * @example
 * {@includeCode ../../tests/assessment/setAnalysis.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function setAnalysis(map: AssessmentMap, analysis: MapAnalysisInput | undefined): AssessmentMap {
  return produceMap(map, (draft) => {
    setAnalysisRecipe(draft, analysis);
  });
}
