import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { ChildVoiceRecordIdSchema } from "./ChildVoiceRecordId";

// Schemas and types of the child-voice records; no logic beyond the id checks of one record.
// Tools and practice: domain specification section 4 (Three Houses, Weld and Greening 2008;
// Wizards and Fairies; Safety House, Sonja Parker 2009; Words and Pictures, Susie Essex and
// Andrew Turnell).

/**
 * Id of anything inside one child-voice record: an item, a Words and Pictures page, or a
 * sharing event. Ids are unique within the record.
 *
 * @category Child voice
 */
export const ChildVoiceItemIdSchema = idSchema<"ChildVoiceItemId">();
/** @category Child voice */
export type ChildVoiceItemId = z.output<typeof ChildVoiceItemIdSchema>;

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "This text must not be blank.");

/**
 * The child-voice tools kinsafe records.
 *
 * - `three-houses`: Three Houses (Nicki Weld and Maggie Greening, 2008): worries, good things, dreams.
 * - `wizards-and-fairies`: the same three questions for younger children, with a wizard or fairy figure.
 * - `safety-house`: Safety House (Sonja Parker, 2009): the child's part in safety planning.
 * - `words-and-pictures`: Words and Pictures (Susie Essex and Andrew Turnell): the adults' explanation to the child.
 * - `observation`: what a baby or a child who does not (yet) speak was seen to do and show, who saw it, and when.
 * - `pre-birth`: for an unborn baby, the parents' hopes and worries for the baby and the plan for the baby's arrival.
 *
 * @category Child voice
 */
export const ChildVoiceToolSchema = z.enum(["three-houses", "wizards-and-fairies", "safety-house", "words-and-pictures", "observation", "pre-birth"]);
/** @category Child voice */
export type ChildVoiceTool = z.output<typeof ChildVoiceToolSchema>;

/**
 * The child's consent to their record being shared.
 *
 * @category Child voice
 */
export const ChildConsentSchema = z.strictObject({
  /**
   * `given` or `refused` by the child; `not-asked` yet; or `not-able-to-consent` (too young, or
   * not able to understand what sharing means).
   */
  status: z.enum(["given", "refused", "not-asked", "not-able-to-consent"]),
  /** The day the child gave or refused consent. */
  on: IsoDateSchema.optional(),
  /**
   * The child's limits on who may see the record, when the child set any ("Mummy can see it but
   * not Daddy"). Every check and `mayShareWith` honour them.
   */
  limits: z
    .strictObject({
      /** The only people the child agreed may see it; absent when the child named no such list. */
      onlyWith: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).optional(),
      /** People the child does not want to see it. */
      notWith: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).optional(),
      /** The child's reason, in the child's words ("because he'll be cross"). */
      childsReason: text.optional(),
    })
    .optional(),
});
/** @category Child voice */
export type ChildConsent = DeepReadonly<z.output<typeof ChildConsentSchema>>;

/**
 * The parent's consent to the worker using the tool with a child in their care.
 *
 * @category Child voice
 */
export const ParentConsentSchema = z.strictObject({
  /** `given` or `refused`; `not-asked` yet; or `not-needed` (for example the child is not in the parent's care). */
  status: z.enum(["given", "refused", "not-asked", "not-needed"]),
  /** The parent or carer who gave or refused consent. */
  personId: PersonIdSchema.optional(),
  /** The day they gave or refused it. */
  on: IsoDateSchema.optional(),
});
/** @category Child voice */
export type ParentConsent = DeepReadonly<z.output<typeof ParentConsentSchema>>;

/**
 * Consent for a child-voice record: the child's consent to share it, and the parent's consent
 * to the work (domain specification 4.1: "get consent if the child is in their care"; "obtain
 * the child's consent before sharing it").
 *
 * @category Child voice
 */
export const ChildVoiceConsentSchema = z.strictObject({
  /** The child's consent to the record being shared. */
  child: ChildConsentSchema,
  /** The parent's consent to the tool being used with their child. */
  parent: ParentConsentSchema,
});
/** @category Child voice */
export type ChildVoiceConsent = DeepReadonly<z.output<typeof ChildVoiceConsentSchema>>;

/**
 * Who a record was shared with.
 *
 * @category Child voice
 */
export const SharingAudienceSchema = z.enum(["parent", "network", "professional", "conference", "court", "other"]);
/** @category Child voice */
export type SharingAudience = z.output<typeof SharingAudienceSchema>;

/**
 * How a record was shared.
 *
 * @category Child voice
 */
