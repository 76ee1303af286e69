// The safety plan as the family, the network and the professionals read it ("we will"
// statements: who does what and when, who checks, what happens if a rule is not kept), and the
// child's own plan (the rules in the words written for the child, the safe grown-ups, a place
// to draw them). Every sentence comes from the catalogue; the rules, worries and names come from
// the case file as of the document's date.
import type { AssessmentMap } from "../../assessment";
import type { MonitoringEvent, PlanRule, PlanStatus, SafetyPlan } from "../../safety-plan";
import type { DocumentContext } from "../context";
import type { DocumentTextKey } from "../messages.en";
import type { BuiltDocument } from "../renderFamilyDocument";
import type { DocumentBlock, DocumentListItem, DocumentSection } from "../tree";

type Path = readonly (string | number)[];

/** A rule of the current plan with its index in `plan.rules` (for paths). */
interface IndexedRule {
  readonly rule: PlanRule;
  readonly index: number;
}

/** Which rules a reader is shown, and whether they are only the reader's own. */
interface RuleSelection {
  readonly shown: readonly IndexedRule[];
  readonly ownOnly: boolean;
}

/** A reader's part in a rule. */
interface RulePart {
  readonly responsible: boolean;
  readonly monitor: boolean;
  readonly tells: boolean;
}

const STATUS_KEYS = {
  draft: "documents.safety-plan.status.draft",
  trial: "documents.safety-plan.status.trial",
  active: "documents.safety-plan.status.active",
  sustaining: "documents.safety-plan.status.sustaining",
  ended: "documents.safety-plan.status.ended",
} as const satisfies Record<PlanStatus, DocumentTextKey>;

/**
 * A function that runs the plain-language checks on a piece of the case file's words once per
 * path (a text shown twice, for two children, is checked once), and gives the text back.
 */
function wordsOnce(ctx: DocumentContext): (text: string, path: Path) => string {
  const seen = new Set<string>();
  return (text, path) => {
    const key = JSON.stringify(path);
    if (!seen.has(key)) {
      seen.add(key);
      ctx.checkWords(text, path);
    }
    return text;
  };
}

/** The plan's status on the document's date, and the day it took that status. */
function statusSince(plan: SafetyPlan, asOf: string): { status: PlanStatus; since: string } | undefined {
  let current: { status: PlanStatus; since: string } | undefined;
  for (const s of plan.statusHistory) {
    if (s.on > asOf) continue;
    if (current === undefined || current.status !== s.status) current = { status: s.status, since: s.on };
  }
  return current;
}

/** The map whose danger statements the plan answers, as of the date (the plan's map, else the current map). */
function mapOfPlan(ctx: DocumentContext, plan: SafetyPlan): { map: AssessmentMap; index: number } | undefined {
  let best: { map: AssessmentMap; index: number } | undefined;
  ctx.caseFile.maps.forEach((map, index) => {
    if (map.id !== plan.mapId || map.date > ctx.asOf) return;
    if (best === undefined || map.version > best.map.version) best = { map, index };
  });
  return best ?? ctx.map;
}

/** The children each danger statement of the plan's map is about, by danger id. */
function dangerChildren(ctx: DocumentContext, plan: SafetyPlan): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const d of mapOfPlan(ctx, plan)?.map.dangers ?? []) out.set(d.id, d.childIds);
  return out;
}

/**
 * Whether a rule is about a child: its subjects name no child of the case or name this one, and
 * the worries it answers (where the map says) include this child.
 */
function isAboutChild(ctx: DocumentContext, rule: PlanRule, childId: string, dangers: ReadonlyMap<string, readonly string[]>): boolean {
  const subjectChildren = rule.subjectIds.filter((id) => ctx.caseFile.childIds.includes(id));
  if (subjectChildren.length > 0 && !subjectChildren.includes(childId as never)) return false;
  const known = rule.dangerIds.map((id) => dangers.get(id)).filter((c): c is readonly string[] => c !== undefined && c.length > 0);
  return known.length === 0 || known.some((children) => children.includes(childId));
}

