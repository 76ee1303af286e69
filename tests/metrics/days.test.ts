import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../src/core";
import { fastDay, toDay } from "../../src/metrics/internal/days";

// The engine converts every date with toDay: the same value as core toDayNumber for a valid
// date (and as the unchecked fastDay), and toDayNumber's own error for anything else.
function outcome(f: (s: string) => number, s: string): number | string {
  try {
    return f(s);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe("toDay", () => {
  it("agrees with toDayNumber on every month/day combination, valid or not, across years", () => {
    const years = [0, 1, 4, 99, 100, 400, 1582, 1899, 1900, 1970, 1999, 2000, 2004, 2023, 2024, 2100, 2400, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const expected = outcome(toDayNumber, s);
          expect(outcome(toDay, s), s).toBe(expected);
          if (typeof expected === "number") expect(fastDay(s)).toBe(expected);
        }
      }
    }
  });

  it("throws toDayNumber's error on malformed strings", () => {
    for (const s of ["", "2024-1-01", "2024/01/01", "20a4-01-01", "2024-0:-01", "2024-01-0/", "\uff12024-01-01", "2024-01-01 ", " 024-01-01", "+024-01-01", "-024-01-01", "2023-02-29"]) {
      expect(outcome(toDay, s), s).toBe(outcome(toDayNumber, s));
      expect(() => toDay(s)).toThrow();
    }
  });
});
