import type * as z from "zod";
import { SafetyNetworkSchema } from "./Network";

// The reference checks of a safety network read on its own: when the caller gives the case's
// people, every member and every person told must be among them, the references `parseCaseFile`
// checks for the network of a case file (so the network of a valid case file parses on its own).
// They run even when other fields failed to parse, so they read the input defensively.

type Path = (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

/**
 * What a safety network's references are checked against when it is parsed on its own.
 *
 * @category Network
 */
export interface SafetyNetworkContext {
  /** The people of the case: every member and every person told must be one of them. */
  readonly people?: readonly { readonly id: string }[];
}

const list = (value: unknown): readonly Obj[] => (Array.isArray(value) ? value.filter((v): v is Obj => typeof v === "object" && v !== null) : []);

function checkNetwork(input: unknown, ctx: z.RefinementCtx, context: SafetyNetworkContext): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return;
  const network = input as Obj;
  if (context.people === undefined) return;
  const people = new Set<unknown>(context.people.map((p) => p.id));
  const person = (id: unknown, path: Path): void => {
    if (typeof id === "string" && !people.has(id)) {
      ctx.addIssue({ code: "custom", path, message: `No person of the case has the id ${JSON.stringify(id)}.`, input: id, params: { rule: "reference/unknown-person" } });
    }
  };
  list(network["members"]).forEach((m, i) => {
    person(m["personId"], ["members", i, "personId"]);
  });
  list(network["informing"]).forEach((r, i) => {
    person(r["personId"], ["informing", i, "personId"]);
  });
}

/**
 * The safety-network schema with the checks of {@link checkNetwork}: what `parseSafetyNetwork`
 * parses with.
 *
 * @internal
 */
export function safetyNetworkDocumentSchema(context: SafetyNetworkContext = {}): z.ZodType<z.output<typeof SafetyNetworkSchema>> {
  return SafetyNetworkSchema.superRefine((network, ctx) => {
    checkNetwork(network, ctx, context);
  }, { when: () => true });
}
