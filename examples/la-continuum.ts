// A local authority follows one child through the continuum of service: referral → assessment →
// strategy discussion → section 47 enquiry → initial child protection conference → child
// protection plan → review conferences → step down to a child in need plan → closure.
// It prints every statutory due date with its status and lists the ones that were missed.
// Run against the built package: `node --import tsx examples/la-continuum.ts`.
import {
  applyServiceEvent,
  createServiceTimeline,
  createWorkingDayCalendar,
  dueDates,
  isoDate,
  ServiceEventSchema,
  serviceState,
  ServiceTimelineIdSchema,
  ChildDetailsSchema,
  toChildRecord,
  type ServiceTimeline,
} from "kinsafe";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`la-continuum example: ${message}`);
}

const calendar = createWorkingDayCalendar(); // England and Wales bank holidays, 2010–2030
const child = ChildDetailsSchema.parse({ childId: "child-amy", la: "201", sex: "F", dob: "2016-09-12", ethnicity: "WBRI", disabilities: ["NONE"] });

const agencies = {
  chairId: "p-chair",
  attendees: [
    { personId: "p-mum", name: "Mum", role: "parent", attendance: "in-person", scaling: { score: 6, reason: "Amy is safe with me now that Dad has moved out" } },
    { personId: "p-gran", name: "Gran", role: "network", attendance: "in-person", scaling: { score: 5, reason: "I can have Amy after school every day" } },
    { personId: "p-sw", role: "social-worker", attendance: "in-person", scaling: { score: 3, reason: "Dad still visits when he has been drinking" } },
    { personId: "p-school", role: "professional", agency: "school", attendance: "in-person", scaling: { score: 4, reason: "Amy is coming to school on time" } },
    { personId: "p-police", role: "professional", agency: "police", attendance: "report-only" },
    { personId: "p-hv", role: "professional", agency: "school-nurse", attendance: "remote", scaling: { score: 4, reason: "Amy's health checks are up to date" } },
  ],
  decisions: [{ id: "d-1", text: "Gran and Mum agree a safety plan for when Dad visits", ownerId: "p-mum", dueBy: "2025-06-06", dissentIds: [] }],
};

const journey = [
  { id: "ref", type: "referral", date: "2025-04-14", referrer: { kind: "agency", agency: "school" }, primaryNeed: "N1" },
  { id: "dec", type: "referral-decision", date: "2025-04-15", decision: "assessment" },
  { id: "asm", type: "assessment-start", date: "2025-04-15", practice: { assessmentMapId: "map-amy", assessmentMapVersion: 1, variant: "safety" } },
  { id: "sd", type: "strategy-discussion", date: "2025-04-24", reasonableCauseToSuspectSignificantHarm: true, decision: "section-47", meeting: agencies },
  { id: "s47", type: "section-47-start", date: "2025-04-24", strategyDiscussionId: "sd" },
  { id: "s47o", type: "section-47-outcome", date: "2025-05-09", concerns: "substantiated", icpcRequired: true },
  // The conference is held on the 16th working day after the strategy discussion (the early May bank holiday falls in between).
  { id: "icpc", type: "initial-conference", date: "2025-05-19", kind: "initial", decision: "child-protection-plan", category: "NEG", meeting: agencies },
  { id: "cpp", type: "cp-plan-start", date: "2025-05-19", conferenceId: "icpc", category: "NEG", practice: { assessmentMapId: "map-amy", assessmentMapVersion: 2, safetyPlanId: "sp-amy-1", variant: "safety" } },
  { id: "v1", type: "visit", date: "2025-05-23", seenAlone: true },
  { id: "cg1", type: "core-group", date: "2025-05-30", meeting: agencies },
  { id: "v2", type: "visit", date: "2025-06-05", seenAlone: true },
  { id: "asc", type: "assessment-complete", date: "2025-06-10", outcome: "continue-current-plan", factors: ["1B", "3B"] },
  { id: "v3", type: "visit", date: "2025-06-19", seenAlone: true },
  { id: "rcpc1", type: "review-conference", date: "2025-08-15", decision: "continue-plan", meeting: agencies },
  { id: "rcpc2", type: "review-conference", date: "2026-01-20", decision: "end-plan", meeting: agencies },
  { id: "cpend", type: "cp-plan-end", date: "2026-01-20", stepDownTo: "child-in-need" },
  { id: "cin", type: "cin-plan-start", date: "2026-01-20", practice: { assessmentMapId: "map-amy", assessmentMapVersion: 4, safetyPlanId: "sp-amy-2", variant: "safety" } },
  { id: "v4", type: "visit", date: "2026-02-10", seenAlone: true },
  { id: "cinr", type: "cin-review", date: "2026-03-10", meeting: agencies },
  { id: "cinend", type: "cin-plan-end", date: "2026-05-01", next: "closure" },
  { id: "close", type: "closure", date: "2026-05-01", reason: "RC7" },
];