/** The part the people `ids` have in a rule. */
function partOf(rule: PlanRule, ids: ReadonlySet<string>): RulePart {
  return {
    responsible: rule.responsibleIds.some((id) => ids.has(id)),
    monitor: rule.monitors.some((m) => ids.has(m.personId)),
    tells: (rule.ifBroken?.whoTellsIds ?? []).some((id) => ids.has(id)),
  };
}

function hasPart(part: RulePart): boolean {
  return part.responsible || part.monitor || part.tells;
}

/** The people whose part in a rule makes it the reader's own: the member, or the parents. */
function readerIds(ctx: DocumentContext): ReadonlySet<string> {
  switch (ctx.audience.kind) {
    case "network-member":
      return new Set([ctx.audience.personId]);
    case "family":
      return ctx.parentIds;
    default:
      return new Set();
  }
}

/**
 * The rules this reader is shown: all of them when the policy shows the plan's rules; else, when
 * it shows the reader's own, the rules they do, check or tell about (for a child, the rules
 * about them); else none. What is not shown is counted in a `documents/left-out` finding.
 */
function selectRules(ctx: DocumentContext, candidates: readonly IndexedRule[], planIndex: number): RuleSelection {
  const path = ["plans", planIndex, "rules"];
  if (ctx.shares("plan-rules")) return { shown: candidates, ownOnly: false };
  if (!ctx.shares("own-plan-rules")) {
    ctx.leftOut("plan-rules", "sharing-policy", candidates.length, path);
    return { shown: [], ownOnly: true };
  }
  const audience = ctx.audience;
  const ids = readerIds(ctx);
  const dangers = ctx.plan === undefined ? new Map<string, readonly string[]>() : dangerChildren(ctx, ctx.plan.plan);
  const own = candidates.filter(({ rule }) => (audience.kind === "child" ? isAboutChild(ctx, rule, audience.childId, dangers) : hasPart(partOf(rule, ids))));
  ctx.leftOut("plan-rules", "not-for-reader", candidates.length - own.length, path);
  return { shown: own, ownOnly: true };
}

/** The section a document shows when the case file holds no plan as of its date. */
function noPlanSection(ctx: DocumentContext): DocumentSection {
  ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["plans"], params: { what: "safety-plan" } });
  return { heading: ctx.t("documents.safety-plan.none.heading"), blocks: [{ type: "paragraph", text: ctx.t("documents.safety-plan.none") }] };
}

/** Names of people, joined ("Gran (Pat) and Lee"), each with its path in the case file. */
function namesOf(ctx: DocumentContext, ids: readonly string[], path: Path): string {
  return ctx.list(ids.map((id, i) => ctx.name(id, [...path, i])));
}

/** The "your part" line of a rule for a network member who does, checks or tells about it. */
function yourPart(ctx: DocumentContext, part: RulePart): string | undefined {
  const parts: string[] = [];
  if (part.responsible) parts.push(ctx.t("documents.safety-plan.part.responsible"));
  if (part.monitor) parts.push(ctx.t("documents.safety-plan.part.monitor"));
  if (part.tells) parts.push(ctx.t("documents.safety-plan.part.tells"));
  return parts.length === 0 ? undefined : ctx.t("documents.safety-plan.rule.your-part", { parts: ctx.list(parts) });
}

/** For a network member shown every rule, a note that the rules marked "Your part" are theirs (when any is). */
function yourPartNote(ctx: DocumentContext, selection: RuleSelection): DocumentBlock[] {
  if (ctx.audience.kind !== "network-member" || selection.ownOnly) return [];
  const me = new Set([ctx.audience.personId]);
  return selection.shown.some(({ rule }) => hasPart(partOf(rule, me))) ? [{ type: "paragraph", text: ctx.t("documents.safety-plan.rules.your-part-note") }] : [];
}

