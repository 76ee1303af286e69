import type { ChildRecord } from "../../src/records";

// Records as kinsafe stored them before record schema version 2: the looked-after episode's and
// missing incident's fields under their old names, and no `schemaVersion`.

const V2_TO_V1_EPISODE: Readonly<Record<string, string>> = {
  startDate: "decom",
  reasonForNewEpisode: "rne",
  legalStatus: "ls",
  categoryOfNeed: "cin",
  placementType: "place",
  placementProvider: "provider",
  endDate: "dec",
  reasonEpisodeCeased: "rec",
  reasonForPlacementChange: "reasonPlaceChange",
};
const V2_TO_V1_MISSING: Readonly<Record<string, string>> = { missingType: "missing", startDate: "start", endDate: "end" };

const renameKeys = (o: object, names: Readonly<Record<string, string>>): object => Object.fromEntries(Object.entries(o).map(([k, v]) => [names[k] ?? k, v]));

/** A record as version 1 wrote it: the old names, no `schemaVersion`. */
export function asVersion1(r: ChildRecord): object {
  const { schemaVersion: _, ...rest } = r;
  return { ...rest, lookedAfterEpisodes: r.lookedAfterEpisodes.map((e) => renameKeys(e, V2_TO_V1_EPISODE)), missing: r.missing.map((m) => renameKeys(m, V2_TO_V1_MISSING)) };
}
