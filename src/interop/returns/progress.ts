// How far reading has come: what `readReturns` tells its `onProgress` callback, and the small
// interface its parts (and the read workers) report through.

/**
 * What {@link readReturns} tells `onProgress` as it reads: `file` when it starts reading a file
 * (or several at once, in threads: then `file` names how many), `bytes` for each chunk read
 * (the sum over a reading is the files' size), and `done` when every record has been handed
 * out.
 *
 * @example
 * {@includeCode ../../../tests/interop/returns/readReturns.test.ts#progress}
 *
 * @category Returns
 */
export type ReadProgress = { readonly type: "file"; readonly file: string } | { readonly type: "bytes"; readonly bytes: number } | { readonly type: "done" };

/**
 * Progress as the parts of the reading report it.
 *
 * @internal
 */
export interface Progress {
  /** Counts bytes read. */
  advance(bytes: number): void;
  /** Names what is being read now. */
  label(text: string): void;
  /** Reading is over. */
  done(): void;
}

/**
 * Progress that goes nowhere.
 *
 * @internal
 */
export const noProgress: Progress = { advance: () => undefined, label: () => undefined, done: () => undefined };

/**
 * Progress that calls `onProgress`, or goes nowhere without it.
 *
 * @internal
 */
export function progressTo(onProgress: ((event: ReadProgress) => void) | undefined): Progress {
  if (onProgress === undefined) return noProgress;
  return {
    advance: (bytes) => onProgress({ type: "bytes", bytes }),
    label: (file) => onProgress({ type: "file", file }),
    done: () => onProgress({ type: "done" }),
  };
}

/**
 * Progress that can go back to an earlier point: after `rewind`, the bytes counted since the
 * last `mark` (or the start) are not counted again when the same files are read again, so the
 * sum over a reading stays the files' size.
 *
 * @internal
 */
export interface RewindableProgress extends Progress {
  /** Remembers how far reading has come. */
  mark(): void;
  /** Goes back to the mark: bytes up to where reading had come before are not counted again. */
  rewind(): void;
}

/**
 * Makes `progress` rewindable (see {@link RewindableProgress}).
 *
 * @internal
 */
export function rewindable(progress: Progress): RewindableProgress {
  // Bytes told to `progress` in all, bytes read (going back on a rewind), and the mark.
  let told = 0;
  let read = 0;
  let marked = 0;
  return {
    advance(bytes: number): void {
      read += bytes;
      if (read > told) {
        progress.advance(read - told);
        told = read;
      }
    },
    label: (text) => progress.label(text),
    done: () => progress.done(),
    mark(): void {
      marked = read;
    },
    rewind(): void {
      read = marked;
    },
  };
}
