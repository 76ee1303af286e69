// The worked case of the safety-planning guide: Kerry lives with Amy (7) and Ben (4); Lee, their
// dad, lives apart and has hit Amy when drinking. The family found a safety network (Gran, Auntie
// Jo, Michelle) and told it the worries through a Words and Pictures story; the network built a
// plan with four rules; the plan has been monitored for two months, with one breach on 10 May
// (Lee came round after drinking), reported to Children's Services the same evening and
// resolved at a network meeting on 14 May. Every step is an audited change of the case file.
// The script prints the bottom-line report as of 1 June 2025 and checks each verdict.
// Run against the built package: `node --import tsx examples/worked-case.ts`.
import {
  applyCaseFileChange,
  createCaseFile,
  evaluateBottomLines,
  formatBottomLineReport,
  isoDate,
  isoDateTime,
  personId,
  undoLastCaseFileChange,
  type CaseFile,
  type CaseFileCommand,
} from "kinsafe";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`worked-case example: ${message}`);
}

const adult = (id: string, name: string, householdId: string, agency?: "children-social-care" | "school" | "health-visitor") => ({
  id,
  name,
  kind: "adult" as const,
  ...(agency === undefined ? { householdId } : { professional: { agency } }),
  relationships: [{ toId: "amy", kind: agency === undefined ? ("other-relative" as const) : ("professional" as const) }],
});

let caseFile: CaseFile = createCaseFile({
  id: "case-amy-ben",
  childIds: ["amy", "ben"],
  people: [
    { id: "amy", name: "Amy", kind: "child", householdId: "home", relationships: [] },
    { id: "ben", name: "Ben", kind: "child", householdId: "home", relationships: [] },
    adult("kerry", "Kerry", "home"),
    adult("lee", "Lee", "lee"),
    adult("gran", "Gran", "gran"),
    adult("jo", "Auntie Jo", "jo"),
    adult("michelle", "Michelle", "michelle"),
    adult("sarah", "Sarah (social worker)", "", "children-social-care"),
    adult("school", "Mrs Patel (school)", "", "school"),
  ],
});

const record = (on: string, reason: string, command: CaseFileCommand): void => {
  caseFile = applyCaseFileChange(caseFile, command, { at: isoDateTime(`${on}T17:00:00Z`), by: personId("sarah"), reason }).next;
};

// 1. The assessment map: two danger statements, their goals, and the overall scale.
record("2025-03-20", "Mapping meeting", {
  type: "add-map-version",
  map: {
    id: "map-1", version: 1, childIds: ["amy", "ben"], variant: "safety", date: "2025-03-20", authorId: "sarah", participants: [],
    harm: [{ id: "h-1", text: "In February Lee hit Amy across the face after drinking and she had a red mark on her cheek", actorIds: ["lee"], childIds: ["amy"], status: "substantiated", positions: [] }],
    dangers: [
      { id: "d-drink", text: "Children's Services are worried that when Lee has been drinking he may hit Amy or Ben and they could be badly hurt", worriedParties: ["Children's Services"], actorIds: ["lee"], childIds: ["amy", "ben"], disputedBy: [], positions: [] },
      { id: "d-arguments", text: "Children's Services are worried that Amy and Ben will see Kerry and Lee fight and be frightened or hurt", worriedParties: ["Children's Services"], actorIds: ["kerry", "lee"], childIds: ["amy", "ben"], disputedBy: [], positions: [] },
    ],
    complicatingFactors: [], greyAreas: [], strengths: [], existingSafety: [], nextSteps: [],
    goals: [
      { id: "g-drink", dangerId: "d-drink", owner: "agency", text: "Amy and Ben only see Lee when Gran is with them and Lee is sober", who: ["Gran", "Lee"], protectiveBehaviours: ["Gran is there for every visit"], sustainFor: { amount: 3, unit: "months" }, monitoredBy: ["Gran"] },
      { id: "g-arguments", dangerId: "d-arguments", owner: "agency", text: "Amy and Ben live in a calm home and know who to call if they are scared", who: ["Kerry", "Jo"], protectiveBehaviours: ["Jo rings Kerry every evening"], sustainFor: { amount: 6, unit: "weeks" }, monitoredBy: ["Jo"] },
    ],
    scales: [{ id: "sc-overall", subject: { kind: "overall" }, anchors: { zero: "Amy and Ben cannot live at home", ten: "Safe enough to close the case" }, polarity: "safety-high", judgements: [
      { id: "j-sarah", raterRole: "worker", value: 3, on: "2025-03-20" },
      { id: "j-kerry", raterRole: "parent", value: 6, on: "2025-03-20" },
    ] }],
    childVoiceIds: [],
  },
});

