import { describe, expect, it } from "vitest";
import {
  assessedNotInNeedRate,
  assessmentDuration,
  assessments,
  attainment,
  computeMetric,
  icpcs,
  icpcTimeliness,
  injuryAdmissions,
  nfaRate,
  offencesAgainstChildren,
  openPlans,
  planDuration,
  referralOutcome,
  referralRate,
  referrals,
  referralSource,
  referralToDecision,
  repeatPlans,
  reReferralRate,
  s47Enquiries,
  seenPerPlan,
  timeThroughCourt,
  timeToCourt,
} from "../../src/metrics";
import { child, cpPlan, episode, lac } from "./fixtures";

// Every metric on a small hand-built cohort, expected values worked out in the comments.
// Period: the collection year 2025 = 2024-04-01 .. 2025-03-31; snapshot 2025-03-31.
// England and Wales bank holidays used below: 2024-05-06, 2024-05-27, 2024-08-26.
const year = { period: { year: 2025 } } as const;
const population = { children0to17: 50_000, vintage: "ONS mid-2024 (test)" };

// Referral cohort:
// A: 2023-06-15 and 2024-06-15: exactly 12 months later -> re-referral (boundary inclusive).
// B: 2024-05-01, NFA; a later referral 2025-05-02 is outside the period.
// C: 2024-02-29 and 2025-02-28 (leap year): 2025-02-28 - 12 months = 2024-02-28 <= 2024-02-29 -> re-referral.
// D: 2024-04-10, closed RC8 after assessment.
// E: 2023-06-14 and 2024-06-15: 12 months and 1 day -> not a re-referral; closed RC9.
// In period: A 2024-06-15, B 2024-05-01, C 2025-02-28, D 2024-04-10, E 2024-06-15 = 5 referrals, 5 children.
const referralCohort = [
  child("A", { cinEpisodes: [episode("a1", "2023-06-15", { referralSource: "1A", closureDate: "2023-07-01", closureReason: "RC7" }), episode("a2", "2024-06-15", { referralSource: "1B", cpPlans: [cpPlan("p", "2024-07-01")] })] }),
  child("B", { cinEpisodes: [episode("b1", "2024-05-01", { referralSource: "2A", referralNfa: true, closureDate: "2024-05-01", closureReason: "RC7" }), episode("b2", "2025-05-02")] }),
  child("C", { cinEpisodes: [episode("c1", "2024-02-29", { closureDate: "2024-03-10", closureReason: "RC7" }), episode("c2", "2025-02-28", { referralSource: "3E" })] }),
  child("D", {
    cinEpisodes: [episode("d1", "2024-04-10", { referralSource: "6", closureDate: "2024-06-01", closureReason: "RC8", assessments: [{ id: "x", startDate: "2024-04-11", authorisationDate: "2024-05-30", factors: ["21"] }] })],
  }),
  child("E", { cinEpisodes: [episode("e1", "2023-06-14"), episode("e2", "2024-06-15", { closureDate: "2024-07-01", closureReason: "RC9", assessments: [{ id: "y", startDate: "2024-06-16", authorisationDate: "2024-06-30", factors: [] }] })] }),
];

