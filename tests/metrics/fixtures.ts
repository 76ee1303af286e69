import * as fc from "fast-check";
import { PLAN_TYPES, type ChildRecord } from "../../src/metrics";

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
  return { id, decom, rne: "S", ls, place: "U4", ...extra };
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
const arbId = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const small = <T>(a: fc.Arbitrary<T>, max = 3): fc.Arbitrary<T[]> => fc.array(a, { maxLength: max });

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const arbAssessment = fc.record({ id: arbId, startDate: arbDate(), authorisationDate: opt(arbDate()), factors: small(fc.constantFrom("3B", "4B", "21")) }).map(clean);
const arbS47 = fc
  .record({ id: arbId, startDate: arbDate(), strategyDiscussionDate: opt(arbDate()), icpcDate: opt(arbDate()), icpcNotRequired: fc.boolean() })
  .map(clean);
const arbCp = fc
  .record({
    id: arbId,
    startDate: arbDate(),
    endDate: opt(arbDate()),
    initialCategory: fc.constantFrom("NEG", "PHY", "EMO"),
    latestCategory: fc.constantFrom("NEG", "SAB"),
    numberOfPreviousCpp: fc.nat(3),
    reviewDates: small(arbDate(), 2),
  })
  .map(clean);
const arbPlan = fc.record({ id: arbId, startDate: arbDate(), endDate: opt(arbDate()) }).map(clean);
const arbEpisode = fc
  .record({
    id: arbId,
    referralDate: arbDate(),
    referralSource: opt(fc.constantFrom("1A", "2A", "3E", "5D", "6", "10")),
    primaryNeed: opt(fc.constantFrom("N1", "N4")),
    referralNfa: fc.boolean(),
    closureDate: opt(arbDate()),
    closureReason: opt(fc.constantFrom("RC1", "RC7", "RC8", "RC9")),
    episodeIcpcDate: opt(arbDate()),
    assessments: small(arbAssessment),
    cinPlans: small(arbPlan, 2),
    section47s: small(arbS47, 2),
    cpPlans: small(arbCp, 2),
  })
  .map(clean);
const arbLac = fc
  .record({
    id: arbId,
    decom: arbDate(),
    rne: fc.constantFrom("S", "L", "P"),
    ls: fc.constantFrom("C2", "V2", "V3", "V4"),
    place: fc.constantFrom("U4", "K2"),
    dec: opt(arbDate()),
    rec: opt(fc.constantFrom("X1", "E4A", "E13")),
  })
  .map(clean);
const arbVisit = fc.record({ id: arbId, date: arbDate(), planTypes: fc.subarray([...PLAN_TYPES]), seenAlone: opt(fc.boolean()) }).map(clean);
const arbCourt = fc
  .record({ id: arbId, preProceedingsStart: opt(arbDate()), issueDate: opt(arbDate()), extensions: fc.constant([]), finalOrderDate: opt(arbDate()), finalOrder: opt(fc.constantFrom("care-order", "no-order")) })
  .map(clean);

export const arbChildRecord = (): fc.Arbitrary<ChildRecord> =>
  fc
    .record({
      child: fc.record({ childId: arbId, upn: opt(fc.constant("A12345678901B")), sex: opt(fc.constantFrom("M", "F", "U")), dob: opt(arbDate()), disabilities: small(fc.constantFrom("NONE", "AUT"), 1) }).map(clean),
      cinEpisodes: small(arbEpisode, 4),
      earlyHelpEpisodes: small(fc.record({ id: arbId, startDate: arbDate(), endDate: opt(arbDate()) }).map(clean), 2),
      lookedAfterEpisodes: small(arbLac, 3),
      lookedAfterReviews: fc.constant([]),
      missing: fc.constant([]),
      visits: small(arbVisit, 6),
      careProceedings: small(arbCourt, 2),
    })
    .map((r) => r as unknown as ChildRecord);
