import * as z from "zod";
import { IsoDateSchema, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

// Workforce census input (Children's Social Work Workforce census, reference date 30 September):
// either worker-level records or the local authority's aggregate counts (data standards 4 and
// 5.4). Quantities are FTE unless named headcount.

const fte = z.number().min(0);
const code = z.string().max(MAX_TEXT_LENGTH).min(1);

/**
 * One worker of the workforce census: an employed (`employee`) or `agency` children and family
 * social worker.
 *
 * @category Metrics
 */
export const WorkforceWorkerSchema = z.strictObject({
  /** The worker's id (e.g. Social Work England number). */
  id: z.string().max(MAX_TEXT_LENGTH).min(1),
  employment: z.enum(["employee", "agency"]),
  /** Full-time equivalent: contracted hours / standard hours. */
  fte,
  /** Start in post; workers who start after the reference date are not in post. */
  startDate: IsoDateSchema.optional(),
  /** The day an employee left; a leaver in the year to the reference date counts towards turnover. */
  leavingDate: IsoDateSchema.optional(),
  /** Holds cases at the reference date. */
  caseHolder: z.boolean().optional(),
  /** Cases held at the reference date. */
  cases: z.number().int().min(0).optional(),
  /** Working days lost to sickness in the year to the reference date. */
  sicknessDays: z.number().min(0).optional(),
  /** An agency worker covering a vacancy. */
  coveringVacancy: z.boolean().optional(),
  // The other items the census collects for each worker (Children's Social Work Workforce census
  // specification 2023 to 2025, `CSWWWorker`). The metrics do not use them; the reader keeps
  // them so that nothing the return holds is dropped.
  /** `PersonBirthDate`. */
  birthDate: IsoDateSchema.optional(),
  /** `GenderCurrent`: 0 not known, 1 male, 2 female, 9 not specified. */
  gender: code.optional(),
  /** `Ethnicity`: the 20 ethnicity codes (e.g. `WBRI`, `REFU`, `NOBT`). */
  ethnicity: code.optional(),
  /** `QualInst`: the institutions of the worker's social work qualifications. */
  qualificationInstitutions: z.array(z.string().max(MAX_TEXT_LENGTH).min(1)).max(MAX_LIST_LENGTH).optional(),
  /** `QualLevel`: 1 undergraduate, 2 postgraduate, 3 other. */
  qualificationLevel: code.optional(),
  /** `StepUpGrad`: qualified through Step Up to Social Work. */
  stepUpGraduate: z.boolean().optional(),
  /** `FrontlineGrad`: qualified through Frontline. */
  frontlineGraduate: z.boolean().optional(),
  /** `OrgRole`: 1 senior manager, 2 middle manager, 3 first line manager, 4 senior practitioner, 5 case holder, 6 qualified without cases. */
  orgRole: code.optional(),
  /** `StartOrigin`: where a starter came from (1 newly qualified … 10 not yet collected). */
  startOrigin: code.optional(),
  /** `LeaverDestination`: where a leaver went (1 to 9). */
  leaverDestination: code.optional(),
  /** `ReasonLeave`: why a leaver left (1 resignation … 10 not yet collected). */
  reasonLeave: code.optional(),
  /** `FTE30`: FTE at 30 September. */
  fteAt30September: fte.optional(),
  /** `ContractWeeks`: an agency worker's weeks in contract in the year. */
  contractWeeks: z.number().min(0).optional(),
  /** `Absat30Sept`: absent at 30 September. */
  absentAt30September: z.boolean().optional(),
  /** `ReasonAbsence`: MAT, OTH, PUB, SIC, TRN, UNA or UNP. */
  reasonAbsence: code.optional(),
  /** `CFKSSstatus`: 1 ASYE, 2 frontline practitioner, 3 practice supervisor, 4 practice leader. */
  cfkssStatus: code.optional(),
});
/** @category Metrics */
export type WorkforceWorker = z.output<typeof WorkforceWorkerSchema>;

/**
 * Worker-level workforce data: the workers at (and leavers in the year to) the reference date,
 * plus the vacancies, which the census collects as an aggregate.
 *
 * @category Metrics
 */
export const WorkforceWorkersInputSchema = z.strictObject({
  kind: z.literal("workers"),
  /** The census reference date (30 September). */
  referenceDate: IsoDateSchema,
  workers: z.array(WorkforceWorkerSchema).max(MAX_LIST_LENGTH),
  /** Vacant posts (FTE) at the reference date. */
  vacancyFte: fte,
  /**
   * Agency workers covering vacancies (FTE) at the reference date: the census's `NoAgencyFTE`
   * (`LALevelVacancies`). Without it, agency cover is summed from the workers'
   * `coveringVacancy` when any agency worker has it, and is otherwise unavailable (not 0).
   */
  agencyCoverFte: fte.optional(),
  /** Agency workers covering vacancies (headcount): the census's `NoAgencyHeadcount`. */
  agencyCoverHeadcount: z.number().int().min(0).optional(),
  /** Working days in the year to the reference date. Default: counted with the calendar. */
  workingDaysInYear: z.number().positive().optional(),
});

/**
 * Aggregate workforce counts at the reference date, as the EES indicators publish them.
 *
 * @category Metrics
 */
export const WorkforceAggregateInputSchema = z.strictObject({
  kind: z.literal("aggregate"),
  /** The census reference date (30 September). */
  referenceDate: IsoDateSchema,
  /** Employed children and family social workers in post (FTE). */
  inPostFte: fte,
  inPostHeadcount: z.number().int().min(0).optional(),
  /** Leavers in the year to the reference date (FTE). */
  leaversFte: fte,
  leaversHeadcount: z.number().int().min(0).optional(),
  /** Agency workers at the reference date (FTE). */
  agencyFte: fte,
  agencyHeadcount: z.number().int().min(0).optional(),
  /** Vacancies at the reference date (FTE). */
  vacancyFte: fte,
  /** Agency workers covering vacancies (FTE). */
  agencyCoverFte: fte.optional(),
  /** Agency workers covering vacancies (headcount). */
  agencyCoverHeadcount: z.number().int().min(0).optional(),
  /** FTE of case-holding social workers. */
  caseHolderFte: fte.optional(),
  /** Cases held by case holders. */
  casesHeld: z.number().min(0).optional(),
  /** Working days lost to sickness in the year. */
  sicknessDays: z.number().min(0).optional(),
  /** Working days in the year to the reference date. Default: counted with the calendar. */
  workingDaysInYear: z.number().positive().optional(),
});

/**
 * Workforce input of the engine: worker-level records or aggregate counts.
 *
 * @category Metrics
 */
export const WorkforceInputSchema = z.discriminatedUnion("kind", [WorkforceWorkersInputSchema, WorkforceAggregateInputSchema]);
/** @category Metrics */
export type WorkforceInput = z.input<typeof WorkforceInputSchema>;
/** @category Metrics */
export type WorkforceAggregateInput = z.output<typeof WorkforceAggregateInputSchema>;
