// A realistic worked family for the network and safety-plan tests (and for the bottom-lines and
// case-file tests, which build their worked case from it). Everything is parsed through the
// schemas so that ids and dates are branded. Keep the exports stable.
//
// The family: Kerry (mum) lives with Amy (7) and Ben (4). Lee (dad) lives apart; when he has
// been drinking he has hit Amy, and Kerry and Lee's arguments have frightened both children.
// The network was found by the family: Gran (Pat, Kerry's mum), Auntie Jo (Kerry's sister) and
// Michelle (a family friend and neighbour). Kerry and Lee showed the network the Words and
// Pictures story on 26 March 2025. The plan went on trial on 1 April and became active on
// 29 April. On 10 May Lee came to the house after drinking (a breach of the contact rule);
// Kerry told Children's Services that evening, the network reconvened on 14 May and the breach
// was resolved. The monitoring runs from 1 April to 31 May 2025; `asOf` is 1 June 2025.
import { isoDate, isoDateTime, personId, type IsoDate, type PersonId } from "../../src/core";
import { parseAssessmentMap, type AssessmentMap } from "../../src/assessment";
import { ChildVoiceRecordSchema, type ChildVoiceRecord } from "../../src/child-voice";
import { PersonSchema, SafetyNetworkSchema, type Person, type SafetyNetwork } from "../../src/network";
import {
  BottomLineIdSchema,
  MonitoringEventSchema,
  SafetyPlanSchema,
  type BottomLineId,
  type MonitoringEvent,
  type SafetyPlan,
} from "../../src/safety-plan";

/** Freezes a value and everything in it, so that a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** What {@link thrown} returns: the fields of a KinsafeError that tests look at. */
export interface Thrown {
  code: string;
  message: string;
  issues: { path: (string | number)[] }[];
}

/** Runs `f` and returns the KinsafeError-like value it throws (or fails). */
export function thrown(f: () => unknown): Thrown {
  try {
    f();
  } catch (error) {
    return error as Thrown;
  }
  throw new Error("expected the call to throw");
}

/** The day the worked case is looked at: the day after two months of monitoring. */
export const asOf: IsoDate = isoDate("2025-06-01");

/** Person ids of the worked family. */
export const ids = {
  amy: personId("amy"),
  ben: personId("ben"),
  kerry: personId("kerry"),
  lee: personId("lee"),
  gran: personId("gran-pat"),
  jo: personId("auntie-jo"),
  michelle: personId("michelle"),
  worker: personId("sw-sarah"),
  school: personId("dsl-patel"),
  healthVisitor: personId("hv-omar"),
} as const satisfies Record<string, PersonId>;

/** Bottom-line ids the plan's rules name (the bottom lines themselves belong to the bottom-lines tests). */
export const bottomLineIds = {
  /** `no-unsupervised-contact` for Lee. */
  noUnsupervisedContact: BottomLineIdSchema.parse("bl-lee-supervised"),
  /** `safe-adult`. */
  safeAdult: BottomLineIdSchema.parse("bl-safe-adult"),
  /** `free-text`: "A sober adult is in the house every evening". */
  soberAdult: BottomLineIdSchema.parse("bl-sober-adult"),
} as const satisfies Record<string, BottomLineId>;

