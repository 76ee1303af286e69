import type { MessageCatalogue } from "../messages";
import type { ContinuumFindingCode } from "./findingCodes";

/**
 * English templates for the continuum-of-service finding codes. Placeholders in braces are
 * filled from the finding's params; every finding of `applyServiceEvent` carries `type` (the
 * event type).
 *
 * @category Messages
 */
export const enContinuum: MessageCatalogue<ContinuumFindingCode> = {
  locale: "en",
  messages: {
    "continuum/event-out-of-order": "This {type} is dated {date}, before the last event on the timeline ({last}). Record events in date order.",
    "continuum/event-not-allowed-at-level": "A {type} cannot be recorded while the child is at the {level} level.",
    "continuum/no-open-episode": "There is no open referral for this child, so a {type} cannot be recorded. Record the referral first.",
    "continuum/episode-already-open": "The child already has an open referral (since {since}). Record new information as a contact, or close the episode first.",
    "continuum/referral-already-decided": "A decision on this referral was already recorded on {decidedOn}.",
    "continuum/referral-not-decided": "No decision has been recorded on the referral yet. Record the decision (within one working day) before the {type}.",
    "continuum/referral-was-no-further-action": "The referral was closed with no further action, so a {type} cannot be recorded in this episode. Record a new referral if the concerns continue.",
    "continuum/early-help-without-consent": "Early help is voluntary: record the family's consent before starting it.",
    "continuum/no-open-early-help": "The child has no open early help episode, so a {type} cannot be recorded.",
    "continuum/early-help-already-open": "The child already has an open early help episode.",
    "continuum/no-open-assessment": "There is no assessment in progress to complete.",
    "continuum/assessment-already-open": "An assessment has been in progress since {since}. Complete it before starting another.",
    "continuum/no-factors-code-not-alone": "Factor 21 (no factors identified) cannot be combined with other factors.",
    "continuum/section-47-without-strategy-discussion":
      "A section 47 enquiry starts from a strategy discussion that decided on one. {strategyDiscussionId} is not such a discussion in this episode, or it already started an enquiry.",
    "continuum/section-47-without-reasonable-cause":
      "The strategy discussion {strategyDiscussionId} did not find reasonable cause to suspect significant harm, which a section 47 enquiry needs.",
    "continuum/no-open-section-47": "There is no section 47 enquiry in progress.",
    "continuum/section-47-already-open": "A section 47 enquiry has been in progress since {since}. Record its outcome first.",
    "continuum/conference-not-required":
      "No {kind} conference is due: an initial conference follows a section 47 enquiry that concluded one is needed; a transfer-in conference follows a transfer in on a child protection plan.",
    "continuum/plan-without-category": "The conference decided on a child protection plan but no category was recorded. The chair decides the category (neglect, physical, sexual or emotional abuse).",
    "continuum/plan-without-conference-decision": "A child protection plan starts only after a conference decided on one. Conference {conferenceId} did not, or already started a plan.",
    "continuum/no-open-cp-plan": "The child has no open child protection plan, so a {type} cannot be recorded.",
    "continuum/cp-plan-already-open": "The child has been on a child protection plan since {since}.",
    "continuum/cp-plan-ends-on-start-day": "A child protection plan cannot end on the day it started ({start}).",
    "continuum/no-open-cin-plan": "The child has no open child in need plan, so a {type} cannot be recorded.",
    "continuum/cin-plan-already-open": "The child has had an open child in need plan since {since}. End it before starting another plan: a child in need plan and a child protection plan cannot overlap.",
    "continuum/cin-plan-without-assessment": "A child in need plan follows a completed assessment (or a child protection plan stepping down). Complete the assessment first.",
    "continuum/no-open-pre-proceedings": "The child is not in pre-proceedings, so a {type} cannot be recorded.",
    "continuum/pre-proceedings-already-open": "Pre-proceedings have been open since {since}.",
    "continuum/no-open-proceedings": "There are no care proceedings in progress.",
    "continuum/proceedings-already-open": "Care proceedings have been in progress since {since}.",
    "continuum/extension-too-long": "An extension of {requested} {unit} is longer than the most the law allows ({max} {unit}).",
    "continuum/proceedings-without-pre-proceedings": "Care proceedings were issued without pre-proceedings. If the application was urgent, record why.",
    "continuum/no-open-police-protection": "The child is not in police protection.",
    "continuum/police-protection-already-open": "The child has been in police protection since {since}.",
    "continuum/unknown-police-protection": "There is no police protection {policeProtectionId} on this timeline.",
    "continuum/no-open-emergency-protection-order": "There is no emergency protection order in force.",
    "continuum/emergency-protection-order-already-open": "An emergency protection order has been in force since {since}.",
    "continuum/emergency-protection-order-already-extended": "An emergency protection order can be extended only {max, plural, one {once} other {# times}}.",
    "continuum/not-looked-after": "The child is not looked after, so a {type} cannot be recorded.",
    "continuum/already-looked-after": "The child has been looked after since {since}. Record a change of legal status or placement instead.",
    "continuum/episode-change-incomplete": "A looked-after change with reason {reason} needs: {missing}.",
    "continuum/closure-with-open-work": "The episode cannot close while this is open: {open}. End it first.",
    "continuum/closure-after-assessment-without-assessment": "{reason} means the case closed after an assessment, but no assessment was completed in this episode.",
    "continuum/closure-after-assessment-with-plan-activity":
      "{reason} means the case closed after an assessment with no further action, but the episode has {activity}. Use another reason for closure.",
    "continuum/map-variant-mismatch": "The assessment map is shown as {variant}, but at the {level} level it is usually shown as {expected}. The content stays the same; only the labels change.",
    "continuum/date-outside-calendar":
      "The {kind} deadline counted from {date} cannot be worked out: the working-day calendar covers {from} to {to}. Check the date; the other deadlines are not affected.",
    "continuum/due-date-on-computed-holidays":
      "The {kind} deadline of {due} counts working days in years whose bank holidays are not yet announced (from {computedFrom}); it may move if a new bank holiday is proclaimed.",
  } satisfies Readonly<Record<ContinuumFindingCode, string>>,
};