// 2. The bottom lines Children's Services set.
record("2025-03-20", "Bottom lines agreed with the manager", {
  type: "set-bottom-lines",
  bottomLines: [
    { id: "bl-network", kind: "network-composition", statement: "A network of three, two outside the home, two family or friends", rationaleDangerIds: [], minMembers: 3, minOutsideHousehold: 2, minNotProfessional: 2 },
    { id: "bl-found", kind: "network-found-by-family", statement: "The family finds the network", rationaleDangerIds: [], minFoundByFamily: 2 },
    { id: "bl-informed", kind: "network-informed", statement: "The network knows the danger statements and safety goals", rationaleDangerIds: [] },
    { id: "bl-every-danger", kind: "rule-for-every-danger", statement: "A rule for every worry", rationaleDangerIds: [] },
    { id: "bl-lee", kind: "no-unsupervised-contact", statement: "Lee never sees the children without Gran there", rationaleDangerIds: ["d-drink"], personId: "lee" },
    { id: "bl-safe-adult", kind: "safe-adult", statement: "The children have a grown-up they can call any time", rationaleDangerIds: [] },
    { id: "bl-told", kind: "child-told-plan", statement: "Amy and Ben know the plan", rationaleDangerIds: [] },
    { id: "bl-breach", kind: "breach-reported-within", statement: "Children's Services are told within 24 hours if a rule is broken", rationaleDangerIds: [], hours: 24 },
    { id: "bl-monitoring", kind: "monitoring-recent", statement: "The network and Children's Services check the plan every two weeks", rationaleDangerIds: [], days: 14 },
    { id: "bl-sustained", kind: "sustained-without-breach", statement: "Three months without an unresolved breach", rationaleDangerIds: [], months: 3 },
    { id: "bl-scale", kind: "scale-at-least", statement: "The social worker and Kerry score safety at 6 or more", rationaleDangerIds: [], value: 6, roles: ["worker", "parent"] },
  ],
});

// 3. The network, found by the family and told the worries through Words and Pictures.
record("2025-03-20", "Kerry named her network", { type: "update-network", change: { type: "create", id: "net-1" } });
for (const [id, roles] of [["gran", ["supervising-contact"]], ["jo", ["safe-person-for-child", "checking-in"]], ["michelle", ["checking-in"]]] as const) {
  record("2025-03-22", "Joined the network", { type: "update-network", change: { type: "add-member", member: { personId: id, foundBy: "family", willingness: "willing", roles: [...roles], joinedOn: "2025-03-22", staysAfterClosure: "yes" } } });
}
const story = (id: string, purpose: "why-involved" | "safety-plan", date: string, shownTo: string[]): CaseFileCommand => ({
  type: "add-child-voice",
  record: { id, tool: "words-and-pictures", childId: "amy", date, facilitatorId: "sarah", consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "kerry", on: date } },
    purpose, audiences: ["amy", "ben"], authoredWith: ["kerry", "lee"], version: 1, pages: [{ id: "p1", number: 1, heading: "title", text: purpose === "safety-plan" ? "Our safety plan" : "Amy and Ben's story" }],
    sharedWith: [{ id: "s1", audience: "parent", personIds: shownTo, on: date, how: "shown-in-person" }] },
});
record("2025-03-26", "Words and Pictures shown to the network", story("wp-why", "why-involved", "2025-03-26", ["kerry", "gran", "jo", "michelle"]));
for (const id of ["gran", "jo", "michelle"]) {
  record("2025-03-26", "Told through the Words and Pictures story", { type: "update-network", change: { type: "record-informing", record: { id: `inf-${id}`, personId: id, mapId: "map-1", mapVersion: 1, method: "words-and-pictures", on: "2025-03-26", byId: "kerry", childVoiceRecordId: "wp-why" } } });
}

