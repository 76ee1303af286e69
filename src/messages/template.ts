// Filling a template: `{name}` from params, `{count, plural, =0 {…} one {# …} other {# …}}` with
// the plural rules of the catalogue's language, `{as, select, responsible {…} other {…}}` by the
// param's value. A small subset of ICU MessageFormat: no quoting with apostrophes. A placeholder whose param is missing stays as written,
// so that a wrong template shows itself rather than hiding a gap.

type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules("en");
    }
    if (pluralRules.size < 100) pluralRules.set(locale, rules);
  }
  return rules;
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The branches of a plural placeholder's body (`=0 {…} one {…} other {…}`), or of a select's (`responsible {…} other {…}`). */
function branches(body: string, select = false): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i] ?? "")) i++;
    if (i >= body.length) break;
    const selector = (select ? /^([\w-]+)\s*\{/ : /^(=\d+(?:\.\d+)?|zero|one|two|few|many|other)\s*\{/).exec(body.slice(i));
    if (selector === null) return undefined;
    const open = i + selector[0].length - 1;
    const close = closing(body, open);
    if (close < 0) return undefined;
    out.set(selector[1] ?? "", body.slice(open + 1, close));
    i = close + 1;
  }
  return out.has("other") ? out : undefined;
}

function fill(template: string, params: Params, locale: string, count: number | undefined): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === "#" && count !== undefined) {
      out += String(count);
      i++;
      continue;
    }
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    const close = closing(template, i);
    if (close < 0) {
      out += template.slice(i);
      break;
    }
    const whole = template.slice(i, close + 1);
    const inner = template.slice(i + 1, close);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const select = /^\s*(\w+)\s*,\s*select\s*,([\s\S]*)$/.exec(inner);
    if (simple !== null) {
      const value = params[simple[1] ?? ""];
      out += value === undefined ? whole : String(value);
    } else if (plural !== null) {
      const value = params[plural[1] ?? ""];
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
      const forms = branches(plural[2] ?? "");
      if (forms === undefined || !Number.isFinite(n)) out += whole;
      else {
        const form = forms.get(`=${String(n)}`) ?? forms.get(rulesFor(locale).select(n)) ?? forms.get("other") ?? "";
        out += fill(form, params, locale, n);
      }
    } else if (select !== null) {
      const value = params[select[1] ?? ""];
      const forms = branches(select[2] ?? "", true);
      if (forms === undefined || value === undefined) out += whole;
      else out += fill(forms.get(String(value)) ?? forms.get("other") ?? "", params, locale, count);
    } else out += whole;
    i = close + 1;
  }
  return out;
}

/**
 * Fills a message template from params: `{name}` becomes the param's value, and
 * `{count, plural, =0 {…} one {# …} other {# …}}` chooses the form for the number by exact
 * match (`=0`) or by the plural rules of `locale` (`Intl.PluralRules`), with `#` standing for
 * the number; `{as, select, responsible {…} other {…}}` chooses the form named by the param's
 * value, else `other` (for words that depend on a code, such as a role). A placeholder whose
 * param is missing, or a plural whose param is not a number, stays as written.
 *
 * @param template - The template, from a {@link MessageCatalogue}.
 * @param params - The values, e.g. a finding's params (with names already resolved).
 * @param locale - The catalogue's language, for the plural rules; `"en"` by default.
 * @returns The text.
 *
 * @example
 * {@includeCode ../../tests/messages/template.test.ts#fill-template}
 *
 * @category Messages
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>> = {}, locale = "en"): string {
  return fill(String(template), params, locale, undefined);
}

/**
 * The names of the params a template uses, in order of first use: those of `{name}`, of
 * `{name, plural, …}` and of `{name, select, …}`, including placeholders inside their forms. For checking that a
 * translation asks only for params the finding carries.
 *
 * @param template - A template.
 * @returns The param names.
 *
 * @example
 * {@includeCode ../../tests/messages/template.test.ts#template-params}
 *
 * @category Messages
 */
export function templateParams(template: string): string[] {
  const names: string[] = [];
  for (const m of String(template).matchAll(/\{\s*(\w+)\s*(?:,\s*(?:plural|select)\s*,|\})/g)) {
    const name = m[1] ?? "";
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
