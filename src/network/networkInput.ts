import type * as z from "zod";
import {
  addIssue,
  checkReference,
  checkReferences,
  fieldOf,
  idsOf,
  listOf,
  type DeepReadonly,
  type DocPath,
  type IdFactory,
  type InputIssue,
} from "../core";
import type { InformingRecordSchema, NetworkMeetingSchema, NetworkMemberSchema, PersonSchema, SafetyNetworkSchema } from "./Network";

// Input types, options and reference checks of the network updaters (one contract with every
// updater: see "Updating documents" in docs/for-vendors.md).

/**
 * A person as an updater takes it: plain JSON (plain string ids and dates). The `id` may be left
 * out when `options.ids` is given.
 *
 * @category Network
 */
export type PersonInput = DeepReadonly<Omit<z.input<typeof PersonSchema>, "id">> & { readonly id?: string | undefined };

/**
 * A network member as an updater takes it: plain JSON.
 *
 * @category Network
 */
export type NetworkMemberInput = DeepReadonly<z.input<typeof NetworkMemberSchema>>;

/**
 * An informing record as an updater takes it: plain JSON; the `id` may be left out when
 * `options.ids` is given.
 *
 * @category Network
 */
export type InformingRecordInput = DeepReadonly<Omit<z.input<typeof InformingRecordSchema>, "id">> & { readonly id?: string | undefined };

/**
 * A network meeting as an updater takes it: plain JSON; the `id` may be left out when
 * `options.ids` is given.
 *
 * @category Network
 */
export type NetworkMeetingInput = DeepReadonly<Omit<z.input<typeof NetworkMeetingSchema>, "id">> & { readonly id?: string | undefined };

/**
 * What {@link createSafetyNetwork} takes: a network as plain JSON, with every list optional
 * (default empty) and ids that `options.ids` can make.
 *
 * @category Network
 */
export type SafetyNetworkInit = DeepReadonly<Omit<z.input<typeof SafetyNetworkSchema>, "id" | "members" | "informing" | "meetings">> & {
  /** The network's id; made with `options.ids` when left out. */
  readonly id?: string;
  /** The members (default none). */
  readonly members?: readonly NetworkMemberInput[];
  /** Who was told the danger statements and safety goals (default none). */
  readonly informing?: readonly InformingRecordInput[];
  /** The network's meetings (default none). */
  readonly meetings?: readonly NetworkMeetingInput[];
};

/**
 * The options of every network updater: what the references are checked against, and how new
 * ids are made. See "Updating documents" in `docs/for-vendors.md`.
 *
 * @category Network
 */
export interface NetworkInputOptions {
  /**
   * The people of the case. When given, every person the input names (a member, who was told and
   * who told them, who came to a meeting and who ran it) must be one of them. The case file's
   * commands always check this.
   */
  readonly people?: readonly { readonly id: string }[];
  /** Makes the ids of records and meetings given without one (see {@link IdFactory}). */
  readonly ids?: IdFactory;
}

/**
 * The options of the updaters of the people list.
 *
 * @category Network
 */
export interface PeopleInputOptions {
  /** Makes the id of a person given without one (see {@link IdFactory}). */
  readonly ids?: IdFactory;
}

/** The known ids the references of network input are checked against. @internal */
export interface NetworkRefs {
  readonly people: ReadonlySet<string> | undefined;
}

/** @internal */
export function networkRefs(options: NetworkInputOptions): NetworkRefs {
  return { people: idsOf(options.people) };
}

const unknownPerson = (id: string): string => `No person in the case has the id ${JSON.stringify(id)}.`;

/**
 * The references and date order of a membership, and whether the person already has an open
 * membership among `others`.
 *
 * @internal
 */
export function memberIssues(issues: InputIssue[], member: unknown, at: DocPath, refs: NetworkRefs, others: readonly unknown[]): void {
  const personId = fieldOf(member, "personId");
  checkReference(issues, personId, [...at, "personId"], refs.people, "reference/unknown-person", unknownPerson);
  const joinedOn = fieldOf(member, "joinedOn");
  const leftOn = fieldOf(member, "leftOn");
  if (typeof joinedOn === "string" && typeof leftOn === "string" && leftOn < joinedOn) {
    addIssue(issues, [...at, "leftOn"], "date-order", `A member cannot leave (${leftOn}) before joining (${joinedOn}).`, leftOn);
  }
  if (typeof personId === "string" && leftOn === undefined && others.some((m) => fieldOf(m, "personId") === personId && fieldOf(m, "leftOn") === undefined)) {
    addIssue(issues, [...at, "personId"], "reference/duplicate-id", `${JSON.stringify(personId)} is already a member of the network; end that membership first.`, personId);
  }
}

/**
 * The references of an informing record.
 *
 * @internal
 */
export function informingIssues(issues: InputIssue[], record: unknown, at: DocPath, refs: NetworkRefs): void {
  checkReference(issues, fieldOf(record, "personId"), [...at, "personId"], refs.people, "reference/unknown-person", unknownPerson);
  checkReference(issues, fieldOf(record, "byId"), [...at, "byId"], refs.people, "reference/unknown-person", unknownPerson);
}

/**
 * The references of a meeting.
 *
 * @internal
 */
export function meetingIssues(issues: InputIssue[], meeting: unknown, at: DocPath, refs: NetworkRefs): void {
  checkReferences(issues, fieldOf(meeting, "attendeeIds"), [...at, "attendeeIds"], refs.people, "reference/unknown-person", unknownPerson);
  checkReference(issues, fieldOf(meeting, "facilitatorId"), [...at, "facilitatorId"], refs.people, "reference/unknown-person", unknownPerson);
}

/**
 * The references of a person: each relationship points at another person of the list.
 *
 * @internal
 */
export function personIssues(issues: InputIssue[], person: unknown, at: DocPath, people: ReadonlySet<string>): void {
  const self = fieldOf(person, "id");
  listOf(person, "relationships").forEach((r, i) => {
    const toId = fieldOf(r, "toId");
    const path = [...at, "relationships", i, "toId"];
    if (toId === self && typeof toId === "string") addIssue(issues, path, "reference/self-reference", "A person cannot be related to themself.", toId);
    else checkReference(issues, toId, path, people, "reference/unknown-person", unknownPerson);
  });
}

/**
 * Reports an id already used by an informing record or a meeting (the two share one id space).
 *
 * @internal
 */
export function recordIdIssue(issues: InputIssue[], record: unknown, at: DocPath, used: (id: string) => boolean): void {
  const id = fieldOf(record, "id");
  if (typeof id === "string" && used(id)) {
    addIssue(issues, [...at, "id"], "reference/duplicate-id", `The network already has an informing record or a meeting with the id ${JSON.stringify(id)}.`, id);
  }
}