export const SharingMethodSchema = z.enum(["shown-in-person", "meeting", "copy-given", "read-out", "other"]);
/** @category Child voice */
export type SharingMethod = z.output<typeof SharingMethodSchema>;

/**
 * One occasion on which a record was shared. For a Words and Pictures story shown to the
 * children, list the children in `personIds` (with the parents who showed it).
 *
 * @category Child voice
 */
export const ChildVoiceSharingSchema = z.strictObject({
  /** Id of this sharing, unique within the record. */
  id: ChildVoiceItemIdSchema,
  /** The kind of audience: parents, network, professionals, a conference, a court, or other. */
  audience: SharingAudienceSchema,
  /** The people it was shared with, when they are in the case record. */
  personIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).optional(),
  /** The people or bodies it was shared with, by name or role, when they are not. */
  names: z.array(text).max(MAX_LIST_LENGTH).optional(),
  /** The day it was shared. */
  on: IsoDateSchema,
  /** How it was shared. */
  how: SharingMethodSchema,
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Child voice */
export type ChildVoiceSharing = DeepReadonly<z.output<typeof ChildVoiceSharingSchema>>;

const commonShape = {
  /** Id of the record; an assessment map lists it in `childVoiceIds` when it draws on it. */
  id: ChildVoiceRecordIdSchema,
  /** The child whose voice this is (for Words and Pictures: the child the record is filed under). */
  childId: PersonIdSchema,
  /** The day the tool was used (or the story written). */
  date: IsoDateSchema,
  /** The practitioner who did the work with the child (or the family). */
  facilitatorId: PersonIdSchema,
  /** The child's and the parent's consent. */
  consent: ChildVoiceConsentSchema,
  /** Every occasion on which the record was shared, in any order. */
  sharedWith: z.array(ChildVoiceSharingSchema).max(MAX_LIST_LENGTH),
  /** The practitioner's notes: how the child was, what was checked back with them. */
  notes: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
};

const itemShape = {
  /** Id of the item, unique within the record. */
  id: ChildVoiceItemIdSchema,
  /** What the child said, wrote or drew, as written down. */
  text,
  /**
   * Whether `text` is the child's exact words. Practice: write the child's exact words, with no
   * paraphrase (domain specification 4.1).
   */
  isChildsExactWords: z.boolean(),
  /**
   * `true` when the item records what the child showed rather than said (pointing, a gesture, a
   * drawing with no words, how the child played): an observed response is not a paraphrase.
   */
  isObserved: z.boolean().optional(),
  /** A reference to the child's drawing in the host system's storage. */
  drawingRef: text.optional(),
  /** A reference to an audio recording in the host system's storage. */
  audioRef: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
};

type Path = (string | number)[];

// Runs even when other fields failed to parse (so one error lists every problem), so it reads
// the input defensively.
function list(value: unknown): readonly Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null) : [];
}

/** Checks that the ids inside a record are unique and that page numbers are not repeated. */
function checkRecord(input: unknown, ctx: z.RefinementCtx): void {
  if (typeof input !== "object" || input === null) return;
  const record = input as Record<string, unknown>;
  const seen = new Map<unknown, string>();
  const issue = (path: Path, message: string, rule: string, received: unknown): void => {
    ctx.addIssue({ code: "custom", path, message, input: received, params: { rule } });
  };
  for (const key of ["items", "pages", "observations", "sharedWith"]) {
    list(record[key]).forEach((entry, i) => {
      const id = entry["id"];
      if (typeof id !== "string") return;
      const previous = seen.get(id);
      if (previous !== undefined) issue([key, i, "id"], `The id ${JSON.stringify(id)} is already used at ${previous}.`, "reference/duplicate-id", id);
      else seen.set(id, `${key}[${String(i)}]`);
    });
  }
  const numbers = new Set<unknown>();
  list(record["pages"]).forEach((page, i) => {
    const n = page["number"];
    if (typeof n !== "number") return;
    if (numbers.has(n)) issue(["pages", i, "number"], `Page number ${String(n)} is used twice.`, "child-voice/duplicate-page-number", n);
    numbers.add(n);
  });
  if (typeof record["previousVersionId"] === "string" && record["previousVersionId"] === record["id"]) {
    issue(["previousVersionId"], "A version cannot be its own previous version.", "reference/self-reference", record["previousVersionId"]);
  }
}

const refineAlways = { when: () => true };

/**
 * The three houses of the Three Houses tool: the House of Worries, the House of Good Things and
 * the House of Dreams (domain specification 4.1).
 *
 * @category Child voice
 */
