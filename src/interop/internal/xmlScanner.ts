import type { ResolvedLimits } from "./ReaderInput";
import { detach } from "./values";

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
// It is hand-written because the vocabulary is known and flat: measured on a 77.5 MB CIN
// census file it reads about 3 times faster than saxes with the same record builder (see
// bench/readers.ts and docs/statutory-returns.md).

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

 * A streaming XML scanner: feed it text chunks, then call `end`.

 *

 * @internal

 */
export interface XmlScanner {
  write(chunk: string): void;
  end(): void;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**

 * Creates a scanner that reports to `handler`.

 *

 * @internal

 */
export function createXmlScanner(handler: XmlHandler, limits: ResolvedLimits): XmlScanner {
  let buf = "";
  const stack: string[] = [];
  let rootSeen = false;
  let textLength = 0;
  // Line tracking, relative to `buf`: newlines before `counted` have been counted; `lineStart` is
  // where the current line starts (negative once that part of the buffer has been dropped);
  // `nextNewline` caches the next newline at or after `counted` (-1: none in the buffer, -2: unknown).
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  let nextNewline = -2;
  // A run of white space longer than the text limit that has been dropped from the buffer while
  // waiting for what follows it: its position, so that text after it fails exactly as it would
  // have if the whole run had arrived in one chunk (0: none).
  let longWsLine = 0;
  let longWsColumn = 0;

  function advance(pos: number): void {
    if (pos <= counted) return;
    for (;;) {
      if (nextNewline === -2 || (nextNewline !== -1 && nextNewline < counted)) nextNewline = buf.indexOf("\n", counted);
      if (nextNewline === -1 || nextNewline >= pos) break;
      line += 1;
      lineStart = nextNewline + 1;
      counted = nextNewline + 1;
      nextNewline = -2;
    }
    counted = pos;
  }

  function fail(kind: XmlErrorKind, message: string, pos: number): never {
    advance(pos);
    throw new XmlError(kind, message, line, pos - lineStart + 1);
  }

  function decodeEntities(raw: string, pos: number): string {
    let out = "";
    let from = 0;
    for (;;) {
      const amp = raw.indexOf("&", from);
      if (amp === -1) return out + raw.slice(from);
      const semi = raw.indexOf(";", amp);
      if (semi === -1 || semi - amp > 12) fail("malformed", "An '&' that does not start an entity reference; write it as '&amp;'.", pos + amp);
      const name = raw.slice(amp + 1, semi);
      let value: string | undefined;
      if (name.startsWith("#x")) value = /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? safeCodePoint(parseInt(name.slice(2), 16)) : undefined;
      else if (name.startsWith("#")) value = /^#[0-9]{1,7}$/.test(name) ? safeCodePoint(parseInt(name.slice(1), 10)) : undefined;
      else value = PREDEFINED[name];
      if (value === undefined) fail("entity", `The entity reference '&${name};' is not allowed: only &lt; &gt; &amp; &quot; &apos; and character references are, because the returns have no document type declaration.`, pos + amp);
      out += raw.slice(from, amp) + value;
      from = semi + 1;
    }
  }

  function textTooLong(): string {
    return `The text of <${stack[stack.length - 1] ?? ""}> is longer than the limit of ${String(limits.maxTextLength)} characters.`;
  }

  function emitText(from: number, to: number): void {
    const longWs = longWsLine;
    longWsLine = 0;
    if (stack.length === 0) {
      for (let k = from; k < to; k++) {
        const c = buf.charCodeAt(k);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) fail("malformed", rootSeen ? "Text after the end of the root element." : "Text before the root element.", k);
      }
      return;
    }
    // White space between elements is not reported (the returns have no mixed content).
    let k = from;
    while (k < to) {
      const c = buf.charCodeAt(k);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      k++;
    }
    if (k === to) return;
    // Text after a run of white space longer than the limit: the run counts with the text.
    if (longWs !== 0) throw new XmlError("text-length", textTooLong(), longWs, longWsColumn);
    textLength += to - from;
    if (textLength > limits.maxTextLength) fail("text-length", textTooLong(), from);
    // A slice of 13 characters or more would be a view into the whole chunk (V8's sliced
    // strings) and keep it alive as long as the value is kept (a UPN in a record kept by the
    // caller kept a megabyte of text): such values are copied out of the chunk.
    const raw = detach(buf.slice(from, to));
    handler.text(raw.includes("&") ? decodeEntities(raw, from) : raw);
  }

