import { childVoiceCoverage, type ChildVoiceRecord } from "../child-voice";
import { normaliseScore } from "../assessment";
import { addCalendarDays, addCalendarMonths, sameJson, type Finding, type IsoDate } from "../core";
import type { AssessmentMap } from "../assessment";
import type { SafetyPlan } from "../safety-plan";
import type { BottomLine, BottomLineKind, BottomLineOf } from "./BottomLine";
import type { BottomLineCase, BottomLineEvidence, EvidenceValue } from "./BottomLineReport";
import {
  currentMapOf,
  currentPlanOf,
  endOfDayMs,
  hoursOf,
  HOUR,
  instantMs,
  isBreach,
  isInPlace,
  isUnresolved,
  membersOn,
  monitoringOn,
  nameOf,
  personOf,
  startOfDayMs,
  type Indexed,
} from "./caseView";
import { BOTTOM_LINE_FINDING_TABLE, type BottomLineFindingCode } from "./findingCodes";

// The evaluator of each built-in kind of bottom line. Each reads the case and returns the
// evidence it used and its findings; the verdict follows from the findings (an error means
// unmet; otherwise a warning that marks missing evidence means cannot tell; otherwise met).

type Path = readonly (string | number)[];
type ParamsOf<C extends BottomLineFindingCode> = (typeof BOTTOM_LINE_FINDING_TABLE)[C]["params"][number];
type Emit = <C extends BottomLineFindingCode>(code: C, path: Path, ...params: ParamsOf<C> extends never ? [] : [Readonly<Record<ParamsOf<C>, string | number>>]) => void;

/** What every evaluator receives. @internal */
export interface EvaluationContext {
  readonly caseFile: BottomLineCase;
  readonly asOf: IsoDate;
  readonly map: Indexed<AssessmentMap> | undefined;
  readonly plan: Indexed<SafetyPlan> | undefined;
  readonly emit: Emit;
}

/** What an evaluator returns: the evidence used (findings are emitted). @internal */
export type Evaluator<K extends BottomLineKind> = (ctx: EvaluationContext, bottomLine: BottomLineOf<K>) => BottomLineEvidence;

/**
 * Builds the context of one bottom line: findings are collected in `findings`, each with the
 * bottom line's id in its params.
 *
 * @internal
 */
export function contextFor(caseFile: BottomLineCase, asOf: IsoDate, bottomLine: BottomLine, findings: Finding[]): EvaluationContext {
  return {
    caseFile,
    asOf,
    map: currentMapOf(caseFile.maps),
    plan: currentPlanOf(caseFile.plans),
    emit: (code, path, ...params) => {
      findings.push({ code, severity: BOTTOM_LINE_FINDING_TABLE[code].severity, path: [...path], params: { bottomLineId: bottomLine.id, ...params[0] } });
    },
  };
}

const mapRef = (map: Indexed<AssessmentMap>): EvidenceValue => ({ mapId: map.value.id, version: map.value.version });
const planRef = (plan: Indexed<SafetyPlan>): EvidenceValue => ({ planId: plan.value.id, version: plan.value.version, status: plan.value.status });

function needNetwork(ctx: EvaluationContext): boolean {
  if (ctx.caseFile.network !== undefined) return true;
  ctx.emit("bottom-lines/no-network", ["network"]);
  return false;
}

function needMap(ctx: EvaluationContext): ctx is EvaluationContext & { readonly map: Indexed<AssessmentMap> } {
  if (ctx.map !== undefined) return true;
  ctx.emit("bottom-lines/no-map", ["maps"]);
  return false;
}

function needPlan(ctx: EvaluationContext): ctx is EvaluationContext & { readonly plan: Indexed<SafetyPlan> } {
  if (ctx.plan !== undefined) return true;
  ctx.emit("bottom-lines/no-plan", ["plans"]);
  return false;
}

/** Members who count towards the network: on the day, and not having said they are not willing. */
function countingMembers(ctx: EvaluationContext): ReturnType<typeof membersOn> {
  return membersOn(ctx.caseFile, ctx.asOf).filter((m) => m.value.willingness !== "not-willing");
}

