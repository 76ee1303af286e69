import type { Finding } from "../core";
import { isCatalogue, type MessageCatalogue } from "./catalogue";
import { NAMED_LIST_PARAMS, NAMED_PARAMS, UNNAMED_CODE_PREFIXES, type NameResolver } from "./names";
import { fillTemplate } from "./template";

/**
 * Options of `formatFinding` and of every formatter that writes text (`formatBottomLineReport`,
 * `formatReadiness`).
 *
 * @category Messages
 */
export interface FormatFindingOptions {
  /**
   * The catalogue to use, or several, the first that has a key winning; the English one by
   * default. Keys none of them has fall back to English. (A plain record of templates, as
   * kinsafe 0.1 took, is still read, as English.)
   */
  readonly catalogue?: MessageCatalogue | readonly MessageCatalogue[];
  /**
   * Names for the ids in the finding's params (see {@link createNameResolver}): `personId` and
   * `childId` become the person's name, `ruleId`, `dangerId`, `goalId` and `bottomLineId` the
   * words of the rule, statement, goal or bottom line, `section` the house or part of the tool,
   * `heading` the Words and Pictures heading; lists of ids (`personIds`, `ruleIds`, …, joined
   * with ", ") become a list of names in the catalogue's language. An id the resolver does not
   * know stays as it is. Ids in the findings of statutory returns (CIN census, SSDA903,
   * workforce) are not renamed.
   */
  readonly names?: NameResolver;
}

/** The catalogues to look in, in order, ending with the default. */
function catalogues(options: FormatFindingOptions, fallback: MessageCatalogue): MessageCatalogue[] {
  const given = options.catalogue;
  const list: unknown[] = given === undefined ? [] : Array.isArray(given) ? [...(given as readonly unknown[])] : [given];
  const out: MessageCatalogue[] = [];
  for (const c of list) {
    if (isCatalogue(c)) {
      // `{ ...en, "code": "…" }`, as catalogues were extended in kinsafe 0.1: the extra keys win.
      const extra = Object.entries(c).filter(([k, v]) => k.includes("/") && typeof v === "string");
      if (extra.length > 0) out.push({ locale: c.locale, messages: Object.fromEntries(extra) });
      out.push(c);
    } else if (typeof c === "object" && c !== null) out.push({ locale: "en", messages: c as Readonly<Record<string, string>> });
  }
  out.push(fallback);
  return out;
}

function own(messages: Readonly<Partial<Record<string, string>>>, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(messages, key)) return undefined;
  const value = messages[key];
  return typeof value === "string" ? value : undefined;
}

/** The template for a key and the language it is written in, or `undefined`. */
function lookup(key: string, options: FormatFindingOptions, fallback: MessageCatalogue): { readonly template: string; readonly locale: string } | undefined {
  for (const c of catalogues(options, fallback)) {
    const template = own(c.messages, key);
    if (template !== undefined) return { template, locale: c.locale };
  }
  return undefined;
}

function safely(names: NameResolver, method: keyof NameResolver, id: string): string | undefined {
  try {
    const name = names[method](id);
    return typeof name === "string" && name.trim() !== "" ? name : undefined;
  } catch {
    // A resolver that throws is the caller's; the message keeps the id.
    return undefined;
  }
}

function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: "conjunction", style: "long" }).format(items);
  } catch {
    return items.join(", ");
  }
}

/** The params with ids replaced by the names the resolver knows. */
function named(code: string, params: Readonly<Record<string, string | number>>, names: NameResolver | undefined, locale: string): Readonly<Record<string, string | number>> {
  if (names === undefined || UNNAMED_CODE_PREFIXES.some((p) => code.startsWith(p))) return params;
  const out: Record<string, string | number> = { ...params };
  for (const [param, method] of Object.entries(NAMED_PARAMS)) {
    const value = params[param];
    if (typeof value !== "string") continue;
    const name = safely(names, method, value);
    if (name === undefined) continue;
    out[param] = name;
    // A check that knew no name for the person wrote the id as `name`: name them here.
    if ((param === "personId" || param === "childId") && params["name"] === value) out["name"] = name;
  }
  for (const [param, method] of Object.entries(NAMED_LIST_PARAMS)) {
    const value = params[param];
    if (typeof value !== "string" || value.trim() === "") continue;
    const ids = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
    out[param] = listOf(ids.map((id) => safely(names, method, id) ?? id), locale);
  }
  return out;
}

/**
 * Writes a finding with the given catalogues, falling back to `fallback` (the mechanism under
 * `formatFinding`, for formatters that bring their own concept's English).
 *
 * @param finding - The finding.
 * @param fallback - The catalogue for keys the caller's catalogues lack.
 * @param options - The caller's catalogues and names.
 * @returns The message.
 *
 * @internal
 */
export function formatFindingWith(finding: Finding, fallback: MessageCatalogue, options: FormatFindingOptions = {}): string {
  const found = lookup(finding.code, options, fallback);
  const params = named(finding.code, finding.params ?? {}, options.names, found?.locale ?? "en");
  if (found === undefined) {
    const entries = Object.entries(params);
    return entries.length === 0 ? finding.code : `${finding.code} (${entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ")})`;
  }
  return fillTemplate(found.template, params, found.locale);
}

/**
 * Writes one text of a formatter (a heading, a verdict, a reason) from its key, like a finding:
 * the caller's catalogues first, then `fallback`; ids in params named by `options.names`.
 *
 * @param key - The text key, e.g. `bottom-lines/report.summary`.
 * @param params - Its values.
 * @param fallback - The catalogue for keys the caller's catalogues lack.
 * @param options - The caller's catalogues and names.
 * @returns The text; the key itself when no catalogue has it.
 *
 * @internal
 */
export function formatTextWith(key: string, params: Readonly<Record<string, string | number>>, fallback: MessageCatalogue, options: FormatFindingOptions = {}): string {
  const found = lookup(key, options, fallback);
  if (found === undefined) return key;
  return fillTemplate(found.template, named(key, params, options.names, found.locale), found.locale);
}
