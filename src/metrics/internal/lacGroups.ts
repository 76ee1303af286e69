import { EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, PLACEMENT_TYPE_CODES } from "../../records";

// The groups of SSDA903 codes the looked-after measures break down by, as the DfE tables group
// them (docs/reference/core-data-set.md says which groupings were checked against DfE text and
// which were not). Every code of its list is in exactly one group, so a breakdown's groups sum
// to its total; a value that is not a code of the list (records that were not validated) goes
// to the last slot, shown only when it holds any.

/** @internal */
export interface CodeGroup {
  readonly key: string;
  readonly label: string;
  readonly codes: readonly string[];
}

/** Legal status on starting (CLA starting during the year, by legal status). @internal */
export const LS_GROUPS: readonly CodeGroup[] = [
  { key: "care-order", label: "Care order (interim C1 or full C2)", codes: ["C1", "C2"] },
  { key: "placement-order", label: "Placement order (E1) or freeing order (D1)", codes: ["E1", "D1"] },
  { key: "voluntary-agreement", label: "Voluntary agreement under section 20 (V2)", codes: ["V2"] },
  { key: "detained-for-child-protection", label: "Detained for child protection (L1-L3)", codes: ["L1", "L2", "L3"] },
  { key: "youth-justice", label: "Youth justice legal statuses (J1-J3)", codes: ["J1", "J2", "J3"] },
  // V3/V4 short breaks never start a counted period; kept so that every code has a group
  { key: "short-breaks", label: "Short breaks (V3, V4)", codes: ["V3", "V4"] },
];

/** Reason for ceasing (CLA ceasing during the year, by reason episode ceased). @internal */
export const REC_GROUPS: readonly CodeGroup[] = [
  { key: "adopted", label: "Adopted (E11, E12)", codes: ["E11", "E12"] },
  { key: "died", label: "Died (E2)", codes: ["E2"] },
  { key: "care-taken-over", label: "Care taken over by another local authority (E3)", codes: ["E3"] },
  { key: "returned-home", label: "Returned home to parents or others with parental responsibility (E4A, E4B)", codes: ["E4A", "E4B"] },
  { key: "living-with-no-pr", label: "Left care to live with parents, relatives or others with no parental responsibility (E13)", codes: ["E13"] },
  { key: "child-arrangements-order", label: "Residence or child arrangements order (E41)", codes: ["E41"] },
  { key: "special-guardianship", label: "Special guardianship order (E43-E48)", codes: ["E43", "E44", "E45", "E46", "E47", "E48"] },
  { key: "independent-living", label: "Moved into independent living, with or without formal support (E5, E6)", codes: ["E5", "E6"] },
  { key: "adult-social-care", label: "Transferred to residential care funded by adult social care (E7)", codes: ["E7"] },
  { key: "custody", label: "Sentenced to custody (E9)", codes: ["E9"] },
  { key: "remand-ended", label: "Accommodation on remand ended (E14)", codes: ["E14"] },
  { key: "age-assessment", label: "Age assessment found the child 18 or over (E15)", codes: ["E15"] },
  { key: "moved-abroad", label: "Moved abroad (E16)", codes: ["E16"] },
  { key: "stayed-with-carers", label: "Aged 18 or over and stayed with current carers (E17)", codes: ["E17"] },
  { key: "other", label: "Care ceased for any other reason (E8)", codes: ["E8"] },
  // X1 never ends a period of care; kept so that every code has a group
  { key: "x1", label: "Episode ceased, a new one began the same day (X1)", codes: ["X1"] },
];

/** Placement type at the snapshot (CLA on 31 March, by placement). @internal */
export const PLACE_GROUPS: readonly CodeGroup[] = [
  { key: "foster", label: "Foster placements (U1-U6)", codes: ["U1", "U2", "U3", "U4", "U5", "U6"] },
  { key: "placed-for-adoption", label: "Placed for adoption (A3-A6)", codes: ["A3", "A4", "A5", "A6"] },
  { key: "placed-with-parents", label: "Placed with parents or other person with parental responsibility (P1)", codes: ["P1"] },
  { key: "other-community", label: "Other placements in the community: independent living, residential employment (P2, P3)", codes: ["P2", "P3"] },
  { key: "secure-childrens-homes-semi-independent", label: "Secure units, children's homes, semi-independent living and supported accommodation (K1, K2, K3, H5)", codes: ["K1", "K2", "K3", "H5"] },
  { key: "other-residential", label: "Other residential settings (R1, R2, R3, R5)", codes: ["R1", "R2", "R3", "R5"] },
  { key: "residential-schools", label: "Residential schools (S1)", codes: ["S1"] },
  { key: "other", label: "Other placements, temporary moves included (Z1, Z11-Z14, T0-T4)", codes: ["Z1", "Z11", "Z12", "Z13", "Z14", "T0", "T1", "T2", "T3", "T4"] },
];

/** The group index of each code value of the columns (index in the list plus one; 0 and unknown: `groups.length`). */
function groupOf(list: readonly string[], groups: readonly CodeGroup[]): Uint8Array {
  const out = new Uint8Array(list.length + 1).fill(groups.length);
  list.forEach((code, i) => {
    const g = groups.findIndex((x) => x.codes.includes(code));
    if (g >= 0) out[i + 1] = g;
  });
  return out;
}

/** @internal */
export const LS_GROUP_OF = /* @__PURE__ */ groupOf(LEGAL_STATUS_CODES, LS_GROUPS);
/** @internal */
export const REC_GROUP_OF = /* @__PURE__ */ groupOf(EPISODE_END_REASON_CODES, REC_GROUPS);
/** @internal */
export const PLACE_GROUP_OF = /* @__PURE__ */ groupOf(PLACEMENT_TYPE_CODES, PLACE_GROUPS);

/** The placed-for-adoption group's index in {@link PLACE_GROUPS}. @internal */
export const PLACE_ADOPTION = 1;
