import { castDraft } from "immer";
import { fieldOf, guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { ScaleJudgementSchema, type AssessmentMap, type ScaleJudgement } from "./AssessmentMap";
import type { AddMapItemOptions, ScaleJudgementInput } from "./mapColumns";
import { idsInMap, indexOrThrow, produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link addScaleJudgement} and {@link applyAssessmentMapChange}. */
export function addScaleJudgementRecipe(draft: MapDraft, scaleId: string, input: ScaleJudgementInput, options: AddMapItemOptions = {}): void {
  const index = indexOrThrow(draft, "scales", scaleId);
  const scale = draft.scales[index];
  if (scale === undefined) return;
  guardInput("scale judgement", () => {
    const used = idsInMap(draft);
    const judgement = withId(input, "scale-judgement", options.ids, (id) => used.has(id));
    const at = ["scales", index, "judgements", scale.judgements.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(ScaleJudgementSchema, judgement, at, "scale judgement", issues);
    const id = fieldOf(judgement, "id");
    if (typeof id === "string" && used.has(id)) issues.push({ path: [...at, "id"], rule: "reference/duplicate-id", message: `The id ${JSON.stringify(id)} is already used in the map.`, received: JSON.stringify(id) });
    throwIfIssues("scale judgement", issues);
    // No issues: the judgement parsed.
    scale.judgements.push(castDraft(parsed as ScaleJudgement));
  });
}

/**
 * Adds one person's judgement (a score from 0 to 10 and their reason) to a safety scale.
 *
 * The judgement is parsed first, so a score outside 0–10 is refused with its path. Record who
 * gave it and in what role: comparing views is the point of scaling (rule Q13).
 *
 * @param map - The map.
 * @param scaleId - The scale the judgement is on.
 * @param judgement - The judgement, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of a judgement given without one.
 * @returns A new map whose scale ends with the judgement.
 * @throws {@link KinsafeError} with code `not-found` when the map has no scale with that id, `invalid-input` when the judgement does not parse (every problem in `issues`, with its path in the map: `["scales", i, "judgements", n, "value"]`), or `duplicate-id` when the only problem is an id already used.
 *
 * @example
 * {@includeCode ../../tests/assessment/addScaleJudgement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addScaleJudgement(map: AssessmentMap, scaleId: string, judgement: ScaleJudgementInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addScaleJudgementRecipe(draft, scaleId, judgement, options);
  });
}
