import type * as z from "zod";
import { SafetyNetworkSchema } from "./Network";

// The checks of a safety network read on its own: its records' ids unique and, when the caller
// gives the case's people, every member and every person told among them (the references
// `parseCaseFile` checks for the network of a case file). They run even when other fields
// failed to parse, so they read the input defensively.

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
  const unique = (items: readonly Obj[], path: Path, what: string): void => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = item["id"];
      if (typeof id !== "string") return;
      const previous = seen.get(id);
      if (previous === undefined) seen.set(id, i);
      else ctx.addIssue({ code: "custom", path: [...path, i, "id"], message: `${what} ${id} is already used at ${path.join(".")}[${String(previous)}].`, input: id, params: { rule: "reference/duplicate-id" } });
    });
  };
  unique(list(network["informing"]), ["informing"], "The informing record id");
  unique(list(network["meetings"]), ["meetings"], "The meeting id");
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
