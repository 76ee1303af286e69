import * as z from "zod";
import { ExtensionsSchema, MAX_TEXT_LENGTH, type DeepReadonly } from "../core";

const text = z.string().max(MAX_TEXT_LENGTH).trim().min(1);

/**
 * The units a timescale can be counted in. `working-days` exclude weekends and bank holidays
 * (the working-day calendar); `months` are calendar months (31 January + 1 month = 28 or 29
 * February); `weeks` are 7 calendar days; `hours` are counted from an instant.
 *
 * @category Continuum
 */
export const TIMESCALE_UNITS = ["working-days", "calendar-days", "weeks", "months", "hours"] as const;
/** A timescale unit (see {@link TIMESCALE_UNITS}). @category Continuum */
export const TimescaleUnitSchema = z.enum(TIMESCALE_UNITS);
/** @category Continuum */
export type TimescaleUnit = z.output<typeof TimescaleUnitSchema>;

/**
 * The events that start a statutory clock.
 *
 * @category Continuum
 */
export const CLOCK_STARTS = [
  "referral",
  "strategy-discussion",
  "section-47-start",
  "initial-conference",
  "previous-review-conference",
  "looked-after-start",
  "first-looked-after-review",
  "previous-looked-after-review",
  "proceedings-issued",
  "end-of-period-extended",
  "police-protection",
  "emergency-protection-order",
  "plan-start",
  "placement-start",
  "previous-visit",
  "previous-referral",
] as const;
/** A clock start (see {@link CLOCK_STARTS}). @category Continuum */
export const ClockStartSchema = z.enum(CLOCK_STARTS);
/** @category Continuum */
export type ClockStart = z.output<typeof ClockStartSchema>;

/**
 * One timescale as policy: how much time, in which unit, from which event, and where the rule
 * comes from.
 *
 * Counting starts the day after the clock start, so "within 45 working days of the referral"
 * is due on the 45th working day after the referral date. When the law says a period
 * "begins with" a day (care proceedings: 26 weeks beginning with the day the application was
 * issued), `countsStartDay` is `true` and that day is the first day of the period.
 *
 * @category Continuum
 */
export const TimescaleSchema = z.strictObject({
  /** How many units. */
  amount: z.number().int().min(1),
  unit: TimescaleUnitSchema,
  /** The event the clock starts from. */
  clockStart: ClockStartSchema,
  /** The period begins with the clock-start day (the due date is one day earlier than when counting from the next day). */
  countsStartDay: z.boolean(),
  /** The guidance or legislation the rule comes from, to cite to practitioners and auditors. */
  source: text,
});
/** @category Continuum */
export type Timescale = DeepReadonly<z.output<typeof TimescaleSchema>>;

/**
 * How often a child must be seen under one kind of plan: the first visit after the plan (or
 * placement) starts, then the interval between visits; for looked-after children a different
 * interval after the first year of a placement intended to last until the child is 18.
 *
 * @category Continuum
 */
export const VisitScheduleSchema = z.strictObject({
  /** The first visit after the start; `interval` when absent. */
  first: TimescaleSchema.optional(),
  /** The longest gap between visits. */
  interval: TimescaleSchema,
  /**
   * The longest gap after the first year of a placement intended to last until the child is 18
   * (looked-after children, CPPCR Regulations 2010 reg 28(2)(c)(i)); other placements keep
   * `interval` after their first year.
   */
  afterFirstYear: TimescaleSchema.optional(),
});
/** @category Continuum */
export type VisitSchedule = DeepReadonly<z.output<typeof VisitScheduleSchema>>;

/**
 * The policy of the continuum of service as data: statutory timescales, visit frequencies and
 * the local choices the rules depend on. Store it as JSON; start from
 * {@link DEFAULT_CONTINUUM_POLICY} (England) and override what the authority does differently.
 *
 * @category Continuum
 */
