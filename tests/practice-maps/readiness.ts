// Whether the parts of issue 12 that other helpers build exist in this build, for the pending
// expectations of the practice maps.
import { ASSESSMENT_FINDING_CODES, AssessmentMapSchema } from "../../src/assessment";

const codes: readonly string[] = ASSESSMENT_FINDING_CODES;

/** The map model records an actor as not known, with who had care (H4). */
export const unknownActorReady = (): boolean => codes.includes("assessment/unknown-actor-without-carer");
/** Participation is checked (H4). */
export const participationReady = (): boolean => codes.includes("assessment/actor-view-missing");
/** The analysis statement is checked (H4). */
export const analysisReady = (): boolean => codes.includes("assessment/analysis-missing");

/** A harm statement keeps harm to an earlier child, outside the map's children (H4). */
export function earlierChildrenReady(): boolean {
  const probe = AssessmentMapSchema.safeParse({
    id: "m", version: 1, childIds: ["c"], variant: "safety", date: "2025-01-01", authorId: "w", participants: [],
    harm: [{ id: "h", text: "x", actorIds: [], childIds: [], otherChildren: [{ name: "K", relation: "earlier-child" }], status: "alleged", positions: [] }],
    dangers: [], complicatingFactors: [], greyAreas: [], strengths: [], existingSafety: [], goals: [], nextSteps: [], scales: [], childVoiceIds: [],
  });
  return probe.success && "otherChildren" in (probe.data.harm[0] ?? {});
}
