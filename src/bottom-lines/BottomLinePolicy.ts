import * as z from "zod";
import { ExtensionsSchema, IsoDateSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { BottomLineSchema } from "./BottomLine";

// A local authority's catalogue of bottom lines, stored as policy (domain specification 3.3:
// case bottom lines are data a local authority stores and a worker sets for a case).

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

const o = BottomLineSchema.options;
// The person of a `no-unsupervised-contact` bottom line belongs to the case, not the policy.
const noUnsupervisedContactTemplate = o[5].extend({ personId: o[5].shape.personId.optional() });

/**
 * A bottom line as a local authority's policy states it: any {@link BottomLine}, except that a
 * `no-unsupervised-contact` bottom line may leave out `personId`, which a worker sets for the
 * case with {@link bottomLinesForCase}.
 *
 * @category Bottom lines
 */
export const PolicyBottomLineSchema = z.discriminatedUnion("kind", [o[0], o[1], o[2], o[3], o[4], noUnsupervisedContactTemplate, o[6], o[7], o[8], o[9], o[10], o[11], o[12], o[13]]);
/** @category Bottom lines */
export type PolicyBottomLine = DeepReadonly<z.output<typeof PolicyBottomLineSchema>>;

/**
 * A local authority's catalogue of bottom lines: the requirements it sets for family-owned
 * safety plans, each with an id, stored as JSON policy. A worker picks and adjusts them for a
 * case with {@link bottomLinesForCase}. Parsing checks that the ids are unique.
 *
 * @category Bottom lines
 */
export const BottomLinePolicySchema = z
  .strictObject({
    /** The local authority, e.g. "Northshire County Council". */
    authority: text,
    /** The version of the policy, e.g. "2025-04". */
    version: text,
    /** The day the policy takes effect. */
    effectiveFrom: IsoDateSchema.optional(),
    /** The catalogue, in the order it is shown to workers. */
    bottomLines: z.array(PolicyBottomLineSchema).max(MAX_LIST_LENGTH),
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.bottomLines.forEach((line, i) => {
      if (seen.has(line.id)) {
        ctx.addIssue({ code: "custom", path: ["bottomLines", i, "id"], message: `The id ${JSON.stringify(line.id)} is used twice.`, input: line.id, params: { rule: "reference/duplicate-id" } });
      }
      seen.add(line.id);
    });
  });
/** @category Bottom lines */
export type BottomLinePolicy = DeepReadonly<z.output<typeof BottomLinePolicySchema>>;
