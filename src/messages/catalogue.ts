import type { AssessmentFindingCode } from "../assessment/findingCodes";
import type { ChildVoiceFindingCode } from "../child-voice/findingCodes";
import type { ContinuumFindingCode } from "../continuum/findingCodes";

/**
 * The union of every finding code kinsafe can return. A `switch` over it can be exhaustive.
 *
 * @category Messages
 */
export type FindingCode = AssessmentFindingCode | ChildVoiceFindingCode | ContinuumFindingCode;

/**
 * A message catalogue: a template for every finding code. Placeholders in braces
 * (`{term}`) are replaced with the finding's `params`. A vendor may supply another language's
 * catalogue, or override some templates by spreading {@link en}.
 *
 * @category Messages
 */
export type MessageCatalogue = Readonly<Record<FindingCode, string>>;