/** Everyone in the case: the children, the family, the network and the professionals. */
export const people: readonly Person[] = deepFreeze(
  [
    { id: "amy", name: "Amy", kind: "child", birthDate: "2017-09-02", householdId: "hh-home", relationships: [{ toId: "ben", kind: "sibling" }] },
    { id: "ben", name: "Ben", kind: "child", birthDate: "2020-11-15", householdId: "hh-home", relationships: [{ toId: "amy", kind: "sibling" }] },
    {
      id: "kerry",
      name: "Kerry",
      kind: "adult",
      householdId: "hh-home",
      relationships: [{ toId: "amy", kind: "mother" }, { toId: "ben", kind: "mother" }],
      contact: "07700 900101",
    },
    {
      id: "lee",
      name: "Lee",
      kind: "adult",
      householdId: "hh-lee",
      relationships: [{ toId: "amy", kind: "father" }, { toId: "ben", kind: "father" }],
    },
    {
      id: "gran-pat",
      name: "Gran (Pat)",
      kind: "adult",
      householdId: "hh-gran",
      relationships: [{ toId: "amy", kind: "grandparent", note: "Nanny Pat" }, { toId: "ben", kind: "grandparent", note: "Nanny Pat" }],
      contact: "07700 900102",
    },
    {
      id: "auntie-jo",
      name: "Auntie Jo",
      kind: "adult",
      householdId: "hh-jo",
      relationships: [{ toId: "amy", kind: "aunt-or-uncle" }, { toId: "ben", kind: "aunt-or-uncle" }],
      contact: "07700 900103",
    },
    {
      id: "michelle",
      name: "Michelle",
      kind: "adult",
      householdId: "hh-michelle",
      relationships: [{ toId: "kerry", kind: "family-friend", note: "Kerry's friend from next door" }, { toId: "amy", kind: "neighbour" }],
    },
    {
      id: "sw-sarah",
      name: "Sarah",
      kind: "adult",
      professional: { agency: "children-social-care", organisation: "Northshire Children's Services", role: "social worker" },
      relationships: [{ toId: "amy", kind: "professional" }, { toId: "ben", kind: "professional" }],
    },
    {
      id: "dsl-patel",
      name: "Mrs Patel",
      kind: "adult",
      professional: { agency: "school", organisation: "Greenfield Primary School", role: "designated safeguarding lead" },
      relationships: [{ toId: "amy", kind: "professional" }],
    },
    {
      id: "hv-omar",
      name: "Omar",
      kind: "adult",
      professional: { agency: "health-visitor", organisation: "Northshire Community Health" },
      relationships: [{ toId: "ben", kind: "professional" }],
    },
  ].map((p) => PersonSchema.parse(p)),
);

