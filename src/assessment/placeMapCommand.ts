import { json, notFound, type CommandPlacement } from "../core";
import type { AssessmentMap } from "./AssessmentMap";
import { MAP_ITEM_SCHEMAS } from "./mapColumns";

// Where the payload of an assessment-map command goes in the map, for checking a command in one
// pass in the map's paths (see applyAssessmentMapChange). Reads the command defensively: it may
// not have parsed.

const COLUMNS = new Set(Object.keys(MAP_ITEM_SCHEMAS));

function isColumn(value: unknown): value is keyof typeof MAP_ITEM_SCHEMAS {
  return typeof value === "string" && COLUMNS.has(value);
}

/**
 * The map with the command's payload in place, and where each part of the payload went; or
 * `undefined` when the command does not say where (an unknown type or list) or has no payload (a
 * removal). A command that names an item the map does not have is placed nowhere, with the
 * problem at its own path (`["command", "id"]`).
 *
 * | Command | Payload | Path in the map |
 * |---|---|---|
 * | `add-item` | `item` | `[column, n]` (n: the list's length) |
 * | `update-item` | `patch` | `[column, i]` (i: the item's index) |
 * | `reclassify-grey-area` | `to.item` | `[to.column, n]` |
 * | `add-judgement` | `judgement` | `["scales", i, "judgements", n]` |
 * | `set-next-step-status` | `status` | `["nextSteps", i, "status"]` |
 * | `link-child-voice` | `childVoiceId` | `["childVoiceIds", n]` |
 * | `add-participant` | `participant` | `["participants", n]` |
 * | `set-variant` | `variant` | `["variant"]` |
 *
 * @internal
 */
export function placeMapCommand(map: AssessmentMap, command: unknown): CommandPlacement | undefined {
  const c = json.obj(command);
  if (c === undefined) return undefined;
  const doc = map as unknown as Readonly<Record<string, unknown>>;
  const append = (key: string, item: unknown): { candidate: unknown; index: number } => {
    const list = json.list(doc[key]);
    return { candidate: { ...doc, [key]: [...list, item] }, index: list.length };
  };
  switch (c["type"]) {
    case "add-item": {
      const column = c["column"];
      if (!isColumn(column)) return undefined;
      const { candidate, index } = append(column, c["item"]);
      return { candidate, routes: [{ payload: ["item"], at: [column, index] }] };
    }
    case "update-item": {
      const column = c["column"];
      if (!isColumn(column)) return undefined;
      const i = json.indexOf(doc[column], c["id"]);
      if (i < 0) return notFound(["id"], `The map has no item with the id ${JSON.stringify(c["id"])} in ${column}.`, c["id"]);
      const item = json.merged(json.list(doc[column])[i], c["patch"], c["unset"], "id");
      return { candidate: { ...doc, [column]: json.with(doc[column], i, item) }, routes: [{ payload: ["patch"], at: [column, i] }] };
    }
    case "reclassify-grey-area": {
      const to = json.obj(c["to"]);
      const column = to?.["column"];
      const i = json.indexOf(doc["greyAreas"], c["greyAreaId"]);
      if (i < 0) return notFound(["greyAreaId"], `The map has no grey area with the id ${JSON.stringify(c["greyAreaId"])}.`, c["greyAreaId"]);
      if (to === undefined || !isColumn(column) || column === "greyAreas") return undefined;
      const greyAreas = json.list(doc["greyAreas"]).filter((_, j) => j !== i);
      const list = json.list(doc[column]);
      return { candidate: { ...doc, greyAreas, [column]: [...list, to["item"]] }, routes: [{ payload: ["to", "item"], at: [column, list.length] }] };
    }
    case "add-judgement": {
      const i = json.indexOf(doc["scales"], c["scaleId"]);
      if (i < 0) return notFound(["scaleId"], `The map has no safety scale with the id ${JSON.stringify(c["scaleId"])}.`, c["scaleId"]);
      const scale = json.obj(json.list(doc["scales"])[i]) ?? {};
      const judgements = json.list(scale["judgements"]);
      const scales = json.with(doc["scales"], i, { ...scale, judgements: [...judgements, c["judgement"]] });
      return { candidate: { ...doc, scales }, routes: [{ payload: ["judgement"], at: ["scales", i, "judgements", judgements.length] }] };
    }
    case "set-next-step-status": {
      const i = json.indexOf(doc["nextSteps"], c["nextStepId"]);
      if (i < 0) return notFound(["nextStepId"], `The map has no next step with the id ${JSON.stringify(c["nextStepId"])}.`, c["nextStepId"]);
      const nextSteps = json.with(doc["nextSteps"], i, { ...json.obj(json.list(doc["nextSteps"])[i]), status: c["status"] });
      return { candidate: { ...doc, nextSteps }, routes: [{ payload: ["status"], at: ["nextSteps", i, "status"] }] };
    }
    case "link-child-voice": {
      const { candidate, index } = append("childVoiceIds", c["childVoiceId"]);
      return { candidate, routes: [{ payload: ["childVoiceId"], at: ["childVoiceIds", index] }] };
    }
    case "add-participant": {
      const { candidate, index } = append("participants", c["participant"]);
      return { candidate, routes: [{ payload: ["participant"], at: ["participants", index] }] };
    }
    case "set-variant":
      return { candidate: { ...doc, variant: c["variant"] }, routes: [{ payload: ["variant"], at: ["variant"] }] };
    default:
      return undefined;
  }
}
