import type { Duration, MapVariant } from "./AssessmentMap";
import { capitalise, formatDuration, joinNames, optional, required, requiredList, withoutLeading } from "./compose";

/**
 * The parts of a safety goal (a wellbeing goal in early help, a success goal for children in care).
 *
 * @category Assessment map
 */
export interface SafetyGoalParts {
  /** Who will be satisfied. Default `"Children's Services"`. */
  readonly agency?: string;
  /** The child or children the goal is for. Two or more take "are". */
  readonly child: string | readonly string[];
  /** Who will be acting protectively, e.g. `["Mum", "Gran"]`. At least one. */
  readonly who: readonly string[];
  /**
   * What they will be doing, as presence of positive behaviour, agreeing with `who`:
   * `"make sure a sober adult collects Sam from school"` for two people, `"makes sure…"` for one.
   */
  readonly behaviour: string;
  /** In what circumstances, e.g. `"every school day"` or `"whenever Dad has been drinking"`. Optional. */
  readonly circumstances?: string;
  /** Who will check that it is happening, e.g. `["the school", "the social worker"]`. Optional. */
  readonly monitoredBy?: readonly string[];
  /** How long the change must be seen working before the agency is satisfied. */
  readonly sustainFor: Duration;
  /** What the child will be, replacing the variant's default: e.g. `"safe and happy at home"`. */
  readonly outcome?: string;
}

/**
 * Options of {@link composeSafetyGoal}.
 *
 * @category Assessment map
 */
export interface ComposeSafetyGoalOptions {
  /**
   * The map's variant, which sets the default outcome: `safety` → "safe", `wellbeing` →
   * "safe and well", `success` and `belonging` → "safe and settled". Default `safety`.
   */
  readonly variant?: MapVariant;
}

/**
 * The default outcome of a goal for each map variant: what the child will be.
 *
 * @category Assessment map
 */
export const DEFAULT_GOAL_OUTCOMES: Readonly<Record<MapVariant, string>> = {
  safety: "safe",
  wellbeing: "safe and well",
  success: "safe and settled",
  belonging: "safe and settled",
};

/**
 * Writes a safety goal in the recommended form: what the agency needs to see happening,
 * who will be doing it, who will watch, and for how long it must work.
 *
 * The sentence is "[Agency] will be satisfied that [child] is safe when [who] [observable
 * protective behaviour] [in what circumstances], [monitored by whom], and this has been seen to
 * work consistently for [duration]." (domain specification 1.6; North Yorkshire "Summary of
 * Danger Statements and Safety Goals", an LA "How to guide: Danger Statements and Safety Goals",
 * Western Australia Casework Practice Manual 2.2.17). A goal answers one danger statement and
 * describes what people will be doing, not what they will stop doing ("Mum and Dad will sort
 * out disagreements calmly", not "will not argue"); the duration is what makes it testable.
 *
 * The outcome follows the map's variant (see {@link DEFAULT_GOAL_OUTCOMES}); pass `outcome` to
 * use your own words. Several children take "are". Parts are trimmed, trailing full stops
 * removed so the sentence ends with exactly one, and names joined "A, B and C". The
 * composer does not conjugate: write `behaviour` to agree with `who`.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - The map variant, which sets the default outcome.
 * @returns The goal, ready to store as the safety goal's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `agency`, `child`, `who` (or one of its entries), `behaviour` or `outcome` is empty, an entry of `monitoredBy` is empty, or `sustainFor.amount` is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeSafetyGoal.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function composeSafetyGoal(parts: SafetyGoalParts, options: ComposeSafetyGoalOptions = {}): string {
  const what = "safety goal";
  const agency = required(parts.agency ?? "Children's Services", what, "agency");
  const children = requiredList(parts.child, what, "child");
  const who = joinNames(requiredList(parts.who, what, "who"));
  const behaviour = required(parts.behaviour, what, "behaviour");
  const circumstances = optional(parts.circumstances);
  const monitoredBy = parts.monitoredBy === undefined || parts.monitoredBy.length === 0 ? undefined : joinNames(requiredList(parts.monitoredBy, what, "monitoredBy"));
  const duration = formatDuration(parts.sustainFor, what, "sustainFor");
  const outcome = required(withoutLeading(required(parts.outcome ?? DEFAULT_GOAL_OUTCOMES[options.variant ?? "safety"], what, "outcome"), ["is", "are"]), what, "outcome");

  const verb = children.length > 1 ? "are" : "is";
  const doing = `${who} ${behaviour}${circumstances === undefined ? "" : ` ${circumstances}`}`;
  const monitoring = monitoredBy === undefined ? "" : `, monitored by ${monitoredBy}`;
  return `${capitalise(agency)} will be satisfied that ${joinNames(children)} ${verb} ${outcome} when ${doing}${monitoring}, and this has been seen to work consistently for ${duration}.`;
}
