// The assessment map written for a family and each reader: what we are worried about, what is
// working well, what we are not sure about yet, what needs to happen, where each person puts
// things on the safety scale, and the worker's judgement with the family's view. Each part is
// shown only where the sharing policy lets this reader see it; what is not shown is reported
// with `ctx.leftOut`. Every view is attributed to the person who holds it.
import type { AssessmentMap, Position, SafetyScale, ScaleJudgement } from "../../assessment";
import type { DocumentContext } from "../context";
import type { BuiltDocument } from "../renderFamilyDocument";
import type { SharedContent } from "../sharing";
import type { DocumentBlock, DocumentListItem, DocumentSection } from "../tree";

type Path = readonly (string | number)[];

/** The lists of a map the document reads, by their key in the map. */
type MapList = "harm" | "dangers" | "complicatingFactors" | "greyAreas" | "strengths" | "existingSafety" | "goals" | "nextSteps" | "scales";

/**
 * Builds the `assessment-map` document from the map current as of the document's date
 * (`ctx.map`). The parts, in order, each as the sharing policy allows for the reader:
 *
 * 1. what we are worried about (`dangers`: the danger statements, who is worried, who does not
 *    agree and each person's view), what happened (`harm`, with dates in words) and what makes
 *    things harder (`complicating-factors`);
 * 2. what is working well (`strengths`, with who does it and who has seen it; `existing-safety`,
 *    with who and since when);
 * 3. what we are not sure about yet (`grey-areas`, with what to find out);
 * 4. what needs to happen (`goals`: the goal, who, what they will do, for how long, who will
 *    check; `next-steps`: what, who, by when, how it is going);
 * 5. where people put things on the safety scale (`scales`): for each scale, what 10 and 0 mean
 *    and a table of each person's latest score as of the date with their reason; a child's
 *    score reaches a reader other than a professional only as the child's own words do (the
 *    consent of the child's latest child-voice record, through `ctx.childVoice`);
 * 6. what the social worker thinks and what the family thinks (`worker-analysis`).
 *
 * A part the reader may not see is left out with a `documents/left-out` finding counting its
 * items; a section with nothing the reader may see is left out whole. Empty lists are said in
 * plain words. With no map as of the date, one short section says so, with a
 * `documents/nothing-to-show` finding (`params.what: "assessment-map"`). The worker's words shown (danger
 * and harm statements, goals, strengths, next steps, scale questions and anchors, the worker's
 * judgement) go through `ctx.checkWords` with their path in the case file; people's own views
 * (positions, scores' reasons, the family's view) are quoted as they are, and not checked.
 *
 * @param ctx - The context of the rendering.
 * @returns The title and sections of the document.
 *
 * @example
 * {@includeCode ../../../tests/documents/assessmentMap.test.ts#docs-example}
 *
 * @internal
 */
