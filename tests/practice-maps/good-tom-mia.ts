// GOOD. Tom (Dad) has long spells of depression when he stays in bed; Mia (14) misses school to
// look after Noah (3). Grandma Rose and the school nurse are the network.
import type { PracticeMap } from "./types";

const anchors = { zero: "Mia and Noah cannot stay with Dad", ten: "Everyone is confident Mia and Noah are cared for well enough to close the case" };

export const goodTomMia: PracticeMap = {
  name: "good-tom-mia",
  kind: "good",
  summary: "A parent's illness described by what he does and does not do; the young carer's own words; goals of presence.",
  map: {
    id: "map-tm", version: 1, childIds: ["mia", "noah"], variant: "safety", date: "2025-02-20", authorId: "sam",
    participants: [
      { personId: "sam", name: "Sam (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "tom", name: "Tom", role: "parent" },
      { personId: "rose", name: "Grandma Rose", role: "network" },
      { personId: "mia", name: "Mia", role: "child" },
    ],
    parentsAndCarers: [{ personId: "tom", name: "Tom", relation: "father", view: "When it gets bad I can't get up. I don't want Mia doing everything." }],
    harm: [
      {
        id: "h-1",
        text: "Since September Tom has stayed in bed for days at a time; Mia stayed home from school 19 days to feed and dress Noah. Mia said “I don't mind, someone has to”.",
        actorIds: ["tom"], behaviour: "Stayed in bed for days at a time and did not feed, dress or take Noah to nursery", childIds: ["mia", "noah"],
        when: { from: "2024-09-01", to: "2025-02-14", pattern: "Three spells of about a week; the last ended on 14 February." },
        impact: "Mia missed 19 days of school and fell behind in maths. Noah missed nursery and was hungry until Mia came home.",
        status: "substantiated", source: "School attendance record; Mia", positions: [],
      },
    ],
    dangers: [
      {
        id: "d-1",
        text: "Sam, Grandma Rose and the school nurse are worried that when Tom is unwell again he will stay in bed, and Mia will miss school to care for Noah, and Noah could go hungry or be hurt while nobody is watching him, if nothing changes.",
        worriedParties: ["Children's Services", "Grandma Rose", "School nurse"], actorIds: ["tom"], behaviour: "Stays in bed for days and does not care for Noah",
        context: "When Tom's low spells come back", childIds: ["mia", "noah"],
        impactIfNothingChanges: "Mia will fall further behind and carry the family alone; Noah could go hungry or be hurt while alone.", disputedBy: [], positions: [],
      },
    ],
    complicatingFactors: [{ id: "c-1", text: "Grandma Rose lives an hour away by bus.", personIds: ["rose"] }],
    greyAreas: [],
    strengths: [{ id: "s-1", text: "Tom rang the GP himself in January and has gone to every appointment since, with Rose.", personIds: ["tom"], observedBy: ["GP", "Rose"] }],
    existingSafety: [
      {
        id: "e-1", text: "Since 6 January Rose has come to stay whenever Tom texts her the word 'red', and Mia has gone to school on those days.",
        actorIds: ["rose", "tom"], dangerIds: ["d-1"], demonstratedSince: "2025-01-06", observedBy: ["Rose", "Mia", "School"],
      },
    ],
    goals: [
      {
        id: "g-1", dangerId: "d-1", owner: "agency",
        text: "Children's Services need to see that when Tom is unwell, another adult looks after Noah and Mia goes to school, for six months.",
        who: ["Tom", "Grandma Rose"], protectiveBehaviours: ["Tom texts Rose 'red' on the first morning he cannot get up, and Rose comes that day", "Rose takes Noah to nursery on those days"],
        childExperience: "Mia goes to school every day and Noah is fed and at nursery.", professionalObservation: "School attendance above 95% each month.",
        sustainFor: { amount: 6, unit: "months" }, monitoredBy: ["School nurse", "Sam"],
      },
    ],
    nextSteps: [{ id: "n-1", text: "Sam meets the school nurse and Rose to agree the 'red' plan in writing", ownerName: "Sam", due: "2025-03-06", status: "planned", goalIds: ["g-1"] }],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors, polarity: "safety-high", judgements: [
        { id: "j-1", raterName: "Sam", raterRole: "worker", value: 5, reason: "The 'red' text has worked twice", on: "2025-02-20" },
        { id: "j-2", raterName: "Tom", raterRole: "parent", value: 6, reason: "Rose came both times", on: "2025-02-20" },
      ] },
    ],
    childVoiceIds: ["tv-mia", "wf-noah"],
    analysis: { worker: { text: "Sam judges that the 'red' plan is keeping Mia at school and Noah cared for, but it has only been tested twice.", dangerIds: ["d-1"], safety: "Rose comes when Tom texts 'red'." }, family: [{ heldBy: "Tom", view: "It works when I send the text." }] },
  },
  options: { childVoiceRecords: [{ id: "tv-mia", childId: "mia" }, { id: "wf-noah", childId: "noah" }] },
  expected: [],
  mustNotAppear: [
    { code: "assessment/jargon", reason: "The map describes Tom's illness by what he does; no label is used." },
    { code: "assessment/jargon", path: ["harm", 0, "text"], reason: "Mia's quoted words are hers." },
  ],
  pending: [],
};