/** One rule of the plan as a list item: the rule's words, then who, when, where, who checks, the warning signs and what happens if it is not kept. */
function ruleItem(ctx: DocumentContext, words: (text: string, path: Path) => string, { rule, index }: IndexedRule, planIndex: number): DocumentListItem {
  const at = (...rest: (string | number)[]): Path => ["plans", planIndex, "rules", index, ...rest];
  const details: string[] = [];
  if (ctx.audience.kind === "network-member") {
    const line = yourPart(ctx, partOf(rule, new Set([ctx.audience.personId])));
    if (line !== undefined) details.push(line);
  }
  if (rule.responsibleIds.length > 0) details.push(ctx.t("documents.safety-plan.rule.who", { names: namesOf(ctx, rule.responsibleIds, at("responsibleIds")) }));
  if (rule.subjectIds.length > 0) details.push(ctx.t("documents.safety-plan.rule.about", { names: namesOf(ctx, rule.subjectIds, at("subjectIds")) }));
  if (rule.when !== undefined) details.push(ctx.t("documents.safety-plan.rule.when", { when: rule.when }));
  if (rule.where !== undefined) details.push(ctx.t("documents.safety-plan.rule.where", { where: rule.where }));
  rule.monitors.forEach((m, i) => {
    const name = ctx.name(m.personId, at("monitors", i, "personId"));
    details.push(m.how === undefined ? ctx.t("documents.safety-plan.rule.monitor.no-how", { name }) : ctx.t("documents.safety-plan.rule.monitor", { name, how: words(m.how, at("monitors", i, "how")) }));
  });
  rule.triggers.forEach((sign, i) => details.push(ctx.t("documents.safety-plan.rule.trigger", { sign: words(sign, at("triggers", i)) })));
  const broken = rule.ifBroken;
  if (broken !== undefined) {
    details.push(ctx.t("documents.safety-plan.rule.if-broken", { action: words(broken.action, at("ifBroken", "action")) }));
    const hours = broken.tellWithinHours;
    if (broken.whoTellsIds.length > 0) {
      const names = namesOf(ctx, broken.whoTellsIds, at("ifBroken", "whoTellsIds"));
      details.push(hours === undefined ? ctx.t("documents.safety-plan.rule.tell.no-hours", { names }) : ctx.t("documents.safety-plan.rule.tell", { names, hours }));
    } else if (hours !== undefined) details.push(ctx.t("documents.safety-plan.rule.tell.nobody", { hours }));
    if (broken.childAction !== undefined) {
      details.push(ctx.t("documents.safety-plan.rule.child-action", { count: ctx.caseFile.childIds.length, action: words(broken.childAction, at("ifBroken", "childAction")) }));
    }
  }
  return { text: ctx.t("documents.safety-plan.rule", { rule: words(rule.text, at("text")) }), details };
}

/** "About this plan": its status and since when, and the worries it answers (when the reader may see them). */
function aboutSection(ctx: DocumentContext, words: (text: string, path: Path) => string, plan: SafetyPlan): DocumentSection {
  const blocks: DocumentBlock[] = [];
  const status = statusSince(plan, ctx.asOf);
  if (status !== undefined) blocks.push({ type: "paragraph", text: ctx.t(STATUS_KEYS[status.status], { since: ctx.date(status.since) }) });
  const answered = new Set<string>(plan.rules.flatMap((r) => r.dangerIds));
  const hit = mapOfPlan(ctx, plan);
  const dangers = (hit?.map.dangers ?? []).map((danger, i) => ({ danger, i })).filter(({ danger }) => answered.has(danger.id));
  if (hit !== undefined && dangers.length > 0) {
    if (ctx.shares("dangers")) {
      blocks.push(
        { type: "subheading", text: ctx.t("documents.safety-plan.why.heading") },
        { type: "paragraph", text: ctx.t("documents.safety-plan.why.intro") },
        { type: "list", items: dangers.map(({ danger, i }) => ({ text: words(danger.text, ["maps", hit.index, "dangers", i, "text"]) })) },
      );
    } else ctx.leftOut("dangers", "sharing-policy", dangers.length, ["maps", hit.index, "dangers"]);
  }
  return { heading: ctx.t("documents.safety-plan.about.heading"), blocks };
}

/** The breaches of the plan's rules on or before the date, with their index in `caseFile.monitoring`. */
function breachesOf(ctx: DocumentContext, plan: SafetyPlan): { event: MonitoringEvent; index: number }[] {
  return ctx.caseFile.monitoring
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.planId === plan.id && (event.outcome === "not-followed" || event.outcome === "trigger-observed") && event.date <= ctx.asOf)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index));
}

