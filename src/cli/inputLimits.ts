// The limits on what the command reads (docs/cli.md, "Limits"): the command's choice, passed to
// `readReturns` (kinsafe/returns), which checks each as the bytes arrive.
import { type ReturnLimits } from "../interop/returns";
import { MAX_INPUT_BYTES, MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_LINE_BYTES } from "../interop/returns/internal";

/** The limits the command applies: files up to 4 GiB, JSON read whole up to 256 MiB, lines up to 16 MiB, JSON nested up to 32 deep. */
export const INPUT_LIMITS: ReturnLimits = Object.freeze({
  maxBytes: MAX_INPUT_BYTES,
  maxJsonBytes: MAX_JSON_BYTES,
  maxLineBytes: MAX_LINE_BYTES,
  maxDepth: MAX_JSON_DEPTH,
});
