import type { ResolvedLimits } from "./ReaderInput";

// A streaming scanner for the flat, namespace-free XML of the DfE returns (CIN census, SSDA903
// XML, workforce census). It is not a general XML parser: it reports elements and their text,
// skips comments, processing instructions and attributes, and refuses what the returns never
// contain and what makes XML dangerous:
// - document type declarations (`<!DOCTYPE`), so there are no external entities, no external
//   DTD fetches and no entity definitions to expand ("billion laughs");
// - entity references other than the five predefined ones and numeric character references;
// - nesting deeper than `maxDepth`, tags longer than `maxTagLength` (huge attributes) and text
//   longer than `maxTextLength`, checked while the text is still arriving so that a hostile
//   file cannot make the buffer grow.
//
// It works on the UTF-8 bytes: the input is never decoded as a whole. Element names are matched
// as bytes against the names already seen (a small hash table of byte sequences, each with its
// interned string), so a name costs no string; a value's string is made from its bytes when it
// is reported (ASCII directly, short values from a cache of the values last seen, anything else
// with a real UTF-8 decoder). Lines, columns and the limits count UTF-16 code units, as for a
// string: where a stretch of the input holds a byte above 127 it is decoded to be counted, which
// gives exactly what reading the decoded text would (a stretch always starts and ends next to an
// ASCII byte, where a UTF-8 decoder has no pending state). String input (`createXmlScanner`) is
// encoded once and goes through the same scanner, so there is one implementation of the rules.
// See bench/readers.ts and docs/statutory-returns.md for its throughput.

/**

 * What the scanner reports.

 *

 * @internal

 */
export interface XmlHandler {
  /** An element starts; `line` and `column` are 1-based and point at its `<`. */
  open(name: string, line: number, column: number): void;
  /** Character data inside the current element (entities decoded); may come in several pieces. */
  text(text: string): void;
  /** The current element ends. */
  close(name: string): void;
}

/**

 * Why the scanner stopped.

 *

 * @internal

 */
export type XmlErrorKind = "malformed" | "doctype" | "entity" | "depth" | "tag-length" | "text-length";

/**

 * A fatal problem in the XML, with its position.

 *

 * @internal

 */
export class XmlError extends Error {
  readonly kind: XmlErrorKind;
  readonly line: number;
  readonly column: number;
  constructor(kind: XmlErrorKind, message: string, line: number, column: number) {
    super(message);
    this.kind = kind;
    this.line = line;
    this.column = column;
  }
}

/**

 * A streaming XML scanner over text: feed it text chunks, then call `end`.

 *

 * @internal

 */
export interface XmlScanner {
  write(chunk: string): void;
  end(): void;
}

/**

 * A streaming XML scanner over UTF-8 bytes: feed it byte chunks (cut anywhere, also inside a character), then call `end`.

 *

 * @internal

 */
export interface XmlByteScanner {
  write(chunk: Uint8Array): void;
  end(): void;
}