let timeline: ServiceTimeline = createServiceTimeline(ServiceTimelineIdSchema.parse("t-amy"), child);
for (const input of journey) {
  const event = ServiceEventSchema.parse(input);
  const result = applyServiceEvent(timeline, event);
  if (!result.ok) throw new Error(`la-continuum example: ${event.type} refused: ${result.findings.map((f) => f.code).join(", ")}`);
  for (const f of result.findings) console.log(`  note on ${event.type}: ${f.code}`);
  timeline = result.value;
}

// The journey is refused at the point a rule is broken: a second CP plan without a conference.
const refused = applyServiceEvent(timeline, ServiceEventSchema.parse({ id: "bad", type: "cp-plan-start", date: "2026-05-02", conferenceId: "icpc", category: "NEG" }));
check(!refused.ok && refused.findings.some((f) => f.code === "continuum/plan-without-conference-decision"), "a CP plan without a new conference is refused");

// Where the child was at each step.
for (const day of ["2025-04-20", "2025-05-01", "2025-06-01", "2026-02-01", "2026-05-02"]) {
  const state = serviceState(timeline, isoDate(day));
  console.log(`${day}: ${state.level}${state.overlays.length > 0 ? ` (+ ${state.overlays.join(", ")})` : ""}, map shown as ${state.mapVariant}`);
}

// Every statutory due date.
const asOf = isoDate("2026-05-02");
const { deadlines, findings } = dueDates(timeline, { calendar, asOf });
console.log("\nDue dates:");
for (const d of deadlines) {
  const done = d.doneOn === undefined ? "" : ` (done ${d.doneOn})`;
  console.log(`  ${d.kind.padEnd(18)} #${String(d.sequence)} due ${d.due}  ${d.status.padEnd(7)}${done}`);
}
const missed = deadlines.filter((d) => d.status === "missed" || d.status === "overdue");
console.log("\nMissed:");
for (const d of missed) console.log(`  ${d.kind} due ${d.due}: ${d.source}`);

// Key facts, checked.
check(findings.length === 0, "every deadline could be worked out");
const find = (kind: string, sequence = 1) => deadlines.find((d) => d.kind === kind && d.sequence === sequence);
check(find("referral-decision")?.status === "met", "the referral decision was made in 1 working day");
check(find("initial-conference")?.due === "2025-05-16" && find("initial-conference")?.status === "missed", "the ICPC was due on 16 May 2025 and held late");
check(find("assessment")?.status === "met", "the assessment was completed within 45 working days");
check(find("review-conference", 1)?.due === "2025-08-19" && find("review-conference", 1)?.status === "met", "the first review conference was within 3 months");
check(find("review-conference", 2)?.due === "2026-02-15" && find("review-conference", 2)?.status === "met", "the second review conference was within 6 months");
check(missed.some((d) => d.kind === "visit"), "some visits were late");
check(serviceState(timeline, asOf).level === "universal", "the case is closed");

const record = toChildRecord(timeline, { calendar });
const episode = record.cinEpisodes[0];
check(episode?.closureReason === "RC7" && episode.referralSource === "2A", "the CIN census episode has its source and closure reason");
check(episode?.cpPlans[0]?.reviewDates.length === 2 && episode.cinPlans.length === 1, "the CIN census record has the plan and its reviews");
check(episode?.section47s[0]?.icpcTargetDate === "2025-05-16", "the ICPC target date is 15 working days after the strategy discussion");
console.log(`\nChild record: ${String(record.cinEpisodes.length)} episode, ${String(episode?.cpPlans.length ?? 0)} CP plan, ${String(record.visits.length)} visits.`);