const networkComposition: Evaluator<"network-composition"> = (ctx, line) => {
  if (!needNetwork(ctx)) return {};
  const members = countingMembers(ctx);
  const childHouseholds = new Set(ctx.caseFile.childIds.flatMap((id) => personOf(ctx.caseFile, id)?.householdId ?? []));
  const outside: string[] = [];
  const inside: string[] = [];
  const unknown: Indexed<string>[] = [];
  const notProfessional: string[] = [];
  for (const { value: member, index } of members) {
    const person = personOf(ctx.caseFile, member.personId);
    if (person !== undefined && person.professional === undefined) notProfessional.push(member.personId);
    if (person?.professional !== undefined && person.householdId === undefined) outside.push(member.personId);
    else if (person?.householdId === undefined || childHouseholds.size === 0) unknown.push({ value: member.personId, index });
    else if (childHouseholds.has(person.householdId)) inside.push(member.personId);
    else outside.push(member.personId);
  }
  if (members.length < line.minMembers) ctx.emit("bottom-lines/network-too-small", ["network", "members"], { count: members.length, min: line.minMembers });
  if (notProfessional.length < line.minNotProfessional) {
    ctx.emit("bottom-lines/network-too-few-not-professional", ["network", "members"], { count: notProfessional.length, min: line.minNotProfessional });
  }
  if (outside.length + unknown.length < line.minOutsideHousehold) {
    ctx.emit("bottom-lines/network-too-few-outside-household", ["network", "members"], { count: outside.length, min: line.minOutsideHousehold });
  } else if (outside.length < line.minOutsideHousehold) {
    for (const u of unknown) ctx.emit("bottom-lines/household-unknown", ["network", "members", u.index], { personId: u.value, name: nameOf(ctx.caseFile, u.value) });
  }
  return {
    networkId: ctx.caseFile.network?.id ?? null,
    members: members.map((m) => m.value.personId),
    outsideHousehold: outside,
    inHousehold: inside,
    householdUnknown: unknown.map((u) => u.value),
    notProfessional,
  };
};

const networkInformed: Evaluator<"network-informed"> = (ctx) => {
  const hasMap = needMap(ctx);
  const hasNetwork = needNetwork(ctx);
  if (!hasMap || !hasNetwork || ctx.map === undefined) return {};
  const map = ctx.map.value;
  const members = membersOn(ctx.caseFile, ctx.asOf);
  if (members.length === 0) {
    ctx.emit("bottom-lines/network-empty", ["network", "members"]);
    return { map: mapRef(ctx.map), members: [] };
  }
  const informing = ctx.caseFile.network?.informing ?? [];
  const informed: string[] = [];
  const notInformed: string[] = [];
  const outdated: string[] = [];
  const changed: { readonly personId: string; readonly informedVersion: number; readonly changes: readonly string[] }[] = [];
  for (const { value: member, index } of members) {
    const records = informing.filter((r) => r.personId === member.personId && r.mapId === map.id && r.on <= ctx.asOf);
    const best = records.reduce((v, r) => Math.max(v, r.mapVersion), 0);
    const name = nameOf(ctx.caseFile, member.personId);
    const params = { personId: member.personId, name, informedVersion: best, mapVersion: map.version };
    if (best >= map.version) informed.push(member.personId);
    else if (best === 0) {
      notInformed.push(member.personId);
      ctx.emit("bottom-lines/member-not-informed", ["network", "members", index], { personId: member.personId, name, mapVersion: map.version });
    } else {
      // Compare what they were told with what the map says now.
      const told = toldVersionOf(ctx.caseFile.maps, map.id, best);
      const changes = told === undefined ? undefined : contentChanges(told, map);
      if (changes === undefined) {
        outdated.push(member.personId);
        ctx.emit("bottom-lines/member-informed-of-old-version", ["network", "members", index], params);
      } else if (changes.length === 0) {
        informed.push(member.personId);
        ctx.emit("bottom-lines/member-informed-of-earlier-version-same-content", ["network", "members", index], params);
      } else {
        outdated.push(member.personId);
        changed.push({ personId: member.personId, informedVersion: best, changes });
        ctx.emit("bottom-lines/member-informed-of-changed-content", ["network", "members", index], { ...params, changes: changes.join("; ") });
      }
    }
  }
  return { map: mapRef(ctx.map), members: members.map((m) => m.value.personId), informed, notInformed, informedOfOldVersion: outdated, changes: changed };
};

