// Helpers of the integration tests of family documents (allDocuments.test.ts,
// pseudoLocale.test.ts): the case files to render and as of which days, every reader of a case,
// every document of a case, the text a document shows, the case file's own words (to tell them
// from the catalogue's), its ids, and a matcher for plain-language terms.
import { readdirSync, readFileSync } from "node:fs";
import { migrateCaseFile, type CaseFile } from "../../src/case-file";
import { FAMILY_DOCUMENT_KINDS, renderFamilyDocument, type DocumentAudience, type FamilyDocument, type FamilyDocumentKind, type RenderFamilyDocumentOptions } from "../../src/documents";
import { seenAlone, workedCase } from "../bottom-lines/fixtures";
import { workedCaseByCommands } from "../case-file/fixtures";

/** A case file to render, with the days to render it as of. */
export interface CaseToRender {
  readonly name: string;
  readonly caseFile: CaseFile;
  readonly days: readonly string[];
}

/** The words the tests give in options (not the catalogue's): they are shown as given. */
export const AUTHORITY = { name: "Northshire Council" } as const;

/** The parts of a letter before proceedings the tests give (the worker's words). */
export function preProceedingsFor(asOf: string): NonNullable<RenderFamilyDocumentOptions["preProceedings"]> {
  return {
    supportOffered: ["Weekly sessions with Tina from the Family Support Team", "A place on the Freedom Programme for Kerry"],
    changesBy: addDays(asOf, 56),
    meeting: { date: addDays(asOf, 14), time: "10am", place: "Northshire House, Room 4" },
    findASolicitor: "Ring the Law Society on 020 7320 5650, or look at the list we have given you",
  };
}

/** The day `n` days after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const STORED = new URL("../case-file/stored/", import.meta.url);

/** Every day (`YYYY-MM-DD`, or the day of a date-time) a JSON value holds. */
function daysIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
    if (m?.[1] !== undefined) out.push(m[1]);
  } else if (Array.isArray(value)) for (const v of value) daysIn(v, out);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) daysIn(v, out);
  return out;
}

/**
 * The days a stored case file is rendered as of: the day after the latest date it holds (when
 * everything has happened), and the day each network member joined (so that every member, even
 * one who left before the end, reads a briefing as of a day they were a member).
 */
function daysToRender(caseFile: CaseFile): string[] {
  const latest = daysIn(caseFile).sort().at(-1) ?? "2025-06-01";
  const joined = (caseFile.network?.members ?? []).filter((m) => m.leftOn === undefined || m.leftOn > m.joinedOn).map((m) => m.joinedOn as string);
  return [...new Set([addDays(latest, 1), ...joined])].sort();
}

/** The worked case (as of 1 June 2025), the same case recorded through commands, and every stored case file. */
export function casesToRender(): CaseToRender[] {
  const stored = readdirSync(STORED)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const caseFile = migrateCaseFile(JSON.parse(readFileSync(new URL(f, STORED), "utf8")));
      return { name: `stored/${f}`, caseFile, days: daysToRender(caseFile) };
    });
  return [{ name: "workedCase()", caseFile: workedCase(), days: ["2025-06-01"] }, { name: "workedCaseByCommands()", caseFile: workedCaseByCommands(), days: ["2025-06-01"] }, ...stored];
}

/** Every reader of a case as of a day: the family, each child, each current network member, a professional. */
export function readersOf(caseFile: CaseFile, asOf: string): DocumentAudience[] {
  const members = (caseFile.network?.members ?? []).filter((m) => m.joinedOn <= asOf && (m.leftOn === undefined || m.leftOn > asOf));
  return [{ kind: "family" }, ...caseFile.childIds.map((childId): DocumentAudience => ({ kind: "child", childId })), ...members.map((m): DocumentAudience => ({ kind: "network-member", personId: m.personId })), { kind: "professional" }];
}

