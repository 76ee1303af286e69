/* eslint-disable jsdoc/require-example, jsdoc/require-param -- internal module: not exported from the package, documented for maintainers. */
// Internal: the implementation of each named precondition of SERVICE_EVENT_RULES.
import type { Finding } from "../core";
import type { ContinuumPolicy } from "./ContinuumPolicy";
import {
  openAssessment,
  openCinPlan,
  openCpPlan,
  openEarlyHelp,
  openEpisode,
  openEpo,
  openPeriodOfCare,
  openPoliceProtection,
  openPreProceedings,
  openProceedings,
  openSection47,
  type DerivedCase,
} from "./deriveCase";
import type { ContinuumFindingCode } from "./findingCodes";
import type { ServiceEvent } from "./ServiceEvent";
import { SERVICE_PRECONDITION_FINDINGS, type ServicePrecondition } from "./ServiceEventRules";

type Params = Readonly<Record<string, string | number>>;
/** `true` when the precondition holds; otherwise the params of the finding (and its path). */
type Outcome = true | { readonly params?: Params; readonly path?: readonly (string | number)[] };

const fail = (params?: Params, path?: readonly (string | number)[]): Outcome => ({ ...(params === undefined ? {} : { params }), ...(path === undefined ? {} : { path }) });
const check = (ok: boolean, params?: Params, path?: readonly (string | number)[]): Outcome => (ok ? true : fail(params, path));

function extensionWithinLimit(c: DerivedCase, event: ServiceEvent, policy: ContinuumPolicy): Outcome {
  if (event.type === "care-proceedings-extended") {
    const ts = policy.timescales.careProceedingsExtension;
    const max = ts.unit === "weeks" ? ts.amount : Math.floor(ts.amount / 7);
    return check(event.weeks <= max, { requested: event.weeks, max, unit: "weeks" }, ["weeks"]);
  }
  if (event.type === "emergency-protection-order-extended") {
    const ts = policy.timescales.emergencyProtectionOrderExtension;
    const max = ts.unit === "weeks" ? ts.amount * 7 : ts.amount;
    return check(event.days <= max, { requested: event.days, max, unit: "days" }, ["days"]);
  }
  void c;
  return true;
}

const RC_AFTER_ASSESSMENT = new Set<string>(["RC8", "RC9"]);

