import type { Duration, MapVariant } from "./AssessmentMap";
import { capitalise, formatDuration, joinNames, optional, required, requiredList, requiredParts, withoutLeading } from "./compose";
import { type ComposeLanguageOptions, reviewParts, type StatementDraft, type WordedPart } from "./composeFindings";
import { afterModal, presentAgreeing, subjectNumber } from "./composeGrammar";

/**
 * The parts of a safety goal (a wellbeing goal in early help, a success goal for children in care).
 *
 * @category Assessment map
 */
export interface SafetyGoalParts {
  /** Who will be satisfied. Default `"Children's Services"`. */
  readonly agency?: string;
  /** The child or children the goal is for. Two or more, or one entry naming several ("Amy and Ben"), take "are". */
  readonly child: string | readonly string[];
  /** Who will be acting protectively, e.g. `["Mum", "Gran"]`. At least one. */
  readonly who: readonly string[];
  /**
   * What they will be doing, as presence of positive behaviour: `"make sure a sober adult
   * collects Sam from school"`. A verb the composer knows is made to agree with `who` ("Mum
   * makes sure…", "Mum and Gran make sure…"); write other verbs to agree yourself.
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
  /**
   * What the child will be experiencing, as it would follow "[child] will": `"feel safe at
   * bedtime and tell Gran about their day"`. Optional; composes into a sentence of its own
   * ("Sam will feel safe at bedtime…"), stored as the goal's `childExperience`.
   */
  readonly childExperience?: string;
  /**
   * What professionals will see that shows the change is working, as it would follow "will see":
   * `"Sam arriving at school on time, with breakfast, every day"`. Optional; composes into a
   * sentence of its own, said by `monitoredBy` when given ("The school will see…") and otherwise
   * by "Professionals", stored as the goal's `professionalObservation`.
   */
  readonly professionalObservation?: string;
}

/**
 * Options of {@link composeSafetyGoal}.
 *
 * @category Assessment map
 */
