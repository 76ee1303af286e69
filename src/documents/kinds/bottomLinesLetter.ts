// The bottom-lines letter: what Children's Services needs to see, which bottom lines are in
// place and which are not yet, in plain words and with dates. With `preProceedings`, the letter
// before proceedings: the parts that the Public Law Outline and its guidance ask such a letter
// to hold, in the family's words.
//
// Sources of the letter before proceedings (what each says, what could be confirmed and what
// could not: docs/reference/pre-proceedings-letter.md):
// - Practice Direction 12A of the Family Procedure Rules, "Care, supervision and other Part 4
//   proceedings: guide to case management" (the Public Law Outline): the pre-proceedings stage
//   and the pre-proceedings checklist (para 3.1), whose decision-making records include the
//   letters before proceedings.
// - Department for Education, "Court orders and pre-proceedings: for local authorities"
//   (statutory guidance, April 2014), chapter 2 and its letter before proceedings: the concerns,
//   what the parents must do, the support offered, the timescale, what will happen if things do
//   not change, an invitation to a pre-proceedings meeting, and "take this letter to a
//   solicitor" (free legal advice for parents and others with parental responsibility who
//   receive it); in plain, jargon-free language.
// - Public Law Working Group, "Recommendations to achieve best practice in the child protection
//   and family justice systems: final report" (March 2021), its best practice guidance on
//   "support for and work with families prior to court proceedings" and template letter, and its
//   2023 update: pre-proceedings as "a point of hope", plain language, early legal advice.
// The guidance's and the Working Group's own texts, and their template letters, could not be
// opened in the research for this module: their contents above are as Research in Practice, the
// Family Rights Group and the Working Group's briefing summarise them (see the note).
import { evaluateBottomLines, type BottomLine, type BottomLineResult } from "../../bottom-lines";
import { KinsafeError } from "../../core";
import type { DocumentContext } from "../context";
import type { BuiltDocument } from "../renderFamilyDocument";
import type { DocumentBlock, DocumentListItem, DocumentSection } from "../tree";
import type { PreProceedingsLetterDetails } from "../types";

/** A bottom line set on or before the day, with its index in `caseFile.bottomLines` and its result. */
interface EvaluatedLine {
  readonly line: BottomLine;
  readonly index: number;
  readonly result: BottomLineResult;
}

/** The bottom lines as of the day, evaluated. @internal */
interface Evaluation {
  readonly lines: readonly EvaluatedLine[];
  readonly meetsAll: boolean;
  readonly hasPlan: boolean;
}

/**
 * Evaluates the case's bottom lines as of the document's day: only the bottom lines set on or
 * before it (or with no date), against the maps and plans dated on or before it.
 */
function evaluate(ctx: DocumentContext): Evaluation {
  const { asOf, caseFile } = ctx;
  const set = caseFile.bottomLines.flatMap((line, index) => (line.setOn === undefined || line.setOn <= asOf ? [{ line, index }] : []));
  const view = {
    ...caseFile,
    maps: caseFile.maps.filter((m) => m.date <= asOf),
    plans: caseFile.plans.filter((p) => {
      const start = p.statusHistory[0]?.on;
      return start !== undefined && start <= asOf;
    }),
  };
  const predicates = ctx.options.customPredicates;
  const report = evaluateBottomLines(
    view,
    set.map((s) => s.line),
    { asOf, ...(predicates === undefined ? {} : { customPredicates: predicates }) },
  );
  const lines = set.flatMap((s, i) => {
    const result = report.results[i];
    return result === undefined ? [] : [{ line: s.line, index: s.index, result }];
  });
  return { lines, meetsAll: report.meetsAll, hasPlan: report.plan !== undefined };
}

/** The children of the case by name ("Amy and Ben"). */
function childrenOf(ctx: DocumentContext): string {
  return ctx.list(ctx.caseFile.childIds.map((id, i) => ctx.name(id, ["childIds", i])));
}

/** Where a person is in the case file, for a finding about their name. */
function personPath(ctx: DocumentContext, personId: string): (string | number)[] {
  const i = ctx.caseFile.people.findIndex((p) => p.id === personId);
  return i < 0 ? ["people"] : ["people", i];
}

/** "Dear Kerry and Lee," to the parents; "Dear family," when no parent is recorded. */
function parentsGreeting(ctx: DocumentContext): string {
  const names = [...ctx.parentIds].map((id) => ctx.name(id, personPath(ctx, id)));
  return names.length === 0 ? ctx.t("documents.bottom-lines-letter.greeting.family") : ctx.t("documents.bottom-lines-letter.greeting.named", { names: ctx.list(names) });
}

