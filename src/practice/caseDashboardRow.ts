import { caseEvidence } from "../audit";
import type { CustomPredicate } from "../bottom-lines";
import { createWorkingDayCalendar, type WorkingDayCalendar } from "../calendar";
import type { CaseFileId } from "../case-file";
import { dueDates, type ContinuumPolicy, type DueDateKind, type ServiceTimelineId } from "../continuum";
import { daysBetween, type IsoDate } from "../core";
import { caseOf, isOpen } from "./internal";
import type { PracticeCase } from "./PracticeMetric";

/**
 * The five flags of the Signs of Safety case dashboard (modelled on team whiteboards showing per
 * case whether there is mapping, danger statements, work with children, a network and a safety
 * plan; domain specification 5.1 and 5.3).
 *
 * @category Practice metrics
 */
export interface CaseFlags {
  /** An assessment map dated on or before the day. */
  readonly map: boolean;
  /** The current map has at least one danger statement. */
  readonly dangerStatements: boolean;
  /** Every child has a child-voice record (their own tool, or a Words and Pictures story for them). */
  readonly childVoice: boolean;
  /** The safety network has at least one current member. */
  readonly network: boolean;
  /** A current safety plan (drafted, not ended) with at least one rule. */
  readonly safetyPlan: boolean;
}

/**
 * A statutory deadline that has passed without being met.
 *
 * @category Practice metrics
 */
export interface OverdueDueDate {
  /** The child's timeline. */
  readonly timelineId: ServiceTimelineId;
  readonly kind: DueDateKind;
  readonly clockStart: IsoDate;
  readonly due: IsoDate;
  /** Days from the due date to the day of the row. */
  readonly daysOverdue: number;
}

/**
 * One row of the case dashboard.
 *
 * @category Practice metrics
 */
export interface CaseDashboardRow {
  readonly caseFileId: CaseFileId;
  readonly asOf: IsoDate;
  /** Whether the case is open on the day (always `true` without timelines). */
  readonly open: boolean;
  readonly flags: CaseFlags;
  /** How many of the five flags are set. */
  readonly flagCount: number;
  /** Deadlines overdue on the day, in order of due date; present only when timelines were given. */
  readonly overdue?: readonly OverdueDueDate[];
}

/**
 * Options of {@link caseDashboardRow}.
 *
 * @category Practice metrics
 */
export interface CaseDashboardRowOptions {
  /** The day of the dashboard (kinsafe never reads the clock). */
  readonly asOf: IsoDate;
  /** The working-day calendar for due dates. Default: England and Wales bank holidays. */
  readonly calendar?: WorkingDayCalendar;
  /** The continuum policy for due dates. Default: England's. */
  readonly policy?: ContinuumPolicy;
  /** Predicates of `custom` bottom lines (read when the flags are computed). */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
}

/**
 * Builds one row of the case dashboard: the five Signs of Safety flags (map, danger statements,
 * child's voice, network, safety plan) and, when the children's service timelines are given,
 * every statutory deadline overdue on the day (from `dueDates`).
 *
 * The flags are the case facts `map`, `danger-statements`, `child-voice`, `network` and
 * `safety-plan` of `caseEvidence`, read as of the day.
 *
 * @param practiceCase - A case file, or `{ caseFile, timelines }`. Not changed.
 * @param options - The day, and the calendar and policy for due dates.
 * @returns The row.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/practice/caseDashboardRow.test.ts#docs-example}
 *
 * @category Practice metrics
 */
export function caseDashboardRow(practiceCase: PracticeCase, options: CaseDashboardRowOptions): CaseDashboardRow {
  const { caseFile, timelines } = caseOf(practiceCase);
  const { asOf } = options;
  const { facts } = caseEvidence(caseFile, { asOf, ...(options.customPredicates === undefined ? {} : { customPredicates: options.customPredicates }) });
  const flags: CaseFlags = {
    map: facts.map,
    dangerStatements: facts["danger-statements"],
    childVoice: facts["child-voice"],
    network: facts.network,
    safetyPlan: facts["safety-plan"],
  };
  const row = { caseFileId: caseFile.id, asOf, open: isOpen(timelines, asOf), flags, flagCount: Object.values(flags).filter(Boolean).length };
  if (timelines === undefined) return row;
  const calendar = options.calendar ?? createWorkingDayCalendar();
  const overdue = timelines
    .flatMap((t) =>
      dueDates(t, { calendar, asOf, ...(options.policy === undefined ? {} : { policy: options.policy }) })
        .deadlines.filter((d) => d.status === "overdue")
        .map((d) => ({ timelineId: t.id, kind: d.kind, clockStart: d.clockStart, due: d.due, daysOverdue: daysBetween(d.due, asOf) })),
    )
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { ...row, overdue };
}