/** A short name of a reader, for messages ("child amy"). */
export function readerName(audience: DocumentAudience): string {
  switch (audience.kind) {
    case "child":
      return `child ${audience.childId ?? ""}`;
    case "network-member":
      return `network member ${audience.personId}`;
    default:
      return audience.kind;
  }
}

/** One rendering: which document, for whom, with which options. */
export interface Rendering {
  readonly label: string;
  readonly kind: FamilyDocumentKind;
  readonly audience: DocumentAudience;
  readonly options: RenderFamilyDocumentOptions;
  readonly doc: FamilyDocument;
}

/**
 * Every document of a case as of a day, for every reader: the child's plan and the Words and
 * Pictures story once per child (for a child reader, their own); the bottom-lines letter for the
 * family and professionals also with the parts of a letter before proceedings.
 */
export function renderEvery(caseFile: CaseFile, asOf: string, extra: Partial<RenderFamilyDocumentOptions> = {}): Rendering[] {
  const out: Rendering[] = [];
  for (const audience of readersOf(caseFile, asOf)) {
    for (const kind of FAMILY_DOCUMENT_KINDS) {
      const perChild = kind === "child-safety-plan" || kind === "words-and-pictures";
      const childIds: readonly (string | undefined)[] = audience.kind === "child" ? [audience.childId] : perChild ? caseFile.childIds : [undefined];
      // A letter before proceedings is written to the parents (and read by professionals).
      const letterBeforeProceedings = kind === "bottom-lines-letter" && (audience.kind === "family" || audience.kind === "professional");
      const variants: Partial<RenderFamilyDocumentOptions>[] = letterBeforeProceedings ? [{}, { preProceedings: preProceedingsFor(asOf) }] : [{}];
      for (const childId of childIds) {
        for (const variant of variants) {
          const options: RenderFamilyDocumentOptions = {
            kind,
            audience,
            asOf,
            authority: AUTHORITY,
            customPredicates: { "seen-alone": seenAlone },
            ...(childId === undefined ? {} : { childId }),
            ...variant,
            ...extra,
          };
          const label = `${kind}${variant.preProceedings === undefined ? "" : " (before proceedings)"}${perChild && childId !== undefined ? ` of ${childId}` : ""} for ${readerName(audience)} as of ${asOf}`;
          out.push({ label, kind, audience, options, doc: renderFamilyDocument(caseFile, options) });
        }
      }
    }
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " ", "&amp;": "&" };
const decode = (s: string): string => s.replace(/&(?:lt|gt|quot|#39|nbsp|amp);/g, (e) => ENTITIES[e] ?? e);

/** The text an HTML document shows (and reads out: its `aria-label`s), without its stylesheet or markup. */
export function htmlText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, "\n");
  const labels = [...body.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? "");
  return decode([body.replace(/<[^>]*>/g, "\n"), ...labels].join("\n"));
}

/** The text of a Markdown document: its escapes undone, its markup (headings, quotes, list marks, emphasis, table rules) left out. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/&nbsp;/g, " ")
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*(?:#{1,6}|>|-|\d+\.)\s?/, "")
        .replace(/^\| ?-{3}[ |-]*$/, "")
        .replace(/(^|[^\\])\*\*/g, "$1")
        .replace(/(^|[^\\])\|/g, "$1 ")
        .replace(/\\(.)/g, "$1"),
    )
    .join("\n");
}

const ID_KEY = (k: string): boolean => k === "id" || k.endsWith("Id");

/** Every id of a case file: the values of `id`, `…Id` and `…Ids` properties (and a story's `audiences`), at any depth. */
export function idsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsOf(v, out);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if (ID_KEY(k) && typeof v === "string") out.add(v);
      else if ((k.endsWith("Ids") || k === "audiences") && Array.isArray(v)) for (const x of v) if (typeof x === "string") out.add(x);
      idsOf(v, out);
    }
  return out;
}

const CODE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;
/** Keys whose values are people's or workers' words even when one lower-case word ("calm"). */
const TEXT_KEYS = new Set(["name", "text", "statement", "note", "reason", "how", "action", "childAction", "when", "where", "words", "contact", "behaviour", "impact", "description", "summary", "title", "caption", "heading", "time", "place"]);

