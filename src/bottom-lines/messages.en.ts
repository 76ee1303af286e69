import type { MessageCatalogue } from "../messages";
import type { BottomLineFindingCode } from "./findingCodes";

/**
 * The keys of the texts of {@link formatBottomLineReport} other than findings: the summary, the
 * headline, where the report was read from, each verdict's label and the plan's status.
 *
 * @category Bottom lines
 */
export type BottomLineTextKey =
  | "bottom-lines/report.summary"
  | "bottom-lines/report.summary-with-covered"
  | "bottom-lines/report.headline-none-set-no-plan"
  | "bottom-lines/report.headline-none-set"
  | "bottom-lines/report.headline-no-plan"
  | "bottom-lines/report.headline-meets-all"
  | "bottom-lines/report.headline-not-all-met"
  | "bottom-lines/report.read-from-map-and-plan"
  | "bottom-lines/report.read-from-map"
  | "bottom-lines/report.read-from-plan"
  | "bottom-lines/report.note"
  | "bottom-lines/report.result"
  | "bottom-lines/report.met-on-evidence-below"
  | "bottom-lines/report.met"
  | "bottom-lines/report.evidence"
  | "bottom-lines/report.none"
  | "bottom-lines/report.plan-status.draft"
  | "bottom-lines/report.plan-status.trial"
  | "bottom-lines/report.plan-status.active"
  | "bottom-lines/report.plan-status.sustaining"
  | "bottom-lines/report.plan-status.ended"
  | "bottom-lines/verdict.met"
  | "bottom-lines/verdict.unmet"
  | "bottom-lines/verdict.cannot-tell"
  | "bottom-lines/verdict.covered-by-rule";

/**
 * English templates for the bottom-line finding codes and the texts of the bottom-line report,
 * in words a worker understands.
 * Placeholders in braces are filled from the finding's params (see `BOTTOM_LINE_FINDINGS`);
 * every finding also carries `bottomLineId`.
 *
 * @category Messages
 */
