// fast-check arbitraries of valid case files: consistent references between the people, the
// map versions, the child-voice records, the network, the plan versions, the monitoring and
// the bottom lines. Built from the shared arbitraries of maps and child-voice records.
import fc from "fast-check";
import { BOTTOM_LINE_KINDS } from "../../src/bottom-lines";
import { CASE_FILE_SCHEMA_VERSION, parseCaseFile, type CaseFile } from "../../src/case-file";
import { arbAssessmentMap, arbIsoDate, arbIsoDateTime, arbText } from "../arbitraries";
import { arbChildVoiceRecordInput } from "../child-voice/arbitraries";

type Json = Record<string, unknown>;

const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const subset = <T>(xs: readonly T[]): fc.Arbitrary<T[]> => (xs.length === 0 ? fc.constant([]) : fc.subarray([...xs]));
const oneOf = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const ROLES = ["worker", "manager", "chair", "parent", "carer", "child", "network", "professional", "other"] as const;
const AGENCIES = ["school", "children-social-care", "health-visitor", "police", "early-help"] as const;

function arbPeople(): fc.Arbitrary<{ children: string[]; people: Json[] }> {
  return fc
    .record({
      children: fc.integer({ min: 1, max: 3 }),
      adults: fc.array(fc.record({ household: optional(oneOf(["h0", "h1", "h2"])), agency: optional(oneOf(AGENCIES)), name: arbText() }), { minLength: 1, maxLength: 5 }),
      childHousehold: optional(oneOf(["h0", "h1"])),
    })
    .map(({ children, adults, childHousehold }) => {
      const childIds = Array.from({ length: children }, (_, i) => `c${String(i)}`);
      const people: Json[] = [
        ...childIds.map((id) => compact({ id, name: `Child ${id}`, kind: "child", householdId: childHousehold, relationships: [] })),
        ...adults.map((a, i) =>
          compact({ id: `a${String(i)}`, name: a.name, kind: "adult", householdId: a.household, professional: a.agency === undefined ? undefined : { agency: a.agency }, relationships: [] }),
        ),
      ];
      return { children: childIds, people };
    });
}

function arbBottomLine(id: string, personIds: readonly string[]): fc.Arbitrary<Json> {
  const base = { id, statement: "A bottom line", rationaleDangerIds: [] };
  return oneOf(BOTTOM_LINE_KINDS).chain((kind): fc.Arbitrary<Json> => {
    switch (kind) {
      case "network-composition":
        return fc.record({ minMembers: fc.nat(5), minOutsideHousehold: fc.nat(4), minNotProfessional: fc.nat(4) }).map((p) => ({ ...base, kind, ...p }));
      case "network-found-by-family":
        return fc.integer({ min: 1, max: 4 }).map((minFoundByFamily) => ({ ...base, kind, minFoundByFamily }));
      case "no-unsupervised-contact":
        return oneOf(personIds).map((personId) => ({ ...base, kind, personId }));
      case "breach-reported-within":
        return fc.integer({ min: 1, max: 72 }).map((hours) => ({ ...base, kind, hours }));
      case "monitoring-recent":
        return fc.integer({ min: 1, max: 60 }).map((days) => ({ ...base, kind, days }));
      case "sustained-without-breach":
        return fc.integer({ min: 1, max: 12 }).map((months) => ({ ...base, kind, months }));
      case "scale-at-least":
        return fc.record({ value: fc.integer({ min: 0, max: 10 }), roles: fc.uniqueArray(oneOf(ROLES), { minLength: 1, maxLength: 3 }) }).map((p) => ({ ...base, kind, ...p }));
      case "custom":
        return oneOf(["known", "unknown", "throws"]).map((predicate) => ({ ...base, kind, predicate }));
      default:
        return fc.constant({ ...base, kind });
    }
  });
}

