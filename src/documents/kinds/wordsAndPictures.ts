// The Words and Pictures story (Susie Essex, with Andrew Turnell; domain specification 4.4): the
// adults' explanation to the children, in the family's words, page by page, each page with a
// place for its drawing. One page per section, so that each starts a new page in print.
import { mayShareWith, type WordsAndPicturesHeading, type WordsAndPicturesRecord } from "../../child-voice";
import type { PersonId } from "../../core";
import type { DocumentContext } from "../context";
import type { LeftOutReason } from "../findingCodes";
import type { DocumentTextKey } from "../messages.en";
import type { BuiltDocument } from "../renderFamilyDocument";
import type { DocumentBlock, DocumentSection } from "../tree";

/** A story as read: its current version as of the day, with its index in `caseFile.childVoice`. */
interface Story {
  readonly record: WordsAndPicturesRecord;
  readonly index: number;
}

const HEADINGS: Readonly<Record<WordsAndPicturesHeading, DocumentTextKey>> = {
  title: "documents.words-and-pictures.heading.title",
  "who-is-worried": "documents.words-and-pictures.heading.who-is-worried",
  "what-worried-about": "documents.words-and-pictures.heading.what-worried-about",
  "what-happened-then": "documents.words-and-pictures.heading.what-happened-then",
  "what-we-are-doing": "documents.words-and-pictures.heading.what-we-are-doing",
  "safety-plan-rule": "documents.words-and-pictures.heading.safety-plan-rule",
  other: "documents.words-and-pictures.heading.other",
};

const PURPOSES: Readonly<Record<WordsAndPicturesRecord["purpose"], DocumentTextKey>> = {
  "why-involved": "documents.words-and-pictures.purpose.why-involved",
  "safety-plan": "documents.words-and-pictures.purpose.safety-plan",
  "why-not-at-home": "documents.words-and-pictures.purpose.why-not-at-home",
};

/**
 * The current version of each story as of the day: of the records of one chain (linked by
 * `previousVersionId`) dated on or before the day, the highest `version`. In date order.
 */
function currentStories(ctx: DocumentContext): Story[] {
  const records = ctx.caseFile.childVoice;
  const byId = new Map(records.map((r) => [r.id as string, r]));
  const rootOf = (record: WordsAndPicturesRecord): string => {
    let current = record;
    const seen = new Set<string>();
    while (current.previousVersionId !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      const previous = byId.get(current.previousVersionId);
      if (previous?.tool !== "words-and-pictures") break;
      current = previous;
    }
    return current.id;
  };
  const best = new Map<string, Story>();
  records.forEach((record, index) => {
    if (record.tool !== "words-and-pictures" || record.date > ctx.asOf) return;
    const root = rootOf(record);
    const held = best.get(root);
    if (held === undefined || record.version > held.record.version || (record.version === held.record.version && record.date >= held.record.date)) best.set(root, { record, index });
  });
  return [...best.values()].sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.index - b.index));
}

/** Whether a story is written for a child: filed under them, or one of its audiences. */
function isFor(record: WordsAndPicturesRecord, childId: string): boolean {
  return record.childId === childId || record.audiences.includes(childId as PersonId);
}

/** Whether this reader may be given the story (see {@link buildWordsAndPictures}). */
function mayShow(ctx: DocumentContext, record: WordsAndPicturesRecord): { readonly allowed: true } | { readonly allowed: false; readonly reason: LeftOutReason } {
  const a = ctx.audience;
  if (a.kind === "professional") return { allowed: true };
  if (a.kind === "child") return isFor(record, a.childId) ? { allowed: true } : { allowed: false, reason: "another-child" };
  if (!ctx.shares("child-voice")) return { allowed: false, reason: "sharing-policy" };
  const readers = a.kind === "family" ? [...ctx.parentIds] : [a.personId];
  if (record.consent.child.limits?.onlyWith !== undefined && readers.length === 0) return { allowed: false, reason: "child-limits" };
  return readers.every((id) => mayShareWith(record, id as PersonId)) ? { allowed: true } : { allowed: false, reason: "child-limits" };
}

/** The pages of one story as sections, in page order; the first says who wrote it. */
function storySections(ctx: DocumentContext, story: Story): DocumentSection[] {
  const { record, index } = story;
  const children = namesOf(ctx, ctx.caseFile.childIds.filter((id) => isFor(record, id)));
  const pages = record.pages.map((page, i) => ({ page, i })).sort((a, b) => a.page.number - b.page.number);
  const authors = record.authoredWith.map((id, j) => ctx.name(id, ["childVoice", index, "authoredWith", j]));
  const worker = ctx.name(record.facilitatorId, ["childVoice", index, "facilitatorId"]);
  const date = ctx.date(record.date);
  const written = authors.length === 0 ? ctx.t("documents.words-and-pictures.written-by", { worker, date }) : ctx.t("documents.words-and-pictures.written-with", { authors: ctx.list(authors), worker, date });
  return pages.map(({ page, i }, k) => {
    ctx.checkWords(page.text, ["childVoice", index, "pages", i, "text"]);
    const drawing: DocumentBlock =
      page.drawingRef === undefined ? { type: "drawing", label: ctx.t("documents.words-and-pictures.drawing.empty") } : { type: "drawing", label: ctx.t("documents.words-and-pictures.drawing.stored"), ref: page.drawingRef };
    const first = k === 0;
    const blocks: DocumentBlock[] = [
      { type: "paragraph", text: page.text },
      ...(first ? [{ type: "paragraph" as const, text: ctx.t(PURPOSES[record.purpose], { children }) }] : []),
      drawing,
      ...(first ? [{ type: "note" as const, text: written }] : []),
    ];
    return { heading: ctx.t("documents.words-and-pictures.page", { number: page.number, heading: ctx.t(HEADINGS[page.heading ?? "other"]) }), blocks };
  });
}

