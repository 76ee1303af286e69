// The briefing of a safety network member: why we ask for their help, what everyone is worried
// about, their part in the safety plan, and what changed since they were last told (from
// describeAssessmentMapChanges). For a reader who is not a member (the family, a professional),
// the same briefing in general terms: who is in the network, the whole plan, and who has been
// told. "Who to call" is added by renderFamilyDocument.
import { describeAssessmentMapChanges, type AssessmentMap } from "../../assessment";
import type { ChildVoiceRecord } from "../../child-voice";
import type { InformingRecord, NetworkMember } from "../../network";
import type { PlanRule } from "../../safety-plan";
import type { DocumentContext } from "../context";
import type { DocumentTextKey } from "../messages.en";
import type { BuiltDocument } from "../renderFamilyDocument";
import type { SharedContent } from "../sharing";
import type { DocumentBlock, DocumentListItem, DocumentSection } from "../tree";

type Path = readonly (string | number)[];

/** What the builder works with besides the context: the reader's membership and last informing. */
interface Briefing {
  readonly ctx: DocumentContext;
  /** The member reading it, with their index in `network.members`; absent for other readers. */
  readonly member: { readonly member: NetworkMember; readonly index: number } | undefined;
  /** The member's latest informing record on or before the date, with its index. */
  readonly told: { readonly record: InformingRecord; readonly index: number } | undefined;
  /** The children of the case, named and joined ("Amy and Ben"). */
  readonly children: string;
  /** Runs the plain-language checks once per path. */
  check(text: string, path: Path): void;
  /** Items of a part not shown, by id, counted once however many sections leave them out. */
  hide(content: SharedContent, id: string, path: Path): void;
}

function isCurrentMember(m: NetworkMember, asOf: string): boolean {
  return m.joinedOn <= asOf && (m.leftOn === undefined || m.leftOn > asOf);
}

/** The parents who live with the children (who found the network), else every parent. */
function askers(ctx: DocumentContext): string[] {
  const homes = new Set<string>();
  for (const id of ctx.caseFile.childIds) {
    const h = ctx.people.get(id)?.householdId;
    if (h !== undefined) homes.add(h);
  }
  const parents = [...ctx.parentIds];
  const atHome = parents.filter((id) => {
    const h = ctx.people.get(id)?.householdId;
    return h !== undefined && homes.has(h);
  });
  return (atHome.length > 0 ? atHome : parents).map((id) => ctx.name(id, ["people"]));
}

/** The member's latest informing record on or before the date (latest day, then highest map version, then last recorded). */
function latestInforming(ctx: DocumentContext, personId: string): Briefing["told"] {
  let best: Briefing["told"];
  (ctx.caseFile.network?.informing ?? []).forEach((record, index) => {
    if (record.personId !== personId || record.on > ctx.asOf) return;
    if (best === undefined || record.on > best.record.on || (record.on === best.record.on && record.mapVersion >= best.record.mapVersion)) best = { record, index };
  });
  return best;
}

function roleItems(b: Briefing, member: NetworkMember): DocumentListItem[] {
  return member.roles.map((role) => ({ text: b.ctx.t(`documents.network-briefing.role.${role}`) }));
}

