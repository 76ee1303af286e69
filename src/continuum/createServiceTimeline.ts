import type { ChildDetails } from "../metrics";
import type { ServiceTimeline, ServiceTimelineId } from "./ServiceTimeline";

/**
 * Starts an empty service timeline for a child. Add events with `applyServiceEvent`.
 *
 * @param id - The timeline's id.
 * @param child - The child's identity and characteristics.
 * @returns A timeline with no events (the child is at the universal level).
 *
 * @example
 * {@includeCode ../../tests/continuum/applyServiceEvent.test.ts#docs-example}
 *
 * @category Continuum
 */
export function createServiceTimeline(id: ServiceTimelineId, child: ChildDetails): ServiceTimeline {
  return { id, child, events: [] };
}
