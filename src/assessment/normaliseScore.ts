import { KinsafeError } from "../core";
import type { ScalePolarity } from "./AssessmentMap";

/**
 * Turns a score into the usual safety-high reading, where 10 means safe enough to close the case.
 *
 * Most Signs of Safety scales put safety at 10 and danger at 0, but at least one English local
 * authority's conference guide uses an inverted scale (0 = no concerns, 10 = highest possible
 * risk). Scores from the two kinds of scale can only be compared, averaged or tracked over time
 * once they are read the same way round: a risk-high score `v` becomes `10 − v`; a safety-high
 * score is returned unchanged (domain specification 1.10, "polarity warning"; sources:
 * bbcuat-portal "Using Scaling in Child Protection Conferences", norfolklscb.org "The Safety
 * Scale", Sonja Parker "Using the safety scale with family members").
 *
 * Judgements on a scale are whole numbers, but any number from 0 to 10 is accepted so that
 * medians and means can be normalised too.
 *
 * @param value - The score as given, from 0 to 10.
 * @param polarity - Which end of the scale it was given on is good: `safety-high` or `risk-high`.
 * @returns The score on the safety-high reading, from 0 to 10.
 * @throws {@link KinsafeError} with code `invalid-argument` when `value` is not a finite number from 0 to 10, or `polarity` is not a known polarity.
 *
 * @example
 * {@includeCode ../../tests/assessment/normaliseScore.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function normaliseScore(value: number, polarity: ScalePolarity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 10) {
    throw new KinsafeError("invalid-argument", `A scale score must be a number from 0 to 10; received ${String(value)}.`);
  }
  // Adding 0 turns -0 into 0, so that results compare and serialise cleanly.
  if (polarity === "safety-high") return value + 0;
  if (polarity === "risk-high") return 10 - value + 0;
  throw new KinsafeError("invalid-argument", `Unknown scale polarity ${JSON.stringify(polarity)}; expected "safety-high" or "risk-high".`);
}
