// A quality assurance trial, as the England Innovations Project ran it: twelve families' case
// files are audited with both built-in tools (the mapping audit and the safety-planning audit),
// some collaboratively with the worker, the family, a manager or a partner agency, some from the
// file; one team adds a criterion to the mapping audit. kinsafe suggests each answer from the
// case file and the auditors confirm or change it. The script prints the trial feedback table
// (audits per tool, collaborative or file and with whom, mean per criterion, adjustments), the
// practice metrics and the case dashboard (the five flags, plus overdue due dates for the
// families whose service timeline is recorded).
// Run against the built package: `node --import tsx examples/qa-trial.ts`.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- the twelve variations edit the family as plain JSON before createCaseFile parses it. */
import {
  applyServiceEvent,
  applyToolAdjustments,
  AuditRecordSchema,
  BUILT_IN_AUDIT_TOOLS,
  caseDashboardRow,
  ChildDetailsSchema,
  computePracticeMetrics,
  createCaseFile,
  createServiceTimeline,
  isoDate,
  MAPPING_AUDIT_TOOL,
  SAFETY_PLANNING_AUDIT_TOOL,
  ServiceEventSchema,
  ServiceTimelineIdSchema,
  suggestAuditAnswers,
  summariseAudits,
  ToolAdjustmentSchema,
  type AuditRecord,
  type CaseFile,
  type CaseFileInit,
  type PracticeMetricResult,
  type ServiceTimeline,
} from "kinsafe";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`qa-trial example: ${message}`);
}

const asOf = isoDate("2025-06-01");

// The family of the worked case: Kerry lives with Amy (7) and Ben (4); Lee, their dad, lives
// apart and has hit Amy when drinking. Gran, Auntie Jo and Michelle are the safety network.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- plain JSON, checked by createCaseFile
type Json = any;