/** The map version a member was told, when the case file still holds it (one of that id and version). */
function toldVersionOf(maps: readonly AssessmentMap[], id: string, version: number): AssessmentMap | undefined {
  const found = maps.filter((m) => m.id === id && m.version === version);
  // Two records of the same version that differ cannot say what was told.
  return found.length > 0 && found.every((m) => sameJson(m.dangers, found[0]?.dangers) && sameJson(m.goals, found[0]?.goals)) ? found[0] : undefined;
}

/**
 * What changed in the danger statements and safety goals between the version told and the
 * current map, in words: "danger statement d-1 changed", "safety goal g-2 added". Scales,
 * judgements and every other part of the map are not compared.
 */
function contentChanges(told: AssessmentMap, current: AssessmentMap): string[] {
  const changes: string[] = [];
  const compare = (label: string, before: readonly { readonly id: string }[], after: readonly { readonly id: string }[]): void => {
    const ids = [...new Set([...before.map((x) => x.id), ...after.map((x) => x.id)])].sort();
    for (const id of ids) {
      const a = before.filter((x) => x.id === id);
      const b = after.filter((x) => x.id === id);
      if (a.length === 0) changes.push(`${label} ${id} added`);
      else if (b.length === 0) changes.push(`${label} ${id} removed`);
      else if (!sameJson(a, b)) changes.push(`${label} ${id} changed`);
    }
  };
  compare("danger statement", told.dangers, current.dangers);
  compare("safety goal", told.goals, current.goals);
  return changes;
}

const networkFoundByFamily: Evaluator<"network-found-by-family"> = (ctx, line) => {
  if (!needNetwork(ctx)) return {};
  const members = countingMembers(ctx);
  const found = members.filter((m) => m.value.foundBy === "family").map((m) => m.value.personId);
  if (found.length < line.minFoundByFamily) ctx.emit("bottom-lines/too-few-found-by-family", ["network", "members"], { count: found.length, min: line.minFoundByFamily });
  return { members: members.map((m) => m.value.personId), foundByFamily: found };
};

const ruleForEveryDanger: Evaluator<"rule-for-every-danger"> = (ctx) => {
  const hasMap = needMap(ctx);
  const hasPlan = needPlan(ctx);
  if (!hasMap || !hasPlan || ctx.map === undefined || ctx.plan === undefined) return {};
  const { value: map, index: mapIndex } = ctx.map;
  if (map.dangers.length === 0) {
    ctx.emit("bottom-lines/map-without-dangers", ["maps", mapIndex, "dangers"], { mapId: map.id, version: map.version });
    return { map: mapRef(ctx.map), plan: planRef(ctx.plan) };
  }
  const rules = ctx.plan.value.rules;
  const dangers = map.dangers.map((danger, i) => {
    const ruleIds = rules.filter((r) => r.dangerIds.includes(danger.id)).map((r) => r.id);
    if (ruleIds.length === 0) ctx.emit("bottom-lines/danger-without-rule", ["maps", mapIndex, "dangers", i], { dangerId: danger.id });
    return { dangerId: danger.id, ruleIds };
  });
  return { map: mapRef(ctx.map), plan: planRef(ctx.plan), dangers };
};

const rulesOwnedAndMonitored: Evaluator<"rules-owned-and-monitored"> = (ctx) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return {};
  const { value: plan, index: planIndex } = ctx.plan;
  if (plan.rules.length === 0) {
    ctx.emit("bottom-lines/plan-without-rules", ["plans", planIndex, "rules"], { planId: plan.id, version: plan.version });
    return { plan: planRef(ctx.plan) };
  }
  const withoutResponsible: string[] = [];
  const withoutNetworkMonitor: string[] = [];
  plan.rules.forEach((rule, i) => {
    if (rule.responsibleIds.length === 0) {
      withoutResponsible.push(rule.id);
      ctx.emit("bottom-lines/rule-without-responsible", ["plans", planIndex, "rules", i, "responsibleIds"], { ruleId: rule.id });
    }
    if (!rule.monitors.some((m) => m.as === "network")) {
      withoutNetworkMonitor.push(rule.id);
      ctx.emit("bottom-lines/rule-without-network-monitor", ["plans", planIndex, "rules", i, "monitors"], { ruleId: rule.id });
    }
  });
  return { plan: planRef(ctx.plan), ruleIds: plan.rules.map((r) => r.id), withoutResponsible, withoutNetworkMonitor };
};

