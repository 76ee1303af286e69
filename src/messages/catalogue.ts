import type { AssessmentFindingCode } from "../assessment/findingCodes";
import type { ChildVoiceFindingCode } from "../child-voice/findingCodes";
import type { ContinuumFindingCode } from "../continuum/findingCodes";
import type { NetworkFindingCode } from "../network/findingCodes";
import type { SafetyPlanFindingCode } from "../safety-plan/findingCodes";
import type { BottomLineFindingCode } from "../bottom-lines/findingCodes";
import type { CinCensusFindingCode } from "../interop/cin-census/findingCodes";
import type { Ssda903FindingCode } from "../interop/ssda903/findingCodes";
import type { WorkforceFindingCode } from "../interop/workforce/findingCodes";

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
  | WorkforceFindingCode;

/**
 * A message catalogue: a template for every finding code. Placeholders in braces
 * (`{term}`) are replaced with the finding's `params`. A vendor may supply another language's
 * catalogue, or override some templates by spreading {@link en}.
 *
 * @category Messages
 */
export type MessageCatalogue = Readonly<Record<FindingCode, string>>;