  function tagEnd(lt: number): number {
    // Attribute values may contain '>', so a tag with quotes is scanned character by character.
    const gt = buf.indexOf(">", lt);
    if (gt === -1) return -1;
    // Look for a quote only inside the tag (searching the rest of the buffer would make reading quadratic).
    let quoted = false;
    let k0 = lt + 1;
    // Most tags are a bare name: no white space, so no attribute and no quote.
    while (k0 < gt) {
      const c = buf.charCodeAt(k0);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 39) break;
      k0++;
    }
    if (k0 === gt) return gt;
    for (let k = k0; k < gt; k++) {
      const c = buf.charCodeAt(k);
      if (c === 34 || c === 39) {
        quoted = true;
        break;
      }
    }
    if (!quoted) return gt;
    let quote = 0;
    for (let k = lt + 1; k < buf.length; k++) {
      const c = buf.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return k;
    }
    return -1;
  }

  // Element names are interned: a small cache, keyed by length and three characters, holds the
  // name last seen with that key, compared in place (no substring per tag). A name seen for the
  // first time is made a property key once, so that the handlers' comparisons with literals are
  // comparisons of identical strings.
  const names: (string | undefined)[] = new Array<string | undefined>(NAME_CACHE).fill(undefined);
  function nameAt(from: number, to: number): string {
    let h = 0;
    for (let k = from; k < to; k++) h = (h * 31 + buf.charCodeAt(k)) | 0;
    return nameHashed(from, to, h);
  }
  // `hash` is the rolling hash (h * 31 + c) of the name's characters, computed while scanning it.
  function nameHashed(from: number, to: number, hash: number): string {
    const len = to - from;
    if (len === 0) return "";
    const h = (hash ^ (hash >>> 7) ^ (hash >>> 15)) & (NAME_CACHE - 1);
    // Up to four slots from `h` (linear probing); when all four hold other names, `h` is replaced.
    for (let p = 0; p < 4; p++) {
      const slot = (h + p) & (NAME_CACHE - 1);
      const cached = names[slot];
      if (cached === undefined) {
        const name = len > 64 ? buf.slice(from, to) : intern(buf.slice(from, to));
        names[slot] = name;
        return name;
      }
      if (cached.length === len && buf.startsWith(cached, from)) return cached;
    }
    const name = len > 64 ? buf.slice(from, to) : intern(buf.slice(from, to));
    names[h] = name;
    return name;
  }

  // Names seen as bare tags (`<Name>`: no white space, quote or '/'), keyed by their length and
  // three characters: the next `<Name>` is found with one `indexOf(">")` and one `startsWith`.
  const bare: (string | undefined)[] = new Array<string | undefined>(BARE_CACHE).fill(undefined);

  /** An open tag that is a bare name (`<Name>`), its name already scanned and hashed. */
  function openBare(lt: number, gt: number, hash: number): void {
    const name = nameHashed(lt + 1, gt, hash);
    const first = name.charCodeAt(0);
    if (!(first >= 65 && first <= 90) && !(first >= 97 && first <= 122) && first !== 95 && first !== 58 && !(first > 127)) {
      fail("malformed", `'<${name.slice(0, 20)}' does not start a valid element name.`, lt);
    }
    if (name.length <= 64) bare[bareSlot(name, 0, name.length)] = name;
    openName(lt, name);
  }

  /** Opens an element whose name has been checked. */
  function openName(lt: number, name: string): void {
    if (stack.length === 0 && rootSeen) fail("malformed", `A second root element <${name}>: a return has exactly one root element.`, lt);
    if (stack.length >= limits.maxDepth) fail("depth", `Elements are nested deeper than the limit of ${String(limits.maxDepth)}.`, lt);
    rootSeen = true;
    advance(lt);
    stack.push(name);
    textLength = 0;
    handler.open(name, line, lt - lineStart + 1);
  }

  function openTag(lt: number, gt: number): void {
    const selfClosing = buf.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end) {
      const c = buf.charCodeAt(nameEnd);
      if (c === 32 || c === 10 || c === 13 || c === 9) break;
      nameEnd++;
    }
    const name = nameAt(lt + 1, nameEnd);
    const first = name.charCodeAt(0);
    if (!(first >= 65 && first <= 90) && !(first >= 97 && first <= 122) && first !== 95 && first !== 58 && !(first > 127)) {
      fail("malformed", `'<${name.slice(0, 20)}' does not start a valid element name.`, lt);
    }
    if (stack.length === 0 && rootSeen) fail("malformed", `A second root element <${name}>: a return has exactly one root element.`, lt);
    if (stack.length >= limits.maxDepth) fail("depth", `Elements are nested deeper than the limit of ${String(limits.maxDepth)}.`, lt);
    rootSeen = true;
    advance(lt);
    stack.push(name);
    textLength = 0;
    handler.open(name, line, lt - lineStart + 1);
    if (selfClosing) {
      stack.pop();
      handler.close(name);
    }
  }

  function closeTag(lt: number, gt: number): void {
    const open = stack[stack.length - 1];
    if (open !== undefined && gt - lt - 2 === open.length && buf.startsWith(open, lt + 2)) {
      // The common case: the name of the open element, compared in place.
      stack.pop();
      textLength = 0;
      handler.close(open);
      return;
    }
    let name = buf.slice(lt + 2, gt);
    const last = name.charCodeAt(name.length - 1);
    if (last === 32 || last === 10 || last === 13 || last === 9) name = name.trimEnd();
    const top = stack[stack.length - 1];
    if (top !== name) fail("malformed", top === undefined ? `</${name}> closes an element that was never opened.` : `</${name}> found where </${top}> was expected.`, lt);
    stack.pop();
    textLength = 0;
    handler.close(name);
  }

  function process(final: boolean, start = 0): void {
    let i = start;
    const n = buf.length;
    for (;;) {
      // White space between tags is skipped in place: it is never reported, so there is no need
      // to search for '<' or to look at it again.
      let k = i;
      let w = 0;
      while (k < n) {
        w = buf.charCodeAt(k);
        if (w !== 32 && w !== 10 && w !== 13 && w !== 9) break;
        k++;
      }
      const lt = k < n && w === 60 ? k : buf.indexOf("<", k);
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
          if (textLength + (n - i) > limits.maxTextLength) fail("text-length", textTooLong(), i);
        } else if (n - i > limits.maxTextLength) {
          if (stack.length > 0 && longWsLine === 0) {
            advance(i);
            longWsLine = line;
            longWsColumn = i - lineStart + 1;
          }
          i = n;
        }
        break;
      }
      if (lt > k) emitText(i, lt);
      else longWsLine = 0;
      i = lt;
      if (lt + 1 >= n) break;
      const c = buf.charCodeAt(lt + 1);
      if (c === 47) {
        // The common case first: the name of the open element, then '>', compared in place.
        const top = stack[stack.length - 1];
        if (top !== undefined) {
          const e = lt + 2 + top.length;
          if (e < n && buf.charCodeAt(e) === 62 && buf.startsWith(top, lt + 2)) {
            stack.pop();
            textLength = 0;
            handler.close(top);
            i = e + 1;
            continue;
          }
        }
        // A closing tag may be one character longer than the opening tag (its '/').
        const gt = buf.indexOf(">", lt);
        if (gt === -1 ? n - lt > limits.maxTagLength + 1 : gt - lt > limits.maxTagLength + 1) fail("tag-length", `A tag longer than the limit of ${String(limits.maxTagLength)} characters.`, lt);
        if (gt === -1) break;
        closeTag(lt, gt);
        i = gt + 1;
      } else if (c === 63) {
        // Limits are decided on what has arrived only when the rest cannot change the outcome
        // (here: the '?>' still to come starts at n - 1 or later).
        const end = buf.indexOf("?>", lt + 2);
        if ((end === -1 ? n - 1 : end) - lt > limits.maxTagLength) fail("tag-length", `A processing instruction longer than the limit of ${String(limits.maxTagLength)} characters.`, lt);
        if (end === -1) break;
        i = end + 2;
      } else if (c === 33) {
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if ((end === -1 ? n - 2 : end) - lt > limits.maxTextLength) fail("text-length", `A comment longer than the limit of ${String(limits.maxTextLength)} characters.`, lt);
          if (end === -1) break;
          i = end + 3;
        } else if (buf.startsWith("<![CDATA[", lt)) {
          if (stack.length === 0) fail("malformed", "A CDATA section outside the root element.", lt);
          const end = buf.indexOf("]]>", lt + 9);
          if (textLength + (end === -1 ? n - 2 : end) - lt - 9 > limits.maxTextLength) fail("text-length", textTooLong(), lt);
          if (end === -1) break;
          textLength += end - lt - 9;
          handler.text(detach(buf.slice(lt + 9, end)));
          i = end + 3;
        } else if (!final && n - lt < 9 && ("<![CDATA[".startsWith(buf.slice(lt)) || "<!--".startsWith(buf.slice(lt)))) {
          break;
        } else {
          fail("doctype", "Document type declarations (<!DOCTYPE ...>, <!ENTITY ...>) are not allowed: the returns never use them, and they can define external or exponentially expanding entities.", lt);
        }
      } else {
        // A bare name followed by '>' (no attribute, not self-closing) is scanned and hashed in
        // one pass; anything else goes the general way.
        const g = buf.indexOf(">", lt + 2);
        if (g !== -1 && g - lt <= limits.maxTagLength) {
          const len = g - lt - 1;
          const known = bare[bareSlot(buf, lt + 1, len)];
          if (known !== undefined && known.length === len && buf.startsWith(known, lt + 1)) {
            openName(lt, known);
            i = g + 1;
            continue;
          }
        }
        let e = lt + 1;
        let h = 0;
        let d = 0;
        const stop = Math.min(n, lt + limits.maxTagLength);
        while (e < stop) {
          d = buf.charCodeAt(e);
          if (d === 62 || d === 47 || d === 32 || d === 10 || d === 13 || d === 9 || d === 34 || d === 39) break;
          h = (h * 31 + d) | 0;
          e++;
        }
        if (e < stop && d === 62 && e > lt + 1) {
          openBare(lt, e, h);
          i = e + 1;
          continue;
        }
        const gt = tagEnd(lt);
        if (gt === -1 || gt - lt > limits.maxTagLength) {
          if (gt !== -1 || n - lt > limits.maxTagLength) fail("tag-length", `A tag longer than the limit of ${String(limits.maxTagLength)} characters (a huge attribute?).`, lt);
          break;
        }
        openTag(lt, gt);
        i = gt + 1;
      }
    }
    if (i > 0) {
      advance(i);
      buf = buf.slice(i);
      counted -= i;
      lineStart -= i;
      nextNewline = nextNewline >= 0 ? nextNewline - i : -2;
    }
  }

  return {
    write(chunk: string): void {
      if (nextNewline === -1) nextNewline = -2;
      if (buf.length === 0) {
        buf = chunk;
        process(false);
        return;
      }
      // The piece left from the last chunk (usually part of one tag) is finished on its own with
      // the start of this chunk, up to its first '>' (the seam); the chunk itself is then scanned
      // in place. Joining the two would copy the chunk, and `+` would make a rope, on which every
      // `charCodeAt` and `startsWith` of the scan takes a slower path. The seam is shorter than
      // the tag and text limits, so no limit can be reached on it that the whole would not reach.
      const gt = chunk.indexOf(">");
      if (gt !== -1 && buf.length + gt + 1 < SEAM && buf.length + gt + 1 < limits.maxTagLength && buf.length + gt + 1 < limits.maxTextLength) {
        buf += chunk.slice(0, gt + 1);
        process(false);
        if (buf.length === 0) {
          // Positions are now relative to the end of the seam, which is `gt + 1` in the chunk.
          buf = chunk;
          counted += gt + 1;
          lineStart += gt + 1;
          nextNewline = -2;
          process(false, gt + 1);
          return;
        }
        // The seam did not end on a boundary (a '>' in text or in an attribute): scan the rest
        // of the chunk after what is left of it.
        buf = [buf, chunk.slice(gt + 1)].join("");
        nextNewline = -2;
        process(false);
        return;
      }
      buf = [buf, chunk].join("");
      process(false);
    },
    end(): void {
      process(true);
      if (buf.length > 0) fail("malformed", "The input ends inside a tag.", 0);
      const open = stack[stack.length - 1];
      if (open !== undefined) fail("malformed", `The input ends before </${open}>: the file is cut short.`, 0);
      if (!rootSeen) fail("malformed", "The input has no root element.", 0);
    },
  };
}

const NAME_CACHE = 1024;
const BARE_CACHE = 256;
const SEAM = 4096;

/** The bare-name cache slot of the `len` characters of `s` from `from` (`len` > 0). */
function bareSlot(s: string, from: number, len: number): number {
  return (len * 37 + s.charCodeAt(from) * 11 + s.charCodeAt(from + len - 1) * 5 + s.charCodeAt(from + (len >> 1))) & (BARE_CACHE - 1);
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
