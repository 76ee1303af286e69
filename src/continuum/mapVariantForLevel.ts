import type { MapVariant } from "../assessment";
import type { PlacementTypeCode } from "../records";
import type { ServiceLevel } from "./ServiceLevel";

// Placements where the work is about belonging to a family: with parents (P1), with relatives
// or friends (U1–U3), or placed for adoption (A3–A6).
const BELONGING: ReadonlySet<string> = new Set(["P1", "U1", "U2", "U3", "A3", "A4", "A5", "A6"]);

/**
 * The assessment map variant for a service level: the same map, shown with the labels of the
 * level the child is at.
 *
 * Signs of Safety uses one framework across the continuum: the **wellbeing** variant in early
 * help (and before any involvement), the **safety** variant from the front door through child
 * in need and child protection, and for looked-after children the **success** variant, or the
 * **belonging** variant when the work is about reunification, kinship care or adoption (a
 * placement with parents, with relatives or friends, or for adoption). Only the labels change:
 * the harm, danger, strengths, safety, goals and scales carry over as they are.
 *
 * @param level - The child's service level.
 * @param placement - For a looked-after child, the current SSDA903 placement type.
 * @returns The map variant to show.
 *
 * @example
 * {@includeCode ../../tests/continuum/mapVariantForLevel.test.ts#docs-example}
 *
 * @category Continuum
 */
export function mapVariantForLevel(level: ServiceLevel, placement?: PlacementTypeCode): MapVariant {
  switch (level) {
    case "universal":
    case "early-help":
      return "wellbeing";
    case "referral":
    case "child-in-need":
    case "child-protection":
      return "safety";
    case "looked-after":
      return placement !== undefined && BELONGING.has(placement) ? "belonging" : "success";
  }
}