const noUnsupervisedContact: Evaluator<"no-unsupervised-contact"> = (ctx, line) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return { personId: line.personId };
  const { value: plan, index: planIndex } = ctx.plan;
  const name = nameOf(ctx.caseFile, line.personId);
  const rules = plan.rules.flatMap((value, index) => (value.kind === "supervised-contact" && value.subjectIds.includes(line.personId) ? [{ value, index }] : []));
  if (rules.length === 0) {
    ctx.emit("bottom-lines/no-supervised-contact-rule", ["plans", planIndex, "rules"], { personId: line.personId, name });
    return { personId: line.personId, plan: planRef(ctx.plan), ruleIds: [] };
  }
  const monitored = rules.filter((r) => r.value.monitors.some((m) => m.as === "network"));
  if (monitored.length === 0) {
    for (const r of rules) {
      ctx.emit("bottom-lines/supervised-contact-without-network-monitor", ["plans", planIndex, "rules", r.index, "monitors"], { ruleId: r.value.id, personId: line.personId, name });
    }
  }
  const ruleIds = new Set<string>(rules.map((r) => r.value.id));
  const events = monitoringOn(ctx.caseFile, ctx.asOf).filter((e) => e.value.ruleId !== undefined && ruleIds.has(e.value.ruleId));
  const unresolved = events.filter((e) => isBreach(e.value) && isUnresolved(e.value, ctx.asOf));
  for (const e of unresolved) ctx.emit("bottom-lines/breach-unresolved", ["monitoring", e.index], { eventId: e.value.id, date: e.value.date });
  if (events.length === 0) {
    for (const r of rules) ctx.emit("bottom-lines/rule-never-monitored", ["plans", planIndex, "rules", r.index], { ruleId: r.value.id });
  }
  return {
    personId: line.personId,
    plan: planRef(ctx.plan),
    ruleIds: [...ruleIds],
    networkMonitorIds: [...new Set(monitored.flatMap((r) => r.value.monitors.filter((m) => m.as === "network").map((m) => m.personId)))],
    monitoringCount: events.length,
    breachIds: events.filter((e) => isBreach(e.value)).map((e) => e.value.id),
    unresolvedBreachIds: unresolved.map((e) => e.value.id),
  };
};

const safeAdult: Evaluator<"safe-adult"> = (ctx) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return {};
  const { value: plan, index: planIndex } = ctx.plan;
  const rules = plan.rules.flatMap((value, index) => (value.kind === "safe-adult" ? [{ value, index }] : []));
  if (rules.length === 0) {
    ctx.emit("bottom-lines/no-safe-adult-rule", ["plans", planIndex, "rules"]);
    return { plan: planRef(ctx.plan), ruleIds: [] };
  }
  const evidence = { plan: planRef(ctx.plan), ruleIds: rules.map((r) => r.value.id) };
  if (ctx.caseFile.network === undefined) {
    ctx.emit("bottom-lines/no-network", ["network"]);
    return evidence;
  }
  const members = membersOn(ctx.caseFile, ctx.asOf);
  const safeAdults: string[] = [];
  const problems: (() => void)[] = [];
  for (const { value: rule, index } of rules) {
    const path = ["plans", planIndex, "rules", index, "subjectIds"];
    if (rule.subjectIds.length === 0) problems.push(() => { ctx.emit("bottom-lines/safe-adult-not-named", path, { ruleId: rule.id }); });
    for (const personId of rule.subjectIds) {
      const member = members.find((m) => m.value.personId === personId);
      const name = nameOf(ctx.caseFile, personId);
      if (member === undefined) problems.push(() => { ctx.emit("bottom-lines/safe-adult-not-in-network", path, { ruleId: rule.id, personId, name }); });
      else if (member.value.willingness !== "willing") {
        problems.push(() => { ctx.emit("bottom-lines/safe-adult-not-willing", ["network", "members", member.index, "willingness"], { ruleId: rule.id, personId, name, willingness: member.value.willingness }); });
      } else if (!safeAdults.includes(personId)) safeAdults.push(personId);
    }
  }
  // One agreed, willing safe adult meets the bottom line; the others' problems are then not reported here.
  if (safeAdults.length === 0) for (const report of problems) report();
  return { ...evidence, safeAdultIds: safeAdults };
};

