import type { SafetyScale, ScalePolarity } from "./AssessmentMap";
import type { EmitFinding } from "./checkEmit";
import { findTerms } from "../language";

/**
 * Words that put an anchor at the dangerous end of a scale (rule Q13, anchors against polarity):
 * an anchor that uses one of them, and none of {@link DEFAULT_SAFETY_ANCHOR_TERMS}, reads as
 * "things are at their worst". Drawn from the published anchors (the children "cannot live at
 * home"; "nothing is keeping this child safe"; "significant and immediate risk"; "a referral to
 * Children's Services needs to be made"; "things are at their worst").
 *
 * @example
 * {@includeCode ../../tests/assessment/checkScaleAnchors.test.ts#anchor-terms}
 *
 * @category Assessment map
 */
export const DEFAULT_DANGER_ANCHOR_TERMS: readonly string[] = [
  "risk", "immediate", "imminent", "danger", "dangerous", "unsafe", "not safe", "significant harm", "harm", "cannot live at home",
  "can't live at home", "worst", "nothing is keeping", "referral", "removed", "removal", "crisis", "highest concern",
  "serious concern", "serious concerns", "grave",
];

/**
 * Words that put an anchor at the safe end of a scale (rule Q13, anchors against polarity): an
 * anchor that uses one of them, and none of {@link DEFAULT_DANGER_ANCHOR_TERMS}, reads as "safe
 * enough". Drawn from the published anchors ("safe enough … to close the case"; "the child is
 * safe and well"; "wellbeing is secure and their safety is assured") and from the inverted
 * scale's "no concerns". Bare "safe" is left out on purpose: "it is not safe" and "nothing is
 * keeping this child safe" are the dangerous end. An anchor with words of both kinds ("no
 * risk") is not judged.
 *
 * @category Assessment map
 */
export const DEFAULT_SAFETY_ANCHOR_TERMS: readonly string[] = [
  "no concerns", "no concern", "no worries", "no worry", "no risk", "low risk", "safe enough", "is safe", "are safe", "safe and well",
  "close the case", "case closed", "secure", "assured", "confident", "free from harm", "no harm", "no longer needed",
];

/** Which end of the scale an anchor's words describe, if they say. */
type AnchorReading = { readonly end: "danger" | "safety"; readonly term: string } | undefined;

function readAnchor(text: string, dangerTerms: readonly string[], safetyTerms: readonly string[]): AnchorReading {
  const [danger] = findTerms(text, dangerTerms);
  const [safety] = findTerms(text, safetyTerms);
  if (danger !== undefined && safety === undefined) return { end: "danger", term: danger };
  if (safety !== undefined && danger === undefined) return { end: "safety", term: safety };
  return undefined;
}

/**
 * Rule Q13, anchors against polarity: a scale stored as `safety-high` whose 10 reads as danger
 * or whose 0 reads as safety (or a `risk-high` scale the other way round) is read backwards by
 * everything that normalises its scores, so a 7 given on "10 = immediate risk" would look close
 * to step-down. One error per anchor that contradicts the polarity.
 *
 * @internal
 */
export function checkAnchorPolarity(
  scale: SafetyScale,
  index: number,
  emit: EmitFinding,
  terms: { readonly danger: readonly string[]; readonly safety: readonly string[] },
): void {
  if (scale.anchors === undefined) return;
  const expected: Readonly<Record<"zero" | "ten", "danger" | "safety">> =
    scale.polarity === "safety-high" ? { zero: "danger", ten: "safety" } : { zero: "safety", ten: "danger" };
  for (const key of ["zero", "ten"] as const) {
    const reading = readAnchor(scale.anchors[key], terms.danger, terms.safety);
    if (reading !== undefined && reading.end !== expected[key]) {
      const polarity: ScalePolarity = scale.polarity;
      emit("assessment/scale-anchors-contradict-polarity", ["scales", index, "anchors", key], {
        anchor: key === "zero" ? 0 : 10,
        polarity,
        term: reading.term,
      });
    }
  }
}
