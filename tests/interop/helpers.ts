import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The path of a fixture under tests/fixtures. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

/** A fixture's text. */
export function fixture(relative: string): string {
  return readFileSync(fixturePath(relative), "utf8");
}

/** How many times an element opens in an XML text (an independent count for accounting). */
export function countElements(xml: string, name: string): number {
  return (xml.match(new RegExp(`<${name}[\\s>/]`, "g")) ?? []).length;
}
