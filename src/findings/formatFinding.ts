import type { Finding } from "../core";
import { formatFindingWith, type FormatFindingOptions } from "../messages";
import { en } from "./en";

/**
 * Writes a finding as a sentence, filling the template's `{placeholders}` (and plural forms)
 * from `params`. A code that no catalogue knows is written as the code followed by its params,
 * never dropped. With `names`, ids in the params are written as the case file names them ("the
 * voice of child Amy", not "p-amy"), falling back to the id.
 *
 * @param finding - A finding from any check.
 * @param options - Which catalogues to use (the English {@link en} is the fallback), and the names for ids.
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
  return formatFindingWith(finding, en, options);
}