export const ThreeHousesSectionSchema = z.enum(["worries", "good-things", "dreams"]);
/** @category Child voice */
export type ThreeHousesSection = z.output<typeof ThreeHousesSectionSchema>;

/**
 * One thing the child said or drew in one of the three houses.
 *
 * @category Child voice
 */
export const ThreeHousesItemSchema = z.strictObject({
  ...itemShape,
  /** The house it is in. */
  section: ThreeHousesSectionSchema,
});
/** @category Child voice */
export type ThreeHousesItem = DeepReadonly<z.output<typeof ThreeHousesItemSchema>>;

/**
 * A Three Houses record (Nicki Weld and Maggie Greening, Child, Youth and Family, New Zealand,
 * 2008): what the child worries about, the good things, and their dreams, in their own words
 * and drawings (domain specification 4.1).
 *
 * @category Child voice
 */
export const ThreeHousesRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: Three Houses. */
    tool: z.literal("three-houses"),
    /**
     * The child's own names for the houses, or for the metaphor they chose instead (three train
     * carriages, planets, horses); practice: the child names the houses.
     */
    houseNames: z
      .strictObject({
        /** The child's name for the House of Worries. */
        worries: text.optional(),
        /** The child's name for the House of Good Things. */
        "good-things": text.optional(),
        /** The child's name for the House of Dreams. */
        dreams: text.optional(),
      })
      .optional(),
    /** What the child said or drew, house by house. */
    items: z.array(ThreeHousesItemSchema).max(MAX_LIST_LENGTH),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type ThreeHousesRecord = DeepReadonly<z.output<typeof ThreeHousesRecordSchema>>;

/**
 * The three parts of the Wizards and Fairies tool: good things, worries, and wishes (what the
 * child would wish for with magic) (domain specification 4.2).
 *
 * @category Child voice
 */
export const WizardsAndFairiesSectionSchema = z.enum(["good-things", "worries", "wishes"]);
/** @category Child voice */
export type WizardsAndFairiesSection = z.output<typeof WizardsAndFairiesSectionSchema>;

/**
 * One thing the child said or drew with the wizard or fairy.
 *
 * @category Child voice
 */
export const WizardsAndFairiesItemSchema = z.strictObject({
  ...itemShape,
  /** The part it belongs to. */
  section: WizardsAndFairiesSectionSchema,
});
/** @category Child voice */
export type WizardsAndFairiesItem = DeepReadonly<z.output<typeof WizardsAndFairiesItemSchema>>;

/**
 * A Wizards and Fairies record: the three questions asked of a younger child through a wizard
 * or fairy figure (domain specification 4.2; listed by WA CPM 2.2.17 and Missouri s1 ch7).
 *
 * @category Child voice
 */
export const WizardsAndFairiesRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: Wizards and Fairies. */
    tool: z.literal("wizards-and-fairies"),
    /** The figure the child chose. */
    figure: z.enum(["wizard", "fairy", "other"]),
    /** What the child said or drew, part by part. */
    items: z.array(WizardsAndFairiesItemSchema).max(MAX_LIST_LENGTH),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type WizardsAndFairiesRecord = DeepReadonly<z.output<typeof WizardsAndFairiesRecordSchema>>;

/**
 * The parts of the Safety House (domain specification 4.3): people who live in the house
 * (`lives-in`), people who visit (`visits`), the rules of the house on the roof (`rules`),
 * people the child does not feel safe with, outside (`not-safe-with`), and what the child says
 * about the path to the house (`path`).
 *
 * @category Child voice
 */
export const SafetyHouseSectionSchema = z.enum(["lives-in", "visits", "rules", "not-safe-with", "path"]);
/** @category Child voice */
export type SafetyHouseSection = z.output<typeof SafetyHouseSectionSchema>;

/**
 * One thing the child put in their Safety House.
 *
 * @category Child voice
 */
export const SafetyHouseItemSchema = z.strictObject({
  ...itemShape,
  /** The part of the house it is in. */
  section: SafetyHouseSectionSchema,
  /** The people it is about (who lives in the house, who visits, who the child does not feel safe with). */
  people: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).optional(),
  /**
   * The conditions of a visit ("only when Mum is there"); on `not-safe-with` items, what would
   * need to happen before the person could visit.
   */
  conditions: z.array(text).max(MAX_LIST_LENGTH).optional(),
});
/** @category Child voice */
export type SafetyHouseItem = DeepReadonly<z.output<typeof SafetyHouseItemSchema>>;

