// What the package bundles, it names: every package the build inlines (the documents entry's
// syllable counter, the command's dependencies) has a row in THIRD-PARTY-NOTICES.md with the
// version installed, and its licence text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_IN_COMMAND } from "../../tsup.cli.config";

const ROOT = resolve(import.meta.dirname, "../..");
const notices = readFileSync(join(ROOT, "THIRD-PARTY-NOTICES.md"), "utf8");
const require = createRequire(join(ROOT, "package.json"));
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

describe("THIRD-PARTY-NOTICES.md", () => {
  it.each([...BUNDLED_IN_COMMAND, "syllable", "pluralize", "normalize-strings"])("names %s with the version bundled and its licence", (name) => {
    const row = notices.split("\n").find((line) => line.startsWith(`| [${name}](`));
    expect(row, `no table row for ${name}`).toBeDefined();
    expect(row?.split("|")[2]?.trim()).toBe(versionOf(name));
    const licence = new RegExp(`^#{2,3} ${name}\n([\\s\\S]*?)(?=^#{2,3} |(?![\\s\\S]))`, "m").exec(notices)?.[1] ?? "";
    expect(licence, `no licence text for ${name}`).toMatch(/Permission is hereby granted, free of charge/);
  });
});
