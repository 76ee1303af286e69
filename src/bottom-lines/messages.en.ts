import type { MessageCatalogue } from "../messages";
import type { BottomLineFindingCode } from "./findingCodes";

/**
 * The keys of the texts of {@link formatBottomLineReport} other than findings: the summary, the
 * headline, where the report was read from, each verdict's label, the plan's status, and the
 * labels and words of the evidence (`bottom-lines/evidence.…`).
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
  | "bottom-lines/verdict.covered-by-rule"
  | "bottom-lines/evidence.predicate"
  | "bottom-lines/evidence.networkId"
  | "bottom-lines/evidence.members"
  | "bottom-lines/evidence.outsideHousehold"
  | "bottom-lines/evidence.inHousehold"
  | "bottom-lines/evidence.householdUnknown"
  | "bottom-lines/evidence.notProfessional"
  | "bottom-lines/evidence.map"
  | "bottom-lines/evidence.mapId"
  | "bottom-lines/evidence.version"
  | "bottom-lines/evidence.informed"
  | "bottom-lines/evidence.notInformed"
  | "bottom-lines/evidence.informedOfOldVersion"
  | "bottom-lines/evidence.changes"
  | "bottom-lines/evidence.informedVersion"
  | "bottom-lines/evidence.foundByFamily"
  | "bottom-lines/evidence.plan"
  | "bottom-lines/evidence.planId"
  | "bottom-lines/evidence.status"
  | "bottom-lines/evidence.dangers"
  | "bottom-lines/evidence.dangerId"
  | "bottom-lines/evidence.ruleIds"
  | "bottom-lines/evidence.withoutResponsible"
  | "bottom-lines/evidence.withoutNetworkMonitor"
  | "bottom-lines/evidence.personId"
  | "bottom-lines/evidence.networkMonitorIds"
  | "bottom-lines/evidence.monitoringCount"
  | "bottom-lines/evidence.breachIds"
  | "bottom-lines/evidence.unresolvedBreachIds"
  | "bottom-lines/evidence.resolvedBreachIds"
  | "bottom-lines/evidence.breachInWindowIds"
  | "bottom-lines/evidence.safeAdultIds"
  | "bottom-lines/evidence.children"
  | "bottom-lines/evidence.childId"
  | "bottom-lines/evidence.toldThrough"
  | "bottom-lines/evidence.hours"
  | "bottom-lines/evidence.breaches"
  | "bottom-lines/evidence.eventId"
  | "bottom-lines/evidence.date"
  | "bottom-lines/evidence.occurredAt"
  | "bottom-lines/evidence.toldAt"
  | "bottom-lines/evidence.reported"
  | "bottom-lines/evidence.hoursTaken"
  | "bottom-lines/evidence.days"
  | "bottom-lines/evidence.since"
  | "bottom-lines/evidence.childrensServicesIds"
  | "bottom-lines/evidence.networkIds"
  | "bottom-lines/evidence.lastChildrensServices"
  | "bottom-lines/evidence.lastNetwork"
  | "bottom-lines/evidence.months"
  | "bottom-lines/evidence.requiredSince"
  | "bottom-lines/evidence.inPlaceSince"
  | "bottom-lines/evidence.value"
  | "bottom-lines/evidence.scaleIds"
  | "bottom-lines/evidence.judgements"
  | "bottom-lines/evidence.role"
  | "bottom-lines/evidence.judgementId"
  | "bottom-lines/evidence.score"
  | "bottom-lines/evidence.on"
  | "bottom-lines/evidence.judgement"
  | "bottom-lines/evidence.byId"
  | "bottom-lines/evidence.verdict"
  | "bottom-lines/evidence.evidence"
  | "bottom-lines/evidence.evidenceIds"
  | "bottom-lines/evidence.yes"
  | "bottom-lines/evidence.no"
  | "bottom-lines/evidence.reported.no"
  | "bottom-lines/evidence.reported.not-yet-due"
  | "bottom-lines/evidence.reported.in-time"
  | "bottom-lines/evidence.reported.late"
  | "bottom-lines/evidence.reported.unknown";

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
    "bottom-lines/evidence.predicate": "Check",
    "bottom-lines/evidence.networkId": "Safety network",
    "bottom-lines/evidence.members": "Network members",
    "bottom-lines/evidence.outsideHousehold": "Living outside the child's home",
    "bottom-lines/evidence.inHousehold": "Living in the child's home",
    "bottom-lines/evidence.householdUnknown": "Home not recorded",
    "bottom-lines/evidence.notProfessional": "Family and friends",
    "bottom-lines/evidence.map": "Assessment map",
    "bottom-lines/evidence.mapId": "Map",
    "bottom-lines/evidence.version": "Version",
    "bottom-lines/evidence.informed": "Told",
    "bottom-lines/evidence.notInformed": "Not told",
    "bottom-lines/evidence.informedOfOldVersion": "Told an earlier version",
    "bottom-lines/evidence.changes": "Changes",
    "bottom-lines/evidence.informedVersion": "Version told",
    "bottom-lines/evidence.foundByFamily": "Found by the family",
    "bottom-lines/evidence.plan": "Safety plan",
    "bottom-lines/evidence.planId": "Plan",
    "bottom-lines/evidence.status": "Status",
    "bottom-lines/evidence.dangers": "Danger statements",
    "bottom-lines/evidence.dangerId": "Danger statement",
    "bottom-lines/evidence.ruleIds": "Rules",
    "bottom-lines/evidence.withoutResponsible": "Rules with nobody responsible",
    "bottom-lines/evidence.withoutNetworkMonitor": "Rules nobody from the network checks",
    "bottom-lines/evidence.personId": "Person",
    "bottom-lines/evidence.networkMonitorIds": "Checked by",
    "bottom-lines/evidence.monitoringCount": "Monitoring records",
    "bottom-lines/evidence.breachIds": "Breaches",
    "bottom-lines/evidence.unresolvedBreachIds": "Unresolved breaches",
    "bottom-lines/evidence.resolvedBreachIds": "Resolved breaches",
    "bottom-lines/evidence.breachInWindowIds": "Breaches in the period",
    "bottom-lines/evidence.safeAdultIds": "Safe adults",
    "bottom-lines/evidence.children": "Children",
    "bottom-lines/evidence.childId": "Child",
    "bottom-lines/evidence.toldThrough": "Told through",
    "bottom-lines/evidence.hours": "Hours allowed",
    "bottom-lines/evidence.breaches": "Breaches",
    "bottom-lines/evidence.eventId": "Record",
    "bottom-lines/evidence.date": "Date",
    "bottom-lines/evidence.occurredAt": "Happened at",
    "bottom-lines/evidence.toldAt": "Children's Services told at",
    "bottom-lines/evidence.reported": "Reported",
    "bottom-lines/evidence.hoursTaken": "Hours taken",
    "bottom-lines/evidence.days": "Days",
    "bottom-lines/evidence.since": "Since",
    "bottom-lines/evidence.childrensServicesIds": "Checks by Children's Services",
    "bottom-lines/evidence.networkIds": "Checks by the network",
    "bottom-lines/evidence.lastChildrensServices": "Last check by Children's Services",
    "bottom-lines/evidence.lastNetwork": "Last check by the network",
    "bottom-lines/evidence.months": "Months",
    "bottom-lines/evidence.requiredSince": "Needed in place since",
    "bottom-lines/evidence.inPlaceSince": "In place since",
    "bottom-lines/evidence.value": "Score needed",
    "bottom-lines/evidence.scaleIds": "Scales",
    "bottom-lines/evidence.judgements": "Scores",
    "bottom-lines/evidence.role": "Role",
    "bottom-lines/evidence.judgementId": "Score record",
    "bottom-lines/evidence.score": "Score",
    "bottom-lines/evidence.on": "On",
    "bottom-lines/evidence.judgement": "Judgement",
    "bottom-lines/evidence.byId": "Judged by",
    "bottom-lines/evidence.verdict": "Verdict",
    "bottom-lines/evidence.evidence": "Evidence",
    "bottom-lines/evidence.evidenceIds": "Records",
    "bottom-lines/evidence.yes": "yes",
    "bottom-lines/evidence.no": "no",
    "bottom-lines/evidence.reported.no": "not reported",
    "bottom-lines/evidence.reported.not-yet-due": "not yet due",
    "bottom-lines/evidence.reported.in-time": "in time",
    "bottom-lines/evidence.reported.late": "late",
    "bottom-lines/evidence.reported.unknown": "time not known",
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
