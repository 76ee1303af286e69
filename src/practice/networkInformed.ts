import { caseEvidence } from "../audit";
import { currentMembers, isInformedOfCurrentMap } from "../network";
import type { PracticeMetricOptions } from "./caseFlags";
import { caseOf, isOpen, percent, suppressed } from "./internal";
import type { PracticeCase } from "./PracticeMetric";
import type { MetricResult } from "../metrics";

/**
 * `practice.network-informed`: the percentage of open cases whose safety network members have
 * all been told the danger statements and safety goals of the current map version.
 *
 * - Denominator: cases open at the snapshot with a current map and a network with at least one
 *   current member (cases without are excluded, with a note giving how many).
 * - Numerator: those in which every current member is informed of the current map as of the
 *   snapshot (`isInformedOfCurrentMap`: an informing record of the map's id and a version at
 *   least the current one). Counting unit: cases.
 *
 * @param cases - Case files, or `{ caseFile, timelines }`. Not changed.
 * @param options - The snapshot date and disclosure control.
 * @returns The metric.
 * @throws {@link KinsafeError} with code `invalid-argument` when the snapshot is not a calendar date or the threshold is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/practice/practiceMetrics.test.ts#network-informed}
 *
 * @category Practice metrics
 */
export function networkInformed(cases: readonly PracticeCase[], options: PracticeMetricOptions): MetricResult {
  const { snapshot } = options;
  let withNetwork = 0;
  let informed = 0;
  let excluded = 0;
  for (const c of cases) {
    const { caseFile, timelines } = caseOf(c);
    if (!isOpen(timelines, snapshot)) continue;
    const map = caseEvidence(caseFile, { asOf: snapshot }).currentMap;
    const network = caseFile.network;
    const members = network === undefined ? [] : currentMembers(network, snapshot);
    if (map === undefined || network === undefined || members.length === 0) {
      excluded += 1;
      continue;
    }
    withNetwork += 1;
    if (members.every((m) => isInformedOfCurrentMap(network, m.personId, map, { asOf: snapshot }))) informed += 1;
  }
  const notes = excluded === 0 ? [] : [`${String(excluded)} open case(s) without a current map or network members excluded.`];
  return suppressed(percent("practice.network-informed", "Open cases whose network members have all been told the current danger statements and safety goals", "cases", informed, withNetwork, notes), options.suppress);
}
