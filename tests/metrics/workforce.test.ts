import { describe, expect, it } from "vitest";
import { agencyRate, averageCaseload, computeCoreDataSet, sicknessRate, turnoverRate, vacancyRate, type WorkforceInput } from "../../src/metrics";
import { isKinsafeError, isoDate } from "../../src/core";
import { createWorkingDayCalendar } from "../../src/calendar";

// The published national row for 30 September 2023 (DfE "Children's social work workforce",
// EES csww_indicators_2017_to_2023; data standards 5.4 and 6.2): in post 33,119.1 FTE,
// leavers 5,254.6 FTE, agency 7,173.5 FTE, vacancies 7,722.7 FTE, agency covering vacancies
// 5,744.2 FTE, case holders 21,111.4 FTE holding 337,055 cases, 270,751 days lost to sickness.
const england2023: WorkforceInput = {
  kind: "aggregate",
  referenceDate: "2023-09-30",
  inPostFte: 33_119.1,
  inPostHeadcount: 35_199,
  leaversFte: 5_254.6,
  leaversHeadcount: 5_640,
  agencyFte: 7_173.5,
  vacancyFte: 7_722.7,
  agencyCoverFte: 5_744.2,
  caseHolderFte: 21_111.4,
  casesHeld: 337_055,
  sicknessDays: 270_751,
};
const dp1 = (x: number | null | undefined): number => Math.round((x ?? Number.NaN) * 10) / 10;

