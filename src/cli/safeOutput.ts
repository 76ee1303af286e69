// Writing outputs without harming inputs: every output is checked against the real identity of
// every input (device and inode, real path) before anything is read or opened, written to a
// temporary file owner-only, and renamed into place only when the whole set is complete.
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, realpath, rename, rmdir, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT, resolvePath, usageError, type CliIo } from "./CliIo";

/** The mode of every file the command writes: read and write for the owner only. */
export const OUTPUT_FILE_MODE = 0o600;

/** The mode of every directory the command creates: the owner only. */
export const OUTPUT_DIRECTORY_MODE = 0o700;

/** One input as the file system knows it. */
interface InputIdentity {
  /** The name as given on the command line. */
  readonly name: string;
  /** Its real path (symbolic links and `..` resolved). */
  readonly realPath: string;
  /** The device and inode of the file it names (after symbolic links). */
  readonly dev: bigint;
  readonly ino: bigint;
}

/** The real identities (device and inode, real path) of the inputs, resolved once. */
export interface InputIdentities {
  readonly files: readonly InputIdentity[];
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "a part of the path does not exist",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the file system is read-only",
  EEXIST: "it already exists",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EFBIG: "the file is too large",
  EIO: "an input/output error",
  EBUSY: "the file or device is busy",
  EXDEV: "not on the same file system",
};

/**
 * What went wrong with a file operation, in words: `permission denied (EACCES)`.
 *
 * @param error - What Node threw.
 * @returns The reason, without the path or a stack trace.
 *
 * @example
 * {@includeCode ../../tests/cli/outputSafety.test.ts#write-error-reason}
 */
