// Writing a command's result: to a file (creating its directory) or to stdout.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { inputError, resolvePath, type CliIo } from "../CliIo";

/**
 * Writes text to `--out` (creating the directory) or, without it, to stdout.
 *
 * @param io - The surroundings.
 * @param out - The `--out` path, if given.
 * @param text - The text.
 * @returns The absolute path written, or `undefined` for stdout.
 */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<string | undefined> {
  if (out === undefined) {
    io.stdout(text);
    return undefined;
  }
  const path = resolvePath(io, out);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    inputError(`${out}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
  }
  return path;
}

/**
 * Creates an output directory.
 *
 * @param io - The surroundings.
 * @param out - The directory as given.
 * @returns Its absolute path.
 */
export async function outputDirectory(io: CliIo, out: string): Promise<string> {
  const path = resolvePath(io, out);
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    inputError(`${out}: cannot create the directory: ${error instanceof Error ? error.message : String(error)}`);
  }
  return path;
}
