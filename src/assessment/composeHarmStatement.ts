import { KinsafeError } from "../core";
import type { HarmStatus } from "./AssessmentMap";
import { joinNames, optional, required, requiredList, requiredParts, withoutLeading } from "./compose";
import { type ComposeLanguageOptions, reviewParts, type StatementDraft, type WordedPart } from "./composeFindings";
import { harmPredicate, pastBehaviour, subjectNumber } from "./composeGrammar";

/**
 * The parts of a harm statement: what has already happened to a child, and its impact.
 *
 * @category Assessment map
 */
export interface HarmStatementParts {
  /**
   * Whose behaviour caused the harm, e.g. `"Dad"` or `["Mum", "Dad"]`. Required unless the
   * actor is not known and `inCareOf` is given.
   */
  readonly actor?: string | readonly string[];
  /**
   * What they did or did not do, in the past tense: `"hit Sam with a belt"`, or for neglect
   * `"did not take Sam to the doctor when he had a high fever"`. Required with `actor`; left out
   * with `inCareOf`.
   */
  readonly behaviour?: string;
  /**
   * When nobody knows whose act or omission caused the harm (an unexplained injury, or an account
   * every adult disputes): who had care of the child at the time, e.g. `["Mum", "Dad"]`. The
   * statement then says what was found and who had care, and that how it happened is not known,
   * without naming anyone as the cause. Give either `actor` and `behaviour`, or `inCareOf`.
   */
  readonly inCareOf?: string | readonly string[];
  /** Where or in what circumstances, e.g. `"at home after drinking"`. Optional. */
  readonly context?: string;
  /** When, e.g. `"on 3 March 2025"` or `"several times between January and March 2025"`. Optional. */
  readonly when?: string;
  /** The child or children harmed. Two or more, or one entry naming several ("Amy and Ben", "the children"), take "were". */
  readonly child: string | readonly string[];
  /**
   * The impact on the child: what the child went through, as it would follow "was" (`"hurt"`,
   * `"frightened"`, `"left without medical care"`), or what the child did, in the past tense
   * (`"fell a year behind at school"`, `"missed six weeks of school"`), which the composer does
   * not put after "was". Write "was" yourself to keep it.
   */
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
 * names joined "A, B and C". The verbs are put in the right form: "was" for one child, "were"
 * for several (also "Amy and Ben" given as one entry); an impact that starts with a finite past
 * verb the composer knows ("fell a year behind", "missed school", "broke his arm") takes no
 * "was", and a "was" written before one is dropped ("was fell" → "fell"); one the child
 * undergoes keeps it ("was frightened", "were hurt"). An auxiliary written at the start of the
 * impact agrees with the child ("has nightmares" → "have nightmares" for two children). A
 * behaviour written with a known verb in the present ("hits Sam") is put in the past ("hit
 * Sam"). For the findings on the words, use {@link draftHarmStatement}.
 *
 * When nobody knows whose act caused the harm (an unexplained injury), give `inCareOf` instead of
 * `actor` and `behaviour`: "It was reported that [child] [impact] [context] [when] while in the
 * care of [who had care], [detail], and how it happened is not known." The statement then names
 * nobody as the cause; each adult's account goes in the statement's `positions`. This follows the
 * Resolutions approach to "denied" abuse (Turnell and Essex, 2006), where the work rests on what
 * was found and who had care, not on an admission, and on the map model's unknown actor.
 *
 * @param parts - The words of each part. They are not changed.
 * @returns The statement, ready to store as the harm statement's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `parts` is missing, or `actor` (unless `inCareOf` is given), `behaviour` (with `actor`), `inCareOf` (without `actor`), `child` or `impact` is missing, not text or empty, an optional part is not text, or `inCareOf` is given with `actor` or `behaviour`.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeHarmStatement.test.ts#docs-example}
 *
 * @example
 * When nobody knows who caused the harm:
 * {@includeCode ../../tests/assessment/composeHarmStatement.test.ts#unknown-actor}
 *
 * @category Assessment map
 */
export function composeHarmStatement(parts: HarmStatementParts): string {
  return buildHarmStatement(parts).text;
}

/**
 * Writes a harm statement as {@link composeHarmStatement} does, and returns with it what a
 * practice lead would say about its words: labels in any part (Q1), a behaviour that is only a
 * label (Q2), an impact that is only a category of harm (Q3), and, when no `when` is given, an
 * impact that only speaks of possible harm ("at risk of", "could"; Q10). The findings use the
 * codes and word lists of {@link checkAssessmentMap}, with the part as their `path`.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - The word lists.
 * @returns The statement and the findings on its parts.
 * @throws {@link KinsafeError} with code `invalid-argument` as {@link composeHarmStatement} does.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeHarmStatement.test.ts#draft-example}
 *
 * @category Assessment map
 */
export function draftHarmStatement(parts: HarmStatementParts, options: ComposeLanguageOptions = {}): StatementDraft {
  const { text, worded } = buildHarmStatement(parts);
  return { text, findings: reviewParts(worded, options) };
}

function buildHarmStatement(parts: HarmStatementParts): { text: string; worded: WordedPart[] } {
  const what = "harm statement";
  requiredParts(parts, what);
  const unknownActor = parts.actor === undefined && parts.inCareOf !== undefined;
  if (parts.actor !== undefined && parts.inCareOf !== undefined) {
    throw new KinsafeError("invalid-argument", `The ${what} parts "actor" and "inCareOf" are both given; give the actor and behaviour when they are known, or who had care when they are not.`);
  }
  if (unknownActor && parts.behaviour !== undefined) {
    throw new KinsafeError("invalid-argument", `The ${what} part "behaviour" is given with "inCareOf"; when nobody knows whose act caused the harm, leave the behaviour out and say what was found in "impact".`);
  }
  const actor = unknownActor ? undefined : joinNames(requiredList(parts.actor as string | readonly string[], what, "actor"));
  const carers = unknownActor ? joinNames(requiredList(parts.inCareOf, what, "inCareOf")) : undefined;
  const behaviour = unknownActor ? undefined : pastBehaviour(required(parts.behaviour as string, what, "behaviour"));
  const context = optional(parts.context, what, "context");
  const when = optional(parts.when, what, "when");
  const children = requiredList(parts.child, what, "child");
  const impact = required(parts.impact, what, "impact");
  // "was" on its own is no impact.
  required(withoutLeading(impact, ["was", "were"]), what, "impact");
  const detail = optional(parts.impactDetail, what, "impactDetail");

  const opening = parts.status === "substantiated" ? "It has been found that" : "It was reported that";
  const predicate = harmPredicate(impact, subjectNumber(children));
  const ending = detail === undefined ? "" : `, ${detail}`;
  let text: string;
  if (carers === undefined) {
    const act = [actor, behaviour, context, when].filter((p): p is string => p !== undefined).join(" ");
    text = `${opening} ${act} and as a result ${joinNames(children)} ${predicate}${ending}.`;
  } else {
    const found = [predicate, context, when].filter((p): p is string => p !== undefined).join(" ");
    text = `${opening} ${joinNames(children)} ${found} while in the care of ${carers}${ending}, and how it happened is not known.`;
  }
  const worded: WordedPart[] = [
    ...(behaviour === undefined ? [] : [{ field: "behaviour", value: behaviour, place: "behaviour" as const }]),
    ...(context === undefined ? [] : [{ field: "context", value: context, place: "other" as const }]),
    { field: "impact", value: impact, place: when === undefined ? "harm-impact" : "impact" },
    ...(detail === undefined ? [] : [{ field: "impactDetail", value: detail, place: "impact" as const }]),
  ];
  return { text, worded };
}
