/**
 * A message catalogue: the words of one language for finding codes and the other texts kinsafe
 * writes (report headings, verdicts, readiness reasons), keyed by code or text key.
 *
 * Templates fill `{name}` from the finding's params, and choose a plural form with
 * `{count, plural, =0 {no views} one {# view} other {# views}}`: `=n` matches the number
 * exactly, otherwise the category of `Intl.PluralRules` for `locale` (`zero`, `one`, `two`,
 * `few`, `many`, `other`) is used, falling back to `other`; `#` is the number. Braces are
 * reserved for placeholders. See `docs/errors-and-findings.md`.
 *
 * Each concept owns its English texts (`enAssessment`, `enBottomLines`, …); the main entry's
 * {@link en} joins them, and each statutory-format entry ships its own (`enCinCensus`,
 * `enSsda903`, `enWorkforce`). A vendor supplies another language as a catalogue of its own.
 *
 * @typeParam Key - The codes and text keys the catalogue has words for.
 *
 * @example
 * {@includeCode ../../tests/messages/template.test.ts#catalogue}
 *
 * @category Messages
 */
export interface MessageCatalogue<Key extends string = string> {
  /** The language of the templates, as a BCP 47 tag (`"en"`, `"cy"`): it chooses the plural forms. */
  readonly locale: string;
  /** A template for each code or text key. A key it lacks falls back to the English template. */
  readonly messages: Readonly<Partial<Record<Key, string>>>;
}

/**
 * Whether a value is a {@link MessageCatalogue} (a `locale` and `messages`), rather than a plain
 * record of templates as kinsafe 0.1 took them.
 *
 * @internal
 */
export function isCatalogue(value: unknown): value is MessageCatalogue {
  return typeof value === "object" && value !== null && typeof (value as { locale?: unknown }).locale === "string" && typeof (value as { messages?: unknown }).messages === "object" && (value as { messages?: unknown }).messages !== null;
}