/**
 * The case file's own words: every string that is not an id, a code (`kebab-case`, an enum
 * value) or a date, and every string under a key that holds words (a name, a statement, a
 * rule's text). These are the words a document may show as the case file has them; whatever
 * else it shows is the catalogue's.
 */
export function ownWordsOf(value: unknown, out = new Set<string>()): Set<string> {
  const visit = (v: unknown, key: string | undefined): void => {
    if (typeof v === "string") {
      const flat = v.replace(/\s+/g, " ").trim();
      if (flat === "" || key === undefined || ID_KEY(key) || key.endsWith("Ids") || DAY.test(flat)) return;
      if (TEXT_KEYS.has(key) || !CODE.test(flat)) out.add(flat);
    } else if (Array.isArray(v)) for (const x of v) visit(x, key);
    else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(value, undefined);
  return out;
}

/** The words the options of a rendering give (the authority's name, the letter's details). */
export function optionWords(options: RenderFamilyDocumentOptions): string[] {
  return [...ownWordsOf({ authority: options.authority, preProceedings: options.preProceedings })];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/** A text as the name resolver quotes it when it is long (shortened with "…"; see src/messages/names.ts). */
function shortened(text: string, max = 80): string | undefined {
  if (text.length <= max) return undefined;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * Takes the case file's own words out of a text (each as a whole, longest first; its first letter
 * in either case, a full stop after it or not, or shortened as the name resolver shortens long
 * quotes), leaving what the catalogue wrote. Gives back what is left and which of the words were
 * found.
 */
export function stripOwnWords(text: string, words: Iterable<string>): { rest: string; found: string[] } {
  let rest = text.replace(/\s+/g, " ");
  const found: string[] = [];
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  for (const w of sorted) {
    const forms = [w, shortened(w)].filter((f): f is string => f !== undefined);
    let hit = false;
    for (const form of forms) {
      const first = form.charAt(0);
      const head = first.toLowerCase() === first.toUpperCase() ? escapeRegExp(first) : `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`;
      const body = form.slice(1).split(/\s+/).map(escapeRegExp).join("\\s+");
      const re = new RegExp(`${BEFORE}${head}${body}\\.?${/[\p{L}\p{N}]$/u.test(form) ? AFTER : ""}`, "gu");
      const next = rest.replace(re, " ");
      if (next !== rest) {
        hit = true;
        rest = next;
      }
    }
    if (hit) found.push(w);
  }
  return { rest, found };
}

/** A plain-language term: the shape both `PlainLanguageTerm` and `JargonTerm` have. */
export interface Term {
  readonly term: string;
  readonly forms: readonly string[];
  readonly acronyms?: readonly string[];
}

/** The terms a text uses: forms as whole words in any case, acronyms as whole words in capitals. */
export function termsIn(text: string, terms: readonly Term[]): string[] {
  const phrase = (f: string): string => f.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  return terms
    .filter((t) => {
      const forms = t.forms.filter((f) => f.trim() !== "").map(phrase);
      const acronyms = (t.acronyms ?? []).filter((f) => f.trim() !== "").map(phrase);
      return (forms.length > 0 && new RegExp(`${BEFORE}(?:${forms.join("|")})${AFTER}`, "iu").test(text)) || (acronyms.length > 0 && new RegExp(`${BEFORE}(?:${acronyms.join("|")})${AFTER}`, "u").test(text));
    })
    .map((t) => t.term);
}

/** Whether `id` appears in `text` as a whole token (not inside a longer id or word), case as written. */
export function containsId(text: string, id: string): boolean {
  return new RegExp(`(^|[^\\w-])${escapeRegExp(id)}($|[^\\w-])`).test(text);
}

/** The words (two letters or more, any script's letters) of a text. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}][\p{L}'’]*[\p{L}]/gu) ?? [];
}
