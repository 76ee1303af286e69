// A complete assessment map written in good practice language, for the checkAssessmentMap tests
// to start from. The family: Dad (Craig) drinks and has hit Mum (Leanne), once while she was
// holding baby Amy (10 months); Jack (7) hears it at night. Gran is part of the network.
import { type AssessmentMap, type AssessmentMapInput, AssessmentMapSchema } from "../../src/assessment";

/** The people of the fixture family and its professionals. */
export const people = {
  dad: "p-dad",
  mum: "p-mum",
  amy: "p-amy",
  jack: "p-jack",
  gran: "p-gran",
  worker: "p-worker",
  healthVisitor: "p-hv",
} as const;

const anchors = {
  zero: "Things are so bad that Amy and Jack cannot live at home",
  ten: "Everyone knows Amy and Jack are safe enough for Children's Services to close the case",
};

/** The fixture as plain JSON (before parsing). Copy it before changing it. */
export const goodMapInput: AssessmentMapInput = {
  id: "map-1",
  version: 1,
  caseId: "case-42",
  childIds: [people.amy, people.jack],
  variant: "safety",
  date: "2025-03-14",
  recordedAt: "2025-03-14T16:30:00Z",
  authorId: people.worker,
  participants: [
    { personId: people.worker, name: "Priya (social worker)", role: "worker", agency: "Children's Services" },
    { personId: people.mum, name: "Leanne (Mum)", role: "parent" },
    { personId: people.dad, name: "Craig (Dad)", role: "parent" },
    { personId: people.gran, name: "Gran", role: "network" },
    { personId: people.healthVisitor, name: "Sue (health visitor)", role: "professional", agency: "Health visiting team" },
  ],
  parentsAndCarers: [
    { personId: people.mum, name: "Leanne (Mum)", relation: "mother", view: "I want Craig home, but not when he has been drinking. Mum's weekends have helped." },
    { personId: people.dad, name: "Craig (Dad)", relation: "father", view: "I know the drink is the problem. I never meant Amy to get hurt and I want to get help." },
  ],
  harm: [
    {
      id: "h-1",
      text: "On 2 March 2025 Dad had been drinking and punched Mum in the face while she was holding Amy. Amy fell to the floor and was taken to hospital.",
      actorIds: [people.dad],
      behaviour: "Punched Mum in the face while she was holding Amy",
      childIds: [people.amy],
      when: { on: "2025-03-02", pattern: "Police have been called to the home three times since August 2024; this was the most recent and the worst time." },
      context: "In the kitchen in the evening, after Dad had been drinking at home",
      impact: "Amy had a bruise on her forehead and was checked at hospital. She cried and was hard to settle for two days.",
      severity: "serious",
      status: "substantiated",
      source: "Police log and hospital discharge letter",
      positions: [],
    },
    {
      id: "h-2",
      text: "Jack told his teacher that on most weekends he heard Dad shouting at Mum and things being thrown, and that he hid under his bed.",
      actorIds: [people.dad],
      behaviour: "Shouted at Mum and threw things at night while Jack was in the house",
      childIds: [people.jack],
      when: { from: "2024-08-01", to: "2025-03-02", pattern: "Most weekends" },
      impact: "Jack was frightened, slept badly and was tired at school on Mondays.",
      status: "substantiated",
      source: "Jack's class teacher",
      positions: [],
    },
  ],
  dangers: [
    {
      id: "d-1",
      text: "Children's Services, the health visitor and Gran are worried that when Dad has been drinking he will hit Mum again while she is holding Amy, and that Amy could be badly hurt if nothing changes.",
      worriedParties: ["Children's Services", "Health visitor", "Gran"],
      actorIds: [people.dad],
      behaviour: "Hits Mum when he has been drinking, even when she is holding Amy",
      context: "In the evenings after Dad has been drinking at home",
      childIds: [people.amy],
      impactIfNothingChanges: "Amy could be dropped or hit and suffer a head injury.",
      disputedBy: [],
      positions: [],
    },
    {
      id: "d-2",
      text: "The school and Children's Services are worried that Jack will keep hearing Dad shout at Mum and throw things at night, and that if nothing changes he will become more frightened and find it hard to learn.",
      worriedParties: ["Greenfield Primary School", "Children's Services"],
      actorIds: [people.dad],
      behaviour: "Shouts at Mum and throws things at night while Jack is in the house",
      childIds: [people.jack],
      impactIfNothingChanges: "Jack could become more anxious, sleep badly and fall behind at school.",
      disputedBy: [],
      positions: [],
    },
  ],
  complicatingFactors: [
    { id: "c-1", text: "The family lives in a one-bedroom flat, so there is nowhere quiet for Mum to take the children in the evening.", personIds: [people.mum] },
    { id: "c-2", text: "Dad works night shifts and drinks to get to sleep during the day.", personIds: [people.dad] },
  ],
  greyAreas: [{ id: "ga-1", text: "It is not clear whether Dad's drinking has grown since he started night shifts.", raisedBy: "Social worker", toFindOut: "Ask Dad and his GP" }],
  strengths: [
    { id: "s-1", text: "Mum takes Amy to every health visitor appointment and Amy is gaining weight well.", personIds: [people.mum, people.amy], observedBy: ["Health visitor"] },
    { id: "s-2", text: "Jack goes to school every day and his teacher says he loves reading.", personIds: [people.jack], observedBy: ["Class teacher"] },
  ],
  existingSafety: [
    {
      id: "e-1",
      text: "Since January Gran has had Amy and Jack to stay every Friday and Saturday night, the nights when Dad usually drinks.",
      actorIds: [people.gran, people.mum],
      dangerIds: ["d-1", "d-2"],
      demonstratedSince: "2025-01-03",
      observedBy: ["Gran", "Mum", "Social worker"],
    },
  ],
  goals: [
    {
      id: "g-1",
      dangerId: "d-1",
      owner: "agency",
      text: "Children's Services will be satisfied that Amy is safe when Dad stays sober whenever he looks after Amy, Mum and Gran use their plan whenever Dad has been drinking, and this has been seen to work for six months.",
      who: ["Dad", "Mum", "Gran"],
      protectiveBehaviours: [
        "Dad stays sober whenever he looks after Amy",
        "Mum takes Amy to Gran's house when Dad has been drinking",
        "Gran rings Mum every evening to check everyone is calm",
      ],
      childExperience: "Amy is cared for by calm, sober adults and settles well at night.",
      professionalObservation: "The health visitor sees Amy relaxed and thriving at every visit.",
      sustainFor: { amount: 6, unit: "months" },
      monitoredBy: ["Gran", "Health visitor"],
    },
    {
      id: "g-2",
      dangerId: "d-1",
      owner: "family",
      text: "We want Amy to grow up in a calm home where Mum and Dad sort out disagreements by talking.",
      who: ["Mum", "Dad"],
      protectiveBehaviours: ["Mum and Dad talk through disagreements calmly after the children are in bed", "Dad goes for a walk to calm down when he feels angry"],
      sustainFor: { amount: 6, unit: "months" },
      monitoredBy: ["Gran"],
    },
    {
      id: "g-3",
      dangerId: "d-2",
      owner: "agency",
      text: "Children's Services will know Jack is safe when he tells his teacher and Gran that home is calm at night, and this has been seen for six months.",
      who: ["Mum", "Dad", "Gran"],
      protectiveBehaviours: ["Mum and Dad keep evenings calm and quiet", "Jack has Gran's phone number and knows he can ring her", "Gran has Jack to stay whenever Dad has been drinking"],
      childExperience: "Jack sleeps well and feels safe at home.",
      professionalObservation: "Jack's teacher sees him rested and happy on Mondays.",
      sustainFor: { amount: 6, unit: "months" },
      monitoredBy: ["Class teacher", "Gran"],
    },
  ],
  nextSteps: [
    { id: "n-1", text: "Meet Gran and Mum to write a plan for evenings when Dad has been drinking.", ownerId: people.worker, due: "2025-03-21", status: "planned", goalIds: ["g-1"] },
    { id: "n-2", text: "See the GP about cutting down on alcohol.", ownerName: "Craig (Dad)", due: "2025-03-28", status: "planned", goalIds: ["g-1", "g-2"] },
    { id: "n-3", text: "Do the Three Houses with Jack again at school.", ownerId: people.worker, due: "2025-04-04", status: "planned", goalIds: ["g-3"] },
  ],
  scales: [
    {
      id: "sc-overall",
      subject: { kind: "overall" },
      question: "On a scale of 0 to 10, where are we today?",
      anchors,
      polarity: "safety-high",
      judgements: [
        { id: "j-1", raterId: people.worker, raterRole: "worker", value: 4, reason: "Gran's weekends are working, but nothing is in place for weeknights yet.", on: "2025-03-14" },
        { id: "j-2", raterId: people.mum, raterRole: "parent", value: 6, reason: "Craig has not had a drink on the nights Gran has the children.", on: "2025-03-14" },
      ],
    },
    {
      id: "sc-d1",
      subject: { kind: "danger", dangerId: "d-1" },
      anchors,
      polarity: "safety-high",
      judgements: [
        { id: "j-3", raterId: people.worker, raterRole: "worker", value: 3, reason: "Amy was hurt two weeks ago and there is no plan yet for weeknights.", on: "2025-03-14" },
        { id: "j-4", raterId: people.dad, raterRole: "parent", value: 7, reason: "I have stopped drinking at home since Amy went to hospital.", on: "2025-03-14" },
      ],
    },
    {
      id: "sc-d2",
      subject: { kind: "danger", dangerId: "d-2" },
      anchors,
      polarity: "safety-high",
      judgements: [
        { id: "j-5", raterId: people.worker, raterRole: "worker", value: 5, reason: "Jack is sleeping at Gran's at weekends and says he likes it.", on: "2025-03-14" },
        { id: "j-6", raterId: people.mum, raterRole: "parent", value: 6, reason: "Jack is calmer since he has been going to Gran's.", on: "2025-03-14" },
      ],
    },
  ],
  childVoiceIds: ["cv-jack-houses"],
  analysis: {
    worker: {
      text: "We are most worried that Dad will hit Mum again after drinking while she holds Amy. Gran's weekends keep the children safe on Fridays and Saturdays, but nothing yet keeps them safe on weeknights, so the plan starts there.",
      danger: "Dad hitting Mum after drinking, while she holds Amy or while Jack hears it",
      dangerIds: ["d-1", "d-2"],
      safety: "Gran has the children every Friday and Saturday night, the nights Dad usually drinks, and has done since January",
      decision: "A child protection plan; a weeknight plan with Mum and Gran within a week",
    },
    family: [
      { heldBy: "Leanne (Mum)", personId: people.mum, view: "That's fair. The weeknights are when I worry most." },
      { heldBy: "Craig (Dad)", personId: people.dad, view: "I don't drink every weeknight, but I get why you're worried." },
    ],
  },
};

/** The fixture, parsed. `checkAssessmentMap(goodMap)` returns no findings. */
export const goodMap: AssessmentMap = AssessmentMapSchema.parse(goodMapInput);

/**
 * A copy of the fixture changed by `edit`, then parsed, so that every test map is a valid map.
 *
 * @param edit - Changes a deep copy of {@link goodMapInput}.
 * @returns The parsed map.
 */
export function mapWith(edit: (draft: AssessmentMapInput) => void): AssessmentMap {
  const draft = structuredClone(goodMapInput);
  edit(draft);
  return AssessmentMapSchema.parse(draft);
}
