// GOOD, several children. Lee drinks and drives the children; Kerry shouts and slaps when she is
// overwhelmed. Amy (7) and Ben (4). Gran and Grandad supervise daily; Pat is Kerry's friend.
import type { PracticeMap } from "./types";
import { analysisReady, participationReady } from "./readiness";

const anchors = {
  zero: "Things are so bad that Amy and Ben cannot live at home",
  ten: "Everyone knows Amy and Ben are safe enough for Children's Services to close the case",
};

export const goodLeeKerry: PracticeMap = {
  name: "good-lee-kerry",
  kind: "good",
  summary: "Several children; both parents and the network at the mapping; the family's own words quoted; goals with a negation inside a clause.",
  map: {
    id: "map-lk", version: 1, childIds: ["amy", "ben"], variant: "safety", date: "2025-04-10", authorId: "sam",
    participants: [
      { personId: "sam", name: "Sam (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "lee", name: "Lee", role: "parent" },
      { personId: "kerry", name: "Kerry", role: "parent" },
      { personId: "gran", name: "Gran", role: "network" },
      { personId: "pat", name: "Pat", role: "network" },
    ],
    parentsAndCarers: [
      { personId: "lee", name: "Lee", relation: "father", view: "I know I shouldn't have driven them. I want them to feel safe in the car with me." },
      { personId: "kerry", name: "Kerry", relation: "mother", view: "I lose it when I'm tired. I want to be calmer with them." },
    ],
    harm: [
      {
        id: "h-1",
        text: "On 8 March 2025 Lee drove Amy and Ben home from Gran's after drinking four pints. He hit a parked car. Lee said “I'm no risk to my kids, it was a scrape”.",
        actorIds: ["lee"], behaviour: "Drove Amy and Ben home after drinking four pints and hit a parked car", childIds: ["amy", "ben"],
        when: { on: "2025-03-08", pattern: "Police stopped Lee once before, in November 2024, after he had been drinking with the children in the car." },
        impact: "Ben bumped his head on the window and cried all the way home. Amy told her teacher she does not want to go in Dad's car.",
        status: "substantiated", source: "Police log; Amy's class teacher", positions: [],
      },
      {
        id: "h-2",
        text: "Amy told Sam that when Kerry is tired after work she shouts at Amy and Ben and has slapped Ben on the legs, most recently last week.",
        actorIds: ["kerry"], behaviour: "Shouts at Amy and Ben and slapped Ben on the legs when she is tired after work", childIds: ["amy", "ben"],
        when: { from: "2025-01-01", to: "2025-04-03", pattern: "About once a week since January; the last time was 3 April." },
        impact: "Ben had red marks on his legs. Amy says she takes Ben to her room when Mum starts shouting.",
        status: "substantiated", source: "Amy, in her Three Houses", positions: [],
      },
    ],
    dangers: [
      {
        id: "d-1",
        text: "Children's Services and Gran are worried that Lee will drive Amy and Ben after drinking again, and that they could be badly hurt in a crash if nothing changes.",
        worriedParties: ["Children's Services", "Gran"], actorIds: ["lee"], behaviour: "Drives the children after drinking",
        context: "On weekends, after Lee has been drinking at Gran's or at the pub", childIds: ["amy", "ben"],
        impactIfNothingChanges: "Amy and Ben could be badly hurt or killed in a crash, and grow up frightened of being in the car.", disputedBy: [], positions: [],
      },
      {
        id: "d-2",
        text: "Children's Services and Pat are worried that when Kerry is tired she will shout at and hit Ben and Amy again, and that they will be hurt and frightened at home if nothing changes.",
        worriedParties: ["Children's Services", "Pat"], actorIds: ["kerry"], behaviour: "Shouts at and slaps the children when she is tired",
        context: "In the evenings after Kerry's late shifts", childIds: ["amy", "ben"],
        impactIfNothingChanges: "Ben could be hurt, and Amy will keep looking after Ben instead of playing and feel she has to keep him safe.", disputedBy: [], positions: [],
      },
    ],
    complicatingFactors: [{ id: "c-1", text: "Kerry works late shifts three evenings a week and there is nobody else at home then.", personIds: ["kerry"] }],
    greyAreas: [],
    strengths: [
      { id: "s-1", text: "Lee takes Amy and Ben swimming every Sunday morning and Amy says it is her favourite thing.", personIds: ["lee"], observedBy: ["Amy", "Gran"] },
      { id: "s-2", text: "Kerry reads to Ben every night when she is not working.", personIds: ["kerry"], observedBy: ["Amy"] },
    ],
    existingSafety: [
      {
        id: "e-1",
        text: "Since 10 March Gran and Grandad have driven Amy and Ben to and from every weekend visit, and Lee has not driven them once.",
        actorIds: ["gran"], dangerIds: ["d-1"], demonstratedSince: "2025-03-10", observedBy: ["Gran", "Kerry", "Sam"],
      },
    ],
    goals: [
      {
        id: "g-1", dangerId: "d-1", owner: "agency",
        text: "Children's Services need to see that whenever Amy and Ben travel by car, they are driven by a sober adult, for six months.",
        who: ["Lee", "Gran", "Grandad"],
        protectiveBehaviours: ["Gran drives the children to football on Saturdays, so Lee does not drive them after drinking", "Lee leaves his car keys with Gran before he has a drink"],
        childExperience: "Amy and Ben feel safe in the car and look forward to weekends with Dad.",
        professionalObservation: "Gran's diary of every journey, checked by Sam each month.",
        sustainFor: { amount: 6, unit: "months" }, monitoredBy: ["Gran", "Sam"],
      },
      {
        id: "g-2", dangerId: "d-2", owner: "agency",
        text: "Children's Services need to see Kerry staying calm with Amy and Ben when she is tired, for six months.",
        who: ["Kerry", "Pat"],
        protectiveBehaviours: ["Kerry stops, counts to ten and rings Pat when she feels herself getting angry", "Pat comes round after Kerry's late shifts to help with bedtime"],
        childExperience: "Amy and Ben go to bed calmly, and Amy plays instead of looking after Ben.",
        professionalObservation: "Amy tells her teacher and Sam that bedtimes are calm.",
        sustainFor: { amount: 6, unit: "months" }, monitoredBy: ["Pat", "Amy's teacher"],
      },
    ],
    nextSteps: [{ id: "n-1", text: "Sam and the family write the safety plan with Gran and Pat", ownerName: "Sam", due: "2025-04-24", status: "planned", goalIds: ["g-1", "g-2"] }],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors, polarity: "safety-high", judgements: [
        { id: "j-1", raterName: "Sam", raterRole: "worker", value: 5, reason: "Gran has done every journey for a month", on: "2025-04-10" },
        { id: "j-2", raterName: "Lee", raterRole: "parent", value: 7, reason: "I leave the keys with my mum now", on: "2025-04-10" },
      ] },
      { id: "sc-2", subject: { kind: "danger", dangerId: "d-2" }, anchors, polarity: "safety-high", judgements: [
        { id: "j-3", raterName: "Sam", raterRole: "worker", value: 4, reason: "Pat has started coming round, but it is only two weeks", on: "2025-04-10" },
        { id: "j-4", raterName: "Kerry", raterRole: "parent", value: 6, reason: "I ring Pat now", on: "2025-04-10" },
      ] },
    ],
    childVoiceIds: ["tv-amy", "tv-ben"],
    analysis: {
      worker: { text: "Sam is worried that Amy and Ben could be hurt in a crash or hit at home; Gran's driving and Pat's visits are keeping them safer, but only for weeks so far.", dangerIds: ["d-1", "d-2"], safety: "Gran drives every journey; Pat helps at bedtime.", authorId: "sam", on: "2025-04-10" },
      family: [{ heldBy: "Lee and Kerry", view: "We agree the car was the worst of it. We want Sam to see it is different now." }],
    },
  },
  options: { childVoiceRecords: [{ id: "tv-amy", childId: "amy" }, { id: "tv-ben", childId: "ben" }] },
  expected: [],
  mustNotAppear: [
    { code: "assessment/goal-framed-as-absence", reason: "Kerry stops, counts and rings Pat; 'so Lee does not drive them' is the purpose of Gran's driving: both say what people will do." },
    { code: "assessment/jargon", path: ["harm", 0, "text"], reason: "“I'm no risk to my kids” is Lee's own quoted words, not the worker's language." },
    { code: "assessment/safety-too-recent", reason: "Gran's driving has been seen for 31 days, more than the local setting." },
    { code: "assessment/harm-without-occurrence", reason: "Both harms say when and how often." },
  ],
  pending: [
    { owner: "H4", kind: "must-not-appear", code: "assessment/parent-view-missing", reason: "Both parents' views are recorded.", ready: participationReady },
    { owner: "H4", kind: "must-not-appear", code: "assessment/analysis-missing", reason: "The worker's judgement statement is recorded.", ready: analysisReady },
  ],
};
