// What each reader of a family document may be shown, as data with safe defaults. The policy
// says which parts of the record each kind of reader may see; the child-voice consent records
// say whose eyes a child's own words may reach (a child's "only with" and "not with" limits are
// kept whatever the policy says). What a reader is not shown is listed in the document's
// findings (`documents/left-out`), never dropped silently.
import * as z from "zod";
import { parseWith } from "../core";
import type { DocumentAudienceKind } from "./types";

/**
 * The parts of a case file a family document can show:
 *
 * - `harm`: what happened (the map's harm statements).
 * - `dangers`: what we are worried about (danger statements).
 * - `complicating-factors`: what makes the worries harder to deal with.
 * - `strengths`, `existing-safety`: what is working well.
 * - `grey-areas`: what is not yet clear.
 * - `goals`, `next-steps`: what needs to happen.
 * - `scales`: where each person puts things on the safety scale.
 * - `worker-analysis`: the worker's judgement statement.
 * - `child-voice`: the children's own words and drawings (also needs the child's consent).
 * - `plan-rules`: the rules of the safety plan (a network member is always shown the rules they
 *   have a part in when `own-plan-rules` is allowed).
 * - `own-plan-rules`: the rules the reader does, checks or is told about.
 * - `breaches`: times a rule was not followed, from the monitoring.
 * - `bottom-lines`: what Children's Services needs to see.
 * - `professional-contacts`: the professionals' names and contact details ("who to call").
 * - `family-contacts`: the contact details of family and friends.
 *
 * @category Family documents
 */
export type SharedContent =
  | "harm"
  | "dangers"
  | "complicating-factors"
  | "strengths"
  | "existing-safety"
  | "grey-areas"
  | "goals"
  | "next-steps"
  | "scales"
  | "worker-analysis"
  | "child-voice"
  | "plan-rules"
  | "own-plan-rules"
  | "breaches"
  | "bottom-lines"
  | "professional-contacts"
  | "family-contacts";

/**
 * Every {@link SharedContent}.
 *
 * @category Family documents
 */
export const SHARED_CONTENT: readonly SharedContent[] = [
  "harm",
  "dangers",
  "complicating-factors",
  "strengths",
  "existing-safety",
  "grey-areas",
  "goals",
  "next-steps",
  "scales",
  "worker-analysis",
  "child-voice",
  "plan-rules",
  "own-plan-rules",
  "breaches",
  "bottom-lines",
  "professional-contacts",
  "family-contacts",
];

const SharedContentSchema = z.enum(SHARED_CONTENT as [SharedContent, ...SharedContent[]]);

/**
 * The schema of a {@link SharingPolicy}, for a policy stored as data.
 *
 * @category Family documents
 */
export const SharingPolicySchema = z.strictObject({
  /** What each kind of reader may be shown. */
  audiences: z.strictObject({
    family: z.array(SharedContentSchema).max(SHARED_CONTENT.length * 2),
    child: z.array(SharedContentSchema).max(SHARED_CONTENT.length * 2),
    "network-member": z.array(SharedContentSchema).max(SHARED_CONTENT.length * 2),
    professional: z.array(SharedContentSchema).max(SHARED_CONTENT.length * 2),
  }),
  /**
   * When a child's own words may be shown to their family or a network member: `given` (the
   * child gave consent, within their limits), or also `given-or-parent-consent` (for a child not
   * able to consent, the parent's consent is enough). Professionals see the record; a child sees
   * their own words only, never another child's.
   */
  childVoice: z.enum(["given", "given-or-parent-consent"]),
});

/**
 * What each reader of a family document may be shown: the parts of the case file per kind of
 * reader, and the consent a child's own words need. Store it as data (see
 * {@link SharingPolicySchema}); {@link DEFAULT_SHARING_POLICY} is the safe default.
 *
 * @category Family documents
 */
export type SharingPolicy = z.output<typeof SharingPolicySchema>;

/**
 * The default sharing policy, the safe choice where a local authority has not set its own
 * (see docs/family-documents.md, "Who sees what"):
 *
 * - **professionals** see everything;
 * - **the family** sees the whole map, plan, breaches and bottom lines, and the professionals'
 *   contact details, but not the contact details of family and friends (an address can put
 *   someone at risk);
 * - **a child** sees what is working well, the goals and next steps, the rules of the plan (in
 *   the child's words), their own words, and who to call; the worries reach a child through
 *   their Words and Pictures story, which the worker writes for them;
 * - **a network member** sees the worries, what is working well, the goals, the whole plan, the
 *   bottom lines and who to call; not what happened in detail, the scales, the grey areas, the
 *   complicating factors, the worker's analysis or the breaches, which are the family's to share;
 * - **a child's own words** reach the family or a network member only where the child gave
 *   consent, and never someone the child said must not see them.
 *
 * @category Family documents
 */
export const DEFAULT_SHARING_POLICY: SharingPolicy = {
  audiences: {
    professional: [...SHARED_CONTENT],
    family: ["harm", "dangers", "complicating-factors", "strengths", "existing-safety", "grey-areas", "goals", "next-steps", "scales", "worker-analysis", "child-voice", "plan-rules", "own-plan-rules", "breaches", "bottom-lines", "professional-contacts"],
    child: ["strengths", "existing-safety", "goals", "next-steps", "child-voice", "plan-rules", "own-plan-rules", "professional-contacts"],
    "network-member": ["dangers", "strengths", "existing-safety", "goals", "next-steps", "child-voice", "plan-rules", "own-plan-rules", "bottom-lines", "professional-contacts"],
  },
  childVoice: "given",
};

/**
 * Checks a sharing policy stored as data, and gives it back typed.
 *
 * @param input - The policy, as stored (JSON).
 * @returns The policy, typed.
 * @throws `KinsafeError` (from `kinsafe`) `invalid-input`, with every problem and its path.
 *
 * @example
 * {@includeCode ../../tests/documents/sharing.test.ts#parse-policy}
 *
 * @category Family documents
 */
export function parseSharingPolicy(input: unknown): SharingPolicy {
  return parseWith(SharingPolicySchema, input, "sharing policy");
}

/**
 * Whether the policy lets this kind of reader see this part.
 *
 * @internal
 */
export function policyAllows(policy: SharingPolicy, audience: DocumentAudienceKind, content: SharedContent): boolean {
  return policy.audiences[audience].includes(content);
}


