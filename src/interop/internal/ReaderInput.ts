import { KinsafeError } from "../../core";
import { encodeUtf8 } from "./xmlScanner";

/**
 * What a statutory-return reader accepts: the whole file as a string or bytes, or the file in
 * chunks, as a Node `Readable` (`fs.createReadStream`), a web `ReadableStream` (`fetch(...).body`,
 * `file.stream()`), or any (async) iterable of strings or byte arrays. Bytes are decoded as UTF-8
 * and a leading byte order mark is dropped. Chunks are read one at a time, so memory does not
 * grow with the size of the file.
 *
 * @category Statutory returns
 */
export type ReaderInput =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | ReadableStreamLike;

/**
 * The part of a web `ReadableStream` the readers use (so that the type does not need the DOM
 * library).
 *
 * @category Statutory returns
 */
export interface ReadableStreamLike {
  /** Locks the stream and returns a reader. */
  getReader(): {
    /** Reads the next chunk. */
    read(): Promise<{ done: boolean; value?: string | Uint8Array | undefined }>;
    /** Releases the lock on the stream. */
    releaseLock(): void;
  };
}

/**
 * Limits that protect a reader from hostile or broken files. Every reader stops with a clear
 * finding (or, when streaming, a {@link KinsafeError}) when one is exceeded.
 *
 * @category Statutory returns
 */
export interface ReaderLimits {
  /** Largest input, in bytes (characters for string input). Default 4 GiB. */
  readonly maxBytes?: number;
  /** Deepest element nesting in XML. Default 32 (the returns need 7). */
  readonly maxDepth?: number;
  /** Longest single tag (element name plus attributes), in characters. Default 4,096. */
  readonly maxTagLength?: number;
  /** Longest text of one element (or one CSV cell), in characters. Default 65,536. */
  readonly maxTextLength?: number;
}

/**

 * Resolved limits.

 *

 * @internal

 */
export interface ResolvedLimits {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxTagLength: number;
  readonly maxTextLength: number;
}

/**

 * Fills in the default limits and checks them.

 *

 * @internal

 */
export function resolveLimits(limits: ReaderLimits | undefined): ResolvedLimits {
  if (limits !== undefined && (typeof limits !== "object" || (limits as unknown) === null)) throw new KinsafeError("invalid-argument", `Reader limits must be an object; received ${describeInput(limits)}.`);
  const resolved = {
    maxBytes: limits?.maxBytes ?? 4 * 1024 ** 3,
    maxDepth: limits?.maxDepth ?? 32,
    maxTagLength: limits?.maxTagLength ?? 4096,
    maxTextLength: limits?.maxTextLength ?? 65_536,
  };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== "number" || !(value > 0)) throw new KinsafeError("invalid-argument", `Reader limit ${name} must be a positive number; received ${String(value)}.`);
  }
  return resolved;
}

interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderCtor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

function newDecoder(): TextDecoderLike {
  // TextDecoder exists in every supported runtime (Node >= 11, browsers); it is reached through
  // globalThis so that the library's own type check does not need the DOM library.
  const ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder;
  if (ctor === undefined) throw new KinsafeError("invalid-argument", "This runtime has no TextDecoder; pass the file as a string.");
  // The byte order mark is dropped by textChunks (one, as for string input), not by the decoder.
  return new ctor("utf-8", { ignoreBOM: true });
}

/**
 * Checks the options every reader takes (`file`, `onFinding`, `limits`): a programmer error is a
 * {@link KinsafeError}, never a `TypeError` from inside the reader.
 *
 * @internal
 */
export function checkReaderOptions(options: unknown): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new KinsafeError("invalid-argument", `The options must be an object; received ${describeInput(options)}.`);
  const o = options as Record<string, unknown>;
  if (o["file"] !== undefined && typeof o["file"] !== "string") throw new KinsafeError("invalid-argument", `The option file must be a string; received ${describeInput(o["file"])}.`);
  if (o["onFinding"] !== undefined && typeof o["onFinding"] !== "function") throw new KinsafeError("invalid-argument", `The option onFinding must be a function; received ${describeInput(o["onFinding"])}.`);
}

function isReadableStreamLike(input: unknown): input is ReadableStreamLike {
  return typeof input === "object" && input !== null && typeof (input as { getReader?: unknown }).getReader === "function";
}

function describeInput(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** Checks one chunk: only text and bytes can be read. */
function checkedChunk(chunk: unknown): string | Uint8Array {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  throw new KinsafeError("invalid-argument", `A chunk of the input must be a string or a Uint8Array; received ${describeInput(chunk)}.`);
}

async function* chunksOf(input: ReaderInput): AsyncGenerator<string | Uint8Array, void, undefined> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (typeof input !== "object" || (input as unknown) === null) {
    throw new KinsafeError(
      "invalid-argument",
      `The input must be a string, a Uint8Array, a stream or an (async) iterable of chunks; received ${describeInput(input)}.`,
    );
  }
  if (Symbol.asyncIterator in input) {
    for await (const chunk of input as AsyncIterable<unknown>) yield checkedChunk(chunk);
    return;
  }
  if (isReadableStreamLike(input)) {
    const reader = input.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value !== undefined) yield checkedChunk(value);
      }
    } finally {
      reader.releaseLock();
    }
    return;
  }
  if (Symbol.iterator in input) {
    for (const chunk of input as Iterable<unknown>) yield checkedChunk(chunk);
    return;
  }
  throw new KinsafeError(
    "invalid-argument",
    "The input must be a string, a Uint8Array, a stream or an (async) iterable of chunks; received an object that is none of these.",
  );
}