function whySection(b: Briefing): DocumentSection {
  const { ctx } = b;
  const askedBy = askers(ctx);
  const blocks: DocumentBlock[] = [];
  if (b.member !== undefined) {
    const { member, index } = b.member;
    const found: DocumentTextKey =
      member.foundBy === "professional"
        ? "documents.network-briefing.why.found.professional"
        : member.foundBy === "family-finding"
          ? "documents.network-briefing.why.found.family-finding"
          : askedBy.length === 0
            ? "documents.network-briefing.why.found.family.no-name"
            : "documents.network-briefing.why.found.family";
    blocks.push({ type: "paragraph", text: ctx.t(found, { askedBy: ctx.list(askedBy), children: b.children }) });
    blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.intro", { children: b.children }) });
    blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.since", { date: ctx.date(member.joinedOn) }) });
    if (member.roles.length > 0) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.roles") }, { type: "list", items: roleItems(b, member) });
    else blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.no-roles") });
    if (member.commitment !== undefined) {
      b.check(member.commitment, ["network", "members", index, "commitment"]);
      blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.commitment") }, { type: "quote", text: member.commitment, by: ctx.name(member.personId, ["network", "members", index, "personId"]) });
    }
    return { heading: ctx.t("documents.network-briefing.why.heading"), blocks };
  }
  blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.intro", { children: b.children }) });
  const members = (ctx.caseFile.network?.members ?? []).map((member, index) => ({ member, index })).filter(({ member }) => isCurrentMember(member, ctx.asOf));
  if (members.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.why.no-members") });
  else {
    const key: DocumentTextKey = askedBy.length === 0 ? "documents.network-briefing.why.general.no-name" : "documents.network-briefing.why.general";
    blocks.push({ type: "paragraph", text: ctx.t(key, { askedBy: ctx.list(askedBy), children: b.children }) });
    blocks.push({
      type: "list",
      items: members.map(({ member, index }) => ({
        text: ctx.t("documents.network-briefing.why.member", { name: ctx.name(member.personId, ["network", "members", index, "personId"]), date: ctx.date(member.joinedOn) }),
        details: roleItems(b, member).map((i) => i.text),
      })),
    });
  }
  return { heading: ctx.t("documents.network-briefing.why.heading.general"), blocks };
}

/** The Words and Pictures story the member was told with, when the child's consent lets them see it. */
function storyBlocks(b: Briefing): DocumentBlock[] {
  const { ctx } = b;
  const recordId = b.told?.record.childVoiceRecordId;
  if (recordId === undefined) return [];
  const index = ctx.caseFile.childVoice.findIndex((r) => r.id === recordId);
  const record: ChildVoiceRecord | undefined = ctx.caseFile.childVoice[index];
  if (record?.tool !== "words-and-pictures" || record.date > ctx.asOf || record.pages.length === 0) return [];
  const decision = ctx.childVoice(record);
  if (!decision.allowed) {
    ctx.leftOut("child-voice", decision.reason, record.pages.length, ["childVoice", index]);
    return [];
  }
  const pages = record.pages.map((page, i) => ({ page, i })).sort((x, y) => x.page.number - y.page.number);
  for (const { page, i } of pages) b.check(page.text, ["childVoice", index, "pages", i, "text"]);
  const children = ctx.list((record.audiences.length > 0 ? record.audiences : [record.childId]).map((id) => ctx.name(id, ["childVoice", index, "audiences"])));
  return [
    { type: "subheading", text: ctx.t("documents.network-briefing.story.heading", { children }) },
    { type: "paragraph", text: ctx.t("documents.network-briefing.story.intro") },
    { type: "list", ordered: true, items: pages.map(({ page }) => ({ text: page.text })) },
  ];
}

function worriesSection(b: Briefing): DocumentSection {
  const { ctx } = b;
  const heading = ctx.t("documents.network-briefing.worries.heading");
  if (ctx.map === undefined) {
    ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["maps"], params: { what: "assessment-map" } });
    return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.worries.no-map") }, ...storyBlocks(b)] };
  }
  const { map, index } = ctx.map;
  const blocks: DocumentBlock[] = [];
  const showDangers = ctx.shares("dangers");
  const showGoals = ctx.shares("goals");
  if (showDangers) {
    if (map.dangers.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.worries.no-dangers") });
    else {
      map.dangers.forEach((d, i) => b.check(d.text, ["maps", index, "dangers", i, "text"]));
      blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.worries.dangers") }, { type: "list", items: map.dangers.map((d) => ({ text: d.text })) });
    }
  } else map.dangers.forEach((d) => b.hide("dangers", d.id, ["maps", index, "dangers"]));
  if (showGoals) {
    blocks.push({ type: "subheading", text: ctx.t("documents.network-briefing.worries.goals.heading") });
    if (map.goals.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.worries.no-goals") });
    else {
      map.goals.forEach((g, i) => b.check(g.text, ["maps", index, "goals", i, "text"]));
      blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.worries.goals", { children: b.children }) }, { type: "list", items: map.goals.map((g) => ({ text: g.text })) });
    }
  } else map.goals.forEach((g) => b.hide("goals", g.id, ["maps", index, "goals"]));
  if (!showDangers && !showGoals) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.worries.not-shown") });
  return { heading, blocks: [...blocks, ...storyBlocks(b)] };
}

function hasPart(rule: PlanRule, personId: string): boolean {
  return rule.responsibleIds.includes(personId as never) || rule.monitors.some((m) => m.personId === personId) || (rule.ifBroken?.whoTellsIds.includes(personId as never) ?? false);
}

function names(b: Briefing, ids: readonly string[], path: Path): string {
  return b.ctx.list(ids.map((id) => b.ctx.name(id, path)));
}

/** A rule the member has a part in: what they do, check and tell, the warning signs, and what happens if it is broken. */
function ownRuleItem(b: Briefing, rule: PlanRule, path: Path, personId: string): DocumentListItem {
  const { ctx } = b;
  const details: string[] = [];
  b.check(rule.text, [...path, "text"]);
  const others = rule.responsibleIds.filter((id) => id !== personId);
  if (others.length < rule.responsibleIds.length) details.push(others.length === 0 ? ctx.t("documents.network-briefing.part.you-do") : ctx.t("documents.network-briefing.part.you-do.with", { names: names(b, others, [...path, "responsibleIds"]) }));
  else if (others.length > 0) details.push(ctx.t("documents.network-briefing.part.done-by", { names: names(b, others, [...path, "responsibleIds"]) }));
  if (rule.when !== undefined) {
    b.check(rule.when, [...path, "when"]);
    details.push(ctx.t("documents.network-briefing.part.when", { when: rule.when }));
  }
  if (rule.where !== undefined) {
    b.check(rule.where, [...path, "where"]);
    details.push(ctx.t("documents.network-briefing.part.where", { where: rule.where }));
  }
  rule.monitors.forEach((m, i) => {
    if (m.personId !== personId) return;
    if (m.how === undefined) details.push(ctx.t("documents.network-briefing.part.you-check.no-how"));
    else {
      b.check(m.how, [...path, "monitors", i, "how"]);
      details.push(ctx.t("documents.network-briefing.part.you-check", { how: m.how }));
    }
  });
  const checkers = [...new Set(rule.monitors.filter((m) => m.personId !== personId).map((m) => m.personId as string))];
  if (checkers.length > 0) details.push(ctx.t("documents.network-briefing.part.checked-by", { names: names(b, checkers, [...path, "monitors"]) }));
  rule.triggers.forEach((sign, i) => {
    b.check(sign, [...path, "triggers", i]);
    details.push(ctx.t("documents.network-briefing.part.sign", { sign }));
  });
  const broken = rule.ifBroken;
  if (broken !== undefined) {
    b.check(broken.action, [...path, "ifBroken", "action"]);
    details.push(ctx.t("documents.network-briefing.part.if-broken", { action: broken.action }));
    if (broken.childAction !== undefined) {
      b.check(broken.childAction, [...path, "ifBroken", "childAction"]);
      details.push(ctx.t("documents.network-briefing.part.child-action", { action: broken.childAction }));
    }
    if (broken.whoTellsIds.includes(personId as never)) {
      details.push(broken.tellWithinHours === undefined ? ctx.t("documents.network-briefing.part.you-tell") : ctx.t("documents.network-briefing.part.you-tell.within", { hours: broken.tellWithinHours }));
    } else if (broken.whoTellsIds.length > 0) details.push(ctx.t("documents.network-briefing.part.who-tells", { names: names(b, broken.whoTellsIds, [...path, "ifBroken", "whoTellsIds"]) }));
  }
  return { text: rule.text, details };
}

/** A rule in brief: its words and who does it. */
function briefRuleItem(b: Briefing, rule: PlanRule, path: Path): DocumentListItem {
  b.check(rule.text, [...path, "text"]);
  const details: string[] = [];
  if (rule.responsibleIds.length > 0) details.push(b.ctx.t("documents.network-briefing.part.done-by", { names: names(b, rule.responsibleIds, [...path, "responsibleIds"]) }));
  const checkers = [...new Set(rule.monitors.map((m) => m.personId as string))];
  if (checkers.length > 0) details.push(b.ctx.t("documents.network-briefing.part.checked-by", { names: names(b, checkers, [...path, "monitors"]) }));
  return { text: rule.text, details };
}

function partSection(b: Briefing): DocumentSection {
  const { ctx } = b;
  const heading = ctx.t(b.member === undefined ? "documents.network-briefing.part.heading.general" : "documents.network-briefing.part.heading");
  if (ctx.plan === undefined) {
    ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["plans"], params: { what: "safety-plan" } });
    return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.part.no-plan") }] };
  }
  const { plan, index } = ctx.plan;
  const rulesPath = ["plans", index, "rules"] as const;
  const rules = plan.rules.map((rule, i) => ({ rule, path: [...rulesPath, i] as Path }));
  if (rules.length === 0) return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.part.no-rules") }] };
  const showAll = ctx.shares("plan-rules");
  if (b.member === undefined) {
    if (!showAll) {
      ctx.leftOut("plan-rules", "sharing-policy", rules.length, rulesPath);
      return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.part.general.not-shown") }] };
    }
    return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.part.general") }, { type: "list", items: rules.map(({ rule, path }) => briefRuleItem(b, rule, path)) }] };
  }
  const personId = b.member.member.personId;
  const own = rules.filter(({ rule }) => hasPart(rule, personId));
  const others = rules.filter(({ rule }) => !hasPart(rule, personId));
  const showOwn = showAll || ctx.shares("own-plan-rules");
  const blocks: DocumentBlock[] = [];
  if (own.length === 0) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.part.none") });
  else if (showOwn) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.part.intro") }, { type: "list", items: own.map(({ rule, path }) => ownRuleItem(b, rule, path, personId)) });
  else {
    ctx.leftOut("own-plan-rules", "sharing-policy", own.length, rulesPath);
    blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.part.not-shown") });
  }
  if (others.length > 0) {
    if (showAll) blocks.push({ type: "subheading", text: ctx.t("documents.network-briefing.others.heading") }, { type: "paragraph", text: ctx.t("documents.network-briefing.others.intro") }, { type: "list", items: others.map(({ rule, path }) => briefRuleItem(b, rule, path)) });
    else ctx.leftOut("plan-rules", showOwn ? "not-for-reader" : "sharing-policy", others.length, rulesPath);
  }
  return { heading, blocks };
}

