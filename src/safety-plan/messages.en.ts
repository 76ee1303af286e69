import type { MessageCatalogue } from "../messages";
import type { SafetyPlanFindingCode } from "./findingCodes";

/**
 * The keys of the texts of {@link formatReadiness}: the answer, each reason met or not, and the
 * words for durations, scales and willingness.
 *
 * @category Safety plan
 */
export type ReadinessTextKey =
  | "safety-plan/readiness.ready"
  | "safety-plan/readiness.not-ready"
  | "safety-plan/readiness.line-met"
  | "safety-plan/readiness.line-unmet"
  | "safety-plan/readiness.bottom-lines.no-report"
  | "safety-plan/readiness.bottom-lines.report-of-another-day"
  | "safety-plan/readiness.bottom-lines.none-set"
  | "safety-plan/readiness.bottom-lines.none-set-allowed"
  | "safety-plan/readiness.bottom-lines.met"
  | "safety-plan/readiness.bottom-lines.unmet"
  | "safety-plan/readiness.bottom-lines.cannot-tell"
  | "safety-plan/readiness.bottom-lines.covered-by-rule"
  | "safety-plan/readiness.duration.days"
  | "safety-plan/readiness.duration.weeks"
  | "safety-plan/readiness.duration.months"
  | "safety-plan/readiness.goal.no-goals"
  | "safety-plan/readiness.goal.no-duration"
  | "safety-plan/readiness.goal.plan-not-in-use"
  | "safety-plan/readiness.goal.met"
  | "safety-plan/readiness.goal.unmet"
  | "safety-plan/readiness.goal.unmet-since-breach"
  | "safety-plan/readiness.scale.overall"
  | "safety-plan/readiness.scale.danger"
  | "safety-plan/readiness.score.no-scale"
  | "safety-plan/readiness.score.no-judgement"
  | "safety-plan/readiness.score.someone-in-role"
  | "safety-plan/readiness.role.worker"
  | "safety-plan/readiness.role.manager"
  | "safety-plan/readiness.role.chair"
  | "safety-plan/readiness.role.parent"
  | "safety-plan/readiness.role.carer"
  | "safety-plan/readiness.role.child"
  | "safety-plan/readiness.role.network"
  | "safety-plan/readiness.role.professional"
  | "safety-plan/readiness.role.other"
  | "safety-plan/readiness.score.met-person"
  | "safety-plan/readiness.score.unmet-person"
  | "safety-plan/readiness.score.met-rater"
  | "safety-plan/readiness.score.unmet-rater"
  | "safety-plan/readiness.child-safety-house.met"
  | "safety-plan/readiness.child-safety-house.unmet"
  | "safety-plan/readiness.breaches.none-unresolved"
  | "safety-plan/readiness.breaches.unresolved"
  | "safety-plan/readiness.breach-report.no-breaches"
  | "safety-plan/readiness.breach-report.in-time"
  | "safety-plan/readiness.breach-report.late"
  | "safety-plan/readiness.breach-report.not-yet-due"
  | "safety-plan/readiness.breach-report.time-unknown"
  | "safety-plan/readiness.breach-report.not-reported"
  | "safety-plan/readiness.network-monitoring.met"
  | "safety-plan/readiness.network-monitoring.unmet"
  | "safety-plan/readiness.no-network"
  | "safety-plan/readiness.members-sure.met"
  | "safety-plan/readiness.members-sure.unmet-responsible"
  | "safety-plan/readiness.members-sure.unmet-monitor"
  | "safety-plan/readiness.willingness.unsure"
  | "safety-plan/readiness.willingness.not-willing"
  | "safety-plan/readiness.willingness.not-asked"
  | "safety-plan/readiness.beyond-closure.met"
  | "safety-plan/readiness.beyond-closure.unmet"
  | "safety-plan/readiness.beyond-closure.nobody";

/**
 * English templates for the safety-plan finding codes and the texts of readiness to step down
 * ({@link formatReadiness}).
 *
 * @category Messages
 */