/** The assessment map (version 1), with two danger statements, their goals and scales. */
export const map: AssessmentMap = deepFreeze(
  parseAssessmentMap({
    id: "map-1",
    version: 1,
    caseId: "case-amy-ben",
    childIds: ["amy", "ben"],
    variant: "safety",
    date: "2025-03-20",
    authorId: "sw-sarah",
    participants: [
      { personId: "sw-sarah", role: "worker" },
      { personId: "kerry", name: "Kerry", role: "parent" },
      { personId: "lee", name: "Lee", role: "parent" },
      { personId: "gran-pat", name: "Gran", role: "network" },
    ],
    harm: [
      {
        id: "h-slap",
        text: "It was reported that in February 2025 Lee hit Amy across the face after he had been drinking, and as a result Amy had a red mark on her cheek and was scared to go home",
        actorIds: ["lee"],
        behaviour: "hit Amy across the face",
        childIds: ["amy"],
        when: { on: "2025-02-14" },
        status: "substantiated",
        source: "Greenfield Primary School",
        positions: [],
      },
      {
        id: "h-arguments",
        text: "Amy and Ben have seen Kerry and Lee shouting and throwing things at each other, and Amy told her teacher she hides under the bed",
        actorIds: ["kerry", "lee"],
        childIds: ["amy", "ben"],
        status: "substantiated",
        positions: [],
      },
    ],
    dangers: [
      {
        id: "d-drink",
        text: "Children's Services and the school are worried that when Lee has been drinking he may hit Amy or Ben again and they could be badly hurt",
        worriedParties: ["Children's Services", "Greenfield Primary School"],
        actorIds: ["lee"],
        behaviour: "hitting the children",
        context: "when Lee has been drinking",
        childIds: ["amy", "ben"],
        impactIfNothingChanges: "Amy and Ben could be injured and grow up frightened of their dad",
        disputedBy: [],
        positions: [],
      },
      {
        id: "d-arguments",
        text: "Children's Services are worried that when Kerry and Lee argue, Amy and Ben will see or hear violence and be frightened, and could be hurt if things are thrown",
        worriedParties: ["Children's Services"],
        actorIds: ["kerry", "lee"],
        context: "when Kerry and Lee argue",
        childIds: ["amy", "ben"],
        disputedBy: [],
        positions: [],
      },
    ],
    complicatingFactors: [{ id: "c-1", text: "Lee does not yet accept that his drinking is a problem", personIds: ["lee"] }],
    greyAreas: [],
    strengths: [{ id: "s-1", text: "Kerry gets Amy to school on time every day", personIds: ["kerry"], observedBy: ["Greenfield Primary School"] }],
    existingSafety: [
      {
        id: "e-1",
        text: "Gran has taken the children to her house when Lee turned up after drinking",
        actorIds: ["gran-pat"],
        dangerIds: ["d-drink"],
        demonstratedSince: "2025-01-01",
        observedBy: ["Kerry"],
      },
    ],
    goals: [
      {
        id: "g-drink",
        dangerId: "d-drink",
        owner: "agency",
        text: "Everyone, including Children's Services, will know that Amy and Ben only see Lee when a safe adult from the network is with them, and that Lee is sober when he cares for them",
        who: ["Lee", "Gran", "Kerry"],
        protectiveBehaviours: ["Lee sees the children only at Gran's with Gran there", "Gran ends a visit if Lee has been drinking"],
        childExperience: "Amy and Ben enjoy seeing their dad and are not frightened",
        sustainFor: { amount: 3, unit: "months" },
        monitoredBy: ["Gran", "Sarah (social worker)"],
      },
      {
        id: "g-arguments",
        dangerId: "d-arguments",
        owner: "agency",
        text: "Amy and Ben will live in a calm home where grown-ups sort out disagreements without shouting or throwing things, and the children know who to call if they are scared",
        who: ["Kerry", "Lee", "Auntie Jo"],
        protectiveBehaviours: ["Kerry and Lee talk about the children only by phone or at Gran's", "Jo rings Kerry every evening"],
        sustainFor: { amount: 6, unit: "weeks" },
        monitoredBy: ["Auntie Jo", "Michelle", "Mrs Patel (school)"],
      },
    ],
    nextSteps: [{ id: "n-1", text: "Kerry and Lee write a Words and Pictures story with Sarah", ownerId: "sw-sarah", due: "2025-03-24", status: "done", goalIds: ["g-drink", "g-arguments"] }],
    scales: [
      {
        id: "sc-overall",
        subject: { kind: "overall" },
        question: "On a scale of 0 to 10, where 10 means everyone knows Amy and Ben are safe enough for Children's Services to close the case, and 0 means things are so bad they cannot live at home, where are things today?",
        anchors: { zero: "Amy and Ben cannot live at home", ten: "Everyone knows Amy and Ben are safe enough to close the case" },
        polarity: "safety-high",
        judgements: [
          { id: "j-o-worker", raterId: "sw-sarah", raterRole: "worker", value: 3, reason: "A network is being found but no plan is yet in place", on: "2025-03-20" },
          { id: "j-o-kerry", raterId: "kerry", raterRole: "parent", value: 6, on: "2025-03-20" },
        ],
      },
      {
        id: "sc-drink",
        subject: { kind: "danger", dangerId: "d-drink" },
        anchors: { zero: "Lee will hurt the children again", ten: "Amy and Ben are safe with Lee" },
        polarity: "safety-high",
        judgements: [
          { id: "j-d-worker", raterId: "sw-sarah", raterRole: "worker", value: 3, on: "2025-03-20" },
          { id: "j-d-lee", raterId: "lee", raterRole: "parent", value: 7, on: "2025-03-20" },
        ],
      },
      {
        id: "sc-arguments",
        subject: { kind: "danger", dangerId: "d-arguments" },
        anchors: { zero: "The children will see violence again", ten: "Home is calm" },
        polarity: "safety-high",
        judgements: [
          { id: "j-a-worker", raterId: "sw-sarah", raterRole: "worker", value: 4, on: "2025-03-20" },
          { id: "j-a-kerry", raterId: "kerry", raterRole: "parent", value: 6, on: "2025-03-20" },
        ],
      },
    ],
    childVoiceIds: ["wp-why"],
  }),
);

const consent = {
  child: { status: "not-able-to-consent" },
  parent: { status: "given", personId: "kerry", on: "2025-03-21" },
};

/**
 * The Words and Pictures stories: `wp-why` (why Children's Services are involved; shown to the
 * children and then to the network) and `wp-plan` (the safety plan, shown to Amy and Ben).
 */
