import { createWorkingDayCalendar } from "../calendar";
import { KinsafeError, toDayNumber } from "../core";
import { BIRTH_SPACING } from "./model";
import type { SimulationContext } from "./simulateChild";

/**
 * Options of `generateSyntheticAuthority` and `generateSyntheticAuthorityStream`.
 *
 * @category Synthetic data
 */
export interface SyntheticAuthorityOptions {
  /** The seed: a whole number from 0 to 2^32 - 1. The same seed gives the same records on every platform. */
  readonly seed: number;
  /** Children aged 0-17 living in the authority (the ONS mid-year estimate the rates are per 10,000 of). At least 1. */
  readonly children0to17: number;
  /** Collection years the records cover, ending with `endYear` (1 to 20). */
  readonly years: number;
  /** The year of the 31 March that ends the last collection year. Default 2025 (the year ending 31 March 2025). */
  readonly endYear?: number;
  /** The authority's three-digit code, used in child ids and UPNs. Default `"999"`. */
  readonly la?: string;
  /**
   * Years of history before the first collection year kept in the records, so that re-referrals
   * and repeat plans of the first year can look back. Episodes that ended earlier are left out.
   * Default 2.
   */
  readonly historyYears?: number;
  /** Whether to generate statutory visits (CP, CIN and looked-after visits). They are most of the records' size. Default `true`. */
  readonly visits?: boolean;
}

/**
 * Checks the options and builds what every child of the authority shares.
 *
 * @internal
 */
export function createSimulationContext(options: SyntheticAuthorityOptions): SimulationContext {
  const { seed, children0to17, years } = options;
  const endYear = options.endYear ?? 2025;
  const la = options.la ?? "999";
  const historyYears = options.historyYears ?? 2;
  const fail = (message: string): never => {
    throw new KinsafeError("invalid-argument", `Synthetic authority: ${message}`);
  };
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) fail(`seed must be a whole number from 0 to 4294967295; received ${String(seed)}.`);
  if (!Number.isInteger(children0to17) || children0to17 < 1 || children0to17 > 100_000_000) fail(`children0to17 must be a whole number from 1 to 100,000,000; received ${String(children0to17)}.`);
  if (!Number.isInteger(years) || years < 1 || years > 20) fail(`years must be a whole number from 1 to 20; received ${String(years)}.`);
  if (!Number.isInteger(endYear) || endYear < 1950 || endYear > 2100) fail(`endYear must be a whole year from 1950 to 2100; received ${String(endYear)}.`);
  if (!Number.isInteger(historyYears) || historyYears < 0 || historyYears > 18) fail(`historyYears must be a whole number from 0 to 18; received ${String(historyYears)}.`);
  if (!/^\d{3}$/.test(la)) fail(`la must be a three-digit code; received ${JSON.stringify(la)}.`);
  const cut = toDayNumber(`${String(endYear)}-03-31`);
  const historyStart = toDayNumber(`${String(endYear - years - historyYears)}-04-01`);
  const firstBirth = toDayNumber(`${String(endYear - years - historyYears - 18)}-04-01`);
  const birthSpan = cut - firstBirth + 1;
  // Births are spread evenly so that at any date about `children0to17` children are under 18
  // (18 years = 6574.365 days): the child in slot s is born BIRTH_SPACING / births days after
  // the first birth. The spacing depends only on the population, never on the cut, so the child
  // in a slot has the same date of birth, and so the same history, whichever year the records
  // are cut at (the returns of consecutive years describe the same children). The slots are the
  // births on or before the cut: s * spacing < birthSpan * births.
  const births = children0to17 * 1000;
  const slots = Math.floor((birthSpan * births - 1) / BIRTH_SPACING) + 1;
  const calendar = createWorkingDayCalendar();
  return {
    seed: seed >>> 0,
    la,
    cut,
    historyStart,
    firstBirth,
    births,
    slots,
    visits: options.visits ?? true,
    calendarFirst: calendar.firstDay,
    ordinals: calendar.ordinals,
    workingDays: calendar.workingDays,
  };
}
