import { DEFAULT_ABSENCE_MARKERS } from "../assessment";
import type { Finding, Severity } from "../core";
import type { SafetyPlanFindingCode } from "./findingCodes";
import { emitter } from "./internal";
import type { PlanRule, SafetyPlan } from "./SafetyPlan";

/**
 * Options of {@link checkSafetyPlan}.
 *
 * @category Safety plan
 */
export interface CheckSafetyPlanOptions {
  /**
   * Words and phrases that frame a rule as the absence of something ("will not", "never",
   * "stop"). Default: the assessment map's `DEFAULT_ABSENCE_MARKERS`, so that goals and rules are
   * read alike.
   */
  readonly absenceMarkers?: readonly string[];
  /** Severities to use instead of the defaults in {@link SAFETY_PLAN_FINDINGS}. */
  readonly severities?: Readonly<Partial<Record<SafetyPlanFindingCode, Severity>>>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first marker that occurs in `text` as whole words, in any case; curly apostrophes read as straight ones. */
function firstMarker(text: string, markers: readonly string[]): string | undefined {
  const haystack = text.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  return markers.find((m) => {
    const term = m.trim().toLowerCase();
    return term !== "" && new RegExp(`(^|[^\\p{L}\\p{N}'])${escape(term).replace(/\s+/g, "\\s+")}(?=$|[^\\p{L}\\p{N}'])`, "u").test(haystack);
  });
}

/**
 * The absence marker that a rule's text is framed by, when every clause of it is about what must
 * not happen; `undefined` when some clause says what will happen.
 */
function absenceOnly(rule: PlanRule, markers: readonly string[]): string | undefined {
  const clauses = rule.text.split(/[;,.:!?]|\s(?:and|but|so|then|or)\s/iu).map((c) => c.trim()).filter((c) => /\p{L}/u.test(c));
  let first: string | undefined;
  for (const clause of clauses) {
    const found = firstMarker(clause, markers);
    if (found === undefined) return undefined;
    first ??= found;
  }
  return first;
}

/**
 * Checks a safety plan against what the guidance says a plan and each of its rules contain, and
 * returns every finding. Never throws for a parsed plan.
 *
 * A safety plan is a family-owned set of everyday rules, built with the safety network, that
 * show how the child will be kept safe from each danger, monitored by both Children's Services
 * and the network (England Innovations Project; domain specification 2.1). Each rule names
 * (domain specification 2.3; safetyplanning.site; Turnell and Edwards 1999):
 *
 * - the danger statements it addresses (`safety-plan/rule-without-danger`);
 * - what must happen, written positively (`safety-plan/rule-framed-as-absence`: every clause
 *   only says what must not happen, judged with the absence markers);
 * - who is responsible (`safety-plan/rule-without-responsible`);
 * - who monitors it, from the network and from the professionals
 *   (`safety-plan/rule-without-network-monitor`, `safety-plan/rule-without-professional-monitor`);
 * - the triggers or red flags (`safety-plan/rule-without-triggers`);
 * - what happens if it is broken, who tells Children's Services and how fast
 *   (`safety-plan/rule-without-if-broken`, `safety-plan/rule-without-who-tells`,
 *   `safety-plan/rule-without-tell-within`);
 * - the child's version (`safety-plan/rule-without-child-version`: neither `childVersion` nor a
 *   Words and Pictures or Safety House record);
 * - who agreed it (`safety-plan/rule-not-agreed`).
 *
 * The plan itself must have rules (`safety-plan/plan-without-rules`) with distinct ids
 * (`safety-plan/duplicate-rule-id`). Coverage of the danger statements and bottom lines is
 * {@link planCoverage}'s job; whether the people named are in the network is `checkNetwork`'s.
 *
 * @param plan - A parsed safety plan.
 * @param options - Absence markers and severity overrides; each optional.
 * @returns Every finding, or an empty array when the plan meets every rule.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/checkSafetyPlan.test.ts#docs-example}
 *
 * @see Domain specification 2.3 "What a plan rule contains".
 *
 * @category Safety plan
 */
export function checkSafetyPlan(plan: SafetyPlan, options: CheckSafetyPlanOptions = {}): readonly Finding<SafetyPlanFindingCode>[] {
  const { findings, emit } = emitter(options.severities);
  const markers = options.absenceMarkers ?? DEFAULT_ABSENCE_MARKERS;
  if (plan.rules.length === 0) emit("safety-plan/plan-without-rules", ["rules"]);
  const seen = new Set<string>();
  plan.rules.forEach((rule, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ["rules", i, ...rest];
    const ruleId = rule.id;
    if (seen.has(ruleId)) emit("safety-plan/duplicate-rule-id", at("id"), { ruleId });
    seen.add(ruleId);
    if (rule.dangerIds.length === 0) emit("safety-plan/rule-without-danger", at("dangerIds"), { ruleId });
    const term = absenceOnly(rule, markers);
    if (term !== undefined) emit("safety-plan/rule-framed-as-absence", at("text"), { ruleId, term });
    if (rule.responsibleIds.length === 0) emit("safety-plan/rule-without-responsible", at("responsibleIds"), { ruleId });
    if (!rule.monitors.some((m) => m.as === "network")) emit("safety-plan/rule-without-network-monitor", at("monitors"), { ruleId });
    if (!rule.monitors.some((m) => m.as === "professional")) emit("safety-plan/rule-without-professional-monitor", at("monitors"), { ruleId });
    if (rule.triggers.length === 0) emit("safety-plan/rule-without-triggers", at("triggers"), { ruleId });
    if (rule.ifBroken === undefined) {
      emit("safety-plan/rule-without-if-broken", at("ifBroken"), { ruleId });
    } else {
      if (rule.ifBroken.whoTellsIds.length === 0) emit("safety-plan/rule-without-who-tells", at("ifBroken", "whoTellsIds"), { ruleId });
      if (rule.ifBroken.tellWithinHours === undefined) emit("safety-plan/rule-without-tell-within", at("ifBroken", "tellWithinHours"), { ruleId });
    }
    if (rule.childVersion === undefined && rule.childVoiceRecordId === undefined) emit("safety-plan/rule-without-child-version", at("childVersion"), { ruleId });
    if (rule.agreedBy.length === 0) emit("safety-plan/rule-not-agreed", at("agreedBy"), { ruleId });
  });
  return findings;
}