/**
 * A Safety House record (Sonja Parker, SP Consultancy, 2009): the child's part in safety
 * planning, with the child's own scaling of their safety as their place on the path (domain
 * specification 4.3 and 1.10).
 *
 * @category Child voice
 */
export const SafetyHouseRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: Safety House. */
    tool: z.literal("safety-house"),
    /** What the child put in the house, part by part. */
    items: z.array(SafetyHouseItemSchema).max(MAX_LIST_LENGTH),
    /**
     * Where the child placed themself on the path, from 0 (far from the house: not safe at all)
     * to 10 (inside the house: completely safe). The child's own scaling of their safety.
     */
    pathPosition: z.number().int().min(0).max(10).optional(),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type SafetyHouseRecord = DeepReadonly<z.output<typeof SafetyHouseRecordSchema>>;

/**
 * What a Words and Pictures page is, in the short-form structure (Susie Essex): title; who is
 * worried; what are they worried about; what happened then; what are we doing about the
 * worries; a rule of the safety plan; or something else.
 *
 * @category Child voice
 */
export const WordsAndPicturesHeadingSchema = z.enum([
  "title",
  "who-is-worried",
  "what-worried-about",
  "what-happened-then",
  "what-we-are-doing",
  "safety-plan-rule",
  "other",
]);
/** @category Child voice */
export type WordsAndPicturesHeading = z.output<typeof WordsAndPicturesHeadingSchema>;

/**
 * One page of a Words and Pictures story: short text in the family's words and a simple drawing.
 *
 * @category Child voice
 */
