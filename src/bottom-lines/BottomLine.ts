import * as z from "zod";
import { DangerStatementIdSchema } from "../assessment";
import { ExtensionsSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { BottomLineIdSchema } from "../safety-plan";

// Bottom lines as data: the non-negotiable requirements Children's Services set that any
// family-owned safety plan must meet (domain specification 3.3, use 1: case bottom lines). A
// local authority stores its catalogue of bottom lines as policy; a worker sets them for a case.

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

const common = {
  id: BottomLineIdSchema,
  /** The bottom line as written and shared with the family. */
  statement: text,
  /** The danger statements it answers. */
  rationaleDangerIds: z.array(DangerStatementIdSchema).max(MAX_LIST_LENGTH),
  /** Who set it. */
  setBy: PersonIdSchema.optional(),
  /** When it was set. */
  setOn: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
};

/**
 * A worker's judgement that the plan meets (or does not meet) a bottom line written in words:
 * who judged, when, the verdict and the evidence (what was seen, by whom, when). A rule naming
 * a free-text bottom line says how the family means to meet it; only a worker's judgement on
 * the evidence says that it is met.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/evaluateBottomLines.test.ts#free-text}
 *
 * @category Bottom lines
 */
export const FreeTextJudgementSchema = z.strictObject({
  /** The worker who judged. */
  byId: PersonIdSchema,
  /** The day of the judgement. */
  on: IsoDateSchema,
  /** Whether the plan meets the bottom line. */
  verdict: z.enum(["met", "unmet"]),
  /** What the judgement rests on, in words ("Pat's weekly visits since May; Amy's Safety House of 3 June"). */
  evidence: text,
  /** Monitoring events, child-voice records or other records the judgement rests on, by id. */
  evidenceIds: z.array(z.string().max(MAX_TEXT_LENGTH).min(1)).max(MAX_LIST_LENGTH).optional(),
});
/** @category Bottom lines */
export type FreeTextJudgement = DeepReadonly<z.output<typeof FreeTextJudgementSchema>>;

/**
 * Every kind of bottom line kinsafe can evaluate, with its parameters.
 *
 * @category Bottom lines
 */
export const BOTTOM_LINE_KINDS = [
  "network-composition",
  "network-informed",
  "network-found-by-family",
  "rule-for-every-danger",
  "rules-owned-and-monitored",
  "no-unsupervised-contact",
  "safe-adult",
  "child-told-plan",
  "breach-reported-within",
  "monitoring-recent",
  "sustained-without-breach",
  "scale-at-least",
  "free-text",
  "custom",
] as const;
/** @category Bottom lines */
export type BottomLineKind = (typeof BOTTOM_LINE_KINDS)[number];

/**
 * A bottom line: one discriminated union over {@link BOTTOM_LINE_KINDS}.
 *
 * - `network-composition`: at least `minMembers` current members, `minOutsideHousehold` who do
 *   not live with the child, and `minNotProfessional` who are family or friends.
 * - `network-informed`: every current member has been told the danger statements and safety
 *   goals as they now stand: the content told (from the map version named in the informing
 *   record) is compared with the current map's, so a review that changed only scores does not
 *   make members un-informed.
 * - `network-found-by-family`: at least `minFoundByFamily` current members were found by the family.
 * - `rule-for-every-danger`: every danger statement of the current map has a plan rule.
 * - `rules-owned-and-monitored`: every rule has a responsible person and a network monitor.
 * - `no-unsupervised-contact`: `personId` has no unsupervised contact with the child: a
 *   supervised-contact rule about them, with a network monitor, and no unresolved breach of it.
 * - `safe-adult`: an agreed safe adult the child can contact: a safe-adult rule naming a
 *   willing network member.
 * - `child-told-plan`: each child has been told the plan (Words and Pictures or Safety House).
 * - `breach-reported-within`: every breach was reported to Children's Services within `hours`.
 * - `monitoring-recent`: the plan was monitored by both Children's Services and the network
 *   within the last `days` days.
 * - `sustained-without-breach`: the plan has been in place (trial or later) for `months`
 *   months with no breach in that time, resolved or not, and no breach still unresolved.
 * - `scale-at-least`: the latest judgements on the map's overall scale by each of `roles` are
 *   at least `value` (normalised so that 10 is safe).
 * - `free-text`: a requirement in words. A plan rule that names it only covers it (verdict
 *   `covered-by-rule`, never met); it is met or not met by a worker's latest judgement with
 *   evidence (`judgements`).
 * - `custom`: evaluated by a predicate the TypeScript caller supplies under `predicate`.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Bottom lines
 */
export const BottomLineSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...common,
    kind: z.literal("network-composition"),
    /** Minimum number of current members. */
    minMembers: z.number().int().min(0),
    /** Minimum number who do not live in the child's household. */
    minOutsideHousehold: z.number().int().min(0),
    /** Minimum number who are not professionals. */
    minNotProfessional: z.number().int().min(0),
  }),
  z.strictObject({ ...common, kind: z.literal("network-informed") }),
  z.strictObject({
    ...common,
    kind: z.literal("network-found-by-family"),
    /** Minimum number of current members found by the family. */
    minFoundByFamily: z.number().int().min(1),
  }),
  z.strictObject({ ...common, kind: z.literal("rule-for-every-danger") }),
  z.strictObject({ ...common, kind: z.literal("rules-owned-and-monitored") }),
  z.strictObject({
    ...common,
    kind: z.literal("no-unsupervised-contact"),
    /** The person who must not have unsupervised contact. */
    personId: PersonIdSchema,
  }),
  z.strictObject({ ...common, kind: z.literal("safe-adult") }),
  z.strictObject({ ...common, kind: z.literal("child-told-plan") }),
  z.strictObject({
    ...common,
    kind: z.literal("breach-reported-within"),
    /** Hours within which Children's Services must be told of a broken rule. */
    hours: z.number().positive(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("monitoring-recent"),
    /** Days within which both Children's Services and the network must have monitored the plan. */
    days: z.number().int().positive(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("sustained-without-breach"),
    /** Months the plan must have been sustained. */
    months: z.number().int().positive(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("scale-at-least"),
    /** The lowest acceptable score (0–10, 10 = safe). */
    value: z.number().min(0).max(10),
    /** Whose judgement counts: each role's latest judgement must reach the value. */
    roles: z.array(z.enum(["worker", "manager", "chair", "parent", "carer", "child", "network", "professional", "other"])).max(MAX_LIST_LENGTH).min(1),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("free-text"),
    /**
     * A worker's judgements of whether the plan meets this bottom line, each with who made it,
     * when, the verdict and the evidence it rests on. The latest on or before the day counts;
     * without one, a rule that names the bottom line only covers it (verdict `covered-by-rule`).
     */
    judgements: z.array(FreeTextJudgementSchema).max(MAX_LIST_LENGTH).optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("custom"),
    /** The name of the predicate the caller supplies when evaluating. */
    predicate: z.string().max(MAX_TEXT_LENGTH).min(1),
  }),
]);
/** @category Bottom lines */
export type BottomLine = DeepReadonly<z.output<typeof BottomLineSchema>>;
/** @category Bottom lines */
export type BottomLineOf<K extends BottomLineKind> = Extract<BottomLine, { readonly kind: K }>;
