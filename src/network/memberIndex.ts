import type { Draft } from "immer";
import { KinsafeError, type PersonId } from "../core";
import type { SafetyNetwork } from "./Network";

/**
 * The index of a person's membership that an update applies to: their open membership (no
 * `leftOn`), else their latest one. Throws `not-found` when they were never a member.
 *
 * @internal
 */
export function memberIndex(draft: Draft<SafetyNetwork>, personId: PersonId): number {
  let latest = -1;
  for (let i = draft.members.length - 1; i >= 0; i--) {
    const m = draft.members[i];
    if (m?.personId !== personId) continue;
    if (m.leftOn === undefined) return i;
    if (latest < 0) latest = i;
  }
  if (latest < 0) throw new KinsafeError("not-found", `${JSON.stringify(personId)} is not a member of the network.`);
  return latest;
}
