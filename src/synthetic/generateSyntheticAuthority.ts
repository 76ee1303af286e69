import type { ChildRecord } from "../records";
import { generateSyntheticAuthorityStream } from "./generateSyntheticAuthorityStream";
import type { SyntheticAuthorityOptions } from "./SyntheticAuthorityOptions";

/**
 * Generates the canonical child records of a realistic synthetic local authority: every child
 * who had contact with children's social care, with referrals, assessments, section 47
 * enquiries, conferences, child in need and child protection plans, early help, looked-after
 * episodes in SSDA903 shape (short breaks V3/V4 included), reviews, missing incidents, visits
 * and care proceedings.
 *
 * Each child's whole history is simulated from birth to 18, then cut at 31 March of `endYear`
 * as a return made that day would show it: later events are dropped, later end dates left
 * blank. A child's history does not depend on the cut: the records of `endYear - k` with
 * `years - k` (the same first collection year) are these records as known on 31 March of
 * `endYear - k` (same children, same dates of birth, same referrals and episodes up to that
 * day), so the returns of consecutive years written from them agree. The rates are calibrated to England's published figures for the year ending 31 March
 * 2025 (referrals about 520 per 10,000 children a year, re-referrals about 22%, NFA 6.5%,
 * assessed not in need about 31%, section 47 enquiries about 190 per 10,000, CP plans at 31
 * March about 41 per 10,000 with the published duration bands, looked after about 67 per
 * 10,000); see `SYNTHETIC_TARGETS`. The same options give the same records on every platform:
 * a seeded integer generator, integer day numbers, no clock.
 *
 * @param options - Seed, population, collection years and what to include.
 * @returns The child records, valid against `ChildRecordSchema`, in a fixed order.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` for an option out of its range.
 *
 * @example
 * {@includeCode ../../tests/synthetic/generateSyntheticAuthority.test.ts#docs-example}
 *
 * @category Synthetic data
 */
export function generateSyntheticAuthority(options: SyntheticAuthorityOptions): readonly ChildRecord[] {
  return [...generateSyntheticAuthorityStream(options)];
}
