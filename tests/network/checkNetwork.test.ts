import { describe, expect, it } from "vitest";
import { isoDate, personId, type Finding } from "../../src/core";
import { enNetwork } from "../../src/network";
import {
  checkNetwork,
  NETWORK_FINDING_CODES,
  NETWORK_FINDINGS,
  updateNetworkMember,
  addNetworkMeeting,
  NetworkMeetingSchema,
  type CheckNetworkOptions,
  type NetworkFindingCode,
  type SafetyNetwork,
  type Person,
} from "../../src/network";
import { updatePlanRule, type PlanRuleId } from "../../src/safety-plan";
import { asOf, deepFreeze, ids, map, network, people, plan } from "./fixtures";

const options: CheckNetworkOptions = { people, asOf, plan };
const codes = (n: SafetyNetwork | undefined, o: Partial<CheckNetworkOptions> = {}, m = map): NetworkFindingCode[] =>
  checkNetwork(n, m, { ...options, ...o }).map((f) => f.code);
const withMembers = (change: (m: SafetyNetwork["members"][number]) => SafetyNetwork["members"][number]): SafetyNetwork => ({ ...network, members: network.members.map(change) });
const standIn = addNetworkMeeting(network, NetworkMeetingSchema.parse({ id: "nm-3", date: "2025-05-28", attendeeIds: ["kerry"], facilitatorId: "sw-sarah", decisions: [], standsInFor: "core-group" }));
const ruleId = (id: string): PlanRuleId => id as PlanRuleId;

describe("checkNetwork", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const asked = updateNetworkMember(network, ids.michelle, { willingness: "not-asked" });
    const findings = checkNetwork(asked, map, { people, asOf, plan });
    findings.map((f) => `${f.severity} ${f.code}`); // ["warning network/member-willingness-not-asked"]
    // #endregion docs-example
    expect(findings).toEqual([{ code: "network/member-willingness-not-asked", severity: "warning", path: ["members", 2, "willingness"], params: { personId: "michelle" } }]);
  });

  it("finds nothing in the worked family's network", () => {
    expect(checkNetwork(network, map, options)).toEqual([]);
  });

  it("does not mutate deep-frozen inputs", () => {
    const frozen = deepFreeze(structuredClone({ network, map, people, plan }));
    expect(() => checkNetwork(frozen.network, frozen.map, { people: frozen.people, asOf, plan: frozen.plan })).not.toThrow();
  });

  it("throws only for a bad asOf", () => {
    expect(() => checkNetwork(network, map, { people, asOf: "tomorrow" as never })).toThrow(/asOf/);
  });

  // Each code: a variant of the worked network that fires it; the worked network itself does not.
  const professionals: readonly Person[] = people.map((p) =>
    p.kind === "adult" && p.professional === undefined && p.id !== ids.kerry && p.id !== ids.lee ? { ...p, professional: { agency: "voluntary-sector" } } : p,
  );
  const allHome: readonly Person[] = people.map((p) => ({ ...p, householdId: "hh-home" }));
  const cases: Record<NetworkFindingCode, () => NetworkFindingCode[]> = {
    "network/no-network": () => codes(undefined),
    "network/no-current-members": () => codes({ ...network, members: [] }),
    "network/member-not-informed": () => codes({ ...network, informing: network.informing.filter((r) => r.personId !== ids.jo) }),
    "network/member-informed-of-outdated-map": () => codes(network, {}, { ...map, version: 2 }),
    "network/all-in-household": () => codes(network, { people: allHome }),
    "network/only-professionals": () => codes(network, { people: professionals }),
    "network/member-not-willing": () => codes(updateNetworkMember(network, ids.jo, { willingness: "unsure" })),
    "network/member-willingness-not-asked": () => codes(updateNetworkMember(network, ids.jo, { willingness: "not-asked" })),
    "network/nobody-stays-after-closure": () => codes(withMembers((m) => ({ ...m, staysAfterClosure: "unknown" }))),
    "network/only-found-by-professionals": () => codes(withMembers((m) => ({ ...m, foundBy: "professional" }))),
    "network/rule-owner-not-in-network": () =>
      codes(network, { plan: updatePlanRule(plan, ruleId("r-checkin"), { responsibleIds: [personId("uncle-dan")] }) }),
    "network/meeting-stands-in-not-allowed": () => codes(standIn),
  };

  it("has a case for every code", () => {
    expect(Object.keys(cases).sort()).toEqual([...NETWORK_FINDING_CODES].sort());
  });

  for (const code of NETWORK_FINDING_CODES) {
    it(`${code} fires in its case and not for the worked network`, () => {
      expect(cases[code]()).toContain(code);
      expect(codes(network)).not.toContain(code);
    });
  }

  it("reports the informed version and the rule owner with their params", () => {
    const outdated = checkNetwork(network, { ...map, version: 2 }, options)[0];
    expect(outdated).toEqual({
      code: "network/member-informed-of-outdated-map",
      severity: "warning",
      path: ["members", 0],
      params: { personId: "gran-pat", informedVersion: 1, mapVersion: 2, informedOn: "2025-03-26" },
    });
    const moved = updatePlanRule(plan, ruleId("r-bedtime"), { monitors: [{ personId: ids.school, as: "network" }] });
    expect(checkNetwork(network, map, { ...options, plan: moved })).toEqual([
      { code: "network/rule-owner-not-in-network", severity: "error", path: ["plan", "rules", 3, "monitors", 0], params: { personId: "dsl-patel", ruleId: "r-bedtime", as: "network-monitor" } },
    ]);
  });

  it("lets parents be responsible without membership, and professionals monitor as professionals", () => {
    expect(codes(network, { plan: updatePlanRule(plan, ruleId("r-checkin"), { responsibleIds: [ids.kerry, ids.lee] }) })).toEqual([]);
  });

  it("skips the household check when households are not known", () => {
    expect(codes(network, { people: allHome.map(({ householdId: _h, ...p }) => p) })).not.toContain("network/all-in-household");
  });

  it("allows a stand-in where local policy does, and takes severity overrides", () => {
    expect(codes(standIn, { allowStandIn: { "core-group": true } })).toEqual([]);
    const [finding] = checkNetwork(standIn, map, { ...options, severities: { "network/meeting-stands-in-not-allowed": "info" } });
    expect(finding?.severity).toBe("info");
  });

  it("counts only members and informing on or before asOf", () => {
    const before = codes(network, { asOf: isoDate("2025-03-19") });
    expect(before[0]).toBe("network/no-current-members");
    expect(new Set(before.slice(1))).toEqual(new Set(["network/rule-owner-not-in-network"]));
    expect(codes(network, { asOf: isoDate("2025-03-25") })).toEqual(["network/member-not-informed", "network/member-not-informed", "network/member-not-informed"]);
  });

  it("has an English template for every code that uses only the params the code declares", () => {
    for (const code of NETWORK_FINDING_CODES) {
      const placeholders = [...enNetwork.messages[code]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const p of placeholders) expect(NETWORK_FINDINGS[code].params).toContain(p);
    }
  });

  it("emits exactly the params each code declares", () => {
    const all: Finding[] = [];
    for (const make of [() => checkNetwork(standIn, { ...map, version: 2 }, options), () => checkNetwork({ ...network, members: [] }, map, options)]) all.push(...make());
    for (const f of all) expect(Object.keys(f.params ?? {}).sort()).toEqual([...NETWORK_FINDINGS[f.code as NetworkFindingCode].params].sort());
  });
});
