import type { AssessmentMap } from "../assessment";
import type { IsoDate, PersonId } from "../core";
import type { SafetyNetwork } from "./Network";
import { assertDate } from "./internal";

/**
 * Options of {@link isInformedOfCurrentMap}.
 *
 * @category Network
 */
export interface IsInformedOptions {
  /** Only informing recorded on or before this day counts. Default: every record counts. */
  readonly asOf?: IsoDate;
}

/**
 * Tells whether a person has been told the danger statements and safety goals of the current
 * version of the assessment map.
 *
 * What makes a group of concerned people a safety network is that its members know the harm,
 * the danger statements and the safety goals (Queensland practice kit; domain specification
 * 3.1 and stage 4 of 2.2: "each member has an informedOn date and the version of statements
 * they saw"). A person is informed of the current map when an informing record names them, the
 * map's id, and a version at least the map's `version`; being told an older version is not
 * enough, because the statements may have changed at the review.
 *
 * @param network - The safety network, whose `informing` records are read.
 * @param personId - The person to ask about.
 * @param map - The current assessment map.
 * @param options - `asOf`, to ignore records dated after a given day.
 * @returns `true` when the person was told the current version.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/network/isInformedOfCurrentMap.test.ts#docs-example}
 *
 * @category Network
 */
export function isInformedOfCurrentMap(network: SafetyNetwork, personId: PersonId, map: AssessmentMap, options: IsInformedOptions = {}): boolean {
  const { asOf } = options;
  if (asOf !== undefined) assertDate(asOf, "options.asOf");
  return network.informing.some(
    (r) => r.personId === personId && r.mapId === map.id && r.mapVersion >= map.version && (asOf === undefined || r.on <= asOf),
  );
}
