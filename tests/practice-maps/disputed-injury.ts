// DISPUTED UNEXPLAINED INJURY. Leo (5 months) had a broken thigh bone; Hannah and Mark say he
// caught his leg in the cot bars; the hospital says the break is not explained by that. Nobody
// knows who hurt Leo. A Words and Pictures story explains to his sister Ella (6) what happened.
import { personId } from "../../src/core";
import type { PracticeMap } from "./types";
import { participationReady, unknownActorReady } from "./readiness";

export const disputedInjury: PracticeMap = {
  name: "disputed-injury",
  kind: "disputed-injury",
  summary: "Harm disputed with each view recorded; the actor not known, with who had care; a Words and Pictures story that tells 'what happened then' on the page of the worry.",
  map: {
    id: "map-di", version: 1, childIds: ["leo", "ella"], variant: "safety", date: "2025-08-05", authorId: "sam",
    participants: [
      { personId: "sam", name: "Sam (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "hannah", name: "Hannah", role: "parent" },
      { personId: "mark", name: "Mark", role: "parent" },
      { personId: "nana", name: "Nana Jean", role: "network" },
    ],
    parentsAndCarers: [
      { personId: "hannah", name: "Hannah", relation: "mother", view: "Leo's leg got caught in the cot. We would never hurt him." },
      { personId: "mark", name: "Mark", relation: "father", view: "We don't know how else it happened. We want him home." },
    ],
    harm: [
      {
        id: "h-1",
        text: "On 20 July 2025 Leo was taken to hospital with a broken thigh bone. The doctors say the break could not have been caused by his leg catching in the cot bars. Hannah and Mark say it was the cot.",
        actorIds: [], actorNotKnown: { inCareOfIds: ["hannah", "mark"], note: "Only Hannah and Mark looked after Leo in the two days before." },
        behaviour: "Leo's thigh bone was broken by a force the doctors say was not the cot; nobody has said how", childIds: ["leo"],
        when: { on: "2025-07-20" }, impact: "Leo was in great pain, was in a cast for six weeks and could not be held on his left side.",
        status: "disputed", source: "Hospital child protection report",
        positions: [
          { heldBy: "Hospital paediatrician", view: "A break like this needs a strong twisting force; a leg caught in cot bars would not do it." },
          { heldBy: "Hannah and Mark", personId: "hannah", view: "“His leg got stuck in the bars and he screamed. We got him out and took him in.”" },
        ],
      },
    ],
    dangers: [
      {
        id: "d-1",
        text: "Children's Services and the hospital are worried that because nobody knows how Leo's leg was broken, Leo could be badly hurt again at home, and Ella could be hurt or frightened, if nothing changes.",
        worriedParties: ["Children's Services", "Hospital"], actorIds: ["hannah", "mark"], behaviour: "Leo was badly hurt while in Hannah and Mark's care and nobody has explained how",
        childIds: ["leo", "ella"], impactIfNothingChanges: "Leo could have more broken bones or a head injury; Ella could see it happen and be frightened at home.",
        disputedBy: ["Hannah", "Mark"],
        positions: [
          { heldBy: "Children's Services", view: "Until we know how Leo was hurt, we cannot tell that it will not happen again." },
          { heldBy: "Hannah and Mark", view: "It was an accident with the cot; it will not happen again because we've changed the cot." },
        ],
      },
    ],
    complicatingFactors: [],
    greyAreas: [{ id: "ga-1", text: "Whether Leo has a condition that makes his bones break easily", toFindOut: "Bone tests booked for 20 August" }],
    strengths: [{ id: "s-1", text: "Hannah and Mark took Leo straight to hospital and have visited him every day.", personIds: ["hannah", "mark"], observedBy: ["Hospital", "Sam"] }],
    existingSafety: [
      {
        id: "e-1", text: "Since Leo came home on 22 July Nana Jean has lived with the family and been with Leo every time Hannah or Mark cares for him.",
        actorIds: ["nana"], dangerIds: ["d-1"], demonstratedSince: "2025-07-22", observedBy: ["Nana Jean", "Sam", "Health visitor"],
      },
    ],
    goals: [
      {
        id: "g-1", dangerId: "d-1", owner: "agency",
        text: "Children's Services need to see Leo cared for by adults who keep him safe and say what happens to him, with Nana Jean or another safe adult always there, for nine months.",
        who: ["Hannah", "Mark", "Nana Jean"], protectiveBehaviours: ["Nana Jean is with Leo whenever Hannah or Mark looks after him", "Hannah and Mark show the health visitor any mark or bruise on Leo the same day"],
        childExperience: "Leo is handled gently and comforted when he cries; Ella feels safe at home.", professionalObservation: "The health visitor sees Leo weekly with no new injuries.",
        sustainFor: { amount: 9, unit: "months" }, monitoredBy: ["Nana Jean", "Health visitor"],
      },
    ],
    nextSteps: [{ id: "n-1", text: "Sam shares the Words and Pictures story with Ella, Hannah, Mark and Nana Jean", ownerName: "Sam", due: "2025-08-12", status: "planned", goalIds: ["g-1"] }],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors: { zero: "Leo and Ella cannot be at home", ten: "Everyone is confident Leo and Ella are safe at home" }, polarity: "safety-high", judgements: [
        { id: "j-1", raterName: "Sam", raterRole: "worker", value: 3, reason: "Nana is always there, but we still do not know how Leo was hurt", on: "2025-08-05" },
        { id: "j-2", raterName: "Hannah", raterRole: "parent", value: 9, reason: "It was the cot", on: "2025-08-05" },
      ] },
    ],
    childVoiceIds: ["tv-ella"],
  },
  childVoice: [
    {
      id: "wp-ella", tool: "words-and-pictures", childId: "ella", date: "2025-08-04", facilitatorId: "sam",
      consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", on: "2025-08-04" } },
      sharedWith: [{ id: "sh-1", audience: "parent", how: "shown-in-person", on: "2025-08-05", personIds: ["ella", "hannah", "mark"] }],
      purpose: "why-involved",
      pages: [
        { id: "p1", number: 1, heading: "title", text: "Ella and Leo's story" },
        { id: "p2", number: 2, heading: "who-is-worried", text: "The doctors, Sam the social worker, Mummy, Daddy and Nana Jean all care about Leo and Ella." },
        { id: "p3", number: 3, heading: "what-worried-about", text: "In the summer Leo's leg was broken. Mummy and Daddy think it got stuck in the cot. The doctors think it happened another way. After that Leo went to hospital, and then Nana Jean came to live with everyone to help." },
        { id: "p4", number: 4, heading: "what-we-are-doing", text: "Nana Jean is always with Leo when Mummy or Daddy look after him." },
      ],
      audiences: ["ella"], authoredWith: ["hannah", "mark"], version: 1,
    },
  ],
  options: { childVoiceNotRequiredFor: [personId("leo")], childVoiceRecords: [{ id: "tv-ella", childId: "ella" }] },
  expected: [],
  mustNotAppear: [
    { code: "child-voice/words-and-pictures-missing-heading", reason: "Page 3 tells what happened then ('After that… then Nana Jean came'), under the worry's heading." },
    { code: "assessment/dispute-not-recorded", reason: "Both views are recorded, in their own words." },
    { code: "assessment/dispute-in-text", reason: "The statements are recorded as disputed." },
    { code: "assessment/jargon", path: ["harm", 0, "positions"], reason: "Positions are the parties' own words." },
    { code: "assessment/strength-contradicts-danger", reason: "Taking Leo to hospital is an act, not a claim that the parents are safe." },
  ],
  pending: [
    { owner: "H4", kind: "must-not-appear", code: "assessment/statement-without-actor", path: ["harm", 0], reason: "Nobody knows who hurt Leo: the map records that, and who had care; it must not push the worker to name a perpetrator.", ready: unknownActorReady },
    { owner: "H4", kind: "must-not-appear", code: "assessment/parent-view-missing", reason: "Both parents' views are recorded.", ready: participationReady },
  ],
};
