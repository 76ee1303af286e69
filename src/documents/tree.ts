// The shape of a family document before it is written out: sections of headings, paragraphs,
// lists, quotes, tables and places for drawings, all as plain text. The builders of each kind
// make one; `toHtml` and `toMarkdown` write it. Text is never markup: the writers escape it.

/**
 * One block of a document section.
 *
 * - `paragraph`: a paragraph of text.
 * - `list`: a list of items; each item is a line of text with optional lines under it.
 * - `quote`: someone's own words, with who said them.
 * - `table`: a table, only for what is a table (a row per person, a column per fact).
 * - `drawing`: a framed space for a drawing, with the drawing's reference if one is stored.
 * - `subheading`: a heading inside the section.
 * - `note`: a short note set apart (what was left out for this reader, a date).
 *
 * @internal
 */
export type DocumentBlock =
  | { readonly type: "paragraph"; readonly text: string }
  | { readonly type: "subheading"; readonly text: string }
  | { readonly type: "list"; readonly ordered?: boolean; readonly items: readonly DocumentListItem[] }
  | { readonly type: "quote"; readonly text: string; readonly by?: string }
  | { readonly type: "table"; readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly type: "drawing"; readonly label: string; readonly ref?: string }
  | { readonly type: "note"; readonly text: string };

/** One item of a list: its line, and lines under it ("Who checks: Gran"). @internal */
export interface DocumentListItem {
  readonly text: string;
  readonly details?: readonly string[];
}

/** A section of a document: a heading and its blocks. Sections start on a new page in print. @internal */
export interface DocumentSection {
  readonly heading: string;
  readonly blocks: readonly DocumentBlock[];
}

/** A whole document before it is written out. @internal */
export interface DocumentModel {
  /** The document's language (BCP 47). */
  readonly lang: string;
  readonly title: string;
  /** Lines under the title: for whom, the authority, the date. */
  readonly subtitle: readonly string[];
  readonly sections: readonly DocumentSection[];
}
