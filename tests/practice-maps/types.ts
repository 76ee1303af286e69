// The shape of a practice map of the realistic set: the map as a document (plain JSON, as a
// product would store it), its child-voice records, the options a local authority would pass, and
// a practice lead's expected findings written beside it, each with its one-line practice reason.
import type { CheckAssessmentMapOptions } from "../../src/assessment";

/** One finding a practice lead expects, or expects not to see. `path` is a prefix of the finding's path. */
export interface Expectation {
  readonly code: string;
  readonly path?: readonly (string | number)[];
  /** The practice reason, in one line. */
  readonly reason: string;
}

/**
 * An expectation that rests on another part of issue 12 still being built (the map model's unknown
 * actor, earlier children, participation and analysis; the child-voice rules). The test checks it
 * only when `ready()` says that part exists, so that the set is honest without failing on work
 * that has not landed.
 */
export interface PendingExpectation extends Expectation {
  /** Who builds it: H2 child voice, H4 map model. */
  readonly owner: "H2" | "H4";
  /** Whether it is a finding that must appear or one that must not. */
  readonly kind: "expected" | "must-not-appear";
  /** Whether the part it rests on exists in this build. */
  readonly ready: () => boolean;
}

export interface PracticeMap {
  readonly name: string;
  readonly kind: "good" | "weak" | "pre-birth" | "disputed-injury";
  /** The case in two lines. */
  readonly summary: string;
  readonly map: unknown;
  readonly childVoice?: readonly unknown[];
  readonly options?: CheckAssessmentMapOptions;
  /** Findings the practice lead expects. On a good map, the only findings allowed. */
  readonly expected: readonly Expectation[];
  /** Findings the practice lead would reject: they must not appear. */
  readonly mustNotAppear: readonly Expectation[];
  readonly pending: readonly PendingExpectation[];
}