export const childVoice: readonly ChildVoiceRecord[] = deepFreeze(
  [
    {
      id: "wp-why",
      tool: "words-and-pictures",
      childId: "amy",
      date: "2025-03-24",
      facilitatorId: "sw-sarah",
      consent,
      purpose: "why-involved",
      audiences: ["amy", "ben"],
      authoredWith: ["kerry", "lee"],
      version: 1,
      pages: [
        { id: "p1", number: 1, heading: "title", text: "Amy and Ben's story" },
        { id: "p2", number: 2, heading: "who-is-worried", text: "Mrs Patel at school and Sarah the social worker are worried" },
        { id: "p3", number: 3, heading: "what-worried-about", text: "Sometimes when Dad drinks beer he gets cross and he hit Amy. Mum and Dad shout and throw things and Amy and Ben get scared" },
        { id: "p4", number: 4, heading: "what-happened-then", text: "Amy told Mrs Patel and Sarah came to talk to everyone" },
        { id: "p5", number: 5, heading: "what-we-are-doing", text: "Nanny Pat, Auntie Jo and Michelle are helping Mum and Dad keep Amy and Ben safe" },
      ],
      sharedWith: [
        { id: "s-children", audience: "parent", personIds: ["kerry", "lee", "amy", "ben"], on: "2025-03-24", how: "shown-in-person" },
        { id: "s-network", audience: "network", personIds: ["gran-pat", "auntie-jo", "michelle"], on: "2025-03-26", how: "meeting" },
      ],
    },
    {
      id: "wp-plan",
      tool: "words-and-pictures",
      childId: "amy",
      date: "2025-04-02",
      facilitatorId: "sw-sarah",
      consent,
      purpose: "safety-plan",
      audiences: ["amy", "ben"],
      authoredWith: ["kerry", "lee"],
      version: 1,
      pages: [
        { id: "p1", number: 1, heading: "title", text: "Our safety plan" },
        { id: "p2", number: 2, heading: "safety-plan-rule", text: "Dad sees us at Nanny Pat's and Nanny Pat is always there" },
        { id: "p3", number: 3, heading: "safety-plan-rule", text: "If we feel scared we can ring Auntie Jo. Her number is on the fridge" },
        { id: "p4", number: 4, heading: "safety-plan-rule", text: "Mum puts us to bed and a grown-up who has not had beer is always in the house" },
      ],
      sharedWith: [{ id: "s-children", audience: "parent", personIds: ["kerry", "lee", "amy", "ben"], on: "2025-04-02", how: "shown-in-person" }],
    },
  ].map((r) => ChildVoiceRecordSchema.parse(r)),
);

/**
 * The safety network: three members found by the family, all willing, all told the danger
 * statements and safety goals of map version 1 through the Words and Pictures story; a first
 * network meeting and a second one after the breach.
 */
export const network: SafetyNetwork = deepFreeze(
  SafetyNetworkSchema.parse({
    id: "net-1",
    members: [
      {
        personId: "gran-pat",
        foundBy: "family",
        willingness: "willing",
        roles: ["supervising-contact", "safe-person-for-child", "attending-meetings"],
        joinedOn: "2025-03-20",
        staysAfterClosure: "yes",
        commitment: "I will be there for every visit Lee has with the kids, for as long as it takes",
      },
      {
        personId: "auntie-jo",
        foundBy: "family",
        willingness: "willing",
        roles: ["safe-person-for-child", "checking-in", "reporting-worries", "attending-meetings"],
        joinedOn: "2025-03-20",
        staysAfterClosure: "yes",
        commitment: "I ring Kerry every night and the kids can ring me any time",
      },
      {
        personId: "michelle",
        foundBy: "family",
        willingness: "willing",
        roles: ["checking-in", "practical-help"],
        joinedOn: "2025-03-22",
        staysAfterClosure: "unknown",
      },
    ],
    informing: [
      { id: "inf-gran", personId: "gran-pat", mapId: "map-1", mapVersion: 1, method: "words-and-pictures", on: "2025-03-26", byId: "kerry", childVoiceRecordId: "wp-why" },
      { id: "inf-jo", personId: "auntie-jo", mapId: "map-1", mapVersion: 1, method: "words-and-pictures", on: "2025-03-26", byId: "kerry", childVoiceRecordId: "wp-why" },
      { id: "inf-michelle", personId: "michelle", mapId: "map-1", mapVersion: 1, method: "words-and-pictures", on: "2025-03-26", byId: "kerry", childVoiceRecordId: "wp-why" },
    ],
    meetings: [
      {
        id: "nm-1",
        date: "2025-03-28",
        durationMinutes: 120,
        attendeeIds: ["kerry", "lee", "gran-pat", "auntie-jo", "michelle", "sw-sarah"],
        facilitatorId: "sw-sarah",
        decisions: ["The safety plan will be tried for four weeks from 1 April", "Gran supervises every visit Lee has with the children"],
      },
      {
        id: "nm-2",
        date: "2025-05-14",
        durationMinutes: 90,
        attendeeIds: ["kerry", "lee", "gran-pat", "auntie-jo", "michelle", "sw-sarah"],
        facilitatorId: "sw-sarah",
        decisions: ["Lee will ring Gran, not Kerry, if he wants to see the children outside the agreed times", "Michelle will knock on Kerry's door if she hears Lee's car in the evening"],
      },
    ],
  }),
);

