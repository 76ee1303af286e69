// The jargon list of the plain-language checks, as data: the labels the assessment map's rule
// Q1 already knows (one list of their word forms, in src/language), with what a family document
// should say instead, and the acronyms and names of processes that families meet in letters and
// plans (s47, ICPC, CIN, LAC, PLO, …) with plain words for each.
import { DEFAULT_JARGON_TERMS } from "../../language";
import type { PlainLanguageTerm } from "./types";

/**
 * A label of the assessment map's jargon list, with its word forms and acronyms as the map has
 * them and the advice for a family document. Left out if the map's list no longer has it (a test
 * checks that every one is there).
 */
function label(term: string, plain: string, plainIs: "words" | "advice" = "advice"): PlainLanguageTerm[] {
  const found = DEFAULT_JARGON_TERMS.find((t) => t.term === term);
  if (found === undefined) return [];
  return [{ term: found.term, forms: found.forms, ...(found.acronyms === undefined ? {} : { acronyms: found.acronyms }), plain, plainIs }];
}

/**
 * The labels of the map's list that a family document should not use either, with advice on
 * what to write instead. The map's judgements of a person's attitude written in everyday words
 * ("cooperative", "protective", "motivated", "accept support", "attend appointments") are not
 * here: a family can read them, and the map's own checks report them where they fall short. Nor
 * is its entry of acronyms ("LAC", "CIN", "PLO", …): each has a term of its own below.
 */
const LABELS: readonly PlainLanguageTerm[] = [
  ...label("domestic violence", "say who did what to whom, and where the children were"),
  ...label("parental conflict", "say what each parent does when they argue, and what the children see and hear"),
  ...label("mental health", "say what the parent does when they are unwell, and what that means for the children"),
  ...label("substance misuse", "say what the parent drinks or takes, when, and what happens to the children then"),
  ...label("neglect", "say what the child went without, and how often"),
  ...label("toxic trio", "say what each person does, and what it means for the children"),
  ...label("poor parenting", "say what the parent does or does not do, and what it means for the child"),
  ...label("parenting capacity", "say what the parent can and cannot yet do for the child"),
  ...label("chaotic", "say what happens: missed meals, no bedtime, the children left alone"),
  ...label("volatile", "say what the person does when they are angry"),
  ...label("significant harm", "say what happened, or could happen, to the child"),
  ...label("emotional harm", "say what the child feels and does: is frightened, hides, wets the bed"),
  ...label("physical harm", "say what the injury was or could be: a bruise, a burn, a broken bone"),
  ...label("trauma", "say what the child feels and does: has bad dreams, jumps at loud voices"),
  ...label("risk", "say what could happen to the child, and when"),
  ...label("concern", "say who is worried, and what they are worried will happen"),
  ...label("exposed to", "say what the child saw or heard, and what they did"),
  ...label("inappropriate", "say what was done, and why it worries us"),
  ...label("presents as", "say what the person did that you saw or heard"),
  ...label("insight", "say what the person says about what happened, in their own words"),
  ...label("engage", "say what the person did: came to meetings, talked about the worries"),
  // Its forms include "disguised compliance".
  ...label("comply", "say what the person said they would do, and what they did"),
  ...label("local authority", "Children's Services", "words"),
  ...label("not in education, employment or training", "say what the young person does with their days"),
];

