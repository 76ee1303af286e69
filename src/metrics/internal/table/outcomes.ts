import type { CountingUnit, MetricResult } from "../../CoreDataSet";
import type { EngineConfig } from "../engine";
import { C } from "../layout";
import { make, metric, type MetricHead, per10k, PLAN_KEYS, PLAN_LABELS } from "./entry";
import { ALL_PLANS, PER_PLAN_TYPE } from "./plans";

// The outcomes family: figures that need data from outside the social care returns.

/** A count given as input, per 10,000 children; `null` with a note without the input. */
function givenRate(cfg: EngineConfig, m: MetricHead, cu: CountingUnit, value: number | undefined): MetricResult {
  return value === undefined ? make(m.id, m.label, "per10k", cu, { value: null, notes: ["No input was given."] }) : per10k(cfg, m.id, m.label, cu, value);
}

/** @internal */
export const OUTCOMES = [
  metric({
    id: "outcomes.attainment",
    family: "outcomes",
    label: "Mean attainment score",
    unit: "ratio",
    countingUnit: "pupils",
    needs: { facts: ALL_PLANS, outcomes: "attainment", breakdown: PER_PLAN_TYPE },
    build: ({ cfg, g }, m) => {
      const att = cfg.outcomes?.attainment;
      if (att === undefined) return make(m.id, m.label, "ratio", "pupils", { value: null, notes: ["No attainment input was given."] });
      const mean = (i: number, id: string, lbl: string): MetricResult => {
        const n = g(C.ATT_N + i);
        return make(id, lbl, "ratio", "pupils", {
          value: n === 0 ? null : g(C.ATT_SUM + i) / n,
          numerator: g(C.ATT_SUM + i),
          denominator: n,
          notes: n === 0 ? ["No matched pupil in this group: the mean is unavailable."] : [],
          ...(n === 0 ? { unavailable: "no-denominator" as const } : {}),
        });
      };
      const breakdown: Record<string, MetricResult> = {};
      PLAN_KEYS.forEach((key, t) => (breakdown[key] = mean(t, `${m.id}/${key}`, `${PLAN_LABELS[key]} at any time in the period`)));
      const top = mean(4, m.id, m.label);
      return {
        ...top,
        notes: [`Measure: ${att.measure}. Pupils joined by child id, else UPN; numerator is the sum of scores, denominator the matched pupils.`, ...top.notes],
        breakdown,
      };
    },
  }),
  metric({
    id: "outcomes.offences-against-children",
    family: "outcomes",
    label: "Violent and sexual offences against children per 10,000 children",
    unit: "per10k",
    countingUnit: "offences",
    needs: { outcomes: "offencesAgainstChildren", population: true },
    build: ({ cfg }, m) => givenRate(cfg, m, "offences", cfg.outcomes?.offencesAgainstChildren),
  }),
  metric({
    id: "outcomes.injury-admissions",
    family: "outcomes",
    label: "Injury presentations and admissions of children per 10,000 children",
    unit: "per10k",
    countingUnit: "admissions",
    needs: { outcomes: "injuryAdmissions", population: true },
    build: ({ cfg }, m) => givenRate(cfg, m, "admissions", cfg.outcomes?.injuryAdmissions),
  }),
] as const;
