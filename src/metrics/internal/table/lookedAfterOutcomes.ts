import type { FactKind, MetricResult } from "../../CoreDataSet";
import { C, CL, CL_SIZE } from "../layout";
import { count, distribution, make, metric, percent, type Share } from "./entry";

// The looked-after measures that rest on adoptions, health and care leavers (SSDA903 episodes and
// the AD1, OC2 and OC3 tables): adoption timeliness, health and offending, care leavers'
// accommodation and activity.

const LAC: readonly FactKind[] = ["looked-after-episodes"];

/** A mean score over `n` children (unavailable when there are none). */
function meanScore(id: string, label: string, sum: number, n: number, notes: readonly string[], breakdown: Record<string, MetricResult>): MetricResult {
  return make(id, label, "ratio", "children", {
    value: n === 0 ? null : sum / n,
    numerator: sum,
    denominator: n,
    notes: n === 0 ? [...notes, "No child with a score: the average is unavailable."] : notes,
    ...(n === 0 ? { unavailable: "no-denominator" as const } : {}),
    breakdown,
  });
}

/** The OC2 flag `i` (OC2_FLAGS order) as a percentage of the children of its group whose OC2 row gives it. */
function flagShare(g: (i: number) => number, id: string, label: string, i: number, group: string, breakdown?: Record<string, MetricResult>): MetricResult {
  return percent(id, label, "children", g(C.OC2_Y + i), g(C.OC2_N + i), [`Of ${group} whose OC2 row of the year gives it (a child with no row, or a blank, is not counted as "no").`], breakdown);
}

// Care leavers: the counters of the age groups (0: 17-18, 1: 19-21) summed.
function leaverCounts(g: (i: number) => number, groups: readonly number[]): (k: number) => number {
  return (k) => groups.reduce((s, a) => s + g(C.CL + a * CL_SIZE + k), 0);
}

const CONTACT = [
  ["in-touch", "In touch (IN_TOUCH YES)"],
  ["not-in-touch", "Not in touch (NO)"],
  ["refuses-contact", "Refuses contact (REFU)"],
  ["no-longer-requires-services", "No longer requires services (NREQ)"],
  ["not-recorded", "Not recorded"],
] as const;
const ACCOMMODATION = [
  ["with-parents-or-relatives", "With parents or relatives (B)"],
  ["community-home", "Community home or other residential care (C)"],
  ["semi-independent", "Semi-independent, transitional accommodation (D)"],
  ["supported-lodgings", "Supported lodgings (E)"],
  ["gone-abroad", "Gone abroad (G)"],
  ["deported", "Deported (H)"],
  ["ordinary-lodgings", "Ordinary lodgings (K)"],
  ["residence-not-known", "Residence not known (R)"],
  ["no-fixed-abode", "No fixed abode or homeless (S)"],
  ["foyers", "Foyers (T)"],
  ["independent-living", "Independent living (U)"],
  ["emergency-accommodation", "Emergency accommodation (V)"],
  ["bed-and-breakfast", "Bed and breakfast (W)"],
  ["in-custody", "In custody (X)"],
  ["other", "Other accommodation (Y)"],
  ["with-former-foster-carers", "With former foster carers, staying put (Z)"],
  ["no-information", "No information (0, blank or a code outside the list)"],
] as const;
const ACTIVITY = [
  ["higher-education", "Higher education (F1, P1)"],
  ["other-education", "Education other than higher education (F2, P2)"],
  ["apprenticeship", "In an apprenticeship (F4, P4)"],
  ["training-or-employment", "In training or employment, not an apprenticeship (F5, P5; F3, P3 before 2021-22)"],
  ["neet-illness-or-disability", "Not in education, employment or training: illness or disability (G4)"],
  ["neet-pregnancy-or-parenting", "Not in education, employment or training: pregnancy or parenting (G6)"],
  ["neet-other", "Not in education, employment or training: other reasons (G5)"],
  ["not-known", "Information not known (0, blank or a code outside the list)"],
] as const;