interface TextDecoderLike {
  decode(input?: Uint8Array): string;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
type Global = {
  TextDecoder?: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
  TextEncoder?: new () => TextEncoderLike;
};

// TextDecoder and TextEncoder exist in every supported runtime (Node >= 11, browsers); they are
// reached through globalThis so that the library's own type check does not need the DOM library.
let utf8: TextDecoderLike | undefined;
function decoder(): TextDecoderLike {
  if (utf8 !== undefined) return utf8;
  const ctor = (globalThis as unknown as Global).TextDecoder;
  if (ctor === undefined) throw new Error("This runtime has no TextDecoder.");
  utf8 = new ctor("utf-8", { ignoreBOM: true });
  return utf8;
}
let utf8Encoder: TextEncoderLike | undefined;
/**

 * Encodes text as UTF-8 (a lone surrogate becomes U+FFFD).

 *

 * @internal

 */
export function encodeUtf8(s: string): Uint8Array {
  if (utf8Encoder === undefined) {
    const ctor = (globalThis as unknown as Global).TextEncoder;
    if (ctor === undefined) throw new Error("This runtime has no TextEncoder.");
    utf8Encoder = new ctor();
  }
  return utf8Encoder.encode(s);
}

/** An element name: its interned string, its UTF-8 bytes, and those bytes as little-endian 32-bit words (the whole words only), compared four at a time. */
interface Name {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const EMPTY = new Uint8Array(0);
const CDATA = new Uint8Array([60, 33, 91, 67, 68, 65, 84, 65, 91]); // <![CDATA[
const COMMENT = new Uint8Array([60, 33, 45, 45]); // <!--
// Reused argument lists for String.fromCharCode, one per length (faster than applying it to a typed array).
const SCRATCH: number[][] = Array.from({ length: 257 }, (_, len) => new Array<number>(len).fill(0));

/**
 * Creates a scanner over text that reports to `handler`: each chunk is encoded as UTF-8 and
 * scanned as bytes (a surrogate pair cut between two chunks is joined first), so text and its
 * UTF-8 bytes give the same events, errors, lines and columns.
 *
 * @internal
 */
export function createXmlScanner(handler: XmlHandler, limits: ResolvedLimits): XmlScanner {
  const core = createXmlByteScanner(handler, limits);
  let pending = "";
  return {
    write(chunk: string): void {
      let s = pending.length === 0 ? chunk : pending + chunk;
      pending = "";
      if (s.length === 0) return;
      const last = s.charCodeAt(s.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        pending = s.slice(-1);
        s = s.slice(0, -1);
      }
      if (s.length > 0) core.write(encodeUtf8(s));
    },
    end(): void {
      if (pending.length > 0) core.write(encodeUtf8(pending));
      pending = "";
      core.end();
    },
  };
}

/**

 * Creates a scanner over UTF-8 bytes that reports to `handler`.

 *

 * @internal

 */
export function createXmlByteScanner(handler: XmlHandler, limits: ResolvedLimits): XmlByteScanner {
  let buf: Uint8Array = EMPTY;
  let n = 0;
  const stack: Name[] = [];
  let rootSeen = false;
  let textLength = 0;
  // Line tracking, relative to `buf`: newlines before `counted` have been counted; `lineStart` is
  // where the current line starts (negative once that part of the buffer has been dropped).
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  // Columns count UTF-16 code units: `colUnits` is the number of code units from the start of
  // the line to `colBase` (`lineStart <= colBase`, both inside the current line).
  let colBase = 0;
  let colUnits = 0;
  // The first byte above 127 at or after `naFrom` is at `naAt` (`n`: none); `naAt < naFrom`: unknown.
  let naFrom = 0;
  let naAt = -1;
  let words: Int32Array | undefined;
  let view: DataView | undefined;
  let wordBase = 0;
  // A run of white space longer than the text limit that has been dropped from the buffer while
  // waiting for what follows it: its position, so that text after it fails exactly as it would
  // have if the whole run had arrived in one chunk (0: none).
  let longWsLine = 0;
  let longWsColumn = 0;

  /** The first byte above 127 in `buf[from..to)`, else `to`; four bytes at a time where aligned. */
  function scanNonAscii(from: number, to: number): number {
    let k = from;
    if (to - k >= 16) {
      if (words === undefined) {
        wordBase = (4 - (buf.byteOffset & 3)) & 3;
        words = new Int32Array(buf.buffer, buf.byteOffset + wordBase, Math.max(0, (n - wordBase) >> 2));
      }
      while (k < to && (k < wordBase || ((k - wordBase) & 3) !== 0)) {
        if ((buf[k] as number) > 127) return k;
        k++;
      }
      const w = words;
      let i = (k - wordBase) >> 2;
      const last = (to - wordBase) >> 2;
      // -0x7f7f7f80 is 0x80808080 as a 32-bit integer: the high bit of each of four bytes. Four words at a time, then one.
      while (i + 4 <= last && (((w[i] as number) | (w[i + 1] as number) | (w[i + 2] as number) | (w[i + 3] as number)) & -0x7f7f7f80) === 0) i += 4;
      while (i < last && ((w[i] as number) & -0x7f7f7f80) === 0) i++;
      k = wordBase + (i << 2);
    }
    while (k < to) {
      if ((buf[k] as number) > 127) return k;
      k++;
    }
    return to;
  }

  /** The first byte above 127 at or after `from`, else `n`. */
  function firstNonAscii(from: number): number {
    if (from >= naFrom && from <= naAt) return naAt;
    if (from < naFrom && naAt >= naFrom) {
      const x = scanNonAscii(from, naFrom);
      naFrom = from;
      if (x < naAt) naAt = x;
      return naAt;
    }
    naFrom = from;
    naAt = scanNonAscii(from, n);
    return naAt;
  }

  /** The UTF-16 length of the text of `buf[from..to)` (both next to an ASCII byte or at the buffer's ends). */
  function units(from: number, to: number): number {
    if (to <= from) return 0;
    return firstNonAscii(from) >= to ? to - from : decoder().decode(buf.subarray(from, to)).length;
  }

  /** At most the UTF-16 length of `buf[from..to)` once it is complete (every byte that is not a continuation byte gives a code unit). */
  function unitsAtLeast(from: number, to: number): number {
    if (to <= from) return 0;
    if (firstNonAscii(from) >= to) return to - from;
    let u = 0;
    for (let k = from; k < to; k++) if (((buf[k] as number) & 0xc0) !== 0x80) u++;
    return u;
  }

  function advance(pos: number): void {
    if (pos <= counted) return;
    // A loop, not `indexOf`: newlines are a few dozen bytes apart, and a call costs more than that.
    const b = buf;
    for (let k = counted; k < pos; k++) {
      if (b[k] === 10) {
        line += 1;
        lineStart = k + 1;
        colBase = lineStart;
        colUnits = 0;
      }
    }
    counted = pos;
  }

  /** Counts the newlines of `buf[counted..to)` when everything before them has been counted: for stretches the scan has just read. */
  function countTo(from: number, to: number): void {
    if (counted < from || counted >= to) return;
    const b = buf;
    for (let k = counted; k < to; k++) {
      if (b[k] === 10) {
        line += 1;
        lineStart = k + 1;
        colBase = lineStart;
        colUnits = 0;
      }
    }
    counted = to;
  }

  /**
   * The 1-based column of `pos`, which `advance` has reached. A position before the start of the
   * current line (white space whose newlines were counted before its start was asked for) is
   * given column 1 of the current line, and leaves the count as it is: moving the count's base
   * back before the line's start would count that line's columns from the wrong place (a
   * column one too far for every later position on the line when the input was cut there).
   */
  function column(pos: number): number {
    if (pos < lineStart) return 1;
    if (pos < colBase) {
      colBase = Math.max(lineStart, 0);
      colUnits = 0;
    }
    colUnits += units(colBase, pos);
    colBase = pos;
    return colUnits + 1;
  }

  function fail(kind: XmlErrorKind, message: string, pos: number): never {
    advance(pos);
    throw new XmlError(kind, message, line, column(pos));
  }

  // Short ASCII values (dates, codes, ids) are taken from a cache of the values last seen, keyed by
  // a hash of their bytes and compared in place: the same date or code is one string, made once.
  const values: (string | undefined)[] = new Array<string | undefined>(VALUE_CACHE).fill(undefined);

  /** The string of the ASCII bytes `buf[from..to)` (at most 256). */
  function ascii(from: number, len: number): string {
    const args = SCRATCH[len] as number[];
    const b = buf;
    for (let j = 0; j < len; j++) args[j] = b[from + j] as number;
    return String.fromCharCode.apply(null, args);
  }

  /** The string of `buf[from..to)` (UTF-8, both ends next to an ASCII byte). */
  function str(from: number, to: number): string {
    const len = to - from;
    if (len <= 0) return "";
    if (firstNonAscii(from) < to || len > 256) return decoder().decode(buf.subarray(from, to));
    if (len > 24) return ascii(from, len);
    const b = buf;
    // The hash of a value of four bytes or more mixes three words that cover all of it (a date's year, month and day).
    let h = len;
    if (len >= 4) {
      const v = view as DataView;
      h = Math.imul(Math.imul(v.getInt32(from, true), 0x9e3779b1) ^ v.getInt32(from + ((len - 4) >> 1), true), 0x85ebca6b) ^ v.getInt32(to - 4, true) ^ len;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
    } else for (let k = from; k < to; k++) h = (h * 31 + (b[k] as number)) | 0;
    const slot = (h ^ (h >>> 11)) & (VALUE_CACHE - 1);
    const cached = values[slot];
    if (cached !== undefined && cached.length === len) {
      let same = true;
      for (let j = 0; j < len; j++) {
        if (cached.charCodeAt(j) !== b[from + j]) {
          same = false;
          break;
        }
      }
      if (same) return cached;
    }
    const s = ascii(from, len);
    values[slot] = s;
    return s;
  }

  /** Where byte `b` first is in `buf[from..to)`, else -1 (`indexOf` would search the whole buffer). */
  function byteIn(b: number, from: number, to: number): number {
    for (let k = from; k < to; k++) if (buf[k] === b) return k;
    return -1;
  }

  /** The text of `buf[from..to)` with its entity references decoded. */
  function decodeEntities(from: number, to: number): string {
    let out = "";
    let p = from;
    for (;;) {
      const amp = byteIn(38, p, to);
      if (amp === -1) return out + str(p, to);
      const semi = byteIn(59, amp, to);
      if (semi === -1 || units(amp, semi) > 12) fail("malformed", "An '&' that does not start an entity reference; write it as '&amp;'.", amp);
      const name = str(amp + 1, semi);
      let value: string | undefined;
      if (name.startsWith("#x")) value = /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? safeCodePoint(parseInt(name.slice(2), 16)) : undefined;
      else if (name.startsWith("#")) value = /^#[0-9]{1,7}$/.test(name) ? safeCodePoint(parseInt(name.slice(1), 10)) : undefined;
      else value = PREDEFINED[name];
      if (value === undefined) fail("entity", `The entity reference '&${name};' is not allowed: only &lt; &gt; &amp; &quot; &apos; and character references are, because the returns have no document type declaration.`, amp);
      out += str(p, amp) + value;
      p = semi + 1;
    }
  }

  function textTooLong(): string {
    return `The text of <${stack[stack.length - 1]?.name ?? ""}> is longer than the limit of ${String(limits.maxTextLength)} characters.`;
  }

  function emitText(from: number, to: number): void {
    const longWs = longWsLine;
    longWsLine = 0;
    if (stack.length === 0) {
      for (let k = from; k < to; k++) {
        const c = buf[k] as number;
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) fail("malformed", rootSeen ? "Text after the end of the root element." : "Text before the root element.", k);
      }
      return;
    }
    // White space between elements is not reported (the returns have no mixed content).
    let k = from;
    while (k < to) {
      const c = buf[k] as number;
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      k++;
    }
    if (k === to) return;
    // Text after a run of white space longer than the limit: the run counts with the text.
    if (longWs !== 0) throw new XmlError("text-length", textTooLong(), longWs, longWsColumn);
    textLength += units(from, to);
    if (textLength > limits.maxTextLength) fail("text-length", textTooLong(), from);
    handler.text(byteIn(38, from, to) === -1 ? str(from, to) : decodeEntities(from, to));
    countTo(from, to);
  }