/**
 * The safety plan (version 1): drafted on 28 March, on trial from 1 April, active from 29 April,
 * with four rules and a review after the breach.
 */
export const plan: SafetyPlan = deepFreeze(
  SafetyPlanSchema.parse({
    id: "plan-1",
    version: 1,
    mapId: "map-1",
    status: "active",
    statusHistory: [
      { status: "draft", on: "2025-03-28" },
      { status: "trial", on: "2025-04-01" },
      { status: "active", on: "2025-04-29" },
    ],
    rules: [
      {
        id: "r-contact",
        kind: "supervised-contact",
        text: "Lee sees Amy and Ben at Gran's house on Wednesdays and Saturdays, with Gran there for the whole visit",
        dangerIds: ["d-drink"],
        bottomLineIds: ["bl-lee-supervised"],
        subjectIds: ["lee"],
        responsibleIds: ["gran-pat", "lee"],
        when: "Wednesday 4pm to 6pm and Saturday 10am to 2pm",
        where: "Gran's house",
        monitors: [
          { personId: "gran-pat", as: "network", how: "is there for every visit" },
          { personId: "sw-sarah", as: "professional", how: "asks Amy and Gran about the visits every fortnight" },
        ],
        triggers: ["Lee smells of alcohol or slurs his words", "Lee turns up without arranging it"],
        ifBroken: {
          action: "Gran ends the visit and takes the children home to Kerry; Kerry rings Jo",
          whoTellsIds: ["gran-pat", "kerry"],
          tellWithinHours: 24,
          childAction: "Amy tells Nanny Pat or rings Auntie Jo",
        },
        childVersion: "Dad sees us at Nanny Pat's and Nanny Pat is always there",
        childVoiceRecordId: "wp-plan",
        agreedBy: [
          { personId: "kerry", on: "2025-03-28" },
          { personId: "lee", on: "2025-03-28" },
          { personId: "gran-pat", on: "2025-03-28" },
          { personId: "sw-sarah", on: "2025-03-28" },
        ],
      },
      {
        id: "r-safe-adult",
        kind: "safe-adult",
        text: "Amy and Ben know they can ring or go to Auntie Jo at any time they feel scared; Jo's number is on the fridge",
        dangerIds: ["d-drink", "d-arguments"],
        bottomLineIds: ["bl-safe-adult"],
        subjectIds: ["auntie-jo"],
        responsibleIds: ["auntie-jo", "kerry"],
        monitors: [
          { personId: "auntie-jo", as: "network", how: "asks the children on Sundays whether they remember her number" },
          { personId: "dsl-patel", as: "professional", how: "checks in with Amy every Monday" },
        ],
        triggers: ["Amy is quiet or withdrawn at school", "The number is not on the fridge"],
        ifBroken: { action: "Jo visits that day and talks it through with Kerry", whoTellsIds: ["auntie-jo"], tellWithinHours: 48 },
        childVersion: "If we feel scared we can ring Auntie Jo",
        childVoiceRecordId: "wp-plan",
        agreedBy: [
          { personId: "kerry", on: "2025-03-28" },
          { personId: "auntie-jo", on: "2025-03-28" },
        ],
      },
      {
        id: "r-checkin",
        kind: "checking-in",
        text: "Jo rings Kerry every evening at 8pm and visits every Sunday afternoon",
        dangerIds: ["d-arguments"],
        bottomLineIds: [],
        subjectIds: ["kerry"],
        responsibleIds: ["auntie-jo"],
        when: "every evening at 8pm; Sundays",
        monitors: [
          { personId: "michelle", as: "network", how: "asks Kerry whether Jo rang" },
          { personId: "sw-sarah", as: "professional" },
        ],
        triggers: ["Kerry does not answer Jo's call", "Kerry says Lee has been round"],
        ifBroken: { action: "Jo goes round to Kerry's house that evening", whoTellsIds: ["auntie-jo"], tellWithinHours: 24 },
        childVersion: "Auntie Jo rings Mum every night to say hello",
        agreedBy: [
          { personId: "kerry", on: "2025-03-28" },
          { personId: "auntie-jo", on: "2025-03-28" },
        ],
      },
      {
        id: "r-bedtime",
        kind: "routine",
        text: "Kerry puts Amy and Ben to bed by 7:30pm, and a grown-up who has not been drinking is in the house every evening",
        dangerIds: ["d-drink", "d-arguments"],
        bottomLineIds: ["bl-sober-adult"],
        subjectIds: ["kerry"],
        responsibleIds: ["kerry"],
        when: "every evening",
        where: "at home",
        monitors: [
          { personId: "michelle", as: "network", how: "pops in two evenings a week" },
          { personId: "hv-omar", as: "professional", how: "home visit every fortnight" },
        ],
        triggers: ["Lee's car is outside in the evening", "Shouting is heard from the house"],
        ifBroken: { action: "Michelle takes the children to her house and rings Jo", whoTellsIds: ["michelle", "kerry"], tellWithinHours: 12 },
        childVersion: "Mum puts us to bed and a grown-up who has not had beer is always in the house",
        childVoiceRecordId: "wp-plan",
        agreedBy: [
          { personId: "kerry", on: "2025-03-28" },
          { personId: "michelle", on: "2025-03-28" },
        ],
      },
    ],
    reviews: [
      {
        id: "rev-1",
        date: "2025-05-14",
        judgements: [
          { id: "rj-worker", raterId: "sw-sarah", raterRole: "worker", value: 6, reason: "The network acted fast when Lee came round", on: "2025-05-14" },
          { id: "rj-kerry", raterId: "kerry", raterRole: "parent", value: 7, on: "2025-05-14" },
        ],
        decisions: ["The plan stays active; Lee rings Gran, not Kerry, to arrange extra visits"],
        statusAfter: "active",
      },
    ],
  }),
);