describe("activity metrics", () => {
  it("counts referrals and children referred", () => {
    // #region referrals
    const r = referrals(referralCohort, year);
    // r.value === 5 (referrals dated 2024-04-01..2025-03-31); r.breakdown.children.value === 5
    // #endregion referrals
    expect(r.value).toBe(5);
    expect(r.breakdown?.["children"]?.value).toBe(5);
    expect(r.unit).toBe("count");
  });

  it("gives a rate per 10,000 only with a population", () => {
    // #region referral-rate
    const r = referralRate(referralCohort, { ...year, population });
    // 5 / 50,000 x 10,000 = 1 per 10,000
    // #endregion referral-rate
    expect(r.value).toBe(1);
    expect(r.denominator).toBe(50_000);
    const none = referralRate(referralCohort, year);
    expect(none.value).toBeNull();
    expect(none.notes.join(" ")).toMatch(/population/);
  });

  it("finds re-referrals within 12 months, boundary and leap years included", () => {
    // #region re-referral-rate
    const r = reReferralRate(referralCohort, year);
    // A (exactly 12 months) and C (29 Feb 2024 -> 28 Feb 2025) are re-referrals: 2 / 5 = 40%
    // #endregion re-referral-rate
    expect(r.numerator).toBe(2);
    expect(r.denominator).toBe(5);
    expect(r.value).toBe(40);
    expect(r.breakdown?.["children"]?.value).toBe(40);
  });

  it("breaks referrals down by source group and code", () => {
    // #region referral-source
    const r = referralSource(referralCohort, year);
    // A 1B, B 2A, C 3E, D 6, E not recorded: each group 20%
    // #endregion referral-source
    expect(r.value).toBeNull();
    expect(r.breakdown?.["1"]?.value).toBe(20);
    expect(r.breakdown?.["1"]?.breakdown?.["1B"]?.value).toBe(20);
    expect(r.breakdown?.["1"]?.breakdown?.["1A"]?.value).toBe(0);
    expect(r.breakdown?.["6"]?.value).toBe(20);
    expect(r.breakdown?.["not-recorded"]?.value).toBe(20);
  });

  it("classifies referrals by the furthest level reached", () => {
    // F: referral 2024-07-01, looked after (C2) from 2024-08-01 -> lac.
    // G: referral 2024-07-01, only a V3 short break -> not lac; assessment authorised, open -> cin.
    const cohort = [
      ...referralCohort,
      child("F", { cinEpisodes: [episode("f", "2024-07-01")], lookedAfterEpisodes: [lac("l", "2024-08-01", "C2")] }),
      child("G", { cinEpisodes: [episode("g", "2024-07-01", { assessments: [{ id: "z", startDate: "2024-07-02", authorisationDate: "2024-07-20", factors: [] }] })], lookedAfterEpisodes: [lac("l", "2024-08-01", "V3")] }),
    ];
    // #region referral-outcome
    const r = referralOutcome(cohort, year);
    // 7 referrals: A cp, B nfa, C pending (open, not assessed), D nfa (RC8), E early-help (RC9), F lac, G cin
    // #endregion referral-outcome
    const share = (k: string): number | null | undefined => r.breakdown?.[k]?.numerator;
    expect(r.denominator).toBe(7);
    expect([share("lac"), share("cp"), share("cin"), share("early-help"), share("nfa"), share("pending")]).toEqual([1, 1, 1, 1, 2, 1]);
  });

  it("gives the NFA and assessed-not-in-need rates", () => {
    // #region nfa-rate
    const r = nfaRate(referralCohort, year);
    // B only: 1 / 5 = 20%
    // #endregion nfa-rate
    expect(r.value).toBe(20);
    // #region assessed-not-in-need
    const a = assessedNotInNeedRate(referralCohort, year);
    // D (RC8) and E (RC9): 2 / 5 = 40%
    // #endregion assessed-not-in-need
    expect(a.value).toBe(40);
    expect(a.breakdown?.["RC8"]?.numerator).toBe(1);
  });

  it("counts assessments, section 47 enquiries and conferences", () => {
    // #region assessments
    const r = assessments(referralCohort, { ...year, population });
    // D authorised 2024-05-30, E 2024-06-30: 2 assessments, 2 children, 0.4 per 10,000
    // #endregion assessments
    expect(r.value).toBe(2);
    expect(r.breakdown?.["per10k"]?.value).toBeCloseTo(0.4, 12);
    const cohort = [
      child("S", {
        cinEpisodes: [
          episode("s", "2024-05-01", {
            section47s: [
              { id: "q1", startDate: "2024-05-20", icpcDate: "2024-06-11", icpcNotRequired: false },
              { id: "q2", startDate: "2024-03-20", icpcDate: "2024-04-05", icpcNotRequired: false },
              { id: "q3", startDate: "2025-03-31", icpcNotRequired: true },
            ],
            episodeIcpcDate: "2024-06-11",
          }),
          episode("t", "2024-09-01", { episodeIcpcDate: "2024-09-10" }),
        ],
      }),
    ];
    // #region s47
    const s = s47Enquiries(cohort, year);
    // q1 (2024-05-20) and q3 (2025-03-31, the last day); q2 started before the period: 2
    // #endregion s47
    expect(s.value).toBe(2);
    expect(s.breakdown?.["children"]?.value).toBe(1);
    // #region icpcs
    const c = icpcs(cohort, year);
    // q1's conference 2024-06-11, q2's 2024-04-05, episode t's own 2024-09-10; episode s's
    // episode-level date repeats q1's conference and is not counted twice: 3
    // #endregion icpcs
    expect(c.value).toBe(3);
  });
});

