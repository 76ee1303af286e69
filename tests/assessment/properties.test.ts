import fc from "fast-check";
import { test as fcTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { replay, undo } from "../../src/core";
import {
  addComplicatingFactor,
  addDangerStatement,
  addExistingSafety,
  addGreyArea,
  addHarmStatement,
  addNextStep,
  addSafetyGoal,
  addSafetyScale,
  addStrength,
  applyAssessmentMapChange,
  parseAssessmentMap,
  removeComplicatingFactor,
  removeDangerStatement,
  removeExistingSafety,
  removeGreyArea,
  removeHarmStatement,
  removeNextStep,
  removeSafetyGoal,
  removeSafetyScale,
  removeStrength,
  type AssessmentMap,
  type AssessmentMapAuditEntry,
  type AssessmentMapColumn,
  type AssessmentMapCommand,
  type DangerStatement,
  type HarmStatement,
} from "../../src/assessment";
import {
  arbAssessmentMap,
  arbComplicatingFactor,
  arbDangerStatement,
  arbExistingSafety,
  arbGreyArea,
  arbHarmStatement,
  arbIsoDate,
  arbNextStep,
  arbSafetyGoal,
  arbSafetyScale,
  arbStrength,
  arbText,
} from "../arbitraries";
import { deepFreeze, meta } from "./fixtures";

/** A seed of one command; {@link toCommand} turns it into a command valid for the current map. */
interface Seed {
  readonly kind: number;
  readonly pick: number;
  readonly other: number;
  readonly text: string;
  readonly on: string;
}
const arbSeed: fc.Arbitrary<Seed> = fc.record({ kind: fc.nat(15), pick: fc.nat(), other: fc.nat(), text: arbText(), on: arbIsoDate() });

const COLUMNS: readonly AssessmentMapColumn[] = ["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps", "scales"];
const VARIANTS = ["safety", "wellbeing", "success", "belonging"] as const;
const STATUSES = ["planned", "in-progress", "done", "not-done", "cancelled"] as const;

function nth<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function itemsOf(map: AssessmentMap, column: AssessmentMapColumn): readonly { readonly id: string }[] {
  return map[column];
}

/** Builds a command that is valid for `map`; `fresh` is an id not used in the map. */
function toCommand(map: AssessmentMap, seed: Seed, fresh: string): AssessmentMapCommand {
  const { pick, other, text, on } = seed;
  const danger = nth(map.dangers, pick)?.id;
  const goal = nth(map.goals, pick)?.id;
  const scale = nth(map.scales, pick);
  const setVariant: AssessmentMapCommand = { type: "set-variant", variant: nth(VARIANTS, pick) ?? "safety" };
  switch (seed.kind) {
    case 0:
      return { type: "add-item", column: "harm", item: { id: fresh, text, actorIds: [], childIds: [], status: "alleged", positions: [] } };
    case 1:
      return { type: "add-item", column: "dangers", item: { id: fresh, text, worriedParties: [text], actorIds: [], childIds: [], disputedBy: [], positions: [] } };
    case 2:
      return { type: "add-item", column: "goals", item: { id: fresh, ...(danger === undefined ? {} : { dangerId: danger }), owner: "agency", text, who: [], protectiveBehaviours: [], monitoredBy: [] } };
    case 3:
      return { type: "add-item", column: "scales", item: { id: fresh, subject: danger === undefined ? { kind: "overall" } : { kind: "danger", dangerId: danger }, polarity: "safety-high", judgements: [] } };
    case 4:
      return { type: "add-item", column: "existingSafety", item: { id: fresh, text, actorIds: [], dangerIds: danger === undefined ? [] : [danger], observedBy: [] } };
    case 5:
      return { type: "add-item", column: "nextSteps", item: { id: fresh, text, status: "planned", goalIds: goal === undefined ? [] : [goal], due: on } };
    case 6:
      return nth([
        { type: "add-item", column: "strengths", item: { id: fresh, text, personIds: [], observedBy: [] } },
        { type: "add-item", column: "complicatingFactors", item: { id: fresh, text, personIds: [] } },
        { type: "add-item", column: "greyAreas", item: { id: fresh, text } },
      ] as const, other) ?? setVariant;
    case 7: {
      const column = nth(COLUMNS.filter((c) => map[c].length > 0), other);
      if (column === undefined) return setVariant;
      const id = nth(itemsOf(map, column), pick)?.id ?? "absent";
      return { type: "update-item", column, id, patch: column === "scales" ? { question: text } : { text } } as AssessmentMapCommand;
    }
    case 8: {
      const column = nth(COLUMNS.filter((c) => map[c].length > 0), other);
      if (column === undefined) return setVariant;
      return { type: "remove-item", column, id: nth(itemsOf(map, column), pick)?.id ?? "absent", cascade: true };
    }
    case 9: {
      const grey = nth(map.greyAreas, pick);
      return grey === undefined ? setVariant : { type: "reclassify-grey-area", greyAreaId: grey.id, to: { column: "strengths", item: { id: fresh, text, personIds: [], observedBy: [] } } };
    }
    case 10:
      return scale === undefined ? setVariant : { type: "add-judgement", scaleId: scale.id, judgement: { id: fresh, value: other % 11, on } };
    case 11: {
      const judgement = scale === undefined ? undefined : nth(scale.judgements, other);
      return scale === undefined || judgement === undefined ? setVariant : { type: "remove-judgement", scaleId: scale.id, judgementId: judgement.id };
    }
    case 12: {
      const step = nth(map.nextSteps, pick);
      return step === undefined ? setVariant : { type: "set-next-step-status", nextStepId: step.id, status: nth(STATUSES, other) ?? "done" };
    }
    case 13:
      return other % 2 === 0 ? { type: "link-child-voice", childVoiceId: `cv-${String(pick % 3)}` } : { type: "unlink-child-voice", childVoiceId: `cv-${String(pick % 3)}` };
    case 14:
      return other % 2 === 0 && !map.participants.some((p) => p.personId === `p-new-${String(pick % 3)}`)
        ? { type: "add-participant", participant: { personId: `p-new-${String(pick % 3)}`, role: "network" } }
        : { type: "remove-participant", personId: nth(map.participants, pick)?.personId ?? "p-nobody" };
    default:
      return setVariant;
  }
}

function run(start: AssessmentMap, seeds: readonly Seed[]): { final: AssessmentMap; entries: AssessmentMapAuditEntry[] } {
  let map = start;
  const entries: AssessmentMapAuditEntry[] = [];
  seeds.forEach((seed, i) => {
    const { next, entry } = applyAssessmentMapChange(map, toCommand(map, seed, `new-${String(i)}`), meta);
    entries.push(entry);
    map = next;
  });
  return { final: map, entries };
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("properties", () => {
  fcTest.prop([arbAssessmentMap()])("a map survives a JSON round trip", (map) => {
    expect(parseAssessmentMap(json(map))).toEqual(map);
  });

  fcTest.prop([arbAssessmentMap(), fc.array(arbSeed, { maxLength: 12 })])("undoing every entry in reverse restores the map; replay re-creates the final map", (start, seeds) => {
    const { final, entries } = run(start, seeds);
    expect(parseAssessmentMap(json(final))).toEqual(final);
    expect(replay(start, entries)).toEqual(final);
    let back = final;
    for (const entry of [...entries].reverse()) back = undo(back, entry);
    expect(back).toEqual(start);
  });

  fcTest.prop([arbAssessmentMap(), fc.array(arbSeed, { maxLength: 12 })])("audited changes never mutate a deep-frozen map", (start, seeds) => {
    const snapshot = json(start);
    run(deepFreeze(start), seeds);
    expect(start).toEqual(snapshot);
  });

  const removers: readonly ((map: AssessmentMap, id: string) => AssessmentMap)[] = [
    removeHarmStatement,
    (map, id) => removeDangerStatement(map, id, { cascade: true }),
    removeComplicatingFactor,
    removeGreyArea,
    removeStrength,
    removeExistingSafety,
    removeSafetyGoal,
    removeNextStep,
    removeSafetyScale,
  ];

  fcTest.prop([arbAssessmentMap(), fc.nat(), fc.nat()])("removers never mutate a deep-frozen map and always leave a valid map", (start, which, pick) => {
    const snapshot = json(start);
    const column = COLUMNS[which % COLUMNS.length] ?? "harm";
    const remover = removers[which % removers.length] ?? removeHarmStatement;
    const id = nth(itemsOf(start, column), pick)?.id ?? "absent";
    const next = remover(deepFreeze(start), id);
    expect(start).toEqual(snapshot);
    expect(parseAssessmentMap(json(next))).toEqual(next);
  });

  /** `item` about the map's own children: its `childIds` taken from the map's, other children not among them. */
  function ownChildren<T extends HarmStatement | DangerStatement>(m: AssessmentMap, item: T): T {
    const childIds = [...new Set(item.childIds.map((_, i) => m.childIds[i % m.childIds.length]))];
    const own = new Set<string>(m.childIds);
    const others = "otherChildren" in item && item.otherChildren !== undefined ? { otherChildren: item.otherChildren.filter((o) => o.personId === undefined || !own.has(o.personId)) } : {};
    return { ...item, childIds, ...others };
  }

  fcTest.prop([
    arbAssessmentMap().chain((map) => {
      const dangerIds = map.dangers.map((d) => d.id);
      const goalIds = map.goals.map((g) => g.id);
      return fc.tuple(
        fc.constant(map),
        fc.oneof(
          // A statement can only be about the map's own children, as the updaters check.
          arbHarmStatement().map((item) => (m: AssessmentMap) => removeHarmStatement(addHarmStatement(m, ownChildren(m, item)), item.id)),
          arbDangerStatement().map((item) => (m: AssessmentMap) => removeDangerStatement(addDangerStatement(m, ownChildren(m, item)), item.id)),
          arbComplicatingFactor().map((item) => (m: AssessmentMap) => removeComplicatingFactor(addComplicatingFactor(m, item), item.id)),
          arbGreyArea().map((item) => (m: AssessmentMap) => removeGreyArea(addGreyArea(m, item), item.id)),
          arbStrength().map((item) => (m: AssessmentMap) => removeStrength(addStrength(m, item), item.id)),
          arbExistingSafety({ dangerIds }).map((item) => (m: AssessmentMap) => removeExistingSafety(addExistingSafety(m, item), item.id)),
          arbSafetyGoal({ dangerIds }).map((item) => (m: AssessmentMap) => removeSafetyGoal(addSafetyGoal(m, item), item.id)),
          arbNextStep({ goalIds }).map((item) => (m: AssessmentMap) => removeNextStep(addNextStep(m, item), item.id)),
          arbSafetyScale({ dangerIds }).map((item) => (m: AssessmentMap) => removeSafetyScale(addSafetyScale(m, item), item.id)),
        ),
      );
    }),
  ])("add then remove gives back an equal map, without mutating the frozen input", ([map, addThenRemove]) => {
    const snapshot = json(map);
    expect(addThenRemove(deepFreeze(map))).toEqual(map);
    expect(map).toEqual(snapshot);
  });
});