export const enSafetyPlan: MessageCatalogue<SafetyPlanFindingCode | ReadinessTextKey> = {
  locale: "en",
  messages: {
    "safety-plan/readiness.ready": "The plan is ready for Children's Services to step down: {count, plural, one {the one reason below is} other {all # reasons below are}} met.",
    "safety-plan/readiness.not-ready": "The plan is not ready for Children's Services to step down: {count, plural, =0 {nothing says it is} one {# reason below is not met} other {# reasons below are not met}}.",
    "safety-plan/readiness.line-met": "- Met: {reason}",
    "safety-plan/readiness.line-unmet": "- Not met: {reason}",
    "safety-plan/readiness.bottom-lines.no-report": "No bottom-line report of the day was given, so nothing says the plan meets its bottom lines.",
    "safety-plan/readiness.bottom-lines.report-of-another-day": "The bottom-line report given is of {reportAsOf}, not of this day. Evaluate the bottom lines for the day.",
    "safety-plan/readiness.bottom-lines.none-set": "No bottom lines are set for this case, so nothing says the plan meets them.",
    "safety-plan/readiness.bottom-lines.none-set-allowed": "No bottom lines are set for this case, and this authority's policy does not require them.",
    "safety-plan/readiness.bottom-lines.met": "The bottom line {bottomLineId} is met.",
    "safety-plan/readiness.bottom-lines.unmet": "The bottom line {bottomLineId} is not met.",
    "safety-plan/readiness.bottom-lines.cannot-tell": "It cannot be told whether the bottom line {bottomLineId} is met.",
    "safety-plan/readiness.bottom-lines.covered-by-rule": "A rule says how the bottom line {bottomLineId} will be met, but no worker has judged on evidence that it is.",
    "safety-plan/readiness.duration.days": "{amount, plural, one {# day} other {# days}}",
    "safety-plan/readiness.duration.weeks": "{amount, plural, one {# week} other {# weeks}}",
    "safety-plan/readiness.duration.months": "{amount, plural, one {# month} other {# months}}",
    "safety-plan/readiness.goal.no-goals": "The assessment map has no safety goals, so nothing says what must be sustained.",
    "safety-plan/readiness.goal.no-duration": "The safety goal {goalId} does not say for how long it must be seen working.",
    "safety-plan/readiness.goal.plan-not-in-use": "The safety goal {goalId} must be sustained for {duration}, but the plan has not been in use yet.",
    "safety-plan/readiness.goal.met": "The safety goal {goalId} has been sustained for {duration} (since {since}).",
    "safety-plan/readiness.goal.unmet": "The safety goal {goalId} must be sustained for {duration}: counted from {since}, not before {sustainedUntil}.",
    "safety-plan/readiness.goal.unmet-since-breach": "The safety goal {goalId} must be sustained for {duration}: counted again from the breach of {since}, not before {sustainedUntil}.",
    "safety-plan/readiness.scale.overall": "the overall safety scale",
    "safety-plan/readiness.scale.danger": "the scale of the danger statement {dangerId}",
    "safety-plan/readiness.score.no-scale": "Nobody in the rater group “{group}” has a score on {scale}: the map has no such scale yet.",
    "safety-plan/readiness.score.no-judgement": "Nobody in the rater group “{group}” has scored {scale}.",
    "safety-plan/readiness.score.someone-in-role": "someone in the role “{role}”",
    "safety-plan/readiness.role.worker": "the social worker",
    "safety-plan/readiness.role.manager": "the manager",
    "safety-plan/readiness.role.chair": "the chair",
    "safety-plan/readiness.role.parent": "a parent",
    "safety-plan/readiness.role.carer": "a carer",
    "safety-plan/readiness.role.child": "the child",
    "safety-plan/readiness.role.network": "a network member",
    "safety-plan/readiness.role.professional": "a professional",
    "safety-plan/readiness.role.other": "someone else",
    "safety-plan/readiness.score.met-person": "{personId}'s latest score on {scale} is {score} (on {on}), at or above {threshold}.",
    "safety-plan/readiness.score.unmet-person": "{personId}'s latest score on {scale} is {score} (on {on}), below {threshold}.",
    "safety-plan/readiness.score.met-rater": "The latest score of {rater} on {scale} is {score} (on {on}), at or above {threshold}.",
    "safety-plan/readiness.score.unmet-rater": "The latest score of {rater} on {scale} is {score} (on {on}), below {threshold}.",
    "safety-plan/readiness.child-safety-house.met": "No child has put anyone in the part of their Safety House for people they do not feel safe with.",
    "safety-plan/readiness.child-safety-house.unmet": "In their Safety House of {on}, {childId} said they do not feel safe with {personIds}.",
    "safety-plan/readiness.breaches.none-unresolved": "No breach of the plan is unresolved.",
    "safety-plan/readiness.breaches.unresolved": "{count, plural, one {# breach of the plan is} other {# breaches of the plan are}} not resolved.",
    "safety-plan/readiness.breach-report.no-breaches": "The plan has not been broken.",
    "safety-plan/readiness.breach-report.in-time": "The breach of {date} was reported to Children's Services after {hoursTaken} hours, within the {hours} hours agreed.",
    "safety-plan/readiness.breach-report.late": "The breach of {date} was reported to Children's Services after {hoursTaken} hours; the agreement is within {hours} hours.",
    "safety-plan/readiness.breach-report.not-yet-due": "The breach of {date} has not been reported to Children's Services yet; there is still time within the {hours} hours.",
    "safety-plan/readiness.breach-report.time-unknown": "The breach of {date} was reported to Children's Services at {toldAt}, but when it happened is not recorded closely enough to tell whether that was within {hours} hours.",
    "safety-plan/readiness.breach-report.not-reported": "There is no record that Children's Services were told of the breach of {date} within {hours} hours.",
    "safety-plan/readiness.network-monitoring.met": "The network checked the plan {count, plural, one {once} other {# times}} in the last {days} days.",
    "safety-plan/readiness.network-monitoring.unmet": "The network has not recorded a check of the plan in the last {days} days (since {since}).",
    "safety-plan/readiness.no-network": "No safety network is recorded.",
    "safety-plan/readiness.members-sure.met": "Every network member who does or checks a rule of the plan is willing to.",
    "safety-plan/readiness.members-sure.unmet-responsible": "{personId} is to do the rule {ruleId} but is {willingness}.",
    "safety-plan/readiness.members-sure.unmet-monitor": "{personId} is to check the rule {ruleId} but is {willingness}.",
    "safety-plan/readiness.willingness.unsure": "unsure about helping",
    "safety-plan/readiness.willingness.not-willing": "not willing to help",
    "safety-plan/readiness.willingness.not-asked": "not yet asked whether they are willing",
    "safety-plan/readiness.beyond-closure.met": "{personIds} will stay involved after Children's Services close the case: {count, plural, one {# family member or friend} other {# family members or friends}}, at least {min} needed.",
    "safety-plan/readiness.beyond-closure.unmet": "Only {personIds} will stay involved after Children's Services close the case: {count, plural, one {# family member or friend} other {# family members or friends}}, at least {min} needed.",
    "safety-plan/readiness.beyond-closure.nobody": "No family member or friend is known to be staying involved after Children's Services close the case; at least {min} needed.",
    "safety-plan/plan-without-rules":
      "The safety plan has no rules yet. Work out with the family and network what will happen every day to keep the children safe.",
    "safety-plan/duplicate-rule-id": "Two rules of the plan have the id {ruleId}. Give each rule its own id.",
    "safety-plan/rule-without-responsible": "Nobody is named as responsible for rule {ruleId}. Say who will do it.",
    "safety-plan/rule-without-network-monitor":
      "No network member checks that rule {ruleId} is followed. The plan is monitored by both Children's Services and the network: name someone from the network.",
    "safety-plan/rule-without-professional-monitor": "No professional checks that rule {ruleId} is followed. Name who will, and how.",
    "safety-plan/rule-without-triggers":
      "Rule {ruleId} lists no warning signs. Write down the signs that the danger is coming back, so the network knows when to act.",
    "safety-plan/rule-without-if-broken":
      "Rule {ruleId} does not say what happens if it is broken. Say what the family and network will do, who tells Children's Services and how quickly, and what the child will do.",
    "safety-plan/rule-without-who-tells": "Rule {ruleId} does not say who tells Children's Services if it is broken. Name them.",
    "safety-plan/rule-without-tell-within": "Rule {ruleId} does not say how quickly Children's Services must be told if it is broken. Agree a time.",
    "safety-plan/rule-framed-as-absence":
      "Rule {ruleId} only says what must not happen (\"{term}\"). Write what will happen instead, in everyday words: who does what, and when.",
    "safety-plan/rule-without-danger": "Rule {ruleId} is not linked to any danger statement. Say which worry it answers.",
    "safety-plan/rule-without-child-version":
      "Rule {ruleId} has not been explained in the child's words. Add the child's version, for example in the Words and Pictures safety plan or the child's Safety House.",
    "safety-plan/rule-not-agreed": "Nobody has agreed rule {ruleId} yet. Record who agreed it, and when.",
    "safety-plan/status-change-not-allowed": "The plan cannot move from {from} to {to}.",
    "safety-plan/status-change-before-last": "The plan cannot change status on {on}, before its last change on {lastOn}.",
    "safety-plan/danger-not-covered":
      "No rule of the plan answers the danger statement {dangerId}. Every danger statement needs at least one rule.",
    "safety-plan/bottom-line-not-covered":
      "No rule of the plan meets the bottom line {bottomLineId}. Agree with the family and network a rule that meets it.",
    "safety-plan/rule-for-unknown-danger":
      "Rule {ruleId} is linked to the danger statement {dangerId}, which is not on the current map. Check whether the rule is still needed.",
    "safety-plan/rule-for-unknown-bottom-line":
      "Rule {ruleId} is linked to the bottom line {bottomLineId}, which is not set for this case. Check the link.",
    "safety-plan/plan-for-other-map": "This plan answers another version of the assessment map than the current one. Check that the plan is up to date with the map.",
    "safety-plan/network-monitoring-overdue":
      "Nobody from the network has checked rule {ruleId} for {days} days (since {since}); local policy expects a check every {intervalDays} days.",
    "safety-plan/professional-monitoring-overdue":
      "No professional has checked rule {ruleId} for {days} days (since {since}); local policy expects a check every {intervalDays} days.",
    "safety-plan/unresolved-breach":
      "A rule was broken or a warning sign was seen on {date} ({outcome}) and this has not been resolved. Bring the network together to improve the plan.",
    "safety-plan/breach-not-escalated":
      "A rule was broken or a warning sign was seen on {date}, but there is no record of Children's Services being told.",
    "safety-plan/breach-escalated-late":
      "Children's Services were told {hours} hours after a rule was broken; the plan says within {withinHours} hours.",
  } satisfies Readonly<Record<SafetyPlanFindingCode | ReadinessTextKey, string>>,
};
