import { ParticipantRoleSchema } from "../assessment";
import { formatTextWith, type FormatFindingOptions } from "../messages";
import { enSafetyPlan, type ReadinessTextKey } from "./messages.en";
import type { StepDownReadiness, StepDownReason } from "./readinessToStepDown";

/**
 * Options of {@link formatReadiness}: the catalogues and names of `formatFinding`, and which
 * reasons to list.
 *
 * @category Safety plan
 */
export interface FormatReadinessOptions extends FormatFindingOptions {
  /** List only the reasons that are not met (default false: every reason). */
  readonly unmetOnly?: boolean;
}

type Params = Record<string, string | number>;

const ROLES = new Set<string>(ParticipantRoleSchema.options);

/** The evidence as template params (booleans dropped). */
function paramsOf(reason: StepDownReason): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(reason.evidence)) if (typeof v === "string" || typeof v === "number") out[k] = v;
  return out;
}

/** Which text says a reason, and with what. */
function textOf(reason: StepDownReason, text: (key: ReadinessTextKey, params?: Params) => string): { readonly key: ReadinessTextKey; readonly params: Params } {
  const p = paramsOf(reason);
  const note = typeof p["note"] === "string" ? p["note"] : undefined;
  const met = reason.met;
  switch (reason.kind) {
    case "bottom-lines-met":
      if (note === "no-bottom-lines-report") return { key: "safety-plan/readiness.bottom-lines.no-report", params: p };
      if (note === "report-of-another-day") return { key: "safety-plan/readiness.bottom-lines.report-of-another-day", params: p };
      if (note === "no-bottom-lines-set") return { key: met ? "safety-plan/readiness.bottom-lines.none-set-allowed" : "safety-plan/readiness.bottom-lines.none-set", params: p };
      if (met) return { key: "safety-plan/readiness.bottom-lines.met", params: p };
      return { key: p["verdict"] === "cannot-tell" ? "safety-plan/readiness.bottom-lines.cannot-tell" : p["verdict"] === "covered-by-rule" ? "safety-plan/readiness.bottom-lines.covered-by-rule" : "safety-plan/readiness.bottom-lines.unmet", params: p };
    case "goal-sustained": {
      if (note === "no-safety-goals") return { key: "safety-plan/readiness.goal.no-goals", params: p };
      if (note === "no-duration") return { key: "safety-plan/readiness.goal.no-duration", params: p };
      // `sustainFor` is "3 months": written again in the catalogue's words.
      const [amount, unit] = String(p["sustainFor"] ?? "").split(" ");
      const duration = unit === "days" || unit === "weeks" || unit === "months" ? text(`safety-plan/readiness.duration.${unit}`, { amount: Number(amount) }) : String(p["sustainFor"] ?? "");
      const q = { ...p, duration };
      if (note === "plan-not-in-use") return { key: "safety-plan/readiness.goal.plan-not-in-use", params: q };
      if (met) return { key: "safety-plan/readiness.goal.met", params: q };
      return { key: p["countedFrom"] === "last-breach" ? "safety-plan/readiness.goal.unmet-since-breach" : "safety-plan/readiness.goal.unmet", params: q };
    }
    case "score-at-threshold": {
      const scale = p["scale"] === "overall" ? text("safety-plan/readiness.scale.overall") : text("safety-plan/readiness.scale.danger", { dangerId: String(p["scale"] ?? "") });
      const q: Params = { ...p, scale };
      if (note === "no-scale") return { key: "safety-plan/readiness.score.no-scale", params: q };
      if (note === "no-judgement") return { key: "safety-plan/readiness.score.no-judgement", params: q };
      // The rater: a person's id, else "name: …" or "role: …".
      const rater = String(p["rater"] ?? "");
      if (rater.startsWith("name: ")) q["rater"] = rater.slice("name: ".length);
      else if (rater.startsWith("role: ")) {
        // A role of the map in the catalogue's words ("a parent"); another role as written.
        const role = rater.slice("role: ".length);
        q["rater"] = ROLES.has(role) ? text(`safety-plan/readiness.role.${role}` as ReadinessTextKey) : text("safety-plan/readiness.score.someone-in-role", { role });
      }
      else q["personId"] = rater;
      const who = rater.startsWith("name: ") || rater.startsWith("role: ") ? "rater" : "person";
      return { key: `safety-plan/readiness.score.${met ? "met" : "unmet"}-${who}`, params: q };
    }
    case "child-safety-house":
      return met ? { key: "safety-plan/readiness.child-safety-house.met", params: p } : { key: "safety-plan/readiness.child-safety-house.unmet", params: p };
    case "no-unresolved-breaches":
      return { key: met ? "safety-plan/readiness.breaches.none-unresolved" : "safety-plan/readiness.breaches.unresolved", params: p };
    case "breach-reported-in-time": {
      if (p["count"] === 0 && p["eventId"] === undefined) return { key: "safety-plan/readiness.breach-report.no-breaches", params: p };
      const reported = p["reported"];
      if (reported === "in-time") return { key: "safety-plan/readiness.breach-report.in-time", params: p };
      if (reported === "late") return { key: "safety-plan/readiness.breach-report.late", params: p };
      if (reported === "not-yet-due") return { key: "safety-plan/readiness.breach-report.not-yet-due", params: p };
      if (reported === "time-unknown") return { key: "safety-plan/readiness.breach-report.time-unknown", params: p };
      return { key: "safety-plan/readiness.breach-report.not-reported", params: p };
    }
    case "network-monitoring-recent":
      return { key: met ? "safety-plan/readiness.network-monitoring.met" : "safety-plan/readiness.network-monitoring.unmet", params: p };
    case "members-sure-of-rules": {
      if (note === "no-network") return { key: "safety-plan/readiness.no-network", params: p };
      if (met) return { key: "safety-plan/readiness.members-sure.met", params: p };
      const willingness = p["willingness"];
      const q: Params = { ...p, willingness: willingness === "unsure" || willingness === "not-willing" || willingness === "not-asked" ? text(`safety-plan/readiness.willingness.${willingness}`) : String(willingness ?? "") };
      return { key: p["as"] === "monitor" ? "safety-plan/readiness.members-sure.unmet-monitor" : "safety-plan/readiness.members-sure.unmet-responsible", params: q };
    }
    case "network-beyond-closure":
      if (note === "no-network") return { key: "safety-plan/readiness.no-network", params: p };
      return { key: met ? "safety-plan/readiness.beyond-closure.met" : p["count"] === 0 ? "safety-plan/readiness.beyond-closure.nobody" : "safety-plan/readiness.beyond-closure.unmet", params: p };
  }
}