function family(n: number): Json {
  const adult = (id: string, name: string, household: string, rel: string): Json => ({ id, name, kind: "adult", householdId: household, relationships: [{ toId: "amy", kind: rel }] });
  const pro = (id: string, name: string, agency: string): Json => ({ id, name, kind: "adult", professional: { agency }, relationships: [{ toId: "amy", kind: "professional" }] });
  const judgement = (id: string, raterId: string, raterRole: string, value: number, on: string): Json => ({ id, raterId, raterRole, value, on, reason: "What is working and what still worries us" });
  const consent = { child: { status: "given", on: "2025-03-21" }, parent: { status: "given", personId: "kerry", on: "2025-03-21" } };
  const rule = (id: string, kind: string, subject: string, text: string, dangerIds: string[], responsible: string, monitor: string, professional: string, bottomLineIds: string[]): Json => ({
    id, kind, text, dangerIds, bottomLineIds, subjectIds: [subject], responsibleIds: [responsible], when: "every day",
    monitors: [{ personId: monitor, as: "network" }, { personId: professional, as: "professional" }],
    triggers: ["Lee comes to the house after drinking"], ifBroken: { action: "The children go to Gran's", whoTellsIds: [monitor], tellWithinHours: 24 },
    childVersion: text, agreedBy: [{ personId: "kerry", on: "2025-03-28" }, { personId: monitor, on: "2025-03-28" }],
  });
  return {
    id: `case-${String(n + 1).padStart(2, "0")}`,
    childIds: ["amy", "ben"],
    people: [
      { id: "amy", name: "Amy", kind: "child", householdId: "home", relationships: [] },
      { id: "ben", name: "Ben", kind: "child", householdId: "home", relationships: [] },
      adult("kerry", "Kerry", "home", "mother"),
      adult("lee", "Lee", "lee", "father"),
      adult("gran", "Gran", "gran", "grandparent"),
      adult("jo", "Auntie Jo", "jo", "aunt-or-uncle"),
      adult("michelle", "Michelle", "michelle", "neighbour"),
      pro("sarah", "Sarah (social worker)", "children-social-care"),
      pro("patel", "Mrs Patel (school)", "school"),
    ],
    maps: [
      {
        id: "map-1", version: 1, childIds: ["amy", "ben"], variant: "safety", date: "2025-03-20", authorId: "sarah",
        participants: [{ personId: "sarah", role: "worker" }, { personId: "kerry", role: "parent" }, { personId: "gran", role: "network" }],
        harm: [{ id: "h-1", text: "In February Lee hit Amy across the face after drinking and she had a red mark on her cheek", actorIds: ["lee"], behaviour: "hit Amy across the face", childIds: ["amy"], when: { on: "2025-02-14" }, impact: "a red mark on her cheek; Amy was scared to go home", status: "substantiated", positions: [] }],
        dangers: [
          { id: "d-drink", text: "Children's Services are worried that when Lee has been drinking he may hit Amy or Ben again and they could be badly hurt", worriedParties: ["Children's Services"], actorIds: ["lee"], behaviour: "hitting the children", context: "when Lee has been drinking", childIds: ["amy", "ben"], impactIfNothingChanges: "Amy and Ben could be injured and grow up frightened", disputedBy: [], positions: [] },
          { id: "d-rows", text: "Children's Services are worried that when Kerry and Lee argue, Amy and Ben will see things thrown and could be hurt", worriedParties: ["Children's Services"], actorIds: ["kerry", "lee"], behaviour: "throwing things", context: "when Kerry and Lee argue", childIds: ["amy", "ben"], impactIfNothingChanges: "Amy and Ben will stay frightened at home", disputedBy: [], positions: [] },
        ],
        complicatingFactors: [], greyAreas: [],
        strengths: [{ id: "s-1", text: "Kerry gets Amy to school on time every day", personIds: ["kerry"], observedBy: ["school"] }],
        existingSafety: [{ id: "e-1", text: "Gran has taken the children to her house when Lee turned up after drinking", actorIds: ["gran"], dangerIds: ["d-drink"], demonstratedSince: "2025-01-01", observedBy: ["Kerry"] }],
        goals: [
          { id: "g-drink", dangerId: "d-drink", owner: "agency", text: "Amy and Ben see Lee only at Gran's with Gran there, and Lee is sober", who: ["Lee", "Gran"], protectiveBehaviours: ["Gran stays for every visit"], sustainFor: { amount: 3, unit: "months" }, monitoredBy: ["Gran"] },
          { id: "g-rows", dangerId: "d-rows", owner: "agency", text: "Amy and Ben live in a calm home where grown-ups sort things out by talking", who: ["Kerry", "Lee"], protectiveBehaviours: ["Kerry and Lee talk about the children by phone"], sustainFor: { amount: 6, unit: "weeks" }, monitoredBy: ["Jo"] },
        ],
        nextSteps: [{ id: "n-1", text: "Sarah writes the Words and Pictures story with Kerry", ownerId: "sarah", due: "2025-03-24", status: "done", goalIds: ["g-drink"] }],
        scales: [
          { id: "sc-o", subject: { kind: "overall" }, anchors: { zero: "The children cannot live at home", ten: "Safe enough to close" }, polarity: "safety-high", judgements: [judgement("j1", "sarah", "worker", 3, "2025-03-20"), judgement("j2", "kerry", "parent", 6, "2025-03-20")] },
          { id: "sc-d", subject: { kind: "danger", dangerId: "d-drink" }, anchors: { zero: "Lee will hurt the children", ten: "Safe with Lee" }, polarity: "safety-high", judgements: [judgement("j3", "sarah", "worker", 3, "2025-03-20"), judgement("j5", "lee", "parent", 7, "2025-03-20")] },
          { id: "sc-r", subject: { kind: "danger", dangerId: "d-rows" }, anchors: { zero: "More violence at home", ten: "Home is calm" }, polarity: "safety-high", judgements: [judgement("j4", "sarah", "worker", 4, "2025-03-20"), judgement("j6", "kerry", "parent", 6, "2025-03-20")] },
        ],
        childVoiceIds: ["th-amy", "th-ben"],
      },
    ],
    childVoice: [
      ...["amy", "ben"].map((c) => ({ id: `th-${c}`, tool: "three-houses", childId: c, date: "2025-03-21", facilitatorId: "sarah", consent, sharedWith: [], items: [{ id: "w", section: "worries", text: "Daddy shouting", isChildsExactWords: true }, { id: "g", section: "good-things", text: "Nanny's garden", isChildsExactWords: true }, { id: "d", section: "dreams", text: "A calm house", isChildsExactWords: true }] })),
      { id: "wp-plan", tool: "words-and-pictures", childId: "amy", date: "2025-04-02", facilitatorId: "sarah", consent, purpose: "safety-plan", audiences: ["amy", "ben"], authoredWith: ["kerry"], version: 1, pages: [{ id: "p1", number: 1, heading: "safety-plan-rule", text: "Dad sees us at Nanny's" }], sharedWith: [{ id: "s1", audience: "parent", personIds: ["kerry", "amy", "ben"], on: "2025-04-02", how: "shown-in-person" }] },
    ],
    network: {
      id: "net-1",
      members: ["gran", "jo", "michelle"].map((personId) => ({ personId, foundBy: "family", willingness: "willing", roles: ["checking-in"], joinedOn: "2025-03-20", staysAfterClosure: "yes" })),
      informing: ["gran", "jo", "michelle"].map((personId) => ({ id: `inf-${personId}`, personId, mapId: "map-1", mapVersion: 1, method: "network-meeting", on: "2025-03-26", byId: "sarah" })),
      meetings: [{ id: "nm-1", date: "2025-03-28", attendeeIds: ["kerry", "gran", "jo", "michelle", "sarah"], facilitatorId: "sarah", decisions: ["Try the plan from 1 April"] }],
    },
    plans: [
      {
        id: "plan-1", version: 1, mapId: "map-1", status: "active",
        statusHistory: [{ status: "draft", on: "2025-03-28" }, { status: "trial", on: "2025-04-01" }, { status: "active", on: "2025-04-29" }],
        rules: [
          rule("r-1", "supervised-contact", "lee", "Lee sees Amy and Ben at Gran's house with Gran there for the whole visit", ["d-drink"], "gran", "gran", "sarah", ["bl-1"]),
          rule("r-2", "checking-in", "kerry", "Jo rings Kerry every evening and visits on Sundays", ["d-rows"], "jo", "jo", "patel", []),
        ],
        reviews: [{ id: "rev-1", date: "2025-05-14", judgements: [judgement("rj1", "sarah", "worker", 6, "2025-05-14"), judgement("rj2", "kerry", "parent", 7, "2025-05-14")], decisions: ["The plan stays active"] }],
      },
    ],
    monitoring: ["2025-05-24", "2025-05-31"].flatMap((date) => [
      { id: `m-1-${date}`, planId: "plan-1", ruleId: "r-1", date, byId: "gran", role: "network", outcome: "followed" },
      { id: `m-2-${date}`, planId: "plan-1", ruleId: "r-2", date, byId: "jo", role: "network", outcome: "followed" },
      { id: `p-1-${date}`, planId: "plan-1", ruleId: "r-1", date, byId: "sarah", role: "professional", outcome: "followed" },
      { id: `p-2-${date}`, planId: "plan-1", ruleId: "r-2", date, byId: "patel", role: "professional", outcome: "followed" },
    ]),
    bottomLines: [{ id: "bl-1", kind: "no-unsupervised-contact", statement: "Lee does not see Amy and Ben without a safe adult from the network there", personId: "lee", rationaleDangerIds: ["d-drink"], setBy: "sarah", setOn: "2025-03-20" }],
  };
}

