import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import * as z from "zod";
import { ExtensionsSchema, safeParseWith } from "../../src/core";
import { PersonSchema } from "../../src/network";

describe("ExtensionsSchema", () => {
  it("shows the documented example", () => {
    // #region extensions
    const person = PersonSchema.parse({
      id: "kerry",
      name: "Kerry",
      kind: "adult",
      relationships: [],
      extensions: { "acme-crm": { contactId: 4711, tags: ["mother"], lastSync: null } },
    });
    person.extensions; // { "acme-crm": { contactId: 4711, tags: ["mother"], lastSync: null } }
    // Any other field kinsafe does not know is refused with its path:
    PersonSchema.safeParse({ ...person, crmId: 4711 }).success; // false
    // #endregion extensions
    expect(person.extensions).toEqual({ "acme-crm": { contactId: 4711, tags: ["mother"], lastSync: null } });
    expect(PersonSchema.safeParse({ ...person, crmId: 4711 }).success).toBe(false);
  });

  it("keeps a __proto__ key from JSON.parse as data, and pollutes no prototype", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "nested": {"__proto__": [1, 2]}, "plain": {"a": 1}}') as unknown;
    const parsed = ExtensionsSchema.parse(input);
    expect(Object.keys(parsed)).toEqual(["__proto__", "nested", "plain"]);
    expect(JSON.stringify(parsed)).toBe('{"__proto__":{"polluted":true},"nested":{"__proto__":[1,2]},"plain":{"a":1}}');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((parsed as Record<string, unknown>)["polluted"]).toBeUndefined();
    // An object with the key has no prototype, so that no later copy turns the key into one.
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed["plain"])).toBe(Object.prototype);
    // Copied once more (immer copies values this way when it applies patches): still data.
    const copied = Object.create(Object.getPrototypeOf(parsed) as object | null) as Record<string, unknown>;
    for (const key in parsed) copied[key] = parsed[key];
    expect(JSON.stringify(copied)).toBe(JSON.stringify(parsed));
  });

  it("returns a copy, so that changing the input later changes nothing parsed", () => {
    const input = { a: { b: [1, 2] } };
    const parsed = ExtensionsSchema.parse(input);
    input.a.b.push(3);
    expect(parsed).toEqual({ a: { b: [1, 2] } });
  });

  it("refuses what is not a JSON object, at the path of extensions", () => {
    const Item = z.strictObject({ id: z.string(), extensions: ExtensionsSchema.optional() });
    for (const extensions of [[], "text", 1, null, { at: new Date(0) }, { n: Number.NaN }, { f: () => 1 }, { u: undefined }]) {
      const result = safeParseWith(Item, { id: "x", extensions }, "item");
      expect(result.ok, typeof extensions).toBe(false);
      if (!result.ok) expect(result.error.issues[0]?.path).toEqual(["extensions"]);
    }
  });

  it("is { type: object } in a JSON Schema", () => {
    expect(z.toJSONSchema(ExtensionsSchema, { target: "draft-2020-12", io: "input" })).toMatchObject({ type: "object" });
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue())])("keeps any JSON object exactly, through a JSON round trip", (value) => {
    const input = JSON.parse(JSON.stringify(value)) as unknown;
    const parsed = ExtensionsSchema.parse(input);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(input));
    expect(JSON.stringify(ExtensionsSchema.parse(JSON.parse(JSON.stringify(parsed))))).toBe(JSON.stringify(input));
  });
});
