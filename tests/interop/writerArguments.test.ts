import { describe, expect, it } from "vitest";
import { isKinsafeError, isoDate } from "../../src/core";
import { writeCinCensus, writeCinCensusStream } from "../../src/interop/cin-census";
import { writeSsda903 } from "../../src/interop/ssda903";

// Every writer refuses arguments of the wrong shape with a KinsafeError `invalid-argument`,
// never a TypeError from inside.

/** The error a call throws (awaiting a promise or draining an async generator). */
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    const out = run();
    if (out !== null && typeof out === "object" && Symbol.asyncIterator in out) for await (const _ of out as AsyncIterable<unknown>) void _;
    return undefined;
  } catch (error) {
    return error;
  }
}

const wrong: [string, () => unknown][] = [
  ["writeCinCensus with an object for records and no header", () => (writeCinCensus as (...a: unknown[]) => unknown)({ bogus: 1 })],
  ["writeCinCensus with no header", () => (writeCinCensus as (...a: unknown[]) => unknown)([])],
  ["writeCinCensus with a header that is text", () => (writeCinCensus as (...a: unknown[]) => unknown)([], "2025")],
  ["writeCinCensus with a reference date that is a number", () => (writeCinCensus as (...a: unknown[]) => unknown)([], { referenceDate: 2025 })],
  ["writeCinCensus with options null", () => (writeCinCensus as (...a: unknown[]) => unknown)([], {}, null)],
  ["writeCinCensus with a record that is not one", () => (writeCinCensus as (...a: unknown[]) => unknown)([{ bogus: 1 }], {})],
  ["writeCinCensus with a record without cinEpisodes", () => (writeCinCensus as (...a: unknown[]) => unknown)([{ child: { childId: "c1" } }], {})],
  ["writeCinCensusStream with an object for records", () => (writeCinCensusStream as (...a: unknown[]) => unknown)({ bogus: 1 })],
  ["writeCinCensusStream with no header", () => (writeCinCensusStream as (...a: unknown[]) => unknown)([])],
  ["writeCinCensusStream with a record that is null", () => (writeCinCensusStream as (...a: unknown[]) => unknown)([null], {})],
  ["writeSsda903 with an object for records", () => (writeSsda903 as (...a: unknown[]) => unknown)({ bogus: 1 })],
  ["writeSsda903 with options that are text", () => (writeSsda903 as (...a: unknown[]) => unknown)([], "numbers")],
  ["writeSsda903 with a record without lookedAfterEpisodes", () => (writeSsda903 as (...a: unknown[]) => unknown)([{ child: { childId: "c1" } }])],
];

describe("the statutory-return writers", () => {
  it.each(wrong)("refuse %s with invalid-argument", async (_name, run) => {
    const error = await thrown(run);
    expect(isKinsafeError(error)).toBe(true);
    expect((error as { code?: unknown }).code).toBe("invalid-argument");
  });

  it("still write an empty return from good arguments", async () => {
    expect(writeCinCensus([], { referenceDate: isoDate("2025-03-31") })).toContain("<ReferenceDate>2025-03-31</ReferenceDate>");
    expect(writeSsda903([]).header).toBe("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n");
    expect(await thrown(() => writeCinCensusStream([], {}))).toBeUndefined();
  });
});