export const WordsAndPicturesPageSchema = z.strictObject({
  /** Id of the page, unique within the record. */
  id: ChildVoiceItemIdSchema,
  /** The page number, from 1; pages are shown in this order. */
  number: z.number().int().min(1),
  /** What the page is, in the short-form structure. */
  heading: WordsAndPicturesHeadingSchema.optional(),
  /** The words on the page. */
  text,
  /** A reference to the page's drawing in the host system's storage. */
  drawingRef: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Child voice */
export type WordsAndPicturesPage = DeepReadonly<z.output<typeof WordsAndPicturesPageSchema>>;

/**
 * What a Words and Pictures story explains: why Children's Services are involved, the safety
 * plan, or why the child does not live at home.
 *
 * @category Child voice
 */
export const WordsAndPicturesPurposeSchema = z.enum(["why-involved", "safety-plan", "why-not-at-home"]);
/** @category Child voice */
export type WordsAndPicturesPurpose = z.output<typeof WordsAndPicturesPurposeSchema>;

/**
 * A Words and Pictures story (Susie Essex, with Andrew Turnell): a storyboard that explains to
 * the children, in the family's words, why Children's Services are involved, why they do not
 * live at home, or what the safety plan is. It is written with the parents and shown to the
 * children with them, then to the network (domain specification 4.4). A new version is a new
 * record pointing at the one before.
 *
 * @category Child voice
 */
export const WordsAndPicturesRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: Words and Pictures. */
    tool: z.literal("words-and-pictures"),
    /** What the story explains. */
    purpose: WordsAndPicturesPurposeSchema,
    /** The pages of the story. */
    pages: z.array(WordsAndPicturesPageSchema).max(MAX_LIST_LENGTH),
    /** The children the story is for. */
    audiences: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
    /** The parents or carers who wrote it with the practitioner. */
    authoredWith: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
    /** Version of the story, from 1. */
    version: z.number().int().min(1),
    /** The record of the version before, when this is not the first. */
    previousVersionId: ChildVoiceRecordIdSchema.optional(),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type WordsAndPicturesRecord = DeepReadonly<z.output<typeof WordsAndPicturesRecordSchema>>;

/**
 * One observation of a baby or of a child who does not (yet) speak: what the child did and
 * showed, in what setting, and who saw it. It is the child's voice as far as the child can give
 * it (an observed response is not a paraphrase of words).
 *
 * @category Child voice
 */
export const ChildObservationSchema = z.strictObject({
  /** Id of the observation, unique within the record. */
  id: ChildVoiceItemIdSchema,
  /** What the child did or showed ("reached for Nan and settled; went still when Dad raised his voice"). */
  response: text,
  /** The setting: where, with whom, doing what ("bath time at home, Mum and Nan there"). */
  context: text,
  /** The person who saw it. */
  observedBy: PersonIdSchema,
  /** The people who were with the child. */
  presentIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH).optional(),
  /** A reference to a photograph or video in the host system's storage. */
  mediaRef: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Child voice */
export type ChildObservation = DeepReadonly<z.output<typeof ChildObservationSchema>>;

/**
 * An observation record for a baby or a pre-verbal child: how the child responded to the people
 * and places in their life, observed and written down by a named person. Three Houses and the
 * other talking tools are for "children old enough to talk" (domain specification 4.1); for a
 * younger child the voice is what they show.
 *
 * @category Child voice
 */
export const ObservationRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: an observation. */
    tool: z.literal("observation"),
    /** What was observed, one entry per occasion or response. */
    observations: z.array(ChildObservationSchema).max(MAX_LIST_LENGTH),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type ObservationRecord = DeepReadonly<z.output<typeof ObservationRecordSchema>>;

/**
 * The parts of a pre-birth record: the parents' hopes for the baby, their worries for the baby,
 * and the plan for the baby's arrival.
 *
 * @category Child voice
 */
export const PreBirthSectionSchema = z.enum(["hopes", "worries", "arrival-plan"]);
/** @category Child voice */
export type PreBirthSection = z.output<typeof PreBirthSectionSchema>;

/**
 * One thing a parent or carer said about the unborn baby.
 *
 * @category Child voice
 */
export const PreBirthItemSchema = z.strictObject({
  /** Id of the item, unique within the record. */
  id: ChildVoiceItemIdSchema,
  /** The part it belongs to. */
  section: PreBirthSectionSchema,
  /** What was said, as written down. */
  text,
  /** Who said it. */
  saidBy: PersonIdSchema.optional(),
  /** Whether `text` is the speaker's exact words. */
  isExactWords: z.boolean().optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Child voice */
export type PreBirthItem = DeepReadonly<z.output<typeof PreBirthItemSchema>>;

/**
 * What is recorded for an unborn baby in place of the child's voice: no words are expected, so
 * the record holds the parents' hopes and worries for the baby and the plan for the baby's
 * arrival. It never counts as the child's voice; it answers rule Q14 for an unborn child.
 *
 * @category Child voice
 */
export const PreBirthRecordSchema = z
  .strictObject({
    ...commonShape,
    /** The tool: the pre-birth record. */
    tool: z.literal("pre-birth"),
    /** What the parents and carers said, part by part. */
    items: z.array(PreBirthItemSchema).max(MAX_LIST_LENGTH),
  })
  .superRefine(checkRecord, refineAlways);
/** @category Child voice */
export type PreBirthRecord = DeepReadonly<z.output<typeof PreBirthRecordSchema>>;

/**
 * One child-voice record: a Three Houses, Wizards and Fairies, Safety House, Words and
 * Pictures, observation or pre-birth record, told apart by `tool`. Besides each field's shape, parsing checks that ids
 * inside the record are unique and that page numbers are not repeated.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Child voice
 */
export const ChildVoiceRecordSchema = z.discriminatedUnion("tool", [
  ThreeHousesRecordSchema,
  WizardsAndFairiesRecordSchema,
  SafetyHouseRecordSchema,
  WordsAndPicturesRecordSchema,
  ObservationRecordSchema,
  PreBirthRecordSchema,
]);
/** @category Child voice */
export type ChildVoiceRecord = DeepReadonly<z.output<typeof ChildVoiceRecordSchema>>;
/** The input shape of {@link ChildVoiceRecordSchema}: the same JSON without brands. @category Child voice */
export type ChildVoiceRecordInput = z.input<typeof ChildVoiceRecordSchema>;

/**
 * A record of one of the three tools that hold the child's own items (Three Houses, Wizards and
 * Fairies, Safety House).
 *
 * @category Child voice
 */
export type ChildVoiceRecordWithItems = ThreeHousesRecord | WizardsAndFairiesRecord | SafetyHouseRecord;

/**
 * An item of any of the three tools that hold the child's own items.
 *
 * @category Child voice
 */
export type ChildVoiceItem = ThreeHousesItem | WizardsAndFairiesItem | SafetyHouseItem;

/**
 * The sections of each tool that holds items, in the order they are usually shown.
 *
 * @category Child voice
 */
export const CHILD_VOICE_SECTIONS = {
  /** The three houses. */
  "three-houses": ThreeHousesSectionSchema.options,
  /** The three parts of Wizards and Fairies. */
  "wizards-and-fairies": WizardsAndFairiesSectionSchema.options,
  /** The parts of the Safety House. */
  "safety-house": SafetyHouseSectionSchema.options,
} as const satisfies Record<ChildVoiceRecordWithItems["tool"], readonly string[]>;