// 4. The plan, formed with the network at the first network meeting.
record("2025-03-28", "Network meeting", { type: "add-plan-version", plan: { id: "plan-1", version: 1, mapId: "map-1", status: "draft", statusHistory: [{ status: "draft", on: "2025-03-28" }], rules: [], reviews: [] } });
const rule = (id: string, kind: "supervised-contact" | "safe-adult" | "checking-in" | "routine", text: string, dangerIds: string[], subjectIds: string[], responsibleIds: string[], monitor: string, bottomLineIds: string[] = []) => ({
  id, kind, text, dangerIds, bottomLineIds, subjectIds, responsibleIds, monitors: [{ personId: monitor, as: "network" as const }, { personId: "sarah", as: "professional" as const }], triggers: [], agreedBy: [{ personId: "kerry", on: "2025-03-28" }],
});
for (const r of [
  rule("r-contact", "supervised-contact", "Lee sees Amy and Ben at Gran's with Gran there for the whole visit", ["d-drink"], ["lee"], ["gran", "lee"], "gran", ["bl-lee"]),
  rule("r-safe-adult", "safe-adult", "Amy and Ben can ring Auntie Jo at any time; her number is on the fridge", ["d-drink", "d-arguments"], ["jo"], ["jo", "kerry"], "jo", ["bl-safe-adult"]),
  rule("r-checkin", "checking-in", "Jo rings Kerry every evening at 8pm", ["d-arguments"], ["kerry"], ["jo"], "michelle"),
]) {
  record("2025-03-28", "Network meeting", { type: "plan-change", planId: "plan-1", change: { type: "add-rule", rule: r } });
}
record("2025-04-01", "Plan on trial", { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "trial", on: "2025-04-01" } });
record("2025-04-02", "Safety-plan story shown to the children", story("wp-plan", "safety-plan", "2025-04-02", ["kerry", "amy", "ben"]));
record("2025-04-29", "Plan active", { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "active", on: "2025-04-29" } });

// 5. Two months of monitoring by the network (weekly) and the social worker (fortnightly).
const network = { "r-contact": "gran", "r-safe-adult": "jo", "r-checkin": "michelle" } as const;
for (let day = 5; day <= 61; day += 7) {
  const date = day <= 30 ? `2025-04-${String(day).padStart(2, "0")}` : `2025-05-${String(day - 30).padStart(2, "0")}`;
  for (const [ruleId, byId] of Object.entries(network)) {
    record(date, "Weekly check", { type: "add-monitoring", event: { id: `m-${ruleId}-${date}`, planId: "plan-1", ruleId, date, byId, role: "network", outcome: "followed" } });
  }
  if (day % 14 === 5) record(date, "Home visit", { type: "add-monitoring", event: { id: `m-visit-${date}`, planId: "plan-1", date, byId: "sarah", role: "professional", outcome: "followed" } });
}
record("2025-05-29", "Home visit", { type: "add-monitoring", event: { id: "m-visit-2025-05-29", planId: "plan-1", date: "2025-05-29", byId: "sarah", role: "professional", outcome: "followed" } });

// 6. The breach of 10 May: seen by Michelle, reported by Kerry that evening, resolved on 14 May.
record("2025-05-10", "Michelle saw Lee at the door", { type: "add-monitoring", event: { id: "m-breach", planId: "plan-1", ruleId: "r-contact", date: "2025-05-10", occurredAt: "2025-05-10T19:30:00Z", byId: "michelle", role: "network", outcome: "not-followed", note: "Lee came to the house after drinking" } });
record("2025-05-10", "Kerry rang the emergency duty team", { type: "update-monitoring", eventId: "m-breach", patch: { escalation: { toldChildrensServicesAt: "2025-05-10T21:45:00Z", byId: "kerry" } } });
const beforeResolution = caseFile;
record("2025-05-14", "The network reconvened and improved the plan", { type: "update-monitoring", eventId: "m-breach", patch: { resolvedOn: "2025-05-14" } });
check(JSON.stringify(undoLastCaseFileChange(caseFile)) === JSON.stringify(beforeResolution), "undo gives back the case file before the change");

// The bottom-line report as of 1 June 2025.
const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: isoDate("2025-06-01") });
console.log(formatBottomLineReport(report));

const expected: Record<string, string> = {
  "bl-network": "met",
  "bl-found": "met",
  "bl-informed": "met",
  "bl-every-danger": "met",
  "bl-lee": "met",
  "bl-safe-adult": "met",
  "bl-told": "met",
  "bl-breach": "met",
  "bl-monitoring": "met",
  "bl-sustained": "unmet", // on trial from 1 April: three months on 1 July
  "bl-scale": "unmet", // the social worker's latest score is 3
};
for (const result of report.results) {
  check(result.verdict === expected[result.bottomLineId], `${result.bottomLineId} should be ${String(expected[result.bottomLineId])}, not ${result.verdict}`);
}
check(!report.meetsAll, "the plan does not yet meet every bottom line");
check(caseFile.history.length > 40, "every step is in the history");
