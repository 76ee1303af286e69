import type { Finding } from "../core";
import type { MessageCatalogue } from "./catalogue";
import { en } from "./en";

/**
 * Options of {@link formatFinding}.
 *
 * @category Messages
 */
export interface FormatFindingOptions {
  /** The catalogue to use; the English one by default. Codes it lacks fall back to English. */
  readonly catalogue?: Partial<Record<string, string>> | MessageCatalogue;
}

/**
 * Writes a finding as a sentence, filling the template's `{placeholders}` from `params`.
 * A code that no catalogue knows is written as the code followed by its params, never dropped.
 *
 * @param finding - A finding from any check.
 * @param options - Which catalogue to use.
 * @returns The message.
 *
 * @example
 * {@includeCode ../../tests/messages/formatFinding.test.ts#docs-example}
 *
 * @category Messages
 */
export function formatFinding(finding: Finding, options: FormatFindingOptions = {}): string {
  const own = options.catalogue as Partial<Record<string, string>> | undefined;
  const fallback = en as Partial<Record<string, string>>;
  const template = own?.[finding.code] ?? fallback[finding.code];
  const params = finding.params ?? {};
  if (template === undefined) {
    const entries = Object.entries(params);
    return entries.length === 0 ? finding.code : `${finding.code} (${entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ")})`;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
