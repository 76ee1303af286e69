import type { FactKind } from "../../CoreDataSet";
import { C, H } from "../layout";
import { CIN } from "./activity";
import { BEFORE_REFERRAL, type Band, durations, excluded, metric, negNote, OUTSIDE_CALENDAR, outsideNote } from "./entry";

// The timeliness family: how long assessments, conferences and care proceedings took.

const COURT: readonly FactKind[] = ["care-proceedings"];

/** The DfE bands of assessment durations (working days). @internal */
export const DFE_ASSESSMENT_BANDS: readonly Band[] = [
  { key: "0", label: "Same day", from: 0, to: 0 },
  { key: "1-10", label: "1 to 10 working days", from: 1, to: 10 },
  { key: "11-20", label: "11 to 20 working days", from: 11, to: 20 },
  { key: "21-30", label: "21 to 30 working days", from: 21, to: 30 },
  { key: "31-40", label: "31 to 40 working days", from: 31, to: 40 },
  { key: "41-45", label: "41 to 45 working days", from: 41, to: 45 },
  { key: "46-50", label: "46 to 50 working days", from: 46, to: 50 },
  { key: "51-60", label: "51 to 60 working days", from: 51, to: 60 },
  { key: "61+", label: "61 working days or more", from: 61, to: Infinity },
];

/** The bands of initial conference timeliness (working days). @internal */
export const ICPC_BANDS: readonly Band[] = [
  { key: "0-10", label: "0 to 10 working days", from: 0, to: 10 },
  { key: "11-15", label: "11 to 15 working days", from: 11, to: 15 },
  { key: "16-20", label: "16 to 20 working days", from: 16, to: 20 },
  { key: "21+", label: "21 working days or more", from: 21, to: Infinity },
];

