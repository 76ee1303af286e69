/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument -- variants of the worked case are made by editing its JSON */
import { describe, expect, it } from "vitest";
import {
  BottomLineSchema,
  BOTTOM_LINE_FINDINGS,
  BOTTOM_LINE_KINDS,
  evaluateBottomLines,
  type BottomLine,
  type BottomLineCase,
  type BottomLineResult,
  type CustomPredicate,
} from "../../src/bottom-lines";
import { parseCaseFile, type CaseFile } from "../../src/case-file";
import { isoDate, type IsoDate } from "../../src/core";
import { asOf, deepFreeze, seenAlone, workedBottomLines, workedCase, workedVerdicts } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The worked case changed as JSON and parsed again, so that every variant is a valid case file. */
function variant(change: (doc: Json) => void): CaseFile {
  const doc = JSON.parse(JSON.stringify(workedCase())) as Json;
  change(doc);
  return parseCaseFile(doc);
}

function line(input: Json): BottomLine {
  return BottomLineSchema.parse({ id: "bl-test", statement: "A bottom line", rationaleDangerIds: [], ...input });
}

/** Evaluates one bottom line and returns its result. */
function one(caseFile: BottomLineCase, input: Json, day: IsoDate = asOf, customPredicates: Readonly<Record<string, CustomPredicate>> = {}): BottomLineResult {
  const report = evaluateBottomLines(caseFile, [line(input)], { asOf: day, customPredicates });
  const result = report.results[0];
  if (result === undefined) throw new Error("no result");
  return result;
}

const codes = (r: BottomLineResult): string[] => r.findings.map((f) => f.code);
const noPlan = (c: CaseFile): BottomLineCase => ({ ...c, plans: [], monitoring: [] });
const noNetwork = (c: CaseFile): BottomLineCase => {
  const { network: _network, ...rest } = c;
  return rest;
};

