// The names a case file gives to the things findings point at by id: people, plan rules, danger
// statements, safety goals, bottom lines, the houses and parts of the child-voice tools and the
// headings of a Words and Pictures story. Findings carry ids (stable, language-free); messages
// shown to a practitioner or a family should carry the names the case file uses ("Amy", not
// "p-amy"). Pure: reads only what it is given, never throws for an id it does not know.

/**
 * A thing with an id, which a {@link NameSource} list pairs with the words the case file shows
 * for it.
 *
 * @category Messages
 */
export interface Named {
  /** The id findings point at. */
  readonly id: string;
}

/**
 * What {@link createNameResolver} reads names from. A `CaseFile` fits it as it is; so does an
 * `AssessmentMap` (its participants' names, its danger statements and goals) or a plain object
 * holding some of these lists. Every list is optional.
 *
 * @example
 * {@includeCode ../../tests/messages/names.test.ts#docs-example}
 *
 * @category Messages
 */
export interface NameSource {
  /** People, with the name the family uses (`CaseFile.people`). */
  readonly people?: readonly (Named & { readonly name: string })[];
  /** Map participants, with the name to show (`AssessmentMap.participants`). */
  readonly participants?: readonly { readonly personId: string; readonly name?: string | undefined }[];
  /** Every plan version, oldest first (`CaseFile.plans`); the latest version's words win. */
  readonly plans?: readonly { readonly rules: readonly (Named & { readonly text: string })[] }[];
  /** One plan (`SafetyPlan`). */
  readonly rules?: readonly (Named & { readonly text: string })[];
  /** Every map version, oldest first (`CaseFile.maps`); the latest version's words win. */
  readonly maps?: readonly { readonly dangers: readonly (Named & { readonly text: string })[]; readonly goals: readonly (Named & { readonly text: string })[] }[];
  /** One map's danger statements (`AssessmentMap.dangers`). */
  readonly dangers?: readonly (Named & { readonly text: string })[];
  /** One map's safety goals (`AssessmentMap.goals`). */
  readonly goals?: readonly (Named & { readonly text: string })[];
  /** Bottom lines (`CaseFile.bottomLines`). */
  readonly bottomLines?: readonly (Named & { readonly statement: string })[];
}

/**
 * Options of {@link createNameResolver}.
 *
 * @example
 * {@includeCode ../../tests/messages/names.test.ts#docs-example}
 *
 * @category Messages
 */
export interface NameResolverOptions {
  /** More people, for a source without them (a map or a network with the case's `people`). */
  readonly people?: NameSource["people"];
  /**
   * The child-voice record the findings are about, when formatting the findings of one record:
   * its tool says which house or part a section key is, and a Three Houses record's `houseNames`
   * (the child's own names for the houses) are used first.
   */
  readonly record?: { readonly tool: string; readonly houseNames?: Readonly<Partial<Record<string, string | undefined>>> | undefined };
  /** How many characters of a rule's, statement's or goal's words to show before "…"; 80 by default. */
  readonly maxQuoteLength?: number;
}

/**
 * Names for the ids in findings, as the case file names them. Every method returns the id
 * itself when it does not know it, and never throws.
 *
 * @example
 * {@includeCode ../../tests/messages/names.test.ts#docs-example}
 *
 * @category Messages
 */
export interface NameResolver {
  /** A person's name ("Amy"), from the case's people or the map's participants. */
  person(id: string): string;
  /** A plan rule, as its words in quotes ("“Lee stays at his brother's after drinking”"). */
  rule(id: string): string;
  /** A danger statement, as its words in quotes. */
  danger(id: string): string;
  /** A safety goal, as its words in quotes. */
  goal(id: string): string;
  /** A bottom line, as its statement in quotes. */
  bottomLine(id: string): string;
  /** A house or part of a child-voice tool ("worries" → "House of Worries"). */
  house(kind: string): string;
  /** A Words and Pictures heading ("what-happened-then" → "What happened then?"). */
  heading(key: string): string;
}

/** The parts of each child-voice tool, by key, as practitioners name them (domain specification section 4). */
const HOUSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "three-houses": { worries: "House of Worries", "good-things": "House of Good Things", dreams: "House of Dreams" },
  "wizards-and-fairies": { "good-things": "good things", worries: "worries", wishes: "wishes" },
  "safety-house": { "lives-in": "who lives in the Safety House", visits: "who visits the Safety House", rules: "the rules of the Safety House", "not-safe-with": "who the child does not feel safe with", path: "the path to the Safety House" },
  "pre-birth": { hopes: "hopes for the baby", worries: "worries for the baby", "arrival-plan": "plan for the baby's arrival" },
};
/** Without a record, a key is read as the Three Houses first, then the other tools. */
const HOUSE_ORDER = ["three-houses", "safety-house", "wizards-and-fairies", "pre-birth"];

