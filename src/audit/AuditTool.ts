import * as z from "zod";
import { ExtensionsSchema, idSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

// Audit tools as data (domain specification 5.3): sections, criteria with guidance, a scale per
// criterion, and evidence hints that link a criterion to what kinsafe can read in a case file.
// No logic here beyond the checks of one tool's own consistency.

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

/** Id of an audit tool, e.g. `mapping-audit`. @category Quality assurance */
export const AuditToolIdSchema = idSchema<"AuditToolId">();
/** @category Quality assurance */
export type AuditToolId = z.output<typeof AuditToolIdSchema>;
/** Id of a section of an audit tool. @category Quality assurance */
export const AuditSectionIdSchema = idSchema<"AuditSectionId">();
/** @category Quality assurance */
export type AuditSectionId = z.output<typeof AuditSectionIdSchema>;
/** Id of a criterion of an audit tool, unique within the tool. @category Quality assurance */
export const AuditCriterionIdSchema = idSchema<"AuditCriterionId">();
/** @category Quality assurance */
export type AuditCriterionId = z.output<typeof AuditCriterionIdSchema>;

/**
 * The facts about a case file that an evidence hint can ask for, each read as of the audit's
 * `asOf` day (the current map is the highest version dated on or before it; the current plan is
 * the highest version in use or drafted by then and not ended):
 *
 * - `map`: there is an assessment map.
 * - `map-family-participants`: the current map records a parent, carer or child among its participants.
 * - `map-professional-participants`: it records a worker, manager, chair or other professional.
 * - `harm-statements`: the current map has at least one harm statement.
 * - `harm-statements-dated`: every harm statement says when (a day, a period or a pattern).
 * - `danger-statements`: the current map has at least one danger statement.
 * - `strengths-or-safety`: it has at least one existing strength or existing safety.
 * - `safety-goals`: it has at least one safety goal.
 * - `scales`: it has at least one safety scale.
 * - `next-steps`: it has at least one next step.
 * - `grey-areas-followed-up`: every grey area says what needs to be found out (true when there are none).
 * - `child-voice`: every child expected to give their voice (words, or for a baby or a pre-verbal
 *   child what they show) has a current record they took part in (`currentChildVoice`: this
 *   episode, within the policy's months; a Words and Pictures story written for the child tells
 *   them and does not count), and every unborn child has a pre-birth record.
 * - `child-voice-expected`: some child of the case is expected to give their voice (not every child is unborn).
 * - `child-voice-some`: some such child has a current record they took part in (true when none is expected).
 * - `map-draws-on-child-voice`: the current map links a current record of a child's own voice (true when no child is expected to give one).
 * - `bottom-lines`: bottom lines are set for the case.
 * - `bottom-lines-recorded`: every bottom line records who set it and when.
 * - `network`: the safety network has at least one current member.
 * - `network-commitment-recorded`: every current member's commitment beyond closure is known (yes or no).
 * - `safety-plan`: there is a current safety plan with at least one rule.
 * - `children-told-plan`: every child has been told the plan (Words and Pictures safety-plan story shared with them, or their Safety House).
 * - `monitoring`: the current plan has been monitored at least once.
 * - `breaches-reconvened`: every breach of the current plan was followed by a network meeting or a plan review (true when there are none).
 * - `plan-reviews`: the current plan has been reviewed at least once: a plan review, or a new map
 *   version dated after the first plan was drafted (docs/bottom-lines.md advises recording each
 *   review's judgements as a new map version).
 * - `plan-reviews-scaled`: every review records scaling judgements: each plan review has
 *   judgements, and each map version recorded as a review holds a judgement given on or after the
 *   first plan was drafted (true when there are none).
 * - `plan-versions-linked`: every plan version after the first names the version it replaces.
 * - `existing-safety`: the current map records existing safety (not only strengths).
 * - `scales-family-view`: every scale of the current map has a judgement by a parent, carer or child.
 *
 * @category Quality assurance
 */
export const CASE_FACTS = [
  "map",
  "map-family-participants",
  "map-professional-participants",
  "harm-statements",
  "harm-statements-dated",
  "danger-statements",
  "strengths-or-safety",
  "safety-goals",
  "scales",
  "next-steps",
  "grey-areas-followed-up",
  "child-voice",
  "child-voice-expected",
  "child-voice-some",
  "map-draws-on-child-voice",
  "bottom-lines",
  "bottom-lines-recorded",
  "network",
  "network-commitment-recorded",
  "safety-plan",
  "children-told-plan",
  "monitoring",
  "breaches-reconvened",
  "plan-reviews",
  "plan-reviews-scaled",
  "plan-versions-linked",
  "existing-safety",
  "scales-family-view",
] as const;

/** The schema of a {@link CaseFact}. @category Quality assurance */
export const CaseFactSchema = z.enum(CASE_FACTS);
/** One of {@link CASE_FACTS}. @category Quality assurance */
export type CaseFact = z.output<typeof CaseFactSchema>;

/**
 * One anchor of a 0–10 scale: what a score means.
 *
 * @category Quality assurance
 */
export const AuditAnchorSchema = z.strictObject({
  /** The score, a whole number from 0 to 10. */
  value: z.number().int().min(0).max(10),
  /** What it means, in the auditor's words ("absent", "fully meets"). */
  meaning: text,
});
/** @category Quality assurance */
export type AuditAnchor = DeepReadonly<z.output<typeof AuditAnchorSchema>>;

/**
 * The scale of one criterion (domain specification 5.3): `zero-to-ten`, a Signs of Safety
 * style scale whose anchors must include 0 (absent) and 10 (fully meets); or `presence`, answered
 * yes, partly, no or not applicable. A 0–10 criterion may also be answered not applicable.
 *
 * @category Quality assurance
 */
export const AuditScaleSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("zero-to-ten"),
    /** What scores mean; must include 0 and 10, each value at most once. */
    anchors: z.array(AuditAnchorSchema).max(MAX_LIST_LENGTH).min(2),
  }),
  z.strictObject({
    kind: z.literal("presence"),
  }),
]);
/** @category Quality assurance */
export type AuditScale = DeepReadonly<z.output<typeof AuditScaleSchema>>;

