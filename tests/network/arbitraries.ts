// fast-check arbitraries of valid people and safety networks. Person ids come from a small pool
// so that members, informing records and plan rules often refer to the same people.
import fc from "fast-check";
import {
  FoundBySchema,
  InformingMethodSchema,
  NetworkRoleSchema,
  PersonSchema,
  RelationshipKindSchema,
  SafetyNetworkSchema,
  StatutoryMeetingKindSchema,
  type Person,
  type SafetyNetwork,
} from "../../src/network";
import { arbIsoDate, arbText } from "../arbitraries";

/** Person ids used by the arbitraries. */
export const PERSON_POOL = ["p-a", "p-b", "p-c", "p-d", "p-e", "p-f"] as const;
const arbPoolId = fc.constantFrom(...PERSON_POOL);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const compact = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** People with the ids of the pool, each optionally in a household and optionally a professional. */
export function arbPeople(): fc.Arbitrary<Person[]> {
  return fc
    .tuple(
      ...PERSON_POOL.map((id) =>
        fc.record({
          name: arbText(),
          kind: fc.constantFrom("child", "adult"),
          householdId: optional(fc.constantFrom("h1", "h2", "h3")),
          professional: optional(fc.record({ agency: fc.constantFrom("school", "gp", "police", "housing", "early-help", "probation") })),
          relationships: fc.array(fc.record({ toId: arbPoolId, kind: fc.constantFrom(...RelationshipKindSchema.options) }), { maxLength: 3 }),
        }).map((p) => PersonSchema.parse(compact({ id, ...p }))),
      ),
    )
    .map((people) => people);
}

/** A valid safety network over the pool of people. */
export function arbSafetyNetwork(): fc.Arbitrary<SafetyNetwork> {
  const member = fc
    .record({
      personId: arbPoolId,
      foundBy: fc.constantFrom(...FoundBySchema.options),
      willingness: fc.constantFrom("willing", "unsure", "not-willing", "not-asked"),
      roles: fc.uniqueArray(fc.constantFrom(...NetworkRoleSchema.options), { maxLength: 3 }),
      joinedOn: arbIsoDate(),
      leftOn: optional(arbIsoDate()),
      staysAfterClosure: fc.constantFrom("yes", "no", "unknown"),
      commitment: optional(arbText()),
    })
    .map(compact);
  const informing = fc
    .record({
      personId: arbPoolId,
      mapId: fc.constantFrom("m-1", "m-2"),
      mapVersion: fc.integer({ min: 1, max: 4 }),
      method: fc.constantFrom(...InformingMethodSchema.options),
      on: arbIsoDate(),
      byId: arbPoolId,
    });
  const meeting = fc
    .record({
      date: arbIsoDate(),
      attendeeIds: fc.uniqueArray(arbPoolId, { maxLength: 4 }),
      facilitatorId: arbPoolId,
      decisions: fc.array(arbText(), { maxLength: 2 }),
      standsInFor: optional(fc.constantFrom(...StatutoryMeetingKindSchema.options)),
    })
    .map(compact);
  return fc
    .record({
      members: fc.array(member, { maxLength: 6 }),
      informing: fc.array(informing, { maxLength: 6 }),
      meetings: fc.array(meeting, { maxLength: 3 }),
    })
    .map((n) =>
      SafetyNetworkSchema.parse({
        id: "net-x",
        members: n.members,
        informing: n.informing.map((r, i) => ({ ...r, id: `inf-${String(i)}` })),
        meetings: n.meetings.map((m, i) => ({ ...m, id: `nm-${String(i)}` })),
      }),
    );
}
