import type { Severity } from "../core";
import type { BottomLineVerdict } from "./BottomLineReport";

/**
 * Every finding code that {@link evaluateBottomLines} can return. Stable forever once released.
 * {@link BOTTOM_LINE_FINDINGS} says, for each code, its severity, the verdict it leads to and the
 * params it carries. Every finding of a bottom line also carries `bottomLineId`.
 *
 * Findings that lead to `unmet` are errors: the record shows the bottom line is not met. Findings
 * that lead to `cannot-tell` are warnings: the evidence the bottom line needs is not recorded.
 * `bottom-lines/free-text-covered-by-rule` (a warning) leads to `covered-by-rule`.
 * Infos are worth knowing and change nothing.
 *
 * @category Bottom lines
 */
export const BOTTOM_LINE_FINDING_CODES = [
  // Evidence missing (cannot tell)
  "bottom-lines/no-network",
  "bottom-lines/network-empty",
  "bottom-lines/household-unknown",
  "bottom-lines/no-map",
  "bottom-lines/map-without-dangers",
  "bottom-lines/no-plan",
  "bottom-lines/plan-without-rules",
  "bottom-lines/plan-not-in-place",
  "bottom-lines/no-monitoring",
  "bottom-lines/no-monitoring-in-period",
  "bottom-lines/rule-never-monitored",
  "bottom-lines/breach-time-unknown",
  "bottom-lines/no-overall-scale",
  "bottom-lines/no-judgement-by-role",
  "bottom-lines/unknown-predicate",
  "bottom-lines/predicate-failed",
  // Not met
  "bottom-lines/network-too-small",
  "bottom-lines/network-too-few-outside-household",
  "bottom-lines/network-too-few-not-professional",
  "bottom-lines/member-not-informed",
  "bottom-lines/member-informed-of-old-version",
  "bottom-lines/too-few-found-by-family",
  "bottom-lines/danger-without-rule",
  "bottom-lines/rule-without-responsible",
  "bottom-lines/rule-without-network-monitor",
  "bottom-lines/no-supervised-contact-rule",
  "bottom-lines/supervised-contact-without-network-monitor",
  "bottom-lines/breach-unresolved",
  "bottom-lines/no-safe-adult-rule",
  "bottom-lines/safe-adult-not-named",
  "bottom-lines/safe-adult-not-in-network",
  "bottom-lines/safe-adult-not-willing",
  "bottom-lines/child-not-told-plan",
  "bottom-lines/breach-not-reported",
  "bottom-lines/breach-reported-late",
  "bottom-lines/no-recent-childrens-services-monitoring",
  "bottom-lines/no-recent-network-monitoring",
  "bottom-lines/plan-never-in-place",
  "bottom-lines/plan-not-in-place-long-enough",
  "bottom-lines/scale-below",
  "bottom-lines/free-text-not-covered",
  "bottom-lines/breach-in-window",
  "bottom-lines/member-informed-of-changed-content",
  "bottom-lines/free-text-judged-unmet",
  // Covered by a rule, not judged
  "bottom-lines/free-text-covered-by-rule",
  // Worth knowing
  "bottom-lines/breach-report-not-yet-due",
  "bottom-lines/member-informed-of-earlier-version-same-content",
  // About the list of bottom lines
  "bottom-lines/none-set",
  "bottom-lines/no-plan-recorded",
  "bottom-lines/duplicate-id",
] as const;

/** @category Bottom lines */
export type BottomLineFindingCode = (typeof BOTTOM_LINE_FINDING_CODES)[number];

/**
 * What kinsafe promises about one bottom-line finding code.
 *
 * @category Bottom lines
 */
export interface BottomLineFindingInfo {
  /** The severity of the finding. */
  readonly severity: Severity;
  /** The verdict the finding leads to: `unmet`, `cannot-tell`, or `null` when it changes nothing. */
  readonly verdict: Exclude<BottomLineVerdict, "met"> | null;
  /** The params the finding carries besides `bottomLineId`, for message templates. */
  readonly params: readonly string[];
}

/**
 * The table behind {@link BOTTOM_LINE_FINDINGS}, with its literal types, so that the evaluators
 * can only emit the params each code declares.
 *
 * @internal
 */