// Two months of monitoring, 1 April to 31 May 2025: the network checks each rule every week,
// a professional every fortnight, and one breach on 10 May with its escalation.
function buildMonitoring(): MonitoringEvent[] {
  const out: unknown[] = [];
  const weekly = ["2025-04-05", "2025-04-12", "2025-04-19", "2025-04-26", "2025-05-03", "2025-05-10", "2025-05-17", "2025-05-24", "2025-05-31"];
  const fortnightly = ["2025-04-07", "2025-04-21", "2025-05-05", "2025-05-19", "2025-05-29"];
  const networkMonitor: Record<string, string> = { "r-contact": "gran-pat", "r-safe-adult": "auntie-jo", "r-checkin": "michelle", "r-bedtime": "michelle" };
  const professionalMonitor: Record<string, string> = { "r-contact": "sw-sarah", "r-safe-adult": "dsl-patel", "r-checkin": "sw-sarah", "r-bedtime": "hv-omar" };
  for (const [ruleId, byId] of Object.entries(networkMonitor)) {
    for (const date of weekly) {
      out.push({ id: `m-${ruleId}-n-${date}`, planId: "plan-1", ruleId, date, byId, role: "network", outcome: "followed" });
    }
  }
  for (const [ruleId, byId] of Object.entries(professionalMonitor)) {
    for (const date of fortnightly) {
      out.push({ id: `m-${ruleId}-p-${date}`, planId: "plan-1", ruleId, date, byId, role: "professional", outcome: "followed" });
    }
  }
  out.push({
    id: "m-breach",
    planId: "plan-1",
    ruleId: "r-contact",
    date: "2025-05-10",
    occurredAt: "2025-05-10T19:30:00Z",
    byId: "michelle",
    role: "network",
    outcome: "not-followed",
    note: "Lee came to Kerry's house at 8:30pm after drinking and shouted at the door; the children saw him from the window. Kerry did not let him in.",
    escalation: {
      toldChildrensServicesAt: isoDateTime("2025-05-10T21:45:00Z"),
      byId: "kerry",
      action: "Kerry rang the emergency duty team; Jo stayed the night; Sarah visited the next morning and called the network together",
    },
    resolvedOn: "2025-05-14",
  });
  out.push({ id: "m-plan-review", planId: "plan-1", date: "2025-05-14", byId: "sw-sarah", role: "professional", outcome: "followed", note: "Network meeting after the breach" });
  return out.map((e) => MonitoringEventSchema.parse(e));
}

/** Two months of monitoring (1 April to 31 May 2025) with one breach (`m-breach`), escalated and resolved. */
export const monitoring: readonly MonitoringEvent[] = deepFreeze(buildMonitoring());

/** The breach of 10 May 2025. */
export const breach: MonitoringEvent = monitoring.find((e) => e.id === "m-breach") as MonitoringEvent;
