import { isCatalogue, type MessageCatalogue, type NameResolver } from "../messages";
import type { AssessmentMapChange, AssessmentMapChangeValue } from "./describeAssessmentMapChanges";
import { enMapChanges } from "./mapChangeMessages.en";

/**
 * Options of {@link formatAssessmentMapChange}.
 *
 * @category Assessment map
 */
export interface FormatAssessmentMapChangeOptions {
  /**
   * The templates to use: a {@link MessageCatalogue} (`{ locale, messages }`, as `formatFinding`
   * takes) or a plain record of templates; {@link enMapChanges} by default. Keys it lacks fall
   * back to English.
   */
  readonly catalogue?: Partial<Record<string, string>> | MessageCatalogue;
  /**
   * Names for the ids in a change (see `createNameResolver`): people (children, participants,
   * raters, owners) by their names, danger statements and goals by their words. With a resolver,
   * no id is written: a value whose id the resolver does not know is left out of the sentence.
   */
  readonly names?: NameResolver;
  /** How many characters of an item's words to quote before "…"; 80 by default. */
  readonly maxQuoteLength?: number;
}

/** Fields whose values are people, danger statements or goals, by the last part of their name. */
const PERSON_FIELDS = new Set(["ownerId", "authorId", "personId", "actorIds", "childIds", "personIds", "inCareOfIds"]);
const DANGER_FIELDS = new Set(["dangerId", "dangerIds"]);
const GOAL_FIELDS = new Set(["goalIds"]);
/** Fields whose values are codes, written with the catalogue's words. */
const CODED_FIELDS = new Set(["status", "severity", "polarity", "owner", "variant", "relation", "role", "unit", "kind"]);
/** Fields whose values are written as they are (dates, numbers). */
const PLAIN_FIELDS = new Set(["on", "from", "to", "due", "demonstratedSince", "amount"]);

