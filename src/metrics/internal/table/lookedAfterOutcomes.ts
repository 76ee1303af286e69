import type { FactKind, MetricResult } from "../../CoreDataSet";
import { C } from "../layout";
import { count, make, metric } from "./entry";

// The looked-after measures that rest on adoptions, health and care leavers (SSDA903 episodes,
// and in time the OC2, OC3 and AD1 tables): adoption timeliness.

const LAC: readonly FactKind[] = ["looked-after-episodes"];

/** A mean of days over `n` children (unavailable when there are none). */
function meanDays(id: string, label: string, sum: number, n: number, notes: readonly string[]): MetricResult {
  return make(id, label, "days", "children", {
    value: n === 0 ? null : sum / n,
    numerator: sum,
    denominator: n,
    notes: n === 0 ? [...notes, "No child adopted in the period with an adoptive placement recorded: the average is unavailable."] : notes,
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
      "For children adopted in the period, the average number of days between entering care and moving in with their adoptive family (adoption scorecard A1), and the same adjusted for adoptions by the child's foster carers (A10).",
    rule:
      "Children adopted in the period: a looked-after episode ending E11 or E12 in it. Entering care: the start of the period of care that ended in the adoption (the episodes linked by X1). Moving in: the start of the first adoptive placement (PLACE A3-A6) of that period of care. A1: mean days entering care -> moving in; numerator = sum of days, denominator = children with an adoptive placement. A10 (`a10`): the same, but for a placement with the current foster carers (A3, A5) the day the child moved in with those carers: the start of the chain of episodes before it whose next episode's reason is L, T or U (same carers). `a2` (court authority to match) is not computed yet. Children adopted with no adoptive placement recorded are counted in `no-adoptive-placement` and left out of the averages.",
    source:
      "DfE adoption scorecards, measures A1, A2 and A10 (Adoption scorecards: methodology and guidance, DfE; A10 adds foster carer adoptions); DfE Children looked after in England including adoptions, adoptions table (average time between adoption stages).",
    differences:
      "DfE's scorecards average over the 3 years to 31 March: give a 3-year period for that figure. How DfE finds the day the child moved in with the foster carers who adopted them is [U]; here it is the start of the chain of same-carer episodes (RNE L, T, U) before the A3/A5 placement. The SSDA903 PlacedAdoption DATE_PLACED is the date of the decision that the child should be placed for adoption, not the day the child moved in, so it is not used. A2 needs the AD1 match date, held on the child record (`adoptions`) but not yet read by the engine: `a2` is unavailable.",
    build: ({ g }, m) => {
      const n = g(C.A1_N);
      const top = meanDays(m.id, m.label, g(C.A1_SUM), n, ["Days from the start of the period of care to the start of the first adoptive placement (A3-A6), for children adopted (E11, E12) in the period."]);
      const breakdown: Record<string, MetricResult> = {
        a10: meanDays(`${m.id}/a10`, "Average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions (A10)", g(C.A10_SUM), n, [
          "For adoptions by the child's foster carers (placement A3 or A5), the day the child moved in with those carers.",
        ]),
        a2: make(`${m.id}/a2`, "Average days from court authority to place to the match with the adoptive family (A2)", "days", "children", {
          value: null,
          notes: ["A2 needs the AD1 match date (DATE_MATCH), which the child record holds (`adoptions`) but the engine does not yet read: not computed."],
          unavailable: "no-input",
        }),
        adopted: count(`${m.id}/adopted`, "Children adopted in the period", "children", g(C.ADOPTED)),
        "by-foster-carers": count(`${m.id}/by-foster-carers`, "Adopted by their foster carers (adoptive placement A3 or A5)", "children", g(C.ADOPTED_BY_FOSTER_CARER)),
        "no-adoptive-placement": count(`${m.id}/no-adoptive-placement`, "Adopted with no adoptive placement (A3-A6) recorded in the period of care", "children", g(C.ADOPTED_NO_PLACEMENT)),
      };
      return { ...top, breakdown };
    },
  }),
] as const;
