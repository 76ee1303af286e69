import type { AssessmentMap } from "../assessment";
import type { Finding, IsoDate, PersonId, Severity } from "../core";
import { currentMembers } from "./currentMembers";
import { NETWORK_FINDING_TABLE, type NetworkFindingCode } from "./findingCodes";
import { assertDate } from "./internal";
import type { Person, RelationshipKind, SafetyNetwork, StatutoryMeetingKind } from "./Network";

/**
 * The parts of a safety plan that {@link checkNetwork} reads: who is responsible for each rule
 * and who monitors it. A `SafetyPlan` fits this shape; it is written out here so that the
 * network does not depend on the safety plan.
 *
 * @category Network
 */
export interface NetworkPlanRules {
  readonly rules: readonly {
    readonly id: string;
    readonly responsibleIds: readonly PersonId[];
    readonly monitors: readonly { readonly personId: PersonId; readonly as: "network" | "professional" }[];
  }[];
}

/**
 * Options of {@link checkNetwork}.
 *
 * @category Network
 */
export interface CheckNetworkOptions {
  /** Everyone in the case, for households, relationships and who is a professional. */
  readonly people: readonly Person[];
  /** The day to look at: who is a member, and which informing counts (passed in: kinsafe never reads the clock). */
  readonly asOf: IsoDate;
  /** The current safety plan, to check that the people its rules rest on are in the network. */
  readonly plan?: NetworkPlanRules;
  /**
   * The statutory meetings local policy allows a network meeting to stand in for, e.g.
   * `{ "core-group": true }`. Default: none (a meeting standing in for any is reported), because
   * only the local authority can decide it (domain specification 2.4).
   */
  readonly allowStandIn?: Readonly<Partial<Record<StatutoryMeetingKind, boolean>>>;
  /** Severities to use instead of the defaults in {@link NETWORK_FINDINGS}. */
  readonly severities?: Readonly<Partial<Record<NetworkFindingCode, Severity>>>;
}

/**
 * Relationships that make a person one of the children's parents or carers. Parents and carers
 * are responsible for rules of their own family's plan without being members of the network
 * around them.
 */
const CARER_KINDS: ReadonlySet<RelationshipKind> = new Set(["mother", "father", "step-parent", "parent-partner", "foster-carer"]);

type ParamsOf<C extends NetworkFindingCode> = { readonly [K in (typeof NETWORK_FINDING_TABLE)[C]["params"][number]]: string | number };
type ParamsArg<C extends NetworkFindingCode> = [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>];

/**
 * Checks a child's safety network against the adequacy criteria of the practice guidance and
 * returns every finding. Never throws for a parsed network.
 *
 * The criteria (Queensland practice kit, echoed by the England Innovations Project and
 * Missouri; domain specification 3.1–3.2):
 *
 * - there is a network with members on the day (`network/no-network`, `network/no-current-members`);
 * - every current member is **informed** of the danger statements and safety goals of the
 *   current map version (`network/member-not-informed`, `network/member-informed-of-outdated-map`);
 * - every member is **willing** and has been asked (`network/member-not-willing`,
 *   `network/member-willingness-not-asked`);
 * - the network reaches beyond the household and beyond professionals, and rests on people who
 *   will still be there after services withdraw (`network/all-in-household`,
 *   `network/only-professionals`, `network/nobody-stays-after-closure`);
 * - it was **found by the family** (`network/only-found-by-professionals`);
 * - every person a plan rule rests on, as responsible person or network monitor, is a current
 *   member (`network/rule-owner-not-in-network`); the children's parents and carers may be
 *   responsible for rules without being members, and professional monitors need not be members;
 * - a network meeting stands in for a statutory meeting only where local policy allows
 *   (`network/meeting-stands-in-not-allowed`).
 *
 * The guidance sets no minimum size (Northamptonshire: "no set number"); size bottom lines
 * belong to the case's bottom lines. A member's household is their person's `householdId`; the
 * children's household is that of the map's children. Checks that need facts the people list
 * does not give (a household) are skipped rather than guessed.
 *
 * @param network - The safety network, or `undefined` when the case has none yet.
 * @param map - The current assessment map (its id and version are what members must have been told).
 * @param options - The people of the case, the day, and optionally the plan and local policy.
 * @returns Every finding, or an empty array when the network meets every criterion.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date (a programmer error).
 *
 * @example
 * {@includeCode ../../tests/network/checkNetwork.test.ts#docs-example}
 *
 * @see Domain specification 3.1 "What a safety network is" and 3.2 "Network model".
 *
 * @category Network
 */