function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Writes one change between two versions of an assessment map (from
 * {@link describeAssessmentMapChanges}) as a sentence a practitioner reads: "Added danger
 * statement “Dad may hit Amy when he has been drinking”", "Safety scale “How safe is Amy at
 * home?” moved from 3 to 5 (Priya Shah)", "Changed next step “Hold a network meeting”: the
 * status from planned to done". Items are named by their own words in quotes (shortened to
 * `maxQuoteLength`); people by the resolver's names, else the name the map gives them, else
 * their role.
 *
 * The words come from a catalogue ({@link enMapChanges} by default; see there for the keys). A
 * key no catalogue knows is written as the key, never dropped.
 *
 * @param change - A change from {@link describeAssessmentMapChanges}.
 * @param options - The catalogue, the names for ids, and the quote length.
 * @returns The sentence.
 *
 * @example
 * {@includeCode ../../tests/assessment/describeAssessmentMapChanges.test.ts#format}
 *
 * @category Assessment map
 */
export function formatAssessmentMapChange(change: AssessmentMapChange, options: FormatAssessmentMapChangeOptions = {}): string {
  const given = options.catalogue;
  const own: Readonly<Partial<Record<string, string>>> | undefined = isCatalogue(given) ? given.messages : given;
  const text = (key: string): string | undefined => own?.[key] ?? enMapChanges[key];
  const word = (key: string, fallback: string): string => text(key) ?? fallback;
  const names = options.names;
  const max = typeof options.maxQuoteLength === "number" && options.maxQuoteLength >= 10 ? options.maxQuoteLength : 80;

  const quote = (words: string, from = 0): string => {
    const flat = words.replace(/\s+/g, " ").trim();
    let shown = flat;
    if (from > 0 && flat.length > max) {
      // The words from just before `from` (where a rewording starts to differ), so that the
      // quotes before and after show the difference.
      const start = Math.max(0, Math.min(from - Math.floor(max / 3), flat.length - max));
      const space = flat.lastIndexOf(" ", start);
      const begin = start > 0 && space > 0 && start - space < max / 3 ? space + 1 : start;
      const end = Math.min(flat.length, start + max);
      shown = (begin > 0 ? word("map-change/ellipsis", "…") : "") + flat.slice(begin, end).trimEnd() + (end < flat.length ? word("map-change/ellipsis", "…") : "");
    } else if (flat.length > max) {
      const cut = flat.slice(0, max);
      const space = cut.lastIndexOf(" ");
      shown = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "") + word("map-change/ellipsis", "…");
    }
    return fill(word("map-change/quote", "“{words}”"), { words: shown });
  };
  /** A resolved name, or undefined when the resolver does not know the id. */
  const resolve = (method: "person" | "danger" | "goal", id: string): string | undefined => {
    if (names === undefined) return undefined;
    try {
      const name = names[method](id);
      return typeof name === "string" && name.trim() !== "" && name !== id ? name : undefined;
    } catch {
      return undefined;
    }
  };
  const person = (id: string | undefined, name: string | undefined, role: string | undefined): string | undefined => {
    const resolved = id === undefined ? undefined : resolve("person", id);
    if (resolved !== undefined) return resolved;
    if (name !== undefined && name.trim() !== "") return name;
    if (role !== undefined) return word(`map-change/role/${role}`, role);
    return names === undefined ? id : undefined;
  };

  /** A value in words, or undefined when it cannot be shown without an id. */
  const value = (field: string, v: AssessmentMapChangeValue): string | undefined => {
    const last = field.slice(field.lastIndexOf(".") + 1);
    const all = typeof v === "object" ? [...v] : [v];
    const each = (x: string | number): string | undefined => {
      if (typeof x === "number") return String(x);
      if (PERSON_FIELDS.has(last)) return names === undefined ? x : resolve("person", x);
      if (DANGER_FIELDS.has(last)) return names === undefined ? x : resolve("danger", x);
      if (GOAL_FIELDS.has(last)) return names === undefined ? x : resolve("goal", x);
      if (CODED_FIELDS.has(last)) return word(`map-change/value/${x}`, x);
      if (PLAIN_FIELDS.has(last)) return x;
      return quote(x);
    };
    const shown = all.map(each);
    if (shown.some((s) => s === undefined)) return undefined;
    return shown.join(word("map-change/list-separator", ", "));
  };

  // A long rewording whose quotes would read the same: quote before and after from where they
  // start to differ.
  let diffAt = 0;
  if (change.kind === "reworded" && typeof change.before === "string" && typeof change.after === "string" && quote(change.before) === quote(change.after)) {
    const a = change.before.replace(/\s+/g, " ").trim();
    const b = change.after.replace(/\s+/g, " ").trim();
    while (diffAt < a.length && diffAt < b.length && a[diffAt] === b[diffAt]) diffAt++;
  }

  const column = change.column;
  const item = word(`map-change/column/${column}`, column);
  let words: string | undefined;
  if (column === "children" || column === "participants" || column === "parentsAndCarers") {
    words = person(change.itemId, change.words, undefined);
  } else if (column === "scales") {
    words = change.words !== undefined ? quote(change.words) : change.about !== undefined ? fill(word("map-change/scale-about", "about {about}"), { about: quote(change.about) }) : word("map-change/scale-overall", "");
  } else if (change.words !== undefined) {
    words = quote(change.words, diffAt);
  }
  const subject = fill(word(words === undefined || words === "" ? "map-change/subject/bare" : "map-change/subject", "{item} {words}"), { item, words: words ?? "" });

  const someone = word("map-change/someone", "someone");
  const people = column === "participants" || column === "parentsAndCarers";
  const params: Record<string, string> = { subject, item, words: words ?? (people ? someone : ""), heldBy: change.heldBy ?? someone };
  if (column === "scales") params["scale"] = words ?? "";
  if (change.rater !== undefined) params["rater"] = person(change.rater.id, change.rater.name, change.rater.role) ?? someone;
  if (change.from !== undefined) {
    const fromItem = word(`map-change/column/${change.from}`, change.from);
    params["from"] = typeof change.before === "string" ? fill(word("map-change/subject", "{item} {words}"), { item: fromItem, words: quote(change.before) }) : fill(word("map-change/subject/bare", "{item}"), { item: fromItem });
  }
  const field = change.field ?? "";
  if (change.field !== undefined) params["field"] = text(`map-change/field/${field}`) ?? text(`map-change/field/${field.slice(field.lastIndexOf(".") + 1)}`) ?? field;
  let before = change.before === undefined ? undefined : value(field, change.before);
  let after = change.after === undefined ? undefined : value(field, change.after);
  // A value that cannot be shown without an id hides both: "from Gran to Gran" would mislead.
  if ((change.before !== undefined && before === undefined) || (change.after !== undefined && after === undefined)) {
    before = undefined;
    after = undefined;
  }
  if (diffAt > 0 && typeof change.before === "string" && before !== undefined) before = quote(change.before, diffAt);
  if (diffAt > 0 && typeof change.after === "string" && after !== undefined) after = quote(change.after, diffAt);
  if (before !== undefined) params["before"] = before;
  if (after !== undefined) params["after"] = after;

  let variant = "";
  if (change.rater !== undefined && change.kind !== "rescaled") variant = "/score";
  if (change.kind === "changed") variant += before === undefined && after === undefined ? "/bare" : before === undefined ? "/set" : after === undefined ? "/cleared" : "";
  const keys = [`map-change/${change.kind}${variant}/${column}`, `map-change/${change.kind}${variant}`];
  for (const key of keys) {
    const template = text(key);
    if (template !== undefined) return fill(template, params);
  }
  return keys[1] as string;
}

/**
 * Writes every change of {@link describeAssessmentMapChanges} as a sentence, in order (see
 * {@link formatAssessmentMapChange}).
 *
 * @param changes - The changes.
 * @param options - The catalogue, the names for ids, and the quote length.
 * @returns One sentence per change.
 *
 * @example
 * {@includeCode ../../tests/assessment/describeAssessmentMapChanges.test.ts#format-all}
 *
 * @category Assessment map
 */
export function formatAssessmentMapChanges(changes: readonly AssessmentMapChange[], options: FormatAssessmentMapChangeOptions = {}): readonly string[] {
  return changes.map((c) => formatAssessmentMapChange(c, options));
}