type ChangeColumn = "dangers" | "goals";
type ChangeKind = "added" | "removed" | "changed" | "details";
interface WordChange {
  readonly column: ChangeColumn;
  readonly itemId: string;
  kind: ChangeKind;
  words: string;
  before?: string;
}

const RANK: Readonly<Record<ChangeKind, number>> = { added: 3, removed: 3, changed: 2, details: 1 };

/** The changes to the danger statements and safety goals between two versions of the map, one per item. */
function wordChanges(told: AssessmentMap, current: AssessmentMap): WordChange[] {
  const out = new Map<string, WordChange>();
  const put = (c: WordChange): void => {
    const key = `${c.column}\u0000${c.itemId}`;
    const previous = out.get(key);
    if (previous === undefined) out.set(key, c);
    else if (RANK[c.kind] > RANK[previous.kind]) Object.assign(previous, c);
  };
  const isColumn = (c: string | undefined): c is ChangeColumn => c === "dangers" || c === "goals";
  for (const c of describeAssessmentMapChanges(told, current)) {
    if (c.itemId === undefined) continue;
    if (isColumn(c.column)) {
      const words = c.words ?? (typeof c.after === "string" ? c.after : undefined);
      if (words === undefined) continue;
      if (c.kind === "added" || c.kind === "reclassified") put({ column: c.column, itemId: c.itemId, kind: "added", words });
      else if (c.kind === "removed") put({ column: c.column, itemId: c.itemId, kind: "removed", words });
      else if (c.kind === "reworded" && c.field === "text") put({ column: c.column, itemId: c.itemId, kind: "changed", words, ...(typeof c.before === "string" ? { before: c.before } : {}) });
      else put({ column: c.column, itemId: c.itemId, kind: "details", words });
    } else if (c.kind === "reclassified" && isColumn(c.from) && typeof c.before === "string") put({ column: c.from, itemId: c.itemId, kind: "removed", words: c.before });
  }
  const order = (c: WordChange): number => (c.column === "dangers" ? 0 : 1);
  return [...out.values()].sort((x, y) => order(x) - order(y));
}

