import type * as z from "zod";
import { SafetyPlanSchema } from "./SafetyPlan";

// The reference checks of a safety plan read on its own: when the caller gives the case's people
// and bottom lines, every person and bottom line the plan names must be among them, the same
// references `parseCaseFile` checks for a plan inside a case file (so a plan of a valid case file
// parses on its own). Two rules sharing an id are a finding of `checkSafetyPlan`, not a parse
// error. The checks run even when other fields failed to parse, so that one error lists every
// problem, and read the input defensively.

type Path = (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

/**
 * What a safety plan's references are checked against when it is parsed on its own.
 *
 * @category Safety plan
 */
export interface SafetyPlanContext {
  /** The people of the case: every person a rule names must be one of them. */
  readonly people?: readonly { readonly id: string }[];
  /** The bottom lines of the case: every bottom line a rule meets must be one of them. */
  readonly bottomLines?: readonly { readonly id: string }[];
}

const list = (value: unknown): readonly Obj[] => (Array.isArray(value) ? value.filter((v): v is Obj => typeof v === "object" && v !== null) : []);
const values = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const obj = (value: unknown): Obj | undefined => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Obj) : undefined);

/** Reports `id` at `path` when `known` is given and does not hold it. */
function checkKnownId(known: ReadonlySet<unknown> | undefined, id: unknown, path: Path, ctx: z.RefinementCtx, rule: string, message: (id: string) => string): void {
  if (known === undefined || typeof id !== "string" || known.has(id)) return;
  ctx.addIssue({ code: "custom", path, message: message(id), input: id, params: { rule } });
}

function checkPlan(input: unknown, ctx: z.RefinementCtx, context: SafetyPlanContext): void {
  const plan = obj(input);
  if (plan === undefined || (context.people === undefined && context.bottomLines === undefined)) return;
  const rules = list(plan["rules"]);
  const people = context.people === undefined ? undefined : new Set<unknown>(context.people.map((p) => p.id));
  const bottomLines = context.bottomLines === undefined ? undefined : new Set<unknown>(context.bottomLines.map((b) => b.id));
  const person = (id: unknown, path: Path): void => {
    checkKnownId(people, id, path, ctx, "reference/unknown-person", (x) => `No person of the case has the id ${JSON.stringify(x)}.`);
  };
  rules.forEach((rule, i) => {
    const path: Path = ["rules", i];
    for (const key of ["responsibleIds", "subjectIds"]) {
      values(rule[key]).forEach((id, j) => {
        person(id, [...path, key, j]);
      });
    }
    list(rule["monitors"]).forEach((m, k) => {
      person(m["personId"], [...path, "monitors", k, "personId"]);
    });
    values(obj(rule["ifBroken"])?.["whoTellsIds"]).forEach((id, k) => {
      person(id, [...path, "ifBroken", "whoTellsIds", k]);
    });
    values(rule["bottomLineIds"]).forEach((id, k) => {
      checkKnownId(bottomLines, id, [...path, "bottomLineIds", k], ctx, "reference/unknown-bottom-line", (x) => `No bottom line of the case has the id ${JSON.stringify(x)}.`);
    });
  });
}

/**
 * The safety-plan schema with the checks of {@link checkPlan}: what `parseSafetyPlan` parses with.
 *
 * @internal
 */
export function safetyPlanDocumentSchema(context: SafetyPlanContext = {}): z.ZodType<z.output<typeof SafetyPlanSchema>> {
  return SafetyPlanSchema.superRefine((plan, ctx) => {
    checkPlan(plan, ctx, context);
  }, { when: () => true });
}
