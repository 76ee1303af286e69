import type { SafetyPlanFindingCode } from "../../safety-plan/findingCodes";

/**
 * English templates for the safety-plan finding codes.
 *
 * @category Messages
 */
export const enSafetyPlan: Readonly<Record<SafetyPlanFindingCode, string>> = {
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
  "safety-plan/plan-for-other-map": "This plan answers the map {planMapId}, not the map {mapId}. Check that the plan is up to date with the map.",
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
};
