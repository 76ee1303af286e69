import { describe, expect, it } from "vitest";
import { DEFAULT_CONTINUUM_POLICY, parseContinuumPolicy, parseServiceEvent, safeParseContinuumPolicy, safeParseServiceEvent } from "../../src/continuum";
import type { KinsafeError } from "../../src/core";
import { AT, build } from "./fixtures";

const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);

describe("parseServiceEvent", () => {
  it("parses each kind of event, with an instant stored in UTC", () => {
    // #region parse-service-event
    const event = parseServiceEvent({ id: "pp-1", type: "police-protection-start", date: "2025-07-04", at: "2025-07-04T22:40:00+01:00" });
    event.type === "police-protection-start" && event.at; // "2025-07-04T21:40:00Z"
    // #endregion parse-service-event
    expect(event).toMatchObject({ type: "police-protection-start", at: "2025-07-04T21:40:00Z" });
    for (const steps of [AT.cp, AT.lookedAfter, AT.proceedings, AT.epo]) {
      for (const e of build(steps).events) expect(parseServiceEvent(json(e))).toEqual(e);
    }
  });

  it("returns the problems as data", () => {
    // #region safe-parse-service-event
    const result = safeParseServiceEvent({ id: "r-1", type: "referral", date: "2025-02-30", referrer: { kind: "agency", agency: "schol" }, primaryNeed: "N1" });
    result.ok; // false: no 30 February, and "schol" is not an agency
    // #endregion safe-parse-service-event
    expect(result.ok === false && paths(result.error)).toEqual(["date invalid_format", "referrer.agency invalid_value"]);
  });
});

describe("parseContinuumPolicy", () => {
  it("parses a stored policy", () => {
    // #region parse-continuum-policy
    const policy = parseContinuumPolicy(JSON.parse(JSON.stringify(DEFAULT_CONTINUUM_POLICY)));
    policy.timescales.assessment.amount; // 45
    // #endregion parse-continuum-policy
    expect(policy).toEqual(DEFAULT_CONTINUUM_POLICY);
  });

  it("returns the problems as data", () => {
    const doc = json(DEFAULT_CONTINUUM_POLICY);
    const { reReferralWindow: _window, ...rest } = doc;
    // #region safe-parse-continuum-policy
    const result = safeParseContinuumPolicy({ ...rest, networkMeetingCountsAsCoreGroup: null });
    result.ok; // false: reReferralWindow is required, and the flag must be true or false
    // #endregion safe-parse-continuum-policy
    expect(result.ok === false && paths(result.error)).toEqual(["reReferralWindow required", "networkMeetingCountsAsCoreGroup invalid_type"]);
  });
});