/**
 * Writes what {@link readinessToStepDown} found as text in practice words: whether the plan is
 * ready for Children's Services to step down or close, then each reason, met or not met, with
 * what it rests on. Every sentence comes from the catalogue (keys `safety-plan/readiness.…`);
 * with `names`, people, rules, goals, danger statements and bottom lines are named, not shown
 * as ids.
 *
 * @param readiness - The result of {@link readinessToStepDown}.
 * @param options - `catalogue` and `names` as for `formatFinding`; `unmetOnly` to list only what is not met.
 * @returns The text, lines separated by `\n`.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/formatReadiness.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function formatReadiness(readiness: StepDownReadiness, options: FormatReadinessOptions = {}): string {
  const text = (key: ReadinessTextKey, params: Params = {}): string => formatTextWith(key, params, enSafetyPlan, options);
  const unmet = readiness.reasons.filter((r) => !r.met).length;
  const lines = [readiness.ready ? text("safety-plan/readiness.ready", { count: readiness.reasons.length }) : text("safety-plan/readiness.not-ready", { count: unmet })];
  for (const reason of readiness.reasons) {
    if (options.unmetOnly === true && reason.met) continue;
    const { key, params } = textOf(reason, text);
    lines.push(text(reason.met ? "safety-plan/readiness.line-met" : "safety-plan/readiness.line-unmet", { reason: text(key, params) }));
  }
  return lines.join("\n");
}
