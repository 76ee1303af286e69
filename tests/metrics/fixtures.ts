import * as fc from "fast-check";
import { type CoreDataSetResult, type MetricResult } from "../../src/metrics";
import { PLAN_TYPES, type ChildRecord } from "../../src/records";

// Builders of canonical child records for the metrics tests. Records are built as plain JSON
// (the shape callers give) and cast: the engine validates them.

type Json = Record<string, unknown>;

export function episode(id: string, referralDate: string, extra: Json = {}): Json {
  return { id, referralDate, referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [], ...extra };
}

export function cpPlan(id: string, startDate: string, endDate?: string, numberOfPreviousCpp = 0): Json {
  return { id, startDate, ...(endDate === undefined ? {} : { endDate }), initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousCpp, reviewDates: [] };
}

export function lac(id: string, decom: string, ls: string, extra: Json = {}): Json {
  return { id, startDate: decom, reasonForNewEpisode: "S", legalStatus: ls, placementType: "U4", ...extra };
}

export function child(childId: string, parts: Partial<Record<keyof ChildRecord, unknown>> = {}): ChildRecord {
  return {
    child: { childId, disabilities: [] },
    cinEpisodes: [],
    earlyHelpEpisodes: [],
    lookedAfterEpisodes: [],
    lookedAfterReviews: [],
    missing: [],
    visits: [],
    careProceedings: [],
    ...parts,
  } as unknown as ChildRecord;
}

// ---- fast-check arbitraries of valid records (dates 2021-2026, inside the default calendar)

const FIRST = Date.UTC(2021, 0, 1);
const DAYS = 6 * 365;
export const arbDate = (): fc.Arbitrary<string> => fc.integer({ min: 0, max: DAYS }).map((d) => new Date(FIRST + d * 86_400_000).toISOString().slice(0, 10));
/** Dates from `from` (a `YYYY-MM-DD` date) for `days` days. */
export const arbDateFrom = (from: string, days: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: days }).map((d) => new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10));
const arbId = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const small = <T>(a: fc.Arbitrary<T>, max = 3): fc.Arbitrary<T[]> => fc.array(a, { maxLength: max });

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const arbAssessment = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc.record({ id: arbId, startDate: date, authorisationDate: opt(date), factors: small(fc.constantFrom("3B", "4B", "16A", "17A", "24A", "21")) }).map(clean);
const arbS47 = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({ id: arbId, startDate: date, strategyDiscussionDate: opt(date), icpcDate: opt(date), icpcNotRequired: opt(fc.boolean()) })
  .map(clean);
const arbCp = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({
    id: arbId,
    startDate: date,
    endDate: opt(date),
    initialCategory: opt(fc.constantFrom("NEG", "PHY", "EMO")),
    latestCategory: opt(fc.constantFrom("NEG", "SAB")),
    numberOfPreviousCpp: opt(fc.nat(3)),
    reviewDates: small(date, 2),
  })
  .map(clean);
const arbPlan = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc.record({ id: arbId, startDate: date, endDate: opt(date) }).map(clean);
const arbEpisode = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({
    id: arbId,
    referralDate: date,
    referralSource: opt(fc.constantFrom("1A", "2A", "3E", "5D", "6", "10")),
    primaryNeed: opt(fc.constantFrom("N1", "N4")),
    referralNfa: opt(fc.boolean()),
    closureDate: opt(date),
    closureReason: opt(fc.constantFrom("RC1", "RC7", "RC8", "RC9")),
    episodeIcpcDate: opt(date),
    assessments: small(arbAssessment(date)),
    cinPlans: small(arbPlan(date), 2),
    section47s: small(arbS47(date), 2),
    cpPlans: small(arbCp(date), 2),
  })
  .map(clean);
const arbLac = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({
    id: arbId,
    startDate: date,
    reasonForNewEpisode: fc.constantFrom("S", "L", "P", "T", "B", "U"),
    legalStatus: fc.constantFrom("C2", "V2", "V3", "V4", "C1", "E1", "J1", "L1", "D1"),
    categoryOfNeed: opt(fc.constantFrom("N1", "N4")),
    placementType: fc.constantFrom("U4", "K2", "U1", "U6", "A3", "P1", "K3", "T0", "Z11", "R1", "A4", "A5"),
    placementProvider: opt(fc.constantFrom("PR1", "PR4")),
    endDate: opt(date),
    reasonEpisodeCeased: opt(fc.constantFrom("X1", "E4A", "E13", "X1", "E11", "E45", "E8", "E17", "E12")),
    reasonForPlacementChange: opt(fc.constantFrom("CARPL", "OTHER")),
  })
  // a reason for a placement change only on an episode that ended
  .map((e) => clean(e.endDate === undefined ? { ...e, reasonForPlacementChange: undefined } : e));
