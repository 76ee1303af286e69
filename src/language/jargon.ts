// The labels and professional shorthand that the language rules look for, as data. Each entry
// says what the label is, every form it is written in (word forms, spellings and acronyms), a
// plain alternative, and why the label hides what a family and a child need to hear.
//
// Sources: the plain-language guidance of the practice model (LA how-to guide on danger
// statements and safety goals; York glossary; Manchester principles; Turnell and Edwards on
// "professional language that hides what happened"); see docs/assessment-map.md, "Labels and
// jargon".

/**
 * What kind of wording a {@link JargonTerm} is, which decides which checks read it:
 *
 * - `label`: a category name used instead of what was done ("DV", "neglect", "parental
 *   conflict"). In a `behaviour` field it is `assessment/behaviour-is-label`.
 * - `category`: a category of harm used instead of what happens to the child ("emotional harm",
 *   "significant harm"). In an impact it is `assessment/impact-is-category`.
 * - `judgement`: a professional's opinion of a person instead of what they do ("presents as",
 *   "cooperative", "insight"). In a strength it is `assessment/strength-is-judgement`.
 * - `compliance`: doing what services ask instead of keeping the child safe ("engage",
 *   "comply"). In a goal it is `assessment/goal-is-compliance`.
 * - `vague`: wording that names no act ("concerned", "exposed to", "inappropriate").
 *
 * @category Assessment map
 */
export type JargonKind = "label" | "category" | "judgement" | "compliance" | "vague";

/**
 * One label or piece of professional shorthand, as data (rule Q1).
 *
 * @category Assessment map
 */
export interface JargonTerm {
  /** The label as reported in findings (`params.term`), e.g. "domestic violence". */
  readonly term: string;
  /**
   * Every way it is written, matched as whole words in any case with any white space between
   * words: word forms and spellings ("engage", "engaging", "engagement", "co-operative").
   */
  readonly forms: readonly string[];
  /**
   * Acronyms, matched as whole words in capitals only, so that "LA" is found but "la" is not
   * ("DV", "MH", "NEET").
   */
  readonly acronyms?: readonly string[];
  /** What to write instead, in plain words (`params.plain`). */
  readonly plain: string;
  /** Why the label falls short, for the documentation and for a product's help text. */
  readonly why: string;
  /** Which checks read it; see {@link JargonKind}. */
  readonly kind: JargonKind;
}

/**
 * The default list of labels and professional shorthand (rule Q1), with their word forms,
 * acronyms, plain alternatives and reasons. A local authority can pass its own list as
 * `options.jargonTerms` (for example `[...DEFAULT_JARGON_TERMS, myTerm]`, or the list without
 * a term it does not want).
 *
 * @example
 * {@includeCode ../../tests/language/languageData.test.ts#jargon-data}
 *
 * @category Assessment map
 */