/**
 * What to do when a fact of an evidence hint does not hold: `absent` (the criterion is not met
 * at all: suggest 0 or no), `not-applicable` (suggest not applicable), `shortfall` (count it
 * against the criterion like an error finding), `cannot-tell` (what kinsafe can read does not
 * reach the criterion: suggest nothing, basis `cannot-tell`, and leave the answer to the auditor).
 *
 * @category Quality assurance
 */
export const FactRoleSchema = z.enum(["absent", "not-applicable", "shortfall", "cannot-tell"]);
/** @category Quality assurance */
export type FactRole = z.output<typeof FactRoleSchema>;

/**
 * Links a criterion to the evidence kinsafe can read in a case file, so that an answer can be
 * suggested (see `suggestAuditAnswers`): facts that must hold, and finding codes of the map,
 * network, plan, monitoring, child-voice and bottom-line checks that count against it. A finding
 * counts when its code is listed and, if `pathStartsWith` is given, its path starts with it (for
 * example `["harm"]` for the harm column of the map).
 *
 * @category Quality assurance
 */
export const EvidenceHintSchema = z.strictObject({
  /** Facts of the case file and what it means when one does not hold. */
  facts: z
    .array(
      z.strictObject({
        fact: CaseFactSchema,
        ifNot: FactRoleSchema,
        /**
         * With `shortfall`: the highest answer to suggest while the fact does not hold (a 0–10
         * score; a presence criterion is at most `partly`), for a fact without which the
         * criterion cannot be well met however clean the rest looks. Optional.
         */
        capAt: z.number().int().min(1).max(10).optional(),
      }),
    )
    .max(MAX_LIST_LENGTH),
  /** Finding codes that count against the criterion. */
  findings: z.array(
    z.strictObject({
      /** A finding code, e.g. `assessment/danger-without-goal`. */
      code: z.string().max(MAX_TEXT_LENGTH).min(1),
      /** Only findings whose path starts with these segments. */
      pathStartsWith: z.array(z.union([z.string().max(MAX_TEXT_LENGTH), z.number()])).max(MAX_LIST_LENGTH).optional(),
    }),
  ).max(MAX_LIST_LENGTH),
});
/** @category Quality assurance */
export type EvidenceHint = DeepReadonly<z.output<typeof EvidenceHintSchema>>;