describe("timeliness metrics", () => {
  // Assessments: same day (0); Fri 2024-05-03 -> Fri 2024-05-10 across the 6 May bank holiday
  // (7, 8, 9, 10 May = 4); Mon 2024-09-02 -> Mon 2024-11-11 (10 whole weeks = 50); one
  // authorised before the period (excluded).
  const cohort = [
    child("T", {
      cinEpisodes: [
        episode("t1", "2024-05-02", {
          assessments: [
            { id: "a", startDate: "2024-05-03", authorisationDate: "2024-05-10", factors: [] },
            { id: "b", startDate: "2024-06-03", authorisationDate: "2024-06-03", factors: [] },
          ],
        }),
        episode("t2", "2024-08-30", { assessments: [{ id: "c", startDate: "2024-09-02", authorisationDate: "2024-11-11", factors: [] }] }),
        episode("t0", "2024-03-01", { assessments: [{ id: "d", startDate: "2024-03-01", authorisationDate: "2024-03-28", factors: [] }] }),
      ],
    }),
  ];

  it("measures assessment duration in working days", () => {
    // #region assessment-duration
    const r = assessmentDuration(cohort, year);
    // durations 0, 4, 50: median 4; quartiles 2 and 27 (interpolated); 2 of 3 within 45
    // #endregion assessment-duration
    expect(r.value).toBe(4);
    expect(r.denominator).toBe(3);
    expect(r.breakdown?.["lower-quartile"]?.value).toBe(2);
    expect(r.breakdown?.["upper-quartile"]?.value).toBe(27);
    expect(r.breakdown?.["within-45"]?.value).toBeCloseTo(200 / 3, 12);
    const bands = r.breakdown?.["bands"]?.breakdown;
    expect([bands?.["0"]?.numerator, bands?.["1-10"]?.numerator, bands?.["46-50"]?.numerator, bands?.["61+"]?.numerator]).toEqual([1, 1, 1, 0]);
  });

  it("measures referral to decision from the referral", () => {
    // #region referral-to-decision
    const r = referralToDecision(cohort, year);
    // t1: first assessment a (starts 3 May) authorised 10 May; Thu 2 May -> Fri 10 May = 3, 7, 8, 9, 10 May = 5
    // t2: Fri 30 Aug -> Mon 11 Nov = 51 (2 Sep .. 11 Nov is 50, plus 2 Sep itself); median of 5, 51 = 28
    // #endregion referral-to-decision
    expect(r.denominator).toBe(2);
    expect(r.value).toBe(28);
    expect(r.breakdown?.["within-45"]?.value).toBe(50);
  });

  it("measures the initial conference on the 15th working day across a bank holiday", () => {
    // S47 Mon 2024-05-20; 27 May is a bank holiday: 21-24 May (4), 28-31 May (8), 3-7 Jun (13),
    // 10 Jun (14), 11 Jun (15). ICPC 2024-06-11 = 15 working days (on time); 2024-06-12 = 16.
    const icpcCohort = [
      child("I", {
        cinEpisodes: [
          episode("i", "2024-05-15", {
            section47s: [
              { id: "s1", startDate: "2024-05-20", strategyDiscussionDate: "2024-05-17", icpcDate: "2024-06-11", icpcNotRequired: false },
              { id: "s2", startDate: "2024-05-20", icpcDate: "2024-06-12", icpcNotRequired: false },
            ],
          }),
        ],
      }),
    ];
    // #region icpc-timeliness
    const r = icpcTimeliness(icpcCohort, year);
    // 15 and 16 working days: median 15.5, 50% within 15; from the strategy discussion (Fri 17 May): 16
    // #endregion icpc-timeliness
    expect(r.value).toBe(15.5);
    expect(r.breakdown?.["within-15"]?.value).toBe(50);
    expect(r.breakdown?.["bands"]?.breakdown?.["11-15"]?.numerator).toBe(1);
    expect(r.breakdown?.["bands"]?.breakdown?.["16-20"]?.numerator).toBe(1);
    expect(r.breakdown?.["from-strategy-discussion"]?.value).toBe(16);
  });

  const court = [
    child("K", {
      careProceedings: [
        // 2024-01-01 -> 2024-04-01 = 91 days = 13 weeks to court; 2024-04-01 -> 2024-09-30 = 182 days = 26 weeks through
        { id: "k1", preProceedingsStart: "2024-01-01", issueDate: "2024-04-01", timetableExtensions: [], finalOrderDate: "2024-09-30", finalOrder: "care-order" },
        // no pre-proceedings (excluded from to-court); 2024-05-01 -> 2025-01-01 = 245 days = 35 weeks
        { id: "k2", issueDate: "2024-05-01", timetableExtensions: [], finalOrderDate: "2025-01-01", finalOrder: "supervision-order" },
      ],
    }),
  ];

  it("measures weeks to court", () => {
    // #region to-court
    const r = timeToCourt(court, year);
    // k1 only: 13 weeks; k2 had no pre-proceedings (a note says so)
    // #endregion to-court
    expect(r.value).toBe(13);
    expect(r.denominator).toBe(1);
    expect(r.notes.join(" ")).toMatch(/1 applications issued without pre-proceedings/);
  });

  it("measures weeks through court", () => {
    // #region through-court
    const r = timeThroughCourt(court, year);
    // 26 and 35 weeks: median 30.5; 1 of 2 within 26 weeks
    // #endregion through-court
    expect(r.value).toBe(30.5);
    expect(r.breakdown?.["within-26-weeks"]?.value).toBe(50);
  });
});

