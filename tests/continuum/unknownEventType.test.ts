import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { applyServiceEvent, type ServiceEvent } from "../../src/continuum";
import { empty, START } from "./fixtures";

describe("applyServiceEvent with an event that was not parsed", () => {
  it("refuses an unknown event type with KinsafeError('invalid-input'), not TypeError", () => {
    // Before: TypeError: Cannot read properties of undefined (reading 'levels').
    for (const type of ["no-such-event", "constructor", "toString", 1n, null]) {
      let caught: unknown;
      try {
        applyServiceEvent(empty(), { id: "e1", date: START, type } as unknown as ServiceEvent);
      } catch (error) {
        caught = error;
      }
      expect(isKinsafeError(caught), String(type)).toBe(true);
      if (!isKinsafeError(caught)) continue;
      expect(caught.code).toBe("invalid-input");
      expect(caught.issues[0]?.path).toEqual(["events", 0, "type"]);
    }
  });
});
