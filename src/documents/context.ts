// What a document builder works with: the case file as of the document's date, the reader, the
// words (catalogue), names, the sharing decisions, and a place to put findings.
import type { AssessmentMap } from "../assessment";
import type { CaseFile } from "../case-file";
import type { ChildVoiceRecord } from "../child-voice";
import type { Finding, IsoDate } from "../core";
import { createNameResolver, fillTemplate, type MessageCatalogue, type NameResolver } from "../messages";
import type { Person } from "../network";
import type { SafetyPlan } from "../safety-plan";
import { checkReadability } from "./readability/checkReadability";
import type { ReadabilityOptions } from "./readability/types";
import type { LeftOutReason } from "./findingCodes";
import { enDocuments, type DocumentTextKey } from "./messages.en";
import { policyAllows, type SharedContent, type SharingPolicy } from "./sharing";
import type { DocumentAudience, RenderFamilyDocumentOptions } from "./types";

type Path = readonly (string | number)[];

/**
 * The reader, resolved: a child reader always has its child.
 *
 * @internal
 */
export type ResolvedAudience =
  | { readonly kind: "family" }
  | { readonly kind: "child"; readonly childId: string }
  | { readonly kind: "network-member"; readonly personId: string }
  | { readonly kind: "professional" };

/**
 * Whether a child's own words may be shown to the reader, and if not, why.
 *
 * @internal
 */
export type ChildVoiceDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: LeftOutReason };

/**
 * What every document builder works with.
 *
 * @internal
 */
export interface DocumentContext {
  readonly caseFile: CaseFile;
  readonly options: RenderFamilyDocumentOptions;
  readonly asOf: IsoDate;
  readonly audience: ResolvedAudience;
  /** The document's language (the catalogue's locale). */
  readonly lang: string;
  /** The current assessment map as of the date (highest version dated on or before it), with its index in `caseFile.maps`. */
  readonly map: { readonly map: AssessmentMap; readonly index: number } | undefined;
  /** The current safety plan as of the date (highest version started on or before it, not ended if one is not), with its index in `caseFile.plans`. */
  readonly plan: { readonly plan: SafetyPlan; readonly index: number } | undefined;
  /** The people of the case, by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** The parents and carers of the children (the `family` reader), by id. */
  readonly parentIds: ReadonlySet<string>;
  /** Words for a text key, from the catalogue or else English. */
  t(key: DocumentTextKey, params?: Readonly<Record<string, string | number>>): string;
  /** A person's name; "someone" (and a `documents/person-not-named` finding at `path`) for an id that names no one. */
  name(personId: string, path?: Path): string;
  /** Names of the other things of the case, for what the builders quote. */
  readonly names: NameResolver;
  /** A day as the document writes it ("1 June 2025"). */
  date(day: string): string;
  /** Names joined as the language joins them ("Gran, Auntie Jo and Kerry"). */
  list(items: readonly string[]): string;
  /** Whether the sharing policy shows this part to this reader. */
  shares(content: SharedContent): boolean;
  /** Whether a child-voice record's words may be shown to this reader. */
  childVoice(record: ChildVoiceRecord): ChildVoiceDecision;
  /** Records that `count` items of `content` were not shown, and why (one finding per content and reason, counts summed). */
  leftOut(content: SharedContent, reason: LeftOutReason, count: number, path?: Path): void;
  /** Adds a finding. */
  finding(finding: Finding): void;
  /**
   * Runs the plain-language checks on the worker's or family's words at `path` (unless turned
   * off), once per path in a rendering: words a document shows twice are reported once.
   */
  checkWords(text: string, path: Path): void;
  /** Every finding so far, left-out findings merged. */
  findings(): readonly Finding[];
}

function lookup(catalogue: MessageCatalogue | undefined, key: string): { template: string; locale: string } {
  const own = catalogue?.messages[key];
  if (typeof own === "string") return { template: own, locale: catalogue?.locale ?? "en" };
  const en = (enDocuments.messages as Readonly<Record<string, string | undefined>>)[key];
  return { template: en ?? key, locale: "en" };
}

function latestAsOf<T extends { readonly version: number }>(items: readonly T[], dateOf: (item: T) => string | undefined, asOf: string, prefer?: (item: T) => boolean): { item: T; index: number } | undefined {
  let best: { item: T; index: number } | undefined;
  items.forEach((item, index) => {
    const d = dateOf(item);
    if (d === undefined || d > asOf) return;
    if (best === undefined) best = { item, index };
    else {
      const p = prefer === undefined ? 0 : Number(prefer(item)) - Number(prefer(best.item));
      if (p > 0 || (p === 0 && item.version > best.item.version)) best = { item, index };
    }
  });
  return best;
}

const PARENT_KINDS = new Set(["mother", "father", "step-parent", "parent-partner"]);

/**
 * Makes the context of one rendering; options are already checked.
 *
 * @internal
 */