describe("plan metrics", () => {
  it("counts children with open plans at the snapshot, V3/V4 excluded", () => {
    const cohort = [
      // CP plan ending on 31 March: not open at the 31 March snapshot.
      child("P1", { cinEpisodes: [episode("e", "2023-01-01", { cpPlans: [cpPlan("p", "2023-03-01", "2025-03-31")] })] }),
      // Open CP plan, child in need.
      child("P2", { cinEpisodes: [episode("e", "2024-09-01", { cpPlans: [cpPlan("p", "2024-10-01")] })] }),
      // Short break only (V3): not looked after; a C2 episode open at the snapshot is.
      child("P3", { lookedAfterEpisodes: [lac("l", "2024-01-01", "V3")] }),
      child("P4", { lookedAfterEpisodes: [lac("l", "2024-01-01", "C2")] }),
      // NFA referral, open: not a child in need.
      child("P5", { cinEpisodes: [episode("e", "2025-03-01", { referralNfa: true })] }),
    ];
    // #region open-plans
    const r = openPlans(cohort, { ...year, population });
    // children in need at 31 March 2025: P1 and P2 (open episodes, not NFA) = 2; CP plan open: P2 only; looked after: P4 only
    // #endregion open-plans
    expect(r.value).toBe(2);
    expect(r.breakdown?.["cp"]?.value).toBe(1);
    expect(r.breakdown?.["lac"]?.value).toBe(1);
    expect(r.breakdown?.["cp"]?.breakdown?.["per10k"]?.value).toBeCloseTo(0.2, 12);
    // The day before, P1's plan is still open.
    expect(openPlans(cohort, { ...year, snapshot: "2025-03-30" }).breakdown?.["cp"]?.value).toBe(2);
  });

  it("measures the duration of plans ending, with calendar months", () => {
    const cohort = [
      // 2024-06-01 -> 2024-09-01: exactly 3 months: "3 months or less".
      child("D1", { cinEpisodes: [episode("e", "2024-05-01", { cpPlans: [cpPlan("p", "2024-06-01", "2024-09-01")] })] }),
      // 2023-03-01 -> 2025-03-31 (ends on 31 March, in the period): 2 years or more.
      child("D2", { cinEpisodes: [episode("e", "2023-02-01", { cpPlans: [cpPlan("p", "2023-03-01", "2025-03-31")] })] }),
      // Leap year: 2024-02-29 + 12 months = 2025-02-28, so ending 2025-02-28 lasted 1 year.
      child("D3", { cinEpisodes: [episode("e", "2024-02-01", { cpPlans: [cpPlan("p", "2024-02-29", "2025-02-28")] })] }),
    ];
    // #region plan-duration
    const r = planDuration(cohort, year);
    // 3 CP plans ending; 1 lasted 2 years or more: 33.3...%
    // #endregion plan-duration
    expect(r.numerator).toBe(1);
    expect(r.denominator).toBe(3);
    const cp = r.breakdown?.["cp"];
    expect(cp?.breakdown?.["1-year-or-more"]?.numerator).toBe(2);
    expect(cp?.breakdown?.["more-than-6-months"]?.numerator).toBe(2);
    const bands = cp?.breakdown?.["bands"]?.breakdown;
    expect([bands?.["3-months-or-less"]?.numerator, bands?.["3-to-6-months"]?.numerator, bands?.["6-months-to-1-year"]?.numerator, bands?.["1-to-2-years"]?.numerator, bands?.["2-years-or-more"]?.numerator]).toEqual([1, 0, 0, 1, 1]);
  });

  it("finds repeat plans within 12 and 24 months, and second or subsequent plans", () => {
    const cohort = [
      // previous plan ended 2023-07-01, new one 2024-07-01: exactly 12 months -> within 12 (and 24).
      child("R1", { cinEpisodes: [episode("e", "2023-01-01", { cpPlans: [cpPlan("p1", "2023-01-10", "2023-07-01"), cpPlan("p2", "2024-07-01", undefined, 1)] })] }),
      // previous ended 2022-09-01, new 2024-08-01: within 24 months only.
      child("R2", { cinEpisodes: [episode("e", "2022-01-01", { cpPlans: [cpPlan("p1", "2022-02-01", "2022-09-01"), cpPlan("p2", "2024-08-01")] })] }),
      // first plan.
      child("R3", { cinEpisodes: [episode("e", "2024-05-01", { cpPlans: [cpPlan("p", "2024-05-10")] })] }),
      // NumberOfPreviousCPP 2 (plans in another authority): second or subsequent, no window.
      child("R4", { cinEpisodes: [episode("e", "2024-05-01", { cpPlans: [cpPlan("p", "2024-05-10", undefined, 2)] })] }),
    ];
    // #region repeat-plans
    const r = repeatPlans(cohort, year);
    // 4 children starting a CP plan; R1, R2, R4 had a previous plan: 75%
    // #endregion repeat-plans
    expect(r.value).toBe(75);
    const cp = r.breakdown?.["cp"]?.breakdown;
    expect(cp?.["within-12-months"]?.value).toBe(25);
    expect(cp?.["within-24-months"]?.value).toBe(50);
  });

  it("checks visits against the plan's interval", () => {
    // CP plan Mon 2024-06-03 .. Mon 2024-07-01. V1: visits 10 Jun (5 WD), 21 Jun (9 WD), then 6 WD to the end: seen.
    // V2: one visit on 20 Jun, 13 WD after the start: not seen. Default CP interval 10 working days.
    const plan = episode("e", "2024-06-01", { cpPlans: [cpPlan("p", "2024-06-03", "2024-07-01")] });
    const cohort = [
      child("V1", { cinEpisodes: [plan], visits: [{ id: "v1", date: "2024-06-10", planTypes: ["cp"] }, { id: "v2", date: "2024-06-21", planTypes: ["cp"] }] }),
      child("V2", { cinEpisodes: [plan], visits: [{ id: "v1", date: "2024-06-20", planTypes: ["cp"] }] }),
    ];
    // #region seen
    const r = seenPerPlan(cohort, year);
    // 1 of 2 children seen as required: 50%
    // #endregion seen
    expect(r.value).toBe(50);
    expect(r.breakdown?.["cp"]?.value).toBe(50);
    expect(r.breakdown?.["early-help"]?.notes.join(" ")).toMatch(/no interval/);
    // A looser policy: every 15 working days.
    expect(seenPerPlan(cohort, { ...year, visitPolicy: { cp: { unit: "workingDays", value: 15 } } }).value).toBe(100);
  });

  it("uses 6 weeks in the first year of a placement, then 3 months, for looked-after children", () => {
    // Placement from 2023-01-01 (more than a year before the period): 3-month rule. Visits 2024-03-15,
    // 2024-06-14 (<= 15 Jun), 2024-09-14, 2024-12-13, 2025-03-12; period end 31 Mar is within 3 months. Seen.
    const visits = ["2024-03-15", "2024-06-14", "2024-09-14", "2024-12-13", "2025-03-12"].map((date, i) => ({ id: `v${String(i)}`, date, planTypes: ["lac"] }));
    const settled = child("L1", { lookedAfterEpisodes: [lac("l", "2023-01-01", "C2")], visits });
    // New placement 2024-06-01: 6-week rule; visits 2024-07-20 (49 days): not seen.
    const fresh = child("L2", { lookedAfterEpisodes: [lac("l", "2024-06-01", "C2")], visits: [{ id: "v", date: "2024-07-20", planTypes: ["lac"] }] });
    const r = computeMetric([settled, fresh], "plans.seen-per-plan", year);
    expect(r.breakdown?.["lac"]?.numerator).toBe(1);
    expect(r.breakdown?.["lac"]?.denominator).toBe(2);
  });
});

