import type { AssessmentFindingCode } from "../assessment";
import type { BottomLineFindingCode } from "../bottom-lines";
import type { ChildVoiceFindingCode } from "../child-voice";
import type { ContinuumFindingCode } from "../continuum";
import type { DocumentFindingCode } from "../documents";
import type { CinCensusFindingCode } from "../interop/cin-census";
import type { Ssda903FindingCode } from "../interop/ssda903";
import type { WorkforceFindingCode } from "../interop/workforce";
import type { NetworkFindingCode } from "../network";
import type { SafetyPlanFindingCode } from "../safety-plan";

/**
 * The union of every finding code kinsafe can return. A `switch` over it can be exhaustive.
 *
 * @category Messages
 */
export type FindingCode =
  | AssessmentFindingCode
  | ChildVoiceFindingCode
  | ContinuumFindingCode
  | NetworkFindingCode
  | SafetyPlanFindingCode
  | BottomLineFindingCode
  | CinCensusFindingCode
  | Ssda903FindingCode
  | WorkforceFindingCode
  | DocumentFindingCode;