/** The JSON of a valid case file with an empty history. */
export function arbCaseFileJson(): fc.Arbitrary<Json> {
  return arbPeople().chain(({ children, people }) => {
    const personIds = people.map((p) => p["id"] as string);
    const adults = personIds.filter((id) => id.startsWith("a"));
    return fc
      .record({
        maps: fc.array(arbAssessmentMap({ maxItems: 3 }), { minLength: 0, maxLength: 2 }),
        childVoice: fc.array(fc.tuple(arbChildVoiceRecordInput(), oneOf(children)), { maxLength: 3 }),
        bottomLines: fc.array(arbBottomLine("bl", personIds), { maxLength: 5 }).map((lines) => lines.map((b, i) => ({ ...b, id: `bl${String(i)}` }))),
        hasNetwork: fc.boolean(),
      })
      .chain(({ maps, childVoice, bottomLines, hasNetwork }) => {
        // Map versions of one map: same id, versions 1, 2, …; about the case's children.
        const mapJson = maps.map((m, i) => {
          const json = JSON.parse(JSON.stringify(m)) as Json;
          const own = (items: unknown): Json[] => (items as Json[]).map((s) => ({ ...s, childIds: [children[0]] }));
          return { ...json, id: "map", version: i + 1, childIds: children, harm: own(json["harm"]), dangers: own(json["dangers"]) };
        });
        const dangerIds = [...new Set(mapJson.flatMap((m) => (m["dangers"]).map((d) => d["id"] as string)))];
        const bottomLineIds = bottomLines.map((b) => b["id"]);
        const member = fc.record({
          foundBy: oneOf(["family", "professional", "family-finding"]),
          willingness: oneOf(["willing", "unsure", "not-willing", "not-asked"]),
          roles: fc.uniqueArray(oneOf(["supervising-contact", "safe-person-for-child", "checking-in", "reporting-worries"]), { maxLength: 2 }),
          joinedOn: arbIsoDate(),
          leftOn: optional(arbIsoDate()),
          staysAfterClosure: oneOf(["yes", "no", "unknown"]),
        });
        const network = !hasNetwork
          ? fc.constant(undefined)
          : fc
              .record({
                members: subset(adults).chain((ids) =>
                  fc
                    .array(member, { minLength: ids.length, maxLength: ids.length })
                    .map((ms) => ms.map((m, i) => compact({ ...m, personId: ids[i] as string, leftOn: m.leftOn !== undefined && m.leftOn >= m.joinedOn ? m.leftOn : undefined }))),
                ),
                informing: fc.array(fc.record({ personId: oneOf(adults), mapVersion: fc.integer({ min: 1, max: 3 }), method: oneOf(["words-and-pictures", "network-meeting", "conversation", "written"]), on: arbIsoDate(), byId: oneOf(personIds) }), { maxLength: mapJson.length === 0 ? 0 : 4 }),
              })
              .map(({ members, informing }) => ({ id: "net", members, informing: informing.map((r, i) => ({ ...r, id: `inf${String(i)}`, mapId: "map" })), meetings: [] }));
        const rule = fc.record({
          kind: oneOf(["supervised-contact", "safe-adult", "checking-in", "routine", "other"]),
          text: arbText(),
          dangerIds: subset(dangerIds),
          bottomLineIds: subset(bottomLineIds),
          subjectIds: subset(personIds),
          responsibleIds: subset(personIds),
          monitors: fc.array(fc.record({ personId: oneOf(personIds), as: oneOf(["network", "professional"]) }), { maxLength: 2 }),
          triggers: fc.array(arbText(), { maxLength: 1 }),
          ifBroken: optional(fc.record({ action: arbText(), whoTellsIds: subset(personIds), tellWithinHours: optional(fc.integer({ min: 1, max: 48 })) }).map(compact)),
          agreedBy: fc.constant([]),
        });
        const plan = fc.record({
          status: oneOf(["draft", "trial", "active", "sustaining", "ended"]),
          statusHistory: fc.array(fc.record({ status: oneOf(["draft", "trial", "active", "sustaining", "ended"]), on: arbIsoDate() }), { minLength: 1, maxLength: 3 }),
          rules: fc.array(rule, { maxLength: 4 }),
        });
        const plans = fc.array(plan, { maxLength: mapJson.length === 0 ? 0 : 2 });
        return fc.record({ network, plans }).chain(({ network: net, plans: ps }) => {
          const planJson = ps.map((p, i) => ({
            ...p,
            id: `plan${String(i)}`,
            version: i + 1,
            mapId: "map",
            ...(i === 0 ? {} : { previousVersionId: `plan${String(i - 1)}` }),
            rules: p.rules.map((r, j) => compact({ ...r, id: `r${String(j)}` })),
            reviews: [],
          }));
          const event = planJson.length === 0
            ? fc.constant(undefined)
            : fc
                .record({
                  plan: fc.nat(planJson.length - 1),
                  rule: optional(fc.nat(5)),
                  date: arbIsoDate(),
                  occurredAt: optional(arbIsoDateTime()),
                  byId: oneOf(personIds),
                  role: oneOf(["network", "professional", "parent", "child"]),
                  outcome: oneOf(["followed", "not-followed", "trigger-observed", "unknown"]),
                  toldAt: optional(arbIsoDateTime()),
                  resolvedOn: optional(arbIsoDate()),
                })
                .map((e) => {
                  const p = planJson[e.plan] as Json & { rules: Json[] };
                  const r = e.rule === undefined || p.rules.length === 0 ? undefined : p.rules[e.rule % p.rules.length];
                  return compact({
                    planId: p["id"],
                    ruleId: r?.["id"],
                    date: e.date,
                    occurredAt: e.occurredAt,
                    byId: e.byId,
                    role: e.role,
                    outcome: e.outcome,
                    escalation: e.toldAt === undefined ? undefined : { toldChildrensServicesAt: e.toldAt },
                    resolvedOn: e.resolvedOn,
                  });
                });
          return fc.array(event, { maxLength: planJson.length === 0 ? 0 : 6 }).map((events) => ({
            schemaVersion: CASE_FILE_SCHEMA_VERSION,
            id: "case",
            childIds: children,
            people,
            maps: mapJson,
            childVoice: childVoice.map(([r, childId], i) => ({ ...r, id: `cv${String(i)}`, childId })),
            ...(net === undefined ? {} : { network: net }),
            plans: planJson,
            monitoring: events.flatMap((e, i) => (e === undefined ? [] : [{ ...e, id: `ev${String(i)}` }])),
            bottomLines,
            history: [],
          }));
        });
      });
  });
}

/** A valid case file (parsed: ids and dates branded) with an empty history. */
export function arbCaseFile(): fc.Arbitrary<CaseFile> {
  return arbCaseFileJson().map((json) => parseCaseFile(json));
}