// Twelve families: the same practice, with the gaps a real caseload has.
const variations: readonly ((f: Json) => void)[] = [
  () => undefined,
  (f) => { f.plans = []; f.monitoring = []; }, // no safety plan yet
  (f) => { f.network.informing = f.network.informing.slice(0, 1); }, // two members not told
  (f) => { f.childVoice = f.childVoice.filter((r: Json) => r.id !== "th-ben"); f.maps[0].childVoiceIds = ["th-amy"]; }, // Ben not heard
  (f) => { delete f.maps[0].goals[1].sustainFor; delete f.maps[0].scales[1].anchors; }, // goal without duration, scale without anchors
  (f) => { f.monitoring = []; }, // no monitoring recorded
  (f) => { f.maps[0].harm[0].impact = undefined; delete f.maps[0].harm[0].impact; f.maps[0].dangers[1].worriedParties = []; },
  (f) => { f.maps = []; f.plans = []; f.monitoring = []; f.network.informing = []; f.bottomLines = []; }, // new case: not mapped yet
  (f) => { for (const m of f.network.members) m.staysAfterClosure = "unknown"; },
  (f) => { f.plans[0].rules[1].triggers = []; f.plans[0].rules[1].monitors = [f.plans[0].rules[1].monitors[1]]; }, // a rule without triggers or network monitor
  (f) => { delete f.network; f.plans = []; f.monitoring = []; }, // no network yet
  (f) => { f.plans[0].reviews[0].judgements = []; }, // review without scaling
];
const cases: CaseFile[] = variations.map((vary, i) => {
  const json: Json = family(i);
  vary(json);
  return createCaseFile(json as CaseFileInit);
});