/**

 * Thrown inside the readers when a limit is exceeded.

 *

 * @internal

 */
export class LimitError extends Error {
  readonly limit: keyof ResolvedLimits;
  constructor(limit: keyof ResolvedLimits, message: string) {
    super(message);
    this.limit = limit;
  }
}

// Strings are cut into pieces of at most this many characters, so that the scanners never keep a
// whole file in one buffer.
const PIECE = 1 << 20;

/**
 * Turns any reader input into text chunks: decodes UTF-8 (also across chunk boundaries), drops a
 * leading byte order mark, enforces `maxBytes`.
 *
 * @internal
 */
export async function* textChunks(input: ReaderInput, limits: ResolvedLimits): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoderLike | undefined;
  let total = 0;
  let first = true;
  for await (const chunk of chunksOf(input)) {
    let text: string;
    // Over the limit, the input is read up to the limit and then stops, so that what is read
    // before the limit does not depend on where the chunks happen to end.
    let over: boolean;
    if (typeof chunk === "string") {
      const room = limits.maxBytes - total;
      total += chunk.length;
      over = total > limits.maxBytes;
      text = over ? chunk.slice(0, Math.max(0, room)) : chunk;
    } else {
      const room = limits.maxBytes - total;
      total += chunk.byteLength;
      over = total > limits.maxBytes;
      decoder ??= newDecoder();
      text = decoder.decode(over ? chunk.subarray(0, Math.max(0, room)) : chunk, { stream: true });
    }
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i += PIECE) yield i === 0 && text.length <= PIECE ? text : text.slice(i, i + PIECE);
    if (over) throw new LimitError("maxBytes", `The input is larger than the limit of ${String(limits.maxBytes)} bytes.`);
  }
  if (decoder !== undefined) {
    const tail = decoder.decode();
    if (tail.length > 0) yield tail;
  }
}

/**
 * Turns any reader input into UTF-8 byte chunks for the byte scanner, without decoding: bytes
 * pass as they are (cut anywhere), text is encoded (a surrogate pair cut between two chunks is
 * joined first); one leading byte order mark is dropped (also when cut), and `maxBytes` is
 * enforced exactly as {@link textChunks} does (bytes of byte input, characters of text input).
 *
 * @internal
 */
export async function* byteChunks(input: ReaderInput, limits: ResolvedLimits): AsyncGenerator<Uint8Array, void, undefined> {
  let total = 0;
  // The first bytes, held until it is known whether they start with a byte order mark.
  let head: Uint8Array | undefined = new Uint8Array(0);
  let pending = ""; // a high surrogate at the end of a text chunk, waiting for its pair
  function* out(bytes: Uint8Array, last: boolean): Generator<Uint8Array, void, undefined> {
    if (head !== undefined) {
      const joined: Uint8Array = head.length === 0 ? bytes : new Uint8Array(head.length + bytes.length);
      if (joined !== bytes) {
        joined.set(head);
        joined.set(bytes, head.length);
      }
      const bom = joined[0] === 0xef && joined[1] === 0xbb && joined[2] === 0xbf;
      if (joined.length < 3 && !last && (joined.length === 0 || (joined[0] === 0xef && (joined.length < 2 || joined[1] === 0xbb)))) {
        head = joined;
        return;
      }
      head = undefined;
      bytes = bom ? joined.subarray(3) : joined;
    }
    for (let i = 0; i < bytes.length; i += PIECE) yield i === 0 && bytes.length <= PIECE ? bytes : bytes.subarray(i, i + PIECE);
  }
  for await (const chunk of chunksOf(input)) {
    let over: boolean;
    const room = limits.maxBytes - total;
    if (typeof chunk === "string") {
      total += chunk.length;
      over = total > limits.maxBytes;
      let text = pending + (over ? chunk.slice(0, Math.max(0, room)) : chunk);
      pending = "";
      // The first text drops one byte order mark; its encoding is not looked at again.
      if (head !== undefined && head.length === 0 && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        head = undefined;
      }
      const last = text.charCodeAt(text.length - 1);
      if (!over && last >= 0xd800 && last <= 0xdbff) {
        pending = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (text.length > 0) yield* out(encodeUtf8(text), false);
    } else {
      total += chunk.byteLength;
      over = total > limits.maxBytes;
      if (pending.length > 0) {
        yield* out(encodeUtf8(pending), false);
        pending = "";
      }
      yield* out(over ? chunk.subarray(0, Math.max(0, room)) : chunk, over);
    }
    if (over) throw new LimitError("maxBytes", `The input is larger than the limit of ${String(limits.maxBytes)} bytes.`);
  }
  if (pending.length > 0) yield* out(encodeUtf8(pending), true);
  else if (head !== undefined && head.length > 0) yield* out(new Uint8Array(0), true);
}
