/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
// Case files for the audit, practice and research tests, built from the worked family of the
// network tests (tests/network/fixtures.ts): Kerry, Amy and Ben, Lee; a network found by the
// family; a plan with four rules; two months of monitoring with one breach. `goodInit()` is that
// family with the gaps of the worked case filled in (harm statements dated and specific, every
// scale judgement with a reason, Amy's and Ben's own Three Houses, each parent's view, Michelle's
// commitment beyond closure),
// so that it meets every criterion of both built-in audit tools; `caseWith(change)` makes a
// variant.
import { MAPPING_AUDIT_TOOL, ToolAdjustmentSchema, type ToolAdjustment } from "../../src/audit";
import { createCaseFile, type CaseFile, type CaseFileInit } from "../../src/case-file";
import { asOf, childVoice, deepFreeze, ids, map, monitoring, network, people, plan } from "../bottom-lines/fixtures";
import { workedBottomLines } from "../bottom-lines/fixtures";

export { asOf, ids, deepFreeze } from "../bottom-lines/fixtures";

/** A case file as plain mutable JSON, for building variants. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the header.
export type Json = any;

const benThreeHouses = {
  id: "th-ben",
  tool: "three-houses",
  childId: "ben",
  date: "2025-03-22",
  facilitatorId: "sw-sarah",
  consent: { child: { status: "given", on: "2025-03-22" }, parent: { status: "given", personId: "kerry", on: "2025-03-21" } },
  sharedWith: [],
  items: [
    { id: "w1", section: "worries", text: "Daddy shouting", isChildsExactWords: true },
    { id: "g1", section: "good-things", text: "Nanny Pat's garden", isChildsExactWords: true },
    { id: "d1", section: "dreams", text: "Mummy and Daddy being friends", isChildsExactWords: true },
  ],
};

const amyThreeHouses = {
  id: "th-amy",
  tool: "three-houses",
  childId: "amy",
  date: "2025-03-22",
  facilitatorId: "sw-sarah",
  consent: { child: { status: "given", on: "2025-03-22" }, parent: { status: "given", personId: "kerry", on: "2025-03-21" } },
  sharedWith: [],
  items: [
    { id: "w1", section: "worries", text: "When Daddy drinks beer and shouts", isChildsExactWords: true },
    { id: "g1", section: "good-things", text: "Going to Nanny Pat's on Saturdays", isChildsExactWords: true },
    { id: "d1", section: "dreams", text: "Everyone being happy at home", isChildsExactWords: true },
  ],
};

/** The worked family with every gap filled: meets every built-in audit criterion as of {@link asOf}. */
export function goodInit(): Json {
  const m: Json = structuredClone(map);
  m.harm[0].impact = "Amy had a red mark on her cheek and was scared to go home";
  m.harm[1].behaviour = "shouting and throwing things at each other in front of the children";
  m.harm[1].impact = "Amy hides under the bed and Ben wets the bed after arguments";
  m.harm[1].when = { pattern: "Most weekends since autumn 2024; the worst in January 2025" };
  m.dangers[1].behaviour = "shouting and throwing things at each other";
  m.dangers[1].impactIfNothingChanges = "Amy and Ben will stay frightened at home and could be hurt by something thrown";
  for (const scale of m.scales) for (const j of scale.judgements) j.reason ??= "What is working and what still worries us";
  // Amy's own Three Houses: the Words and Pictures story tells Amy, it does not hear her.
  m.childVoiceIds = ["wp-why", "th-ben", "th-amy"];
  // Each parent's view, Lee's (whose drinking is the worry) included (rule Q16).
  m.parentsAndCarers = [
    { personId: "kerry", name: "Kerry", relation: "mother", view: "I want the children to feel safe and I will ring Gran if Lee comes round drunk" },
    { personId: "lee", name: "Lee", relation: "father", view: "I know the children were scared; I will only see them at Gran's and not after I have had a drink" },
  ];
  const n: Json = structuredClone(network);
  n.members[2].staysAfterClosure = "yes";
  return {
    id: "case-amy-ben",
    childIds: [ids.amy, ids.ben],
    people: structuredClone(people),
    maps: [m],
    childVoice: [...structuredClone(childVoice), benThreeHouses, amyThreeHouses],
    network: n,
    plans: [structuredClone(plan)],
    monitoring: structuredClone(monitoring),
    bottomLines: structuredClone(workedBottomLines.filter((b) => b.kind !== "custom")),
  };
}

/** A case file made from {@link goodInit} after `change` edits the JSON. */
export function caseWith(change: (init: Json) => void = () => undefined): CaseFile {
  const init: Json = goodInit();
  change(init);
  return createCaseFile(init as CaseFileInit);
}

/** The good case file. */
export const goodCase: CaseFile = caseWith();

export { asOf as auditDay };

/** The adjustments a trial authority made to the mapping audit: one criterion reworded, one added, one dropped. */
export const adjustments: readonly ToolAdjustment[] = deepFreeze(
  [
    {
      type: "replace-criterion",
      criterion: { ...MAPPING_AUDIT_TOOL.sections[1]!.criteria[1]!, text: "Danger statements are in the family's words, say who is worried, and are no more than three." },
      reason: "The family said the statements should be in their words",
    },
    {
      type: "add-criterion",
      sectionId: "map-record",
      index: 1,
      criterion: { id: "map-culture", text: "The family's culture and identity are recorded.", guidance: "Ask the family how they describe themselves.", scale: { kind: "presence" } },
    },
    { type: "remove-criterion", criterionId: "map-10", reason: "Grey areas are audited in supervision" },
  ].map((a) => ToolAdjustmentSchema.parse(a)),
);