export const DEFAULT_JARGON_TERMS: readonly JargonTerm[] = [
  {
    term: "domestic violence",
    forms: ["domestic violence", "domestic abuse", "domestic violence and abuse", "domestic incident", "domestic incidents"],
    acronyms: ["DV", "DA", "DVA"],
    plain: "say who did what to whom: who hit, pushed, strangled, threatened or shouted at whom, and where the children were",
    why: "A category that does not say who did what, how often, or what the children saw and heard.",
    kind: "label",
  },
  {
    term: "parental conflict",
    forms: ["parental conflict", "parental conflicts", "conflict between parents", "conflict between the parents", "relationship difficulties", "volatile relationship", "toxic relationship"],
    plain: "say what each parent does when they argue: who shouts, throws, hits or leaves, and what the children see and hear",
    why: "Names a relationship, not a behaviour; it hides whose behaviour frightens the children and can blame the person being hurt.",
    kind: "label",
  },
  {
    term: "mental health",
    forms: ["mental health", "mental health issues", "mental health problems", "mental ill health", "poor mental health"],
    acronyms: ["MH"],
    plain: "say what the parent does when they are unwell that affects the child, for example stays in bed all day and the children go without meals",
    why: "A diagnosis or condition is not a danger; what the parent does or does not do for the child is.",
    kind: "label",
  },
  {
    term: "substance misuse",
    forms: ["substance misuse", "substance abuse", "substance use", "drug misuse", "alcohol misuse", "drug and alcohol misuse", "misuses substances", "misusing substances"],
    plain: "say what is used, how much and when, and what the parent does or does not do for the child at those times",
    why: "Drinking or drug use becomes a danger through what happens to the child; the label says neither.",
    kind: "label",
  },
  {
    term: "neglect",
    forms: ["neglect", "neglects", "neglected", "neglectful", "neglecting"],
    plain: "say what the child went without (food, warmth, supervision, medical care), how often, and what happened to them",
    why: "A category of harm; it does not say what the child missed or for how long.",
    kind: "label",
  },
  {
    term: "toxic trio",
    forms: ["toxic trio"],
    plain: "describe each behaviour on its own and what it means for the child",
    why: "A research shorthand that stacks labels and blames without describing anything.",
    kind: "label",
  },
  {
    term: "poor parenting",
    forms: ["poor parenting", "poor home conditions", "poor supervision", "poor boundaries", "lack of boundaries", "inadequate parenting"],
    plain: "say what the parent does or does not do and what it means for the child",
    why: "A judgement about a whole person; it gives the family nothing to change.",
    kind: "label",
  },
  {
    term: "parenting capacity",
    forms: ["parenting capacity", "capacity to parent", "capacity to change", "parenting capability"],
    plain: "say what the parent can and cannot yet do for the child, with an example of each",
    why: "An assessment category; it does not describe a behaviour anyone could see.",
    kind: "judgement",
  },
  {
    term: "chaotic",
    forms: ["chaotic", "chaos", "chaotic lifestyle", "chaotic household"],
    plain: "say what happens: missed meals, no bedtime, the children left alone, people coming and going at night",
    why: "An impression, not a description.",
    kind: "vague",
  },
  {
    term: "volatile",
    forms: ["volatile", "volatility"],
    plain: "say what the person does when angry: shouts, throws things, hits",
    why: "An impression of a person, not an act.",
    kind: "vague",
  },
  {
    term: "significant harm",
    forms: ["significant harm", "likely significant harm", "suffering significant harm"],
    plain: "say what happened or could happen to the child: injuries, fear, going without food or sleep, falling behind at school",
    why: "A legal threshold, not a description of what happens to the child.",
    kind: "category",
  },
  {
    term: "emotional harm",
    forms: ["emotional harm", "emotional abuse", "emotionally abused", "emotionally harmed", "emotional damage", "emotional impact", "emotional wellbeing", "emotional well-being"],
    plain: "say what the child feels and does: is frightened, hides under the bed, wets the bed, stops talking at school",
    why: "A category of harm; the family cannot see from it what happens to their child.",
    kind: "category",
  },
  {
    term: "physical harm",
    forms: ["physical harm", "physical abuse", "physically abused", "physically harmed", "non-accidental injury", "non accidental injury"],
    acronyms: ["NAI"],
    plain: "say what the injury was or could be: a bruise, a burn, a broken bone, a head injury",
    why: "A category of harm; it does not say what happened to the child's body.",
    kind: "category",
  },
  {
    term: "trauma",
    forms: ["trauma", "traumatised", "traumatized", "traumatic", "adverse childhood experiences"],
    acronyms: ["ACE", "ACEs"],
    plain: "say what the child feels and does: has nightmares, startles at loud voices, will not go to bed",
    why: "A clinical category; it names no event and no effect anyone could see.",
    kind: "category",
  },
  {
    term: "risk",
    forms: ["risk", "risks", "risky behaviour", "high risk", "at risk"],
    plain: "say what could happen to the child, and when",
    why: "Names the worry without saying what it is.",
    kind: "vague",
  },
  {
    term: "concern",
    forms: ["concern", "concerns", "concerned", "concerning", "cause for concern", "concerns around", "concerns regarding"],
    plain: "say who is worried, and what exactly they are worried will happen to the child",
    why: "Says that someone is worried without saying about what.",
    kind: "vague",
  },
  {
    term: "exposed to",
    forms: ["exposed to", "exposure to", "exposing", "witnessed domestic"],
    plain: "say what the child saw or heard, and what they did (hid, cried, tried to stop it)",
    why: "Hides what the child saw and heard, and makes the child passive in their own story.",
    kind: "vague",
  },
  {
    term: "inappropriate",
    forms: ["inappropriate", "inappropriately", "not appropriate", "appropriate"],
    plain: "say what was done and why it is a worry for the child",
    why: "A judgement whose standard the family cannot see.",
    kind: "vague",
  },
  {
    term: "presents as",
    forms: ["presents as", "presented as", "presenting as", "appears to be", "appeared to be", "seems to be"],
    plain: "say what the person did that you saw or heard",
    why: "The worker's impression of a person, not something they did.",
    kind: "judgement",
  },
  {
    term: "cooperative",
    forms: ["cooperative", "co-operative", "uncooperative", "un-cooperative", "cooperating", "co-operating", "cooperation", "co-operation", "cooperated", "co-operated"],
    plain: "say what the person did: let the worker in, talked about what happened, rang Gran when Dad came home drunk",
    why: "Describes the person's attitude to services, not what they do to keep the child safe.",
    kind: "judgement",
  },
  {
    term: "insight",
    forms: ["insight", "lack of insight", "lacks insight", "no insight", "limited insight", "insightful"],
    plain: "say what the person says about what happened, in their own words",
    why: "A professional's judgement of what goes on inside someone; it cannot be seen.",
    kind: "judgement",
  },
  {
    term: "protective",
    forms: ["is protective", "are protective", "was protective", "being protective", "very protective", "protective of", "protective parent", "protective factor", "protective factors", "protective capacity", "protectiveness"],
    plain: "say what the person did to keep the child safe, when the danger was there, and since when",
    why: "A conclusion; the map records the protective actions that would support it.",
    kind: "judgement",
  },
  {
    term: "motivated",
    forms: ["motivated", "motivation to change", "wants to change", "willing to change", "willingness"],
    plain: "say what the person has done towards the change, and since when",
    why: "An intention is not yet a change anyone can see.",
    kind: "judgement",
  },
  {
    term: "engage",
    forms: ["engage", "engages", "engaged", "engaging", "engagement", "non-engagement", "non-engaging", "disengaged", "disengagement", "failure to engage", "failed to engage"],
    plain: "say what the person did: came to the meeting, talked about the worries, did what they agreed with the network",
    why: "Measures the relationship with services, not what keeps the child safe.",
    kind: "compliance",
  },
  {
    term: "comply",
    forms: ["comply", "complies", "complied", "complying", "compliance", "compliant", "non-compliance", "non-compliant", "disguised compliance"],
    plain: "say what the person will be doing for the child, and who will see it",
    why: "Doing what services say is not the same as the child being safe.",
    kind: "compliance",
  },
  {
    term: "accept support",
    forms: ["accept support", "accepts support", "accepting support", "accept services", "accept help", "take up support", "work with services", "works with services", "work with professionals", "works with professionals", "follow advice", "follows advice", "follow professional advice"],
    plain: "say what the person will be doing for the child, and who will see it",
    why: "A service is a means, not a goal; the goal is what the child will experience.",
    kind: "compliance",
  },
  {
    term: "attend",
    forms: ["attend appointments", "attends appointments", "attend all appointments", "attend sessions", "attends sessions", "attend a course", "attend the course", "attend a parenting course", "attend parenting", "attend meetings", "complete a course", "complete the course", "complete a parenting course", "complete the programme", "complete a programme", "complete an assessment", "complete the assessment", "complete the work"],
    plain: "say what the person will be doing differently for the child, and who will see it",
    why: "Attending or completing a service does not show the child is safe.",
    kind: "compliance",
  },
  {
    term: "local authority",
    forms: ["local authority"],
    acronyms: ["LA"],
    plain: "name who: Children's Services, the social worker Sam",
    why: "Agency shorthand that families do not use.",
    kind: "vague",
  },
  {
    term: "not in education, employment or training",
    forms: ["not in education, employment or training", "not in education employment or training"],
    acronyms: ["NEET"],
    plain: "say what the young person does with their days, and what worries people about it",
    why: "An administrative category, not a description of the young person's life.",
    kind: "vague",
  },
  {
    term: "looked after child",
    forms: ["looked after child", "looked-after child"],
    acronyms: ["LAC", "CLA", "CIN", "CP", "CPP", "ICPC", "RCPC", "PLO", "CAMHS", "CSC"],
    plain: "write the words in full, as the family would say them",
    why: "Acronyms the family and the child cannot read.",
    kind: "vague",
  },
];