/** "Times a rule was not kept", for a reader the policy shows the breaches to; undefined when there were none or the reader may not see them. */
function breachesSection(ctx: DocumentContext, words: (text: string, path: Path) => string, plan: SafetyPlan, planIndex: number, selection: RuleSelection): DocumentSection | undefined {
  const events = breachesOf(ctx, plan);
  if (events.length === 0) return undefined;
  if (!ctx.shares("breaches")) {
    ctx.leftOut("breaches", "sharing-policy", events.length, ["monitoring"]);
    return undefined;
  }
  const shownIds = new Set<string>(selection.shown.map((r) => r.rule.id));
  const items: DocumentListItem[] = [];
  for (const { event, index } of events) {
    const ruleIndex = event.ruleId === undefined ? -1 : plan.rules.findIndex((r) => r.id === event.ruleId);
    const rule = plan.rules[ruleIndex];
    const visible = rule === undefined ? !selection.ownOnly : shownIds.has(rule.id);
    if (!visible) {
      ctx.leftOut("breaches", "not-for-reader", 1, ["monitoring"]);
      continue;
    }
    const date = ctx.date(event.date);
    const outcome = event.outcome === "trigger-observed" ? "trigger-observed" : "not-followed";
    const text =
      rule === undefined
        ? ctx.t(outcome === "trigger-observed" ? "documents.safety-plan.breach.trigger-observed.plan" : "documents.safety-plan.breach.not-followed.plan", { date })
        : ctx.t(outcome === "trigger-observed" ? "documents.safety-plan.breach.trigger-observed" : "documents.safety-plan.breach.not-followed", { date, rule: words(rule.text, ["plans", planIndex, "rules", ruleIndex, "text"]) });
    const at = (...rest: (string | number)[]): Path => ["monitoring", index, ...rest];
    const details: string[] = [];
    // A child who reported a breach is not named: the family reads this.
    if (event.role !== "child") details.push(ctx.t("documents.safety-plan.breach.seen-by", { name: ctx.name(event.byId, at("byId")) }));
    if (event.note !== undefined) details.push(ctx.t("documents.safety-plan.breach.note", { note: words(event.note, at("note")) }));
    const escalation = event.escalation;
    const toldOn = escalation?.toldChildrensServicesAt.slice(0, 10);
    if (escalation !== undefined && toldOn !== undefined && toldOn <= ctx.asOf) {
      details.push(
        escalation.byId === undefined
          ? ctx.t("documents.safety-plan.breach.told", { date: ctx.date(toldOn) })
          : ctx.t("documents.safety-plan.breach.told.by", { name: ctx.name(escalation.byId, at("escalation", "byId")), date: ctx.date(toldOn) }),
      );
      if (escalation.action !== undefined) details.push(ctx.t("documents.safety-plan.breach.action", { action: words(escalation.action, at("escalation", "action")) }));
    }
    details.push(event.resolvedOn !== undefined && event.resolvedOn <= ctx.asOf ? ctx.t("documents.safety-plan.breach.resolved", { date: ctx.date(event.resolvedOn) }) : ctx.t("documents.safety-plan.breach.open"));
    items.push({ text, details });
  }
  if (items.length === 0) return undefined;
  return {
    heading: ctx.t("documents.safety-plan.breaches.heading"),
    blocks: [
      { type: "paragraph", text: ctx.t("documents.safety-plan.breaches.intro") },
      { type: "list", items },
    ],
  };
}

/** "Who agreed to this plan": each person who agreed to a rule shown, with the days they agreed (on or before the date). */
function agreedSection(ctx: DocumentContext, shown: readonly IndexedRule[], planIndex: number): DocumentSection {
  const byPerson = new Map<string, { days: Set<string>; path: Path }>();
  for (const { rule, index } of shown) {
    rule.agreedBy.forEach((a, i) => {
      if (a.on > ctx.asOf) return;
      const entry = byPerson.get(a.personId) ?? { days: new Set<string>(), path: ["plans", planIndex, "rules", index, "agreedBy", i, "personId"] };
      entry.days.add(a.on);
      byPerson.set(a.personId, entry);
    });
  }
  const items = [...byPerson].map(([personId, { days, path }]) => ({
    text: ctx.t("documents.safety-plan.agreed.item", { name: ctx.name(personId, path), dates: ctx.list([...days].sort().map((d) => ctx.date(d))) }),
  }));
  return {
    heading: ctx.t("documents.safety-plan.agreed.heading"),
    blocks: items.length === 0 ? [{ type: "paragraph", text: ctx.t("documents.safety-plan.agreed.none") }] : [{ type: "list", items }],
  };
}