function shares(list: readonly (readonly [string, string])[], at: (i: number) => number): Record<string, Share> {
  return Object.fromEntries(list.map(([key, label], i) => [key, { label, n: at(i) }]));
}

/** The notes of the young people left out of the care leavers' measures (no counts: beside the totals they would give small numbers away). */
function leftOutNotes(g: (i: number) => number): string[] {
  return [
    ...(g(C.CL_DIED) > 0 ? ["Young people who have died (IN_TOUCH DIED) are left out, as DfE does."] : []),
    ...(g(C.CL_RHOM) > 0 ? ["Young people who returned home to parents or others with parental responsibility for 6 months or more (IN_TOUCH RHOM) are left out, as DfE does."] : []),
    ...(g(C.CL_NO_DOB) > 0 ? ["OC3 rows of young people with no date of birth are left out: their age group cannot be told."] : []),
  ];
}

/** care-leavers.accommodation for the age groups `groups`, with their own breakdown by age when pooled. */
function accommodationOf(g: (i: number) => number, id: string, label: string, groups: readonly number[], notes: readonly string[]): MetricResult {
  const k = leaverCounts(g, groups);
  const n = k(CL.N);
  const breakdown: Record<string, MetricResult> = {
    "care-leavers": count(`${id}/care-leavers`, `Care leavers (${groups.length === 2 ? "aged 17 to 21" : groups[0] === 0 ? "aged 17 to 18" : "aged 19 to 21"})`, "children", n),
    unsuitable: percent(`${id}/unsuitable`, "In unsuitable accommodation", "children", k(CL.SUIT + 1), n),
    "no-information": percent(`${id}/no-information`, "No information on the accommodation", "children", k(CL.SUIT + 2), n),
    contact: distribution(`${id}/contact`, "Contact with the local authority", "children", n, shares(CONTACT, (i) => k(CL.CONTACT + i))),
    type: distribution(`${id}/type`, "Type of accommodation", "children", n, shares(ACCOMMODATION, (i) => k(CL.TYPE + i))),
  };
  if (groups.length === 2) {
    breakdown["17-18"] = accommodationOf(g, `${id}/17-18`, "In suitable accommodation, aged 17 to 18", [0], []);
    breakdown["19-21"] = accommodationOf(g, `${id}/19-21`, "In suitable accommodation, aged 19 to 21", [1], []);
  }
  return percent(id, label, "children", k(CL.SUIT), n, notes, breakdown);
}