export function writeErrorReason(error: unknown): string {
  const code = errorCode(error);
  const words = REASONS[code];
  if (words !== undefined) return `${words} (${code})`;
  if (code !== "") return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Throws an output error (exit code 3): the file could not be written.
 *
 * @param name - The file or directory as the user knows it.
 * @param error - What Node threw.
 * @param what - What was being done (`cannot write`, `cannot create the directory`).
 * @returns Never.
 */
export function outputError(name: string, error: unknown, what = "cannot write"): never {
  throw new CliError(EXIT.input, `${name}: ${what}: ${writeErrorReason(error)}.`);
}

/**
 * Resolves the inputs' real identities: device and inode (following symbolic links) and real
 * path. Inputs that do not exist are left out (reading them will say so); nothing is read.
 *
 * @param io - The surroundings (the working directory).
 * @param names - The input files as given (and any other file that must not be replaced, such as a key file).
 * @returns The identities, to check outputs against with {@link assertNotAnInput}.
 *
 * @example
 * {@includeCode ../../tests/cli/outputSafety.test.ts#not-an-input}
 */
export async function resolveInputIdentities(io: CliIo, names: readonly string[]): Promise<InputIdentities> {
  const files: InputIdentity[] = [];
  for (const name of names) {
    const path = resolvePath(io, name);
    try {
      const s = await stat(path, { bigint: true });
      files.push({ name, realPath: await realpath(path), dev: s.dev, ino: s.ino });
    } catch {
      // A file that is not there cannot be overwritten; the reader reports it.
    }
  }
  return { files };
}

/** The real path `path` would have: its nearest existing ancestor's real path, then the rest. */
async function realTarget(path: string): Promise<string> {
  const rest: string[] = [];
  let dir = path;
  for (;;) {
    try {
      return join(await realpath(dir), ...rest.reverse());
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return path;
      rest.push(basename(dir));
      dir = parent;
    }
  }
}

function refuse(name: string, input: InputIdentity, how: string): never {
  usageError(`${name}: refusing to write there: it ${how} the input ${input.name}. Write the output somewhere else.`);
}

/**
 * Throws a usage error (exit code 2) naming both files when the output `name` is, or would
 * replace, one of the inputs: the same device and inode (whatever the spelling: symbolic links,
 * hard links, `..`, a case-insensitive file system), a symbolic link to an input, or the same
 * real path (its nearest existing directory resolved, then the rest of the name).
 *
 * @param io - The surroundings (the working directory).
 * @param inputs - The inputs, from {@link resolveInputIdentities}.
 * @param name - The output file as given.
 * @throws {@link CliError} (exit code 2) when the output is an input.
 *
 * @example
 * {@includeCode ../../tests/cli/outputSafety.test.ts#not-an-input}
 */
export async function assertNotAnInput(io: CliIo, inputs: InputIdentities, name: string): Promise<void> {
  if (inputs.files.length === 0) return;
  const path = resolvePath(io, name);
  let link = false;
  try {
    link = (await lstat(path)).isSymbolicLink();
  } catch {
    // Not there (yet).
  }
  try {
    const s = await stat(path, { bigint: true });
    const same = inputs.files.find((f) => f.dev === s.dev && f.ino === s.ino);
    if (same !== undefined) refuse(name, same, link ? "is a symbolic link to" : "is");
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  const real = await realTarget(path);
  const same = inputs.files.find((f) => f.realPath === real);
  if (same !== undefined) refuse(name, same, "would replace");
}

/** One output being written chunk by chunk (see {@link OutputBatch.open}). */
export interface OutputWriter {
  /** The absolute path the file will have once committed. */
  readonly path: string;
  /**
   * Appends a chunk (buffered: written to the file in blocks of 64 KiB).
   *
   * @param chunk - Text (written as UTF-8) or bytes.
   * @throws {@link CliError} (exit code 3) when it cannot be written.
   */
  write(chunk: string | Uint8Array): Promise<void>;
  /**
   * Writes what is buffered and closes the file; it is renamed into place on commit.
   *
   * @throws {@link CliError} (exit code 3) when it cannot be written.
   */
  close(): Promise<void>;
}

/**
 * A set of outputs written all-or-nothing. Each is written to a temporary file (owner-only,
 * created exclusively) in its target directory and renamed into place by {@link OutputBatch.commit};
 * {@link OutputBatch.abort} removes the temporary files and the directories the batch created.
 */
export interface OutputBatch {
  /**
   * Checks that `name` is not an input, creates its directory (owner-only) and writes `content`
   * to a temporary file next to it. An error while writing removes the temporary file and
   * throws a {@link CliError} (exit code 3) with the name and the reason; an error thrown by
   * `content` itself is passed on unchanged, after the same clean-up.
   *
   * @param name - The output file as given (relative to the working directory).
   * @param content - The text or bytes, or chunks of them.
   * @returns The absolute path the file will have once committed.
   */
  write(name: string, content: string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<string>;
  /**
   * As {@link OutputBatch.write}, for writing several files at once chunk by chunk: checks the
   * name, creates the directory and the temporary file, and returns a writer.
   *
   * @param name - The output file as given.
   * @returns The writer.
   */
  open(name: string): Promise<OutputWriter>;
  /** Renames every written file into place, in the order opened. */
  commit(): Promise<void>;
  /** Removes every temporary file and every directory the batch created (when empty). */
  abort(): Promise<void>;
}

interface Pending {
  readonly name: string;
  readonly target: string;
  readonly temp: string;
  handle: FileHandle | undefined;
}

const BLOCK = 65_536;

/**
 * Starts a set of outputs written all-or-nothing: nothing appears under its final name until
 * {@link OutputBatch.commit}, and a failed run leaves no half-written or empty file.
 *
 * @param io - The surroundings (the working directory).
 * @param inputs - The inputs, from {@link resolveInputIdentities}: each output refuses to replace one.
 * @returns The batch.
 *
 * @example
 * {@includeCode ../../tests/cli/outputSafety.test.ts#output-batch}
 */
export function createOutputBatch(io: CliIo, inputs: InputIdentities): OutputBatch {
  const pending: Pending[] = [];
  const targets = new Map<string, string>();
  const created: string[] = [];
  const discard = async (p: Pending): Promise<void> => {
    const handle = p.handle;
    p.handle = undefined;
    await handle?.close().catch(() => undefined);
    await unlink(p.temp).catch(() => undefined);
    const at = pending.indexOf(p);
    if (at >= 0) pending.splice(at, 1);
  };
  const open_ = async (name: string): Promise<{ p: Pending; writer: OutputWriter }> => {
    await assertNotAnInput(io, inputs, name);
    const target = resolvePath(io, name);
    const real = await realTarget(target);
    const earlier = targets.get(real);
    if (earlier !== undefined) usageError(`${earlier} and ${name} would be written to the same file.`);
    targets.set(real, name);
    try {
      if ((await lstat(target)).isDirectory()) outputError(name, Object.assign(new Error("EISDIR"), { code: "EISDIR" }));
    } catch (error) {
      if (error instanceof CliError) throw error;
    }
    const dir = dirname(target);
    try {
      const first = await mkdir(dir, { recursive: true, mode: OUTPUT_DIRECTORY_MODE });
      if (first !== undefined) {
        for (let d = dir; ; d = dirname(d)) {
          created.push(d);
          if (d === first || dirname(d) === d) break;
        }
      }
    } catch (error) {
      if (errorCode(error) === "EEXIST") throw new CliError(EXIT.input, `${dirname(name)}: cannot create the directory: a file of that name is in the way (EEXIST).`);
      outputError(dirname(name), error, "cannot create the directory");
    }
    const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.kinsafe-tmp`);
    const p: Pending = { name, target, temp, handle: undefined };
    try {
      p.handle = await open(temp, "wx", OUTPUT_FILE_MODE);
    } catch (error) {
      outputError(name, error);
    }
    pending.push(p);
    let buffered: (string | Uint8Array)[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (size === 0) return;
      const parts = buffered;
      buffered = [];
      size = 0;
      const bytes = Buffer.concat(parts.map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : c)));
      try {
        if (p.handle === undefined) throw Object.assign(new Error("closed"), { code: "EBADF" });
        await p.handle.writeFile(bytes);
      } catch (error) {
        await discard(p);
        outputError(name, error);
      }
    };
    const writer: OutputWriter = {
      path: target,
      async write(chunk) {
        if (chunk.length === 0) return;
        buffered.push(chunk);
        size += chunk.length;
        if (size >= BLOCK) await flush();
      },
      async close() {
        await flush();
        try {
          await p.handle?.sync();
          await p.handle?.close();
          p.handle = undefined;
        } catch (error) {
          await discard(p);
          outputError(name, error);
        }
      },
    };
    return { p, writer };
  };
  return {
    async open(name) {
      return (await open_(name)).writer;
    },
    async write(name, content) {
      const { p, writer } = await open_(name);
      if (typeof content === "string" || content instanceof Uint8Array) {
        await writer.write(content);
      } else {
        const iterator = Symbol.asyncIterator in content ? content[Symbol.asyncIterator]() : content[Symbol.iterator]();
        for (;;) {
          let step: IteratorResult<string | Uint8Array>;
          try {
            step = await iterator.next();
          } catch (error) {
            await discard(p);
            throw error;
          }
          if (step.done === true) break;
          await writer.write(step.value);
        }
      }
      await writer.close();
      return writer.path;
    },
    async commit() {
      while (pending.length > 0) {
        const p = pending[0] as Pending;
        try {
          if (p.handle !== undefined) throw Object.assign(new Error("not closed"), { code: "EBUSY" });
          await rename(p.temp, p.target);
        } catch (error) {
          for (const q of [...pending]) await discard(q);
          outputError(p.name, error);
        }
        pending.shift();
      }
      created.length = 0;
    },
    async abort() {
      for (const p of [...pending]) await discard(p);
      for (const d of created.splice(0)) await rmdir(d).catch(() => undefined);
    },
  };
}

/**
 * Runs `write` with a new {@link OutputBatch}: commits it when `write` returns, aborts it (no
 * file left behind) when `write` throws, and passes the error on.
 *
 * @param io - The surroundings.
 * @param inputs - The inputs, from {@link resolveInputIdentities}.
 * @param write - Writes the outputs with the batch.
 * @returns What `write` returned.
 *
 * @example
 * {@includeCode ../../tests/cli/outputSafety.test.ts#output-batch}
 */
export async function withOutputBatch<T>(io: CliIo, inputs: InputIdentities, write: (batch: OutputBatch) => Promise<T>): Promise<T> {
  const batch = createOutputBatch(io, inputs);
  let result: T;
  try {
    result = await write(batch);
  } catch (error) {
    await batch.abort();
    throw error;
  }
  try {
    await batch.commit();
  } catch (error) {
    await batch.abort();
    throw error;
  }
  return result;
}

// Characters that act on a terminal or reorder what it shows: C0 controls (line breaks and tabs
// too), DEL, C1 controls (U+009B is an 8-bit CSI), the bidirectional marks, embeddings,
// overrides and isolates, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, without the line feed, CR LF and the tab: for text whose lines are its structure.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
// What JSON.stringify leaves unescaped among them (it escapes C0 itself).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A value made safe to print on one line of a terminal: every control character (line breaks
 * and tabs included), DEL, C1 control, bidirectional control and Unicode line separator is
 * shown as an escape (`\x1b`, `\n`, `\u202e`). Everything else is unchanged.
 *
 * @param value - Text that may come from a file (a value, a file name, a message quoting either).
 * @returns The text, on one line, with nothing a terminal would act on.
 *
 * @example
 * {@includeCode ../../tests/cli/terminal.test.ts#escape-terminal}
 */
export function escapeTerminal(value: string): string {
  return value.replace(UNSAFE, visible);
}

/**
 * Text of several lines made safe for a terminal: as {@link escapeTerminal}, but line feeds (and
 * CR LF) and tabs are kept (they are the text's structure). For output whose lines do not come from a
 * file, such as a table or a report written to stdout.
 *
 * @param text - The text.
 * @returns The text with every other control character escaped.
 *
 * @example
 * {@includeCode ../../tests/cli/terminal.test.ts#escape-terminal-text}
 */
export function escapeTerminalText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, visible);
}

/**
 * JSON text made safe for a terminal without changing its value: DEL, C1 controls,
 * bidirectional controls and line separators (which `JSON.stringify` leaves as they are) become
 * `\u` escapes, which parse back to the same strings.
 *
 * @param json - Text from `JSON.stringify`.
 * @returns The same JSON value, with nothing a terminal would act on.
 *
 * @example
 * {@includeCode ../../tests/cli/terminal.test.ts#escape-terminal-text}
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** No inputs: for commands that write files without reading any (`synth`, `demo`). */
export const NO_INPUTS: InputIdentities = { files: [] };