const CHANGE_KEYS: Readonly<Record<ChangeColumn, Readonly<Record<ChangeKind, DocumentTextKey>>>> = {
  dangers: {
    added: "documents.network-briefing.changes.danger.added",
    removed: "documents.network-briefing.changes.danger.removed",
    changed: "documents.network-briefing.changes.danger.changed",
    details: "documents.network-briefing.changes.danger.details",
  },
  goals: {
    added: "documents.network-briefing.changes.goal.added",
    removed: "documents.network-briefing.changes.goal.removed",
    changed: "documents.network-briefing.changes.goal.changed",
    details: "documents.network-briefing.changes.goal.details",
  },
};

/** Where an item's words are in the case file: in the current map, or (removed) in the map the member was told. */
function wordsPath(b: Briefing, change: WordChange, toldIndex: number): Path | undefined {
  for (const mapIndex of change.kind === "removed" ? [toldIndex] : [b.ctx.map?.index ?? -1]) {
    const map = b.ctx.caseFile.maps[mapIndex];
    const i = map?.[change.column].findIndex((item) => item.id === change.itemId) ?? -1;
    if (i >= 0) return ["maps", mapIndex, change.column, i, "text"];
  }
  return undefined;
}

function changesSection(b: Briefing): DocumentSection {
  const { ctx } = b;
  if (b.member === undefined) return toldSection(b);
  const heading = ctx.t("documents.network-briefing.changes.heading");
  if (b.told === undefined) return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.changes.never") }] };
  const { record, index } = b.told;
  const blocks: DocumentBlock[] = [
    { type: "paragraph", text: ctx.t(`documents.network-briefing.changes.told.${record.method}`, { name: ctx.name(record.byId, ["network", "informing", index, "byId"]), date: ctx.date(record.on) }) },
  ];
  if (ctx.map === undefined) return { heading, blocks };
  const current = ctx.map;
  const toldIndex = ctx.caseFile.maps.findIndex((m) => m.id === record.mapId && m.version === record.mapVersion);
  const told = ctx.caseFile.maps[toldIndex];
  if (toldIndex === current.index) return { heading, blocks: [...blocks, { type: "paragraph", text: ctx.t("documents.network-briefing.changes.none", { date: ctx.date(record.on) }) }] };
  if (told === undefined || told.date > ctx.asOf || (told.caseId !== undefined && current.map.caseId !== undefined && told.caseId !== current.map.caseId)) {
    return { heading, blocks: [...blocks, { type: "paragraph", text: ctx.t("documents.network-briefing.changes.unknown") }] };
  }
  const changes = wordChanges(told, current.map);
  const shown = changes.filter((c) => ctx.shares(c.column));
  for (const c of changes) if (!shown.includes(c)) b.hide(c.column, c.itemId, ["network", "informing", index]);
  if (changes.length === 0) return { heading, blocks: [...blocks, { type: "paragraph", text: ctx.t("documents.network-briefing.changes.same") }] };
  if (shown.length === 0) return { heading, blocks: [...blocks, { type: "paragraph", text: ctx.t("documents.network-briefing.changes.hidden") }] };
  const items = shown.map((c): DocumentListItem => {
    const path = wordsPath(b, c, toldIndex);
    if (path !== undefined) b.check(c.words, path);
    const text = ctx.t(CHANGE_KEYS[c.column][c.kind], { words: c.words });
    return c.before === undefined ? { text } : { text, details: [ctx.t("documents.network-briefing.changes.before", { words: c.before })] };
  });
  blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.changes.intro") }, { type: "list", items });
  if (shown.length < changes.length) blocks.push({ type: "paragraph", text: ctx.t("documents.network-briefing.changes.hidden") });
  return { heading, blocks };
}

