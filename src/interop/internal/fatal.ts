import { KinsafeError, type Finding } from "../../core";
import { LimitError } from "./ReaderInput";
import { XmlError } from "./xmlScanner";

/**

 * The finding codes every reader shares, under its own prefix.

 *

 * @internal

 */
export type FatalSuffix = "malformed-xml" | "unsafe-xml" | "limit-exceeded";

/**
 * Turns a problem that stops a reader (broken or hostile XML, a limit) into a finding with its
 * position, or returns `undefined` for anything else (a programming error, rethrown).
 *
 * @internal
 */
export function fatalFinding<P extends string>(prefix: P, error: unknown, file?: string): Finding<`${P}/${FatalSuffix}`> | undefined {
  const fileParam = file === undefined ? {} : { file };
  if (error instanceof XmlError) {
    const suffix: FatalSuffix = error.kind === "malformed" ? "malformed-xml" : error.kind === "doctype" || error.kind === "entity" ? "unsafe-xml" : "limit-exceeded";
    return { code: `${prefix}/${suffix}`, severity: "error", path: [], params: { ...fileParam, reason: error.message, line: error.line, column: error.column } };
  }
  if (error instanceof LimitError) {
    return { code: `${prefix}/limit-exceeded`, severity: "error", path: [], params: { ...fileParam, reason: error.message } };
  }
  return undefined;
}

/**
 * Turns a reader's fatal problem into the {@link KinsafeError} the streaming readers throw.
 *
 * @internal
 */
export function fatalError(what: string, error: unknown): unknown {
  if (error instanceof XmlError) {
    return new KinsafeError("invalid-input", `${what}: ${error.message} (line ${String(error.line)}, column ${String(error.column)})`, [
      { path: [], rule: error.kind, message: error.message, received: `line ${String(error.line)}, column ${String(error.column)}` },
    ]);
  }
  if (error instanceof LimitError) return new KinsafeError("invalid-input", `${what}: ${error.message}`, [{ path: [], rule: error.limit, message: error.message }]);
  return error;
}