describe("workforce metrics", () => {
  it("reproduces the published national figures for 30 September 2023", () => {
    // #region docs-example
    const turnover = turnoverRate(england2023);
    // 5,254.6 / 33,119.1 = 15.87% -> published 15.9%
    // #endregion docs-example
    expect(dp1(turnover.value)).toBe(15.9);
    expect(dp1(turnover.breakdown?.["headcount"]?.value)).toBe(16.0); // 5,640 / 35,199
    expect(dp1(agencyRate(england2023).value)).toBe(17.8); // 7,173.5 / 40,292.6
    expect(dp1(agencyRate(england2023).breakdown?.["covering-vacancies"]?.value)).toBe(80.1); // 5,744.2 / 7,173.5
    expect(dp1(vacancyRate(england2023).value)).toBe(18.9); // 7,722.7 / 40,841.8
    expect(dp1(vacancyRate(england2023).breakdown?.["covered-by-agency"]?.value)).toBe(74.4); // 5,744.2 / 7,722.7
    expect(dp1(averageCaseload(england2023).value)).toBe(16.0); // 337,055 / 21,111.4
    // 270,751 / (33,119.1 x 253) = 3.23% -> published 3.2%. DfE does not publish its working
    // days; 3.2% needs 252-259. The calendar counts 251 working days from 1 Oct 2022 to 30 Sep
    // 2023 (260 weekdays less 9 bank holidays, the coronation included), which gives 3.26%: so
    // reproducing the published figure needs `workingDaysInYear`, and the default is exact, not DfE's.
    expect(dp1(sicknessRate({ ...england2023, workingDaysInYear: 253 }).value)).toBe(3.2);
    const counted = sicknessRate(england2023);
    expect(counted.notes[0]).toMatch(/251 working days/);
    expect(counted.value).toBeCloseTo((270_751 * 100) / (33_119.1 * 251), 10);
  });

  it("computes the same rates from worker-level records", () => {
    const w: WorkforceInput = {
      kind: "workers",
      referenceDate: "2023-09-30",
      vacancyFte: 1,
      workingDaysInYear: 250,
      workers: [
        { id: "w1", employment: "employee", fte: 1, caseHolder: true, cases: 18, sicknessDays: 5 },
        { id: "w2", employment: "employee", fte: 0.5, caseHolder: true, cases: 9 },
        { id: "w3", employment: "employee", fte: 1, caseHolder: false, sicknessDays: 10 },
        // left in the year: a leaver, not in post
        { id: "w4", employment: "employee", fte: 1, leavingDate: "2023-06-30" },
        // left before the year: neither
        { id: "w5", employment: "employee", fte: 1, leavingDate: "2022-09-30" },
        { id: "a1", employment: "agency", fte: 1, coveringVacancy: true },
      ],
    };
    // in post 2.5 FTE; leavers 1 -> 40%; agency 1 / 3.5; vacancy 1 / 3.5; caseload 27 / 1.5 = 18; sickness 15 / (2.5 x 250) = 2.4%
    expect(turnoverRate(w).value).toBe(40);
    expect(agencyRate(w).value).toBeCloseTo(100 / 3.5, 12);
    expect(vacancyRate(w).value).toBeCloseTo(100 / 3.5, 12);
    expect(averageCaseload(w).value).toBe(18);
    expect(sicknessRate(w).value).toBeCloseTo(2.4, 12);
  });

  it("reports invalid workforce input with zod's issues, and missing input as unavailable", () => {
    try {
      vacancyRate({ kind: "aggregate", referenceDate: "2023-09-30", inPostFte: -1, leaversFte: 0, agencyFte: 0, vacancyFte: 0 });
      expect.unreachable();
    } catch (e) {
      expect(isKinsafeError(e)).toBe(true);
    }
    const r = computeCoreDataSet([], { period: { year: 2024 }, metrics: ["workforce.vacancy-rate"] });
    expect(r.metrics["workforce.vacancy-rate"]?.value).toBeNull();
  });

  it("takes agency cover from the census's NoAgencyFTE, and says it is unavailable (not 0%) when nothing gives it", () => {
    const base: WorkforceInput = {
      kind: "workers",
      referenceDate: "2023-09-30",
      vacancyFte: 4,
      workers: [
        { id: "w1", employment: "employee", fte: 6 },
        { id: "a1", employment: "agency", fte: 2 },
        { id: "a2", employment: "agency", fte: 2 },
      ],
    };
    // Without NoAgencyFTE and without the workers' flags, nothing says how many cover vacancies.
    const none = vacancyRate(base).breakdown?.["covered-by-agency"];
    expect(none).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-workforce" } });
    expect(agencyRate(base).breakdown?.["covering-vacancies"]).toMatchObject({ value: null, status: "unavailable" });
    // With it: 3 of 4 vacancies covered (75%), 3 of 4 agency FTE covering (75%).
    const given: WorkforceInput = { ...base, agencyCoverFte: 3 };
    expect(vacancyRate(given).breakdown?.["covered-by-agency"]).toMatchObject({ value: 75, numerator: 3, denominator: 4, status: "available" });
    expect(agencyRate(given).breakdown?.["covering-vacancies"]).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
    // The workers' own flags still count when the LA-level item is absent.
    const flagged: WorkforceInput = { ...base, workers: base.workers.map((w) => (w.id === "a1" ? { ...w, coveringVacancy: true } : w)) };
    expect(vacancyRate(flagged).breakdown?.["covered-by-agency"]).toMatchObject({ value: 50, numerator: 2 });
  });

  it("never prints agency cover over 100%: more agency FTE covering vacancies than agency FTE in post, or than vacancies, is unavailable with both values", () => {
    // liia-tools' sample census: NoAgencyFTE 59.82 against 2.34 agency FTE in post (2,561.6%).
    const w: WorkforceInput = {
      kind: "workers",
      referenceDate: "2022-09-30",
      vacancyFte: 79.68,
      agencyCoverFte: 59.82,
      workers: [
        { id: "w1", employment: "employee", fte: 3 },
        { id: "a1", employment: "agency", fte: 1.5 },
        { id: "a2", employment: "agency", fte: 0.84 },
      ],
    };
    const covering = agencyRate(w).breakdown?.["covering-vacancies"];
    expect(covering).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "unusable-input" } });
    expect(covering?.notes[0]).toContain("59.82 agency FTE covering vacancies");
    expect(covering?.notes[0]).toContain("2.34 agency FTE in post");
    // the vacancies it covers are fewer than the vacancies: that share stands
    expect(vacancyRate(w).breakdown?.["covered-by-agency"]).toMatchObject({ status: "available", numerator: 59.82, denominator: 79.68 });
    // the headline agency rate does not depend on the cover item
    expect(agencyRate(w).value).toBeCloseTo((2.34 * 100) / 5.34, 10);
    // more cover than vacancies
    const overVacancies = vacancyRate({ ...w, vacancyFte: 10 }).breakdown?.["covered-by-agency"];
    expect(overVacancies).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "unusable-input" } });
    expect(overVacancies?.notes[0]).toMatch(/59\.82 agency FTE covering vacancies .* but 10 FTE of vacancies/);
    // exactly 100% is possible and shown
    expect(vacancyRate({ ...w, vacancyFte: 59.82 }).breakdown?.["covered-by-agency"]?.value).toBe(100);
    // aggregate input: the same rule
    const aggregate = agencyRate({ ...england2023, agencyCoverFte: 8_000 }).breakdown?.["covering-vacancies"];
    expect(aggregate).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "unusable-input" } });
  });

  it("gives the sickness rate as unavailable, never an exception, when the calendar does not cover the year to the reference date", () => {
    const small = createWorkingDayCalendar({ from: isoDate("2023-01-01"), to: isoDate("2024-12-31") });
    // 1 October 2022 to 30 September 2023: the year starts before the calendar
    const outside = sicknessRate(england2023, small);
    expect(outside).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "not-covered" } });
    expect(outside.notes[0]).toContain("covers 2023-01-01 to 2024-12-31");
    // the whole result is computed: the other workforce figures are unchanged
    const all = computeCoreDataSet([], { period: { start: isoDate("2022-10-01"), end: isoDate("2023-09-30") }, workforce: england2023, calendar: small }).metrics;
    expect(all["workforce.sickness-rate"]?.status).toBe("unavailable");
    expect(all["workforce.turnover-rate"]?.value).toBeCloseTo(turnoverRate(england2023).value ?? Number.NaN, 12);
    // a year inside the calendar is counted with it; working days given need no calendar
    const inside = sicknessRate({ ...england2023, referenceDate: isoDate("2024-09-30") }, small);
    expect(inside.status).toBe("available");
    expect(sicknessRate({ ...england2023, workingDaysInYear: 253 }, small).value).toBeCloseTo((270_751 * 100) / (33_119.1 * 253), 10);
  });
});