/** Evaluates one precondition. @internal */
export function evaluate(name: ServicePrecondition, c: DerivedCase, event: ServiceEvent, policy: ContinuumPolicy): Outcome {
  const episode = openEpisode(c);
  switch (name) {
    case "episode-open":
      return check(episode !== undefined);
    case "no-episode-open":
      return check(episode === undefined, episode === undefined ? undefined : { episodeId: episode.id, since: episode.date });
    case "referral-undecided":
      return check(episode?.decision === undefined, episode?.decision === undefined ? undefined : { decidedOn: episode.decision.date });
    case "referral-decided":
      return check(episode === undefined || episode.decision !== undefined);
    case "referral-not-nfa":
      return check(episode === undefined || !episode.nfa);
    case "early-help-consent":
      return check(event.type !== "early-help-start" || event.consent, undefined, ["consent"]);
    case "early-help-open":
      return check(openEarlyHelp(c) !== undefined);
    case "no-early-help-open":
      return check(openEarlyHelp(c) === undefined);
    case "assessment-open":
      return check(openAssessment(c) !== undefined);
    case "no-assessment-open": {
      const a = openAssessment(c);
      return check(a === undefined, a === undefined ? undefined : { since: a.date });
    }
    case "assessment-factors-valid":
      return check(event.type !== "assessment-complete" || !event.factors.includes("21") || event.factors.length === 1, undefined, ["factors"]);
    case "strategy-discussion-decided-section-47": {
      if (event.type !== "section-47-start") return true;
      const sd = episode?.strategyDiscussions.find((s) => s.id === event.strategyDiscussionId);
      return check(sd !== undefined && sd.section47 && sd.usedBy === undefined, { strategyDiscussionId: event.strategyDiscussionId }, ["strategyDiscussionId"]);
    }
    case "reasonable-cause-to-suspect": {
      if (event.type !== "section-47-start") return true;
      const sd = episode?.strategyDiscussions.find((s) => s.id === event.strategyDiscussionId);
      // An unknown discussion is reported by the previous precondition.
      return check(sd === undefined || sd.reasonableCause, { strategyDiscussionId: event.strategyDiscussionId }, ["strategyDiscussionId"]);
    }
    case "section-47-open":
      return check(openSection47(c) !== undefined);
    case "no-section-47-open": {
      const s = openSection47(c);
      return check(s === undefined, s === undefined ? undefined : { since: s.date });
    }
    case "conference-required": {
      if (event.type !== "initial-conference") return true;
      if (episode === undefined) return fail({ kind: event.kind });
      if (event.kind === "transfer-in") {
        return check(episode.transferIn !== undefined && episode.transferIn.onPlan && !episode.transferIn.conferenceHeld, { kind: event.kind });
      }
      return check(episode.section47s.some((s) => s.icpcRequired === true && s.icpc === undefined), { kind: event.kind });
    }
    case "plan-category-given":
      return check(event.type !== "initial-conference" || event.decision !== "child-protection-plan" || event.category !== undefined, undefined, ["category"]);
    case "conference-decided-plan": {
      if (event.type !== "cp-plan-start") return true;
      const conf = episode?.conferences.find((x) => x.id === event.conferenceId);
      return check(conf !== undefined && conf.decidedPlan && conf.planId === undefined, { conferenceId: event.conferenceId }, ["conferenceId"]);
    }
    case "cp-plan-open":
      return check(openCpPlan(c) !== undefined);
    case "no-cp-plan-open": {
      const p = openCpPlan(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "cp-plan-not-ending-on-start-day": {
      const p = openCpPlan(c);
      return check(p === undefined || p.date !== event.date, p === undefined ? undefined : { start: p.date }, ["date"]);
    }
    case "cin-plan-open":
      return check(openCinPlan(c) !== undefined);
    case "no-cin-plan-open": {
      const p = openCinPlan(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "assessment-completed-or-step-down":
      return check(
        episode === undefined ||
          episode.assessments.some((a) => a.completed !== undefined) ||
          episode.cpPlans.some((p) => p.end !== undefined) ||
          episode.transferIn !== undefined,
      );
    case "pre-proceedings-open":
      return check(openPreProceedings(c) !== undefined);
    case "no-pre-proceedings-open": {
      const p = openPreProceedings(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "proceedings-open":
      return check(openProceedings(c) !== undefined);
    case "no-proceedings-open": {
      const p = openProceedings(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "extension-within-limit":
      return extensionWithinLimit(c, event, policy);
    case "police-protection-open":
      return check(openPoliceProtection(c) !== undefined);
    case "no-police-protection-open": {
      const p = openPoliceProtection(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.at });
    }
    case "police-protection-known":
      return check(
        event.type !== "emergency-protection-order" || event.policeProtectionId === undefined || c.policeProtections.some((p) => p.id === event.policeProtectionId),
        event.type === "emergency-protection-order" && event.policeProtectionId !== undefined ? { policeProtectionId: event.policeProtectionId } : undefined,
        ["policeProtectionId"],
      );
    case "emergency-protection-order-open":
      return check(openEpo(c) !== undefined);
    case "no-emergency-protection-order-open": {
      const p = openEpo(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "emergency-protection-order-extension-left": {
      const p = openEpo(c);
      const max = policy.emergencyProtectionOrderExtensions;
      return check(p === undefined || p.extensions.length < max, { max });
    }
    case "looked-after-open":
      return check(openPeriodOfCare(c) !== undefined);
    case "no-looked-after-open": {
      const p = openPeriodOfCare(c);
      return check(p === undefined, p === undefined ? undefined : { since: p.date });
    }
    case "episode-change-complete": {
      if (event.type !== "looked-after-change") return true;
      const needsLegal = event.reason === "L" || event.reason === "B" || event.reason === "U";
      const needsPlacement = event.reason !== "L";
      const temporary = event.placement === "T0" || event.placement === "T1" || event.placement === "T2" || event.placement === "T3";
      const missing: string[] = [];
      if (needsLegal && event.legalStatus === undefined) missing.push("legalStatus");
      if (needsPlacement && event.placement === undefined) missing.push("placement");
      if (needsPlacement && !temporary && event.reasonPlaceChange === undefined) missing.push("reasonPlaceChange");
      if (!needsPlacement && event.placement !== undefined) missing.push("no placement with reason L");
      return missing.length === 0 ? true : fail({ reason: event.reason, missing: missing.join(", ") });
    }
    case "no-open-work": {
      const open: string[] = [];
      if (openAssessment(c) !== undefined) open.push("assessment");
      if (openSection47(c) !== undefined) open.push("section 47 enquiry");
      if (openCinPlan(c) !== undefined) open.push("child in need plan");
      if (openCpPlan(c) !== undefined) open.push("child protection plan");
      if (openPeriodOfCare(c) !== undefined) open.push("looked-after period");
      if (openProceedings(c) !== undefined) open.push("care proceedings");
      return open.length === 0 ? true : fail({ open: open.join(", ") });
    }
    case "assessment-for-closure-reason":
      return check(
        event.type !== "closure" || !RC_AFTER_ASSESSMENT.has(event.reason) || (episode?.assessments.some((a) => a.completed !== undefined) ?? false),
        event.type === "closure" ? { reason: event.reason } : undefined,
        ["reason"],
      );
    case "no-plan-activity-for-closure-reason": {
      if (event.type !== "closure" || !RC_AFTER_ASSESSMENT.has(event.reason) || episode === undefined) return true;
      const activity: string[] = [];
      if (episode.cinPlans.length > 0) activity.push("child in need plan");
      if (episode.section47s.length > 0) activity.push("section 47 enquiry");
      if (episode.cpPlans.length > 0) activity.push("child protection plan");
      return activity.length === 0 ? true : fail({ reason: event.reason, activity: activity.join(", ") }, ["reason"]);
    }
  }
}

/** The error finding of a precondition that does not hold. @internal */
export function preconditionFinding(name: ServicePrecondition, outcome: Exclude<Outcome, true>, event: ServiceEvent): Finding<ContinuumFindingCode> {
  const params: Params = { type: event.type, ...(outcome.params ?? {}) };
  return { code: SERVICE_PRECONDITION_FINDINGS[name], severity: "error", path: outcome.path ?? [], params };
}
