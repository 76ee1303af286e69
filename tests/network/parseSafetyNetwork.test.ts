import { describe, expect, it } from "vitest";
import { isKinsafeError, type KinsafeError } from "../../src/core";
import { parsePerson, parseSafetyNetwork, safeParsePerson, safeParseSafetyNetwork } from "../../src/network";
import { ids, network, people } from "./fixtures";

type Json = Record<string, unknown>;
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

function failure(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);

describe("parseSafetyNetwork", () => {
  it("parses a stored network, and checks its members against the case's people", () => {
    const stored: unknown = JSON.parse(JSON.stringify(network));
    // #region parse-safety-network
    const parsed = parseSafetyNetwork(stored, { people });
    parsed.members.length; // the members, each one of the case's people
    // #endregion parse-safety-network
    expect(parsed).toEqual(network);
    expect(parseSafetyNetwork(stored)).toEqual(network);
  });

  it("reports shape and reference problems together, in the network's paths", () => {
    const doc = json(network);
    const members = doc["members"] as Json[];
    const informing = doc["informing"] as Json[];
    const meetings = doc["meetings"] as Json[];
    const [m0, ...mRest] = members;
    const [i0, ...iRest] = informing;
    const [meeting] = meetings;
    if (m0 === undefined || i0 === undefined || meeting === undefined) throw new Error("the fixture has changed");
    const bad = {
      ...doc,
      members: [{ ...m0, personId: "stranger", joinedOn: "2025-13-01" }, ...mRest],
      informing: [{ ...i0, personId: "someone-else" }, ...iRest],
      meetings: [...meetings, { ...meeting, standsInFor: null }],
    };
    const error = failure(() => parseSafetyNetwork(bad, { people }));
    expect(paths(error)).toEqual([
      "members.0.joinedOn invalid_format",
      `meetings.${String(meetings.length)}.standsInFor null-for-optional`,
      "members.0.personId reference/unknown-person",
      "informing.0.personId reference/unknown-person",
    ]);
    expect(paths(failure(() => parseSafetyNetwork(bad)))).toEqual(["members.0.joinedOn invalid_format", `meetings.${String(meetings.length)}.standsInFor null-for-optional`]);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-safety-network
    const result = safeParseSafetyNetwork({ id: "net-1", members: [], informing: [] });
    if (!result.ok) result.error.issues[0]?.message; // "required" (meetings)
    // #endregion safe-parse-safety-network
    expect(result.ok === false && result.error.issues).toEqual([{ path: ["meetings"], rule: "required", message: "required" }]);
  });
});

describe("parsePerson", () => {
  it("parses a person", () => {
    const stored: unknown = JSON.parse(JSON.stringify(people.find((p) => p.id === ids.gran)));
    // #region parse-person
    const gran = parsePerson(stored);
    gran.name; // "Gran (Pat)"
    // #endregion parse-person
    expect(gran).toEqual(people.find((p) => p.id === ids.gran));
    for (const p of people) expect(parsePerson(json(p))).toEqual(p);
  });

  it("returns the problems as data", () => {
    // #region safe-parse-person
    const result = safeParsePerson({ id: "p-1", name: "  ", kind: "adult", relationships: [], birthDate: null });
    result.ok; // false: a blank name, and a null birth date that should be left out
    // #endregion safe-parse-person
    expect(result.ok === false && paths(result.error)).toEqual(["name invalid_format", "birthDate null-for-optional"]);
  });
});