/** @internal */
export const TIMELINESS = [
  metric({
    id: "timeliness.assessment-duration",
    family: "timeliness",
    label: "Assessment duration (median)",
    unit: "workingDays",
    countingUnit: "assessments",
    needs: { facts: CIN },
    build: ({ g, h }, m) =>
      durations(m.id, m.label, "workingDays", "assessments", h(H.ASM), 1, {
        bands: DFE_ASSESSMENT_BANDS,
        within: { key: "within-45", label: "Completed within 45 working days", max: 45 },
        notes: [
          "Working days from assessment start to authorisation, for assessments authorised in the period.",
          ...negNote(g(C.ASM_NEG), "assessments", "authorised before they started"),
          ...outsideNote(g(C.ASM_OOC), "assessments"),
          ...negNote(g(C.ASM_PRE_REF), "assessments", BEFORE_REFERRAL.assessment),
        ],
        excluded: excluded([g(C.ASM_NEG), "authorised before it started"], [g(C.ASM_OOC), OUTSIDE_CALENDAR], [g(C.ASM_PRE_REF), BEFORE_REFERRAL.assessment]),
      }),
  }),
  metric({
    id: "timeliness.referral-to-decision",
    family: "timeliness",
    label: "Working days from referral to the decision whether the child is in need (median)",
    unit: "workingDays",
    countingUnit: "assessments",
    needs: { facts: CIN },
    build: ({ g, h }, m) =>
      durations(m.id, m.label, "workingDays", "assessments", h(H.R2D), 1, {
        within: { key: "within-45", label: "Decided within 45 working days of referral", max: 45 },
        notes: [
          "Working days from referral to authorisation of the episode's first assessment, for first assessments authorised in the period.",
          ...negNote(g(C.R2D_NEG), "assessments", "the decision is dated before the referral"),
          ...outsideNote(g(C.R2D_OOC), "assessments"),
        ],
        excluded: excluded([g(C.R2D_NEG), "the decision is dated before the referral"], [g(C.R2D_OOC), OUTSIDE_CALENDAR]),
      }),
  }),
  metric({
    id: "timeliness.icpc",
    family: "timeliness",
    label: "Working days from section 47 start to initial conference (median)",
    unit: "workingDays",
    countingUnit: "conferences",
    needs: { facts: CIN, breakdown: { "from-strategy-discussion": { facts: ["cin-episodes", "strategy-discussions"] } } },
    build: ({ g, h }, m) => {
      const sd = durations(`${m.id}/from-strategy-discussion`, "Working days from strategy discussion to initial conference (median)", "workingDays", "conferences", h(H.ICPC_SD), 1, {
        bands: ICPC_BANDS,
        within: { key: "within-15", label: "Held within 15 working days of the strategy discussion", max: 15 },
        notes: [
          "Conferences whose section 47 enquiry records the strategy discussion date (Working Together).",
          ...negNote(g(C.ICPC_SD_NEG), "conferences", "held before the strategy discussion"),
          ...outsideNote(g(C.ICPC_SD_OOC), "conferences"),
        ],
        excluded: excluded([g(C.ICPC_SD_NEG), "held before the strategy discussion"], [g(C.ICPC_SD_OOC), OUTSIDE_CALENDAR]),
      });
      return durations(m.id, m.label, "workingDays", "conferences", h(H.ICPC), 1, {
        bands: ICPC_BANDS,
        within: { key: "within-15", label: "Held within 15 working days of the section 47 start", max: 15 },
        notes: [
          "Conferences held in the period with a preceding section 47 enquiry; episode-level conferences have no start to measure from and are excluded.",
          ...negNote(g(C.ICPC_NEG), "conferences", "held before the section 47 enquiry started"),
          ...outsideNote(g(C.ICPC_OOC), "conferences"),
          ...negNote(g(C.ICPC_PRE_REF), "conferences", BEFORE_REFERRAL.s47),
        ],
        excluded: excluded([g(C.ICPC_NEG), "held before the section 47 enquiry started"], [g(C.ICPC_OOC), OUTSIDE_CALENDAR], [g(C.ICPC_PRE_REF), BEFORE_REFERRAL.s47]),
        extra: { "from-strategy-discussion": sd },
      });
    },
  }),
  metric({
    id: "timeliness.to-court",
    family: "timeliness",
    label: "Weeks from pre-proceedings to issue of care proceedings (median)",
    unit: "weeks",
    countingUnit: "proceedings",
    needs: { facts: COURT },
    build: ({ g, h }, m) => {
      const np = g(C.COURT_NO_PRE);
      return durations(m.id, m.label, "weeks", "proceedings", h(H.TO_COURT), 1 / 7, {
        notes: [
          "Calendar weeks (days / 7) from the start of pre-proceedings to the issue of the application, for applications issued in the period.",
          ...(np > 0 ? [`${String(np)} applications issued without pre-proceedings are excluded.`] : []),
          ...negNote(g(C.COURT_NEG), "applications", "issued before pre-proceedings started"),
        ],
        excluded: excluded([g(C.COURT_NEG), "issued before pre-proceedings started"]),
      });
    },
  }),
  metric({
    id: "timeliness.through-court",
    family: "timeliness",
    label: "Weeks from issue of care proceedings to final order (median)",
    unit: "weeks",
    countingUnit: "proceedings",
    needs: { facts: COURT },
    build: ({ g, h }, m) => {
      const ni = g(C.THROUGH_NO_ISSUE);
      return durations(m.id, m.label, "weeks", "proceedings", h(H.THROUGH), 1 / 7, {
        within: { key: "within-26-weeks", label: "Concluded within 26 weeks", max: 182 },
        notes: [
          "Calendar weeks (days / 7) from issue to final order, for proceedings concluded in the period.",
          ...(ni > 0 ? [`${String(ni)} final orders without an issue date are excluded.`] : []),
          ...negNote(g(C.THROUGH_NEG), "proceedings", "the final order is dated before the issue"),
        ],
        excluded: excluded([g(C.THROUGH_NEG), "the final order is dated before the issue"]),
      });
    },
  }),
] as const;
