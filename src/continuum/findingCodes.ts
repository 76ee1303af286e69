/**
 * Every finding code the continuum of service can return. Stable forever once released.
 *
 * Refusals of `applyServiceEvent` (severity `error`) say which rule of
 * `SERVICE_EVENT_RULES` the event broke; the rest are warnings and notes on accepted events,
 * and the findings of `dueDates` (deadlines it could not compute, due dates that may move).
 *
 * @category Continuum
 */
export const CONTINUUM_FINDING_CODES = [
  // Checks made for every event
  "continuum/event-out-of-order",
  "continuum/event-not-allowed-at-level",
  // Episodes of need
  "continuum/no-open-episode",
  "continuum/episode-already-open",
  "continuum/referral-already-decided",
  "continuum/referral-not-decided",
  "continuum/referral-was-no-further-action",
  // Early help
  "continuum/early-help-without-consent",
  "continuum/no-open-early-help",
  "continuum/early-help-already-open",
  // Assessment
  "continuum/no-open-assessment",
  "continuum/assessment-already-open",
  "continuum/no-factors-code-not-alone",
  // Strategy discussion and section 47
  "continuum/section-47-without-strategy-discussion",
  "continuum/section-47-without-reasonable-cause",
  "continuum/no-open-section-47",
  "continuum/section-47-already-open",
  // Conferences and plans
  "continuum/conference-not-required",
  "continuum/plan-without-category",
  "continuum/plan-without-conference-decision",
  "continuum/no-open-cp-plan",
  "continuum/cp-plan-already-open",
  "continuum/cp-plan-ends-on-start-day",
  "continuum/no-open-cin-plan",
  "continuum/cin-plan-already-open",
  "continuum/cin-plan-without-assessment",
  // Public law
  "continuum/no-open-pre-proceedings",
  "continuum/pre-proceedings-already-open",
  "continuum/no-open-proceedings",
  "continuum/proceedings-already-open",
  "continuum/extension-too-long",
  "continuum/proceedings-without-pre-proceedings",
  // Emergency protection
  "continuum/no-open-police-protection",
  "continuum/police-protection-already-open",
  "continuum/unknown-police-protection",
  "continuum/no-open-emergency-protection-order",
  "continuum/emergency-protection-order-already-open",
  "continuum/emergency-protection-order-already-extended",
  // Looked after
  "continuum/not-looked-after",
  "continuum/already-looked-after",
  "continuum/episode-change-incomplete",
  // Closure
  "continuum/closure-with-open-work",
  "continuum/closure-after-assessment-without-assessment",
  "continuum/closure-after-assessment-with-plan-activity",
  // Practice record
  "continuum/map-variant-mismatch",
  // Due dates
  "continuum/date-outside-calendar",
  "continuum/due-date-on-computed-holidays",
] as const;

/** @category Continuum */
export type ContinuumFindingCode = (typeof CONTINUUM_FINDING_CODES)[number];