/**
 * Builds the safety plan document (`safety-plan`) from the current plan as of the date: its
 * status and since when, the worries it answers (when the reader may see them), each rule as a
 * "we will" statement with who does it, who it is about, when and where, who checks and how,
 * the warning signs and what happens if it is not kept; the times a rule was not kept (when the
 * reader may see them); and who agreed to it. A network member is shown every rule when the
 * policy shows `plan-rules`, else only the rules they have a part in, and their part is marked.
 *
 * @param ctx - The document's context.
 * @returns The title and sections.
 *
 * @example
 * {@includeCode ../../../tests/documents/safetyPlan.test.ts#family-plan}
 *
 * @internal
 */
export function buildSafetyPlanDocument(ctx: DocumentContext): BuiltDocument {
  const title = ctx.t("documents.safety-plan.title");
  if (ctx.plan === undefined) return { title, sections: [noPlanSection(ctx)] };
  const { plan, index: planIndex } = ctx.plan;
  const words = wordsOnce(ctx);
  const selection = selectRules(
    ctx,
    plan.rules.map((rule, index) => ({ rule, index })),
    planIndex,
  );
  const children = ctx.list(ctx.caseFile.childIds.map((id) => ctx.name(id, ["childIds"])));
  const rulesBlocks: DocumentBlock[] =
    selection.shown.length > 0
      ? [
          { type: "paragraph", text: ctx.t(selection.ownOnly ? "documents.safety-plan.rules.intro.own" : "documents.safety-plan.rules.intro", { children }) },
          ...yourPartNote(ctx, selection),
          { type: "list", items: selection.shown.map((r) => ruleItem(ctx, words, r, planIndex)) },
        ]
      : [{ type: "paragraph", text: ctx.t(plan.rules.length === 0 ? "documents.safety-plan.rules.none" : "documents.safety-plan.rules.none-for-reader") }];
  if (plan.rules.length === 0) ctx.finding({ code: "documents/nothing-to-show", severity: "warning", path: ["plans", planIndex, "rules"], params: { what: "plan-rules" } });
  const sections: DocumentSection[] = [aboutSection(ctx, words, plan), { heading: ctx.t("documents.safety-plan.rules.heading"), blocks: rulesBlocks }];
  const breaches = breachesSection(ctx, words, plan, planIndex, selection);
  if (breaches !== undefined) sections.push(breaches);
  if (selection.shown.length > 0) sections.push(agreedSection(ctx, selection.shown, planIndex));
  return { title, sections };
}

/**
 * The safe grown-ups of a child in the rules shown: the people who do or check a rule about the
 * child and the safe adults the rules name, who are not professionals, not children, not a
 * person whose contact must be supervised, and not someone who has left the network.
 */
function safeAdults(ctx: DocumentContext, plan: SafetyPlan, rules: readonly IndexedRule[]): string[] {
  const supervised = new Set<string>(plan.rules.filter((r) => r.kind === "supervised-contact").flatMap((r) => r.subjectIds));
  const left = new Set<string>((ctx.caseFile.network?.members ?? []).filter((m) => m.leftOn !== undefined && m.leftOn <= ctx.asOf).map((m) => m.personId));
  const out: string[] = [];
  const add = (id: string): void => {
    const person = ctx.people.get(id);
    if (person === undefined || person.professional !== undefined || person.kind === "child" || ctx.caseFile.childIds.includes(id as never)) return;
    if (supervised.has(id) || left.has(id) || out.includes(id)) return;
    out.push(id);
  };
  for (const { rule } of rules) {
    if (rule.kind === "safe-adult") rule.subjectIds.forEach(add);
    rule.responsibleIds.forEach(add);
    rule.monitors.filter((m) => m.as === "network").forEach((m) => add(m.personId));
  }
  return out;
}

