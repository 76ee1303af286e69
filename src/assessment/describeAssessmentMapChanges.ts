import { KinsafeError } from "../core";
import type { AssessmentMap, ParticipantRole } from "./AssessmentMap";
import type { AssessmentMapColumn } from "./mapColumns";

// What changed between two versions of an assessment map, as data a practitioner can read:
// an item added, removed, reworded or re-classified, a score moved, a status changed. The
// renderer (formatAssessmentMapChange) turns each change into a sentence from a catalogue.

/**
 * What kind of change: `added`, `removed`, `reworded` (an item's own words changed: its text, a
 * scale's question, a family member's view of the analysis), `rescaled` (a rater's score on a
 * safety scale moved), `reclassified` (an item moved from one column to another, keeping its id:
 * a grey area that became a danger statement or a strength), or `changed` (any other detail of
 * an item: a next step's status, a scale's anchors, a harm statement's status).
 *
 * @category Assessment map
 */
export type AssessmentMapChangeKind = "added" | "removed" | "reworded" | "rescaled" | "reclassified" | "changed";

/**
 * Where on the map a change is: one of the map's lists of items ({@link AssessmentMapColumn}),
 * or `children` (the children the map is about), `map` (the map's variant), `participants` (who
 * took part in the mapping), `parentsAndCarers`, `childVoice` (the child-voice records the map
 * draws on), `analysis` (the worker's judgement statement) or `familyViews` (the family's view of
 * the analysis, and why it is not recorded).
 *
 * @category Assessment map
 */
export type AssessmentMapChangeColumn = AssessmentMapColumn | "children" | "map" | "participants" | "parentsAndCarers" | "childVoice" | "analysis" | "familyViews";

/** A value before or after a change: words, a number, or a list (of words or of ids). @category Assessment map */
export type AssessmentMapChangeValue = string | number | readonly string[];

/**
 * Who gave a score on a safety scale, as the judgement records them.
 *
 * @category Assessment map
 */
export interface AssessmentMapRater {
  /** The rater, when they are in the case record. */
  readonly id?: string;
  /** The rater's name, as the judgement shows it. */
  readonly name?: string;
  /** The rater's role. */
  readonly role?: ParticipantRole;
}

/**
 * One change between two versions of an assessment map. Ids stay ids here (they are stable);
 * `words` carries the item's own words, so that the change can be shown without the maps.
 *
 * @category Assessment map
 */
export interface AssessmentMapChange {
  /** What kind of change (see {@link AssessmentMapChangeKind}). */
  readonly kind: AssessmentMapChangeKind;
  /** Where the change is; for `reclassified`, the column the item is in now. */
  readonly column: AssessmentMapChangeColumn;
  /**
   * The item: its id for the map's lists, the person for `children`, `participants` and
   * `parentsAndCarers`, the record for `childVoice`, the person (or, without one, who holds the
   * view) for `familyViews`. Absent for `map`, `analysis` and the family's reason.
   */
  readonly itemId?: string;
  /** `reclassified` only: the column the item was in. */
  readonly from?: AssessmentMapColumn;
  /**
   * The field that changed (`status`, `question`, `anchors.zero`, `sustainFor.amount`), for
   * `reworded` and `changed`, and for a rater's `reason` on a scale. Nested fields are joined
   * with a dot.
   */
  readonly field?: string;
  /**
   * The item's own words, as the later version shows them (the earlier one for `removed`): a
   * statement's text, a scale's question, a next step's text, a person's name as the map shows
   * it, a family member's view.
   */
  readonly words?: string;
  /** Safety scales: the words of the danger statement the scale is about, when it is about one. */
  readonly about?: string;
  /** Family views: who holds the view, as the map names them. */
  readonly heldBy?: string;
  /** The value before the change: absent when there was none, or when it is a list of records (each party's view). */
  readonly before?: AssessmentMapChangeValue;
  /** The value after the change: absent when there is none, or when it is a list of records. */
  readonly after?: AssessmentMapChangeValue;
  /** Safety scales: whose score was added, removed or moved. */
  readonly rater?: AssessmentMapRater;
}

type Item = Readonly<Record<string, unknown>>;
type Value = AssessmentMapChangeValue;

const COLUMNS: readonly AssessmentMapColumn[] = ["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps", "scales"];

/** Fields never reported: ids, the host system's own data, and the scores (compared per rater). */
const SKIP = new Set(["id", "extensions", "judgements"]);

/** Words compared as a practitioner reads them: white space inside and at either end does not count. */
function flat(words: string): string {
  return words.replace(/\s+/g, " ").trim();
}