/** Child-voice records as they stood on the day: later records and later sharings left out. */
function recordsOn(records: readonly ChildVoiceRecord[], asOf: IsoDate): ChildVoiceRecord[] {
  return records.filter((r) => r.date <= asOf).map((r) => ({ ...r, sharedWith: r.sharedWith.filter((s) => s.on <= asOf) }));
}

const childToldPlan: Evaluator<"child-told-plan"> = (ctx) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return {};
  const coverage = childVoiceCoverage(ctx.caseFile.childIds, recordsOn(ctx.caseFile.childVoice, ctx.asOf));
  const children = coverage.map((c, i) => {
    if (!c.toldThePlan) ctx.emit("bottom-lines/child-not-told-plan", ["childIds", i], { childId: c.childId, name: nameOf(ctx.caseFile, c.childId) });
    return { childId: c.childId, toldThrough: [...c.planToldThrough] };
  });
  return { plan: planRef(ctx.plan), children };
};

const breachReportedWithin: Evaluator<"breach-reported-within"> = (ctx, line) => {
  const events = monitoringOn(ctx.caseFile, ctx.asOf);
  if (events.length === 0) {
    ctx.emit("bottom-lines/no-monitoring", ["monitoring"]);
    return { hours: line.hours, breaches: [] };
  }
  const limit = line.hours * HOUR;
  const asOfEnd = endOfDayMs(ctx.asOf);
  const breaches = events.filter((e) => isBreach(e.value)).map(({ value: event, index }) => {
    const path = ["monitoring", index];
    // Without `occurredAt` the breach happened at some time during its day.
    const earliest = event.occurredAt === undefined ? startOfDayMs(event.date) : instantMs(event.occurredAt);
    const latest = event.occurredAt === undefined ? endOfDayMs(event.date) : earliest;
    const toldAt = event.escalation?.toldChildrensServicesAt;
    const told = toldAt === undefined ? undefined : instantMs(toldAt);
    const base = { eventId: event.id, date: event.date, occurredAt: event.occurredAt ?? null, toldAt: told !== undefined && told <= asOfEnd ? (toldAt ?? null) : null };
    if (told === undefined || told > asOfEnd) {
      if (latest + limit <= asOfEnd) {
        ctx.emit("bottom-lines/breach-not-reported", [...path, "escalation"], { eventId: event.id, date: event.date, hours: line.hours });
        return { ...base, reported: "no" };
      }
      ctx.emit("bottom-lines/breach-report-not-yet-due", path, { eventId: event.id, date: event.date, hours: line.hours });
      return { ...base, reported: "not-yet-due" };
    }
    const most = Math.max(0, told - earliest);
    const least = Math.max(0, told - latest);
    if (most <= limit) return { ...base, reported: "in-time", hoursTaken: hoursOf(most) };
    if (least > limit) {
      ctx.emit("bottom-lines/breach-reported-late", [...path, "escalation"], { eventId: event.id, date: event.date, hoursTaken: hoursOf(least), hours: line.hours });
      return { ...base, reported: "late", hoursTaken: hoursOf(least) };
    }
    ctx.emit("bottom-lines/breach-time-unknown", [...path, "occurredAt"], { eventId: event.id, date: event.date, toldAt: toldAt ?? "", hours: line.hours });
    return { ...base, reported: "unknown" };
  });
  return { hours: line.hours, monitoringCount: events.length, breaches };
};

/** Whether some version of the plan is in place (trial, active or sustaining). */
function planInPlace(ctx: EvaluationContext & { readonly plan: Indexed<SafetyPlan> }): boolean {
  if (ctx.caseFile.plans.some((p) => isInPlace(p.status))) return true;
  const { value: plan, index } = ctx.plan;
  ctx.emit("bottom-lines/plan-not-in-place", ["plans", index, "status"], { planId: plan.id, version: plan.version, status: plan.status });
  return false;
}

