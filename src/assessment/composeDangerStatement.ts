import { capitalise, endSentence, joinNames, optional, required, requiredList, requiredParts, withoutLeading } from "./compose";
import { type ComposeLanguageOptions, reviewParts, type StatementDraft, type WordedPart } from "./composeFindings";
import { afterModal, worriedVerbFor } from "./composeGrammar";

/**
 * The parts of a danger statement, in the family's own words where possible.
 *
 * @category Assessment map
 */
export interface DangerStatementParts {
  /** Who is worried: agencies and people, e.g. `["Children's Services", "the school", "Gran"]`. At least one. Include a parent when they share the worry. */
  readonly worried: readonly string[];
  /** Whose behaviour the worry is about, e.g. `"Dad"` or `["Mum", "Dad"]`. */
  readonly actor: string | readonly string[];
  /** The specific behaviour, as it would follow "may": `"shout at and hit Mum"`, not a label such as "domestic violence". */
  readonly behaviour: string;
  /** When or in what circumstances, e.g. `"when he has been drinking"`. Optional. */
  readonly context?: string;
  /** The child or children the worry is for. */
  readonly child: string | readonly string[];
  /** What could happen to the child, as it would follow "could": `"be badly hurt and grow up frightened at home"`. */
  readonly impact: string;
  /** An optional opening sentence honouring what the family has already done, e.g. `"Mum has taken the children to Gran's every time Dad has been drinking"`. */
  readonly acknowledgement?: string;
}

/**
 * Options of {@link composeDangerStatement}.
 *
 * @category Assessment map
 */
export interface ComposeDangerStatementOptions extends ComposeLanguageOptions {
  /**
   * Whether "who is worried" takes "is" or "are". By default it takes "are" as practice writes
   * it ("Children's Services are worried", "the school are worried", "Mum and Dad are worried"),
   * and "is" only when the one party named is one person ("Gran is worried", "the social worker
   * is worried", "Kerry is worried"); "I" takes "am". Set `singular` or `plural` to choose
   * yourself.
   */
  readonly worriedAgreement?: "singular" | "plural";
}

function worriedVerb(worried: readonly string[], agreement: ComposeDangerStatementOptions["worriedAgreement"]): string {
  const only = worried.length === 1 ? (worried[0] ?? "").toLowerCase() : "";
  if (agreement === "plural") return "are";
  if (agreement === "singular") return only === "i" ? "am" : "is";
  return worriedVerbFor(worried);
}

/**
 * Writes a danger statement in the recommended form: who is worried, about what caregiver
 * behaviour, in what circumstances, and what could happen to the child if nothing changes.
 *
 * The sentence is "[Who is worried] are worried that [caregiver] may [specific behaviour]
 * [when/in context], and that [child] could [impact] if nothing changes." (domain specification
 * 1.3, combining the North Yorkshire "Summary of Danger Statements and Safety Goals", the City
 * of York Signs of Safety glossary, an LA "How to guide: Danger Statements and Safety Goals",
 * and sfnfci.ca "Harm and Danger Statements"). Describe the behaviour, not a label, and use the
 * family's words where you can; the optional acknowledgement puts what the family has already
 * done first ("honouring" statement). Aim for no more than three danger statements per map.
 *
 * The composer arranges the words and puts the verbs the template joins in the right form:
 * parts are trimmed, runs of white space collapsed, trailing full stops removed so the sentence
 * ends with exactly one, and the first letter capitalised. Names are joined "A, B and C". "Who is
 * worried" takes "are" unless the one party named is one person (see `worriedAgreement`). A
 * leading "may" in `behaviour`, a leading "could" in `impact` and a trailing "if nothing
 * changes" in `impact` are dropped, since the template supplies them. After "may" and "could" a
 * known verb is put in its base form ("fell behind" → "could fall behind"), and an impact the
 * child would undergo takes "be" ("frightened" → "could be frightened"). An optional part that is
 * empty counts as absent. For the findings on the words, use {@link draftDangerStatement}.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - How to agree "is"/"are" with who is worried.
 * @returns The statement, ready to show to the family and to store as the danger statement's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `parts` is missing, or `worried` (or one of its entries), `actor`, `behaviour`, `child` or `impact` is missing, not text or empty, or an optional part is not text.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeDangerStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function composeDangerStatement(parts: DangerStatementParts, options: ComposeDangerStatementOptions = {}): string {
  return buildDangerStatement(parts, options).text;
}

/**
 * Writes a danger statement as {@link composeDangerStatement} does, and returns with it what a
 * practice lead would say about its words: labels in any part (Q1), a behaviour that is only a
 * label (Q2), an impact that is only a category of harm (Q3). The findings use the codes and
 * word lists of {@link checkAssessmentMap}, with the part as their `path` (`["behaviour"]`); the
 * family's own words in double quotation marks are exempt.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - The agreement of "who is worried" and the word lists.
 * @returns The statement and the findings on its parts.
 * @throws {@link KinsafeError} with code `invalid-argument` as {@link composeDangerStatement} does.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeDangerStatement.test.ts#draft-example}
 *
 * @category Assessment map
 */
export function draftDangerStatement(parts: DangerStatementParts, options: ComposeDangerStatementOptions = {}): StatementDraft {
  const { text, worded } = buildDangerStatement(parts, options);
  return { text, findings: reviewParts(worded, options) };
}

function buildDangerStatement(parts: DangerStatementParts, options: ComposeDangerStatementOptions): { text: string; worded: WordedPart[] } {
  const what = "danger statement";
  requiredParts(parts, what);
  const worried = requiredList(parts.worried, what, "worried");
  const actor = joinNames(requiredList(parts.actor, what, "actor"));
  const behaviour = afterModal(required(withoutLeading(required(parts.behaviour, what, "behaviour"), ["may"]), what, "behaviour"), "behaviour");
  const context = optional(parts.context, what, "context");
  const child = joinNames(requiredList(parts.child, what, "child"));
  const impact = afterModal(
    required(withoutLeading(required(parts.impact, what, "impact"), ["could"]).replace(/,?\s*if nothing changes$/i, ""), what, "impact"),
    "impact",
  );
  const acknowledgement = optional(parts.acknowledgement, what, "acknowledgement");

  const worry = `${capitalise(joinNames(worried))} ${worriedVerb(worried, options.worriedAgreement)} worried that ${actor} may ${behaviour}${context === undefined ? "" : ` ${context}`}, and that ${child} could ${impact} if nothing changes.`;
  const text = acknowledgement === undefined ? worry : `${capitalise(endSentence(parts.acknowledgement ?? acknowledgement))} ${worry}`;
  const worded: WordedPart[] = [
    ...(acknowledgement === undefined ? [] : [{ field: "acknowledgement", value: acknowledgement, place: "other" as const }]),
    { field: "behaviour", value: behaviour, place: "behaviour" },
    ...(context === undefined ? [] : [{ field: "context", value: context, place: "other" as const }]),
    { field: "impact", value: impact, place: "impact" },
  ];
  return { text, worded };
}