/** The greeting of the letter for its reader. */
function greeting(ctx: DocumentContext, children: string): string {
  const a = ctx.audience;
  switch (a.kind) {
    case "family":
      return parentsGreeting(ctx);
    case "network-member":
      return ctx.t("documents.bottom-lines-letter.greeting.named", { names: ctx.name(a.personId, personPath(ctx, a.personId)) });
    case "child":
      return ctx.t("documents.bottom-lines-letter.greeting.named", { names: ctx.name(a.childId, personPath(ctx, a.childId)) });
    case "professional":
      return ctx.t("documents.bottom-lines-letter.greeting.professional", { children });
  }
}

/** The statement of a bottom line as written, checked for plain words (once per rendering: `ctx.checkWords`). */
function statementOf(ctx: DocumentContext, e: EvaluatedLine): string {
  ctx.checkWords(e.line.statement, ["bottomLines", e.index, "statement"]);
  return e.line.statement;
}

/** The day of the latest worker's judgement of a bottom line in words, on or before the day. */
function lastCheckedOn(ctx: DocumentContext, line: BottomLine): string | undefined {
  if (line.kind !== "free-text") return undefined;
  let latest: string | undefined;
  for (const j of line.judgements ?? []) if (j.on <= ctx.asOf && (latest === undefined || j.on > latest)) latest = j.on;
  return latest;
}

function item(text: string, details: readonly string[]): DocumentListItem {
  return details.length === 0 ? { text } : { text, details };
}

const GROUPS = [
  { verdict: "met", heading: "documents.bottom-lines-letter.met.heading", intro: "documents.bottom-lines-letter.met.intro" },
  { verdict: "unmet", heading: "documents.bottom-lines-letter.unmet.heading", intro: "documents.bottom-lines-letter.unmet.intro" },
  { verdict: "cannot-tell", heading: "documents.bottom-lines-letter.cannot-tell.heading", intro: "documents.bottom-lines-letter.cannot-tell.intro" },
  { verdict: "covered-by-rule", heading: "documents.bottom-lines-letter.covered.heading", intro: "documents.bottom-lines-letter.covered.intro" },
] as const;