/**
 * Builds the child's safety plan (`child-safety-plan`): for the child who reads it, else the
 * child of `options.childId`, else each child of the case in turn, the rules about that child
 * in the words written for the child (the rule as written, with a `documents/no-child-version`
 * finding, where there are none), what the child does if a rule is not kept, the safe
 * grown-ups the child can go to, and a place to draw them.
 *
 * @param ctx - The document's context.
 * @returns The title and sections.
 *
 * @example
 * {@includeCode ../../../tests/documents/safetyPlan.test.ts#child-plan}
 *
 * @internal
 */
export function buildChildSafetyPlan(ctx: DocumentContext): BuiltDocument {
  const childReader = ctx.audience.kind === "child";
  const childIds: readonly string[] = ctx.audience.kind === "child" ? [ctx.audience.childId] : ctx.options.childId !== undefined ? [ctx.options.childId] : ctx.caseFile.childIds;
  const childName = (id: string): string => ctx.name(id, ["childIds"]);
  const title = childReader ? ctx.t("documents.child-safety-plan.title.child") : ctx.t("documents.child-safety-plan.title", { name: ctx.list(childIds.map(childName)) });
  if (ctx.plan === undefined) return { title, sections: [noPlanSection(ctx)] };
  const { plan, index: planIndex } = ctx.plan;
  const words = wordsOnce(ctx);
  const dangers = dangerChildren(ctx, plan);
  const all = plan.rules.map((rule, index) => ({ rule, index }));
  const relevant = all.filter(({ rule }) => childIds.some((c) => isAboutChild(ctx, rule, c, dangers)));
  if (childReader) ctx.leftOut("plan-rules", "another-child", all.length - relevant.length, ["plans", planIndex, "rules"]);
  const { shown } = selectRules(ctx, relevant, planIndex);
  const noChildVersion = new Set<number>();
  const sections: DocumentSection[] = [];
  for (const childId of childIds) {
    const name = childName(childId);
    const rules = shown.filter(({ rule }) => isAboutChild(ctx, rule, childId, dangers));
    const items = rules.map(({ rule, index }): DocumentListItem => {
      const at = (...rest: (string | number)[]): Path => ["plans", planIndex, "rules", index, ...rest];
      let text: string;
      if (rule.childVersion !== undefined) text = words(rule.childVersion, at("childVersion"));
      else {
        text = words(rule.text, at("text"));
        if (!noChildVersion.has(index)) {
          noChildVersion.add(index);
          ctx.finding({ code: "documents/no-child-version", severity: "warning", path: at() });
        }
      }
      const action = rule.ifBroken?.childAction;
      return {
        text: ctx.t("documents.child-safety-plan.rule", { rule: text }),
        details: action === undefined ? [] : [ctx.t("documents.child-safety-plan.rule.child-action", { action: words(action, at("ifBroken", "childAction")) })],
      };
    });
    sections.push({
      heading: childReader ? ctx.t("documents.child-safety-plan.rules.heading.child") : ctx.t("documents.child-safety-plan.rules.heading", { name }),
      blocks:
        items.length === 0
          ? [{ type: "paragraph", text: ctx.t("documents.child-safety-plan.rules.none") }]
          : [
              { type: "paragraph", text: ctx.t("documents.child-safety-plan.rules.intro") },
              { type: "list", items },
            ],
    });
    const adults = safeAdults(ctx, plan, rules);
    const adultBlocks: DocumentBlock[] =
      adults.length === 0
        ? [{ type: "paragraph", text: childReader ? ctx.t("documents.child-safety-plan.adults.none.child") : ctx.t("documents.child-safety-plan.adults.none", { name }) }]
        : [
            { type: "paragraph", text: childReader ? ctx.t("documents.child-safety-plan.adults.intro.child") : ctx.t("documents.child-safety-plan.adults.intro", { name }) },
            { type: "list", items: adults.map((id) => ({ text: ctx.name(id, ["people"]) })) },
          ];
    adultBlocks.push({ type: "drawing", label: childReader ? ctx.t("documents.child-safety-plan.drawing.child") : ctx.t("documents.child-safety-plan.drawing", { name }) });
    sections.push({ heading: childReader ? ctx.t("documents.child-safety-plan.adults.heading.child") : ctx.t("documents.child-safety-plan.adults.heading", { name }), blocks: adultBlocks });
  }
  return { title, sections };
}
