import type { MapVariant } from "./AssessmentMap";

/**
 * What 0 and 10 mean on a safety scale, and where the wording comes from.
 *
 * @category Assessment map
 */
export interface ScaleAnchors {
  /** What 10 means: the safe (or well, or secure) end. Present it first when asking. */
  readonly ten: string;
  /** What 0 means: the end where things are at their worst. */
  readonly zero: string;
  /** The published guidance the wording comes from. */
  readonly source: string;
}

/**
 * Who a default anchor set is worded for: `professionals` (the generic child protection scale),
 * `parents` (Sonja Parker's wording for family members), `early-help` (the wellbeing scale) and
 * `conference` (one UK council's child protection conference guidance).
 *
 * @category Assessment map
 */
export type ScaleAnchorAudience = "professionals" | "parents" | "early-help" | "conference";

/**
 * Published anchor wordings for the 0–10 safety scale, by audience. All of them are
 * safety-high: 10 is the safe end.
 *
 * Anchors must be agreed before anyone is asked to scale, and 10 is presented first (domain
 * specification 1.10). Wordings are quoted or lightly edited from the sources named in each
 * `source`; local authorities often have their own, which should be stored on the scale
 * instead. Medway's wording ("This child is safe" / "Nothing is keeping this child safe") is
 * another common choice.
 *
 * @category Assessment map
 */
export const DEFAULT_SCALE_ANCHORS: Readonly<Record<ScaleAnchorAudience, ScaleAnchors>> = {
  professionals: {
    ten: "Everyone knows the children are safe enough for Children's Services to close the case",
    zero: "Things are so bad that the children cannot live at home: it is not safe for them to be in their parents' care now",
    source: "Signs of Safety generic safety scale (Signs of Safety, 2014, slidegur.com; Sonja Parker); domain specification 1.10",
  },
  parents: {
    ten: "You are able to be the mum or dad you always wanted to be",
    zero: "Things are at their worst for your family right now",
    source: "Sonja Parker, \"Using the safety scale with family members\" (loesningsfokus.info; partneringforsafety.com); domain specification 1.10",
  },
  "early-help": {
    ten: "The child's wellbeing is secure and their safety is assured",
    zero: "A referral to Children's Services needs to be made",
    source: "Early help wellbeing framework (slidetodoc.com); domain specification 1.10",
  },
  conference: {
    ten: "Everyone is confident the child is safe and well",
    zero: "The child is at significant and immediate risk",
    source: "\"Using Scaling in Child Protection Conferences\", a UK council's conference guidance (bbcuat-portal.microsoftcrmportals.com); domain specification 1.10",
  },
};

/**
 * The default anchors for a map variant: what 0 and 10 mean if the team has not agreed its own.
 *
 * `safety` maps (child in need and child protection) get the generic professionals' wording
 * and `wellbeing` maps (early help) the wellbeing wording. No published anchors were found for
 * `success` (children in care) or `belonging` (reunification, kinship and alternative care)
 * maps, so they also get the generic wording; agree and store your own for those (domain
 * specification 1.10). When asking parents, use `DEFAULT_SCALE_ANCHORS.parents` instead.
 *
 * @param variant - The map's variant.
 * @returns The anchors, with their source.
 *
 * @example
 * {@includeCode ../../tests/assessment/scaleAnchors.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function anchorsFor(variant: MapVariant): ScaleAnchors {
  switch (variant) {
    case "wellbeing":
      return DEFAULT_SCALE_ANCHORS["early-help"];
    case "safety":
    case "success":
    case "belonging":
      return DEFAULT_SCALE_ANCHORS.professionals;
  }
}
