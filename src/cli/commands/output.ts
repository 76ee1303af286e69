// Writing a command's result: to a file (owner-only, all-or-nothing, never over an input) or to
// stdout (with no control character from a file reaching the terminal raw).
import { mkdir } from "node:fs/promises";
import { resolvePath, usageError, type CliIo } from "../CliIo";
import { assertNotAnInput, OUTPUT_DIRECTORY_MODE, outputError, withOutputBatch, type InputIdentities } from "../safeOutput";

/**
 * Writes text to `--out` or, without it, to stdout. The file is checked against the inputs,
 * written owner-only to a temporary file and renamed into place.
 *
 * @param io - The surroundings.
 * @param inputs - The inputs it must not replace.
 * @param out - The `--out` path, if given.
 * @param content - The text (for stdout, already made safe for a terminal where it needs to be),
 *   or the bytes of a binary file (only to a file).
 * @returns The absolute path written, or `undefined` for stdout.
 * @throws {@link CliError} (exit code 2) when `out` is an input, or bytes are to go to stdout; (exit code 3) when it cannot be written.
 */
export async function writeOutput(io: CliIo, inputs: InputIdentities, out: string | undefined, content: string | Uint8Array): Promise<string | undefined> {
  if (out === undefined) {
    if (typeof content !== "string") usageError("a binary file is not written to the terminal: give --out FILE.");
    io.stdout(content);
    return undefined;
  }
  await assertNotAnInput(io, inputs, out);
  return withOutputBatch(io, inputs, async (batch) => batch.write(out, content));
}

/**
 * Creates an output directory, owner-only (0700) where it creates one.
 *
 * @param io - The surroundings.
 * @param out - The directory as given.
 * @returns Its absolute path.
 * @throws {@link CliError} (exit code 3) when it cannot be created.
 */
export async function outputDirectory(io: CliIo, out: string): Promise<string> {
  const path = resolvePath(io, out);
  try {
    await mkdir(path, { recursive: true, mode: OUTPUT_DIRECTORY_MODE });
  } catch (error) {
    outputError(out, error, "cannot create the directory");
  }
  return path;
}