  function tagEnd(lt: number): number {
    // Attribute values may contain '>', so a tag with quotes is scanned character by character.
    const gt = buf.indexOf(62, lt);
    if (gt === -1) return -1;
    // Look for a quote only inside the tag (searching the rest of the buffer would make reading quadratic).
    let quoted = false;
    let k0 = lt + 1;
    // Most tags are a bare name: no white space, so no attribute and no quote.
    while (k0 < gt) {
      const c = buf[k0] as number;
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 39) break;
      k0++;
    }
    if (k0 === gt) return gt;
    for (let k = k0; k < gt; k++) {
      const c = buf[k] as number;
      if (c === 34 || c === 39) {
        quoted = true;
        break;
      }
    }
    if (!quoted) return gt;
    let quote = 0;
    for (let k = lt + 1; k < n; k++) {
      const c = buf[k] as number;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return k;
    }
    return -1;
  }

  /** Whether `buf` holds `bytes` at `at`. */
  function bytesAt(bytes: Uint8Array, at: number): boolean {
    const len = bytes.length;
    if (at + len > n) return false;
    const b = buf;
    for (let j = 0; j < len; j++) if (b[at + j] !== bytes[j]) return false;
    return true;
  }

  /** Where `a b` (two bytes) or `a b c` (three, `c` >= 0) next starts at or after `from`, else -1. */
  function indexOfSeq(from: number, a: number, b: number, c: number): number {
    let k = from;
    for (;;) {
      k = buf.indexOf(a, k);
      if (k === -1) return -1;
      if (buf[k + 1] === b && (c < 0 || buf[k + 2] === c)) return k + (c < 0 ? 1 : 2) < n ? k : -1;
      k++;
    }
  }