describe("outcome metrics", () => {
  it("joins attainment scores by child id or UPN", () => {
    const cohort = [
      child("O1", { cinEpisodes: [episode("e", "2024-05-01", { cpPlans: [cpPlan("p", "2024-05-10")] })] }),
      child("O2", { lookedAfterEpisodes: [lac("l", "2024-01-01", "C2")] }),
      { ...child("O3"), child: { childId: "O3", upn: "A12345678901B", disabilities: [] }, earlyHelpEpisodes: [{ id: "h", startDate: "2024-04-01" }] },
    ];
    // #region attainment
    const r = attainment(cohort, { ...year, outcomes: { attainment: { measure: "Attainment 8", scores: [{ childId: "O1", score: 30 }, { childId: "O2", score: 20 }, { upn: "A12345678901B", score: 40 }] } } });
    // O1 in CIN and CP (episode of need open), O2 in LAC, O3 in early help: mean (30 + 20 + 40) / 3 = 30
    // #endregion attainment
    expect(r.value).toBe(30);
    expect(r.breakdown?.["cp"]?.value).toBe(30);
    expect(r.breakdown?.["lac"]?.value).toBe(20);
    expect(r.breakdown?.["early-help"]?.value).toBe(40);
    expect(r.breakdown?.["cin"]?.denominator).toBe(1);
  });

  it("gives outcome rates per 10,000 from the counts given", () => {
    // #region outcome-rates
    const offences = offencesAgainstChildren({ ...year, population, outcomes: { offencesAgainstChildren: 120 } });
    // 120 / 50,000 x 10,000 = 24
    // #endregion outcome-rates
    expect(offences.value).toBe(24);
    expect(injuryAdmissions({ ...year, population, outcomes: { injuryAdmissions: 35 } }).value).toBe(7);
    expect(injuryAdmissions({ ...year, population }).value).toBeNull();
  });
});

describe("computeMetric", () => {
  it("computes one metric by id", () => {
    // #region compute-metric
    const r = computeMetric(referralCohort, "activity.nfa-rate", year);
    // r.id === "activity.nfa-rate"; r.value === 20
    // #endregion compute-metric
    expect(r.id).toBe("activity.nfa-rate");
    expect(r.value).toBe(20);
  });
});
