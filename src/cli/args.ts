// The command line: which command, its options and its files, read with node:util parseArgs.
// Pure: no file is read here, so every rule can be tested in-process.
import { parseArgs } from "node:util";
import { usageError } from "./CliIo";

/** The commands of `kinsafe`. */
export const COMMANDS = ["metrics", "check", "synth", "pseudonymise", "tables", "sql", "schema", "demo"] as const;

/** A command name. */
export type CommandName = (typeof COMMANDS)[number];

interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

const COMMON: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h" },
  quiet: { type: "boolean", short: "q" },
};

/** The options each command accepts (besides `--help` and `--quiet`), and how many files. */
export const COMMAND_OPTIONS: Readonly<Record<CommandName, { readonly options: Readonly<Record<string, OptionSpec>>; readonly files: "none" | "one" | "some" | "optional-one" }>> = {
  metrics: {
    options: {
      period: { type: "string", multiple: true },
      population: { type: "string" },
      "population-vintage": { type: "string" },
      suppress: { type: "string" },
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      "match-by": { type: "string" },
      "max-findings": { type: "string" },
      threads: { type: "string" },
      title: { type: "string" },
      authority: { type: "string" },
      "authority-code": { type: "string" },
      comparators: { type: "string", multiple: true },
      "no-england": { type: "boolean" },
    },
    files: "some",
  },
  check: {
    options: { "bottom-lines": { type: "string" }, "as-of": { type: "string" }, format: { type: "string", short: "f" } },
    files: "one",
  },
  synth: {
    options: {
      children: { type: "string" },
      years: { type: "string" },
      seed: { type: "string" },
      "end-year": { type: "string" },
      la: { type: "string" },
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
    },
    files: "none",
  },
  pseudonymise: { options: { "key-file": { type: "string" }, out: { type: "string", short: "o" } }, files: "some" },
  tables: { options: { out: { type: "string", short: "o" }, "match-by": { type: "string" }, "max-findings": { type: "string" } }, files: "some" },
  sql: { options: { dialect: { type: "string" }, period: { type: "string", multiple: true }, tables: { type: "string" }, "load-from": { type: "string" }, population: { type: "string" }, "population-vintage": { type: "string" }, out: { type: "string", short: "o" } }, files: "none" },
  schema: { options: {}, files: "optional-one" },
  demo: {
    options: { out: { type: "string", short: "o" }, children: { type: "string" }, years: { type: "string" }, seed: { type: "string" }, format: { type: "string", short: "f" } },
    files: "none",
  },
};

/** A parsed command line. */
export type ParsedCommandLine =
  | { readonly kind: "help"; readonly command?: CommandName }
  /** No arguments at all: the general help is printed to stderr as a usage error (exit code 2). */
  | { readonly kind: "usage" }
  | { readonly kind: "version" }
  | {
      readonly kind: "run";
      readonly command: CommandName;
      /** Option values by name (repeatable options as arrays). */
      readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
      readonly files: readonly string[];
      readonly quiet: boolean;
    };

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/**
 * Reads the command line (without `node` and the script): the command, then its options and
 * files. `kinsafe --help` and `kinsafe help CMD` ask for help; `--version` for the version;
 * `kinsafe` with no arguments is a usage error (the help is printed, exit code 2: a script that
 * lost its arguments must not look as if it succeeded).
 *
 * @param argv - The arguments, e.g. `["metrics", "cin.xml", "--format", "json"]`.
 * @returns What to do.
 * @throws {@link CliError} (exit code 2) for an unknown command or option, a missing value, or
 *   the wrong number of files.
 *
 * @example
 * {@includeCode ../../tests/cli/args.test.ts#docs-example}
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: "usage" };
  if (first === "--help" || first === "-h") return { kind: "help" };
  if (first === "--version" || first === "-v") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help" };
    if (!isCommand(topic)) usageError(`unknown command "${topic}". Commands: ${COMMANDS.join(", ")}.`);
    return { kind: "help", command: topic };
  }
  if (!isCommand(first)) {
    if (first.startsWith("-")) usageError(`expected a command before "${first}". Commands: ${COMMANDS.join(", ")}.`);
    usageError(`unknown command "${first}". Commands: ${COMMANDS.join(", ")}. Run "kinsafe --help".`);
  }
  const spec = COMMAND_OPTIONS[first];
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: { ...COMMON, ...spec.options }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs's messages name the option ("Unknown option '--x'"); keep them.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, ".") : String(error);
    usageError(`${message} Run "kinsafe ${first} --help".`);
  }
  if (parsed.values["help"] === true) return { kind: "help", command: first };
  const files = parsed.positionals;
  const count = files.length;
  if (spec.files === "none" && count > 0) usageError(`${first} takes no files; received ${files.map((f) => JSON.stringify(f)).join(", ")}.`);
  if (spec.files === "one" && count !== 1) usageError(`${first} takes exactly one file; received ${String(count)}.`);
  if (spec.files === "some" && count === 0) usageError(`${first} needs at least one file. Run "kinsafe ${first} --help".`);
  if (spec.files === "optional-one" && count > 1) usageError(`${first} takes at most one name; received ${String(count)}.`);
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const [k, v] of Object.entries(parsed.values)) {
    if (k === "help" || k === "quiet") continue;
    values[k] = Array.isArray(v) ? v.map(String) : v;
  }
  return { kind: "run", command: first, values, files, quiet: parsed.values["quiet"] === true };
}

/**
 * The value of a string option, or `undefined`.
 *
 * @param values - Parsed option values.
 * @param name - The option name without dashes.
 * @returns The value.
 */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return (v as readonly string[]).at(-1);
  return undefined;
}