  // Element names are interned: a table of the names seen, keyed by a hash of their bytes,
  // compared in place. A name seen for the first time is decoded and made a property key once,
  // so that the handlers' comparisons with literals are comparisons of identical strings.
  const names: (Name | undefined)[] = new Array<Name | undefined>(NAME_CACHE).fill(undefined);
  function nameAt(from: number, to: number): Name {
    let h = 0;
    for (let k = from; k < to; k++) h = (h * 31 + (buf[k] as number)) | 0;
    return nameHashed(from, to, h);
  }
  // `hash` is the rolling hash (h * 31 + c) of the name's bytes, computed while scanning it.
  function nameHashed(from: number, to: number, hash: number): Name {
    const len = to - from;
    if (len === 0) return EMPTY_NAME;
    const h = (hash ^ (hash >>> 7) ^ (hash >>> 15)) & (NAME_CACHE - 1);
    // Up to four slots from `h` (linear probing); when all four hold other names, `h` is replaced.
    for (let p = 0; p < 4; p++) {
      const slot = (h + p) & (NAME_CACHE - 1);
      const cached = names[slot];
      if (cached === undefined) {
        const name = newName(from, to);
        names[slot] = name;
        return name;
      }
      if (cached.bytes.length === len && nameAtPos(cached, from)) return cached;
    }
    const name = newName(from, to);
    names[h] = name;
    return name;
  }
  function newName(from: number, to: number): Name {
    const s = str(from, to);
    return nameOf(to - from > 64 ? s : intern(s), buf.slice(from, to));
  }

