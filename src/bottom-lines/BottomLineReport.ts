import type { AssessmentMap } from "../assessment";
import type { ChildVoiceRecord } from "../child-voice";
import type { Finding, IsoDate, PersonId } from "../core";
import type { Person, SafetyNetwork } from "../network";
import type { MonitoringEvent, SafetyPlan, BottomLineId } from "../safety-plan";
import type { BottomLineKind, BottomLineOf } from "./BottomLine";

// Types of the bottom-line evaluation: what it reads, what it returns, and what a custom
// predicate receives and gives back. No logic here.

/**
 * What an evaluation concluded about one bottom line: `met`, `unmet` (the record shows it is
 * not met), `cannot-tell` (the evidence it needs is not recorded), or `covered-by-rule` (a
 * bottom line in words that a plan rule names, with no worker's judgement yet that it is met:
 * never counted as met).
 *
 * @category Bottom lines
 */
export type BottomLineVerdict = "met" | "unmet" | "cannot-tell" | "covered-by-rule";

/**
 * The verdicts, in the order reports list them.
 *
 * @category Bottom lines
 */
export const BOTTOM_LINE_VERDICTS: readonly BottomLineVerdict[] = ["met", "unmet", "cannot-tell", "covered-by-rule"];

/**
 * A plain JSON value used as evidence: ids, dates, counts, and lists or records of them.
 *
 * @category Bottom lines
 */
export type EvidenceValue = string | number | boolean | null | readonly EvidenceValue[] | { readonly [key: string]: EvidenceValue };

/**
 * The evidence an evaluation used for one bottom line, as plain data (ids, dates, counts).
 *
 * @category Bottom lines
 */
export type BottomLineEvidence = Readonly<Record<string, EvidenceValue>>;

/**
 * The parts of a case file that bottom lines are evaluated against. A `CaseFile` is one; so is
 * any object with these fields, so a host system can evaluate bottom lines on its own aggregate.
 *
 * @category Bottom lines
 */
export interface BottomLineCase {
  /** The children of the case. */
  readonly childIds: readonly PersonId[];
  /** Everyone in the case. */
  readonly people: readonly Person[];
  /** Every version of the assessment map; the current map is the highest version. */
  readonly maps: readonly AssessmentMap[];
  /** The children's child-voice records. */
  readonly childVoice: readonly ChildVoiceRecord[];
  /** The safety network, when one is recorded. */
  readonly network?: SafetyNetwork | undefined;
  /** Every version of the safety plan. */
  readonly plans: readonly SafetyPlan[];
  /** Monitoring of the plan by Children's Services and the network. */
  readonly monitoring: readonly MonitoringEvent[];
}

/**
 * The evaluation of one bottom line.
 *
 * @category Bottom lines
 */
export interface BottomLineResult {
  /** The bottom line evaluated. */
  readonly bottomLineId: BottomLineId;
  readonly kind: BottomLineKind;
  /** The bottom line as written and shared with the family. */
  readonly statement: string;
  readonly verdict: BottomLineVerdict;
  /** The evidence used, as plain data. */
  readonly evidence: BottomLineEvidence;
  /**
   * What is missing or not met, each with its path in the case file (for example
   * `["network", "members", 2]`); every finding carries `params.bottomLineId`. Empty when met
   * with nothing to add.
   */
  readonly findings: readonly Finding[];
}

/**
 * The evaluation of a set of bottom lines against a case file.
 *
 * @category Bottom lines
 */
export interface BottomLineReport {
  /** The day the case was evaluated as of. */
  readonly asOf: IsoDate;
  /**
   * True only if at least one bottom line is set, a safety plan is recorded, and every bottom
   * line is met. False when none are set or there is no plan (see `findings`).
   */
  readonly meetsAll: boolean;
  /** The number of bottom lines with each verdict. */
  readonly counts: Readonly<Record<BottomLineVerdict, number>>;
  /** The current map (highest version) the evaluation read, if any. */
  readonly map?: { readonly id: string; readonly version: number };
  /** The current plan (highest version not ended, or else the latest) the evaluation read, if any. */
  readonly plan?: { readonly id: string; readonly version: number; readonly status: string };
  /** One result per bottom line, in the order given. */
  readonly results: readonly BottomLineResult[];
  /** Findings about the list of bottom lines itself (none set, a repeated id). */
  readonly findings: readonly Finding[];
}

/**
 * What a custom predicate receives besides the case file.
 *
 * @category Bottom lines
 */
export interface CustomPredicateContext {
  /** The bottom line being evaluated. */
  readonly bottomLine: BottomLineOf<"custom">;
  /** The day of the evaluation. */
  readonly asOf: IsoDate;
  /** The current assessment map, if any. */
  readonly currentMap?: AssessmentMap;
  /** The current safety plan, if any. */
  readonly currentPlan?: SafetyPlan;
}

/**
 * What a custom predicate returns. Findings may use codes of the caller's own; kinsafe adds
 * `bottomLineId` to their params.
 *
 * @category Bottom lines
 */
export interface CustomPredicateResult {
  readonly verdict: BottomLineVerdict;
  readonly evidence?: BottomLineEvidence;
  readonly findings?: readonly Finding[];
}

/**
 * A bottom line evaluated by the caller's code, named by a `custom` bottom line's `predicate`.
 * It should not throw; if it does, the bottom line is `cannot-tell` with the finding
 * `bottom-lines/predicate-failed`.
 *
 * @category Bottom lines
 */
export type CustomPredicate = (caseFile: BottomLineCase, context: CustomPredicateContext) => CustomPredicateResult;

/**
 * Options of {@link evaluateBottomLines}.
 *
 * @category Bottom lines
 */
export interface EvaluateBottomLinesOptions {
  /** The day to evaluate as of. Evidence dated after it is not read; windows end on it. */
  readonly asOf: IsoDate;
  /** The predicates of `custom` bottom lines, by name. */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
}
