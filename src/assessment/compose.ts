import { KinsafeError } from "../core";
import type { Duration } from "./AssessmentMap";

// Private helpers shared by the statement composers (composeDangerStatement, composeSafetyGoal,
// composeHarmStatement). Not re-exported from the package: everything here is @internal.
// Tested through the composers and in tests/assessment/compose.test.ts.

/** Collapses runs of white space (including new lines from text areas) and trims. */
function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Tidies a part that sits inside a sentence: collapses white space, removes leading commas and
 * trailing sentence punctuation, so that "hit Sam." does not give "hit Sam. when…" or a double
 * full stop at the end.
 *
 * @param text - The part as typed.
 * @returns The part, ready to go inside a sentence.
 *
 * @example
 * ```ts
 * inner("  hit   Sam.. "); // "hit Sam"
 * ```
 *
 * @internal
 */
export function inner(text: string): string {
  return tidy(text).replace(/^[,;:]+\s*/u, "").replace(/[\s.,;:!?…]+$/u, "");
}

/**
 * Upper-cases the first letter and leaves the rest alone, so names keep their capitals.
 *
 * @param text - A sentence.
 * @returns The sentence with a capital first letter.
 *
 * @example
 * ```ts
 * capitalise("the school are worried"); // "The school are worried"
 * ```
 *
 * @internal
 */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Ends a sentence with exactly one full stop, unless it already ends with a question or
 * exclamation mark.
 *
 * @param text - A sentence, with or without its final punctuation.
 * @returns The sentence with one final mark.
 *
 * @example
 * ```ts
 * endSentence("Mum called Gran.."); // "Mum called Gran."
 * ```
 *
 * @internal
 */
export function endSentence(text: string): string {
  const body = tidy(text).replace(/[\s.,;:…]+$/u, "");
  return /[!?]$/.test(body) ? body : `${body}.`;
}

/**
 * Reads a required part: tidied as by {@link inner}.
 *
 * @param value - The part as given.
 * @param what - The kind of statement, for the error message ("danger statement").
 * @param part - The part's name, for the error message ("behaviour").
 * @returns The tidied part.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when it is empty.
 *
 * @example
 * ```ts
 * required(" hit Sam. ", "danger statement", "behaviour"); // "hit Sam"
 * ```
 *
 * @internal
 */
export function required(value: string, what: string, part: string): string {
  // Callers in plain JavaScript may leave a part out or pass something else: name the part.
  if (typeof value !== "string") {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is missing; give some words for it.`);
  }
  const result = inner(value);
  if (result.length === 0) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is empty; give some words for it.`);
  }
  return result;
}

/**
 * Reads an optional part: absent when it is missing or holds only white space and punctuation.
 *
 * @param value - The part as given.
 * @param what - The kind of statement, for the error message.
 * @param part - The part's name, for the error message.
 * @returns The tidied part, or `undefined` when there is nothing in it.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part, when it is given but is not text.
 *
 * @example
 * ```ts
 * optional("  "); // undefined
 * ```
 *
 * @internal
 */
export function optional(value: string | undefined, what = "statement", part = "part"): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is not text; received ${typeof value}.`);
  const result = inner(value);
  return result.length === 0 ? undefined : result;
}

/**
 * Reads a required list of names (or a single name), each tidied.
 *
 * @param values - One name or several.
 * @param what - The kind of statement, for the error message.
 * @param part - The part's name, for the error message.
 * @returns The tidied names.
 * @throws {@link KinsafeError} with code `invalid-argument`, naming the part (and the index), when the list or one of its entries is empty.
 *
 * @example
 * ```ts
 * requiredList(["Mum ", "Gran"], "safety goal", "who"); // ["Mum", "Gran"]
 * ```
 *
 * @internal
 */
export function requiredList(values: string | readonly string[], what: string, part: string): string[] {
  const list: unknown = typeof values === "string" ? [values] : values;
  if (!Array.isArray(list)) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is missing; name at least one person or agency.`);
  }
  if (list.length === 0) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is empty; name at least one person or agency.`);
  }
  return (list as readonly string[]).map((v, i) => required(v, what, typeof values === "string" ? part : `${part}[${String(i)}]`));
}

/**
 * Joins names in plain English, without a serial comma.
 *
 * @param names - The names.
 * @returns "A", "A and B" or "A, B and C".
 *
 * @example
 * ```ts
 * joinNames(["Children's Services", "the school", "Gran"]); // "Children's Services, the school and Gran"
 * ```
 *
 * @internal
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/**
 * Removes a leading word, such as "may" or "could", that the template already supplies.
 *
 * @param text - A tidied part.
 * @param words - The words to remove, in lower case; the first that matches is removed.
 * @returns The part without the word.
 *
 * @example
 * ```ts
 * withoutLeading("may hit Sam", ["may"]); // "hit Sam"
 * ```
 *
 * @internal
 */
export function withoutLeading(text: string, words: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const word of words) {
    // The word on its own leaves nothing, which the caller then reports as an empty part.
    if (lower === word) return "";
    if (lower.startsWith(`${word} `)) return text.slice(word.length + 1).trimStart();
  }
  return text;
}

/**
 * Renders a duration in words.
 *
 * @param duration - An amount and a unit.
 * @param what - The kind of statement, for the error message.
 * @param part - The part's name, for the error message.
 * @returns "3 months", "1 week", "10 days".
 * @throws {@link KinsafeError} with code `invalid-argument` when the amount is not a positive whole number.
 *
 * @example
 * ```ts
 * formatDuration({ amount: 1, unit: "weeks" }, "safety goal", "sustainFor"); // "1 week"
 * ```
 *
 * @internal
 */
export function formatDuration(duration: Duration, what: string, part: string): string {
  // A goal without its duration, or with an unknown unit, is named rather than left to fail
  // with a TypeError.
  if (typeof duration !== "object" || (duration as unknown) === null) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" is missing; say how long the change must be seen working, e.g. { amount: 3, unit: "months" }.`);
  }
  const { amount, unit } = duration;
  if (!["days", "weeks", "months"].includes(unit)) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" must be in days, weeks or months; received ${String(unit)}.`);
  }
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount <= 0) {
    throw new KinsafeError("invalid-argument", `The ${what} part "${part}" must be a positive whole number of ${unit}; received ${String(amount)}.`);
  }
  return `${String(amount)} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

/**
 * Reads the parts object of a composer: a KinsafeError rather than a TypeError when it is missing.
 *
 * @param parts - The parts as given.
 * @param what - The kind of statement, for the error message.
 * @returns The parts.
 * @throws {@link KinsafeError} with code `invalid-argument` when `parts` is not an object.
 *
 * @internal
 */
export function requiredParts<T extends object>(parts: T, what: string): T {
  if (typeof parts !== "object" || (parts as unknown) === null) {
    throw new KinsafeError("invalid-argument", `The ${what} parts are missing; pass an object with a property for each part.`);
  }
  return parts;
}
