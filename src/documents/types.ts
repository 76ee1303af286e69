// The public types of family documents: which document, for which reader, with which words and
// which sharing rules; and what a rendering gives back.
import type { Finding, IsoDate } from "../core";
import type { CustomPredicate } from "../bottom-lines";
import type { MessageCatalogue } from "../messages";
import type { SharingPolicy } from "./sharing";
import type { ReadabilityOptions } from "./readability/types";

/**
 * The documents {@link renderFamilyDocument} writes:
 *
 * - `assessment-map`: what we are worried about, what is working well, what needs to happen,
 *   and where each person puts things on the safety scale, each view attributed.
 * - `safety-plan`: the plan's rules as "we will" statements: who does what and when, who
 *   checks, and what happens if a rule is broken.
 * - `child-safety-plan`: the child's version of the plan, in the words the plan holds for the
 *   child.
 * - `network-briefing`: for one network member: why they are asked to help, the worries, their
 *   part in the plan, what changed since they were last told, and who to call.
 * - `bottom-lines-letter`: what Children's Services needs to see, which bottom lines are met and
 *   which are not yet; with `preProceedings`, the parts of a letter before proceedings.
 * - `words-and-pictures`: the Words and Pictures story, page by page, with room for drawings.
 *
 * @category Family documents
 */
export type FamilyDocumentKind = "assessment-map" | "safety-plan" | "child-safety-plan" | "network-briefing" | "bottom-lines-letter" | "words-and-pictures";

/**
 * Every {@link FamilyDocumentKind}, in the order the guide shows them.
 *
 * @category Family documents
 */
export const FAMILY_DOCUMENT_KINDS: readonly FamilyDocumentKind[] = ["assessment-map", "safety-plan", "child-safety-plan", "network-briefing", "bottom-lines-letter", "words-and-pictures"];

/**
 * Who will read a document. What they are shown is decided by the sharing policy and the
 * consent records (see {@link SharingPolicy}):
 *
 * - `family`: the parents and carers of the children.
 * - `child`: one child of the case (`childId`; the only child when the case has one).
 * - `network-member`: one member of the safety network (`personId`).
 * - `professional`: the worker, a manager, a conference or another agency's professional.
 *
 * @category Family documents
 */
export type DocumentAudience =
  | { readonly kind: "family" }
  | { readonly kind: "child"; readonly childId?: string }
  | { readonly kind: "network-member"; readonly personId: string }
  | { readonly kind: "professional" };

/** The kinds of {@link DocumentAudience}. @category Family documents */
export type DocumentAudienceKind = DocumentAudience["kind"];

/**
 * The parts of a letter before proceedings that the Public Law Outline asks for, as the
 * worker writes them for this family (`kind: "bottom-lines-letter"`). The concerns and what
 * must change are taken from the case file (the danger statements and the bottom lines); these
 * are the parts the case file does not hold.
 *
 * @category Family documents
 */
export interface PreProceedingsLetterDetails {
  /** The support offered to help the family make the changes, one item per service or action. */
  readonly supportOffered: readonly string[];
  /** The day by which the changes must be seen (`YYYY-MM-DD`). */
  readonly changesBy: string;
  /** The pre-proceedings meeting, when one is arranged. */
  readonly meeting?: { readonly date: string; readonly time?: string; readonly place: string };
  /** Where the parents can find a solicitor (a list of local family solicitors, the Law Society's finder). */
  readonly findASolicitor?: string;
}

/**
 * Options of {@link renderFamilyDocument}.
 *
 * @category Family documents
 */
export interface RenderFamilyDocumentOptions {
  /** Which document. */
  readonly kind: FamilyDocumentKind;
  /** Who will read it. */
  readonly audience: DocumentAudience;
  /** The day the document is written as of (`YYYY-MM-DD`): nothing dated after it is read. */
  readonly asOf: string;
  /**
   * The words of the document, as a catalogue of the text keys of {@link enDocuments}; a key it
   * lacks falls back to English. Its `locale` is the document's `lang`.
   */
  readonly catalogue?: MessageCatalogue;
  /** What each reader may be shown; {@link DEFAULT_SHARING_POLICY} when not given. */
  readonly sharingPolicy?: SharingPolicy;
  /** The plain-language checks run on the worker's words; `false` to run none. */
  readonly readability?: ReadabilityOptions | false;
  /** The child whose plan or story it is, for `child-safety-plan` and `words-and-pictures` when the case has several children. */
  readonly childId?: string;
  /** The parts of a letter before proceedings (`bottom-lines-letter` only). */
  readonly preProceedings?: PreProceedingsLetterDetails;
  /** The local authority, named at the top of the document. */
  readonly authority?: { readonly name: string };
  /**
   * The people to call about the plan ("who to call"), by person id, in order. By default, the
   * professionals of the case who have contact details.
   */
  readonly contactIds?: readonly string[];
  /** The predicates of `custom` bottom lines, by name (`bottom-lines-letter`). */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
}

/**
 * A rendered family document.
 *
 * @category Family documents
 */
export interface FamilyDocument {
  /** Which document. */
  readonly kind: FamilyDocumentKind;
  /** The title, as the document shows it. */
  readonly title: string;
  /** The document's language (the catalogue's locale). */
  readonly lang: string;
  /** One self-contained HTML file: semantic, styled for screens of any width and for A4 print. */
  readonly html: string;
  /** The same document as Markdown, for systems that render their own. */
  readonly markdown: string;
  /**
   * What the worker should know: what was left out for this reader and why
   * (`documents/left-out`), what the case file lacks for this document, and the plain-language
   * findings on the worker's words, each with its path in the case file.
   */
  readonly findings: readonly Finding[];
}

/** A date the document was written as of. @internal */
export type AsOf = IsoDate;