/** The bottom-lines letter for a reader who may see the bottom lines. */
function bottomLinesSections(ctx: DocumentContext, evaluation: Evaluation, children: string): DocumentSection[] {
  const date = ctx.date(ctx.asOf);
  const opening: DocumentBlock[] = [{ type: "paragraph", text: greeting(ctx, children) }];
  const heading = ctx.t("documents.bottom-lines-letter.needs.heading");
  if (evaluation.lines.length === 0) {
    ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["bottomLines"], params: { what: "bottom-lines" } });
    return [{ heading, blocks: [...opening, { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.none") }] }];
  }
  const needs: DocumentListItem[] = evaluation.lines.map((e) => item(statementOf(ctx, e), e.line.setOn === undefined ? [] : [ctx.t("documents.bottom-lines-letter.needs.set-on", { date: ctx.date(e.line.setOn) })]));
  const met = evaluation.lines.filter((e) => e.result.verdict === "met").length;
  const summary = evaluation.meetsAll ? ctx.t("documents.bottom-lines-letter.summary.all", { date }) : ctx.t("documents.bottom-lines-letter.summary.some", { date, met, total: evaluation.lines.length });
  const sections: DocumentSection[] = [
    {
      heading,
      blocks: [
        ...opening,
        { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.needs.intro", { children, date }) },
        { type: "list", items: needs },
        { type: "paragraph", text: summary },
        ...(evaluation.hasPlan ? [] : [{ type: "paragraph" as const, text: ctx.t("documents.bottom-lines-letter.summary.no-plan") }]),
      ],
    },
  ];
  for (const group of GROUPS) {
    const lines = evaluation.lines.filter((e) => e.result.verdict === group.verdict);
    if (lines.length === 0) continue;
    const items = lines.map((e) => {
      const on = lastCheckedOn(ctx, e.line);
      return item(statementOf(ctx, e), on === undefined ? [] : [ctx.t("documents.bottom-lines-letter.checked-on", { date: ctx.date(on) })]);
    });
    sections.push({ heading: ctx.t(group.heading), blocks: [{ type: "paragraph", text: ctx.t(group.intro, { date }) }, { type: "list", items }] });
  }
  return sections;
}

/** The short letter for a reader who may not see the bottom lines (a child, by default). */
function shortSections(ctx: DocumentContext, evaluation: Evaluation, children: string): DocumentSection[] {
  ctx.leftOut("bottom-lines", "sharing-policy", evaluation.lines.length, ["bottomLines"]);
  const text = ctx.audience.kind === "child" ? ctx.t("documents.bottom-lines-letter.short.child") : ctx.t("documents.bottom-lines-letter.short.other");
  return [{ heading: ctx.t("documents.bottom-lines-letter.short.heading"), blocks: [{ type: "paragraph", text: greeting(ctx, children) }, { type: "paragraph", text }] }];
}

/** Why we are worried: what happened (harm) and the danger statements of the current map, where this reader may see them. */
function concernsSection(ctx: DocumentContext): DocumentSection {
  const blocks: DocumentBlock[] = [];
  const current = ctx.map;
  if (current === undefined) {
    ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["maps"], params: { what: "assessment-map" } });
  } else {
    const { map, index } = current;
    const parts = [
      { content: "harm", heading: "documents.bottom-lines-letter.pp.concerns.harm", key: "harm", items: map.harm },
      { content: "dangers", heading: "documents.bottom-lines-letter.pp.concerns.dangers", key: "dangers", items: map.dangers },
    ] as const;
    for (const part of parts) {
      if (part.items.length === 0) continue;
      if (!ctx.shares(part.content)) {
        ctx.leftOut(part.content, "sharing-policy", part.items.length, ["maps", index, part.key]);
        continue;
      }
      const items = part.items.map((s, i) => {
        ctx.checkWords(s.text, ["maps", index, part.key, i, "text"]);
        return { text: s.text };
      });
      blocks.push({ type: "subheading", text: ctx.t(part.heading) }, { type: "list", items });
    }
  }
  if (blocks.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.concerns.none") });
  return { heading: ctx.t("documents.bottom-lines-letter.pp.concerns.heading"), blocks };
}

/** What needs to change: the bottom lines not met yet, then the safety goals, then what is already in place. */
function changeSection(ctx: DocumentContext, evaluation: Evaluation): DocumentSection {
  const blocks: DocumentBlock[] = [];
  if (evaluation.lines.length === 0) {
    ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["bottomLines"], params: { what: "bottom-lines" } });
  } else if (!ctx.shares("bottom-lines")) {
    ctx.leftOut("bottom-lines", "sharing-policy", evaluation.lines.length, ["bottomLines"]);
  } else {
    const notMet = evaluation.lines.filter((e) => e.result.verdict !== "met");
    if (notMet.length > 0) blocks.push({ type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.change.intro") }, { type: "list", items: notMet.map((e) => ({ text: statementOf(ctx, e) })) });
  }
  const current = ctx.map;
  if (current !== undefined && current.map.goals.length > 0) {
    if (ctx.shares("goals")) {
      const items = current.map.goals.map((g, i) => {
        ctx.checkWords(g.text, ["maps", current.index, "goals", i, "text"]);
        return { text: g.text };
      });
      blocks.push({ type: "subheading", text: ctx.t("documents.bottom-lines-letter.pp.change.goals") }, { type: "list", items });
    } else ctx.leftOut("goals", "sharing-policy", current.map.goals.length, ["maps", current.index, "goals"]);
  }
  if (ctx.shares("bottom-lines")) {
    const met = evaluation.lines.filter((e) => e.result.verdict === "met");
    if (met.length > 0) blocks.push({ type: "subheading", text: ctx.t("documents.bottom-lines-letter.pp.change.in-place") }, { type: "list", items: met.map((e) => ({ text: statementOf(ctx, e) })) });
  }
  if (blocks.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.change.none") });
  return { heading: ctx.t("documents.bottom-lines-letter.pp.change.heading"), blocks };
}

/** The letter before proceedings, to the parents (the family's copy, or a professional's copy of it). */
function preProceedingsSections(ctx: DocumentContext, evaluation: Evaluation, details: PreProceedingsLetterDetails, children: string): DocumentSection[] {
  const by = ctx.date(details.changesBy);
  const advice: DocumentSection = {
    heading: ctx.t("documents.bottom-lines-letter.pp.advice.heading"),
    blocks: [
      { type: "paragraph", text: parentsGreeting(ctx) },
      { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.intro.worried", { children }) },
      { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.intro.court", { children }) },
      { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.intro.work") },
      { type: "note", text: ctx.t("documents.bottom-lines-letter.pp.advice.free") },
      { type: "note", text: ctx.t("documents.bottom-lines-letter.pp.advice.legal-aid") },
      { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.advice.take") },
      {
        type: "paragraph",
        text: details.findASolicitor === undefined ? ctx.t("documents.bottom-lines-letter.pp.advice.find.default") : ctx.t("documents.bottom-lines-letter.pp.advice.find", { where: details.findASolicitor }),
      },
    ],
  };
  const support: DocumentSection = {
    heading: ctx.t("documents.bottom-lines-letter.pp.support.heading"),
    blocks: [
      { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.support.intro") },
      {
        type: "list",
        items: details.supportOffered.map((s, i) => {
          ctx.checkWords(s, ["preProceedings", "supportOffered", i]);
          return { text: s };
        }),
      },
    ],
  };
  const meeting = details.meeting;
  const meetingText =
    meeting === undefined
      ? ctx.t("documents.bottom-lines-letter.pp.meeting.none")
      : meeting.time === undefined
        ? ctx.t("documents.bottom-lines-letter.pp.meeting.when.no-time", { date: ctx.date(meeting.date), place: meeting.place })
        : ctx.t("documents.bottom-lines-letter.pp.meeting.when", { date: ctx.date(meeting.date), time: meeting.time, place: meeting.place });
  return [
    advice,
    concernsSection(ctx),
    changeSection(ctx, evaluation),
    support,
    { heading: ctx.t("documents.bottom-lines-letter.pp.timescale.heading"), blocks: [{ type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.timescale.text", { date: by }) }] },
    {
      heading: ctx.t("documents.bottom-lines-letter.pp.next.heading"),
      blocks: [
        { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.next.court", { date: by, children }) },
        { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.next.urgent", { children }) },
      ],
    },
    { heading: ctx.t("documents.bottom-lines-letter.pp.meeting.heading"), blocks: [{ type: "paragraph", text: meetingText }, { type: "paragraph", text: ctx.t("documents.bottom-lines-letter.pp.meeting.bring") }] },
  ];
}

/**
 * Builds the bottom-lines letter (`kind: "bottom-lines-letter"`): the case's bottom lines set on
 * or before the day, evaluated with `evaluateBottomLines` as of the day (with
 * `options.customPredicates`), in a letter to the reader ("Dear Kerry and Lee," for the family;
 * the member's name for a network member). It lists what Children's Services needs to see (each
 * bottom line as written, with the day it was set), then what is in place, what is not in place
 * yet, what cannot be told yet and what the plan covers but nobody has checked yet: plain words,
 * never the verdicts' codes. It says that everything is in place only when the evaluation's
 * `meetsAll` is true. With no bottom lines set it says so (`documents/nothing-to-show`).
 *
 * The bottom lines are shown only to a reader the sharing policy lets see `bottom-lines` (by
 * default the family, a network member and professionals); any other reader (a child, by
 * default) gets a short letter and a `documents/left-out` finding.
 *
 * With `options.preProceedings` it is the letter before proceedings, written to the parents
 * (the family's copy, or a professional's copy of it): first and prominently, the right to free
 * independent legal advice (legal aid without a means test for parents who receive the letter;
 * take the letter to a solicitor; where to find one); why we are worried (what happened and the
 * danger statements of the current map, where shared); what needs to change (the bottom lines not
 * met yet, and the safety goals); the help offered; the day by which the changes must be seen;
 * what will happen if things do not change (Children's Services may ask the family court for an
 * order); and the meeting. Its parts follow Practice Direction 12A (the Public Law Outline), the
 * DfE statutory guidance "Court orders and pre-proceedings" (April 2014) and the Public Law
 * Working Group's best practice guidance (2021, updated 2023); see
 * docs/reference/pre-proceedings-letter.md. The letter itself never names the outline by its
 * initials.
 *
 * @param ctx - The document context.
 * @returns The letter's title and sections.
 * @throws `KinsafeError` (from `kinsafe`) `invalid-argument` when `preProceedings` is given for a child or a
 *   network member: a letter before proceedings is written to the parents.
 *
 * @example
 * {@includeCode ../../../tests/documents/bottomLinesLetter.test.ts#letter}
 *
 * @internal
 */
export function buildBottomLinesLetter(ctx: DocumentContext): BuiltDocument {
  const children = childrenOf(ctx);
  const evaluation = evaluate(ctx);
  const details = ctx.options.preProceedings;
  if (details !== undefined) {
    if (ctx.audience.kind === "child" || ctx.audience.kind === "network-member") {
      const message = `A letter before proceedings is written to the parents: render it for the "family" or a "professional" reader, not a ${ctx.audience.kind}.`;
      throw new KinsafeError("invalid-argument", message, [{ path: ["preProceedings"], rule: "documents/pre-proceedings-reader", message }]);
    }
    return { title: ctx.t("documents.bottom-lines-letter.pp.title", { children }), sections: preProceedingsSections(ctx, evaluation, details, children) };
  }
  const sections = ctx.shares("bottom-lines") ? bottomLinesSections(ctx, evaluation, children) : shortSections(ctx, evaluation, children);
  return { title: ctx.t("documents.bottom-lines-letter.title", { children }), sections };
}