export function checkNetwork(network: SafetyNetwork | undefined, map: AssessmentMap, options: CheckNetworkOptions): readonly Finding<NetworkFindingCode>[] {
  assertDate(options.asOf, "options.asOf");
  const findings: Finding<NetworkFindingCode>[] = [];
  const severities = options.severities ?? {};
  const emit = <C extends NetworkFindingCode>(code: C, path: readonly (string | number)[], ...params: ParamsArg<C>): void => {
    const severity = severities[code] ?? NETWORK_FINDING_TABLE[code].severity;
    const p = params[0];
    findings.push(p === undefined ? { code, severity, path: [...path] } : { code, severity, path: [...path], params: p });
  };
  if (network === undefined) {
    emit("network/no-network", []);
    return findings;
  }
  const { asOf } = options;
  const people = new Map(options.people.map((p) => [p.id as string, p]));
  const members = currentMembers(network, asOf);
  const memberIndex = (personId: string): number => network.members.findIndex((m) => m.personId === personId && members.includes(m));

  if (members.length === 0) emit("network/no-current-members", ["members"], { asOf });

  // Informed of the current map version.
  for (const member of members) {
    const i = memberIndex(member.personId);
    const told = network.informing.filter((r) => r.personId === member.personId && r.on <= asOf);
    const current = told.some((r) => r.mapId === map.id && r.mapVersion >= map.version);
    if (current) continue;
    const latest = [...told].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.mapVersion - a.mapVersion))[0];
    if (latest === undefined) {
      emit("network/member-not-informed", ["members", i], { personId: member.personId, mapId: map.id, mapVersion: map.version });
    } else {
      emit("network/member-informed-of-outdated-map", ["members", i], {
        personId: member.personId,
        informedVersion: latest.mapVersion,
        mapVersion: map.version,
        informedOn: latest.on,
      });
    }
  }

  // Willing, and asked.
  for (const member of members) {
    const i = memberIndex(member.personId);
    if (member.willingness === "not-asked") emit("network/member-willingness-not-asked", ["members", i, "willingness"], { personId: member.personId });
    else if (member.willingness !== "willing") {
      emit("network/member-not-willing", ["members", i, "willingness"], { personId: member.personId, willingness: member.willingness });
    }
  }

  if (members.length > 0) {
    // Beyond the household: only when every member's household and a child's household are known.
    const childHouseholds = new Set(map.childIds.flatMap((id) => people.get(id)?.householdId ?? []));
    const households = members.map((m) => people.get(m.personId)?.householdId);
    if (childHouseholds.size > 0 && households.every((h) => h !== undefined && childHouseholds.has(h))) {
      emit("network/all-in-household", ["members"], { count: members.length });
    }
    if (members.every((m) => people.get(m.personId)?.professional !== undefined)) {
      emit("network/only-professionals", ["members"], { count: members.length });
    }
    if (!members.some((m) => m.staysAfterClosure === "yes")) {
      emit("network/nobody-stays-after-closure", ["members"], { count: members.length });
    }
    if (members.every((m) => m.foundBy === "professional")) {
      emit("network/only-found-by-professionals", ["members"], { count: members.length });
    }
  }

  // The people the plan's rules rest on.
  if (options.plan !== undefined) {
    const memberIds = new Set<string>(members.map((m) => m.personId));
    const carers = new Set<string>();
    for (const p of options.people) {
      if (map.childIds.includes(p.id) || p.relationships.some((r) => CARER_KINDS.has(r.kind) && map.childIds.includes(r.toId))) carers.add(p.id);
    }
    options.plan.rules.forEach((rule, r) => {
      const reported = new Set<string>();
      rule.responsibleIds.forEach((id, j) => {
        if (memberIds.has(id) || carers.has(id) || reported.has(id)) return;
        reported.add(id);
        emit("network/rule-owner-not-in-network", ["plan", "rules", r, "responsibleIds", j], { personId: id, ruleId: rule.id, as: "responsible" });
      });
      rule.monitors.forEach((m, j) => {
        if (m.as !== "network" || memberIds.has(m.personId)) return;
        emit("network/rule-owner-not-in-network", ["plan", "rules", r, "monitors", j], { personId: m.personId, ruleId: rule.id, as: "network-monitor" });
      });
    });
  }

  // Statutory stand-ins.
  const allowed = options.allowStandIn ?? {};
  network.meetings.forEach((meeting, i) => {
    if (meeting.standsInFor !== undefined && allowed[meeting.standsInFor] !== true) {
      emit("network/meeting-stands-in-not-allowed", ["meetings", i, "standsInFor"], { meetingId: meeting.id, standsInFor: meeting.standsInFor, date: meeting.date });
    }
  });
  return findings;
}
