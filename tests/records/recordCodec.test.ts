// The compact form the read threads hold records in: read back, it gives the record JSON would
// give (but for the order of the fields), whatever the record holds, and it is less than half the
// size for the records a CIN census return makes.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactRecord, expandRecord } from "../../src/records/internal";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { arbChildRecord } from "../metrics/fixtures";

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const roundTrip = (record: unknown): unknown => expandRecord(JSON.parse(JSON.stringify(compactRecord(record))));

/** Every object and list inside `value` (itself included), depth first. */
function nodesOf(value: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (typeof value !== "object" || value === null) return out;
  out.push(value as Record<string, unknown> | unknown[]);
  for (const child of Array.isArray(value) ? value : Object.values(value)) nodesOf(child, out);
  return out;
}

const junk = fc.oneof(fc.anything(), fc.constantFrom(null, undefined, [], {}, [null], "x", 0, -0, Number.NaN, Infinity, { toJSON: () => "t" }, new Date(0)));

describe("compactRecord and expandRecord", () => {
  const synthetic = generateSyntheticAuthority({ seed: 7, children0to17: 400, years: 3, endYear: 2025 });

  it("give back the records of a synthetic authority, at less than half the size of their JSON", () => {
    expect(synthetic.length).toBeGreaterThan(50);
    let json = 0;
    let compact = 0;
    for (const record of synthetic) {
      expect(roundTrip(record)).toEqual(viaJson(record));
      json += JSON.stringify(record).length;
      compact += JSON.stringify(compactRecord(record)).length;
    }
    expect(compact / json).toBeLessThan(0.5);
  });

  it("give back any record as JSON would, its fields aside", () => {
    fc.assert(
      fc.property(arbChildRecord(), (record) => {
        const back = roundTrip(record);
        expect(back).toEqual(viaJson(record));
        expect(Array.isArray(compactRecord(record))).toBe(true);
      }),
    );
  });

  it("give back a record with anything anywhere (a field outside the schema, null, a value of the wrong kind, toJSON) as JSON would", () => {
    fc.assert(
      fc.property(arbChildRecord(), fc.nat(), fc.string({ maxLength: 12 }), junk, fc.boolean(), (record, at, key, value, add) => {
        const copy = structuredClone(record) as unknown;
        const nodes = nodesOf(copy);
        const node = nodes[at % nodes.length];
        if (node === undefined) return;
        if (Array.isArray(node)) node[at % (node.length + 1)] = value;
        else {
          const keys = Object.keys(node);
          const name = add || keys.length === 0 ? key : (keys[at % keys.length] as string);
          node[name] = value;
        }
        expect(roundTrip(copy)).toEqual(viaJson(copy));
      }),
      { numRuns: 500 },
    );
  });

  // What JSON writes otherwise than by an object's own enumerable keys or a list's items.
  const tricks: readonly (readonly [string, (r: Record<string, unknown> & { child: Record<string, unknown>; cinEpisodes: unknown[] }) => void])[] = [
    ["a field of the schema not enumerable, beside one outside it", (r) => {
      Object.defineProperty(r, "extensions", { value: { a: 1 }, enumerable: false });
      r["foo"] = 1;
    }],
    ["a toJSON not enumerable, on the record", (r) => Object.defineProperty(r, "toJSON", { value: () => ({ replaced: true }), enumerable: false })],
    ["a toJSON not enumerable, on an item of a list", (r) => Object.defineProperty(r.cinEpisodes[0], "toJSON", { value: () => null, enumerable: false })],
    ["a toJSON on a list", (r) => Object.defineProperty(r.cinEpisodes, "toJSON", { value: () => [] })],
    ["a list of a subclass of Array", (r) => {
      class Episodes extends Array<unknown> {
        toJSON(): string {
          return "episodes";
        }
      }
      r.cinEpisodes = Episodes.from(r.cinEpisodes);
    }],
    ["a boxed NaN", (r) => (r.child["dob"] = Object(Number.NaN) as unknown)],
    ["a boxed number", (r) => (r.child["dob"] = Object(5) as unknown)],
    ["Infinity", (r) => (r.child["dob"] = Infinity)],
    ["a function whose toJSON is null", (r) => (r.child["dob"] = Object.assign(() => 1, { toJSON: () => null }))],
    ["a Date not valid", (r) => (r.child["dob"] = new Date(Number.NaN))],
    ["a getter", (r) => Object.defineProperty(r.child, "dob", { get: () => "2015-01-01", enumerable: true })],
    ["a hole in a list", (r) => (r.cinEpisodes.length = 3)],
    ["a record of a class", (r) => {
      Object.setPrototypeOf(r, class Record {}.prototype);
    }],
    ["extensions that write null", (r) => (r["extensions"] = { toJSON: () => null })],
    ["a BigInt in a list's toJSON", (r) => Object.defineProperty(r.cinEpisodes, "toJSON", { value: () => 1n })],
    ["a BigInt in extensions", (r) => (r["extensions"] = { a: 1n })],
    ["a cycle in extensions", (r) => {
      const e: Record<string, unknown> = {};
      e["self"] = e;
      r["extensions"] = e;
    }],
  ];

  it.each(tricks)("give back, or throw, as JSON would: %s", (_, trick) => {
    const record = viaJson(synthetic.find((r) => r.cinEpisodes.length > 0)) as Parameters<(typeof tricks)[number][1]>[0];
    trick(record);
    let expected: unknown;
    let thrown: unknown;
    try {
      expected = viaJson(record);
    } catch (error) {
      thrown = error;
    }
    if (thrown === undefined) expect(roundTrip(record)).toEqual(expected);
    else expect(() => roundTrip(record)).toThrow(TypeError);
  });

  it("keep a record whose field is named __proto__, or that is not a record at all, as it is", () => {
    const record = viaJson(synthetic[0]) as Record<string, unknown>;
    const withProto = JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(record).slice(1)}`) as unknown;
    expect(compactRecord(withProto)).toEqual({ asIs: withProto });
    expect(roundTrip(withProto)).toEqual(viaJson(withProto));
    for (const value of [null, 3, "r", [], [1, 2]]) expect(roundTrip(value)).toEqual(viaJson(value));
  });
});
