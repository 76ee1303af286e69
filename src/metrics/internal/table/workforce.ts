import { workingDaysBetweenDayNumbers } from "../../../calendar";
import type { CountingUnit, MetricResult } from "../../CoreDataSet";
import { addMonthsToDay, fastDay } from "../days";
import type { EngineConfig } from "../engine";
import { type Counts, make, metric, type MetricHead, percent } from "./entry";

// The workforce family: from the children's social work workforce census (30 September). The
// figures are worked out once per configuration from the workforce input, not from counters.

/** The workforce input's figures at the reference date. */
interface Figures {
  readonly referenceDate: string;
  readonly vacancyFte: number;
  readonly workingDaysInYear: number | undefined;
  readonly yearStart: number;
  readonly ref: number;
  readonly inPost: number;
  readonly leavers: number;
  readonly agency: number;
  readonly agencyCover: number | undefined;
  readonly caseFte: number | undefined;
  readonly cases: number | undefined;
  readonly sickness: number | undefined;
  readonly inPostHead: number | undefined;
  readonly leaversHead: number | undefined;
  readonly agencyHead: number | undefined;
}

const FIGURES = new WeakMap<EngineConfig, Figures | null>();

function figuresOf(cfg: EngineConfig): Figures | null {
  const known = FIGURES.get(cfg);
  if (known !== undefined) return known;
  const w = cfg.workforce;
  if (w === null) {
    FIGURES.set(cfg, null);
    return null;
  }
  const ref = fastDay(w.referenceDate);
  const yearStart = addMonthsToDay(ref, -12); // exclusive: the year is (ref - 12 months, ref]
  let f: Figures;
  if (w.kind === "aggregate") {
    f = {
      referenceDate: w.referenceDate,
      vacancyFte: w.vacancyFte,
      workingDaysInYear: w.workingDaysInYear,
      yearStart,
      ref,
      inPost: w.inPostFte,
      leavers: w.leaversFte,
      agency: w.agencyFte,
      agencyCover: w.agencyCoverFte,
      caseFte: w.caseHolderFte,
      cases: w.casesHeld,
      sickness: w.sicknessDays,
      inPostHead: w.inPostHeadcount,
      leaversHead: w.leaversHeadcount,
      agencyHead: w.agencyHeadcount,
    };
  } else {
    // Agency cover: the census's LA-level item (NoAgencyFTE) when given; else the workers'
    // own flags when any agency worker has one; else it is not known (never 0%).
    const flagged = w.workers.some((x) => x.employment === "agency" && x.coveringVacancy !== undefined);
    let agencyCover = w.agencyCoverFte ?? (flagged ? 0 : undefined);
    const sumCover = w.agencyCoverFte === undefined && flagged;
    let inPost = 0;
    let leavers = 0;
    let agency = 0;
    let caseFte = 0;
    let cases = 0;
    let sickness = 0;
    let inPostHead = 0;
    let leaversHead = 0;
    let agencyHead = 0;
    const seen = new Set<string>();
    for (const x of w.workers) {
      const started = x.startDate === undefined || fastDay(x.startDate) <= ref;
      const left = x.leavingDate === undefined ? null : fastDay(x.leavingDate);
      const present = started && (left === null || left > ref);
      if (x.employment === "agency") {
        if (!present) continue;
        agency += x.fte;
        agencyHead++;
        if (sumCover && x.coveringVacancy === true && agencyCover !== undefined) agencyCover += x.fte;
        continue;
      }
      sickness += x.sicknessDays ?? 0;
      if (present) {
        inPost += x.fte;
        if (!seen.has(x.id)) inPostHead++;
        seen.add(x.id);
        if (x.caseHolder === true) {
          caseFte += x.fte;
          cases += x.cases ?? 0;
        }
      } else if (left !== null && left > yearStart && left <= ref) {
        leavers += x.fte;
        leaversHead++;
      }
    }
    f = { referenceDate: w.referenceDate, vacancyFte: w.vacancyFte, workingDaysInYear: w.workingDaysInYear, yearStart, ref, inPost, leavers, agency, agencyCover, caseFte, cases, sickness, inPostHead, leaversHead, agencyHead };
  }
  FIGURES.set(cfg, f);
  return f;
}