export function buildAssessmentMapDocument(ctx: DocumentContext): BuiltDocument {
  const current = ctx.map;
  if (current === undefined) return noMap(ctx);
  const { map, index } = current;
  const at = (...rest: (string | number)[]): Path => ["maps", index, ...rest];
  const children = ctx.list(map.childIds.map((id, i) => ctx.name(id, at("childIds", i))));

  /** Whether the reader may see `content`; if not, the items of `list` are reported as left out. */
  const shown = (content: SharedContent, count: number, list: MapList | "analysis"): boolean => {
    if (ctx.shares(content)) return true;
    ctx.leftOut(content, "sharing-policy", count, at(list));
    return false;
  };
  /** The worker's words, checked and given back. */
  const words = (text: string, ...path: (string | number)[]): string => {
    ctx.checkWords(text, at(...path));
    return text;
  };
  const names = (ids: readonly string[], ...path: (string | number)[]): string => ctx.list(ids.map((id, j) => ctx.name(id, at(...path, j))));
  const says = (p: Position, path: Path): string => ctx.t("documents.assessment-map.says", { name: positionHolder(ctx, p, path), view: p.view });
  const listOrNone = (items: readonly DocumentListItem[], none: Parameters<DocumentContext["t"]>[0], ordered = false): DocumentBlock =>
    items.length === 0 ? { type: "paragraph", text: ctx.t(none) } : { type: "list", ordered, items };

  const sections: DocumentSection[] = [];

  // 1. What we are worried about.
  {
    const blocks: DocumentBlock[] = [];
    if (shown("dangers", map.dangers.length, "dangers")) {
      if (map.dangers.length > 0) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.worries.intro", { children }) });
      const items = map.dangers.map((d, i): DocumentListItem => {
        const details: string[] = [];
        if (d.worriedParties.length > 0) details.push(ctx.t("documents.assessment-map.worries.who", { who: ctx.list(d.worriedParties) }));
        if (d.disputedBy.length > 0) details.push(ctx.t("documents.assessment-map.worries.disputed", { who: ctx.list(d.disputedBy) }));
        d.positions.forEach((p, k) => details.push(says(p, at("dangers", i, "positions", k, "personId"))));
        return { text: words(d.text, "dangers", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.worries.none", true));
    }
    if (shown("harm", map.harm.length, "harm")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.harm.heading") });
      const items = map.harm.map((h, i): DocumentListItem => {
        const details: string[] = [];
        const when = h.when;
        if (when?.on !== undefined) details.push(ctx.t("documents.assessment-map.harm.on", { date: ctx.date(when.on) }));
        else if (when?.from !== undefined && when.to !== undefined) details.push(ctx.t("documents.assessment-map.harm.between", { from: ctx.date(when.from), to: ctx.date(when.to) }));
        else if (when?.from !== undefined) details.push(ctx.t("documents.assessment-map.harm.since", { from: ctx.date(when.from) }));
        else if (when?.to !== undefined) details.push(ctx.t("documents.assessment-map.harm.until", { to: ctx.date(when.to) }));
        if (when?.pattern !== undefined) details.push(ctx.t("documents.assessment-map.harm.pattern", { pattern: words(when.pattern, "harm", i, "when", "pattern") }));
        if (h.source !== undefined) details.push(ctx.t("documents.assessment-map.harm.source", { source: h.source }));
        details.push(ctx.t("documents.assessment-map.harm.status", { status: h.status }));
        h.positions.forEach((p, k) => details.push(says(p, at("harm", i, "positions", k, "personId"))));
        return { text: words(h.text, "harm", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.harm.none"));
    }
    if (shown("complicating-factors", map.complicatingFactors.length, "complicatingFactors")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.complicating.heading") });
      const items = map.complicatingFactors.map((c, i): DocumentListItem => ({ text: words(c.text, "complicatingFactors", i, "text") }));
      blocks.push(listOrNone(items, "documents.assessment-map.complicating.none"));
    }
    if (blocks.length > 0) sections.push({ heading: ctx.t("documents.assessment-map.worries.heading"), blocks });
  }

  // 2. What is working well.
  {
    const blocks: DocumentBlock[] = [];
    if (shown("strengths", map.strengths.length, "strengths")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.strengths.heading") });
      const items = map.strengths.map((s, i): DocumentListItem => {
        const details: string[] = [];
        if (s.personIds.length > 0) details.push(ctx.t("documents.assessment-map.strengths.who", { who: names(s.personIds, "strengths", i, "personIds") }));
        if (s.observedBy.length > 0) details.push(ctx.t("documents.assessment-map.seen-by", { who: ctx.list(s.observedBy) }));
        return { text: words(s.text, "strengths", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.strengths.none"));
    }
    if (shown("existing-safety", map.existingSafety.length, "existingSafety")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.safety.heading", { children }) });
      const items = map.existingSafety.map((e, i): DocumentListItem => {
        const details: string[] = [];
        if (e.actorIds.length > 0) details.push(ctx.t("documents.assessment-map.safety.who", { who: names(e.actorIds, "existingSafety", i, "actorIds") }));
        if (e.demonstratedSince !== undefined && e.demonstratedSince <= ctx.asOf) details.push(ctx.t("documents.assessment-map.safety.since", { date: ctx.date(e.demonstratedSince) }));
        if (e.observedBy.length > 0) details.push(ctx.t("documents.assessment-map.seen-by", { who: ctx.list(e.observedBy) }));
        return { text: words(e.text, "existingSafety", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.safety.none"));
    }
    if (blocks.length > 0) sections.push({ heading: ctx.t("documents.assessment-map.working.heading"), blocks });
  }

  // 3. What we are not sure about yet.
  if (shown("grey-areas", map.greyAreas.length, "greyAreas")) {
    const items = map.greyAreas.map((g, i): DocumentListItem => {
      const details: string[] = [];
      if (g.raisedBy !== undefined) details.push(ctx.t("documents.assessment-map.grey.raised-by", { who: g.raisedBy }));
      if (g.toFindOut !== undefined) details.push(ctx.t("documents.assessment-map.grey.find-out", { text: words(g.toFindOut, "greyAreas", i, "toFindOut") }));
      return { text: words(g.text, "greyAreas", i, "text"), details };
    });
    sections.push({ heading: ctx.t("documents.assessment-map.grey.heading"), blocks: [listOrNone(items, "documents.assessment-map.grey.none")] });
  }

  // 4. What needs to happen.
  {
    const blocks: DocumentBlock[] = [];
    if (shown("goals", map.goals.length, "goals")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.goals.heading") });
      const items = map.goals.map((g, i): DocumentListItem => {
        const details: string[] = [];
        if (g.owner === "family") details.push(ctx.t("documents.assessment-map.goal.family-own"));
        if (g.who.length > 0) details.push(ctx.t("documents.assessment-map.goal.who", { who: ctx.list(g.who) }));
        if (g.protectiveBehaviours.length > 0) {
          const behaviours = g.protectiveBehaviours.map((b, k) => words(b, "goals", i, "protectiveBehaviours", k));
          details.push(ctx.t("documents.assessment-map.goal.behaviours", { behaviours: ctx.list(behaviours) }));
        }
        if (g.childExperience !== undefined) details.push(ctx.t("documents.assessment-map.goal.child", { text: words(g.childExperience, "goals", i, "childExperience") }));
        if (g.sustainFor !== undefined) details.push(ctx.t("documents.assessment-map.goal.sustain", { unit: g.sustainFor.unit, amount: g.sustainFor.amount }));
        if (g.monitoredBy.length > 0) details.push(ctx.t("documents.assessment-map.goal.checked-by", { who: ctx.list(g.monitoredBy) }));
        return { text: words(g.text, "goals", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.goals.none"));
    }
    if (shown("next-steps", map.nextSteps.length, "nextSteps")) {
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.steps.heading") });
      const items = map.nextSteps.map((n, i): DocumentListItem => {
        const details: string[] = [];
        const who = n.ownerId !== undefined && (n.ownerName === undefined || ctx.people.has(n.ownerId)) ? ctx.name(n.ownerId, at("nextSteps", i, "ownerId")) : n.ownerName;
        if (who !== undefined) details.push(ctx.t("documents.assessment-map.step.who", { who }));
        if (n.due !== undefined) details.push(ctx.t("documents.assessment-map.step.due", { date: ctx.date(n.due) }));
        details.push(ctx.t("documents.assessment-map.step.status", { status: n.status }));
        return { text: words(n.text, "nextSteps", i, "text"), details };
      });
      blocks.push(listOrNone(items, "documents.assessment-map.steps.none"));
    }
    if (blocks.length > 0) sections.push({ heading: ctx.t("documents.assessment-map.needs.heading"), blocks });
  }

  // 5. Where people put things on the safety scale.
  if (shown("scales", map.scales.length, "scales")) {
    const blocks: DocumentBlock[] = [];
    if (map.scales.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scales.none") });
    else blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scales.intro") });
    map.scales.forEach((scale, i) => blocks.push(...scaleBlocks(ctx, map, scale, i, words)));
    sections.push({ heading: ctx.t("documents.assessment-map.scales.heading"), blocks });
  }

  // 6. What the social worker thinks, and what the family thinks.
  {
    const worker = map.analysis?.worker !== undefined && (map.analysis.worker.on === undefined || map.analysis.worker.on <= ctx.asOf) ? map.analysis.worker : undefined;
    const family = map.analysis?.family ?? [];
    const parentViews = (map.parentsAndCarers ?? []).map((p, k) => ({ p, k })).filter(({ p }) => p.view !== undefined);
    if (shown("worker-analysis", (worker === undefined ? 0 : 1) + family.length + parentViews.length, "analysis")) {
      const blocks: DocumentBlock[] = [];
      if (worker === undefined) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.analysis.none") });
      else {
        const author = worker.authorId === undefined ? undefined : ctx.name(worker.authorId, at("analysis", "worker", "authorId"));
        const by = author === undefined ? undefined : worker.on === undefined ? author : ctx.t("documents.assessment-map.analysis.by", { name: author, date: ctx.date(worker.on) });
        blocks.push({ type: "quote", text: words(worker.text, "analysis", "worker", "text"), ...(by === undefined ? {} : { by }) });
        const lines: DocumentListItem[] = [];
        if (worker.danger !== undefined) lines.push({ text: ctx.t("documents.assessment-map.analysis.danger", { text: words(worker.danger, "analysis", "worker", "danger") }) });
        if (worker.safety !== undefined) lines.push({ text: ctx.t("documents.assessment-map.analysis.safety", { text: words(worker.safety, "analysis", "worker", "safety") }) });
        if (worker.decision !== undefined) lines.push({ text: ctx.t("documents.assessment-map.analysis.decision", { text: words(worker.decision, "analysis", "worker", "decision") }) });
        if (lines.length > 0) blocks.push({ type: "list", items: lines });
      }
      blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.family-view.heading") });
      const quotes: DocumentBlock[] = [
        ...parentViews.map(({ p, k }): DocumentBlock => ({ type: "quote", text: p.view ?? "", by: ctx.name(p.personId, at("parentsAndCarers", k, "personId")) })),
        ...family.map((p, k): DocumentBlock => ({ type: "quote", text: p.view, by: positionHolder(ctx, p, at("analysis", "family", k, "personId")) })),
      ];
      blocks.push(...(quotes.length === 0 ? [{ type: "paragraph", text: ctx.t("documents.assessment-map.family-view.none") } as const] : quotes));
      sections.push({ heading: ctx.t("documents.assessment-map.analysis.heading"), blocks });
    }
  }

  // Who the map is about, and when and with whom it was made, opens the first part shown.
  const people = map.participants.map((p, i) => ctx.name(p.personId, at("participants", i, "personId")));
  const date = ctx.date(map.date);
  const intro: DocumentBlock = {
    type: "paragraph",
    text: people.length === 0 ? ctx.t("documents.assessment-map.intro", { children, date }) : ctx.t("documents.assessment-map.intro.with", { children, date, people: ctx.list(people) }),
  };
  const first = sections[0];
  if (first === undefined) sections.push({ heading: ctx.t("documents.assessment-map.no-map.heading"), blocks: [intro] });
  else sections[0] = { ...first, blocks: [intro, ...first.blocks] };
  return { title: ctx.t("documents.assessment-map.title", { variant: map.variant }), sections };
}

/** The one section of a document written before there is a map. */
function noMap(ctx: DocumentContext): BuiltDocument {
  ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["maps"], params: { what: "assessment-map" } });
  const children = ctx.list(ctx.caseFile.childIds.map((id, i) => ctx.name(id, ["childIds", i])));
  return {
    title: ctx.t("documents.assessment-map.title", { variant: "safety" }),
    sections: [{ heading: ctx.t("documents.assessment-map.no-map.heading"), blocks: [{ type: "paragraph", text: ctx.t("documents.assessment-map.no-map.text", { children }) }] }],
  };
}

/** Who holds a view: the person's name when the position names someone in the case, else the name or role written. */
function positionHolder(ctx: DocumentContext, p: Position, path: Path): string {
  return p.personId !== undefined && ctx.people.has(p.personId) ? ctx.name(p.personId, path) : p.heldBy;
}

/**
 * Each rater's latest judgement on a scale as of the day (a later one the same day wins), in the
 * order the raters first appear; with each judgement's index in the scale.
 */
function latestJudgements(scale: SafetyScale, asOf: string): readonly { readonly j: ScaleJudgement; readonly k: number }[] {
  const latest = new Map<string, { j: ScaleJudgement; k: number }>();
  scale.judgements.forEach((j, k) => {
    if (j.on > asOf) return;
    const key = j.raterId !== undefined ? `id:${j.raterId}` : j.raterName !== undefined ? `name:${j.raterName}` : j.raterRole !== undefined ? `role:${j.raterRole}` : `judgement:${j.id}`;
    const previous = latest.get(key);
    if (previous === undefined || previous.j.on <= j.on) latest.set(key, { j, k });
  });
  return [...latest.values()];
}

/** The blocks of one scale: which worry, the question, what 10 and 0 mean, and each person's score. */
function scaleBlocks(ctx: DocumentContext, map: AssessmentMap, scale: SafetyScale, i: number, words: (text: string, ...path: (string | number)[]) => string): DocumentBlock[] {
  const index = ctx.map?.index ?? 0;
  const blocks: DocumentBlock[] = [];
  const subject = scale.subject;
  const d = subject.kind === "danger" ? map.dangers.findIndex((x) => x.id === subject.dangerId) : -1;
  const danger = map.dangers[d];
  if (danger === undefined) blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.scale.overall") });
  else {
    // "Worry 2" is the second worry in the list of worries.
    blocks.push({ type: "subheading", text: ctx.t("documents.assessment-map.scale.worry", { number: d + 1 }) });
    // The worry's words are checked where the list of worries shows them.
    if (ctx.shares("dangers")) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scale.worry-text", { text: danger.text }) });
  }
  if (scale.question !== undefined) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scale.question", { question: words(scale.question, "scales", i, "question") }) });
  const anchors = scale.anchors;
  if (anchors !== undefined && /\S/.test(anchors.ten) && /\S/.test(anchors.zero)) {
    blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scale.anchors", { ten: words(anchors.ten, "scales", i, "anchors", "ten"), zero: words(anchors.zero, "scales", i, "anchors", "zero") }) });
  } else blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scale.anchors.default", { polarity: scale.polarity }) });

  const rows: string[][] = [];
  for (const { j, k } of latestJudgements(scale, ctx.asOf)) {
    const path: Path = ["maps", index, "scales", i, "judgements", k];
    if (!childScoreShown(ctx, j, path)) continue;
    const who = j.raterId !== undefined ? ctx.name(j.raterId, [...path, "raterId"]) : (j.raterName ?? ctx.t("documents.assessment-map.role", { role: j.raterRole ?? "other" }));
    rows.push([who, ctx.t("documents.assessment-map.scale.score", { value: j.value }), j.reason ?? ctx.t("documents.assessment-map.scale.no-reason"), ctx.date(j.on)]);
  }
  if (rows.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.assessment-map.scale.no-judgements") });
  else {
    blocks.push({
      type: "table",
      caption: ctx.t("documents.assessment-map.scale.caption"),
      head: [ctx.t("documents.assessment-map.scale.head.who"), ctx.t("documents.assessment-map.scale.head.score"), ctx.t("documents.assessment-map.scale.head.why"), ctx.t("documents.assessment-map.scale.head.when")],
      rows,
    });
  }
  return blocks;
}

/**
 * Whether a score may be shown to the reader. A child's score is the child's own words: a
 * professional sees it, a child sees only their own, and anyone else only as the consent of the
 * child's latest child-voice record as of the date allows (none: left out for want of consent).
 * Anyone else's score is shown.
 */
function childScoreShown(ctx: DocumentContext, j: ScaleJudgement, path: Path): boolean {
  const childId = j.raterId !== undefined && ctx.caseFile.childIds.includes(j.raterId) ? (j.raterId as string) : undefined;
  if ((childId === undefined && j.raterRole !== "child") || ctx.audience.kind === "professional") return true;
  if (ctx.audience.kind === "child") {
    if (childId === ctx.audience.childId) return true;
    ctx.leftOut("child-voice", "another-child", 1, path);
    return false;
  }
  const records = ctx.caseFile.childVoice.filter((r) => childId !== undefined && r.childId === childId && r.date <= ctx.asOf);
  const latest = records.reduce<(typeof records)[number] | undefined>((best, r) => (best === undefined || r.date >= best.date ? r : best), undefined);
  const decision = latest === undefined ? ({ allowed: false, reason: "child-consent" } as const) : ctx.childVoice(latest);
  if (decision.allowed) return true;
  ctx.leftOut("child-voice", decision.reason, 1, path);
  return false;
}