/** The acronyms and names of processes, with plain words for each. */
const PROCESSES: readonly PlainLanguageTerm[] = [
  {
    term: "s47",
    forms: ["section 47", "s47", "s.47", "s. 47", "section 47 enquiry", "section 47 enquiries", "section 47 investigation", "section 47 investigations", "s47 enquiry", "s47 enquiries"],
    plain: "child protection enquiry",
  },
  {
    term: "s17",
    forms: ["section 17", "s17", "s.17", "s. 17"],
    plain: "help from Children's Services",
  },
  {
    term: "s20",
    forms: ["section 20", "s20", "s.20", "s. 20", "section 20 agreement", "s20 agreement", "voluntary accommodation", "voluntarily accommodated"],
    plain: "living away from home with the parents' agreement",
  },
  {
    term: "ICPC",
    forms: ["initial child protection conference", "initial child protection conferences", "initial case conference"],
    acronyms: ["ICPC", "ICPCs"],
    plain: "the first child protection conference",
  },
  {
    term: "RCPC",
    forms: ["review child protection conference", "review child protection conferences", "review case conference"],
    acronyms: ["RCPC", "RCPCs"],
    plain: "the next child protection conference",
  },
  {
    // "CP plan" is found as "CP": the plain words then make "child protection plan".
    term: "CP",
    forms: [],
    acronyms: ["CP"],
    plain: "child protection",
  },
  {
    term: "CPP",
    forms: [],
    acronyms: ["CPP", "CPPs"],
    plain: "child protection plan",
  },
  {
    term: "core group",
    forms: ["core group", "core groups", "core group meeting", "core group meetings"],
    plain: "the group of people who meet to check the plan",
  },
  {
    term: "strategy discussion",
    forms: ["strategy discussion", "strategy discussions", "strategy meeting", "strategy meetings", "strat meeting", "strat discussion"],
    plain: "a meeting between professionals about what to do next",
  },
  {
    term: "LAC",
    forms: ["looked after child", "looked-after child", "looked after children", "looked-after children", "child looked after", "children looked after"],
    acronyms: ["LAC", "CLA"],
    plain: "children in care",
  },
  {
    // "Child in need" is a status in law (Children Act 1989, s17(10)); the family can be told
    // what it means for them.
    term: "CIN",
    forms: ["child in need", "children in need", "child in need plan", "child in need plans", "child in need meeting", "child in need meetings", "CIN plan", "CIN plans"],
    acronyms: ["CIN"],
    plain: "a child who needs extra help",
  },
  {
    term: "PLO",
    forms: ["Public Law Outline", "pre-proceedings", "pre proceedings", "PLO meeting", "PLO meetings", "PLO letter"],
    acronyms: ["PLO"],
    plain: "the steps before court",
  },
  {
    term: "threshold",
    forms: ["threshold", "thresholds", "threshold criteria", "threshold document", "meets threshold", "meet threshold", "met threshold", "threshold for care proceedings"],
    plain: "say what worries us, and what must change",
    plainIs: "advice",
  },
  {
    term: "safeguarding",
    forms: ["safeguarding", "safeguard", "safeguards", "safeguarded"],
    plain: "keeping children safe",
  },
  {
    term: "LADO",
    forms: ["local authority designated officer", "designated officer"],
    acronyms: ["LADO", "LADOs"],
    plain: "the person who looks into worries about adults who work with children",
  },
  {
    term: "MASH",
    forms: ["multi-agency safeguarding hub", "multi agency safeguarding hub"],
    acronyms: ["MASH"],
    plain: "the team that first looks at worries about a child",
  },
  {
    term: "EHA",
    forms: ["early help assessment", "early help assessments"],
    acronyms: ["EHA", "EHAs"],
    plain: "talking with the family about what help they need",
  },
  {
    term: "TAF",
    forms: ["team around the family", "team around the child"],
    acronyms: ["TAF", "TAC"],
    plain: "the people who meet with the family to help",
  },
  {
    term: "IRO",
    forms: ["independent reviewing officer", "independent reviewing officers"],
    acronyms: ["IRO", "IROs"],
    plain: "the person who checks the plan for a child in care",
  },
  {
    term: "FGC",
    forms: ["family group conference", "family group conferences", "family group conferencing"],
    acronyms: ["FGC", "FGCs"],
    plain: "a meeting where the family makes its own plan",
  },
  {
    term: "kinship care",
    forms: ["kinship", "kinship care", "kinship carer", "kinship carers", "kinship placement", "kinship placements", "connected person", "connected persons", "connected carer", "connected carers"],
    plain: "family or friends who look after the child",
  },
  {
    term: "CAMHS",
    forms: ["child and adolescent mental health services", "child and adolescent mental health service"],
    acronyms: ["CAMHS"],
    plain: "the NHS team that helps children with their feelings",
  },
  {
    term: "CSC",
    forms: ["children's social care"],
    acronyms: ["CSC"],
    plain: "Children's Services",
  },
];

/**
 * The default jargon list of `checkReadability`: the labels of the assessment map's list (rule
 * Q1: "neglect", "significant harm", "engage", "concerns", "risk", "DV", …, with the map's word
 * forms, so that there is one list of them) with advice for a family document, and the acronyms
 * and names of processes that families meet ("s47", "ICPC", "RCPC", "CP", "CPP", "core group",
 * "strategy discussion", "LAC", "CIN", "PLO", "threshold", "safeguarding", "s17", "s20",
 * "LADO", "MASH", "EHA", "TAF", "IRO", "FGC", "kinship care", "CAMHS", "CSC") with plain
 * words. Forms are found as whole words in any case, acronyms in capitals only.
 * An authority can pass its own list as `options.terms` (for example
 * `[...DEFAULT_PLAIN_LANGUAGE_TERMS, myTerm]`, or the list without a term it does not want).
 *
 * "Child in need" is a status in law (Children Act 1989, section 17(10)); its plain words, "a
 * child who needs extra help", say what it means for the family, not that the status is less.
 *
 * @example
 * {@includeCode ../../../tests/documents/readability.test.ts#terms}
 *
 * @category Family documents
 */
export const DEFAULT_PLAIN_LANGUAGE_TERMS: readonly PlainLanguageTerm[] = [...PROCESSES, ...LABELS];