/** An FTE as the notes print it: at most two decimals, no trailing zeros. */
function fte(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function basis(f: Figures): string[] {
  return [`FTE basis, reference date ${f.referenceDate} (Children's Social Work Workforce census definitions).`];
}

// A share of agency cover: unavailable (not 0%) when the input does not say how many agency
// workers cover vacancies, and unavailable (never over 100%) when it says more agency FTE cover
// vacancies than the denominator holds: one of the two values is wrong and the input does not
// say which, so no share can be given (capping at 100% would print a figure the input does not
// support).
function cover(f: Figures, id: string, lbl: string, den: number, denWords: string): MetricResult {
  const agencyCover = f.agencyCover;
  if (agencyCover === undefined) {
    return {
      ...make(id, lbl, "percent", "fte", { value: null, notes: ["The workforce input does not give the agency workers covering vacancies (the census's NoAgencyFTE): unavailable (not 0)."] }),
      status: "unavailable",
      unavailable: { reason: "no-workforce" },
    };
  }
  if (agencyCover > den) {
    return {
      ...make(id, lbl, "percent", "fte", {
        value: null,
        notes: [
          `Unavailable: the workforce input gives ${fte(agencyCover)} agency FTE covering vacancies (the census's NoAgencyFTE) but ${fte(den)} ${denWords}, so the share would be more than 100%; one of the two values is wrong.`,
        ],
      }),
      status: "unavailable",
      unavailable: { reason: "unusable-input" },
    };
  }
  return percent(id, lbl, "fte", agencyCover, den);
}

/** A workforce builder: `null` with a note without a workforce input. */
function fromWorkforce(build: (f: Figures, cfg: EngineConfig, m: MetricHead) => MetricResult): (k: Counts, m: MetricHead) => MetricResult {
  return ({ cfg }, m) => {
    const f = figuresOf(cfg);
    return f === null ? make(m.id, m.label, m.unit, m.countingUnit, { value: null, notes: ["No workforce input was given."] }) : build(f, cfg, m);
  };
}


/** @internal */
export const WORKFORCE = [
  metric({
    id: "workforce.vacancy-rate",
    family: "workforce",
    label: "Social worker vacancy rate (FTE)",
    unit: "percent",
    countingUnit: "fte",
    needs: { workforce: ["vacancyFte", "inPostFte"] },
    build: fromWorkforce((f, _cfg, m) =>
      percent(m.id, m.label, "fte", f.vacancyFte, f.vacancyFte + f.inPost, ["vacancy FTE / (vacancy FTE + in-post FTE).", ...basis(f)], {
        "covered-by-agency": cover(f, `${m.id}/covered-by-agency`, "Vacancies covered by agency workers", f.vacancyFte, "FTE of vacancies (NumberOfVacancies)"),
      }),
    ),
  }),
  metric({
    id: "workforce.turnover-rate",
    family: "workforce",
    label: "Social worker turnover rate (FTE)",
    unit: "percent",
    countingUnit: "fte",
    needs: { workforce: ["leaversFte", "inPostFte"] },
    build: fromWorkforce((f, _cfg, m) => {
      const b: Record<string, MetricResult> = {};
      if (f.leaversHead !== undefined && f.inPostHead !== undefined) b["headcount"] = percent(`${m.id}/headcount`, "Turnover rate (headcount)", "headcount", f.leaversHead, f.inPostHead);
      return percent(m.id, m.label, "fte", f.leavers, f.inPost, ["leavers FTE in the year / in-post FTE at the reference date.", ...basis(f)], b);
    }),
  }),
  metric({
    id: "workforce.agency-rate",
    family: "workforce",
    label: "Agency social worker rate (FTE)",
    unit: "percent",
    countingUnit: "fte",
    needs: { workforce: ["agencyFte", "inPostFte"] },
    build: fromWorkforce((f, _cfg, m) => {
      const b: Record<string, MetricResult> = {};
      if (f.agencyHead !== undefined && f.inPostHead !== undefined) b["headcount"] = percent(`${m.id}/headcount`, "Agency worker rate (headcount)", "headcount", f.agencyHead, f.agencyHead + f.inPostHead);
      b["covering-vacancies"] = cover(f, `${m.id}/covering-vacancies`, "Agency workers covering vacancies", f.agency, "agency FTE in post at the reference date");
      return percent(m.id, m.label, "fte", f.agency, f.agency + f.inPost, ["agency FTE / (agency FTE + in-post FTE).", ...basis(f)], b);
    }),
  }),
  metric({
    id: "workforce.sickness-rate",
    family: "workforce",
    label: "Sickness absence rate",
    unit: "percent",
    countingUnit: "days",
    needs: { workforce: ["sicknessDays", "inPostFte"] },
    build: fromWorkforce((f, cfg, m) => {
      // The working days of the year to the reference date: given, or counted with the calendar.
      // A year the calendar does not cover cannot be counted: the rate is unavailable (never a
      // thrown error for what the input holds).
      const cal = cfg.calendar;
      const days = f.workingDaysInYear ?? (f.yearStart >= cal.firstDay && f.ref <= cal.lastDay ? workingDaysBetweenDayNumbers(cal, f.yearStart, f.ref) : undefined);
      if (f.sickness === undefined) return make(m.id, m.label, "percent", "days", { value: null, notes: ["No sickness absence days were given."] });
      if (days === undefined) {
        return make(m.id, m.label, "percent", "days", {
          value: null,
          unavailable: "not-covered",
          notes: [
            `Unavailable: the working-day calendar covers ${cal.from} to ${cal.to}, not the year to the reference date ${f.referenceDate}, so its working days cannot be counted (give workingDaysInYear, or a calendar that covers the year).`,
            ...basis(f),
          ],
        });
      }
      return percent(m.id, m.label, "days", f.sickness, f.inPost * days, [`working days lost to sickness / (in-post FTE x ${String(days)} working days in the year to the reference date).`, ...basis(f)]);
    }),
  }),
  metric({
    id: "workforce.average-caseload",
    family: "workforce",
    label: "Average caseload of case-holding social workers (per FTE)",
    unit: "ratio",
    countingUnit: "cases",
    needs: { workforce: ["casesHeld", "caseHolderFte"] },
    build: fromWorkforce((f, _cfg, m) => {
      const cu: CountingUnit = "cases";
      if (f.cases === undefined || f.caseFte === undefined) return make(m.id, m.label, "ratio", cu, { value: null, notes: ["No case-holder FTE and cases were given."] });
      return make(m.id, m.label, "ratio", cu, {
        value: f.caseFte === 0 ? null : f.cases / f.caseFte,
        numerator: f.cases,
        denominator: f.caseFte,
        notes: ["cases held by case holders / FTE of case holders.", ...basis(f), ...(f.caseFte === 0 ? ["No case-holder FTE: unavailable."] : [])],
      });
    }),
  }),
] as const;
