/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- variants edit the case file as free JSON. */
// The calibration set of the audit suggestions (docs/quality-assurance.md, "Calibration"): the
// worked family's good case and weak variants of it, each with the band a practice lead would put
// the criterion in, written before the weights were chosen. Each weak map is one of the problems
// the practice review of issue 12 found the suggestions too generous or too harsh about.
import type { AuditAnswerValue } from "../../../src/audit";
import type { Json } from "../fixtures";

/** One calibration map: the change to the good case, and per criterion the practice lead's band. */
export interface CalibrationMap {
  readonly name: string;
  /** What a practice lead sees in it. */
  readonly why: string;
  readonly change: (i: Json) => void;
  /** Per criterion: the lowest and highest score a practice lead would accept, or the presence answers. */
  readonly expected: Readonly<Record<string, readonly [number, number] | readonly AuditAnswerValue[]>>;
}

const jargonDanger = (i: Json): void => {
  i.maps[0].dangers[0].text = "Children's Services have safeguarding concerns that Lee's chaotic lifestyle and risky behaviours will expose Amy and Ben to significant harm";
  i.maps[0].dangers[1].text = "Children's Services are worried about the toxic trio and disguised compliance, and that Amy and Ben will be frightened and could be hurt if things are thrown when Kerry and Lee argue";
};

export const CALIBRATION_MAPS: readonly CalibrationMap[] = [
  {
    name: "good",
    why: "The worked family with every gap filled: each column specific, dated, plain; each child's own voice; reviews scaled.",
    change: () => undefined,
    expected: { "map-3": [9, 10], "map-5": [9, 10], "map-7": [9, 10], "map-8": [9, 10], "plan-3": [9, 10], "plan-8": [9, 10] },
  },
  {
    name: "labels",
    why: "Both danger statements written in professional labels (five labels in all): a family could not say what the worry is.",
    change: jargonDanger,
    expected: { "map-3": [2, 6] },
  },
  {
    name: "compliance-strengths",
    why: "What is working well is compliance and judgement (\"engaging well\", \"cooperative\"), with no existing safety.",
    change: (i) => {
      i.maps[0].existingSafety = [];
      i.maps[0].strengths = [
        { id: "s-1", text: "Kerry is engaging well with services", personIds: ["kerry"], observedBy: [] },
        { id: "s-2", text: "Lee is cooperative and presents as loving", personIds: ["lee"], observedBy: [] },
      ];
    },
    expected: { "map-5": [1, 5] },
  },
  {
    name: "worker-only-scales",
    why: "Only the social worker scaled; nobody in the family was asked where they are.",
    change: (i) => {
      for (const sc of i.maps[0].scales) sc.judgements = sc.judgements.filter((j: Json) => j.raterRole === "worker");
    },
    expected: { "map-7": [1, 5] },
  },
  {
    name: "one-child-unheard",
    why: "Amy's Three Houses is on the map; Ben's voice was never recorded. Some children heard, not all.",
    change: (i) => {
      i.childVoice = i.childVoice.filter((r: Json) => r.id !== "th-ben");
      i.maps[0].childVoiceIds = ["wp-why", "th-amy"];
    },
    expected: { "map-8": [4, 8] },
  },
  {
    name: "reviews-as-map-versions",
    why: "The plan was reviewed, and the review's judgements recorded as map version 2, as docs/bottom-lines.md advises.",
    change: (i) => {
      i.plans[0].reviews = [];
      const v2 = structuredClone(i.maps[0]);
      v2.version = 2;
      v2.date = "2025-05-14";
      v2.scales[0].judgements.push({ id: "j-review", raterId: "sw-sarah", raterRole: "worker", value: 6, reason: "The network acted fast", on: "2025-05-14" });
      i.maps.push(v2);
    },
    expected: { "plan-8": [9, 10] },
  },
  {
    name: "network-not-told",
    why: "Nobody in the network has been told the danger statements and goals.",
    change: (i) => {
      i.network.informing = [];
    },
    expected: { "plan-3": [0, 4] },
  },
];