/**
 * One criterion of an audit tool.
 *
 * @category Quality assurance
 */
export const AuditCriterionSchema = z.strictObject({
  id: AuditCriterionIdSchema,
  /** The criterion as the auditor reads it. */
  text,
  /** How to judge it: what to look for, and what good looks like. */
  guidance: text,
  scale: AuditScaleSchema,
  /** The evidence kinsafe can read for it; without a hint, no answer is suggested. */
  evidence: EvidenceHintSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Quality assurance */
export type AuditCriterion = DeepReadonly<z.output<typeof AuditCriterionSchema>>;

/**
 * A section of an audit tool: a heading and its criteria, in order.
 *
 * @category Quality assurance
 */
export const AuditSectionSchema = z.strictObject({
  id: AuditSectionIdSchema,
  title: text,
  criteria: z.array(AuditCriterionSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Quality assurance */
export type AuditSection = DeepReadonly<z.output<typeof AuditSectionSchema>>;

function checkTool(tool: { sections: readonly { id: string; criteria: readonly { id: string; scale: { kind: string; anchors?: readonly { value: number }[] } }[] }[] }, ctx: z.RefinementCtx): void {
  const sections = new Set<string>();
  const criteria = new Set<string>();
  tool.sections.forEach((section, s) => {
    if (sections.has(section.id)) ctx.addIssue({ code: "custom", path: ["sections", s, "id"], message: `The section id ${JSON.stringify(section.id)} is used twice.`, params: { rule: "reference/duplicate-id" } });
    sections.add(section.id);
    section.criteria.forEach((criterion, c) => {
      const path = ["sections", s, "criteria", c];
      if (criteria.has(criterion.id)) ctx.addIssue({ code: "custom", path: [...path, "id"], message: `The criterion id ${JSON.stringify(criterion.id)} is used twice.`, params: { rule: "reference/duplicate-id" } });
      criteria.add(criterion.id);
      const anchors = criterion.scale.anchors;
      if (anchors === undefined) return;
      const values = anchors.map((a) => a.value);
      if (!values.includes(0) || !values.includes(10)) {
        ctx.addIssue({ code: "custom", path: [...path, "scale", "anchors"], message: "A 0-10 scale must have anchors for 0 and 10.", params: { rule: "audit/scale-without-end-anchors" } });
      }
      if (new Set(values).size !== values.length) {
        ctx.addIssue({ code: "custom", path: [...path, "scale", "anchors"], message: "A score has more than one anchor.", params: { rule: "reference/duplicate-id" } });
      }
    });
  });
}

/**
 * An audit tool: a versioned rubric of sections and criteria (domain specification 5.3). Tools
 * are data so that a local authority can change them; kinsafe ships two (the mapping audit and
 * the safety-planning audit). Besides each field's shape, parsing checks that section and
 * criterion ids are unique and that every 0–10 scale has anchors for 0 and 10.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Quality assurance
 */
export const AuditToolSchema = z
  .strictObject({
    id: AuditToolIdSchema,
    /** The version, from 1; an authority that changes a tool for good publishes a new version. */
    version: z.number().int().min(1),
    title: text,
    /** What the tool is for and how to use it. */
    description: text.optional(),
    sections: z.array(AuditSectionSchema).max(MAX_LIST_LENGTH).min(1),
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine(checkTool);
/** @category Quality assurance */
export type AuditTool = DeepReadonly<z.output<typeof AuditToolSchema>>;