/** care-leavers.activity for the age groups `groups`. */
function activityOf(g: (i: number) => number, id: string, label: string, groups: readonly number[], notes: readonly string[]): MetricResult {
  const k = leaverCounts(g, groups);
  const n = k(CL.N);
  const at = (i: number): number => k(CL.ACTIV + i);
  const breakdown: Record<string, MetricResult> = {
    "care-leavers": count(`${id}/care-leavers`, `Care leavers (${groups.length === 2 ? "aged 17 to 21" : groups[0] === 0 ? "aged 17 to 18" : "aged 19 to 21"})`, "children", n),
    neet: percent(`${id}/neet`, "Not in education, employment or training", "children", at(4) + at(5) + at(6), n),
    "not-known": percent(`${id}/not-known`, "Activity not known", "children", at(7), n),
    activity: distribution(`${id}/activity`, "Main activity", "children", n, shares(ACTIVITY, at)),
  };
  if (groups.length === 2) {
    breakdown["17-18"] = activityOf(g, `${id}/17-18`, "In education, employment or training, aged 17 to 18", [0], []);
    breakdown["19-21"] = activityOf(g, `${id}/19-21`, "In education, employment or training, aged 19 to 21", [1], []);
  }
  return percent(id, label, "children", at(0) + at(1) + at(2) + at(3), n, notes, breakdown);
}

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
    needs: { facts: LAC, breakdown: { a2: { facts: [...LAC, "adoptions"] } } },
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
  metric({
    id: "lac.health",
    family: "lac",
    label: "Children looked after for 12 months or more with their annual health assessment up to date",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: [...LAC, "looked-after-outcomes"], breakdown: { population: { facts: LAC } } },
    build: ({ g }, m) => {
      const pop = g(C.OC2_POP);
      const rows = g(C.OC2_ROW);
      const notes = [
        ...(pop > rows ? ["Children of the population with no OC2 row of the year are left out of every percentage (`not-recorded`), not counted as \"no\"."] : []),
        ...(g(C.OC2_NO_DOB) > 0 ? ["Children with no date of birth are left out of the measures of an age group (development checks, convictions, SDQ)."] : []),
      ];
      const sdqN = g(C.SDQ_N);
      const sdq = meanScore(`${m.id}/sdq`, "Average SDQ score (aged 5 to 16)", g(C.SDQ_SUM), sdqN, ["The total difficulties score (0-40) of children aged 5 to 16 at the snapshot with a score."], {
        bands: distribution(`${m.id}/sdq/bands`, "SDQ score bands", "children", sdqN, {
          normal: { label: "Normal (0-13)", n: g(C.SDQ_BAND) },
          borderline: { label: "Borderline (14-16)", n: g(C.SDQ_BAND + 1) },
          concern: { label: "A cause for concern (17 and over)", n: g(C.SDQ_BAND + 2) },
        }),
        "with-score": percent(`${m.id}/sdq/with-score`, "Aged 5 to 16 with an SDQ score", "children", sdqN, g(C.SDQ_ELIGIBLE), ["Of children aged 5 to 16 at the snapshot with an OC2 row of the year."]),
      });
      const all = "children of the population";
      const breakdown: Record<string, MetricResult> = {
        population: count(`${m.id}/population`, "Children looked after continuously for 12 months or more", "children", pop),
        "not-recorded": count(`${m.id}/not-recorded`, "Of them, with no OC2 row of the year", "children", pop - rows),
        immunisations: flagShare(g, `${m.id}/immunisations`, "Immunisations up to date", 1, all),
        "teeth-checked": flagShare(g, `${m.id}/teeth-checked`, "Teeth checked by a dentist", 2, all),
        "development-checks": flagShare(g, `${m.id}/development-checks`, "Development assessments up to date (under 5)", 3, "children under 5 at the snapshot"),
        convicted: flagShare(g, `${m.id}/convicted`, "Convicted or subject to a youth caution or youth conditional caution during the year (aged 10 or over)", 4, "children aged 10 or over at the snapshot"),
        "substance-misuse": flagShare(g, `${m.id}/substance-misuse`, "Identified as having a substance misuse problem", 5, all, {
          "intervention-received": flagShare(g, `${m.id}/substance-misuse/intervention-received`, "Received an intervention", 6, "children with a substance misuse problem"),
          "intervention-offered": flagShare(g, `${m.id}/substance-misuse/intervention-offered`, "Offered an intervention and refused it", 7, "children with a substance misuse problem"),
        }),
        sdq,
      };
      const top = flagShare(g, m.id, m.label, 0, all, breakdown);
      return { ...top, notes: [...top.notes, ...notes] };
    },
  }),
  metric({
    id: "care-leavers.accommodation",
    family: "lac",
    label: "Care leavers aged 17 to 21 in suitable accommodation",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: ["care-leaver-outcomes"] },
    build: ({ g }, m) => accommodationOf(g, m.id, m.label, [0, 1], leftOutNotes(g)),
  }),
  metric({
    id: "care-leavers.activity",
    family: "lac",
    label: "Care leavers aged 17 to 21 in education, employment or training",
    unit: "percent",
    countingUnit: "children",
    needs: { facts: ["care-leaver-outcomes"] },
    build: ({ g }, m) => activityOf(g, m.id, m.label, [0, 1], leftOutNotes(g)),
  }),
] as const;
