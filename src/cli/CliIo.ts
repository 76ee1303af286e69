// What the command needs from its surroundings: output streams, whether stderr is a terminal,
// the working directory and a clock for the progress bar. The bin passes Node's; tests pass
// their own, so that every command can run in-process.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The exit codes of the `kinsafe` command (see docs/cli.md). */
export const EXIT = {
  /** Everything went as asked. */
  ok: 0,
  /** `kinsafe check`: a bottom line is not met. */
  failed: 1,
  /** The command line is wrong: unknown command or option, missing or bad value. */
  usage: 2,
  /**
   * An input could not be read (missing file, unknown kind of file, broken or unsafe content), or
   * an output could not be written (permission denied, a directory in the way, disk full).
   */
  input: 3,
  /** Something went wrong inside kinsafe (a bug): set `KINSAFE_DEBUG=1` to see the stack trace. */
  internal: 70,
} as const;

/**
 * The surroundings a command runs in.
 */
export interface CliIo {
  /** Writes text to standard output (results). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (errors, findings, progress). */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal: the progress bar is drawn only then. */
  readonly stderrIsTty: boolean;
  /** The width of the terminal, for the progress bar. */
  readonly columns: number;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Milliseconds from some fixed point, to throttle the progress bar. */
  readonly now: () => number;
  /** The directory holding the built JSON Schemas (`dist/schemas` next to the bin). */
  readonly schemasDir: string;
  /** Whether to print the stack trace of an internal error (`KINSAFE_DEBUG` is set). */
  readonly debug?: boolean;
}

/**
 * A usage error (exit code 2) or an input or output error (exit code 3), with the message to
 * print. The message and each detail are printed each on one line, with any control character
 * in them escaped (they may quote a file).
 */
export class CliError extends Error {
  readonly exitCode: number;
  /** Further lines, printed indented under the message (e.g. a schema's issues). */
  readonly details: readonly string[];

  /**
   * @param exitCode - {@link EXIT}`.usage` or {@link EXIT}`.input`.
   * @param message - What went wrong, with the file and position when there is one.
   * @param details - Further lines (without line breaks of their own).
   */
  constructor(exitCode: number, message: string, details: readonly string[] = []) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.details = details;
  }
}

/**
 * Throws a usage error (exit code 2).
 *
 * @param message - What is wrong with the command line.
 * @returns Never.
 */
export function usageError(message: string): never {
  throw new CliError(EXIT.usage, message);
}

/**
 * Throws an input error (exit code 3).
 *
 * @param message - Which file, where, and what is wrong.
 * @returns Never.
 */
export function inputError(message: string): never {
  throw new CliError(EXIT.input, message);
}

/**
 * The surroundings of the real process: Node's streams, terminal, clock and working directory.
 *
 * @param binUrl - `import.meta.url` of the bin, to find the schemas built next to it.
 * @returns The process's {@link CliIo}.
 */
export function nodeIo(binUrl: string): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    columns: typeof process.stderr.columns === "number" && process.stderr.columns > 0 ? process.stderr.columns : 80,
    cwd: process.cwd(),
    now: () => performance.now(),
    schemasDir: join(dirname(fileURLToPath(binUrl)), "schemas"),
    debug: (process.env["KINSAFE_DEBUG"] ?? "") !== "" && process.env["KINSAFE_DEBUG"] !== "0",
  };
}

/**
 * Resolves a path given on the command line against the working directory.
 *
 * @param io - The surroundings.
 * @param path - The path as given.
 * @returns The absolute path.
 */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}
