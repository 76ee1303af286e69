// fast-check arbitraries of valid child-voice records.
import fc from "fast-check";
import { ChildVoiceRecordIdSchema } from "../../src/child-voice";
import { ChildVoiceRecordSchema, type ChildVoiceRecord, type ChildVoiceRecordInput } from "../../src/child-voice";
import { arbId, arbIsoDate, arbPersonId, arbText } from "../arbitraries";

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** Drops properties whose value is `undefined`, as JSON would. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const arbChildConsent = fc.record({ status: fc.constantFrom("given", "refused", "not-asked", "not-able-to-consent"), on: optional(arbIsoDate()) }).map(compact);
const arbParentConsent = fc
  .record({ status: fc.constantFrom("given", "refused", "not-asked", "not-needed"), personId: optional(arbPersonId()), on: optional(arbIsoDate()) })
  .map(compact);

const arbSharing = (id: string): fc.Arbitrary<object> =>
  fc
    .record({
      audience: fc.constantFrom("parent", "network", "professional", "conference", "court", "other"),
      personIds: optional(fc.array(arbPersonId(), { maxLength: 3 })),
      names: optional(fc.array(arbText(), { maxLength: 2 })),
      on: arbIsoDate(),
      how: fc.constantFrom("shown-in-person", "meeting", "copy-given", "read-out", "other"),
    })
    .map((s) => compact({ id, ...s }));

const arbItemBase = fc.record({
  text: arbText(),
  isChildsExactWords: fc.boolean(),
  drawingRef: optional(arbText()),
  audioRef: optional(arbText()),
});

/** Ids made from the position, so that they are unique within a record. */
function withIds<T extends object>(arb: fc.Arbitrary<T>, prefix: string, maxLength = 6): fc.Arbitrary<(T & { id: string })[]> {
  return fc.array(arb, { maxLength }).map((xs) => xs.map((x, i) => ({ ...x, id: `${prefix}${String(i)}` })));
}

const arbCommon = fc.record({
  id: arbId("cv-"),
  childId: arbPersonId(),
  date: arbIsoDate(),
  facilitatorId: arbPersonId(),
  consent: fc.record({ child: arbChildConsent, parent: arbParentConsent }),
  sharedWith: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbSharing(`s${String(i)}`)))),
  notes: optional(arbText()),
});

const arbThreeHouses = fc
  .record({
    houseNames: optional(fc.record({ worries: arbText(), "good-things": arbText(), dreams: arbText() }, { requiredKeys: [] })),
    items: withIds(fc.record({ section: fc.constantFrom("worries", "good-things", "dreams") }).chain((s) => arbItemBase.map((b) => compact({ ...b, ...s }))), "i"),
  })
  .map((r) => compact({ ...r, tool: "three-houses" }));

const arbWizardsAndFairies = fc
  .record({
    figure: fc.constantFrom("wizard", "fairy", "other"),
    items: withIds(fc.record({ section: fc.constantFrom("good-things", "worries", "wishes") }).chain((s) => arbItemBase.map((b) => compact({ ...b, ...s }))), "i"),
  })
  .map((r) => ({ ...r, tool: "wizards-and-fairies" }));

const arbSafetyHouse = fc
  .record({
    pathPosition: optional(fc.integer({ min: 0, max: 10 })),
    items: withIds(
      fc
        .record({
          section: fc.constantFrom("lives-in", "visits", "rules", "not-safe-with", "path"),
          people: optional(fc.array(arbPersonId(), { maxLength: 3 })),
          conditions: optional(fc.array(arbText(), { maxLength: 2 })),
        })
        .chain((s) => arbItemBase.map((b) => compact({ ...b, ...s }))),
      "i",
    ),
  })
  .map((r) => compact({ ...r, tool: "safety-house" }));

const arbWordsAndPictures = fc
  .record({
    purpose: fc.constantFrom("why-involved", "safety-plan", "why-not-at-home"),
    pages: withIds(
      fc
        .record({
          heading: optional(fc.constantFrom("title", "who-is-worried", "what-worried-about", "what-happened-then", "what-we-are-doing", "safety-plan-rule", "other")),
          text: arbText(),
          drawingRef: optional(arbText()),
        })
        .map(compact),
      "p",
      8,
    ).map((pages) => pages.map((p, i) => ({ ...p, number: i + 1 }))),
    audiences: fc.array(arbPersonId(), { maxLength: 3 }),
    authoredWith: fc.array(arbPersonId(), { maxLength: 2 }),
    version: fc.integer({ min: 1, max: 5 }),
    previousVersionId: optional(arbId("prev-")),
  })
  .map((r) => compact({ ...r, tool: "words-and-pictures" }));

/** The JSON of a valid child-voice record of any tool. */
export function arbChildVoiceRecordInput(): fc.Arbitrary<ChildVoiceRecordInput> {
  return fc
    .tuple(arbCommon, fc.oneof(arbThreeHouses, arbWizardsAndFairies, arbSafetyHouse, arbWordsAndPictures))
    .map(([common, tool]) => compact({ ...common, ...tool }) as ChildVoiceRecordInput);
}

/** A valid child-voice record of any tool, parsed (ids and dates branded). */
export function arbChildVoiceRecord(): fc.Arbitrary<ChildVoiceRecord> {
  return arbChildVoiceRecordInput().map((input) => ChildVoiceRecordSchema.parse(input));
}

/** A record id, for tests that need a fresh one. */
export function arbChildVoiceRecordId(): fc.Arbitrary<ReturnType<typeof ChildVoiceRecordIdSchema.parse>> {
  return arbId("cv-").map((s) => ChildVoiceRecordIdSchema.parse(s));
}
