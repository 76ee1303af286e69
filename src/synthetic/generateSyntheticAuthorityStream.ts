import type { ChildRecord } from "../records";
import { simulateChild } from "./simulateChild";
import { createSimulationContext, type SyntheticAuthorityOptions } from "./SyntheticAuthorityOptions";

/**
 * Generates the canonical child records of a synthetic local authority one at a time, so that
 * a very large authority (millions of referrals) never has to be held in memory. The records
 * are exactly those of {@link generateSyntheticAuthority} with the same options, in the same
 * order.
 *
 * Options are checked when the first record is requested.
 *
 * @param options - Seed, population, collection years and what to include.
 * @returns A generator of child records, each valid against `ChildRecordSchema`.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` for an option out of its range (a seed that is not a 32-bit whole number, no children, more than 20 years).
 *
 * @example
 * {@includeCode ../../tests/synthetic/generateSyntheticAuthority.test.ts#stream}
 *
 * @category Synthetic data
 */
export function* generateSyntheticAuthorityStream(options: SyntheticAuthorityOptions): Generator<ChildRecord, void, undefined> {
  const ctx = createSimulationContext(options);
  for (let slot = 0; slot < ctx.slots; slot++) {
    const record = simulateChild(ctx, slot);
    if (record !== undefined) yield record;
  }
}