export function createDocumentContext(caseFile: CaseFile, options: RenderFamilyDocumentOptions, audience: ResolvedAudience, policy: SharingPolicy): DocumentContext {
  const asOf = options.asOf as IsoDate;
  const catalogue = options.catalogue;
  const lang = catalogue?.locale ?? enDocuments.locale;
  const people = new Map(caseFile.people.map((p) => [p.id as string, p]));
  const found: Finding[] = [];
  const leftOut = new Map<string, { content: SharedContent; reason: LeftOutReason; count: number; path: Path }>();
  const unnamed = new Set<string>();
  const checkedPaths = new Set<string>();
  const readability: ReadabilityOptions | false = options.readability ?? {};

  const mapHit = latestAsOf(caseFile.maps, (m) => m.date, asOf);
  const planHit = latestAsOf(caseFile.plans, (p) => p.statusHistory[0]?.on, asOf, (p) => statusOn(p, asOf) !== "ended");
  const map = mapHit === undefined ? undefined : { map: mapHit.item, index: mapHit.index };
  const plan = planHit === undefined ? undefined : { plan: planHit.item, index: planHit.index };

  const parentIds = new Set<string>();
  for (const p of map?.map.parentsAndCarers ?? []) parentIds.add(p.personId);
  if (parentIds.size === 0) {
    for (const person of caseFile.people) {
      for (const r of person.relationships) if (PARENT_KINDS.has(r.kind) && caseFile.childIds.includes(r.toId)) parentIds.add(person.id);
    }
  }

  const names = createNameResolver(caseFile);
  const t = (key: DocumentTextKey, params: Readonly<Record<string, string | number>> = {}): string => {
    const { template, locale } = lookup(catalogue, key);
    return fillTemplate(template, params, locale);
  };
  const dateFormat = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const listFormat = new Intl.ListFormat(lang === "en" || lang === "en-GB" ? "en-GB" : lang, { style: "long", type: "conjunction" });

  const readerIds = (): readonly string[] => {
    switch (audience.kind) {
      case "family":
        return [...parentIds];
      case "network-member":
        return [audience.personId];
      default:
        return [];
    }
  };

  const context: DocumentContext = {
    caseFile,
    options,
    asOf,
    audience,
    lang,
    map,
    plan,
    people,
    parentIds,
    t,
    name(personId, path = []) {
      const person = people.get(personId);
      if (person !== undefined) return person.name;
      const participant = map?.map.participants.find((p) => p.personId === personId && p.name !== undefined);
      if (participant?.name !== undefined) return participant.name;
      if (!unnamed.has(personId)) {
        unnamed.add(personId);
        found.push({ code: "documents/person-not-named", severity: "warning", path: [...path], params: { personId } });
      }
      return t("documents.someone");
    },
    names,
    date(day) {
      const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? day : dateFormat.format(d);
    },
    list(items) {
      return listFormat.format(items);
    },
    shares(content) {
      return policyAllows(policy, audience.kind, content);
    },
    childVoice(record) {
      if (audience.kind === "professional") return { allowed: true };
      if (audience.kind === "child") return record.childId === audience.childId ? { allowed: true } : { allowed: false, reason: "another-child" };
      if (!policyAllows(policy, audience.kind, "child-voice")) return { allowed: false, reason: "sharing-policy" };
      const { child, parent } = record.consent;
      const consented = child.status === "given" || (policy.childVoice === "given-or-parent-consent" && child.status === "not-able-to-consent" && parent.status === "given");
      if (!consented) return { allowed: false, reason: "child-consent" };
      if (child.on !== undefined && child.on > asOf) return { allowed: false, reason: "child-consent" };
      const readers = readerIds();
      const notWith = new Set<string>(child.limits?.notWith ?? []);
      if (readers.some((id) => notWith.has(id))) return { allowed: false, reason: "child-limits" };
      const onlyWith = child.limits?.onlyWith;
      if (onlyWith !== undefined && (readers.length === 0 || readers.some((id) => !onlyWith.includes(id as never)))) return { allowed: false, reason: "child-limits" };
      return { allowed: true };
    },
    leftOut(content, reason, count, path = []) {
      if (count <= 0) return;
      const key = `${content}\u0000${reason}`;
      const previous = leftOut.get(key);
      if (previous === undefined) leftOut.set(key, { content, reason, count, path });
      else previous.count += count;
    },
    finding(f) {
      found.push(f);
    },
    checkWords(text, path) {
      if (readability === false) return;
      const key = JSON.stringify(path);
      if (checkedPaths.has(key)) return;
      checkedPaths.add(key);
      found.push(...checkReadability(text, { ...readability, path }));
    },
    findings() {
      const merged: Finding[] = [...leftOut.values()].map((l) => ({ code: "documents/left-out", severity: "info", path: [...l.path], params: { content: l.content, reason: l.reason, count: l.count } }));
      return [...merged, ...found];
    },
  };
  return context;
}

/**
 * A plan's status on a day, from its status history.
 *
 * @internal
 */
export function statusOn(plan: SafetyPlan, asOf: string): string | undefined {
  let status: string | undefined;
  for (const s of plan.statusHistory) if (s.on <= asOf) status = s.status;
  return status;
}

export type { DocumentAudience };
