import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

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

/**
 * Runs `read` and measures the memory outside the JavaScript heap (where V8 keeps large decoded
 * strings) that is still held after it, with garbage collected before and after.
 */
export async function externalMemoryKept<T>(read: () => Promise<T>): Promise<{ result: T; kept: number }> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = process.memoryUsage().external;
  const result = await read();
  gc();
  gc();
  return { result, kept: process.memoryUsage().external - before };
}
