import { KinsafeError } from "../core";
import { wilcoxon, signTestP } from "./statistics";
import type { RespondentGroup, Survey, SurveyResponse } from "./Survey";

/**
 * Options of {@link compareTimePoints}.
 *
 * @category Research
 */
export interface CompareTimePointsOptions {
  /** The Likert item to compare. */
  readonly itemId: string;
  /** The earlier time point, e.g. `baseline`. */
  readonly from: string;
  /** The later time point, e.g. `follow-up`. */
  readonly to: string;
  /** Only respondents of this group. Default: every group (a respondent is paired within their group). */
  readonly group?: RespondentGroup;
  /** The Wilcoxon method: `exact`, `normal`, or `auto` (default: exact up to 50 non-zero differences, normal above). */
  readonly method?: "auto" | "exact" | "normal";
}

/**
 * A paired comparison of one Likert item between two time points.
 *
 * @category Research
 */
export interface PairedComparison {
  readonly itemId: string;
  readonly from: string;
  readonly to: string;
  readonly group?: RespondentGroup;
  /** Respondents who answered the item at both time points. */
  readonly pairs: number;
  /** Respondents who answered it at only one of them (left out). */
  readonly unpaired: number;
  /** Means over the pairs; `null` when there are none. */
  readonly meanFrom: number | null;
  readonly meanTo: number | null;
  /** Mean of (to − from) over the pairs: positive when answers went up. */
  readonly meanChange: number | null;
  /** Exact two-sided sign test; ties (no change) dropped. */
  readonly signTest: { readonly positive: number; readonly negative: number; readonly ties: number; readonly pValue: number };
  /**
   * Two-sided Wilcoxon signed-rank test on the non-zero changes (zeros dropped, Wilcoxon's
   * method; tied absolute changes get midranks): `n` non-zero changes, the sums of the ranks of
   * rises (`wPlus`) and falls (`wMinus`), the method used, `z` for the normal approximation.
   */
  readonly wilcoxon: { readonly n: number; readonly wPlus: number; readonly wMinus: number; readonly method: "exact" | "normal"; readonly z?: number; readonly pValue: number };
}

/**
 * Compares the answers of the same respondents to one Likert item at two time points (the
 * Innovations Project evaluation surveyed parents and staff at two points in time): the mean
 * change, an exact sign test and a Wilcoxon signed-rank test, both two-sided.
 *
 * Respondents are paired by `respondentId` within their group. When a respondent answered more
 * than once at a time point, the latest response (by date, then position) counts.
 *
 * Methods (documented for citation):
 * - sign test: p = min(1, 2 P(X ≤ min(n+, n−))), X ~ Binomial(n+ + n−, 1/2), exact;
 * - Wilcoxon, `exact`: the exact permutation distribution of W+ given the midranks (each of the
 *   2^n sign assignments equally likely; with ties this is the exact conditional test), two-sided
 *   p = min(1, 2 min(P(W+ ≤ w), P(W+ ≥ w)));
 * - Wilcoxon, `normal`: z = (W+ − n(n+1)/4 ∓ 0.5) / √(n(n+1)(2n+1)/24 − Σ(t³ − t)/48), with the
 *   continuity correction towards the mean and the tie correction over groups of t tied absolute
 *   changes; p = 2(1 − Φ(|z|)) (as R's `wilcox.test(paired = TRUE, correct = TRUE)` with ties).
 *
 * Swapping `from` and `to` negates the mean change, swaps W+ and W− and leaves the p-values as
 * they are.
 *
 * @param survey - The survey, for the item's scale.
 * @param responses - Responses to the survey at any time points. Not changed.
 * @param options - The item, the two time points, the group and the Wilcoxon method.
 * @returns The paired comparison.
 * @throws {@link KinsafeError} with code `not-found` when the survey has no such item; `invalid-argument` when the item is not a Likert item, or an answer to it is not a whole number from 1 to its points.
 *
 * @example
 * {@includeCode ../../tests/research/compareTimePoints.test.ts#docs-example}
 *
 * @category Research
 */
export function compareTimePoints(survey: Survey, responses: readonly SurveyResponse[], options: CompareTimePointsOptions): PairedComparison {
  const { itemId, from, to, group } = options;
  const item = survey.items.find((i) => i.id === itemId);
  if (item === undefined) throw new KinsafeError("not-found", `Survey ${survey.id} has no item ${itemId}.`);
  if (item.kind !== "likert") throw new KinsafeError("invalid-argument", `Item ${itemId} is ${item.kind}: only Likert items can be compared.`);
  const latest = new Map<string, { date: string; value: number }>();
  for (const r of responses) {
    if (r.surveyId !== survey.id || (group !== undefined && r.group !== group) || (r.timePoint !== from && r.timePoint !== to)) continue;
    const answer = r.answers.find((a) => a.itemId === itemId);
    if (answer === undefined) continue;
    const value = answer.value;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > item.points) {
      throw new KinsafeError("invalid-argument", `Response ${r.id}: the answer to ${itemId} must be a whole number from 1 to ${String(item.points)}; received ${JSON.stringify(value)}.`);
    }
    const key = JSON.stringify([r.group, r.respondentId, r.timePoint]);
    const previous = latest.get(key);
    if (previous === undefined || r.date >= previous.date) latest.set(key, { date: r.date, value });
  }
  const respondents = new Set([...latest.keys()].map((k) => JSON.stringify((JSON.parse(k) as string[]).slice(0, 2))));
  const pairs: [number, number][] = [];
  let unpaired = 0;
  for (const who of respondents) {
    const [g, id] = JSON.parse(who) as [string, string];
    const a = latest.get(JSON.stringify([g, id, from]));
    const b = latest.get(JSON.stringify([g, id, to]));
    if (a === undefined || b === undefined) unpaired += 1;
    else pairs.push([a.value, b.value]);
  }
  const n = pairs.length;
  const differences = pairs.map(([a, b]) => b - a);
  const nonZero = differences.filter((d) => d !== 0);
  const positive = nonZero.filter((d) => d > 0).length;
  const negative = nonZero.length - positive;
  const method = options.method === "exact" || options.method === "normal" ? options.method : nonZero.length <= 50 ? "exact" : "normal";
  const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  return {
    itemId,
    from,
    to,
    ...(group === undefined ? {} : { group }),
    pairs: n,
    unpaired,
    meanFrom: mean(pairs.map((p) => p[0])),
    meanTo: mean(pairs.map((p) => p[1])),
    meanChange: mean(differences),
    signTest: { positive, negative, ties: n - nonZero.length, pValue: signTestP(positive, negative) },
    wilcoxon: wilcoxon(nonZero, method),
  };
}