  /** Whether `buf` holds the name's bytes at `at`: four bytes at a time, then the rest. */
  function nameAtPos(name: Name, at: number): boolean {
    const len = name.bytes.length;
    if (at + len > n) return false;
    const v = view as DataView;
    const w = name.words;
    const nw = w.length;
    for (let j = 0; j < nw; j++) if (v.getInt32(at + (j << 2), true) !== w[j]) return false;
    const b = buf;
    const bytes = name.bytes;
    for (let j = nw << 2; j < len; j++) if (b[at + j] !== bytes[j]) return false;
    return true;
  }

  // Names seen as bare tags (`<Name>`: no white space, quote or '/'), keyed by their length and
  // three bytes: the next `<Name>` is found with one search for '>' and one comparison in place.
  const bare: (Name | undefined)[] = new Array<Name | undefined>(BARE_CACHE).fill(undefined);
  function bareSlot(from: number, len: number): number {
    return (len * 37 + (buf[from] as number) * 11 + (buf[from + len - 1] as number) * 5 + (buf[from + (len >> 1)] as number)) & (BARE_CACHE - 1);
  }

  function checkFirst(name: Name, lt: number): void {
    const first = name.bytes[0] ?? 0;
    if (!(first >= 65 && first <= 90) && !(first >= 97 && first <= 122) && first !== 95 && first !== 58 && !(first > 127)) {
      fail("malformed", `'<${name.name.slice(0, 20)}' does not start a valid element name.`, lt);
    }
  }

  /** An open tag that is a bare name (`<Name>`), its name already scanned and hashed. */
  function openBare(lt: number, gt: number, hash: number): void {
    const name = nameHashed(lt + 1, gt, hash);
    checkFirst(name, lt);
    if (name.bytes.length <= 64) bare[bareSlot(lt + 1, name.bytes.length)] = name;
    openName(lt, name);
  }

