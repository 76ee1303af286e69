import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSURE_REASON_CODES, CP_CATEGORY_CODES, DISABILITY_CODES, REFERRAL_SOURCE_CODES } from "../../src/records";
import { byteCodes, codeOf, dayOfBytes, digitsOfBytes, isLaBytes, isPlainIdBytes, isUpnBytes, NOT_A_DAY, NOT_DIGITS, RECORD_PARTS, toDay } from "../../src/records/internal";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
// The same text with bytes before and after, so that offsets are used and not assumed zero.
const framed = (s: string): { b: Uint8Array; s: number; e: number } => {
  const inner = bytes(s);
  const b = new Uint8Array(inner.length + 6);
  b.fill(57);
  b.set(inner, 3);
  return { b, s: 3, e: 3 + inner.length };
};

// Text that looks like a date, most of it nearly one.
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-1-01", " 2024-01-01", "2024-01-01 ", "2024/01/01", "+024-01-01", "-024-01-01", "2024-0a-01", "2024-01-0\u0661", ""),
  fc.string({ maxLength: 12 }),
);

describe("values of a record's fields read from bytes", () => {
  it("gives a date's day number exactly as toDay, and NOT_A_DAY where the record's check refuses the text", () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        // The record's own check of a date (a CIN plan's start date).
        const valid = RECORD_PARTS.cinPlan.valid({ id: "p", startDate: text });
        const { b, s, e } = framed(text);
        expect(dayOfBytes(b, s, e)).toBe(valid ? toDay(text) : NOT_A_DAY);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes an id from bytes only where the record's check takes the text", () => {
    const idLike = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: 195, maxLength: 205 }), fc.constantFrom(" a", "a ", "a b", "\t", "é", "a\u007f", "x".repeat(200), "x".repeat(201)));
    fc.assert(
      fc.property(idLike, (text) => {
        const { b, s, e } = framed(text);
        if (isPlainIdBytes(b, s, e)) expect(RECORD_PARTS.cinPlan.valid({ id: text, startDate: "2024-01-01" })).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Plain ids are taken (not left to the text check).
    for (const id of ["a", "child-1", "x".repeat(200), "a b", "'=1"]) expect(isPlainIdBytes(...(Object.values(framed(id)) as [Uint8Array, number, number]))).toBe(true);
  });

  it("finds a code from bytes as codeOf finds it in its list, and nothing else", () => {
    for (const codes of [REFERRAL_SOURCE_CODES, CLOSURE_REASON_CODES, CP_CATEGORY_CODES, DISABILITY_CODES] as readonly (readonly string[])[]) {
      const found = byteCodes(codes);
      const text = fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 6 }), fc.constantFrom(...codes).map((c) => c.toLowerCase()), fc.constantFrom(...codes).map((c) => `${c} `));
      fc.assert(
        fc.property(text, (t) => {
          const { b, s, e } = framed(t);
          expect(found.index(b, s, e)).toBe(codes.includes(t) ? codeOf(codes, t) : 0);
        }),
        { numRuns: 500 },
      );
    }
    // Codes longer than four characters are found too.
    const long = byteCodes(["early-help", "cin", "lac"]);
    expect([long.index(bytes("early-help"), 0, 10), long.index(bytes("cin"), 0, 3), long.index(bytes("early-hel"), 0, 9)]).toEqual([1, 2, 0]);
  });

  it("takes a local authority code and a UPN from bytes exactly where the record's check of a child takes the text", () => {
    const upnLike = fc.oneof(
      fc.tuple(fc.constantFrom("A", "z", "1", "é", " "), fc.stringMatching(/^\d{10,12}$/), fc.constantFrom("B", "7", "", "-", "AB")).map(([a, d, z]) => `${a}${d}${z}`),
      fc.string({ maxLength: 14 }),
    );
    const laLike = fc.oneof(fc.stringMatching(/^\d{2,4}$/), fc.constantFrom("12a", " 12", "١٢٣"), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(upnLike, laLike, (upn, la) => {
        const u = framed(upn);
        const l = framed(la);
        expect(isUpnBytes(u.b, u.s, u.e)).toBe(upn !== "" && RECORD_PARTS.child.valid({ childId: "c", disabilities: [], upn }));
        expect(isLaBytes(l.b, l.s, l.e)).toBe(la !== "" && RECORD_PARTS.child.valid({ childId: "c", disabilities: [], la }));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads an integer cell's number as the tables read it: 1 to 9 digits, else not a number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,11}$/), fc.constantFrom("-1", "+1", "1.5", " 1", "1e3", "٣")), (text) => {
        const { b, s, e } = framed(text);
        expect(digitsOfBytes(b, s, e)).toBe(/^\d{1,9}$/.test(text) ? Number(text) : NOT_DIGITS);
      }),
      { numRuns: 1000 },
    );
  });
});

