import type { HarmStatus } from "./AssessmentMap";
import { joinNames, optional, required, requiredList, withoutLeading } from "./compose";

/**
 * The parts of a harm statement: what has already happened to a child, and its impact.
 *
 * @category Assessment map
 */
export interface HarmStatementParts {
  /** Whose behaviour caused the harm, e.g. `"Dad"` or `["Mum", "Dad"]`. */
  readonly actor: string | readonly string[];
  /**
   * What they did or did not do, in the past tense: `"hit Sam with a belt"`, or for neglect
   * `"did not take Sam to the doctor when he had a high fever"`.
   */
  readonly behaviour: string;
  /** Where or in what circumstances, e.g. `"at home after drinking"`. Optional. */
  readonly context?: string;
  /** When, e.g. `"on 3 March 2025"` or `"several times between January and March 2025"`. Optional. */
  readonly when?: string;
  /** The child or children harmed. Two or more take "were". */
  readonly child: string | readonly string[];
  /** The impact, as it would follow "was": `"hurt"`, `"frightened"`, `"left without medical care"`. */
  readonly impact: string;
  /** Detail of the impact, e.g. `"with bruises to his back that a doctor recorded"`. Optional. */
  readonly impactDetail?: string;
  /**
   * The status of the information. `alleged` (default) and `disputed` open "It was reported
   * that"; `substantiated` opens "It has been found that". Each party's view of a disputed
   * account is recorded in the statement's `positions`, not in this sentence.
   */
  readonly status?: HarmStatus;
}

/**
 * Writes a harm statement in the Children's Research Center form: who did or did not do what,
 * and what happened to the child as a result.
 *
 * The sentence is "It was reported that [caregiver] [did / did not do the behaviour] [context]
 * [when] and as a result [child] was [impact], [detail of impact]." (domain specification 1.2;
 * Queensland Child Safety "Collaborative Assessment and Planning Framework – Harm statements",
 * sfnfci.ca "Harm and Danger Statements", socialworkmentor.com "Harm and danger statements").
 * A harm statement says what has already happened, with who, what, to which child, when and
 * where, and the impact on the child stated concretely. Its opening shows the status of the
 * information: "It was reported that" for an allegation, "It has been found that" once it is
 * substantiated. When the family disputes the account the wording stays the same and each
 * party's view is recorded separately, so that the map does not assert one side. If only the
 * risk of harm is substantiated, leave the harm box empty and write a danger statement instead.
 *
 * Parts are trimmed, trailing full stops removed so the sentence ends with exactly one, and
 * names joined "A, B and C". A leading "was" or "were" in `impact` is dropped, since the
 * template supplies it.
 *
 * @param parts - The words of each part. They are not changed.
 * @returns The statement, ready to store as the harm statement's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `actor`, `behaviour`, `child` or `impact` is empty.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeHarmStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function composeHarmStatement(parts: HarmStatementParts): string {
  const what = "harm statement";
  const actor = joinNames(requiredList(parts.actor, what, "actor"));
  const behaviour = required(parts.behaviour, what, "behaviour");
  const context = optional(parts.context);
  const when = optional(parts.when);
  const children = requiredList(parts.child, what, "child");
  const impact = required(withoutLeading(required(parts.impact, what, "impact"), ["was", "were"]), what, "impact");
  const detail = optional(parts.impactDetail);

  const opening = parts.status === "substantiated" ? "It has been found that" : "It was reported that";
  const act = [actor, behaviour, context, when].filter((p): p is string => p !== undefined).join(" ");
  const verb = children.length > 1 ? "were" : "was";
  return `${opening} ${act} and as a result ${joinNames(children)} ${verb} ${impact}${detail === undefined ? "" : `, ${detail}`}.`;
}
