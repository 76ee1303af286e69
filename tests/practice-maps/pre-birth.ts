// PRE-BIRTH. Chloe is 30 weeks pregnant; her first child Kai (3) was removed in 2023 after Ryan
// (the baby's father) shook him. The harm to Kai belongs in the harm column although Kai is not one
// of this map's children.
import { personId } from "../../src/core";
import type { PracticeMap } from "./types";
import { earlierChildrenReady, participationReady } from "./readiness";

export const preBirth: PracticeMap = {
  name: "pre-birth",
  kind: "pre-birth",
  summary: "An unborn baby; harm to an earlier child recorded in the harm column; the baby's voice not expected.",
  map: {
    id: "map-pb", version: 1, childIds: ["baby"], variant: "safety", date: "2025-07-01", authorId: "sam",
    participants: [
      { personId: "sam", name: "Sam (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "chloe", name: "Chloe", role: "parent" },
      { personId: "ryan", name: "Ryan", role: "parent" },
      { personId: "midwife", name: "Jess (midwife)", role: "professional", agency: "Maternity" },
    ],
    parentsAndCarers: [
      { personId: "chloe", name: "Chloe", relation: "mother", view: "I was scared of Ryan then. It's different now." },
      { personId: "ryan", name: "Ryan", relation: "father", view: "I did shake Kai. I was on my own with him and he wouldn't stop crying." },
    ],
    harm: [
      {
        id: "h-1", text: "In March 2023 Ryan shook Kai, then four months old, when he would not stop crying.",
        actorIds: ["ryan"], behaviour: "Shook Kai when he would not stop crying", childIds: [],
        otherChildren: [{ name: "Kai", relation: "earlier-child" }],
        when: { on: "2023-03-14" }, impact: "Kai had bleeding on the brain and spent three weeks in hospital; he now lives with his father's parents.",
        status: "substantiated", source: "Care proceedings 2023", positions: [],
      },
    ],
    dangers: [
      {
        id: "d-1", text: "Children's Services and the midwife are worried that when the baby cries for a long time Ryan will shake the baby as he shook Kai, and the baby could be badly hurt or die, if nothing changes.",
        worriedParties: ["Children's Services", "Midwife"], actorIds: ["ryan"], behaviour: "Shakes a crying baby when he is alone and cannot settle them",
        context: "When Ryan is on his own with a baby who will not stop crying", childIds: ["baby"],
        impactIfNothingChanges: "The baby could have a brain injury, be disabled for life or die.", disputedBy: [], positions: [],
      },
    ],
    complicatingFactors: [],
    greyAreas: [],
    strengths: [{ id: "s-1", text: "Chloe has gone to every antenatal appointment with her sister Gemma.", personIds: ["chloe"], observedBy: ["Midwife"] }],
    existingSafety: [],
    goals: [
      {
        id: "g-1", dangerId: "d-1", owner: "agency",
        text: "Children's Services need to see that the baby is never left alone with Ryan until everyone agrees he can settle the baby safely, and that Ryan puts the baby down in the cot and walks away when he feels stressed, for twelve months.",
        who: ["Ryan", "Chloe", "Gemma"], protectiveBehaviours: ["Ryan puts the baby in the cot, walks out and rings Gemma when the crying gets to him", "Chloe or Gemma is with the baby whenever Ryan is"],
        childExperience: "The baby is held calmly and settled by the adults who care for them.", professionalObservation: "The health visitor sees Ryan use the plan at each visit.",
        sustainFor: { amount: 12, unit: "months" }, monitoredBy: ["Gemma", "Health visitor"],
      },
    ],
    nextSteps: [{ id: "n-1", text: "Jess shows Ryan and Chloe the ICON programme on coping with crying", ownerName: "Jess", due: "2025-07-15", status: "planned", goalIds: ["g-1"] }],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors: { zero: "The baby cannot go home from hospital with Chloe and Ryan", ten: "Everyone is confident the baby is safe at home" }, polarity: "safety-high", judgements: [
        { id: "j-1", raterName: "Sam", raterRole: "worker", value: 3, reason: "Ryan talks openly about what he did; the plan is untested", on: "2025-07-01" },
        { id: "j-2", raterName: "Chloe", raterRole: "parent", value: 6, reason: "Gemma will be there", on: "2025-07-01" },
      ] },
    ],
    childVoiceIds: [],
  },
  options: { childVoiceNotRequiredFor: [personId("baby")] },
  expected: [],
  mustNotAppear: [
    { code: "assessment/child-voice-missing", reason: "An unborn baby has no words; the map is not asked for them." },
    { code: "assessment/goal-framed-as-absence", reason: "The goal lists what Ryan, Chloe and Gemma will do." },
  ],
  pending: [
    { owner: "H4", kind: "must-not-appear", code: "assessment/statement-without-child", path: ["harm", 0], reason: "Harm to an earlier child names that child, outside the map's children.", ready: earlierChildrenReady },
    { owner: "H4", kind: "must-not-appear", code: "assessment/actor-view-missing", reason: "Ryan's own account is recorded.", ready: participationReady },
  ],
};