export const ContinuumPolicySchema = z.strictObject({
  timescales: z.strictObject({
    /** Decision on a referral (Working Together 2023). */
    referralDecision: TimescaleSchema,
    /** Child and family assessment, from the referral (Working Together 2023). */
    assessment: TimescaleSchema,
    /** Initial child protection conference; `clockStart` `strategy-discussion` (Working Together) or `section-47-start` (the CIN census measure). */
    initialConference: TimescaleSchema,
    /** First core group after the initial conference (a local rule); absent to not track it. */
    firstCoreGroup: TimescaleSchema.optional(),
    firstReviewConference: TimescaleSchema,
    subsequentReviewConference: TimescaleSchema,
    firstLookedAfterReview: TimescaleSchema,
    secondLookedAfterReview: TimescaleSchema,
    subsequentLookedAfterReview: TimescaleSchema,
    /** Care and supervision proceedings, from issue. */
    careProceedings: TimescaleSchema,
    /** The longest single extension of care proceedings. */
    careProceedingsExtension: TimescaleSchema,
    policeProtection: TimescaleSchema,
    emergencyProtectionOrder: TimescaleSchema,
    /** The longest extension of an emergency protection order. */
    emergencyProtectionOrderExtension: TimescaleSchema,
  }),
  /** How many times an emergency protection order may be extended (Children Act 1989 s45(6): once). */
  emergencyProtectionOrderExtensions: z.number().int().min(0),
  visits: z.strictObject({
    childInNeed: VisitScheduleSchema,
    childProtection: VisitScheduleSchema,
    lookedAfter: VisitScheduleSchema,
  }),
  /** The window in which a new referral counts as a re-referral. */
  reReferralWindow: TimescaleSchema,
  /** Whether a network meeting counts as a core group meeting (for authorities that run the core group as a safety network meeting). */
  networkMeetingCountsAsCoreGroup: z.boolean(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Continuum */
export type ContinuumPolicy = DeepReadonly<z.output<typeof ContinuumPolicySchema>>;

const WT2023 = "Working Together to Safeguard Children 2023";
const CPPCR = "Care Planning, Placement and Case Review (England) Regulations 2010";

/**
 * The England defaults of the continuum policy, each timescale with its source.
 *
 * - Referral decision: 1 working day from the referral (Working Together 2023).
 * - Child and family assessment: 45 working days from the referral (Working Together 2023).
 * - Initial child protection conference: 15 working days from the strategy discussion
 *   (Working Together 2023).
 * - First core group: 10 working days from the initial conference (local procedures).
 * - Review conferences: the first within 3 months of the initial conference, then at most every
 *   6 months (Working Together 2023).
 * - Looked-after reviews: 20 working days from becoming looked after, then 3 months, then every
 *   6 months (CPPCR Regulations 2010 reg 33).
 * - Care proceedings: 26 weeks beginning with the day of issue; extensions of up to 8 weeks
 *   each (Children Act 1989 s32, as amended by the Children and Families Act 2014 s14).
 * - Police protection: 72 hours (Children Act 1989 s46(6)).
 * - Emergency protection order: 8 days, one extension of up to 7 days (Children Act 1989 s45).
 * - Visits: child protection every 10 working days and child in need every 20 working days
 *   (common local defaults; there is no national figure); looked-after children within 1 week
 *   of the start of any placement, every 6 weeks in its first year, then every 3 months where
 *   the placement is intended to last until the child is 18 and every 6 weeks otherwise
 *   (CPPCR reg 28(2)).
 * - Re-referral: within 12 months of a previous referral, counted forward from it (DfE
 *   children in need statistics).
 *
 * The working-day figures from Working Together date from the 2013 edition and are carried in
 * every edition since.
 *
 * @category Continuum
 */
export const DEFAULT_CONTINUUM_POLICY = {
  timescales: {
    referralDecision: {
      amount: 1,
      unit: "working-days",
      clockStart: "referral",
      countsStartDay: false,
      source: `${WT2023}, chapter 2: a local authority social worker should acknowledge a referral and decide next steps within one working day of receiving it.`,
    },
    assessment: {
      amount: 45,
      unit: "working-days",
      clockStart: "referral",
      countsStartDay: false,
      source: `${WT2023}, chapter 2: the maximum timeframe for a child and family assessment to conclude is 45 working days from the point of referral.`,
    },
    initialConference: {
      amount: 15,
      unit: "working-days",
      clockStart: "strategy-discussion",
      countsStartDay: false,
      source: `${WT2023}, chapter 2: the initial child protection conference should take place within 15 working days of the strategy discussion, or of the last strategy discussion if there was more than one.`,
    },
    firstCoreGroup: {
      amount: 10,
      unit: "working-days",
      clockStart: "initial-conference",
      countsStartDay: false,
      source: "Local child protection procedures (inherited from Working Together 2010): the first core group meets within 10 working days of the initial conference. Not a national requirement since 2013.",
    },
    firstReviewConference: {
      amount: 3,
      unit: "months",
      clockStart: "initial-conference",
      countsStartDay: false,
      source: `${WT2023}, chapter 2: the first child protection review conference should be held within three months of the initial conference.`,
    },
    subsequentReviewConference: {
      amount: 6,
      unit: "months",
      clockStart: "previous-review-conference",
      countsStartDay: false,
      source: `${WT2023}, chapter 2: further review conferences at intervals of not more than six months while the child remains on a child protection plan.`,
    },
    firstLookedAfterReview: {
      amount: 20,
      unit: "working-days",
      clockStart: "looked-after-start",
      countsStartDay: false,
      source: `${CPPCR}, reg 33(1): the first review within 20 working days of the date on which the child becomes looked after.`,
    },
    secondLookedAfterReview: {
      amount: 3,
      unit: "months",
      clockStart: "first-looked-after-review",
      countsStartDay: false,
      source: `${CPPCR}, reg 33(2)(a): the second review not more than three months after the first.`,
    },
    subsequentLookedAfterReview: {
      amount: 6,
      unit: "months",
      clockStart: "previous-looked-after-review",
      countsStartDay: false,
      source: `${CPPCR}, reg 33(2)(b): subsequent reviews not more than six months after the previous one.`,
    },
    careProceedings: {
      amount: 26,
      unit: "weeks",
      clockStart: "proceedings-issued",
      countsStartDay: true,
      source: "Children Act 1989 s32(1)(a)(ii), as amended by the Children and Families Act 2014 s14: proceedings disposed of within 26 weeks beginning with the day on which the application was issued.",
    },
    careProceedingsExtension: {
      amount: 8,
      unit: "weeks",
      clockStart: "end-of-period-extended",
      countsStartDay: false,
      source: "Children Act 1989 s32(5) and (8), as amended by the Children and Families Act 2014 s14: an extension only when necessary to resolve the proceedings justly, each ending no more than 8 weeks after the end of the period it extends.",
    },
    policeProtection: {
      amount: 72,
      unit: "hours",
      clockStart: "police-protection",
      countsStartDay: false,
      source: "Children Act 1989 s46(6): no child may be kept in police protection for more than 72 hours.",
    },
    emergencyProtectionOrder: {
      amount: 8,
      unit: "calendar-days",
      clockStart: "emergency-protection-order",
      countsStartDay: false,
      source: "Children Act 1989 s45(1): an emergency protection order has effect for a period not exceeding eight days; s45(3): after police protection, the eight days begin with the first day of police protection.",
    },
    emergencyProtectionOrderExtension: {
      amount: 7,
      unit: "calendar-days",
      clockStart: "end-of-period-extended",
      countsStartDay: false,
      source: "Children Act 1989 s45(5) and (6): the court may extend the order once, for a period not exceeding seven days.",
    },
  },
  emergencyProtectionOrderExtensions: 1,
  visits: {
    childInNeed: {
      interval: {
        amount: 20,
        unit: "working-days",
        clockStart: "previous-visit",
        countsStartDay: false,
        source: "Local policy default: a child on a child in need plan seen at least every 20 working days. Working Together 2023 sets no national frequency.",
      },
    },
    childProtection: {
      interval: {
        amount: 10,
        unit: "working-days",
        clockStart: "previous-visit",
        countsStartDay: false,
        source: "Local policy default: a child on a child protection plan seen at least every 10 working days. Working Together 2023 sets no national frequency.",
      },
    },
    lookedAfter: {
      first: {
        amount: 1,
        unit: "weeks",
        clockStart: "placement-start",
        countsStartDay: false,
        source: `${CPPCR}, reg 28(2)(a): a visit within one week of the start of any placement.`,
      },
      interval: {
        amount: 6,
        unit: "weeks",
        clockStart: "previous-visit",
        countsStartDay: false,
        source: `${CPPCR}, reg 28(2)(b) and (c)(ii): visits at intervals of not more than six weeks for the first year of any placement, and after it where the placement is not intended to last until the child is 18.`,
      },
      afterFirstYear: {
        amount: 3,
        unit: "months",
        clockStart: "previous-visit",
        countsStartDay: false,
        source: `${CPPCR}, reg 28(2)(c)(i): after the first year of the placement, at intervals of not more than three months where the placement is intended to last until the child is 18.`,
      },
    },
  },
  reReferralWindow: {
    amount: 12,
    unit: "months",
    clockStart: "previous-referral",
    countsStartDay: false,
    source: "DfE, Children in need statistics, methodology: a re-referral is a referral within 12 months of a previous referral of the same child (counted forward from the previous referral).",
  },
  networkMeetingCountsAsCoreGroup: false,
} as const satisfies ContinuumPolicy;
