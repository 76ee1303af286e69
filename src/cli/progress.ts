// A progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe).
import type { ReadProgress } from "../interop/returns";
import type { CliIo } from "./CliIo";
import { escapeTerminal } from "./safeOutput";

/** Progress of a long read. */
export interface Progress {
  /** Counts bytes read. */
  advance(bytes: number): void;
  /** Names what is being read now. */
  label(text: string): void;
  /** Clears the bar. */
  done(): void;
}

/** A progress bar that draws nothing. */
export const noProgress: Progress = { advance: () => undefined, label: () => undefined, done: () => undefined };

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * The bar's text for a fraction done: `[#####.....]  50%  1.0 MB of 2.0 MB  file.xml`.
 *
 * @param done - Bytes read.
 * @param total - Bytes in all.
 * @param label - What is being read (a file name: control characters in it are escaped).
 * @param width - Columns available.
 * @returns One line, at most `width - 1` characters.
 */
export function progressLine(done: number, total: number, label: string, width: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const bar = 20;
  const filled = Math.round(fraction * bar);
  const text = `[${"#".repeat(filled)}${".".repeat(bar - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(done)} of ${megabytes(total)}  ${escapeTerminal(label)}`;
  return text.length > width - 1 ? text.slice(0, Math.max(0, width - 1)) : text;
}

/**
 * A progress bar for reading `total` bytes, redrawn at most ten times a second. It draws only
 * when `enabled` (stderr is a terminal and `--quiet` was not given).
 *
 * @param io - The surroundings (stderr, its width, the clock).
 * @param total - Bytes to read in all.
 * @param enabled - Whether to draw.
 * @returns The progress bar.
 */
export function createProgress(io: CliIo, total: number, enabled: boolean): Progress {
  if (!enabled) return noProgress;
  let done = 0;
  let label = "";
  let last = -Infinity;
  let drawn = false;
  const draw = (force: boolean): void => {
    const now = io.now();
    if (!force && now - last < 100) return;
    last = now;
    drawn = true;
    io.stderr(`\r\x1b[K${progressLine(done, total, label, io.columns)}`);
  };
  return {
    advance(bytes) {
      done += bytes;
      draw(false);
    },
    label(text) {
      label = text;
      draw(true);
    },
    done() {
      if (drawn) io.stderr("\r\x1b[K");
      drawn = false;
    },
  };
}

/**
 * The `onProgress` callback of `readReturns` that draws on a progress bar.
 *
 * @param progress - The bar.
 * @returns The callback.
 */
export function progressEvents(progress: Progress): (event: ReadProgress) => void {
  return (event) => {
    if (event.type === "bytes") progress.advance(event.bytes);
    else if (event.type === "file") progress.label(event.file);
    else progress.done();
  };
}