/** Children of the case by name, in the case's order ("Amy and Ben"); all of them when `ids` is empty. */
function namesOf(ctx: DocumentContext, ids: readonly string[]): string {
  const all = ctx.caseFile.childIds;
  return ctx.list((ids.length === 0 ? all : ids).map((id) => ctx.name(id, ["childIds", all.indexOf(id as PersonId)])));
}

/** The children a set of stories is for, by name: the child reader, or the children of the stories. */
function childrenOf(ctx: DocumentContext, stories: readonly Story[]): string {
  if (ctx.audience.kind === "child") return ctx.name(ctx.audience.childId, ["childIds"]);
  return namesOf(ctx, ctx.caseFile.childIds.filter((id) => stories.some((s) => isFor(s.record, id))));
}

/**
 * Builds the Words and Pictures story (`kind: "words-and-pictures"`): every story of the case
 * (child-voice records with `tool: "words-and-pictures"`) in its current version as of the day
 * (the highest `version` of each chain among the versions dated on or before it), for the child
 * (`audience.childId`, or `options.childId`: the stories filed under that child or with the child
 * among their `audiences`; for a family, network or professional reader without a child, every
 * story), in date order. Each page is a section, in the order of its `number`, so that each
 * prints on its own page: the page's heading in words ("Page 2: Who is worried"), the story's
 * own words, and a place for the drawing ("Draw here", or the stored drawing's reference). The
 * first page of a story says what it is about and who wrote it with whom (`authoredWith` and
 * the worker). No story: a plain section and `documents/nothing-to-show`.
 *
 * Sharing. A Words and Pictures story is a child-voice record, but it is not the child's voice:
 * the parents and the worker write it *for* the children and their network (Essex and Turnell;
 * `childTookPart` is false for it). The consent test of a child's own words (`ctx.childVoice`)
 * would hide the parents' own story from them when a young child cannot consent, so it is not
 * used. Instead:
 *
 * - a professional sees every story;
 * - a child sees the stories written for them (filed under them or among the `audiences`);
 *   a story only for a brother or sister is left out (`another-child`);
 * - the family and a network member see a story when the sharing policy shows them
 *   `child-voice` (the records of the children's work), and the child's limits do not exclude
 *   them: `mayShareWith` for each reader (the parents; the member), so a child's "not Daddy" is
 *   kept. Otherwise it is left out (`sharing-policy` or `child-limits`).
 *
 * The story is shown whole, worries included: it is the way the worries are told to the children
 * and the network, which is why the default policy shows no harm statements to a child or a
 * network member and still gives them the story.
 *
 * @param ctx - The document context.
 * @returns The story's title and one section per page.
 *
 * @example
 * {@includeCode ../../../tests/documents/wordsAndPictures.test.ts#story}
 *
 * @internal
 */
export function buildWordsAndPictures(ctx: DocumentContext): BuiltDocument {
  const a = ctx.audience;
  const childId = a.kind === "child" ? undefined : ctx.options.childId;
  const stories = currentStories(ctx).filter((s) => childId === undefined || isFor(s.record, childId));
  const shown: Story[] = [];
  for (const story of stories) {
    const decision = mayShow(ctx, story.record);
    if (decision.allowed) shown.push(story);
    else ctx.leftOut("child-voice", decision.reason, 1, ["childVoice", story.index]);
  }
  const children = childrenOf(ctx, shown.length === 0 ? stories : shown);
  const title = ctx.t("documents.words-and-pictures.title", { count: Math.max(shown.length, 1), children });
  const sections: DocumentSection[] = [];
  for (const story of shown) {
    if (story.record.pages.length === 0) ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["childVoice", story.index, "pages"], params: { what: "words-and-pictures-pages" } });
    sections.push(...storySections(ctx, story));
  }
  if (sections.length > 0) return { title, sections };
  const storyForReader = a.kind === "child" ? stories.some((s) => isFor(s.record, a.childId)) : stories.length > 0;
  if (!storyForReader) ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["childVoice"], params: { what: "words-and-pictures" } });
  const text = storyForReader && shown.length === 0 ? ctx.t("documents.words-and-pictures.withheld") : ctx.t("documents.words-and-pictures.none");
  return { title, sections: [{ heading: ctx.t("documents.words-and-pictures.none.heading"), blocks: [{ type: "paragraph", text }] }] };
}
