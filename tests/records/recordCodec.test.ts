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

  it("keep a record whose field is named __proto__, or that is not a record at all, as it is", () => {
    const record = viaJson(synthetic[0]) as Record<string, unknown>;
    const withProto = JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(record).slice(1)}`) as unknown;
    expect(compactRecord(withProto)).toEqual({ asIs: withProto });
    expect(roundTrip(withProto)).toEqual(viaJson(withProto));
    for (const value of [null, 3, "r", [], [1, 2]]) expect(roundTrip(value)).toEqual(viaJson(value));
  });
});
