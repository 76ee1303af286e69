import type { ASSESSMENT_FINDING_TABLE, AssessmentFindingCode } from "./findingCodes";

// The reporting function that the rule modules of checkAssessmentMap share: each module gets the
// map and this, so that rules can live in files of their own.

/** Where in the map a finding points. @internal */
export type FindingPath = readonly (string | number)[];
type ParamsOf<C extends AssessmentFindingCode> = { readonly [K in (typeof ASSESSMENT_FINDING_TABLE)[C]["params"][number]]: string | number };
/** The params a code declares, or none. @internal */
export type FindingParamsArg<C extends AssessmentFindingCode> = [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>];
/** Reports one finding. @internal */
export type EmitFinding = <C extends AssessmentFindingCode>(code: C, path: FindingPath, ...params: FindingParamsArg<C>) => void;
