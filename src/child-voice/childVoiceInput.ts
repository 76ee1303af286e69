import type * as z from "zod";
import { addIssue, checkReference, checkReferences, fieldOf, idsOf, listOf, type DeepReadonly, type DocPath, type IdFactory, type InputIssue } from "../core";
import {
  type ChildVoiceSharingSchema,
  SafetyHouseItemSchema,
  ThreeHousesItemSchema,
  WizardsAndFairiesItemSchema,
  type WordsAndPicturesPageSchema,
  type ChildConsentSchema,
  type ChildVoiceRecordWithItems,
  type ParentConsentSchema,
} from "./ChildVoiceRecord";

// Input types, options and reference checks of the child-voice updaters (one contract with
// every updater: see "Updating documents" in docs/for-vendors.md).

/**
 * The input of an item whose `id` may be left out (an id factory makes it): the schema's input
 * with an optional `id`.
 *
 * @category Child voice
 */
export type WithOptionalId<S extends z.ZodType> = DeepReadonly<Omit<z.input<S>, "id">> & { readonly id?: string | undefined };

/** A Three Houses item as an updater takes it: plain JSON; the `id` may be left out when `options.ids` is given. @category Child voice */
export type ThreeHousesItemInput = WithOptionalId<typeof ThreeHousesItemSchema>;
/** A Wizards and Fairies item as an updater takes it: plain JSON; the `id` may be left out when `options.ids` is given. @category Child voice */
export type WizardsAndFairiesItemInput = WithOptionalId<typeof WizardsAndFairiesItemSchema>;
/** A Safety House item as an updater takes it: plain JSON; the `id` may be left out when `options.ids` is given. @category Child voice */
export type SafetyHouseItemInput = WithOptionalId<typeof SafetyHouseItemSchema>;
/** A Words and Pictures page as an updater takes it: plain JSON; the `id` may be left out when `options.ids` is given. @category Child voice */
export type WordsAndPicturesPageInput = WithOptionalId<typeof WordsAndPicturesPageSchema>;
/** A sharing as an updater takes it: plain JSON; the `id` may be left out when `options.ids` is given. @category Child voice */
export type ChildVoiceSharingInput = WithOptionalId<typeof ChildVoiceSharingSchema>;
/** The child's consent as an updater takes it: plain JSON. @category Child voice */
export type ChildConsentInput = DeepReadonly<z.input<typeof ChildConsentSchema>>;
/** The parent's consent as an updater takes it: plain JSON. @category Child voice */
export type ParentConsentInput = DeepReadonly<z.input<typeof ParentConsentSchema>>;

/**
 * The input of a child-voice item for each tool, by the tool's name.
 *
 * @category Child voice
 */
export interface ItemInputByTool {
  readonly "three-houses": ThreeHousesItemInput;
  readonly "wizards-and-fairies": WizardsAndFairiesItemInput;
  readonly "safety-house": SafetyHouseItemInput;
}

/**
 * The item a record of tool `R` takes: a Three Houses record takes Three Houses items, and so on.
 *
 * @typeParam R - The record's type.
 *
 * @category Child voice
 */
export type ChildVoiceItemInput<R extends ChildVoiceRecordWithItems = ChildVoiceRecordWithItems> = ItemInputByTool[R["tool"]];

/**
 * The schema of an item of each tool that holds items.
 *
 * @internal
 */
export const ITEM_SCHEMAS = {
  "three-houses": ThreeHousesItemSchema,
  "wizards-and-fairies": WizardsAndFairiesItemSchema,
  "safety-house": SafetyHouseItemSchema,
} as const;

/**
 * The options of every child-voice updater: what the references are checked against, and how
 * new ids are made. See "Updating documents" in `docs/for-vendors.md`.
 *
 * @category Child voice
 */
export interface ChildVoiceInputOptions {
  /**
   * The people of the case. When given, every person the input names (the people of a Safety
   * House item, the people a record was shared with, the parent who consented, the child's
   * limits on sharing) must be one of them.
   */
  readonly people?: readonly { readonly id: string }[];
  /** Makes the ids of items, pages and sharings given without one (see {@link IdFactory}). */
  readonly ids?: IdFactory;
}

/** @internal */
export function peopleOf(options: ChildVoiceInputOptions): ReadonlySet<string> | undefined {
  return idsOf(options.people);
}

const unknownPerson = (id: string): string => `No person in the case has the id ${JSON.stringify(id)}.`;

/**
 * The people an item, a sharing or a consent names.
 *
 * @internal
 */
export function peopleIssues(issues: InputIssue[], entry: unknown, at: DocPath, people: ReadonlySet<string> | undefined, keys: readonly string[]): void {
  for (const key of keys) {
    const value = fieldOf(entry, key);
    if (Array.isArray(value)) checkReferences(issues, value, [...at, key], people, "reference/unknown-person", unknownPerson);
    else checkReference(issues, value, [...at, key], people, "reference/unknown-person", unknownPerson);
  }
}

/**
 * Whether an id is used by an item, a page, an observation or a sharing of the record (ids are
 * unique within a record).
 *
 * @internal
 */
export function idUsedIn(record: object): (id: string) => boolean {
  return (id) => ["items", "pages", "observations", "sharedWith"].some((key) => listOf(record, key).some((e) => fieldOf(e, "id") === id));
}

/**
 * Reports an id already used in the record.
 *
 * @internal
 */
export function idTakenIssue(issues: InputIssue[], entry: unknown, at: DocPath, used: (id: string) => boolean): void {
  const id = fieldOf(entry, "id");
  if (typeof id === "string" && used(id)) addIssue(issues, [...at, "id"], "reference/duplicate-id", `The record already uses the id ${JSON.stringify(id)}.`, id);
}

/**
 * Reports a page number used by another page of the story.
 *
 * @internal
 */
export function pageNumberIssue(issues: InputIssue[], page: unknown, at: DocPath, pages: readonly { readonly id: string; readonly number: number }[], exceptId?: string): void {
  const n = fieldOf(page, "number");
  if (typeof n === "number" && pages.some((p) => p.number === n && p.id !== exceptId)) {
    addIssue(issues, [...at, "number"], "child-voice/duplicate-page-number", `The story already has a page ${String(n)}.`, n);
  }
}
