import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/findings";
import {
  ChildVoiceRecordSchema,
  checkChildVoice,
  recordChildVoiceConsent,
  recordChildVoiceSharing,
  updateChildVoiceItem,
  type ChildVoiceRecord,
} from "../../src/child-voice";
import { dad, deepFreeze, isoDate, itemId, mum, personId, threeHouses, wordsAndPictures } from "./fixtures";

const codes = (record: ChildVoiceRecord): string[] => checkChildVoice(record).map((f) => f.code);

/** Amy's consent: "Mummy can see it but not Daddy, because he'll be cross." */
const notDaddy = recordChildVoiceConsent(threeHouses, {
  child: { status: "given", on: isoDate("2025-03-01"), limits: { notWith: [dad], childsReason: "because he'll be cross" } },
});

describe("the child's limits on sharing", () => {
  it("finds a Three Houses read out with Dad there when the child said not Daddy", () => {
    // #region read-out-with-dad
    const readOut = recordChildVoiceSharing(notDaddy, {
      id: itemId("s1"),
      audience: "conference",
      personIds: [mum, dad],
      on: isoDate("2025-03-10"),
      how: "read-out",
    });
    const findings = checkChildVoice(readOut);
    // [{ code: "child-voice/shared-against-childs-limits", severity: "error", path: ["sharedWith", 0, "personIds", 1], … }]
    // #endregion read-out-with-dad
    expect(findings).toEqual([
      {
        code: "child-voice/shared-against-childs-limits",
        severity: "error",
        path: ["sharedWith", 0, "personIds", 1],
        params: { personId: "dad", sharedOn: "2025-03-10", how: "read-out", childsReason: "because he'll be cross" },
      },
    ]);
    expect(formatFinding(findings[0]!)).toContain("the child said that person may not see it");
  });

  it("finds nothing when only the people the child allowed were there", () => {
    const withMum = recordChildVoiceSharing(notDaddy, { id: itemId("s1"), audience: "parent", personIds: [mum], on: isoDate("2025-03-10"), how: "shown-in-person" });
    expect(codes(withMum)).toEqual([]);
  });

  it("finds a person outside the only people the child named", () => {
    const onlyMum = recordChildVoiceConsent(threeHouses, { child: { status: "given", limits: { onlyWith: [mum] } } });
    const gran = personId("gran");
    const shared = recordChildVoiceSharing(onlyMum, { id: itemId("s1"), audience: "network", personIds: [mum, gran], on: isoDate("2025-03-10"), how: "meeting" });
    expect(checkChildVoice(shared).map((f) => [f.code, f.path])).toEqual([["child-voice/shared-against-childs-limits", ["sharedWith", 0, "personIds", 1]]]);
  });

  it("holds a Words and Pictures story to the child's limits too", () => {
    const story = recordChildVoiceConsent(wordsAndPictures, { child: { status: "not-able-to-consent", limits: { notWith: [personId("gary")] } } });
    const shown = recordChildVoiceSharing(story, { id: itemId("s2"), audience: "network", personIds: [personId("gary")], on: isoDate("2025-03-10"), how: "meeting" });
    expect(codes(shown)).toEqual(["child-voice/shared-against-childs-limits"]);
  });

  it("keeps the limits through parsing, and old records without limits still parse", () => {
    expect(ChildVoiceRecordSchema.parse(JSON.parse(JSON.stringify(notDaddy)))).toEqual(notDaddy);
    expect(ChildVoiceRecordSchema.safeParse(JSON.parse(JSON.stringify(threeHouses))).success).toBe(true);
  });
});

const observation = deepFreeze(
  ChildVoiceRecordSchema.parse({
    id: "obs-1",
    tool: "observation",
    childId: "leo",
    date: "2025-03-01",
    facilitatorId: "worker-1",
    consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
    observations: [{ id: "o1", response: "Went still and looked away when Dad came in", context: "Home visit, tea time", observedBy: "worker-1", presentIds: ["mum", "dad"] }],
    sharedWith: [{ id: "s1", audience: "conference", personIds: ["mum", "dad"], on: "2025-03-10", how: "read-out" }],
  }),
);

describe("a pre-verbal child's observed response", () => {
  it("is not flagged as a paraphrase, in an observation record or as an observed item", () => {
    expect(checkChildVoice(observation)).toEqual([]);
    const observedItem = updateChildVoiceItem(threeHouses, itemId("w1"), { text: "Pointed at the picture of the shouting man and hid her face", isChildsExactWords: false, isObserved: true });
    expect(codes(observedItem)).toEqual([]);
    const paraphrase = updateChildVoiceItem(threeHouses, itemId("w1"), { text: "Amy said she is scared of Dad", isChildsExactWords: false });
    expect(codes(paraphrase)).toEqual(["child-voice/not-childs-exact-words"]);
  });

  it("reports an observation record with nothing observed", () => {
    expect(codes({ ...observation, observations: [], sharedWith: [] } as ChildVoiceRecord)).toEqual(["child-voice/observation-empty"]);
  });
});

describe("an unborn child", () => {
  it("asks for the parents' hopes and worries and the plan for the arrival, not the child's words", () => {
    const preBirth = deepFreeze(
      ChildVoiceRecordSchema.parse({
        id: "pb-1",
        tool: "pre-birth",
        childId: "baby",
        date: "2025-03-01",
        facilitatorId: "worker-1",
        consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
        items: [{ id: "h1", section: "hopes", text: "That she comes home with us", saidBy: "mum", isExactWords: true }],
        sharedWith: [],
      }),
    );
    const findings = checkChildVoice(preBirth);
    expect(findings.map((f) => f.params?.["section"])).toEqual(["worries", "arrival-plan"]);
    expect(findings.every((f) => f.code === "child-voice/pre-birth-section-empty")).toBe(true);
    const text = formatFinding(findings[0]!);
    expect(text).toContain("hopes and worries for the baby");
    expect(text).not.toMatch(/own words|Three Houses/);
  });
});
