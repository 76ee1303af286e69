import { ASSESSMENT_FACTOR_CODES, CP_CATEGORY_CODES, PRIMARY_NEED_CODES } from "../../../records";
import type { CountingUnit, MetricResult } from "../../CoreDataSet";
import { C } from "../layout";
import { count, type Counts } from "./entry";

// DfE's breakdowns of a figure by a value at the event (docs/metrics.md, "DfE breakdowns"): the
// child's age at the event, the primary need of the episode, the category of abuse of the plan,
// the factors identified at the end of the assessment. Each is a count whose breakdown holds one
// count per group; the groups of `age`, `primary-need` and `cp-category` add up to it (a
// `not-recorded` group holds what has no value), the assessment factors do not (an assessment
// has several).

/** A group: its key and label. */
type Group = readonly [key: string, label: string];

/**
 * DfE's age bands (Characteristics of children in need: "unborn", "under 1", "1 to 4", "5 to 9",
 * "10 to 15", "16 and over"), in the order of the counters (layout.ts `AGE_SLOTS`).
 *
 * @internal
 */
export const AGE_BANDS: readonly Group[] = [
  ["unborn", "Unborn"],
  ["under-1", "Under 1"],
  ["1-to-4", "1 to 4"],
  ["5-to-9", "5 to 9"],
  ["10-to-15", "10 to 15"],
  ["16-and-over", "16 and over"],
  ["not-recorded", "Date of birth not recorded"],
];

const NEED_LABELS = [
  "Not stated",
  "Abuse or neglect",
  "Child's disability or illness",
  "Parental disability or illness",
  "Family in acute stress",
  "Family dysfunction",
  "Socially unacceptable behaviour",
  "Low income",
  "Absent parenting",
  "Cases other than children in need",
];
const CATEGORY_LABELS = ["Neglect", "Physical abuse", "Sexual abuse", "Emotional abuse", "Multiple"];

const withNotRecorded = (groups: readonly Group[], label: string): readonly Group[] => [...groups, ["not-recorded", label]];

/** The primary need codes (N0-N9), then not recorded. @internal */
export const NEED_GROUPS = withNotRecorded(
  PRIMARY_NEED_CODES.map((code, i): Group => [code, `${code} ${NEED_LABELS[i] ?? ""}`]),
  "Primary need not recorded",
);
/** The categories of abuse (NEG, PHY, SAB, EMO, MUL), then not recorded. @internal */
export const CATEGORY_GROUPS = withNotRecorded(
  CP_CATEGORY_CODES.map((code, i): Group => [code, `${CATEGORY_LABELS[i] ?? ""} (${code})`]),
  "Category not recorded",
);
// The factors by number (CIN census AssessmentFactors, CBDS N00181); 1 to 6 are about the child
// (A), a parent or carer (B) or another person in the household (C); 8 the kinds of private
// fostering (B to F); 18 and 19 child on child (B) or adult on child (C), A before the split.
const FACTOR_LABELS = [
  "Alcohol misuse",
  "Drug misuse",
  "Domestic abuse",
  "Mental health",
  "Learning disability",
  "Physical disability or illness",
  "Young carer",
  "Privately fostered",
  "Unaccompanied asylum-seeking child",
  "Going or being missing",
  "Child sexual exploitation",
  "Trafficking",
  "Gangs",
  "Socially unacceptable behaviour",
  "Self-harm",
  "Neglect",
  "Emotional abuse",
  "Physical abuse",
  "Sexual abuse",
  "Other",
  "No factors identified",
  "Female genital mutilation",
  "Abuse linked to faith or belief",
  "Child criminal exploitation",
];
const WHO: Readonly<Record<string, string>> = { A: ": the child", B: ": a parent or carer", C: ": another person" };
const ON: Readonly<Record<string, string>> = { B: ", child on child", C: ", adult on child" };
const PRIVATE: Readonly<Record<string, string>> = {
  B: ": an overseas child intending to return",
  C: ": an overseas child intending to stay",
  D: ": a UK child in an educational placement",
  E: ": a UK child in an alternative family arrangement",
  F: ": other",
};

/** The label of a factor code: its number's factor, and whom it concerns. */
function factorLabel(code: string): string {
  const n = Number.parseInt(code, 10);
  const letter = code.slice(String(n).length);
  return `${code} ${FACTOR_LABELS[n - 1] ?? ""}${(n <= 6 ? WHO[letter] : n === 8 ? PRIVATE[letter] : n === 18 || n === 19 ? ON[letter] : undefined) ?? ""}`;
}

/** The assessment factor codes, then no factor recorded. @internal */
export const FACTOR_GROUPS = withNotRecorded(
  ASSESSMENT_FACTOR_CODES.map((code): Group => [code, factorLabel(code)]),
  "No factor recorded",
);

const AGE_NOTE =
  "Age at the event: whole years from the date of birth to the event's date, in DfE's bands; unborn when the event is before the date of birth, or when only an expected date of birth is recorded; 'not-recorded' when neither is. The groups add up to the total.";

/**
 * A figure's breakdown by groups: a count (`total`) whose breakdown holds each group's count,
 * read from the counters from `at` on, in the order of `groups`.
 *
 * @internal
 */
export function groupCounts(id: string, label: string, cu: CountingUnit, total: number, groups: readonly Group[], at: number, g: Counts["g"], notes: readonly string[]): MetricResult {
  const breakdown: Record<string, MetricResult> = {};
  groups.forEach(([key, l], i) => (breakdown[key] = count(`${id}/${key}`, l, cu, g(at + i))));
  return count(id, label, cu, total, notes, breakdown);
}

/**
 * The `age` breakdown of a figure (`id` is the figure's): by the age at `event`.
 *
 * @internal
 */
export function byAge(id: string, event: string, cu: CountingUnit, total: number, at: number, g: Counts["g"]): MetricResult {
  return groupCounts(`${id}/age`, `By age ${event}`, cu, total, AGE_BANDS, at, g, [AGE_NOTE]);
}

/**
 * The `cp-category` breakdown: `initial` and, when `latest` is given, `latest` category of abuse;
 * `which` says which plan of a child gives it.
 *
 * @internal
 */
export function byCategory(id: string, total: number, initial: number, latest: number | undefined, g: Counts["g"], which: string): MetricResult {
  const at = `${id}/cp-category`;
  const note = [`Each child once, by the category of ${which}. The groups add up to the total.`];
  const breakdown: Record<string, MetricResult> = { initial: groupCounts(`${at}/initial`, "By initial category of abuse", "children", total, CATEGORY_GROUPS, initial, g, note) };
  if (latest !== undefined) {
    breakdown["latest"] = groupCounts(`${at}/latest`, "By latest category of abuse", "children", total, CATEGORY_GROUPS, latest, g, [
      ...note,
      "The latest category is the one the record holds: a later return that re-reports the plan with another category changes it.",
    ]);
  }
  return count(at, "By category of abuse", "children", total, [], breakdown);
}

/**
 * The `assessment-factors` breakdown of the assessments authorised in the period.
 *
 * @internal
 */
export function byFactor(id: string, total: number, g: Counts["g"]): MetricResult {
  return groupCounts(`${id}/assessment-factors`, "By factors identified at the end of assessment", "assessments", total, FACTOR_GROUPS, C.ASM_FACTOR, g, [
    "An assessment can have several factors, so the factors do not add up to the total: each factor's count is the assessments with that factor (each at most the total). Factor 21 is 'no factors identified'; 'not-recorded' counts the assessments with no factor recorded.",
  ]);
}