/** For a reader who is not a member: who in the network has been told the worries, and whether of the current map. */
function toldSection(b: Briefing): DocumentSection {
  const { ctx } = b;
  const heading = ctx.t("documents.network-briefing.changes.heading.general");
  const members = (ctx.caseFile.network?.members ?? []).map((member, index) => ({ member, index })).filter(({ member }) => isCurrentMember(member, ctx.asOf));
  if (members.length === 0) return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.why.no-members") }] };
  const items = members.map(({ member, index }): DocumentListItem => {
    const name = ctx.name(member.personId, ["network", "members", index, "personId"]);
    const told = latestInforming(ctx, member.personId);
    if (told === undefined) return { text: ctx.t("documents.network-briefing.told.never", { name }) };
    const current = ctx.map === undefined || (told.record.mapId === ctx.map.map.id && told.record.mapVersion === ctx.map.map.version);
    return { text: ctx.t(current ? "documents.network-briefing.told.current" : "documents.network-briefing.told.out-of-date", { name, date: ctx.date(told.record.on) }) };
  });
  return { heading, blocks: [{ type: "paragraph", text: ctx.t("documents.network-briefing.told.intro") }, { type: "list", items }] };
}

/**
 * Builds the briefing of a safety network member (`audience: { kind: "network-member" }`): why
 * we are asking for their help (who asked them, their roles and their own commitment), what
 * everyone is worried about (the danger statements and safety goals, and the Words and Pictures
 * story they were told with when the child's consent allows), their part in the safety plan
 * (the rules they do, check or report on, with the warning signs and what happens if a rule is
 * broken; then the rest of the plan), and what has changed in the danger statements and safety
 * goals since they were last told. For a family or professional reader, the network in general
 * terms: who is in it, the whole plan, and who has been told. What the sharing policy or consent
 * does not let the reader see is left out with a `documents/left-out` finding.
 *
 * @param ctx - The context of the rendering.
 * @returns The title and sections (who to call is added by the renderer).
 *
 * @example
 * {@includeCode ../../../tests/documents/networkBriefing.test.ts#briefing}
 *
 * @internal
 */
export function buildNetworkBriefing(ctx: DocumentContext): BuiltDocument {
  const audience = ctx.audience;
  const index = audience.kind === "network-member" ? (ctx.caseFile.network?.members.findIndex((m) => m.personId === audience.personId) ?? -1) : -1;
  const found = ctx.caseFile.network?.members[index];
  const member = found === undefined ? undefined : { member: found, index };
  const hidden = new Map<SharedContent, { ids: Set<string>; path: Path }>();
  const b: Briefing = {
    ctx,
    member,
    told: member === undefined ? undefined : latestInforming(ctx, member.member.personId),
    children: ctx.list(ctx.caseFile.childIds.map((id, i) => ctx.name(id, ["childIds", i]))),
    check(text, path) {
      ctx.checkWords(text, path);
    },
    hide(content, id, path) {
      const entry = hidden.get(content) ?? { ids: new Set<string>(), path };
      entry.ids.add(id);
      hidden.set(content, entry);
    },
  };
  const sections = [whySection(b), worriesSection(b), partSection(b), changesSection(b)];
  for (const [content, { ids, path }] of hidden) ctx.leftOut(content, "sharing-policy", ids.size, path);
  return { title: ctx.t("documents.network-briefing.title", { children: b.children }), sections };
}