// A child protection journey for the first three families, to show overdue deadlines.
function timeline(n: number): ServiceTimeline {
  const child = ChildDetailsSchema.parse({ childId: `child-${String(n)}`, la: "201", sex: "F", dob: "2017-09-02", ethnicity: "WBRI", disabilities: ["NONE"] });
  let t = createServiceTimeline(ServiceTimelineIdSchema.parse(`t-${String(n)}`), child);
  const meeting = { attendees: [], decisions: [] };
  const events = [
    { id: "ref", type: "referral", date: "2025-03-03", referrer: { kind: "agency", agency: "school" }, primaryNeed: "N1" },
    { id: "dec", type: "referral-decision", date: "2025-03-04", decision: "strategy-discussion" },
    { id: "sd", type: "strategy-discussion", date: "2025-03-05", reasonableCauseToSuspectSignificantHarm: true, decision: "section-47", meeting },
    { id: "s47", type: "section-47-start", date: "2025-03-05", strategyDiscussionId: "sd" },
    { id: "s47o", type: "section-47-outcome", date: "2025-03-14", concerns: "substantiated", icpcRequired: true },
    { id: "icpc", type: "initial-conference", date: "2025-03-20", kind: "initial", decision: "child-protection-plan", category: "PHY", meeting },
    { id: "cpp", type: "cp-plan-start", date: "2025-03-20", conferenceId: "icpc", category: "PHY" },
    ...(n === 0 ? [{ id: "cg", type: "core-group", date: "2025-03-31", meeting }] : []),
  ];
  for (const e of events) {
    const r = applyServiceEvent(t, ServiceEventSchema.parse(e));
    if (!r.ok) throw new Error(`qa-trial example: ${e.type} refused`);
    t = r.value;
  }
  return t;
}

// The audits: kinsafe suggests, the auditors confirm; every third mapping audit adds a criterion.
const culture = ToolAdjustmentSchema.parse({
  type: "add-criterion",
  sectionId: "map-record",
  criterion: { id: "map-culture", text: "The family's culture and identity are recorded.", guidance: "Ask the family how they describe themselves.", scale: { kind: "presence" } },
  reason: "The team wanted identity in the rubric",
});
const withWhom = [["worker", "family"], ["worker", "manager"], ["family", "partner"]] as const;
const audits: AuditRecord[] = cases.flatMap((caseFile, i) =>
  [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL].map((published, t) => {
    const adjustments = t === 0 && i % 3 === 2 ? [culture] : [];
    const used = applyToolAdjustments(published, adjustments);
    const { suggestions } = suggestAuditAnswers(used, caseFile, { asOf });
    const answers = suggestions.map((s) => ({
      criterionId: s.criterionId,
      // The auditors judge what kinsafe cannot see (here: the family's culture is recorded).
      value: s.value ?? "yes",
      ...(s.value === undefined ? {} : { suggested: s.value }),
      ...(s.findings.length === 0 ? {} : { comment: s.findings.map((f) => f.finding.code).join(", ") }),
    }));
    const collaborative = (i + t) % 2 === 0;
    return AuditRecordSchema.parse({
      id: `audit-${caseFile.id}-${published.id}`,
      toolId: published.id,
      toolVersion: published.version,
      caseFileId: caseFile.id,
      date: "2025-06-02",
      auditorIds: ["tm-jane"],
      mode: collaborative ? { kind: "collaborative", with: withWhom[i % 3] } : { kind: "file" },
      answers,
      adjustments,
    });
  }),
);