export const BOTTOM_LINE_FINDING_TABLE = {
  "bottom-lines/no-network": { severity: "warning", verdict: "cannot-tell", params: [] },
  "bottom-lines/network-empty": { severity: "warning", verdict: "cannot-tell", params: [] },
  "bottom-lines/household-unknown": { severity: "warning", verdict: "cannot-tell", params: ["personId", "name"] },
  "bottom-lines/no-map": { severity: "warning", verdict: "cannot-tell", params: [] },
  "bottom-lines/map-without-dangers": { severity: "warning", verdict: "cannot-tell", params: ["mapId", "version"] },
  "bottom-lines/no-plan": { severity: "warning", verdict: "cannot-tell", params: [] },
  "bottom-lines/plan-without-rules": { severity: "warning", verdict: "cannot-tell", params: ["planId", "version"] },
  "bottom-lines/plan-not-in-place": { severity: "warning", verdict: "cannot-tell", params: ["planId", "version", "status"] },
  "bottom-lines/no-monitoring": { severity: "warning", verdict: "cannot-tell", params: [] },
  "bottom-lines/no-monitoring-in-period": { severity: "warning", verdict: "cannot-tell", params: ["from", "to"] },
  "bottom-lines/rule-never-monitored": { severity: "warning", verdict: "cannot-tell", params: ["ruleId"] },
  "bottom-lines/breach-time-unknown": { severity: "warning", verdict: "cannot-tell", params: ["eventId", "date", "toldAt", "hours"] },
  "bottom-lines/no-overall-scale": { severity: "warning", verdict: "cannot-tell", params: ["mapId", "version"] },
  "bottom-lines/no-judgement-by-role": { severity: "warning", verdict: "cannot-tell", params: ["role"] },
  "bottom-lines/unknown-predicate": { severity: "warning", verdict: "cannot-tell", params: ["predicate"] },
  "bottom-lines/predicate-failed": { severity: "warning", verdict: "cannot-tell", params: ["predicate", "message"] },
  "bottom-lines/network-too-small": { severity: "error", verdict: "unmet", params: ["count", "min"] },
  "bottom-lines/network-too-few-outside-household": { severity: "error", verdict: "unmet", params: ["count", "min"] },
  "bottom-lines/network-too-few-not-professional": { severity: "error", verdict: "unmet", params: ["count", "min"] },
  "bottom-lines/member-not-informed": { severity: "error", verdict: "unmet", params: ["personId", "name", "mapVersion"] },
  "bottom-lines/member-informed-of-old-version": { severity: "error", verdict: "unmet", params: ["personId", "name", "informedVersion", "mapVersion"] },
  "bottom-lines/too-few-found-by-family": { severity: "error", verdict: "unmet", params: ["count", "min"] },
  "bottom-lines/danger-without-rule": { severity: "error", verdict: "unmet", params: ["dangerId"] },
  "bottom-lines/rule-without-responsible": { severity: "error", verdict: "unmet", params: ["ruleId"] },
  "bottom-lines/rule-without-network-monitor": { severity: "error", verdict: "unmet", params: ["ruleId"] },
  "bottom-lines/no-supervised-contact-rule": { severity: "error", verdict: "unmet", params: ["personId", "name"] },
  "bottom-lines/supervised-contact-without-network-monitor": { severity: "error", verdict: "unmet", params: ["ruleId", "personId", "name"] },
  "bottom-lines/breach-unresolved": { severity: "error", verdict: "unmet", params: ["eventId", "date"] },
  "bottom-lines/no-safe-adult-rule": { severity: "error", verdict: "unmet", params: [] },
  "bottom-lines/safe-adult-not-named": { severity: "error", verdict: "unmet", params: ["ruleId"] },
  "bottom-lines/safe-adult-not-in-network": { severity: "error", verdict: "unmet", params: ["ruleId", "personId", "name"] },
  "bottom-lines/safe-adult-not-willing": { severity: "error", verdict: "unmet", params: ["ruleId", "personId", "name", "willingness"] },
  "bottom-lines/child-not-told-plan": { severity: "error", verdict: "unmet", params: ["childId", "name"] },
  "bottom-lines/breach-not-reported": { severity: "error", verdict: "unmet", params: ["eventId", "date", "hours"] },
  "bottom-lines/breach-reported-late": { severity: "error", verdict: "unmet", params: ["eventId", "date", "hoursTaken", "hours"] },
  "bottom-lines/no-recent-childrens-services-monitoring": { severity: "error", verdict: "unmet", params: ["days", "since"] },
  "bottom-lines/no-recent-network-monitoring": { severity: "error", verdict: "unmet", params: ["days", "since"] },
  "bottom-lines/plan-never-in-place": { severity: "error", verdict: "unmet", params: ["months"] },
  "bottom-lines/plan-not-in-place-long-enough": { severity: "error", verdict: "unmet", params: ["inPlaceSince", "months", "requiredSince"] },
  "bottom-lines/scale-below": { severity: "error", verdict: "unmet", params: ["role", "score", "value", "on"] },
  "bottom-lines/free-text-not-covered": { severity: "error", verdict: "unmet", params: [] },
  "bottom-lines/breach-in-window": { severity: "error", verdict: "unmet", params: ["eventId", "date", "months", "requiredSince"] },
  "bottom-lines/member-informed-of-changed-content": { severity: "error", verdict: "unmet", params: ["personId", "name", "informedVersion", "mapVersion", "changes"] },
  "bottom-lines/free-text-judged-unmet": { severity: "error", verdict: "unmet", params: ["byId", "on"] },
  "bottom-lines/free-text-covered-by-rule": { severity: "warning", verdict: "covered-by-rule", params: ["ruleIds"] },
  "bottom-lines/breach-report-not-yet-due": { severity: "info", verdict: null, params: ["eventId", "date", "hours"] },
  "bottom-lines/member-informed-of-earlier-version-same-content": { severity: "info", verdict: null, params: ["personId", "name", "informedVersion", "mapVersion"] },
  "bottom-lines/none-set": { severity: "warning", verdict: null, params: [] },
  "bottom-lines/no-plan-recorded": { severity: "warning", verdict: null, params: [] },
  "bottom-lines/duplicate-id": { severity: "warning", verdict: null, params: [] },
} as const satisfies Readonly<Record<BottomLineFindingCode, BottomLineFindingInfo>>;

/**
 * For every bottom-line finding code: its severity, the verdict it leads to and the params it
 * carries besides `bottomLineId`. This is data, so a product can build its own views (for
 * example, list what is missing separately from what is not met).
 *
 * @category Bottom lines
 */
export const BOTTOM_LINE_FINDINGS: Readonly<Record<BottomLineFindingCode, BottomLineFindingInfo>> = BOTTOM_LINE_FINDING_TABLE;