/** A value with every string's white space flattened, for comparing; `extensions` left out. */
function normal(value: unknown): unknown {
  if (typeof value === "string") return flat(value);
  if (Array.isArray(value)) return value.map(normal);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) if (key !== "extensions") out[key] = normal((value as Item)[key]);
    return out;
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

function isRecord(value: unknown): value is Item {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The leaf fields of an item, nested objects joined with a dot (`anchors.zero`). */
function leaves(item: Item, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(item)) {
    // An empty list says what an absent one says (no other children, no positions).
    if (SKIP.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (isRecord(value)) for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** A value as a change carries it: words, numbers and lists of them; lists of records are left out. */
function shown(value: unknown): Value | undefined {
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return undefined;
}

interface Where {
  readonly column: AssessmentMapChangeColumn;
  readonly itemId?: string;
  readonly words?: string;
  readonly about?: string;
  readonly heldBy?: string;
}

function change(kind: AssessmentMapChangeKind, where: Where, extra: Partial<AssessmentMapChange> = {}): AssessmentMapChange {
  const out: Record<string, unknown> = { kind, column: where.column };
  const all: Record<string, unknown> = { itemId: where.itemId, ...extra, words: extra.words ?? where.words, about: where.about, heldBy: where.heldBy };
  for (const key of ["itemId", "from", "field", "words", "about", "heldBy", "before", "after", "rater"]) if (all[key] !== undefined) out[key] = all[key];
  return out as unknown as AssessmentMapChange;
}

/** Every field that differs between two versions of one item: its words `reworded`, the rest `changed`. */
function fieldChanges(before: Item, after: Item, where: Where, wordsField: string | undefined): AssessmentMapChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const out: AssessmentMapChange[] = [];
  const fields = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  for (const field of fields) {
    const was = a.get(field);
    const now = b.get(field);
    if (same(was, now)) continue;
    const kind = field === wordsField && was !== undefined && now !== undefined ? "reworded" : "changed";
    const values: Partial<AssessmentMapChange> = {};
    const w = shown(was);
    const n = shown(now);
    out.push(change(kind, where, { field, ...(w === undefined ? values : { before: w }), ...(n === undefined ? values : { after: n }) }));
  }
  return out;
}

/** Pairs the items of two lists by key, in a stable order: the earlier list's order, then what is new. */
function pair<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { readonly key: string; readonly before?: T; readonly after?: T }[] {
  const was = new Map<string, T>();
  for (const item of before) if (!was.has(key(item))) was.set(key(item), item);
  const now = new Map<string, T>();
  for (const item of after) if (!now.has(key(item))) now.set(key(item), item);
  const out: { key: string; before?: T; after?: T }[] = [];
  for (const [k, item] of was) {
    const next = now.get(k);
    out.push(next === undefined ? { key: k, before: item } : { key: k, before: item, after: next });
  }
  for (const [k, item] of now) if (!was.has(k)) out.push({ key: k, after: item });
  return out;
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The key a judgement's rater is compared by: id, else name, else role, else the judgement itself. */
function raterKey(j: Item): string {
  const id = str(j["raterId"]);
  if (id !== undefined) return `id:${id}`;
  const name = str(j["raterName"]);
  if (name !== undefined) return `name:${flat(name).toLowerCase()}`;
  const role = str(j["raterRole"]);
  if (role !== undefined) return `role:${role}`;
  return `judgement:${String(j["id"])}`;
}

function rater(j: Item): AssessmentMapRater {
  const out: Record<string, string> = {};
  const id = str(j["raterId"]);
  const name = str(j["raterName"]);
  const role = str(j["raterRole"]);
  if (id !== undefined) out["id"] = id;
  if (name !== undefined) out["name"] = name;
  if (role !== undefined) out["role"] = role;
  return out;
}

/** Each rater's latest judgement on a scale (by date; the later in the list on the same day). */
function latestByRater(judgements: readonly Item[]): Item[] {
  const latest = new Map<string, Item>();
  for (const j of judgements) {
    const k = raterKey(j);
    const held = latest.get(k);
    if (held === undefined || String(j["on"]) >= String(held["on"])) latest.set(k, j);
  }
  return [...latest.values()];
}

function scoreChanges(before: Item, after: Item, where: Where): AssessmentMapChange[] {
  const list = (scale: Item): Item[] => latestByRater(Array.isArray(scale["judgements"]) ? (scale["judgements"] as Item[]) : []);
  const out: AssessmentMapChange[] = [];
  for (const p of pair(list(before), list(after), raterKey)) {
    if (p.after === undefined && p.before !== undefined) out.push(change("removed", where, { before: p.before["value"] as number, rater: rater(p.before) }));
    else if (p.before === undefined && p.after !== undefined) out.push(change("added", where, { after: p.after["value"] as number, rater: rater(p.after) }));
    else if (p.before !== undefined && p.after !== undefined) {
      if (p.before["value"] !== p.after["value"]) out.push(change("rescaled", where, { before: p.before["value"] as number, after: p.after["value"] as number, rater: rater(p.after) }));
      const was = str(p.before["reason"]);
      const now = str(p.after["reason"]);
      if (!same(was, now)) out.push(change("changed", where, { field: "reason", ...(was === undefined ? {} : { before: was }), ...(now === undefined ? {} : { after: now }), rater: rater(p.after) }));
    }
  }
  return out;
}

/** The words an item of a list is known by. */
function wordsOf(column: AssessmentMapColumn, item: Item): string | undefined {
  return str(column === "scales" ? item["question"] : item["text"]);
}

function scaleAbout(map: AssessmentMap, scale: Item): string | undefined {
  const subject = scale["subject"];
  if (!isRecord(subject) || subject["kind"] !== "danger") return undefined;
  return map.dangers.find((d) => d.id === subject["dangerId"])?.text;
}

function columnChanges(previous: AssessmentMap, next: AssessmentMap): AssessmentMapChange[] {
  const columnOf = (map: AssessmentMap): Map<string, { column: AssessmentMapColumn; item: Item }> => {
    const out = new Map<string, { column: AssessmentMapColumn; item: Item }>();
    for (const column of COLUMNS) for (const item of map[column] as readonly Item[]) out.set(String(item["id"]), { column, item });
    return out;
  };
  const was = columnOf(previous);
  const now = columnOf(next);
  const out: AssessmentMapChange[] = [];
  for (const column of COLUMNS) {
    const where = (item: Item, map: AssessmentMap): Where => {
      const words = wordsOf(column, item);
      const about = column === "scales" ? scaleAbout(map, item) : undefined;
      return { column, itemId: String(item["id"]), ...(words === undefined ? {} : { words }), ...(about === undefined ? {} : { about }) };
    };
    for (const p of pair(previous[column] as readonly Item[], next[column] as readonly Item[], (i) => String(i["id"]))) {
      if (p.before !== undefined && p.after !== undefined) {
        out.push(...fieldChanges(p.before, p.after, where(p.after, next), column === "scales" ? "question" : "text"));
        if (column === "scales") out.push(...scoreChanges(p.before, p.after, where(p.after, next)));
      } else if (p.before !== undefined) {
        // Gone from this column: re-classified when the id is in another column now (reported there).
        if (!now.has(p.key)) out.push(change("removed", where(p.before, previous)));
      } else if (p.after !== undefined) {
        const earlier = was.get(p.key);
        if (earlier === undefined) out.push(change("added", where(p.after, next)));
        else {
          const before = wordsOf(earlier.column, earlier.item);
          out.push(change("reclassified", where(p.after, next), { from: earlier.column, ...(before === undefined ? {} : { before }), ...(wordsOf(column, p.after) === undefined ? {} : { after: wordsOf(column, p.after) as string }) }));
        }
      }
    }
  }
  return out;
}

/** Added and removed entries of a keyed list, and each kept entry's changed fields. */
function listChanges<T extends Item>(column: AssessmentMapChangeColumn, before: readonly T[], after: readonly T[], key: (item: T) => string, words: (item: T) => Where, wordsField?: string): AssessmentMapChange[] {
  const out: AssessmentMapChange[] = [];
  for (const p of pair(before, after, key)) {
    if (p.before !== undefined && p.after !== undefined) out.push(...fieldChanges(p.before, p.after, { ...words(p.after), column }, wordsField));
    else if (p.before !== undefined) out.push(change("removed", { ...words(p.before), column }));
    else if (p.after !== undefined) out.push(change("added", { ...words(p.after), column }));
  }
  return out;
}

function idList(column: AssessmentMapChangeColumn, before: readonly string[], after: readonly string[]): AssessmentMapChange[] {
  return listChanges(column, before.map((id) => ({ id })), after.map((id) => ({ id })), (i) => i.id, (i) => ({ column, itemId: i.id }));
}

function person(p: Item): Where {
  const name = str(p["name"]);
  return { column: "participants", itemId: String(p["personId"]), ...(name === undefined ? {} : { words: name }) };
}

function analysisChanges(previous: AssessmentMap, next: AssessmentMap): AssessmentMapChange[] {
  const out: AssessmentMapChange[] = [];
  const was = previous.analysis?.worker as Item | undefined;
  const now = next.analysis?.worker as Item | undefined;
  const words = (w: Item): Where => ({ column: "analysis", words: String(w["text"]) });
  if (was !== undefined && now !== undefined) out.push(...fieldChanges(was, now, words(now), "text"));
  else if (was !== undefined) out.push(change("removed", words(was)));
  else if (now !== undefined) out.push(change("added", words(now)));
  const family = (map: AssessmentMap): readonly Item[] => (map.analysis?.family ?? []);
  const heldBy = (v: Item): Where => ({ column: "familyViews", itemId: str(v["personId"]) ?? flat(String(v["heldBy"])), words: String(v["view"]), heldBy: String(v["heldBy"]) });
  out.push(...listChanges("familyViews", family(previous), family(next), (v) => str(v["personId"]) ?? `heldBy:${flat(String(v["heldBy"])).toLowerCase()}`, heldBy, "view"));
  const reason = (map: AssessmentMap): Item => {
    const r = map.analysis?.familyViewNotRecordedReason;
    return r === undefined ? {} : { familyViewNotRecordedReason: r };
  };
  out.push(...fieldChanges(reason(previous), reason(next), { column: "familyViews" }, undefined));
  return out;
}

/**
 * The changes between two versions of an assessment map, in the words of practice: what was
 * added, removed, reworded, re-classified or rescaled, and what else changed about an item. The
 * result is data; {@link formatAssessmentMapChange} writes each change as a sentence.
 *
 * What is compared, in this order (the order of the map), each list in the earlier version's
 * order and then what is new:
 *
 * - the children the map is about (`children`: added, removed) and its variant (`map`: changed);
 * - who took part in the mapping (`participants`, by person: added, removed, a changed name,
 *   role or agency), and the parents and carers (`parentsAndCarers`, by person: added, removed,
 *   and each changed detail, their view included);
 * - the nine lists of items, by id: `added`, `removed`, and for an item in both versions
 *   `reworded` when its words changed (a statement's, goal's, step's or item's `text`, a scale's
 *   `question`) and `changed` for every other field that changed (`status`, `due`, `anchors.zero`,
 *   `when.on`), with the values before and after. An id that leaves one list and appears in
 *   another is `reclassified` (a grey area that became a danger statement), reported in the list
 *   it is in now;
 * - safety scales, per rater (by the rater's id, else name, else role; each rater's latest
 *   judgement): `rescaled` when the score moved, `added` when they scored the scale for the first
 *   time, `removed` when they have no score on it now, and `changed` (field `reason`) when the
 *   reason for their score changed;
 * - the child-voice records the map draws on (`childVoice`: added, removed);
 * - the analysis: the worker's judgement statement (`analysis`: added, removed, reworded, each
 *   other detail changed) and the family's view of it (`familyViews`, by person, else by who holds
 *   the view: added, removed, reworded, and the reason it is not recorded).
 *
 * Not reported: what every new version changes (`version`, `date`, `recordedAt`, `authorId`), the
 * map's `id`, and `extensions` (the host system's own data, which kinsafe never reads). White
 * space is not wording: an edit that only adds or removes spaces or line breaks (inside or at
 * either end of the words) is no change at all. A map compared with itself has no changes, and
 * swapping the arguments swaps `added` and `removed`.
 *
 * @param previous - The earlier version.
 * @param next - The later version (usually from {@link newAssessmentMapVersion}, then revised).
 * @returns The changes, in the order of the map.
 * @throws {@link KinsafeError} with code `invalid-argument` when both maps name a case and the cases differ (`caseId`): the versions of one map belong to one case.
 *
 * @example
 * {@includeCode ../../tests/assessment/describeAssessmentMapChanges.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function describeAssessmentMapChanges(previous: AssessmentMap, next: AssessmentMap): readonly AssessmentMapChange[] {
  if (previous.caseId !== undefined && next.caseId !== undefined && previous.caseId !== next.caseId) {
    throw new KinsafeError("invalid-argument", `The maps belong to different cases (${JSON.stringify(previous.caseId)} and ${JSON.stringify(next.caseId)}): compare versions of one case's map.`, [
      { path: ["caseId"], rule: "map-change/different-case", message: "The two maps belong to different cases." },
    ]);
  }
  const variant = (map: AssessmentMap): Item => ({ variant: map.variant });
  const parents = (map: AssessmentMap): readonly Item[] => (map.parentsAndCarers ?? []);
  return [
    ...idList("children", previous.childIds, next.childIds),
    ...fieldChanges(variant(previous), variant(next), { column: "map" }, undefined),
    ...listChanges("participants", previous.participants as readonly Item[], next.participants as readonly Item[], (p) => String(p["personId"]), person),
    ...listChanges("parentsAndCarers", parents(previous), parents(next), (p) => String(p["personId"]), person),
    ...columnChanges(previous, next),
    ...idList("childVoice", previous.childVoiceIds, next.childVoiceIds),
    ...analysisChanges(previous, next),
  ];
}
