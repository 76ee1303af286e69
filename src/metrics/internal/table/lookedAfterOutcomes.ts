import type { FactKind, MetricResult } from "../../CoreDataSet";
import { C } from "../layout";
import { count, make, metric } from "./entry";

// The looked-after measures that rest on adoptions, health and care leavers (SSDA903 episodes,
// and in time the OC2, OC3 and AD1 tables): adoption timeliness.

const LAC: readonly FactKind[] = ["looked-after-episodes"];

/** A mean of days over `n` children (unavailable when there are none). */
function meanDays(id: string, label: string, sum: number, n: number, notes: readonly string[], none = "No child adopted in the period with an adoptive placement recorded"): MetricResult {
  return make(id, label, "days", "children", {
    value: n === 0 ? null : sum / n,
    numerator: sum,
    denominator: n,
    notes: n === 0 ? [...notes, `${none}: the average is unavailable.`] : notes,
    ...(n === 0 ? { unavailable: "no-denominator" as const } : {}),
  });
}

/** @internal */
export const LOOKED_AFTER_OUTCOMES = [
  metric({
    id: "lac.adoption-timeliness",
    family: "lac",
    label: "Average days from entering care to moving in with the adoptive family (A1)",
    unit: "days",
    countingUnit: "children",
    needs: { facts: LAC },
    definition:
      "For children adopted in the period, average days between entering care and moving in with the adoptive family (A1), and adjusted for foster carer adoptions (A10).",
    rule:
      "Adopted: an episode ending E11/E12 in the period. A1: mean days from the start of that period of care (episodes linked by X1) to its first adoptive placement (A3-A6). `a10` (A10): for a placement with the current foster carers (A3, A5), to the start of the episodes before it with the same carers (RNE L, T, U). `no-adoptive-placement`: adopted with none, left out of the means. `a2` (A2): days from the first E1/D1 of the period of care to the AD1 match date of the adoption's collection year (0 when earlier); children with neither left out (notes).",
    source:
      "DfE adoption scorecards A1, A2, A10 (Adoption scorecards: methodology and guidance).",
    differences:
      "Scorecards average 3 years: give a 3-year period. DfE's date of the move to the adopting foster carers is [U]. PlacedAdoption DATE_PLACED is the decision to place, not the move: not used. A2 without the AD1 table is unavailable.",
    build: ({ g }, m) => {
      const n = g(C.A1_N);
      const top = meanDays(m.id, m.label, g(C.A1_SUM), n, ["Days from the start of the period of care to the start of the first adoptive placement (A3-A6), for children adopted (E11, E12) in the period."]);
      const breakdown: Record<string, MetricResult> = {
        a10: meanDays(`${m.id}/a10`, "Average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions (A10)", g(C.A10_SUM), n, [
          "For adoptions by the child's foster carers (placement A3 or A5), the day the child moved in with those carers.",
        ]),
        a2: meanDays(`${m.id}/a2`, "Average days from court authority to place to the match with the adoptive family (A2)", g(C.A2_SUM), g(C.A2_N), [
          "From the first placement order (E1) or freeing order (D1) of the period of care to the AD1 match date (DATE_MATCH) of the adoption's year; 0 when the match came first.",
          // The counts left out are not written: beside the children adopted they would give A2's denominator away under disclosure control.
          ...(g(C.A2_NO_AUTHORITY) > 0 ? ["Adopted children with no placement or freeing order in the period of care are left out."] : []),
          ...(g(C.A2_NO_MATCH) > 0 ? ["Adopted children with no AD1 match date for the adoption are left out (is the AD1 table among the inputs?)."] : []),
        ], "No child adopted in the period with a court authority and a match date"),
        adopted: count(`${m.id}/adopted`, "Children adopted in the period", "children", g(C.ADOPTED)),
        "by-foster-carers": count(`${m.id}/by-foster-carers`, "Adopted by their foster carers (adoptive placement A3 or A5)", "children", g(C.ADOPTED_BY_FOSTER_CARER)),
        "no-adoptive-placement": count(`${m.id}/no-adoptive-placement`, "Adopted with no adoptive placement (A3-A6) recorded in the period of care", "children", g(C.ADOPTED_NO_PLACEMENT)),
      };
      return { ...top, breakdown };
    },
  }),
] as const;
