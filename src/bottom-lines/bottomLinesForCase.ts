import * as z from "zod";
import { KinsafeError, parseWith, MAX_LIST_LENGTH } from "../core";
import { BottomLineSchema, type BottomLine } from "./BottomLine";
import type { BottomLinePolicy } from "./BottomLinePolicy";

/**
 * What a worker may change in a policy bottom line for one case: its wording, the danger
 * statements it answers, who set it and when, and its parameters (`personId`, `minMembers`,
 * `hours`, …). The `id` and `kind` stay the policy's. Plain JSON: ids and dates are strings.
 *
 * @category Bottom lines
 */
export interface BottomLineOverride {
  readonly statement?: string;
  readonly rationaleDangerIds?: readonly string[];
  readonly setBy?: string;
  readonly setOn?: string;
  readonly minMembers?: number;
  readonly minOutsideHousehold?: number;
  readonly minNotProfessional?: number;
  readonly minFoundByFamily?: number;
  readonly personId?: string;
  readonly hours?: number;
  readonly days?: number;
  readonly months?: number;
  readonly value?: number;
  readonly roles?: readonly string[];
  readonly predicate?: string;
}

/**
 * Options of {@link bottomLinesForCase}.
 *
 * @category Bottom lines
 */
export interface BottomLinesForCaseOptions {
  /** The ids of the policy's bottom lines to set for the case (default: all of them). They keep the policy's order. */
  readonly include?: readonly string[];
  /** Changes to some bottom lines, by id. */
  readonly overrides?: Readonly<Record<string, BottomLineOverride>>;
}

const shapes = new Map<string, readonly string[]>(BottomLineSchema.options.map((o) => [o.shape.kind.value, Object.keys(o.shape)]));

/**
 * Sets a local authority's bottom lines for one case: picks bottom lines from the policy
 * catalogue and applies the worker's changes (the person who must not have unsupervised
 * contact, a stricter network size, the wording agreed with the family).
 *
 * Children's Services decide the minimum conditions and the family decides how to meet them
 * (England Innovations Project: "family owned safety planning with Children's Services bottom
 * line requirements"; EIP newsletter #7). The result is checked with {@link BottomLineSchema},
 * so a `no-unsupervised-contact` bottom line must name its person by now.
 *
 * @param policy - The local authority's catalogue, parsed with {@link BottomLinePolicySchema}.
 * @param options - `include`, the ids to take (default all); `overrides`, changes by id.
 * @returns The bottom lines of the case, in the policy's order, ready for `caseFile.bottomLines`.
 * @throws {@link KinsafeError} with code `not-found` when `include` or `overrides` names an id the selection does not have; `invalid-argument` when an override sets `id`, `kind` or a field the kind does not have; `invalid-input` when the result is not valid (for example a missing `personId`), with every problem in `issues`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/bottomLinesForCase.test.ts#docs-example}
 *
 * @category Bottom lines
 */
export function bottomLinesForCase(policy: BottomLinePolicy, options: BottomLinesForCaseOptions = {}): BottomLine[] {
  const known = new Set<string>(policy.bottomLines.map((b) => b.id));
  for (const id of options.include ?? []) {
    if (!known.has(id)) throw new KinsafeError("not-found", `The policy ${JSON.stringify(policy.authority)} ${policy.version} has no bottom line ${JSON.stringify(id)}.`);
  }
  const include = options.include === undefined ? undefined : new Set(options.include);
  const chosen = policy.bottomLines.filter((b) => include === undefined || include.has(b.id));
  const overrides = options.overrides ?? {};
  const chosenIds = new Set<string>(chosen.map((b) => b.id));
  for (const id of Object.keys(overrides)) {
    if (!chosenIds.has(id)) throw new KinsafeError("not-found", `An override names the bottom line ${JSON.stringify(id)}, which is not among those set for the case.`);
  }
  const merged = chosen.map((line) => {
    const override = Object.hasOwn(overrides, line.id) ? overrides[line.id] : undefined;
    if (override === undefined) return line;
    const allowed = shapes.get(line.kind) ?? [];
    for (const key of Object.keys(override)) {
      if (key === "id" || key === "kind" || !allowed.includes(key)) {
        throw new KinsafeError("invalid-argument", `The override of ${JSON.stringify(line.id)} sets ${JSON.stringify(key)}, which a ${line.kind} bottom line cannot change.`);
      }
    }
    return { ...line, ...override };
  });
  return parseWith(z.array(BottomLineSchema).max(MAX_LIST_LENGTH), merged, "bottom lines for the case");
}