const arbMissing = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc.record({ id: arbId, missingType: fc.constantFrom("M", "A"), startDate: date, endDate: opt(date) }).map(clean);
const arbYear = opt(fc.integer({ min: 2015, max: 2027 }));
const arbOc2 = fc
  .record({
    id: arbId,
    year: arbYear,
    sdqScore: opt(fc.integer({ min: 0, max: 40 })),
    sdqReason: opt(fc.constantFrom("SDQ1", "SDQ4")),
    convicted: opt(fc.boolean()),
    healthCheck: opt(fc.boolean()),
    immunisations: opt(fc.boolean()),
    teethCheck: opt(fc.boolean()),
    healthAssessment: opt(fc.boolean()),
    substanceMisuse: opt(fc.boolean()),
    interventionReceived: opt(fc.boolean()),
    interventionOffered: opt(fc.boolean()),
  })
  .map(clean);
const arbOc3 = fc.record({ id: arbId, year: arbYear, inTouch: opt(fc.constantFrom("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")), activity: opt(fc.constantFrom("F1", "P2", "F3", "F4", "P5", "G4", "G5", "G6", "0", "X9")), accommodation: opt(fc.constantFrom("S1", "T2", "0", "B1", "Z2", "01", "U3", "Q1")) }).map(clean);
const arbAd1 = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({ id: arbId, year: arbYear, decisionDate: opt(date), matchDate: opt(date), fosterCarerAdoption: opt(fc.boolean()), numberOfAdopters: opt(fc.integer({ min: 1, max: 2 })), adopterSex: opt(fc.constantFrom("MF", "F1")), adopterLegalStatus: opt(fc.constantFrom("L0", "L11")) })
  .map(clean);
const arbPlacedAdoption = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc.record({ id: arbId, year: arbYear, decisionDate: opt(date), ceasedDate: opt(date), ceasedReason: opt(fc.constantFrom("RD1", "RD4")) }).map(clean);
const arbVisit = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc.record({ id: arbId, date: date, planTypes: fc.subarray([...PLAN_TYPES]), seenAlone: opt(fc.boolean()) }).map(clean);
const arbCourt = (date: fc.Arbitrary<string>): fc.Arbitrary<object> => fc
  .record({ id: arbId, preProceedingsStart: opt(date), issueDate: opt(date), timetableExtensions: fc.constant([]), finalOrderDate: opt(date), finalOrder: opt(fc.constantFrom("care-order", "no-order")) })
  .map(clean);

/**
 * Valid child records whose dates are drawn from `date` (default {@link arbDate}, 2021-2026).
 */
export const arbChildRecord = (date: fc.Arbitrary<string> = arbDate()): fc.Arbitrary<ChildRecord> =>
  fc
    .record({
      child: fc.record({ childId: arbId, upn: opt(fc.constant("A12345678901B")), sex: opt(fc.constantFrom("M", "F", "U")), dob: opt(fc.oneof(date, arbDateFrom("2005-01-01", 6000))), expectedDob: opt(date), disabilities: small(fc.constantFrom("NONE", "AUT"), 1), uasc: opt(fc.boolean()) }).map(clean),
      cinEpisodes: small(arbEpisode(date), 4),
      earlyHelpEpisodes: small(fc.record({ id: arbId, startDate: date, endDate: opt(date) }).map(clean), 2),
      lookedAfterEpisodes: small(arbLac(date), 3),
      lookedAfterReviews: fc.constant([]),
      missing: small(arbMissing(date), 2),
      visits: small(arbVisit(date), 6),
      careProceedings: small(arbCourt(date), 2),
      lookedAfterOutcomes: opt(small(arbOc2, 2)),
      careLeaverOutcomes: opt(small(arbOc3, 2)),
      adoptions: opt(small(arbAd1(date), 1)),
      adoptionDecisions: opt(small(arbPlacedAdoption(date), 2)),
    })
    .map((r) => clean(r) as unknown as ChildRecord);

/** Every figure of a result, headline and breakdown entries at every depth. */
export function allFigures(result: CoreDataSetResult): MetricResult[] {
  const out: MetricResult[] = [];
  const walk = (r: MetricResult): void => {
    out.push(r);
    for (const b of Object.values(r.breakdown ?? {})) walk(b);
  };
  for (const m of Object.values(result.metrics)) if (m !== undefined) walk(m);
  return out;
}
