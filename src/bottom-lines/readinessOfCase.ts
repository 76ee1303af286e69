import type { IsoDate } from "../core";
import { readinessToStepDown, type PlanPolicy, type ReadinessPolicy, type StepDownReadiness } from "../safety-plan";
import type { BottomLine } from "./BottomLine";
import type { BottomLineCase, BottomLineReport, CustomPredicate } from "./BottomLineReport";
import { currentMapOf, currentPlanOf } from "./caseView";
import { evaluateBottomLines } from "./evaluateBottomLines";

/**
 * Options of {@link readinessOfCase}.
 *
 * @category Bottom lines
 */
export interface ReadinessOfCaseOptions {
  /** The day to look at. */
  readonly asOf: IsoDate;
  /** Local policy of scores and monitoring. */
  readonly policy?: Partial<PlanPolicy>;
  /** Local policy of readiness. */
  readonly readiness?: Partial<ReadinessPolicy>;
  /** The predicates of `custom` bottom lines, by name. */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
}

/**
 * Tells whether a case is ready to step down, reading everything from the case file: its
 * bottom lines (evaluated on the day with {@link evaluateBottomLines}), the current plan and map,
 * the monitoring, the network and its people, and the children's Safety Houses; see
 * {@link readinessToStepDown} for every reason. Without a plan or a map it is not ready, with
 * the single reason `bottom-lines-met` noting `no-plan` or `no-map`.
 *
 * @param caseFile - The case file (or any object with its fields and `bottomLines`).
 * @param options - The day, the local policies and the custom predicates.
 * @returns The readiness and the bottom-line report it rests on.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date or a policy is out of range.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/readinessOfCase.test.ts#docs-example}
 *
 * @category Bottom lines
 */
export function readinessOfCase(caseFile: BottomLineCase & { readonly bottomLines: readonly BottomLine[] }, options: ReadinessOfCaseOptions): StepDownReadiness & { readonly report: BottomLineReport } {
  const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: options.asOf, ...(options.customPredicates === undefined ? {} : { customPredicates: options.customPredicates }) });
  const plan = currentPlanOf(caseFile.plans)?.value;
  const map = currentMapOf(caseFile.maps)?.value;
  if (plan === undefined || map === undefined) {
    return { ready: false, reasons: [{ kind: "bottom-lines-met", met: false, evidence: { note: plan === undefined ? "no-plan" : "no-map" } }], report };
  }
  const readiness = readinessToStepDown(plan, map, caseFile.monitoring, {
    asOf: options.asOf,
    bottomLines: report,
    people: caseFile.people,
    childVoice: caseFile.childVoice,
    childIds: caseFile.childIds,
    ...(caseFile.network === undefined ? {} : { network: caseFile.network }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.readiness === undefined ? {} : { readiness: options.readiness }),
  });
  return { ...readiness, report };
}