const monitoringRecent: Evaluator<"monitoring-recent"> = (ctx, line) => {
  if (!needPlan(ctx) || !planInPlace(ctx)) return { days: line.days };
  const since = addCalendarDays(ctx.asOf, -(line.days - 1));
  const recent = monitoringOn(ctx.caseFile, ctx.asOf).filter((e) => e.value.date >= since);
  const childrensServices = recent.filter((e) => {
    if (e.value.role !== "professional") return false;
    // A professional whose agency is not recorded is taken to be the case's own social worker.
    const agency = personOf(ctx.caseFile, e.value.byId)?.professional?.agency ?? "children-social-care";
    return agency === "children-social-care";
  });
  const network = recent.filter((e) => e.value.role === "network");
  if (childrensServices.length === 0) ctx.emit("bottom-lines/no-recent-childrens-services-monitoring", ["monitoring"], { days: line.days, since });
  if (network.length === 0) ctx.emit("bottom-lines/no-recent-network-monitoring", ["monitoring"], { days: line.days, since });
  const last = (list: readonly Indexed<{ readonly date: string }>[]): string | null => list.reduce<string | null>((v, e) => (v === null || e.value.date > v ? e.value.date : v), null);
  return {
    days: line.days,
    since,
    childrensServicesIds: childrensServices.map((e) => e.value.id),
    networkIds: network.map((e) => e.value.id),
    lastChildrensServices: last(childrensServices),
    lastNetwork: last(network),
  };
};

const sustainedWithoutBreach: Evaluator<"sustained-without-breach"> = (ctx, line) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return { months: line.months };
  const requiredSince = addCalendarMonths(ctx.asOf, -line.months);
  const starts = ctx.caseFile.plans.flatMap((p) => p.statusHistory.filter((s) => isInPlace(s.status) && s.on <= ctx.asOf).map((s) => s.on));
  const inPlaceSince = starts.reduce<string | undefined>((v, d) => (v === undefined || d < v ? d : v), undefined);
  const evidence = { months: line.months, requiredSince, inPlaceSince: inPlaceSince ?? null };
  if (inPlaceSince === undefined) {
    ctx.emit("bottom-lines/plan-never-in-place", ["plans", ctx.plan.index, "statusHistory"], { months: line.months });
    return evidence;
  }
  if (!planInPlace(ctx)) return evidence;
  if (inPlaceSince > requiredSince) {
    ctx.emit("bottom-lines/plan-not-in-place-long-enough", ["plans", ctx.plan.index, "statusHistory"], { inPlaceSince, months: line.months, requiredSince });
  }
  const events = monitoringOn(ctx.caseFile, ctx.asOf);
  const breaches = events.filter((e) => isBreach(e.value));
  const unresolved = breaches.filter((e) => isUnresolved(e.value, ctx.asOf));
  // Every breach inside the window counts, resolved or not: the plan was not sustained without one.
  const inWindow = breaches.filter((e) => e.value.date >= requiredSince);
  for (const e of inWindow) {
    ctx.emit("bottom-lines/breach-in-window", ["monitoring", e.index], { eventId: e.value.id, date: e.value.date, months: line.months, requiredSince });
  }
  for (const e of unresolved) ctx.emit("bottom-lines/breach-unresolved", ["monitoring", e.index], { eventId: e.value.id, date: e.value.date });
  if (events.length === 0) ctx.emit("bottom-lines/no-monitoring", ["monitoring"]);
  else {
    const from = inPlaceSince > requiredSince ? inPlaceSince : requiredSince;
    if (!events.some((e) => e.value.date >= from)) ctx.emit("bottom-lines/no-monitoring-in-period", ["monitoring"], { from, to: ctx.asOf });
  }
  return {
    ...evidence,
    monitoringCount: events.length,
    breachIds: breaches.map((e) => e.value.id),
    resolvedBreachIds: breaches.filter((e) => !isUnresolved(e.value, ctx.asOf)).map((e) => e.value.id),
    unresolvedBreachIds: unresolved.map((e) => e.value.id),
    breachInWindowIds: inWindow.map((e) => e.value.id),
  };
};