describe("evaluateBottomLines", () => {
  it("shows the documented example", () => {
    const caseFile = workedCase();
    // #region docs-example
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: isoDate("2025-06-01"), customPredicates: { "seen-alone": seenAlone } });
    report.meetsAll; // false: the plan has not yet been sustained for three months, and the worker scores safety at 3
    const sustained = report.results.find((r) => r.bottomLineId === "bl-sustained");
    sustained?.verdict; // "unmet"
    sustained?.findings[0]?.code; // "bottom-lines/plan-not-in-place-long-enough"
    // #endregion docs-example
    expect(report.meetsAll).toBe(false);
    expect(sustained?.verdict).toBe("unmet");
    expect(sustained?.findings[0]).toMatchObject({
      code: "bottom-lines/plan-not-in-place-long-enough",
      severity: "error",
      params: { bottomLineId: "bl-sustained", inPlaceSince: "2025-04-01", months: 3, requiredSince: "2025-03-01" },
    });
  });

  it("gives the worked case the right verdict for every bottom line", () => {
    const caseFile = workedCase();
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    expect(Object.fromEntries(report.results.map((r) => [r.bottomLineId, r.verdict]))).toEqual(workedVerdicts);
    expect(report.counts).toEqual({ met: 10, unmet: 2, "cannot-tell": 1, "covered-by-rule": 1 });
    expect(report.map).toEqual({ id: "map-1", version: 1 });
    expect(report.plan).toEqual({ id: "plan-1", version: 1, status: "active" });
    expect(report.findings).toEqual([]);
  });

  it("covers every kind in the worked case", () => {
    expect(new Set(workedBottomLines.map((b) => b.kind))).toEqual(new Set(BOTTOM_LINE_KINDS));
  });

  it("meets all when every bottom line is met", () => {
    const caseFile = workedCase();
    const met = caseFile.bottomLines.filter((b) => workedVerdicts[b.id] === "met");
    expect(evaluateBottomLines(caseFile, met, { asOf }).meetsAll).toBe(true);
  });

  it("is deterministic and does not mutate its inputs", () => {
    const caseFile = deepFreeze(workedCase());
    const options = deepFreeze({ asOf, customPredicates: { "seen-alone": seenAlone } });
    const first = evaluateBottomLines(caseFile, caseFile.bottomLines, options);
    expect(evaluateBottomLines(caseFile, caseFile.bottomLines, options)).toEqual(first);
    expect(caseFile).toEqual(workedCase());
  });

  it("reports an empty list and repeated ids, and never meets all with none set or no plan", () => {
    const caseFile = workedCase();
    const none = evaluateBottomLines(caseFile, [], { asOf });
    expect(none.meetsAll).toBe(false);
    expect(none.findings.map((f) => f.code)).toEqual(["bottom-lines/none-set"]);
    const network = caseFile.bottomLines.filter((b) => b.id === "bl-network");
    expect(evaluateBottomLines(caseFile, network, { asOf }).meetsAll).toBe(true);
    const withoutPlan = evaluateBottomLines(noPlan(caseFile), network, { asOf });
    expect(withoutPlan.results[0]?.verdict).toBe("met");
    expect(withoutPlan.meetsAll).toBe(false);
    expect(withoutPlan.findings.map((f) => f.code)).toEqual(["bottom-lines/no-plan-recorded"]);
    const first = caseFile.bottomLines[0] as BottomLine;
    const twice = evaluateBottomLines(caseFile, [first, first], { asOf });
    expect(twice.findings).toMatchObject([{ code: "bottom-lines/duplicate-id", path: [1, "id"] }]);
  });

  it("gives every finding a severity that matches its code and the bottom line's id", () => {
    const caseFile = variant((d) => {
      d.network.members[2].leftOn = "2025-04-01";
    });
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: isoDate("2025-08-01") });
    const findings = report.results.flatMap((r) => r.findings.map((f) => ({ f, id: r.bottomLineId })));
    expect(findings.length).toBeGreaterThan(0);
    for (const { f, id } of findings) {
      if (f.code.startsWith("bottom-lines/")) expect(f.severity).toBe(BOTTOM_LINE_FINDINGS[f.code as keyof typeof BOTTOM_LINE_FINDINGS].severity);
      expect(f.params?.["bottomLineId"]).toBe(id);
    }
  });

  describe("network-composition", () => {
    const base = { kind: "network-composition", minMembers: 3, minOutsideHousehold: 2, minNotProfessional: 2 };
    it("is met by a large enough network reaching beyond the home", () => {
      const r = one(workedCase(), base);
      expect(r.verdict).toBe("met");
      expect(r.evidence).toMatchObject({ members: ["gran-pat", "auntie-jo", "michelle"], outsideHousehold: ["gran-pat", "auntie-jo", "michelle"] });
    });
    it("is unmet when the network is too small, too close to home or all professionals", () => {
      expect(codes(one(workedCase(), { ...base, minMembers: 4 }))).toEqual(["bottom-lines/network-too-small"]);
      const allHome = variant((d) => {
        for (const p of d.people) if (p.id === "gran-pat" || p.id === "auntie-jo") p.householdId = "hh-home";
      });
      const r = one(allHome, base);
      expect(r.verdict).toBe("unmet");
      expect(r.findings).toMatchObject([{ code: "bottom-lines/network-too-few-outside-household", params: { count: 1, min: 2 } }]);
      expect(codes(one(workedCase(), { ...base, minNotProfessional: 4 }))).toEqual(["bottom-lines/network-too-few-not-professional"]);
    });
    it("does not count a member who has said they are not willing", () => {
      const c = variant((d) => {
        d.network.members[2].willingness = "not-willing";
      });
      expect(one(c, base).findings).toMatchObject([{ code: "bottom-lines/network-too-small", params: { count: 2, min: 3 } }]);
    });
    it("cannot tell without a network, or when it matters where someone lives and that is not recorded", () => {
      expect(one(noNetwork(workedCase()), base)).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/no-network", path: ["network"] }] });
      const unknown = variant((d) => {
        for (const p of d.people) if (p.id === "michelle") delete p.householdId;
      });
      const r = one(unknown, { ...base, minOutsideHousehold: 3 });
      expect(r.verdict).toBe("cannot-tell");
      expect(r.findings).toMatchObject([{ code: "bottom-lines/household-unknown", path: ["network", "members", 2], params: { personId: "michelle", name: "Michelle" } }]);
    });
  });

  describe("network-informed", () => {
    const base = { kind: "network-informed" };
    it("is met when every member was told the current danger statements and goals", () => {
      expect(one(workedCase(), base).verdict).toBe("met");
    });
    it("is unmet when a member was not told, or was told an older version", () => {
      const c = variant((d) => {
        d.network.informing = d.network.informing.filter((r: Json) => r.personId !== "michelle");
      });
      expect(one(c, base).findings).toMatchObject([{ code: "bottom-lines/member-not-informed", path: ["network", "members", 2], params: { personId: "michelle", mapVersion: 1 } }]);
      // Version 1 is no longer in the case file: what was told cannot be compared.
      const v2 = variant((d) => {
        d.maps = [{ ...d.maps[0], version: 2, date: "2025-05-14" }];
      });
      const r = one(v2, base);
      expect(r.verdict).toBe("unmet");
      expect(codes(r)).toEqual(Array(3).fill("bottom-lines/member-informed-of-old-version"));
      expect(r.findings[0]?.params).toMatchObject({ informedVersion: 1, mapVersion: 2 });
    });
    // #region informed-content
    it("compares what a member was told with the danger statements and goals now, not the version number", () => {
      // A review that changed only the scores: version 2, same danger statements and goals.
      const rescored = variant((d) => {
        d.maps.push({ ...d.maps[0], version: 2, date: "2025-05-14", scales: d.maps[0].scales.map((s: Json) => ({ ...s, judgements: s.judgements.map((j: Json) => ({ ...j, value: 7 })) })) });
      });
      const same = one(rescored, base);
      expect(same.verdict).toBe("met");
      expect(codes(same)).toEqual(Array(3).fill("bottom-lines/member-informed-of-earlier-version-same-content"));
      // A review that rewrote a goal and added a danger statement: members must be told again, and told what changed.
      const rewritten = variant((d) => {
        const v1 = d.maps[0];
        const goals = v1.goals.map((g: Json, i: number) => (i === 0 ? { ...g, text: `${String(g.text)} Pat will check in every evening.` } : g));
        d.maps.push({ ...v1, version: 2, date: "2025-05-14", goals, dangers: [...v1.dangers, { ...v1.dangers[0], id: "d-new" }] });
      });
      const changed = one(rewritten, base);
      expect(changed.verdict).toBe("unmet");
      expect(codes(changed)).toEqual(Array(3).fill("bottom-lines/member-informed-of-changed-content"));
      expect(changed.findings[0]?.params?.["changes"]).toBe(`danger statement d-new added; safety goal ${String(workedCase().maps[0]?.goals[0]?.id)} changed`);
    });
    // #endregion informed-content
    it("does not read informing after the day", () => {
      expect(codes(one(workedCase(), base, isoDate("2025-03-25")))).toEqual(Array(3).fill("bottom-lines/member-not-informed"));
    });
    it("cannot tell without a network, a map, or members", () => {
      expect(codes(one(noNetwork(workedCase()), base))).toEqual(["bottom-lines/no-network"]);
      expect(codes(one({ ...workedCase(), maps: [] }, base))).toEqual(["bottom-lines/no-map"]);
      expect(one(workedCase(), base, isoDate("2025-03-01"))).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/network-empty" }] });
    });
  });

  describe("network-found-by-family", () => {
    it("is met, unmet or cannot tell", () => {
      expect(one(workedCase(), { kind: "network-found-by-family", minFoundByFamily: 3 }).verdict).toBe("met");
      const c = variant((d) => {
        d.network.members[0].foundBy = "professional";
        d.network.members[1].foundBy = "family-finding";
      });
      expect(one(c, { kind: "network-found-by-family", minFoundByFamily: 2 }).findings).toMatchObject([{ code: "bottom-lines/too-few-found-by-family", params: { count: 1, min: 2 } }]);
      expect(one(noNetwork(workedCase()), { kind: "network-found-by-family", minFoundByFamily: 1 }).verdict).toBe("cannot-tell");
    });
  });

  describe("rule-for-every-danger", () => {
    const base = { kind: "rule-for-every-danger" };
    it("is met when every danger statement has a rule", () => {
      expect(one(workedCase(), base).evidence).toMatchObject({ dangers: [{ dangerId: "d-drink" }, { dangerId: "d-arguments" }] });
    });
    it("is unmet when a danger statement has none", () => {
      const c = variant((d) => {
        for (const r of d.plans[0].rules) r.dangerIds = r.dangerIds.filter((x: string) => x !== "d-arguments");
      });
      expect(one(c, base).findings).toMatchObject([{ code: "bottom-lines/danger-without-rule", path: ["maps", 0, "dangers", 1], params: { dangerId: "d-arguments" } }]);
    });
    it("cannot tell without a plan, a map, or danger statements", () => {
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
      expect(codes(one({ ...workedCase(), maps: [] }, base))).toEqual(["bottom-lines/no-map"]);
      const c = workedCase();
      const map = c.maps[0];
      if (map === undefined) throw new Error("no map");
      expect(codes(one({ ...c, maps: [{ ...map, dangers: [] }] }, base))).toEqual(["bottom-lines/map-without-dangers"]);
    });
  });

  describe("rules-owned-and-monitored", () => {
    const base = { kind: "rules-owned-and-monitored" };
    it("is met, unmet or cannot tell", () => {
      expect(one(workedCase(), base).verdict).toBe("met");
      const c = variant((d) => {
        d.plans[0].rules[2].responsibleIds = [];
        d.plans[0].rules[2].monitors = [{ personId: "sw-sarah", as: "professional" }];
      });
      expect(one(c, base).findings).toMatchObject([
        { code: "bottom-lines/rule-without-responsible", path: ["plans", 0, "rules", 2, "responsibleIds"], params: { ruleId: "r-checkin" } },
        { code: "bottom-lines/rule-without-network-monitor", path: ["plans", 0, "rules", 2, "monitors"] },
      ]);
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
      const plan = workedCase().plans[0];
      if (plan === undefined) throw new Error("no plan");
      expect(codes(one({ ...workedCase(), plans: [{ ...plan, rules: [] }] }, base))).toEqual(["bottom-lines/plan-without-rules"]);
    });
  });

  describe("no-unsupervised-contact", () => {
    const base = { kind: "no-unsupervised-contact", personId: "lee" };
    it("is met by a supervised-contact rule with a network monitor and its breach resolved", () => {
      const r = one(workedCase(), base);
      expect(r.verdict).toBe("met");
      expect(r.evidence).toMatchObject({ ruleIds: ["r-contact"], networkMonitorIds: ["gran-pat"], breachIds: ["m-breach"], unresolvedBreachIds: [] });
    });
    it("is unmet while a breach is unresolved", () => {
      expect(one(workedCase(), base, isoDate("2025-05-12")).findings).toMatchObject([{ code: "bottom-lines/breach-unresolved", params: { eventId: "m-breach", date: "2025-05-10" } }]);
    });
    it("is unmet without a rule about the person, or without a network monitor", () => {
      expect(one(workedCase(), { ...base, personId: "kerry" }).findings).toMatchObject([{ code: "bottom-lines/no-supervised-contact-rule", params: { personId: "kerry", name: "Kerry" } }]);
      const c = variant((d) => {
        d.plans[0].rules[0].monitors = [{ personId: "sw-sarah", as: "professional" }];
      });
      expect(codes(one(c, base))).toEqual(["bottom-lines/supervised-contact-without-network-monitor"]);
    });
    it("cannot tell before the rule has been checked, or without a plan", () => {
      expect(one(workedCase(), base, isoDate("2025-04-02"))).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/rule-never-monitored", params: { ruleId: "r-contact" } }] });
      expect(one(noPlan(workedCase()), base).verdict).toBe("cannot-tell");
    });
  });

  describe("safe-adult", () => {
    const base = { kind: "safe-adult" };
    it("is met by a safe-adult rule naming a willing member", () => {
      expect(one(workedCase(), base).evidence).toMatchObject({ safeAdultIds: ["auntie-jo"] });
    });
    it("is unmet when the safe adult is not in the network, not willing, not named, or there is no such rule", () => {
      const left = variant((d) => {
        d.network.members[1].leftOn = "2025-05-20";
      });
      expect(one(left, base).findings).toMatchObject([{ code: "bottom-lines/safe-adult-not-in-network", params: { personId: "auntie-jo", name: "Auntie Jo", ruleId: "r-safe-adult" } }]);
      const unsure = variant((d) => {
        d.network.members[1].willingness = "unsure";
      });
      expect(one(unsure, base).findings).toMatchObject([{ code: "bottom-lines/safe-adult-not-willing", path: ["network", "members", 1, "willingness"], params: { willingness: "unsure" } }]);
      const unnamed = variant((d) => {
        d.plans[0].rules[1].subjectIds = [];
      });
      expect(codes(one(unnamed, base))).toEqual(["bottom-lines/safe-adult-not-named"]);
      const none = variant((d) => {
        d.plans[0].rules[1].kind = "other";
      });
      expect(codes(one(none, base))).toEqual(["bottom-lines/no-safe-adult-rule"]);
    });
    it("cannot tell without a network or a plan", () => {
      expect(codes(one(noNetwork(workedCase()), base))).toEqual(["bottom-lines/no-network"]);
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
    });
  });

  describe("child-told-plan", () => {
    const base = { kind: "child-told-plan" };
    it("is met when each child was shown the safety-plan story", () => {
      expect(one(workedCase(), base).evidence).toMatchObject({ children: [{ childId: "amy", toldThrough: ["words-and-pictures"] }, { childId: "ben", toldThrough: ["words-and-pictures"] }] });
    });
    it("is unmet for a child not told, and does not read child-voice work after the day", () => {
      const r = one(workedCase(), base, isoDate("2025-04-01"));
      expect(r.findings).toMatchObject([
        { code: "bottom-lines/child-not-told-plan", path: ["childIds", 0], params: { childId: "amy", name: "Amy" } },
        { code: "bottom-lines/child-not-told-plan", path: ["childIds", 1], params: { childId: "ben", name: "Ben" } },
      ]);
      const c = variant((d) => {
        d.childVoice[1].sharedWith[0].personIds = ["kerry", "lee", "amy"];
      });
      expect(one(c, base).findings).toMatchObject([{ code: "bottom-lines/child-not-told-plan", params: { childId: "ben" } }]);
    });
    it("cannot tell without a plan", () => {
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
    });
  });

  describe("breach-reported-within", () => {
    const at = workedCase().monitoring.findIndex((e) => e.id === "m-breach");
    const base = { kind: "breach-reported-within", hours: 24 };
    const change = (f: (breach: Json) => void): CaseFile =>
      variant((d) => {
        f(d.monitoring.find((e: Json) => e.id === "m-breach"));
      });
    it("is met when Children's Services were told in time", () => {
      expect(one(workedCase(), base).evidence).toMatchObject({ breaches: [{ eventId: "m-breach", reported: "in-time", hoursTaken: 2.3 }] });
    });
    it("is unmet when they were told late, or not at all", () => {
      expect(one(workedCase(), { ...base, hours: 2 }).findings).toMatchObject([{ code: "bottom-lines/breach-reported-late", path: ["monitoring", at, "escalation"], params: { hoursTaken: 2.3, hours: 2 } }]);
      const untold = change((b) => {
        delete b.escalation;
      });
      expect(one(untold, base).findings).toMatchObject([{ code: "bottom-lines/breach-not-reported", params: { eventId: "m-breach", hours: 24 } }]);
    });
    it("notes a breach whose report is not yet due without failing", () => {
      const untold = change((b) => {
        delete b.escalation;
      });
      const r = one(untold, base, isoDate("2025-05-10"));
      expect(r.verdict).toBe("met");
      expect(codes(r)).toEqual(["bottom-lines/breach-report-not-yet-due"]);
    });
    it("cannot tell when the time of the breach matters and is not recorded, or nothing is monitored", () => {
      const c = change((b) => {
        delete b.occurredAt;
        b.escalation.toldChildrensServicesAt = "2025-05-11T10:00:00Z";
      });
      expect(one(c, base)).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/breach-time-unknown", path: ["monitoring", at, "occurredAt"] }] });
      // Told 10 hours after the end of the day: in time whatever the hour.
      expect(one(c, { ...base, hours: 40 }).verdict).toBe("met");
      // Told 34 hours after its start: late whatever the hour.
      expect(codes(one(c, { ...base, hours: 8 }))).toEqual(["bottom-lines/breach-reported-late"]);
      expect(codes(one({ ...workedCase(), monitoring: [] }, base))).toEqual(["bottom-lines/no-monitoring"]);
    });
  });

  describe("monitoring-recent", () => {
    const base = { kind: "monitoring-recent", days: 14 };
    it("is met when both Children's Services and the network checked within the days", () => {
      expect(one(workedCase(), base).evidence).toMatchObject({ since: "2025-05-19", lastChildrensServices: "2025-05-29", lastNetwork: "2025-05-31" });
    });
    it("is unmet when either has not, and counts only Children's Services among professionals", () => {
      expect(codes(one(workedCase(), base, isoDate("2025-07-01")))).toEqual(["bottom-lines/no-recent-childrens-services-monitoring", "bottom-lines/no-recent-network-monitoring"]);
      // Without the social worker's checks of 29 May, only the school and the health visitor checked since 20 May.
      const c = variant((d) => {
        d.monitoring = d.monitoring.filter((e: Json) => !(e.byId === "sw-sarah" && e.date === "2025-05-29"));
      });
      expect(one(c, { ...base, days: 13 }).findings).toMatchObject([{ code: "bottom-lines/no-recent-childrens-services-monitoring", params: { days: 13, since: "2025-05-20" } }]);
    });
    it("cannot tell while the plan is not in place, or without a plan", () => {
      const draft = variant((d) => {
        d.plans[0].status = "draft";
        d.plans[0].statusHistory = [{ status: "draft", on: "2025-03-28" }];
      });
      expect(one(draft, base).findings).toMatchObject([{ code: "bottom-lines/plan-not-in-place", params: { planId: "plan-1", version: 1, status: "draft" } }]);
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
    });
  });

  describe("sustained-without-breach", () => {
    const base = { kind: "sustained-without-breach", months: 3 };
    it("is met once the plan has been in place long enough with no breach in the window", () => {
      // The breach of 10 May is resolved and older than the two months before 15 July.
      expect(one(workedCase(), { ...base, months: 2 }, isoDate("2025-07-15"))).toMatchObject({ verdict: "met", evidence: { inPlaceSince: "2025-04-01", resolvedBreachIds: ["m-breach"], breachInWindowIds: [] } });
    });
    // #region sustained-window
    it("counts every breach inside its window, resolved or not", () => {
      // The breach of 10 May was resolved on 14 May, but it is inside the three months before 1 July.
      const r = one(workedCase(), base, isoDate("2025-07-01"));
      expect(r.verdict).toBe("unmet");
      expect(r.findings).toMatchObject([{ code: "bottom-lines/breach-in-window", path: ["monitoring", 56], params: { eventId: "m-breach", date: "2025-05-10", months: 3, requiredSince: "2025-04-01" } }]);
      expect(r.evidence).toMatchObject({ breachInWindowIds: ["m-breach"], resolvedBreachIds: ["m-breach"] });
    });
    // #endregion sustained-window
    it("is unmet when not in place long enough, never in place, or with an unresolved breach", () => {
      expect(codes(one(workedCase(), base))).toEqual(["bottom-lines/plan-not-in-place-long-enough", "bottom-lines/breach-in-window"]);
      const open = variant((d) => {
        delete d.monitoring.find((e: Json) => e.id === "m-breach").resolvedOn;
      });
      expect(codes(one(open, base, isoDate("2025-07-01")))).toEqual(["bottom-lines/breach-in-window", "bottom-lines/breach-unresolved"]);
      const draft = variant((d) => {
        d.plans[0].status = "draft";
        d.plans[0].statusHistory = [{ status: "draft", on: "2025-03-28" }];
        d.monitoring = [];
      });
      expect(codes(one(draft, base))).toEqual(["bottom-lines/plan-never-in-place"]);
    });
    it("cannot tell without monitoring, or with none in the period", () => {
      expect(one({ ...workedCase(), monitoring: [] }, base, isoDate("2025-07-01"))).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/no-monitoring" }] });
      expect(one(workedCase(), { ...base, months: 1 }, isoDate("2025-08-01")).findings).toMatchObject([{ code: "bottom-lines/no-monitoring-in-period", params: { from: "2025-07-01", to: "2025-08-01" } }]);
      expect(codes(one(noPlan(workedCase()), base))).toEqual(["bottom-lines/no-plan"]);
    });
  });

  describe("scale-at-least", () => {
    const base = { kind: "scale-at-least", value: 6, roles: ["worker", "parent"] };
    it("is met when each role's latest score reaches the value", () => {
      const c = variant((d) => {
        d.maps[0].scales[0].judgements.push({ id: "j-o-worker-2", raterRole: "worker", value: 7, on: "2025-05-14" });
      });
      expect(one(c, base).evidence).toMatchObject({ judgements: [{ role: "worker", score: 7, judgementId: "j-o-worker-2" }, { role: "parent", score: 6 }] });
      // A later judgement is not read before its day.
      expect(one(c, base, isoDate("2025-05-01")).verdict).toBe("unmet");
    });
    it("is unmet when a role's latest score is below the value", () => {
      expect(one(workedCase(), base).findings).toMatchObject([
        { code: "bottom-lines/scale-below", path: ["maps", 0, "scales", 0, "judgements", 0], params: { role: "worker", score: 3, value: 6, on: "2025-03-20" } },
      ]);
    });
    it("reads a risk-high scale the safety-high way round", () => {
      const c = variant((d) => {
        d.maps[0].scales[0].polarity = "risk-high";
      });
      // Worker 3 → 7, parent 6 → 4.
      expect(one(c, base).findings).toMatchObject([{ code: "bottom-lines/scale-below", params: { role: "parent", score: 4 } }]);
    });
    it("cannot tell without a judgement by a role, an overall scale, or a map", () => {
      expect(one(workedCase(), { ...base, value: 2, roles: ["worker", "child"] }).findings).toMatchObject([{ code: "bottom-lines/no-judgement-by-role", params: { role: "child" } }]);
      const c = variant((d) => {
        d.maps[0].scales = d.maps[0].scales.slice(1);
      });
      expect(codes(one(c, base))).toEqual(["bottom-lines/no-overall-scale"]);
      expect(codes(one({ ...workedCase(), maps: [] }, base))).toEqual(["bottom-lines/no-map"]);
    });
  });

  describe("free-text", () => {
    // #region free-text
    it("is only covered by a rule until a worker judges it on evidence", () => {
      const covered = one(workedCase(), { kind: "free-text", id: "bl-sober-adult" });
      expect(covered).toMatchObject({ verdict: "covered-by-rule", evidence: { ruleIds: ["r-bedtime"], judgement: null }, findings: [{ code: "bottom-lines/free-text-covered-by-rule", params: { ruleIds: "r-bedtime" } }] });
      const judged = {
        kind: "free-text",
        id: "bl-sober-adult",
        judgements: [
          { byId: "sw-sarah", on: "2025-05-30", verdict: "met", evidence: "Pat's evening visits since April; Amy and Ben both say Nan or Pat is there at bedtime.", evidenceIds: ["m-1"] },
          { byId: "sw-sarah", on: "2025-05-12", verdict: "unmet", evidence: "Lee was drinking alone with the children on 10 May." },
        ],
      };
      expect(one(workedCase(), judged)).toMatchObject({ verdict: "met", evidence: { judgement: { byId: "sw-sarah", on: "2025-05-30", verdict: "met", evidenceIds: ["m-1"] } }, findings: [] });
      // Before the later judgement, the earlier one counts.
      expect(one(workedCase(), judged, isoDate("2025-05-20"))).toMatchObject({ verdict: "unmet", findings: [{ code: "bottom-lines/free-text-judged-unmet", params: { byId: "sw-sarah", on: "2025-05-12" } }] });
      // Before any judgement, covered by the rule only.
      expect(one(workedCase(), judged, isoDate("2025-05-01")).verdict).toBe("covered-by-rule");
    });
    // #endregion free-text
    it("is unmet when no rule covers it, and cannot tell without a plan", () => {
      expect(one(workedCase(), { kind: "free-text", id: "bl-other" })).toMatchObject({ verdict: "unmet", findings: [{ code: "bottom-lines/free-text-not-covered", path: ["plans", 0, "rules"] }] });
      expect(codes(one(noPlan(workedCase()), { kind: "free-text" }))).toEqual(["bottom-lines/no-plan"]);
    });
  });

  describe("custom", () => {
    const base = { kind: "custom", predicate: "p" };
    it("gives the predicate's verdict, evidence and findings", () => {
      const met = one(workedCase(), base, asOf, { p: (c, { currentPlan }) => ({ verdict: "met", evidence: { rules: currentPlan?.rules.length ?? 0, children: c.childIds.length } }) });
      expect(met).toMatchObject({ verdict: "met", evidence: { predicate: "p", rules: 4, children: 2 }, findings: [] });
      const unmet = one(workedCase(), base, asOf, { p: () => ({ verdict: "unmet", findings: [{ code: "la/too-few-visits", severity: "error", path: [] }] }) });
      expect(unmet).toMatchObject({ verdict: "unmet", findings: [{ code: "la/too-few-visits", params: { bottomLineId: "bl-test" } }] });
      const cannot = one(workedCase(), base, asOf, { p: () => ({ verdict: "cannot-tell" }) });
      expect(cannot.verdict).toBe("cannot-tell");
    });
    it("cannot tell when the predicate is unknown, throws, or returns no verdict", () => {
      expect(one(workedCase(), base)).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/unknown-predicate", params: { predicate: "p" } }] });
      expect(one(workedCase(), { ...base, predicate: "toString" }).verdict).toBe("cannot-tell");
      const throws = one(workedCase(), base, asOf, {
        p: () => {
          throw new Error("the visits service is down");
        },
      });
      expect(throws).toMatchObject({ verdict: "cannot-tell", findings: [{ code: "bottom-lines/predicate-failed", params: { message: "the visits service is down" } }] });
      const bad = one(workedCase(), base, asOf, { p: () => ({ verdict: "maybe" }) as never });
      expect(codes(bad)).toEqual(["bottom-lines/predicate-failed"]);
    });
  });
});
