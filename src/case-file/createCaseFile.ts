import type * as z from "zod";
import type { DeepReadonly, Extensions } from "../core";
import { CASE_FILE_SCHEMA_VERSION, type CaseFile, type CaseFileSchema } from "./CaseFile";
import { parseCaseFile } from "./parseCaseFile";

type Input = z.input<typeof CaseFileSchema>;

/**
 * What {@link createCaseFile} needs: the case's id, its children and the people around them;
 * the other lists start empty unless given. Plain JSON: ids and dates are strings.
 *
 * @category Case file
 */
export interface CaseFileInit {
  /** The id of the new case file. */
  readonly id: string;
  /** The children of the case (at least one; each also in `people`). */
  readonly childIds: readonly string[];
  /** Everyone in the case: children, family, friends, professionals. */
  readonly people: DeepReadonly<Input["people"]>;
  readonly maps?: DeepReadonly<Input["maps"]>;
  readonly childVoice?: DeepReadonly<Input["childVoice"]>;
  readonly network?: DeepReadonly<NonNullable<Input["network"]>>;
  readonly plans?: DeepReadonly<Input["plans"]>;
  readonly monitoring?: DeepReadonly<Input["monitoring"]>;
  readonly bottomLines?: DeepReadonly<Input["bottomLines"]>;
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  readonly extensions?: Extensions;
}

/**
 * Creates a case file of the current schema version with an empty history.
 *
 * The result is parsed like a stored document ({@link parseCaseFile}), so a bad id or a
 * reference that does not resolve is reported with its path rather than stored. Change it
 * afterwards with {@link applyCaseFileChange}, which keeps the history.
 *
 * @param init - The case's id, children and people; maps, child-voice records, network, plans, monitoring and bottom lines when they already exist.
 * @returns A valid case file with `schemaVersion` {@link CASE_FILE_SCHEMA_VERSION} and an empty history.
 * @throws {@link KinsafeError} with code `invalid-input` when `init` does not make a valid case file; `issues` lists every problem.
 *
 * @example
 * {@includeCode ../../tests/case-file/createCaseFile.test.ts#docs-example}
 *
 * @category Case file
 */
export function createCaseFile(init: CaseFileInit): CaseFile {
  const { network, ...rest } = init;
  return parseCaseFile({
    schemaVersion: CASE_FILE_SCHEMA_VERSION,
    ...rest,
    maps: init.maps ?? [],
    childVoice: init.childVoice ?? [],
    ...(network === undefined ? {} : { network }),
    plans: init.plans ?? [],
    monitoring: init.monitoring ?? [],
    bottomLines: init.bottomLines ?? [],
    history: [],
  });
}
