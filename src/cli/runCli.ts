// The `kinsafe` command, in-process: parse the command line, run the command, map errors to
// exit codes. The bin (index.ts) passes Node's surroundings; tests pass their own.
import { isKinsafeError } from "../core";
import { COMMANDS, parseCommandLine } from "./args";
import { CliError, EXIT, type CliIo } from "./CliIo";
import { runCheck } from "./commands/check";
import { runDemo } from "./commands/demo";
import { runMetrics } from "./commands/metrics";
import { runPseudonymise } from "./commands/pseudonymise";
import { runSchema } from "./commands/schema";
import { runSql } from "./commands/sql";
import { runSynth } from "./commands/synth";
import { runTables } from "./commands/tables";
import { COMMAND_HELP, GENERAL_HELP } from "./help";
import { escapeTerminal } from "./safeOutput";

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an error that cannot be shown";
  }
}

function escapeTerminalStack(stack: string): string {
  return stack.split("\n").map(escapeTerminal).join("\n");
}

/** The version printed by `kinsafe --version` and written in an xlsx workbook (the bin passes the package's). */
export interface RunCliOptions {
  readonly version?: string;
}

/**
 * Runs the `kinsafe` command with the given arguments and surroundings and returns its exit
 * code; it never throws. Errors go to stderr as `kinsafe <command>: <file>:<line>:<column>: <message>`,
 * one line each, with any control character from a file escaped (`\x1b`, `\n`). An error
 * inside kinsafe (a bug) is one line and exit code 70; its stack trace is printed only when
 * `io.debug` is set (`KINSAFE_DEBUG=1`).
 *
 * @param argv - The arguments after `kinsafe`.
 * @param io - Output streams, terminal, clock and working directory.
 * @param options - The version to print.
 * @returns The exit code: 0 done, 1 a bottom line unmet (check), 2 usage error (also `kinsafe` with no arguments, or an output that is an input), 3 input or output error (a file's content never gives 2), 70 internal error.
 *
 * @example
 * {@includeCode ../../tests/cli/runCli.test.ts#docs-example}
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  let command = "";
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === "usage") {
      io.stderr(GENERAL_HELP);
      return EXIT.usage;
    }
    if (parsed.kind === "help") {
      io.stdout(parsed.command === undefined ? GENERAL_HELP : COMMAND_HELP[parsed.command]);
      return EXIT.ok;
    }
    if (parsed.kind === "version") {
      io.stdout(`${options.version ?? "unknown"}\n`);
      return EXIT.ok;
    }
    command = parsed.command;
    const { values, files, quiet } = parsed;
    switch (parsed.command) {
      case "metrics":
        return await runMetrics(files, values, quiet, io, options.version);
      case "check":
        return await runCheck(files[0] ?? "", values, io);
      case "synth":
        return await runSynth(values, quiet, io);
      case "pseudonymise":
        return await runPseudonymise(files, values, quiet, io);
      case "tables":
        return await runTables(files, values, quiet, io);
      case "sql":
        return await runSql(values, quiet, io);
      case "schema":
        return await runSchema(files[0], io);
      case "demo":
        return await runDemo(values, quiet, io);
    }
  } catch (error) {
    const first = argv[0];
    const prefix = command !== "" ? `kinsafe ${command}` : first !== undefined && (COMMANDS as readonly string[]).includes(first) ? `kinsafe ${first}` : "kinsafe";
    if (error instanceof CliError) {
      io.stderr(`${prefix}: ${escapeTerminal(error.message)}\n${error.details.map((d) => `  ${escapeTerminal(d)}\n`).join("")}`);
      return error.exitCode;
    }
    // The command line is checked by the commands themselves (usage errors are CliErrors). A
    // KinsafeError that reaches here came from a library function given what was read: a file's
    // content, never the command line, so it is an input error (3), never a usage error (2).
    if (isKinsafeError(error) && (error.code === "invalid-input" || error.code === "invalid-argument" || error.code === "too-large")) {
      io.stderr(`${prefix}: ${escapeTerminal(error.message.replace(/^\[kinsafe\] /, ""))}\n`);
      return EXIT.input;
    }
    const what = describe(error);
    io.stderr(`${prefix}: internal error: ${escapeTerminal(what)}\n`);
    if (io.debug === true && error instanceof Error && error.stack !== undefined) io.stderr(`${escapeTerminalStack(error.stack)}\n`);
    else io.stderr("This is a bug in kinsafe; set KINSAFE_DEBUG=1 to see where it happened.\n");
    return EXIT.internal;
  }
}