const scaleAtLeast: Evaluator<"scale-at-least"> = (ctx, line) => {
  if (!needMap(ctx) || ctx.map === undefined) return { value: line.value };
  const { value: map, index: mapIndex } = ctx.map;
  const scales = map.scales.flatMap((value, index) => (value.subject.kind === "overall" ? [{ value, index }] : []));
  if (scales.length === 0) {
    ctx.emit("bottom-lines/no-overall-scale", ["maps", mapIndex, "scales"], { mapId: map.id, version: map.version });
    return { map: mapRef(ctx.map), value: line.value };
  }
  const judgements = [...new Set(line.roles)].map((role) => {
    let latest: { scale: number; index: number; on: string; value: number; id: string } | undefined;
    for (const { value: scale, index } of scales) {
      for (const j of scale.judgements) {
        if (j.raterRole !== role || j.on > ctx.asOf) continue;
        if (latest === undefined || j.on >= latest.on) latest = { scale: index, index: scale.judgements.indexOf(j), on: j.on, value: normaliseScore(j.value, scale.polarity), id: j.id };
      }
    }
    if (latest === undefined) {
      ctx.emit("bottom-lines/no-judgement-by-role", ["maps", mapIndex, "scales", scales[0]?.index ?? 0, "judgements"], { role });
      return { role, judgementId: null, score: null, on: null };
    }
    if (latest.value < line.value) {
      ctx.emit("bottom-lines/scale-below", ["maps", mapIndex, "scales", latest.scale, "judgements", latest.index], { role, score: latest.value, value: line.value, on: latest.on });
    }
    return { role, judgementId: latest.id, score: latest.value, on: latest.on };
  });
  return { map: mapRef(ctx.map), scaleIds: scales.map((s) => s.value.id), value: line.value, judgements };
};

const freeText: Evaluator<"free-text"> = (ctx, line) => {
  if (!needPlan(ctx) || ctx.plan === undefined) return {};
  const ruleIds = ctx.plan.value.rules.filter((r) => r.bottomLineIds.includes(line.id)).map((r) => r.id);
  // The latest judgement on or before the day; on a tie, "unmet" wins (fails safe, whatever the order).
  let judgement: { readonly value: NonNullable<typeof line.judgements>[number] } | undefined;
  for (const value of line.judgements ?? []) {
    if (value.on > ctx.asOf) continue;
    if (judgement === undefined || value.on > judgement.value.on || (value.on === judgement.value.on && value.verdict === "unmet" && judgement.value.verdict === "met")) judgement = { value };
  }
  const evidence = {
    plan: planRef(ctx.plan),
    ruleIds,
    judgement: judgement === undefined ? null : { byId: judgement.value.byId, on: judgement.value.on, verdict: judgement.value.verdict, evidence: judgement.value.evidence, evidenceIds: [...(judgement.value.evidenceIds ?? [])] },
  };
  if (judgement !== undefined) {
    if (judgement.value.verdict === "unmet") ctx.emit("bottom-lines/free-text-judged-unmet", [], { byId: judgement.value.byId, on: judgement.value.on });
    return evidence;
  }
  if (ruleIds.length === 0) ctx.emit("bottom-lines/free-text-not-covered", ["plans", ctx.plan.index, "rules"]);
  else ctx.emit("bottom-lines/free-text-covered-by-rule", ["plans", ctx.plan.index, "rules"], { ruleIds: ruleIds.join(", ") });
  return evidence;
};

/**
 * The evaluator of every built-in kind (`custom` is evaluated by the caller's predicate).
 *
 * @internal
 */
export const EVALUATORS: { readonly [K in Exclude<BottomLineKind, "custom">]: Evaluator<K> } = {
  "network-composition": networkComposition,
  "network-informed": networkInformed,
  "network-found-by-family": networkFoundByFamily,
  "rule-for-every-danger": ruleForEveryDanger,
  "rules-owned-and-monitored": rulesOwnedAndMonitored,
  "no-unsupervised-contact": noUnsupervisedContact,
  "safe-adult": safeAdult,
  "child-told-plan": childToldPlan,
  "breach-reported-within": breachReportedWithin,
  "monitoring-recent": monitoringRecent,
  "sustained-without-breach": sustainedWithoutBreach,
  "scale-at-least": scaleAtLeast,
  "free-text": freeText,
};