/** The Words and Pictures short-form headings (Susie Essex), as written on the pages. */
const HEADINGS: Readonly<Record<string, string>> = {
  title: "Title",
  "who-is-worried": "Who is worried?",
  "what-worried-about": "What are they worried about?",
  "what-happened-then": "What happened then?",
  "what-we-are-doing": "What are we doing about the worries?",
  "safety-plan-rule": "A rule of the safety plan",
  other: "Other",
};

function own(record: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function quote(words: string, max: number): string {
  const flat = words.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…”`;
}

function list<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Makes a {@link NameResolver} from a case file (or a map, a plan, or any {@link NameSource}),
 * for {@link formatFinding}'s `names` option: messages then read "the voice of child Amy" and
 * "Priya has not been told…" rather than "p-amy" and "p-priya". Where a thing has several
 * versions (maps, plans), the latest version's words are used. Rules, danger statements, goals
 * and bottom lines are named by their own words in quotes, shortened to `maxQuoteLength`.
 *
 * It reads only what it is given and never throws: an unknown id, or a source of the wrong
 * shape, gives back the id.
 *
 * @param source - A `CaseFile`, an `AssessmentMap`, a `SafetyPlan`, or any object with some of the lists of {@link NameSource}.
 * @param options - More people, the child-voice record being reported on, and the quote length.
 * @returns The resolver.
 *
 * @example
 * {@includeCode ../../tests/messages/names.test.ts#docs-example}
 *
 * @category Messages
 */
export function createNameResolver(source: NameSource, options: NameResolverOptions = {}): NameResolver {
  const max = typeof options.maxQuoteLength === "number" && options.maxQuoteLength >= 10 ? options.maxQuoteLength : 80;
  const people = new Map<string, string>();
  const src: NameSource = typeof source === "object" && (source as unknown) !== null ? source : {};
  for (const p of list<{ personId?: unknown; name?: unknown }>(src.participants)) if (typeof p.personId === "string" && typeof p.name === "string") people.set(p.personId, p.name);
  for (const p of [...list<{ id?: unknown; name?: unknown }>(src.people), ...list<{ id?: unknown; name?: unknown }>(options.people)]) if (typeof p.id === "string" && typeof p.name === "string") people.set(p.id, p.name);

  const words = (map: Map<string, string>, items: readonly unknown[], field: "text" | "statement"): void => {
    for (const item of items as readonly Record<string, unknown>[]) {
      if (typeof item !== "object" || item === null) continue;
      const id = item["id"];
      const value = item[field];
      if (typeof id === "string" && typeof value === "string") map.set(id, value);
    }
  };
  const rules = new Map<string, string>();
  for (const plan of list<{ rules?: unknown }>(src.plans)) words(rules, list(plan.rules), "text");
  words(rules, list(src.rules), "text");
  const dangers = new Map<string, string>();
  const goals = new Map<string, string>();
  for (const map of list<{ dangers?: unknown; goals?: unknown }>(src.maps)) {
    words(dangers, list(map.dangers), "text");
    words(goals, list(map.goals), "text");
  }
  words(dangers, list(src.dangers), "text");
  words(goals, list(src.goals), "text");
  const bottomLines = new Map<string, string>();
  words(bottomLines, list(src.bottomLines), "statement");

  const record = options.record;
  const quoted = (map: Map<string, string>) => (id: string): string => {
    const found = typeof id === "string" ? map.get(id) : undefined;
    return found === undefined ? String(id) : quote(found, max);
  };
  return {
    person: (id) => (typeof id === "string" ? people.get(id) : undefined) ?? String(id),
    rule: quoted(rules),
    danger: quoted(dangers),
    goal: quoted(goals),
    bottomLine: quoted(bottomLines),
    house: (kind) => {
      const key = String(kind);
      const standard = record === undefined ? undefined : own(HOUSES[record.tool], key);
      const childs = record?.houseNames?.[key];
      if (typeof childs === "string" && childs.trim() !== "") return standard === undefined ? childs : `${childs} (${standard})`;
      if (standard !== undefined) return standard;
      for (const tool of HOUSE_ORDER) {
        const name = own(HOUSES[tool], key);
        if (name !== undefined) return name;
      }
      return key;
    },
    heading: (key) => own(HEADINGS, String(key)) ?? String(key),
  };
}

/** Which resolver method names the value of each finding param. */
export const NAMED_PARAMS: Readonly<Record<string, keyof NameResolver>> = {
  personId: "person",
  childId: "person",
  ruleId: "rule",
  dangerId: "danger",
  goalId: "goal",
  bottomLineId: "bottomLine",
  byId: "person",
  raterId: "person",
  section: "house",
  heading: "heading",
};

/** Which resolver method names each id of a list param (ids joined with ", "). */
export const NAMED_LIST_PARAMS: Readonly<Record<string, keyof NameResolver>> = {
  personIds: "person",
  childIds: "person",
  ruleIds: "rule",
  dangerIds: "danger",
  goalIds: "goal",
  bottomLineIds: "bottomLine",
};

/** Codes whose ids belong to a statutory return, not to a case file: never renamed. */
export const UNNAMED_CODE_PREFIXES: readonly string[] = ["cin-census/", "ssda903/", "workforce/"];