// The trial feedback table.
const summary = summariseAudits(audits, BUILT_IN_AUDIT_TOOLS);
check(summary.audits === 24 && summary.collaborative + summary.file === 24, "24 audits, each collaborative or file");
console.log(`Trial feedback: ${String(summary.audits)} audits, ${String(summary.collaborative)} collaborative, ${String(summary.file)} file audits\n`);
for (const tool of summary.byTool) {
  const who = Object.entries(tool.with).map(([p, n]) => `${p} ${String(n)}`).join(", ");
  console.log(`${tool.title} (v${tool.versions.join(", ")}): ${String(tool.audits)} audits; collaborative ${String(tool.collaborative)} (${who}); file ${String(tool.file)}; adjusted ${String(tool.adjustedAudits)}`);
  console.log(`  ${"criterion".padEnd(12)} ${"mean".padStart(5)}  distribution`);
  for (const c of tool.criteria) {
    const dist = Object.entries(c.distribution).map(([v, n]) => `${v}:${String(n)}`).join(" ");
    console.log(`  ${c.criterionId.padEnd(12)} ${(c.mean === null ? "-" : c.mean.toFixed(1)).padStart(5)}  ${dist}${c.added ? "  (added)" : ""}`);
  }
  for (const a of tool.adjustments) console.log(`  adjustment: ${a.type} ${a.target} in ${String(a.count)} audit(s)`);
  console.log("");
}
const mapping = summary.byTool.find((t) => t.toolId === "mapping-audit");
check(mapping?.adjustedAudits === 4 && mapping.adjustments[0]?.target === "map-culture", "four mapping audits used the adjusted tool");

// The practice metrics and the dashboard.
const practiceCases = cases.map((caseFile, i) => (i < 3 ? { caseFile, timelines: [timeline(i)] } : caseFile));
const metrics = computePracticeMetrics(practiceCases, { snapshot: asOf, audits: { records: audits, tools: BUILT_IN_AUDIT_TOOLS, period: { start: isoDate("2025-04-01"), end: isoDate("2026-03-31") } } });
const show = (m: PracticeMetricResult): string =>
  m.value === null ? "n/a" : m.unit === "percent" ? `${m.value.toFixed(1)}% (${String(m.numerator)} of ${String(m.denominator)})` : String(m.value);
console.log("Practice metrics on 1 June 2025:");
for (const m of Object.values(metrics)) console.log(`  ${m.id.padEnd(28)} ${show(m)}`);
check(metrics["practice.case-flags"]?.denominator === 12, "twelve open cases");
check((metrics["practice.bottom-lines-met"]?.numerator ?? 0) > 0, "some plans meet their bottom lines");

console.log("\nCase dashboard on 1 June 2025:");
console.log(`  ${"case".padEnd(8)} map  danger  voice  network  plan  overdue`);
const tick = (b: boolean): string => (b ? "yes" : "-");
for (const c of practiceCases) {
  const row = caseDashboardRow(c, { asOf });
  const f = row.flags;
  const overdue = row.overdue === undefined ? "" : row.overdue.map((d) => `${d.kind} (due ${d.due})`).join("; ") || "none";
  console.log(`  ${row.caseFileId.padEnd(8)} ${tick(f.map).padEnd(4)} ${tick(f.dangerStatements).padEnd(7)} ${tick(f.childVoice).padEnd(6)} ${tick(f.network).padEnd(8)} ${tick(f.safetyPlan).padEnd(5)} ${overdue}`);
}
check(caseDashboardRow(practiceCases[1]!, { asOf }).flags.safetyPlan === false, "case 2 has no plan");
check((caseDashboardRow(practiceCases[1]!, { asOf }).overdue?.length ?? 0) > 0, "case 2 has overdue deadlines");
