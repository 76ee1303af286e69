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
 * The union of every finding code the practice concepts and the statutory-format readers can
 * return. A `switch` over it can be exhaustive. The findings `readReturns` makes itself (reading
 * many returns, Node only) have their own union, `ReturnsFindingCode` of `kinsafe/returns`, so
 * that the main entry's types do not depend on a Node entry's: `FindingCode | ReturnsFindingCode`
 * covers both.
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
