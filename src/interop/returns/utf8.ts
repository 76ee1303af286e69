import { Buffer, isAscii } from "node:buffer";

/**
 * Bytes that are not UTF-8 (a spreadsheet saving in its own code page): the line of the first
 * byte that cannot start or continue a valid sequence.
 *
 * @internal
 */
export class NotUtf8Error extends Error {
  readonly line: number;
  constructor(line: number) {
    super('the file is not UTF-8 text (save it as "CSV UTF-8")');
    this.line = line;
  }
}

/**
 * Checks that a file's bytes, given chunk by chunk, are UTF-8, the same way for every reader of
 * text files (so that a refusal names the same line whichever way the file is read): a chunk of
 * ASCII is passed at once; any other is decoded, strictly, and a fault is located by a strict
 * scan (overlong forms, surrogates and code points above U+10FFFF are faults too, as they are to
 * the decoder), counting the LFs before it, a sequence cut by the end of a chunk included.
 *
 * @internal
 */
export interface Utf8Check {
  /** Checks the next chunk; throws {@link NotUtf8Error}. */
  chunk(bytes: Uint8Array): void;
  /**
   * Checks the next chunk and gives its text (a byte order mark at the start of the file
   * dropped); throws {@link NotUtf8Error}. A check is used either with `chunk` or with `text`.
   */
  text(bytes: Uint8Array): string;
  /** Checks that the file does not end inside a sequence, and gives the text still held; throws {@link NotUtf8Error}. */
  end(): string;
}

/**
 * Creates a {@link Utf8Check}.
 *
 * @internal
 */
export function createUtf8Check(): Utf8Check {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 1;
  // The bytes at the end of the last chunk that begin a sequence it did not finish.
  let pending: Uint8Array = new Uint8Array(0);
  const countLines = (bytes: Uint8Array, to: number): number => {
    let n = 0;
    for (let k = bytes.indexOf(10); k !== -1 && k < to; k = bytes.indexOf(10, k + 1)) n++;
    return n;
  };
  const decode = (bytes: Uint8Array): string => {
    const all = pending.length === 0 ? bytes : Buffer.concat([pending, bytes]);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const at = firstInvalidUtf8(all) - pending.length;
      throw new NotUtf8Error(lines + (at > 0 ? countLines(bytes, at) : 0));
    }
    lines += countLines(bytes, bytes.length);
    pending = all.slice(all.length - incompleteTail(all));
    return text;
  };
  return {
    chunk(bytes) {
      if (pending.length === 0 && isAscii(bytes)) lines += countLines(bytes, bytes.length);
      else decode(bytes);
    },
    text: decode,
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new NotUtf8Error(lines);
      }
    },
  };
}

/** How many bytes at the end of `bytes` begin a sequence that does not end in it (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return size > back ? back : 0;
  }
  return 0;
}

/**
 * The first byte of `bytes` that begins a sequence that is not UTF-8 (strictly: no overlong
 * form, no surrogate, nothing above U+10FFFF); `bytes.length` when the only fault is a sequence
 * cut at the end.
 *
 * @internal
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let k = 0;
  const n = bytes.length;
  while (k < n) {
    const b = bytes[k] as number;
    if (b < 0x80) {
      k++;
      continue;
    }
    let size: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) size = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      size = 3;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      size = 4;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return k;
    for (let j = 1; j < size; j++) {
      if (k + j >= n) return n;
      const c = bytes[k + j] as number;
      if (j === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return k;
    }
    k += size;
  }
  return n;
}
