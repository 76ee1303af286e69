import { parseWith, type DeepReadonly, type Extensions } from "../core";
import { AssessmentMapSchema, type AssessmentMap, type AssessmentMapInput } from "./AssessmentMap";

/**
 * What {@link createAssessmentMap} needs: the map's identity and context. The lists start empty.
 *
 * @category Assessment map
 */
export interface AssessmentMapInit {
  /** The id of the new map. */
  readonly id: string;
  /** The version, from 1 (default 1). */
  readonly version?: number;
  /** The case (family) the map belongs to, in the host system's terms. */
  readonly caseId?: string;
  /** The children the map is about (at least one). */
  readonly childIds: readonly string[];
  /** The variant of the framework (default `safety`). */
  readonly variant?: AssessmentMapInput["variant"];
  /** The day of the mapping, `YYYY-MM-DD`. */
  readonly date: string;
  /** When the map was recorded (UTC). */
  readonly recordedAt?: string;
  /** The practitioner who writes it up. */
  readonly authorId: string;
  /** Who took part (default none). */
  readonly participants?: DeepReadonly<AssessmentMapInput["participants"]>;
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  readonly extensions?: Extensions;
}

/**
 * Creates an empty assessment map: the context of the mapping, with every column empty.
 *
 * The result is parsed with {@link AssessmentMapSchema}, so a bad id or date is reported with
 * its path rather than stored. Fill the columns with the `add*` updaters or, when the history
 * must be kept, with {@link applyAssessmentMapChange}.
 *
 * @param init - The map's id, children, date and author; `version` defaults to 1, `variant` to `safety`, `participants` to none.
 * @returns A valid map with empty lists.
 * @throws {@link KinsafeError} with code `invalid-input` when `init` does not make a valid map; `issues` lists every problem.
 *
 * @example
 * {@includeCode ../../tests/assessment/createAssessmentMap.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function createAssessmentMap(init: AssessmentMapInit): AssessmentMap {
  return parseWith(
    AssessmentMapSchema,
    {
      ...init,
      version: init.version ?? 1,
      variant: init.variant ?? "safety",
      participants: init.participants ?? [],
      harm: [],
      dangers: [],
      complicatingFactors: [],
      greyAreas: [],
      strengths: [],
      existingSafety: [],
      goals: [],
      nextSteps: [],
      scales: [],
      childVoiceIds: [],
    },
    "assessment map",
  );
}
