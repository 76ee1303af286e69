import type { IsoDate } from "../core";

/**
 * What {@link readinessToStepDown} reads of a bottom-line report: its day and each bottom
 * line's verdict. A `BottomLineReport` from `evaluateBottomLines` fits it as it is; the plan
 * does not depend on how bottom lines are evaluated (src/bottom-lines sits above it).
 *
 * @category Safety plan
 */
export interface ReadinessBottomLines {
  /** The day the bottom lines were evaluated. */
  readonly asOf: IsoDate;
  /** Each bottom line's verdict. */
  readonly results: readonly {
    readonly bottomLineId: string;
    readonly kind: string;
    readonly verdict: "met" | "unmet" | "cannot-tell" | "covered-by-rule";
  }[];
}