  /** Opens an element whose name has been checked. */
  function openName(lt: number, name: Name): void {
    if (stack.length === 0 && rootSeen) fail("malformed", `A second root element <${name.name}>: a return has exactly one root element.`, lt);
    if (stack.length >= limits.maxDepth) fail("depth", `Elements are nested deeper than the limit of ${String(limits.maxDepth)}.`, lt);
    rootSeen = true;
    advance(lt);
    stack.push(name);
    textLength = 0;
    handler.open(name.name, line, column(lt));
  }

  function openTag(lt: number, gt: number): void {
    const selfClosing = buf[gt - 1] === 47;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end) {
      const c = buf[nameEnd] as number;
      if (c === 32 || c === 10 || c === 13 || c === 9) break;
      nameEnd++;
    }
    const name = nameAt(lt + 1, nameEnd);
    checkFirst(name, lt);
    openName(lt, name);
    if (selfClosing) {
      stack.pop();
      handler.close(name.name);
    }
  }

  function closeTag(lt: number, gt: number): void {
    const open = stack[stack.length - 1];
    if (open !== undefined && gt - lt - 2 === open.bytes.length && nameAtPos(open, lt + 2)) {
      // The common case: the name of the open element, compared in place.
      stack.pop();
      textLength = 0;
      handler.close(open.name);
      return;
    }
    let name = str(lt + 2, gt);
    const last = name.charCodeAt(name.length - 1);
    if (last === 32 || last === 10 || last === 13 || last === 9) name = name.trimEnd();
    const top = stack[stack.length - 1]?.name;
    if (top !== name) fail("malformed", top === undefined ? `</${name}> closes an element that was never opened.` : `</${name}> found where </${top}> was expected.`, lt);
    stack.pop();
    textLength = 0;
    handler.close(name);
  }

  function process(final: boolean, start: number): void {
    let i = start;
    for (;;) {
      // White space between tags is skipped in place: it is never reported, so there is no need
      // to search for '<' or to look at it again.
      let k = i;
      let w = 0;
      const b0 = buf;
      if (counted === i) {
        // Everything before has been counted: the newlines of the white space are counted here.
        while (k < n) {
          w = b0[k] as number;
          if (w === 10) {
            line += 1;
            lineStart = k + 1;
            colBase = lineStart;
            colUnits = 0;
          } else if (w !== 32 && w !== 13 && w !== 9) break;
          k++;
        }
        counted = k;
      } else {
        while (k < n) {
          w = b0[k] as number;
          if (w !== 32 && w !== 10 && w !== 13 && w !== 9) break;
          k++;
        }
      }
      // A value is short: a loop finds its end sooner than a call to `indexOf`.
      let lt = k < n && w === 60 ? k : -1;
      if (lt === -1) {
        const b = buf;
        for (let e = k + 1; e < n; e++) {
          if (b[e] === 60) {
            lt = e;
            break;
          }
        }
      }
      if (lt === -1) {
        if (final) {
          emitText(i, n);
          i = n;
          break;
        }
        // The rest of the buffer is text whose end has not arrived. It is kept (it may end inside
        // an entity reference), unless what has arrived already decides the outcome, exactly as
        // it would be decided with the whole text in one chunk: text outside the root element
        // fails at its first character that is not white space; text over the limit fails where
        // it starts; white space alone is never text, so a long run of it is dropped (its start
        // remembered in case text follows it).
        if (k < n) {
          if (stack.length === 0) fail("malformed", rootSeen ? "Text after the end of the root element." : "Text before the root element.", k);
          if (longWsLine !== 0) throw new XmlError("text-length", textTooLong(), longWsLine, longWsColumn);
          if (textLength + unitsAtLeast(i, n) > limits.maxTextLength) fail("text-length", textTooLong(), i);
        } else if (n - i > limits.maxTextLength) {
          if (stack.length > 0 && longWsLine === 0) {
            advance(i);
            longWsLine = line;
            longWsColumn = column(i);
          }
          i = n;
        }
        break;
      }
      if (lt > k) emitText(i, lt);
      else longWsLine = 0;
      i = lt;
      if (lt + 1 >= n) break;
      const c = buf[lt + 1] as number;
      if (c === 47) {
        // The common case first: the name of the open element, then '>', compared in place.
        const top = stack[stack.length - 1];
        if (top !== undefined) {
          const e = lt + 2 + top.bytes.length;
          if (e < n && buf[e] === 62 && nameAtPos(top, lt + 2)) {
            stack.pop();
            textLength = 0;
            if (counted === lt) counted = e + 1; // no newline in `</Name>`
            handler.close(top.name);
            i = e + 1;
            continue;
          }
        }
        // A closing tag may be one character longer than the opening tag (its '/').
        const gt = buf.indexOf(62, lt);
        if (gt === -1 ? unitsAtLeast(lt, n) > limits.maxTagLength + 1 : units(lt, gt) > limits.maxTagLength + 1) fail("tag-length", `A tag longer than the limit of ${String(limits.maxTagLength)} characters.`, lt);
        if (gt === -1) break;
        closeTag(lt, gt);
        i = gt + 1;
      } else if (c === 63) {
        // Limits are decided on what has arrived only when the rest cannot change the outcome
        // (here: the '?>' still to come starts at n - 1 or later).
        const end = indexOfSeq(lt + 2, 63, 62, -1);
        if ((end === -1 ? unitsAtLeast(lt, n - 1) : units(lt, end)) > limits.maxTagLength) fail("tag-length", `A processing instruction longer than the limit of ${String(limits.maxTagLength)} characters.`, lt);
        if (end === -1) break;
        i = end + 2;
      } else if (c === 33) {
        if (bytesAt(COMMENT, lt)) {
          const end = indexOfSeq(lt + 4, 45, 45, 62);
          if ((end === -1 ? unitsAtLeast(lt, n - 2) : units(lt, end)) > limits.maxTextLength) fail("text-length", `A comment longer than the limit of ${String(limits.maxTextLength)} characters.`, lt);
          if (end === -1) break;
          i = end + 3;
        } else if (bytesAt(CDATA, lt)) {
          if (stack.length === 0) fail("malformed", "A CDATA section outside the root element.", lt);
          const end = indexOfSeq(lt + 9, 93, 93, 62);
          if (textLength + (end === -1 ? unitsAtLeast(lt + 9, n - 2) : units(lt + 9, end)) > limits.maxTextLength) fail("text-length", textTooLong(), lt);
          if (end === -1) break;
          textLength += units(lt + 9, end);
          handler.text(str(lt + 9, end));
          i = end + 3;
        } else if (!final && n - lt < 9 && (prefixOf(CDATA, lt) || prefixOf(COMMENT, lt))) {
          break;
        } else {
          fail("doctype", "Document type declarations (<!DOCTYPE ...>, <!ENTITY ...>) are not allowed: the returns never use them, and they can define external or exponentially expanding entities.", lt);
        }
      } else {
        // A bare name followed by '>' (no attribute, not self-closing) is found in the cache of
        // bare names and compared in place; anything else is scanned and hashed in one pass.
        let g = -1;
        const b = buf;
        const gEnd = Math.min(n, lt + 2 + limits.maxTagLength);
        for (let e = lt + 2; e < gEnd; e++) {
          if (b[e] === 62) {
            g = e;
            break;
          }
        }
        if (g !== -1 && g - lt <= limits.maxTagLength) {
          const len = g - lt - 1;
          const known = bare[bareSlot(lt + 1, len)];
          if (known !== undefined && known.bytes.length === len && nameAtPos(known, lt + 1)) {
            openName(lt, known);
            counted = g + 1; // no newline in `<Name>`
            i = g + 1;
            continue;
          }
        }
        let e = lt + 1;
        let h = 0;
        let d = 0;
        const stop = Math.min(n, lt + limits.maxTagLength);
        while (e < stop) {
          d = buf[e] as number;
          if (d === 62 || d === 47 || d === 32 || d === 10 || d === 13 || d === 9 || d === 34 || d === 39) break;
          h = (h * 31 + d) | 0;
          e++;
        }
        if (e < stop && d === 62 && e > lt + 1) {
          openBare(lt, e, h);
          counted = e + 1; // no newline in `<Name>`
          i = e + 1;
          continue;
        }
        const gt = tagEnd(lt);
        if (gt === -1 || units(lt, gt) > limits.maxTagLength) {
          if (gt !== -1 || unitsAtLeast(lt, n) > limits.maxTagLength) fail("tag-length", `A tag longer than the limit of ${String(limits.maxTagLength)} characters (a huge attribute?).`, lt);
          break;
        }
        openTag(lt, gt);
        i = gt + 1;
      }
    }
    if (i > 0) {
      advance(i);
      // The column base moves to the cut, so that no count reaches into the dropped bytes.
      if (colBase < i) {
        colUnits += units(colBase, i);
        colBase = i;
      }
      buf = buf.subarray(i);
      n = buf.length;
      view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      counted -= i;
      lineStart -= i;
      colBase -= i;
      naFrom = 0;
      naAt = -1;
      words = undefined;
    }
  }

  function setBuffer(b: Uint8Array): void {
    buf = b;
    n = b.length;
    view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    naFrom = 0;
    naAt = -1;
    words = undefined;
  }

  /** Whether the bytes from `at` to the end of the buffer start `literal`. */
  function prefixOf(literal: Uint8Array, at: number): boolean {
    for (let j = 0; at + j < n; j++) if (buf[at + j] !== literal[j]) return false;
    return true;
  }

  return {
    write(chunk: Uint8Array): void {
      if (chunk.length === 0) return;
      // A plain view (a Node Buffer is a subclass): every access to `buf` sees one kind of array.
      const bytes = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (n === 0) {
        setBuffer(bytes);
        process(false, 0);
        return;
      }
      // The piece left from the last chunk (usually part of one tag) is finished on its own with
      // the start of this chunk, up to its first '>' (the seam); the chunk itself is then scanned
      // in place, not copied. The seam is shorter than the tag and text limits, so no limit can
      // be reached on it that the whole would not reach.
      const gt = bytes.indexOf(62);
      const seam = n + gt + 1;
      if (gt !== -1 && seam < SEAM && seam < limits.maxTagLength && seam < limits.maxTextLength) {
        setBuffer(join(buf.subarray(0, n), bytes.subarray(0, gt + 1)));
        process(false, 0);
        if (n === 0) {
          // Positions are now relative to the end of the seam, which is `gt + 1` in the chunk.
          setBuffer(bytes);
          counted += gt + 1;
          lineStart += gt + 1;
          colBase += gt + 1;
          process(false, gt + 1);
          return;
        }
        // The seam did not end on a boundary (a '>' in text or in an attribute): scan the rest
        // of the chunk after what is left of it.
        setBuffer(join(buf.subarray(0, n), bytes.subarray(gt + 1)));
        process(false, 0);
        return;
      }
      setBuffer(join(buf.subarray(0, n), bytes));
      process(false, 0);
    },
    end(): void {
      process(true, 0);
      if (n > 0) fail("malformed", "The input ends inside a tag.", 0);
      const open = stack[stack.length - 1];
      if (open !== undefined) fail("malformed", `The input ends before </${open.name}>: the file is cut short.`, 0);
      if (!rootSeen) fail("malformed", "The input has no root element.", 0);
    },
  };
}

const NAME_CACHE = 1024;
const BARE_CACHE = 256;
const VALUE_CACHE = 1024;
const SEAM = 4096;
const EMPTY_NAME: Name = nameOf("", EMPTY);

function nameOf(name: string, bytes: Uint8Array): Name {
  const words = new Int32Array(bytes.length >> 2);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let j = 0; j < words.length; j++) words[j] = v.getInt32(j << 2, true);
  return { name, bytes, words };
}

/** `a` followed by `b`, in a new array. */
function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The internalised copy of `s` (property keys are internalised), so that `===` with a literal compares identical strings. */
function intern(s: string): string {
  const o: Record<string, true> = {};
  o[s] = true;
  for (const k in o) return k;
  return s;
}

function safeCodePoint(cp: number): string | undefined {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}
