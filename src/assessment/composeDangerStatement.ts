import { capitalise, endSentence, joinNames, optional, required, requiredList, withoutLeading } from "./compose";

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
export interface ComposeDangerStatementOptions {
  /**
   * Whether "who is worried" takes "is" or "are". By default one named party takes "is"
   * ("Children's Services is worried") and two or more take "are"; a single "we", "they",
   * "you" or "the police" takes "are", and "I" takes "am". Set `plural` for a collective
   * name you treat as plural ("the family are worried").
   */
  readonly worriedAgreement?: "singular" | "plural";
}

const PLURAL_PARTIES = new Set(["we", "they", "you", "police", "the police"]);

function worriedVerb(worried: readonly string[], agreement: ComposeDangerStatementOptions["worriedAgreement"]): string {
  if (agreement === "plural") return "are";
  if (agreement === "singular") return "is";
  if (worried.length > 1) return "are";
  const only = (worried[0] ?? "").toLowerCase();
  if (only === "i") return "am";
  return PLURAL_PARTIES.has(only) ? "are" : "is";
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
 * The composer only arranges the words: parts are trimmed, runs of white space collapsed,
 * trailing full stops removed so the sentence ends with exactly one, and the first letter
 * capitalised. Names are joined "A, B and C". A leading "may" in `behaviour`, a leading
 * "could" in `impact` and a trailing "if nothing changes" in `impact` are dropped, since the
 * template supplies them. An optional part that is empty counts as absent.
 *
 * @param parts - The words of each part. They are not changed.
 * @param options - How to agree "is"/"are" with who is worried.
 * @returns The statement, ready to show to the family and to store as the danger statement's `text`.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when `worried` (or one of its entries), `actor`, `behaviour`, `child` or `impact` is empty.
 *
 * @example
 * {@includeCode ../../tests/assessment/composeDangerStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function composeDangerStatement(parts: DangerStatementParts, options: ComposeDangerStatementOptions = {}): string {
  const what = "danger statement";
  const worried = requiredList(parts.worried, what, "worried");
  const actor = joinNames(requiredList(parts.actor, what, "actor"));
  const behaviour = required(withoutLeading(required(parts.behaviour, what, "behaviour"), ["may"]), what, "behaviour");
  const context = optional(parts.context);
  const child = joinNames(requiredList(parts.child, what, "child"));
  const impact = required(
    withoutLeading(required(parts.impact, what, "impact"), ["could"]).replace(/,?\s*if nothing changes$/i, ""),
    what,
    "impact",
  );
  const acknowledgement = optional(parts.acknowledgement);

  const worry = `${capitalise(joinNames(worried))} ${worriedVerb(worried, options.worriedAgreement)} worried that ${actor} may ${behaviour}${context === undefined ? "" : ` ${context}`}, and that ${child} could ${impact} if nothing changes.`;
  return acknowledgement === undefined ? worry : `${capitalise(endSentence(parts.acknowledgement ?? acknowledgement))} ${worry}`;
}