export const enBottomLines: MessageCatalogue<BottomLineFindingCode | BottomLineTextKey> = {
  locale: "en",
  messages: {
    "bottom-lines/report.summary": "Bottom lines as of {asOf}: {met} met, {unmet} not met, {cannotTell} cannot tell.",
    "bottom-lines/report.summary-with-covered": "Bottom lines as of {asOf}: {met} met, {unmet} not met, {cannotTell} cannot tell, {covered} covered by a rule but not judged.",
    "bottom-lines/report.headline-none-set-no-plan": "No bottom lines are set and no safety plan is recorded.",
    "bottom-lines/report.headline-none-set": "No bottom lines are set for this case, so nothing says the plan meets them.",
    "bottom-lines/report.headline-no-plan": "No safety plan is recorded, so no plan meets these bottom lines yet.",
    "bottom-lines/report.headline-meets-all": "The plan meets all its bottom lines.",
    "bottom-lines/report.headline-not-all-met": "The plan does not meet all its bottom lines yet.",
    "bottom-lines/report.read-from-map-and-plan": "Read from version {mapVersion} of the assessment map and version {planVersion} of the safety plan ({planStatus}).",
    "bottom-lines/report.read-from-map": "Read from version {mapVersion} of the assessment map.",
    "bottom-lines/report.read-from-plan": "Read from version {planVersion} of the safety plan ({planStatus}).",
    "bottom-lines/report.note": "Note: {message}",
    "bottom-lines/report.result": "{number}. {verdict}: {statement} [{kind}]",
    "bottom-lines/report.met-on-evidence-below": "Met on the evidence below.",
    "bottom-lines/report.met": "Met.",
    "bottom-lines/report.evidence": "Evidence: {evidence}",
    "bottom-lines/report.none": "none",
    "bottom-lines/report.plan-status.draft": "draft",
    "bottom-lines/report.plan-status.trial": "on trial",
    "bottom-lines/report.plan-status.active": "active",
    "bottom-lines/report.plan-status.sustaining": "sustaining",
    "bottom-lines/report.plan-status.ended": "ended",
    "bottom-lines/verdict.met": "MET",
    "bottom-lines/verdict.unmet": "NOT MET",
    "bottom-lines/verdict.cannot-tell": "CANNOT TELL",
    "bottom-lines/verdict.covered-by-rule": "COVERED BY A RULE, NOT JUDGED",
    "bottom-lines/no-network": "No safety network is recorded yet, so this cannot be judged. Record the people the family has found to help.",
    "bottom-lines/network-empty": "The safety network has nobody in it on this day, so this cannot be judged.",
    "bottom-lines/household-unknown": "It is not recorded where {name} lives, so it cannot be told whether they live with the child. Record their household.",
    "bottom-lines/no-map": "No assessment map is recorded, so this cannot be judged.",
    "bottom-lines/map-without-dangers": "The current assessment map (version {version}) has no danger statements yet, so this cannot be judged.",
    "bottom-lines/no-plan": "No safety plan is recorded yet, so this cannot be judged.",
    "bottom-lines/plan-without-rules": "The safety plan (version {version}) has no rules yet, so this cannot be judged.",
    "bottom-lines/plan-not-in-place": "The safety plan (version {version}) is {status}, not on trial or active, so it is not being followed and monitored yet.",
    "bottom-lines/no-monitoring": "No monitoring of the plan is recorded, so it cannot be told whether rules have been broken. Record the checks made by the network and Children's Services.",
    "bottom-lines/no-monitoring-in-period": "No monitoring is recorded between {from} and {to}, so it cannot be told whether the plan held in that time.",
    "bottom-lines/rule-never-monitored": "Rule {ruleId} has never been checked, so it cannot be told whether it is being kept. Record the network's checks of it.",
    "bottom-lines/breach-time-unknown":
      "The breach on {date} was reported to Children's Services at {toldAt}, but the time it happened is not recorded, so it cannot be told whether that was within {hours} hours. Record when it happened.",
    "bottom-lines/no-overall-scale": "The current assessment map (version {version}) has no overall safety scale, so this cannot be judged.",
    "bottom-lines/no-judgement-by-role": "Nobody in the role \"{role}\" has given a score on the overall safety scale yet. Ask them where they would put things on the scale.",
    "bottom-lines/unknown-predicate": "This bottom line is checked by \"{predicate}\", which the system does not have. Ask whoever looks after the system to add it.",
    "bottom-lines/predicate-failed": "The check \"{predicate}\" could not be run ({message}), so this cannot be judged.",
    "bottom-lines/network-too-small": "The safety network has {count} members who are willing to help; the bottom line asks for at least {min}. Help the family find more people.",
    "bottom-lines/network-too-few-outside-household":
      "Only {count} network members live outside the child's home; the bottom line asks for at least {min}. The network needs people who can see what happens at home from outside it.",
    "bottom-lines/network-too-few-not-professional":
      "Only {count} network members are family or friends rather than professionals; the bottom line asks for at least {min}. The plan must rest on people who will still be there after services close.",
    "bottom-lines/member-not-informed":
      "{name} has not been told the danger statements and safety goals (map version {mapVersion}). Share them, for example with the Words and Pictures story, and record when and how.",
    "bottom-lines/member-informed-of-old-version":
      "{name} was told the danger statements and safety goals of map version {informedVersion}, but they have changed since (version {mapVersion}). Tell them what has changed.",
    "bottom-lines/too-few-found-by-family":
      "Only {count} network members were found by the family; the bottom line asks for at least {min}. Ask the family who else in their lives could help.",
    "bottom-lines/danger-without-rule": "No rule of the safety plan addresses danger statement {dangerId}. Ask the network what will happen in everyday life to keep the child safe from it.",
    "bottom-lines/rule-without-responsible": "Rule {ruleId} does not say who will do it. Name the person responsible.",
    "bottom-lines/rule-without-network-monitor": "Nobody from the network checks rule {ruleId}. Agree which network member will check it is happening.",
    "bottom-lines/no-supervised-contact-rule":
      "The safety plan has no rule that {name}'s contact with the child is supervised. Agree with the network who supervises contact, where and when.",
    "bottom-lines/supervised-contact-without-network-monitor":
      "Nobody from the network checks rule {ruleId}, the supervised contact with {name}. Agree which network member will be there or check.",
    "bottom-lines/breach-unresolved":
      "A rule was broken on {date} and this has not been resolved. Bring the network together to look at what happened and improve the plan.",
    "bottom-lines/no-safe-adult-rule": "The safety plan does not name an adult the child can go to or call at any time. Agree a safe adult with the child and the network.",
    "bottom-lines/safe-adult-not-named": "Rule {ruleId} is about a safe adult for the child but does not say who. Name the safe adult.",
    "bottom-lines/safe-adult-not-in-network": "{name}, the safe adult in rule {ruleId}, is not a member of the safety network. Invite them to the network or agree another safe adult.",
    "bottom-lines/safe-adult-not-willing":
      "{name}, the safe adult in rule {ruleId}, has not said they are willing to help (recorded as {willingness}). Check with them, or agree another safe adult.",
    "bottom-lines/child-not-told-plan":
      "{name} has not been told the safety plan. Explain it to them, with a Words and Pictures story about the plan or their own Safety House, and record it.",
    "bottom-lines/breach-not-reported":
      "A rule was broken on {date} and there is no record that Children's Services were told; they must be told within {hours} hours.",
    "bottom-lines/breach-reported-late":
      "A rule was broken on {date} and Children's Services were told after {hoursTaken} hours; the bottom line is within {hours} hours.",
    "bottom-lines/no-recent-childrens-services-monitoring":
      "Children's Services have not recorded a check of the plan in the last {days} days (since {since}). Visit and check how the plan is working.",
    "bottom-lines/no-recent-network-monitoring":
      "The network has not recorded a check of the plan in the last {days} days (since {since}). Ask the network members how the plan is going and record it.",
    "bottom-lines/plan-never-in-place": "The safety plan has not yet been tried or put in place, so it cannot have been sustained for {months, plural, one {# month} other {# months}}.",
    "bottom-lines/plan-not-in-place-long-enough":
      "The safety plan has been in place since {inPlaceSince}; to be sustained for {months, plural, one {# month} other {# months}} it needs to have been in place since {requiredSince}.",
    "bottom-lines/scale-below": "The latest score on the overall safety scale by the {role} is {score} (on {on}); the bottom line asks for at least {value}.",
    "bottom-lines/free-text-not-covered": "No rule of the safety plan says how this bottom line will be met. Agree a rule with the network and link it to this bottom line.",
    "bottom-lines/breach-report-not-yet-due":
      "A rule was broken on {date} and Children's Services have not been told yet; there is still time within the {hours} hours.",
    "bottom-lines/breach-in-window": "The plan was breached on {date}, inside the {months, plural, one {# month} other {# months}} since {requiredSince}; resolved or not, a breach in that time means the plan has not yet been sustained without one.",
    "bottom-lines/member-informed-of-changed-content": "{name} was told version {informedVersion} of the map; since then {changes}. Tell {name} the danger statements and safety goals as they now stand (version {mapVersion}).",
    "bottom-lines/free-text-judged-unmet": "The latest judgement of a worker ({byId}, on {on}) is that the plan does not meet this bottom line yet.",
    "bottom-lines/free-text-covered-by-rule": "The plan says how the family means to meet this bottom line ({ruleIds}), but no worker has judged on evidence that it is met. Record a judgement with its evidence.",
    "bottom-lines/member-informed-of-earlier-version-same-content": "{name} was told version {informedVersion} of the map; the danger statements and safety goals have not changed since, so {name} is still informed.",
    "bottom-lines/no-plan-recorded": "No safety plan is recorded, so no plan can meet these bottom lines yet.",
    "bottom-lines/none-set": "No bottom lines are set for this case. Set the bottom lines Children's Services require before the plan is agreed.",
    "bottom-lines/duplicate-id": "The bottom line {bottomLineId} is listed more than once.",
  } satisfies Readonly<Record<BottomLineFindingCode | BottomLineTextKey, string>>,
};