export interface ComposeSafetyGoalOptions extends ComposeLanguageOptions {
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
 * The practice guidance asks a goal to say what the caregivers will be doing differently, what
 * the child will be experiencing and what professionals will see (domain specification 1.6):
 * the optional `childExperience` and `professionalObservation` add the last two as sentences of
 * their own after the goal ("Sam will feel safe at bedtime. The school will see Sam arriving on
 * time.").
 *
 * The outcome follows the map's variant (see {@link DEFAULT_GOAL_OUTCOMES}); pass `outcome` to
 * use your own words. Several children take "are" (also "Amy and Ben" given as one entry).
 * Parts are trimmed, trailing full stops removed so the sentence ends with exactly one, and
 * names joined "A, B and C". A verb the composer knows at the start of `behaviour` is made to
 * agree with `who` ("Mum makes sure", "Mum and Gran make sure"); other words are left as written.
 * For the findings on the words (absence framing such as "when Lee will not drink", compliance,
 * labels), use {@link draftSafetyGoal}.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - The map variant, which sets the default outcome.
 * @returns The goal, ready to store as the safety goal's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `parts` is missing; `agency`, `child`, `who` (or one of its entries), `behaviour` or `outcome` is missing, not text or empty; an entry of `monitoredBy` is empty; an optional part is not text; or `sustainFor` is missing, its unit is not days, weeks or months, or its amount is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeSafetyGoal.test.ts#docs-example}
 *
 * @example
 * What the children will experience and what professionals will see:
 * {@includeCode ../../tests/assessment/composeSafetyGoal.test.ts#experience-example}
 *
 * @category Assessment map
 */
export function composeSafetyGoal(parts: SafetyGoalParts, options: ComposeSafetyGoalOptions = {}): string {
  return buildSafetyGoal(parts, options).text;
}

/**
 * Writes a safety goal as {@link composeSafetyGoal} does, and returns with it what a practice
 * lead would say about its words: a behaviour or child's experience that says only what will not
 * happen ("Lee will not drink"; Q8) unless another main clause says what someone will do
 * ("Kerry stops, counts to ten and rings Pat" is fine), a behaviour that asks for compliance
 * with services ("engage with services"; Q8), and labels in any part (Q1). The findings use the
 * codes and word lists of {@link checkAssessmentMap}, with the part as their `path`.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - The map variant and the word lists.
 * @returns The goal and the findings on its parts.
 * @throws {@link KinsafeError} with code `invalid-argument` as {@link composeSafetyGoal} does.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeSafetyGoal.test.ts#draft-example}
 *
 * @category Assessment map
 */
export function draftSafetyGoal(parts: SafetyGoalParts, options: ComposeSafetyGoalOptions = {}): StatementDraft {
  const { text, worded } = buildSafetyGoal(parts, options);
  return { text, findings: reviewParts(worded, options) };
}

function buildSafetyGoal(parts: SafetyGoalParts, options: ComposeSafetyGoalOptions): { text: string; worded: WordedPart[] } {
  const what = "safety goal";
  requiredParts(parts, what);
  const agency = required(parts.agency ?? "Children's Services", what, "agency");
  const children = requiredList(parts.child, what, "child");
  const whoList = requiredList(parts.who, what, "who");
  const who = joinNames(whoList);
  const behaviour = presentAgreeing(required(parts.behaviour, what, "behaviour"), subjectNumber(whoList));
  const circumstances = optional(parts.circumstances, what, "circumstances");
  const monitoredBy = parts.monitoredBy === undefined || (Array.isArray(parts.monitoredBy) && parts.monitoredBy.length === 0) ? undefined : joinNames(requiredList(parts.monitoredBy, what, "monitoredBy"));
  const duration = formatDuration(parts.sustainFor, what, "sustainFor");
  const outcome = required(withoutLeading(required(parts.outcome ?? DEFAULT_GOAL_OUTCOMES[options.variant ?? "safety"], what, "outcome"), ["is", "are"]), what, "outcome");
  const experienceGiven = optional(parts.childExperience, what, "childExperience");
  const experience = experienceGiven === undefined ? undefined : afterModal(required(withoutLeading(experienceGiven, ["will"]), what, "childExperience"), "impact");
  const observationGiven = optional(parts.professionalObservation, what, "professionalObservation");
  const observation = observationGiven === undefined ? undefined : required(withoutLeading(withoutLeading(observationGiven, ["will"]), ["see"]), what, "professionalObservation");

  const verb = subjectNumber(children) === "plural" ? "are" : "is";
  const doing = `${who} ${behaviour}${circumstances === undefined ? "" : ` ${circumstances}`}`;
  const monitoring = monitoredBy === undefined ? "" : `, monitored by ${monitoredBy}`;
  const sentences = [
    `${capitalise(agency)} will be satisfied that ${joinNames(children)} ${verb} ${outcome} when ${doing}${monitoring}, and this has been seen to work consistently for ${duration}.`,
    ...(experience === undefined ? [] : [`${capitalise(joinNames(children))} will ${experience}.`]),
    ...(observation === undefined ? [] : [`${capitalise(monitoredBy ?? "professionals")} will see ${observation}.`]),
  ];
  const worded: WordedPart[] = [
    { field: "behaviour", value: behaviour, place: "goal" },
    ...(circumstances === undefined ? [] : [{ field: "circumstances", value: circumstances, place: "other" as const }]),
    ...(parts.outcome === undefined ? [] : [{ field: "outcome", value: outcome, place: "other" as const }]),
    ...(experience === undefined ? [] : [{ field: "childExperience", value: experience, place: "outcome" as const }]),
    ...(observation === undefined ? [] : [{ field: "professionalObservation", value: observation, place: "other" as const }]),
  ];
  return { text: sentences.join(" "), worded };
}