/** Parsed option values. */
export type ParsedValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/**
 * Every value of a repeatable option.
 *
 * @param values - Parsed option values.
 * @param name - The option name without dashes.
 * @returns The values in the order given.
 */
export function listOption(values: ParsedValues, name: string): readonly string[] {
  const v = values[name];
  if (v === undefined || typeof v === "boolean") return [];
  return typeof v === "string" ? [v] : v;
}

/**
 * Reads a whole-number option within bounds.
 *
 * @param values - Parsed option values.
 * @param name - The option name without dashes.
 * @param range - The smallest and largest value allowed.
 * @returns The number, or `undefined` when the option was not given.
 * @throws {@link CliError} (exit code 2) when it is not a whole number in range.
 */
export function integerOption(values: ParsedValues, name: string, range: { readonly min: number; readonly max: number }): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const text = raw.replace(/[_,]/g, "");
  if (!/^\d+$/.test(text) || Number(text) < range.min || Number(text) > range.max) {
    usageError(`--${name} must be a whole number from ${range.min.toLocaleString("en-GB")} to ${range.max.toLocaleString("en-GB")}; received "${raw}".`);
  }
  return Number(text);
}

/**
 * Reads an enumerated option.
 *
 * @param values - Parsed option values.
 * @param name - The option name without dashes.
 * @param allowed - The values allowed.
 * @param fallback - The default.
 * @returns The value given, or the default.
 * @throws {@link CliError} (exit code 2) for a value not allowed.
 */
export function choiceOption<T extends string>(values: ParsedValues, name: string, allowed: readonly T[], fallback: T): T {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) usageError(`--${name} must be one of ${allowed.join(", ")}; received "${raw}".`);
  return raw as T;
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/**
 * Reads a date given on the command line (`YYYY-MM-DD`).
 *
 * @param value - The text given.
 * @param name - The option, for the message.
 * @returns The date.
 * @throws {@link CliError} (exit code 2) when it is not a real calendar date.
 */
export function parseDateArgument(value: string, name: string): string {
  if (!isRealDate(value)) usageError(`--${name} must be a date written YYYY-MM-DD; received "${value}".`);
  return value;
}

/** A reporting period read from `--period`. */
export interface PeriodArgument {
  readonly start: string;
  readonly end: string;
}

/**
 * Reads a `--period`: `START/END` (inclusive dates, `2024-04-01/2025-03-31`) or a collection
 * year (`2025`, the year ending 31 March 2025).
 *
 * @param value - The text given.
 * @returns The period.
 * @throws {@link CliError} (exit code 2) for anything else, or an end before the start.
 */
export function parsePeriodArgument(value: string): PeriodArgument {
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    return { start: `${String(year - 1)}-04-01`, end: `${value}-03-31` };
  }
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (m === null || m[1] === undefined || m[2] === undefined || !isRealDate(m[1]) || !isRealDate(m[2])) {
    usageError(`--period must be START/END (e.g. 2024-04-01/2025-03-31) or a collection year (e.g. 2025); received "${value}".`);
  }
  if (m[2] < m[1]) usageError(`--period ends before it starts: "${value}".`);
  return { start: m[1], end: m[2] };
}
