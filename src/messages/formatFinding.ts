import type { Finding } from "../core";
import type { MessageCatalogue } from "./catalogue";
import { en } from "./en";
import { NAMED_PARAMS, UNNAMED_CODE_PREFIXES, type NameResolver } from "./names";

/**
 * Options of {@link formatFinding}.
 *
 * @category Messages
 */
export interface FormatFindingOptions {
  /** The catalogue to use; the English one by default. Codes it lacks fall back to English. */
  readonly catalogue?: Partial<Record<string, string>> | MessageCatalogue;
  /**
   * Names for the ids in the finding's params (see {@link createNameResolver}): `personId` and
   * `childId` become the person's name, `ruleId`, `dangerId`, `goalId` and `bottomLineId` the
   * words of the rule, statement, goal or bottom line, `section` the house or part of the tool,
   * `heading` the Words and Pictures heading. An id the resolver does not know stays as it is.
   * Ids in the findings of statutory returns (CIN census, SSDA903, workforce) are not renamed.
   */
  readonly names?: NameResolver;
}

function named(finding: Finding, names: NameResolver | undefined): Readonly<Record<string, string | number>> {
  const params = finding.params ?? {};
  if (names === undefined || UNNAMED_CODE_PREFIXES.some((p) => finding.code.startsWith(p))) return params;
  const out: Record<string, string | number> = { ...params };
  for (const [param, method] of Object.entries(NAMED_PARAMS)) {
    const value = params[param];
    if (typeof value !== "string") continue;
    try {
      const name = names[method](value);
      if (typeof name === "string" && name.trim() !== "") {
        out[param] = name;
        // A check that knew no name for the person wrote the id as `name`: name them here.
        if (param === "personId" && params["name"] === value) out["name"] = name;
      }
    } catch {
      // A resolver that throws is the caller's; the message keeps the id.
    }
  }
  return out;
}

/**
 * Writes a finding as a sentence, filling the template's `{placeholders}` from `params`.
 * A code that no catalogue knows is written as the code followed by its params, never dropped.
 * With `names`, ids in the params are written as the case file names them ("the voice of child
 * Amy", not "p-amy"), falling back to the id.
 *
 * @param finding - A finding from any check.
 * @param options - Which catalogue to use, and the names for ids.
 * @returns The message.
 *
 * @example
 * {@includeCode ../../tests/messages/formatFinding.test.ts#docs-example}
 *
 * With names:
 * {@includeCode ../../tests/messages/names.test.ts#format-with-names}
 *
 * @category Messages
 */
export function formatFinding(finding: Finding, options: FormatFindingOptions = {}): string {
  const own = options.catalogue as Partial<Record<string, string>> | undefined;
  const fallback = en as Partial<Record<string, string>>;
  const template = own?.[finding.code] ?? fallback[finding.code];
  const params = named(finding, options.names);
  if (template === undefined) {
    const entries = Object.entries(params);
    return entries.length === 0 ? finding.code : `${finding.code} (${entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ")})`;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
